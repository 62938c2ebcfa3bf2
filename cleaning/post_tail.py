"""A post's end furniture: what follows the closing date of a report re-posted or posted on a
site or an account (credits, slogans, calls to comment, a footer's contact row) goes, whatever
its words; notes, annexes, sections and table rows stay."""

from __future__ import annotations

from cleaning import head_furniture
from cleaning.markers import starts_with_marker
from cleaning.patterns import (
    CTA_PROSE_ENDS,
    DISCLAIMER_MAX_CHARS,
    HEAD_SIGNATURE_RX,
    POST_TAIL_ANNEX_RX,
    POST_TAIL_BUTTON_RX,
    POST_TAIL_COMMENT_MAX_CHARS,
    POST_TAIL_COMMENT_WORDS,
    POST_TAIL_KEPT_OPENINGS,
    POST_TAIL_LATIN_LINE_RX,
    POST_TAIL_MAX_CHARS,
    POST_TAIL_NOTE_RX,
    POST_TAIL_OWN_NOTE_WORDS,
    POST_TAIL_OWN_REPORT_WORDS,
    POST_TAIL_PLATFORM_WORDS,
    POST_TAIL_TIP_MAX_CHARS,
    POST_TAIL_TIP_RX,
    STATEMENT_HEADING_MAX_CHARS,
    STATEMENT_HEADING_STRIP_RX,
    STATEMENT_HEADINGS,
    TABLE_CELL_SEPARATOR,
)


def _is_post_tail_furniture(line: str) -> bool:
    """A short unfinished line after the closing date: a report ends at its date, or with a
    bracketed disclosure note under it (（此件公开发布）), so what a post adds there — credits
    (文字整理：某某), calls to action, slogans in any words — is its end furniture. An
    attachment line, a section, a table row or a bracketed note is never one; a call to
    comment (留言, 评论区) is one however it ends, and so are a line of Latin text alone (a
    platform statement's English half) and a hotline with its office hours (医保服务热线：…
    （工作日8:00-12:00，14:30-17:30）: a tip box's, longer than a credit), a tip under its
    label (温馨提示：…请拨打12345…。), a news client's trailer (下载某某新闻客户端…请勿转载) and a
    bracketed button (【我要纠错】); a tip or trailer speaking of the report itself (特别提示：
    本报告所涉数据…) is the report's."""
    if (is_comment_call(line) or head_furniture.is_hotline(line) or _is_portal_addition(line)
            or (POST_TAIL_LATIN_LINE_RX.match(line) and TABLE_CELL_SEPARATOR not in line)):
        return True
    if len(line) > POST_TAIL_MAX_CHARS or line.endswith(CTA_PROSE_ENDS):
        return False
    return not (line.startswith(POST_TAIL_KEPT_OPENINGS) or starts_with_marker(line)
                or POST_TAIL_NOTE_RX.fullmatch(line) or TABLE_CELL_SEPARATOR in line)


def _is_portal_addition(line: str) -> bool:
    """A tip, button or news client's trailer, unless it speaks of the report itself (特别提示：
    本报告所涉数据…: the report's own note)."""
    return ((_is_tip_or_button(line) or _is_platform_trailer(line))
            and not any(word in line for word in POST_TAIL_OWN_REPORT_WORDS))


def _is_tip_or_button(line: str) -> bool:
    """A portal's tip after the closing (温馨提示：…, 警方提示：…), however it ends, or a
    page's button alone in square brackets (【我要纠错】, [网站纠错]); a report's closing holds
    neither (its disclosure note, 【此件公开发布】 in square brackets too, is no button)."""
    return ((len(line) <= POST_TAIL_TIP_MAX_CHARS and bool(POST_TAIL_TIP_RX.match(line)))
            or (bool(POST_TAIL_BUTTON_RX.fullmatch(line))
                and not any(word in line for word in POST_TAIL_OWN_NOTE_WORDS)))


def _is_platform_trailer(line: str) -> bool:
    """A news client's trailer (下载某某新闻客户端, 未经授权请勿转载, 报料热线), however it ends."""
    return (len(line) <= DISCLAIMER_MAX_CHARS and not starts_with_marker(line)
            and any(word in line for word in POST_TAIL_PLATFORM_WORDS))


def is_comment_call(line: str) -> bool:
    """A call to leave a comment or message (欢迎在留言区…, 后台回复…): short, not a section."""
    return (len(line) <= POST_TAIL_COMMENT_MAX_CHARS and not starts_with_marker(line)
            and any(word in line for word in POST_TAIL_COMMENT_WORDS))


def is_statement_heading(line: str) -> bool:
    """A platform's statement heading on a line of its own (特别声明, 【免责声明】)."""
    return (len(line) <= STATEMENT_HEADING_MAX_CHARS
            and STATEMENT_HEADING_STRIP_RX.sub("", line) in STATEMENT_HEADINGS)


def drop_post_tail(lines: list[str]) -> list[str]:
    """Drop the post's end furniture: the lines after the last closing-date line (the
    signature's date) that _is_post_tail_furniture, and a platform's statement there (its
    heading and what follows it, up to an annex). A statement heading elsewhere goes alone."""
    last_date = max((i for i, line in enumerate(lines) if HEAD_SIGNATURE_RX.match(line)),
                    default=None)
    if last_date is None:
        return [line for line in lines if not is_statement_heading(line)]
    tail = lines[last_date + 1:]
    annex = next((i for i, line in enumerate(tail) if POST_TAIL_ANNEX_RX.search(line)),
                 len(tail))    # an annex (附件, a table's title …情况表) is kept whole
    # The statement (本文由某号上传发布，仅代表…) ends a sentence: its heading shows it. It ends
    # the post, or runs up to an annex that follows it.
    statement = next((i for i, line in enumerate(tail) if is_statement_heading(line)),
                     len(tail))
    annexed = tail[annex:statement] if annex < statement else tail[annex:]
    # A footer's row of label：value pairs (地址：… 邮编：… 电话：…) goes however long it is.
    return ([line for line in lines[:last_date + 1] if not is_statement_heading(line)]
            + [line for line in tail[:min(annex, statement)]
               if not (_is_post_tail_furniture(line) or head_furniture.is_head_byline(line))]
            + [line for line in annexed if not is_statement_heading(line)])
