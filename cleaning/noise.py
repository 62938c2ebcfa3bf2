"""Stage 3: remove the portal furniture that survives extraction.

Works on lines. A line goes when it is a furniture token, a short line carrying a furniture word
(toolbars, QR captions, footers, leave-site dialogs), a metadata row or byline, or — before the
body starts — a repeat of the title, a red-header line or the doc-number line. Lines that start
with a section marker or end a sentence are never dropped for a word they contain: real body text
must survive (recall ≥ 0.99).
"""

from __future__ import annotations

import re

from cleaning import head_furniture
from cleaning.label_rows import is_head_label_row, is_label_only, is_label_value, value_rows
from cleaning.markers import starts_with_marker
from cleaning.page_stamps import is_page_stamp
from cleaning.patterns import (
    ACCOUNT_INTRO_MAX_CHARS,
    ACCOUNT_INTRO_RX,
    ATTACHMENT_EXT_ALT,
    BADGE_LINE_RX,
    BADGE_MAX_CHARS,
    BREADCRUMB_TRAIL_RX,
    BYLINE_RX,
    CAPTION_CREDIT_MAX_CHARS,
    CAPTION_CREDIT_RX,
    CAPTION_MAX_CHARS,
    CAPTION_OPEN_RX,
    CAPTION_PROSE_ENDS,
    CLICK_LINK_RX,
    COLOPHON_RX,
    COLUMN_INTRO_RX,
    CREDIT_LINE_RX,
    CTA_FOLLOW_WORDS,
    CTA_INSTRUCTION_MAX_CHARS,
    CTA_INSTRUCTION_RX,
    CTA_ONLY_RX,
    CTA_PROSE_ENDS,
    CTA_QUOTED_NAME_RX,
    CTA_REQUEST_RX,
    DISCLAIMER_LABEL_RX,
    DISCLAIMER_MAX_CHARS,
    DISCLAIMER_RX,
    DOC_NUMBER_RX,
    EDITOR_NOTE_RX,
    FILE_DOWNLOAD_COUNT_HINT,
    FILE_DOWNLOAD_COUNT_RX,
    GLUED_BADGE_RX,
    HEAD_SIGNATURE_RX,
    LANGUAGE_VERSION_MAX_CHARS,
    LANGUAGE_VERSION_RX,
    META_LINE_RX,
    NOISE_EXACT,
    NOISE_INLINE_RX,
    NOISE_LINE_MAX_CHARS,
    NOISE_LINE_WORDS,
    ORG_SUFFIX_RX,
    PAGE_MARK_LINE_RX,
    PART_BADGE_RX,
    PORTAL_NOTICE_RX,
    PORTAL_NOTICE_WORDS,
    READER_PROMPT_MAX_CHARS,
    READER_PROMPT_RX,
    READER_WORDS,
    RELATED_BOX_ENDS,
    RELATED_BOX_HEADING_MAX_CHARS,
    RELATED_BOX_HEADING_RX,
    RELATED_BOX_HEADINGS,
    REVIEW_LINE_RX,
    SCRIPT_SHELL_MAX_CHARS,
    SCRIPT_SHELL_RX,
    SECTION_MARKERS,
    SIGN_OFF_MAX_CHARS,
    SIGN_OFF_RX,
    SLOGAN_MAX_CHARS,
    SLOGAN_RX,
    SOURCE_NOTE_RX,
    SUMMARY_BOX_RX,
)
from cleaning.post_tail import drop_post_tail
from cleaning.textutil import compact_line, has_letters, letters_only

_BREADCRUMB_RX = re.compile(r"首页\s*[>»＞/›]")
# A bare "附件：" label or a line that is only a file name: the attachment list, not the body.
_ATTACHMENT_LINE_RX = re.compile(
    rf"^附件[:：]?$|\.({ATTACHMENT_EXT_ALT})$", re.I)
_SENTENCE_END = ("。", "；", ";", "！")
_BODY_START_CHARS = 40     # the first line this long (or a salutation) starts the body
# A character every script-shell notice holds (加载/载入, 脚本, JavaScript/JS, Loading): lines
# without one skip SCRIPT_SHELL_RX.
_SHELL_HINT_RX = re.compile(r"[载脚jJlL]")
_FOLLOW_HINT_RX = re.compile("|".join(CTA_FOLLOW_WORDS))   # most lines: no instruction regex
# The furniture words in one regex: a Python loop over the ~100 words ran for every short line.
_NOISE_WORD_RX = re.compile("|".join(map(re.escape, NOISE_LINE_WORDS)))
# The openings of a short furniture line (声明：…, AI摘要：…, 抄送：…, （本文信息由…提供）),
# each anchored, in one regex: one call a line instead of four.
_FURNITURE_OPENING_RX = re.compile("|".join(
    f"(?:{rx.pattern})" for rx in (DISCLAIMER_LABEL_RX, SUMMARY_BOX_RX, COLOPHON_RX,
                                   SOURCE_NOTE_RX, COLUMN_INTRO_RX)))
