"""Is a page whose title names a report the report itself, or a page about reports?

A news item ("我县发布2024年度法治政府建设情况报告") and a listing page (a column showing several
report titles with their summaries) carry a report title too. The title alone cannot tell them
apart; the page can: a report speaks in its own voice (a salutation, 现将…报告如下, numbered
parts covering the required contents, a signature over a date), a news item in a reporter's
(近日, 记者, 据了解, 报告显示), a listing shows several report titles as links, and the column
or the crawler's listing hint may say news. Only a page with no report voice at all and some of
this other evidence is turned down, so attachment-only pages (an empty body) stay reports. A
letter and its reply (县长信箱: 来信内容 / 回复内容) is turned down whatever its voice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

import lxml.html
from lxml import etree
from lxml.html import HtmlElement

from cleaning.attachments import is_file
from cleaning.document import Document
from cleaning.fields import signature
from cleaning.noise import starts_with_marker
from cleaning.patterns import (
    ABOUT_REPORTS_FRAMING_RX,
    ABOUT_SCAN_LINES,
    LETTER_CELL_SPLIT_RX,
    LETTER_OPENING_LINES,
    LETTER_ROLE_RX,
    LISTING_MIN_RECORD_ROWS,
    LISTING_MIN_REPORT_LINKS,
    NEWS_COLUMN_RX,
    NEWS_VOICE_RX,
    QA_LINE_RX,
    QA_MIN_LINES,
    QUOTED_TITLE_RX,
    RECORD_DATE_CELL_RX,
    RECORD_TITLE_MIN_CHARS,
    REPORT_TITLE_RX,
    REPORT_VOICE_RX,
    REPORTS_CRITIQUE_MIN,
    REPORTS_CRITIQUE_RX,
    SALUTATION_RX,
    TABLE_CELL_SEPARATOR,
    TEMPLATE_SCRIPT_TYPES,
    VOICE_SCAN_LINES,
)
from cleaning.report import body_looks_like_report, classify_title, has_negative_words
from cleaning.textutil import normalise_space

_NAMING_RX = re.compile(r"[\u4e00-\u9fff\d]")     # a word before a report's name in a title


@dataclass
class PageKind:
    report_titles: frozenset[str] = frozenset()   # report titles linked from the body area
    news_column: bool = False      # the URL or the ColumnName <meta> names a news column
    listing_says_not: bool = False  # the listing link text names a 解读, news, notice…
    record_rows: int = 0           # rows of a table of records in the body (序号 | 标题 | 日期)

    @property
    def report_links(self) -> int:
        return len(self.report_titles)


def report_titles(tree: HtmlElement, node: HtmlElement | None) -> frozenset[str]:
    """Distinct report titles among the links of the body area (the container, else the page)
    to pages: links to files are the report itself (one report as .pdf and .ofd). A listing's
    records held in a template script (Hanweb's <script type="text/xml"> datastore, which its
    pager renders) are links the page shows."""
    root = node if node is not None else tree
    titles = set()
    for link in [*root.iter("a"), *_template_links(root)]:
        # Most links name no report: "报告" is looked for first, in the raw text (a leaf link's
        # .text, no XPath string(); spaces never fall inside "报告", so normalising cannot
        # make or break it), before the href is parsed.
        raw = (link.text or "") if len(link) == 0 else link.text_content()
        if "报告" in raw and not is_file(link.get("href") or ""):
            titles.add(normalise_space(raw))
    return frozenset(t for t in titles if not is_file(t) and classify_title(t).is_report)


def _template_links(root: HtmlElement) -> list[HtmlElement]:
    """Links inside template scripts (records as CDATA, markup the page's script renders)."""
    links: list[HtmlElement] = []
    for element in root.iter("script"):
        text = element.text or ""
        if (element.get("type") or "").strip().lower() in TEMPLATE_SCRIPT_TYPES and "<a" in text:
            markup = text.replace("<![CDATA[", "").replace("]]>", "")
            try:
                links += lxml.html.fragment_fromstring(markup, create_parent="div").iter("a")
            except etree.ParserError:      # nothing but comments or spaces: no links
                continue
    return links


def record_rows(lines: list[str]) -> int:
    """Rows of a table of records (序号 | 标题 | 发布日期, one row per document): a row holding
    a cell that is a date alone and a cell of a title's length."""
    count = 0
    for line in lines:
        if TABLE_CELL_SEPARATOR not in line:
            continue
        cells = [cell.strip() for cell in line.split(TABLE_CELL_SEPARATOR)]
        dated = [bool(RECORD_DATE_CELL_RX.match(cell)) for cell in cells]
        count += any(dated) and any(len(cell) >= RECORD_TITLE_MIN_CHARS and not date
                                    for cell, date in zip(cells, dated, strict=True))
    return count


def opens_with_a_listed_report(lines: list[str], kind: PageKind, title: str | None) -> bool:
    """A listing: its body opens with one of several linked report titles (each item's title,
    then its date and summary). Summaries quote the reports' own voice (现将…报告如下), so this
    holds whatever voice the page has. A report's own title repeated as a link (全文, PDF版
    after it) is not an item."""
    if kind.report_links < LISTING_MIN_REPORT_LINKS or not lines:
        return False
    return any(lines[0].startswith(linked) and not _names_own_report(linked, title)
               for linked in kind.report_titles)


def _names_own_report(linked: str, title: str | None) -> bool:
    """The page's own title, or it with a suffix (…报告（全文）); a column name inside report
    titles (法治政府建设年度报告) is not one of them."""
    if not title:
        return False
    return linked.startswith(title) or title.startswith(linked)


def is_news_column(url: str, column: str | None) -> bool:
    return bool(NEWS_COLUMN_RX.search(url) or NEWS_COLUMN_RX.search(column or ""))


def listing_says_not(listing_title: str | None) -> bool:
    return bool(listing_title) and has_negative_words(listing_title or "")


def has_report_voice(lines: list[str], structured: bool, signed: bool) -> bool:
    """The report speaks for itself: numbered required parts, a signature, a salutation or
    its own formula (现将…报告如下, 特此报告)."""
    if structured or signed:
        return True
    head = lines[:VOICE_SCAN_LINES]
    return (any(SALUTATION_RX.match(line) for line in head)
            or any(REPORT_VOICE_RX.search(line) for line in lines))


def about_reports(lines: list[str], kind: PageKind, voiced: bool) -> bool:
    """A page about reports (news, listing), not a report: no report voice, other evidence."""
    if voiced or not lines:       # an empty body: the report is a file; its page says nothing
        return kind.listing_says_not
    news_voice = any(NEWS_VOICE_RX.search(line) for line in lines[:VOICE_SCAN_LINES])
    return (news_voice or kind.report_links >= LISTING_MIN_REPORT_LINKS or kind.listing_says_not
            or kind.news_column or kind.record_rows >= LISTING_MIN_RECORD_ROWS)


def frames_others_reports(lines: list[str]) -> bool:
    """A page about other bodies' reports, though numbered, saluted and signed as a report is
    (a 通报 on how units published theirs, a notice asking for them, a guide to writing them,
    a 问答 解读): its opening frames it so, or it judges several reports (个别报告…) or is
    questions and answers, and it nowhere speaks as a report does."""
    if any(REPORT_VOICE_RX.search(line) for line in lines):
        return False
    if (sum(1 for line in lines if QA_LINE_RX.match(line)) >= QA_MIN_LINES
            or sum(len(REPORTS_CRITIQUE_RX.findall(line)) for line in lines)
            >= REPORTS_CRITIQUE_MIN):
        return True
    for line in lines[:ABOUT_SCAN_LINES]:
        if starts_with_marker(line):     # the opening ends: a report's own parts may tell of
            return False                 # checking others' reports (组织对各乡镇…报告进行检查)
        unquoted = QUOTED_TITLE_RX.sub(lambda title: f"《{title.group(1) or ''}》", line)
        if ABOUT_REPORTS_FRAMING_RX.search(unquoted):
            return True
    return False


def is_letter_and_reply(lines: list[str]) -> bool:
    """A letter and its reply (县长信箱, 留言板): a line opening with a label of the letter's
    (来信内容, 信件编号) and one with a label of the reply's (回复内容, 办理单位). Never a report,
    whatever it asks about and however the reply speaks (it may quote the report's title and
    the rules on publishing it). A table's header row opens with its first column's name only:
    a report's table (序号 | 来信人 | 办理单位) gives no role. The letter's label opens the page
    (its first lines, before a numbered part): a report's table of 来信 | 回复 counts, or a case
    it tells in those labels, comes after its opening."""
    opening: list[set[str]] = []      # the roles of the opening's lines, read once
    for line in lines[:LETTER_OPENING_LINES]:
        if starts_with_marker(line):
            break
        opening.append(_letter_roles(line))
    if not any("letter" in roles for roles in opening):
        return False
    return (any("reply" in roles for roles in opening)
            or any("reply" in _letter_roles(line) for line in lines[len(opening):]))


def _letter_roles(line: str) -> set[str]:
    """The roles (letter, reply) of the labels opening a line or its space-parted label pairs."""
    return {role.lastgroup or "" for cell in LETTER_CELL_SPLIT_RX.split(line.strip())
            if (role := LETTER_ROLE_RX.match(cell)) is not None}


def is_column_page(doc: Document) -> bool:
    """A title naming no year and no issuer (法治政府建设年度报告) is a column's name: over a
    body without report voice (a listing, a script shell, nothing) the page is the column's,
    unless its one report is a file it links (an attachment-only report page)."""
    name = REPORT_TITLE_RX.search(doc.title or "")
    if name is None or classify_title(doc.title or "").report_year is not None:
        return False
    if _NAMING_RX.search((doc.title or "")[:name.start()]):    # a place, an issuer, 关于…
        return False
    files = sum(1 for att in doc.attachments if classify_title(att.name or "").is_report)
    return files != 1


def judge(doc: Document, lines: list[str], categories: list[set[str]], shape: PageKind) -> None:
    """Turn down a document taken for a report by its title when its page is a letter and its
    reply, or is about reports."""
    if is_letter_and_reply(lines):
        doc.is_report = False
        doc.warnings.append("a letter and its reply, not a report")
        return
    voiced = has_report_voice(lines, body_looks_like_report(doc.text, categories),
                              bool(signature(lines)))
    shape = replace(shape, record_rows=record_rows(lines))
    if (opens_with_a_listed_report(lines, shape, doc.title) or about_reports(lines, shape, voiced)
            or frames_others_reports(lines) or (not voiced and is_column_page(doc))):
        doc.is_report = False
        doc.warnings.append("a page about reports (news or listing), not a report")
