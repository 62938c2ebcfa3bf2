"""Finding a portal's report column from its home page: link scoring and candidate ranking.

Pure functions of page text and URLs; the fetching loop is crawler/discover_fetch.py. A portal's
法治政府建设 reports sit in a column reached through its 政务公开 / 政府信息公开 / 法定主动公开内容
navigation, so links are scored by their text and URL (the word lists below, as data) and
followed best-first. Every fetched page is read for report-titled links (classified by
`cleaning.report.classify_title`); a page holding some is a candidate column, and so is the
folder a report link lives in (`/zwgk/fdzdgknr/fzzfjs/202501/t2025…html` → `…/fzzfjs/`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit, urlunsplit

from parsel import Selector

from cleaning.report import classify_title
from crawler.paging import LAST_TEXTS, NEXT_TEXTS, absolute_url, page_base

# --- what a navigation link to the report column looks like (data) ------------------------------
# Link text words and URL path fragments, with how strongly each points at the report column.
NAV_TEXT_SCORES = {
    "法治政府建设年度报告": 100, "法治政府建设": 90, "法治建设": 60, "依法行政": 50, "法治": 40,
    "法定主动公开内容": 50, "主动公开": 45, "信息公开目录": 45, "政府信息公开": 40,
    "信息公开": 35, "政务公开": 30, "专题专栏": 20, "专题": 10,
}
NAV_URL_SCORES = {
    "fzzfjsndbg": 100, "fzzfjs": 90, "fzjs": 60, "yfxz": 50, "fdzdgknr": 50, "zdgk": 45,
    "gkml": 45, "zfxxgk": 40, "xxgk": 35, "zwgk": 30, "ztzl": 20, "zt": 5,
}
# Columns that hold other annual reports or nothing of ours: never followed.
AVOID_WORDS = ("年报", "信息公开工作年度报告", "指南", "制度", "依申请", "解读", "信箱", "搜索",
               "登录", "注册", "无障碍", "English", "繁體", "繁体", "网站地图", "联系我们")
AVOID_URL_WORDS = ("zfxxgknb", "xxgknb", "gknb", "search", "login", "jiucuo", "/big5", "/wap/")
# A pager's links lead to more of the same column, not to another one.
PAGER_TEXTS = frozenset((*NEXT_TEXTS, *LAST_TEXTS, "首页", "上一页", "上页", "前页", "跳转", "GO"))
# A page, link or folder named as the report column (its name score reaches this).
COLUMN_NAME_SCORE = 90
# Report folders one level above these segments: date folders and the article-folder names
# CMSs put between a column and its articles.
ARTICLE_DIR_RE = re.compile(r"^(\d{4,8}|\d{1,2}|content|art|detail|info|article)$", re.I)
INDEX_NAME_RE = re.compile(r"/(index|default|list)\.(s?html?|jsp|php|aspx)$", re.I)
TRUNCATED_RE = re.compile(r"(\.\.\.|…+|\.{2,})$")
SCRIPT_LINK_XPATH = "//script[contains(text(), '<a ')]/text()"
SCRIPT_BUILT_HREF_RE = re.compile(r"['\"+\s]")   # an href a script pastes together: not a URL


@dataclass(frozen=True)
class PageLink:
    url: str
    text: str


@dataclass(frozen=True)
class ReportLink:
    url: str
    title: str
    year: int | None


@dataclass
class Candidate:
    """A column that may hold the reports: a fetched page with its report links."""

    url: str
    name: str = ""                       # the page's title / heading, or the link text to it
    reports: list[ReportLink] = field(default_factory=list)
    moved_from: str | None = None        # the URL asked for, when it redirected here

    @property
    def years(self) -> list[int]:
        return sorted({r.year for r in self.reports if r.year}, reverse=True)

    @property
    def name_score(self) -> int:
        return column_name_score(self.url, self.name)


def normal_url(url: str) -> str:
    """`url` without fragment and without a trailing index file name, for telling pages apart."""
    parts = urlsplit(url)
    path = INDEX_NAME_RE.sub("/", parts.path or "/")
    return urlunsplit((parts.scheme, parts.netloc.lower(), path, parts.query, ""))


def link_text(anchor: Selector) -> str:
    """What a link says: its text, else its title attribute or image alt; a title attribute
    wins over text cut short with … (listings truncate long titles)."""
    text = re.sub(r"\s+", " ", "".join(anchor.css("::text").getall())).strip()
    title = (anchor.attrib.get("title") or "").strip()
    alt = " ".join(a.strip() for a in anchor.css("img::attr(alt)").getall()).strip()
    if title and (not text or TRUNCATED_RE.search(text)):
        return title
    return text or title or alt


def page_links(text: str, url: str) -> list[PageLink]:
    """Every http(s) link of an HTML page, including links in HTML a script holds (Hanweb's
    `<script type="text/xml">` records)."""
    selector = Selector(text=text or "<html></html>", type="html")
    scripted = [Selector(text=s, type="html") for s in selector.xpath(SCRIPT_LINK_XPATH).getall()]
    links, base = [], page_base(selector, url)
    for part in [selector, *scripted]:
        for anchor in part.css("a[href]"):
            href = anchor.attrib.get("href", "").strip()
            target = None if SCRIPT_BUILT_HREF_RE.search(href) else absolute_url(base, href)
            if target:
                links.append(PageLink(target, link_text(anchor)))
    return links


def page_name(text: str) -> str:
    """A page's own name: its ColumnName meta, its first heading, and its <title>."""
    selector = Selector(text=text or "<html></html>", type="html")
    parts = [selector.css('meta[name="ColumnName"]::attr(content)').get(),
             selector.css("h1::text, h2::text, h3::text").get(),
             selector.css("title::text").get()]
    return " ".join(p.strip() for p in parts if p and p.strip())