_LEVEL1_NUMERAL_RX = next(rx for level, rx in SECTION_MARKERS if level == 1
                          and not rx.pattern.startswith("^第"))     # 一、 (its numeral: group 1)


def is_furniture(line: str) -> bool:
    """Would this line be portal furniture wherever it appears?"""
    compact = compact_line(line)
    # A line of marks alone (◆◆◆, · · ·, ——, ❀) is an editor's separator: no report text.
    if (not compact or compact in NOISE_EXACT or PAGE_MARK_LINE_RX.match(line)
            or not has_letters(compact, 1)):
        return True
    if len(line) <= NOISE_LINE_MAX_CHARS and (_BREADCRUMB_RX.search(line)
                                              or BREADCRUMB_TRAIL_RX.match(line)
                                              or _ATTACHMENT_LINE_RX.search(line)
                                              or CLICK_LINK_RX.search(line)):
        return True
    # A link to the page's other-language version (【조선문 보기】, 民族文字版).
    if len(line) <= LANGUAGE_VERSION_MAX_CHARS and LANGUAGE_VERSION_RX.fullmatch(line.strip()):
        return True
    if starts_with_marker(line):
        return False
    if EDITOR_NOTE_RX.match(line):     # the site editor's note on the report, however it ends
        return True
    # Disclaimers, 抄送 lists and sign-offs end a sentence: checked before that exemption.
    if len(line) <= DISCLAIMER_MAX_CHARS and (_FURNITURE_OPENING_RX.match(line)
                                              or DISCLAIMER_RX.search(line) or is_notice(line)
                                              or is_reader_prompt(line)):
        return True
    if len(line) <= SIGN_OFF_MAX_CHARS and (SIGN_OFF_RX.search(line) or is_call_to_action(line)):
        return True
    if is_follow_instruction(line) or is_script_shell(line) or is_page_stamp(line):
        return True
    if line.endswith(_SENTENCE_END):
        return False
    if is_caption(line):
        return True
    if len(line) <= NOISE_LINE_MAX_CHARS and (_NOISE_WORD_RX.search(line)
                                              or REVIEW_LINE_RX.search(line)
                                              or CREDIT_LINE_RX.match(line)):
        return True
    return bool(META_LINE_RX.match(line)) and len(line) <= NOISE_LINE_MAX_CHARS


def is_caption(line: str) -> bool:
    """A picture's caption or credit line (▲区司法局开展普法宣传, 图为…, 通讯员 张三 摄):
    short, unfinished, and not a section heading (the caller checks the marker)."""
    if len(line) > CAPTION_MAX_CHARS or line.endswith(CAPTION_PROSE_ENDS):
        return False
    return bool(CAPTION_OPEN_RX.match(line)) or (len(line) <= CAPTION_CREDIT_MAX_CHARS
                                                 and bool(CAPTION_CREDIT_RX.search(line)))


def is_call_to_action(line: str) -> bool:
    """A WeChat call to action: only button names (any symbols between them), or a request for
    them that does not end as prose does."""
    if CTA_ONLY_RX.match(letters_only(line)):
        return True
    return bool(CTA_REQUEST_RX.search(line)) and not line.endswith(CTA_PROSE_ENDS)


def is_follow_instruction(line: str) -> bool:
    """An instruction to follow, star or pin the account pointing at the screen (戳上方蓝字
    “某司法”关注我们，再点右上角设为星标), whatever the account's name; prose endings excluded."""
    if (not _FOLLOW_HINT_RX.search(line) or len(line) > CTA_INSTRUCTION_MAX_CHARS
            or line.endswith(CTA_PROSE_ENDS)):
        return False
    return bool(CTA_INSTRUCTION_RX.search(CTA_QUOTED_NAME_RX.sub("", line)))


def is_script_shell(line: str) -> bool:
    """A script shell's placeholder (加载中…, 您的浏览器未启用JavaScript): what a page shows
    until, or unless, its scripts fill the body in."""
    return (len(line) <= SCRIPT_SHELL_MAX_CHARS and bool(_SHELL_HINT_RX.search(line))
            and bool(SCRIPT_SHELL_RX.search(line)))


def is_notice(line: str) -> bool:
    """A portal's notice about the page itself (【温馨提示】…本页内容可能显示不完整…)."""
    return bool(PORTAL_NOTICE_RX.match(line)) and any(w in line for w in PORTAL_NOTICE_WORDS)


def is_reader_prompt(line: str) -> bool:
    """A prompt to install a PDF/OFD reader for the page's attached file."""
    return len(line) <= READER_PROMPT_MAX_CHARS and bool(READER_PROMPT_RX.search(line))


def is_slogan(line: str) -> bool:
    """An account's slogan (某司法局 · 守护您身边的法治): short and unfinished, two parts joined
    by a middle dot or speaking to the reader."""
    if len(line) > SLOGAN_MAX_CHARS or line.endswith(CTA_PROSE_ENDS) or starts_with_marker(line):
        return False
    return bool(SLOGAN_RX.match(line)) or any(word in line for word in READER_WORDS)


