"""Head furniture by shape: what a page puts above a report's body, whatever its words.

Every blind round found new wording for the lines a department site draws above the article
(its logo name, nav items, a top bar of link texts, a byline with font-size controls), so the
lines before the body's first line are judged by their shape, as the post tail is after the
closing date (post_tail.drop_post_tail): a short line with no punctuation, a byline of two or more
label：value pairs, a line with a run of bracketed controls, a byline with a read counter or
saying when it was posted (发布于 …), or a prompt to download the site's app.
What a report may put there — the title, a red-header organ line, a doc-number line, a
salutation, a lead paragraph — has an organisation suffix, a year, punctuation or length, and
stays.
"""

from __future__ import annotations

from collections.abc import Sequence

from lxml.html import HtmlElement

from cleaning.markers import starts_with_marker
from cleaning.patterns import (
    CTA_PROSE_ENDS,
    DATED_ORG_LINE_RX,
    HEAD_APP_TIP_MAX_CHARS,
    HEAD_APP_TIP_RX,
    HEAD_BARE_MAX_CHARS,
    HEAD_BYLINE_DATE_RX,
    HEAD_BYLINE_MAX_CHARS,
    HEAD_CONTROL_RUN_RX,
    HEAD_DATE_BAR_MAX_CHARS,
    HEAD_DATE_BAR_RX,
    HEAD_DATE_LINE_RX,
    HEAD_EMPTY_COUNT_RX,
    HEAD_EXCLAMATION_ENDS,
    HEAD_HOTLINE_MAX_CHARS,
    HEAD_HOTLINE_RX,
    HEAD_KEPT_RX,
    HEAD_KEY_TIP_MAX_CHARS,
    HEAD_KEY_TIP_RX,
    HEAD_LABEL_RX,
    HEAD_LATIN_LINE_RX,
    HEAD_NAV_ITEM_MAX_CHARS,
    HEAD_NAV_ITEM_SPLIT_RX,
    HEAD_NAV_MIN_ITEMS,
    HEAD_POINTER_MARKS,
    HEAD_POINTER_MAX_CHARS,
    HEAD_POSTED_BYLINE_RX,
    HEAD_PUNCTUATION_RX,
    HEAD_READ_COUNT_MAX_CHARS,
    HEAD_READ_COUNT_RX,
    HEAD_READ_COUNT_STOP_RX,
    HEAD_SIGNATURE_RX,
    HEAD_SLOGAN_CLAUSE_RX,
    HEAD_SLOGAN_MAX_CHARS,
    HEAD_SLOGAN_MIN_CLAUSES,
    HEAD_SLOGAN_SPLIT_RX,
    HEAD_VALUE_MAX_CHARS,
    HEAD_VALUE_STOP_RX,
    METADATA_VALUE_MAX_CHARS,
    NAV_LIST_ITEM_MAX_CHARS,
    NAV_LIST_MIN_ITEMS,
    ORG_SUFFIX_RX,
    REGION_ENDS,
    REPOST_LEAD_IN_MAX_CHARS,
    REPOST_LEAD_IN_OPEN_RX,
    REPOST_LEAD_IN_VERB_RX,
    REPOST_LEAD_IN_WORDS,
    ROW_LABELS,
    SIGNATURE_MAX_CHARS,
    SIGNER_SHORT_MIN_CHARS,
    SIGNERS_MAX_LINES,
    TABLE_CELL_SEPARATOR,
)
from cleaning.textutil import normalise_space

_SENTENCE_MARKS = ("。", "；", ";", "：", ":")
_ROW_LABEL_SET = frozenset(ROW_LABELS)


def is_head_furniture(line: str) -> bool:
    """Is this line, above the body, the page's furniture by its shape? (Such a line does not
    start the body however long it is: a bar of forty characters of link texts.)"""
    return (is_bare_head_line(line) or is_head_byline(line) or is_head_exclamation(line)
            or is_head_date_bar(line) or is_latin_head_line(line) or is_head_slogan(line)
            or is_head_read_count(line) or is_head_app_tip(line) or is_head_dated_org(line)
            or is_repost_lead_in(line) or is_head_label_pairs_row(line)
            or is_head_pointer(line) or is_head_posted_byline(line)
            or is_hotline(line) or is_head_key_tip(line))