def _best_score(haystack: str, scores: dict[str, int]) -> int:
    return max((score for word, score in scores.items() if word in haystack), default=0)


def text_score(text: str) -> int:
    """How clearly a link's or a node's text names the report column (NAV_TEXT_SCORES)."""
    return _best_score(text, NAV_TEXT_SCORES)


def avoided(link: PageLink) -> bool:
    path = urlsplit(link.url).path.lower()
    return (link.text in PAGER_TEXTS or link.text.isdigit()
            or any(word in link.text for word in AVOID_WORDS)
            or any(word in path for word in AVOID_URL_WORDS))


def link_score(link: PageLink) -> int:
    """How strongly a link points toward the report column (0: not worth a request)."""
    if avoided(link) or is_report_article(link) or classify_title(link.text).reason in (
            "interpretation", "disclosure_report"):
        return 0   # other annual reports, 解读, and report articles themselves
    path = urlsplit(link.url).path.lower()
    return max(_best_score(link.text, NAV_TEXT_SCORES), _best_score(path, NAV_URL_SCORES))


def column_name_score(url: str, name: str) -> int:
    """How clearly a page's URL or name says it is the report column."""
    path = urlsplit(url).path.lower()
    return max(_best_score(name, NAV_TEXT_SCORES), _best_score(path, NAV_URL_SCORES))


def is_report_article(link: PageLink) -> bool:
    """A link to one report: a report's title, with a year or to a page that is no folder
    (a bare 法治政府建设年度报告 link to a folder is the column itself)."""
    verdict = classify_title(link.text)
    folder = urlsplit(link.url).path.endswith("/") or INDEX_NAME_RE.search(link.url)
    return verdict.is_report and (verdict.report_year is not None or not folder)


def report_links(links: list[PageLink]) -> list[ReportLink]:
    """The links to 法治政府建设 reports, each URL once."""
    found: dict[str, ReportLink] = {}
    for link in links:
        if is_report_article(link) and link.url not in found:
            found[link.url] = ReportLink(link.url, link.text, classify_title(link.text).report_year)
    return list(found.values())


def report_folder(url: str) -> str | None:
    """The column folder a report article lives in (date and article folders climbed out of),
    or None when the article sits at the site root."""
    parts = urlsplit(url)
    segments = parts.path.split("/")[1:-1]
    while segments and ARTICLE_DIR_RE.match(segments[-1]):
        segments.pop()
    if not segments:
        return None
    return urlunsplit((parts.scheme, parts.netloc, "/" + "/".join(segments) + "/", "", ""))


def is_article_url(url: str) -> bool:
    """A link to one article (a file under a date or article folder), not to a column."""
    path = urlsplit(url).path
    if path.endswith("/") or INDEX_NAME_RE.search(path):
        return False
    return any(ARTICLE_DIR_RE.match(segment) for segment in path.split("/")[1:-1])


def folder_score(url: str) -> int:
    """How strongly the folder of an article link points at the report column (its URL)."""
    folder = report_folder(url)
    return _best_score(urlsplit(folder).path.lower(), NAV_URL_SCORES) if folder else 0


def rank_candidates(candidates: list[Candidate]) -> list[Candidate]:
    """Best first: most reports, then most years, then a column named for the reports."""
    with_reports = [c for c in candidates if c.reports]
    return sorted(with_reports, key=lambda c: (len(c.reports), len(c.years),
                                               c.name_score >= COLUMN_NAME_SCORE, c.name_score),
                  reverse=True)


def is_report_column(candidate: Candidate) -> bool:
    """A column named for the reports that holds some: good enough to stop looking."""
    return bool(candidate.reports) and candidate.name_score >= COLUMN_NAME_SCORE