def _strip_inline(line: str) -> str:
    line = NOISE_INLINE_RX.sub("", line)
    if FILE_DOWNLOAD_COUNT_HINT in line:     # ~1 us a line less: the counter's regex is slow
        line = FILE_DOWNLOAD_COUNT_RX.sub(r"\1", line)
    line = line.strip()
    return GLUED_BADGE_RX.sub("", line, count=1) if line[:1].isascii() else line


def is_heading_badge(line: str, following: str) -> bool:
    """An editor's badge on a line of its own right above a numbered heading (PART.01, 01,
    REVIEW over 一、…; 第一部分 over 一、…): decoration, not a line of the report."""
    if len(line) > BADGE_MAX_CHARS or not starts_with_marker(following):
        return False
    if BADGE_LINE_RX.fullmatch(line):
        return True
    part, heading = PART_BADGE_RX.fullmatch(line), _LEVEL1_NUMERAL_RX.match(following)
    return part is not None and heading is not None and part.group(1) == heading.group(1)


def is_account_intro(line: str) -> bool:
    """An account's follow or intro line (关注「某融媒」，读懂家门口的大事小情), not a sentence."""
    return (len(line) <= ACCOUNT_INTRO_MAX_CHARS and not line.endswith(CTA_PROSE_ENDS)
            and bool(ACCOUNT_INTRO_RX.search(line)))


def _is_head_line(line: str, title: str) -> bool:
    """Title repeats, red-header lines, doc-number lines, bylines and an 'organisation date'
    line (the signature repeated) before the body."""
    compact = compact_line(line)
    if title and len(compact) >= 4 and compact in compact_line(title):
        return True
    # A 文号 keeps its brackets (某政发【2025】3号, [2025]): compact_line takes 【】 and [] out.
    return bool(DOC_NUMBER_RX.match(compact) or DOC_NUMBER_RX.match("".join(line.split()))
                or BYLINE_RX.match(line) or HEAD_SIGNATURE_RX.match(line)) \
        or is_slogan(line) or is_account_intro(line)


def _body_started(line: str) -> bool:
    # A finished sentence is body: title repeats, red-header and doc-number lines never end so.
    return (len(line) >= _BODY_START_CHARS or line.endswith(("：", ":", *_SENTENCE_END))
            or starts_with_marker(line))


def is_related_box_heading(line: str) -> bool:
    """往期精彩, 【相关阅读】, ▼推荐阅读▼: the heading of a box of other posts' titles."""
    if len(line) > RELATED_BOX_HEADING_MAX_CHARS:      # prose: no regex run on it
        return False
    return (compact_line(line) in RELATED_BOX_HEADINGS
            or bool(RELATED_BOX_HEADING_RX.match(letters_only(line))))


def _in_related_box(line: str, in_box: bool) -> bool:
    """A related-links box heading starts a box; its short lines (linked titles, which may
    end in ！ or ？) stay in it; prose, a section marker, a finished sentence or a signing
    body or date (解读机关：某司法局, 2025年3月1日: the page's own closing) ends it."""
    if is_related_box_heading(line):
        return True
    return (in_box and len(line) <= NOISE_LINE_MAX_CHARS and not starts_with_marker(line)
            and not line.endswith(RELATED_BOX_ENDS) and not ORG_SUFFIX_RX.search(line)
            and not HEAD_SIGNATURE_RX.match(line))


def clean_lines(lines: list[str], title: str = "") -> list[str]:
    """Drop furniture from Simplified lines (the script stage runs first), the values under a
    row of metadata labels, and before the body a label/value block's labels and values and,
    once a body follows, the head furniture judged by shape (head_furniture)."""
    kept: list[str] = []
    in_head, in_box, value_next = True, False, False
    head = 0    # the kept lines above the body's first line
    values = value_rows(lines)
    stripped = [_strip_inline(raw) for raw in lines]     # once each: a badge reads the next
    for index, line in enumerate(stripped):
        in_box = _in_related_box(line, in_box)
        if value_next and is_label_value(line):     # the value of the head's label line
            value_next = False
            continue
        value_next = in_head and is_label_only(line)
        if not line or in_box or index in values or is_furniture(line):
            continue
        if (len(line) <= BADGE_MAX_CHARS and index + 1 < len(lines)
                and is_heading_badge(line, stripped[index + 1])):
            continue
        if in_head and is_head_label_row(line):
            continue
        if in_head and _is_head_line(line, title):
            continue
        if in_head and _body_started(line) and not head_furniture.is_head_furniture(line):
            in_head, head = False, len(kept)
        kept.append(line)
    if not in_head:     # head furniture by shape, only once a body follows it
        kept[:head] = head_furniture.drop_head_furniture(kept[:head], kept[head:])
    return drop_post_tail(kept)