def is_bare_head_line(line: str) -> bool:
    """A short line with no punctuation, naming no organisation and holding no year, or a bar
    of such items (link texts with spaces or bars between them); never a table row."""
    if (TABLE_CELL_SEPARATOR in line or HEAD_PUNCTUATION_RX.search(line)
            or HEAD_KEPT_RX.search(line)):
        return False
    items = [item for item in HEAD_NAV_ITEM_SPLIT_RX.split(line) if item]
    # An organisation's name ends the line (a red-header organ line, letter-spaced or not)
    if not items or ORG_SUFFIX_RX.search("".join(items)):
        return False
    if len(line) > HEAD_BARE_MAX_CHARS:
        return (len(items) >= HEAD_NAV_MIN_ITEMS
                and all(len(item) <= HEAD_NAV_ITEM_MAX_CHARS for item in items))
    return True


def is_hotline(line: str) -> bool:
    """A side box's phone line (投诉电话：…, 服务热线：…): a label and numbers alone, above the
    body or after its closing (post_tail)."""
    return len(line) <= HEAD_HOTLINE_MAX_CHARS and bool(HEAD_HOTLINE_RX.fullmatch(line))


def is_latin_head_line(line: str) -> bool:
    """A line of Latin letters and spaces alone (a logo's English name, a motto), however
    long: a Chinese report's own head lines hold Chinese characters."""
    return bool(HEAD_LATIN_LINE_RX.match(line))


def is_head_slogan(line: str) -> bool:
    """A column's slogan (普法小课堂，每日学一点): two or more short clauses of Chinese characters
    alone split by commas, no year, none ending like an organisation (signers on top stay)."""
    if len(line) > HEAD_SLOGAN_MAX_CHARS or HEAD_KEPT_RX.search(line):
        return False
    clauses = HEAD_SLOGAN_SPLIT_RX.split(line)
    return (len(clauses) >= HEAD_SLOGAN_MIN_CLAUSES
            and all(HEAD_SLOGAN_CLAUSE_RX.fullmatch(clause) and not ORG_SUFFIX_RX.search(clause)
                    for clause in clauses))


def is_head_byline(line: str) -> bool:
    """A byline of label：value pairs or a line holding a run of bracketed page controls
    (日期：2025-01-27来源：某局【大】【中】【小】), or a date label and a numeric date alone
    (日期：2025-03-31); never a line a colon ends (a salutation). After the closing date too
    it is furniture: a footer's 地址：… 邮编：… 电话：…"""
    if len(line) > HEAD_BYLINE_MAX_CHARS or line.endswith(("：", ":")):
        return False
    return (bool(HEAD_CONTROL_RUN_RX.search(line) or HEAD_DATE_LINE_RX.fullmatch(line.strip()))
            or _label_pairs(line.strip()))


def _label_pairs(text: str) -> bool:
    """Two or more label：value pairs and nothing else: the text opens with a label, and each
    value (up to the next label) is short and no sentence. A date (and time) opening the line
    counts as one pair (2025-03-29 16:02来源：某平台: the byline's date, then its source)."""
    dated = HEAD_BYLINE_DATE_RX.match(text)
    if dated:
        text = text[dated.end():]
    labels = list(HEAD_LABEL_RX.finditer(text))
    if len(labels) < (1 if dated else 2) or labels[0].start() != 0:
        return False
    ends = [label.start() for label in labels[1:]] + [len(text)]
    values = [text[label.end():end].strip() for label, end in zip(labels, ends, strict=True)]
    return all(0 < len(value) <= HEAD_VALUE_MAX_CHARS and not HEAD_VALUE_STOP_RX.search(value)
               for value in values)


def is_head_posted_byline(line: str) -> bool:
    """A platform's byline saying when it was posted, no label (某某司法 发布于 2025-03-28
    10:15, 发表于 2025-3-28 10:15:23, 发布于 2025-03-28・IP 属地广东): the poster's, never a
    sentence of the report."""
    return bool(HEAD_POSTED_BYLINE_RX.fullmatch(line.strip()))


def is_head_read_count(line: str) -> bool:
    """A byline with the page's read or view counter (某融媒 2025-03-26 17:45 阅读 2306): the
    counter and, around it, no sentence (a source's name, a date, a time)."""
    if len(line) > HEAD_READ_COUNT_MAX_CHARS:
        return False
    counter = HEAD_READ_COUNT_RX.search(line)
    if counter is None:
        return _is_count_left_to_script(line)
    rest = line[:counter.start()] + line[counter.end():]
    return not HEAD_READ_COUNT_STOP_RX.search(rest)


def _is_count_left_to_script(line: str) -> bool:
    """A byline ending in its counter's label, the count written by a script (发布人：某办
    发布时间：2025年03月24日 点击率：): a label or a date opens the rest, no sentence in it."""
    counter = HEAD_EMPTY_COUNT_RX.search(line)
    if counter is None:
        return False
    rest = line[:counter.start()].strip()
    return (bool(HEAD_LABEL_RX.match(rest) or HEAD_BYLINE_DATE_RX.match(rest))
            and not HEAD_READ_COUNT_STOP_RX.search(rest))


def is_head_app_tip(line: str) -> bool:
    """A prompt to get the site's app (一部手机办事通下载“某某通”APP, 扫码下载客户端): short, a
    download and an app or client named together, no sentence ended, no section heading."""
    return (len(line) <= HEAD_APP_TIP_MAX_CHARS and not line.endswith(CTA_PROSE_ENDS)
            and bool(HEAD_APP_TIP_RX.search(line)) and not starts_with_marker(line))


def is_head_key_tip(line: str) -> bool:
    """An accessible view's tip naming its keys (…无障碍版，按Alt+1进入主内容区。): a report
    names no key combination, though the tip ends a sentence."""
    return len(line) <= HEAD_KEY_TIP_MAX_CHARS and bool(HEAD_KEY_TIP_RX.search(line))


def is_head_label_pairs_row(line: str) -> bool:
    """A disclosure table's row of label and value cells (索 引 号 | 2025-01 | 分 类 | 其他):
    two or more labels, every other cell from the first, each value short. As one long line
    it started the body, and the title and 文号 under it stayed. A row of one label and its
    value (内容概述 | 报告2024年…的主要举措和成效。) is the table's too, however long the value:
    a sentence summing the report up is no line of the report."""
    if TABLE_CELL_SEPARATOR not in line:
        return False
    cells = [cell.strip() for cell in line.split(TABLE_CELL_SEPARATOR)]
    labels, values = cells[0::2], cells[1::2]
    if not all("".join(label.split()).rstrip(":：") in _ROW_LABEL_SET for label in labels):
        return False
    if len(cells) == 2:
        return 0 < len(values[0]) <= METADATA_VALUE_MAX_CHARS
    return len(labels) >= 2 and all(len(value) <= HEAD_VALUE_MAX_CHARS for value in values)


def is_head_pointer(line: str) -> bool:
    """A short line pointing down at the report (戳↓了解…, 一起来看👇), no sentence ended."""
    return (len(line) <= HEAD_POINTER_MAX_CHARS and not line.endswith(CTA_PROSE_ENDS)
            and any(mark in line for mark in HEAD_POINTER_MARKS))


def is_repost_lead_in(line: str) -> bool:
    """A re-post's lead-in (近日，某县人民政府公布了2024年度…报告，全文如下：): it tells of the
    report's publication and that the full text follows, so the report, not it, starts the
    body (and the title repeated under it is a head line again)."""
    return (len(line) <= REPOST_LEAD_IN_MAX_CHARS and bool(REPOST_LEAD_IN_OPEN_RX.match(line))
            and all(word in line for word in REPOST_LEAD_IN_WORDS)
            and bool(REPOST_LEAD_IN_VERB_RX.search(line)))


def is_head_dated_org(line: str) -> bool:
    """An info line of a numeric date and an organisation alone (2025-03-27 某区人民政府, 某局
    2025-01-08 10:20): the page's publication line under the title, read for its date
    (title_block), not the report's; a 年月日 date beside one is the signature repeated, which
    the noise stage drops before the body too."""
    return dated_org_date(line) is not None


def dated_org_date(line: str) -> str | None:
    """The date of such an info line (``is_head_dated_org``), else None."""
    dated = DATED_ORG_LINE_RX.match(line)
    if dated is None or not ORG_SUFFIX_RX.search(dated.group("org") or dated.group("org2")):
        return None
    return str(dated.group("date") or dated.group("date2"))


def is_head_exclamation(line: str) -> bool:
    """A short exclamation with no sentence in it (欢迎访问某县人民政府门户网站！)."""
    return (len(line) <= HEAD_BARE_MAX_CHARS and line.endswith(HEAD_EXCLAMATION_ENDS)
            and not any(mark in line for mark in _SENTENCE_MARKS))


def is_head_date_bar(line: str) -> bool:
    """The site's clock (今天是2025年3月1日 星期六): a short line naming a weekday."""
    return len(line) <= HEAD_DATE_BAR_MAX_CHARS and bool(HEAD_DATE_BAR_RX.search(line))


def drop_head_furniture(head: list[str], body: Sequence[str] = ()) -> list[str]:
    """The lines kept above the body's first line, without its furniture (the caller passes
    them only when a body follows: a page of short lines alone is left as it is), nor a line
    naming the report's closing signer (closing_signers)."""
    signers = closing_signers(body)
    return [line for line in head if not (is_head_furniture(line) or _names_signer(line, signers))]


def _names_signer(line: str, signers: set[str]) -> bool:
    """The line is a signer, or its name without the region above it (the logo's 嘉定区人民
    政府 over a report signed 上海市嘉定区人民政府)."""
    return any(line == signer or (len(line) >= SIGNER_SHORT_MIN_CHARS and signer.endswith(line)
                                  and signer[:-len(line)].endswith(REGION_ENDS))
               for signer in signers)


def closing_signers(body: Sequence[str]) -> set[str]:
    """The organisation lines over the body's last date line: its signers. Above the body the
    same line is the site's name (a logo naming the signer) or the signature repeated under
    the title (signers on top): gold keeps neither, and an organisation line there is kept
    otherwise (a red header's organ line)."""
    last_date = max((i for i, line in enumerate(body) if HEAD_SIGNATURE_RX.match(line)),
                    default=None)
    signers: set[str] = set()
    if last_date is None:
        return signers
    for line in reversed(body[max(0, last_date - SIGNERS_MAX_LINES):last_date]):
        if not (len(line) <= SIGNATURE_MAX_CHARS and ORG_SUFFIX_RX.search(line)
                and not HEAD_PUNCTUATION_RX.search(line)):
            break
        signers.add(line)
    return signers


def drop_nav_lists(page: HtmlElement) -> None:
    """Drop the <ul>s that are a site's menu by their shape (three or more short plain items,
    no punctuation, no numbers: 首页 机构职能 公共法律服务): with no container found, a menu
    without links survives the link-list test and would read as head or tail lines."""
    doomed = [ul for ul in page.iter("ul") if _is_nav_list(ul)]
    for ul in doomed:
        if ul.getparent() is not None:
            ul.drop_tree()


def _is_nav_list(ul: HtmlElement) -> bool:
    items = [normalise_space(li.text_content()) for li in ul if li.tag == "li"]
    return len(items) >= NAV_LIST_MIN_ITEMS and all(map(_is_nav_item, items))


def _is_nav_item(text: str) -> bool:
    return (0 < len(text) <= NAV_LIST_ITEM_MAX_CHARS and not text[0].isdigit()
            and not HEAD_PUNCTUATION_RX.search(text))
