"""Stage 5b: decide each document field from the raw evidence, in a fixed order of trust."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from cleaning.field_values import clean_value, normalise_date
from cleaning.patterns import (
    COLUMN_TAGGED_TITLE_RX,
    DATE_RX,
    DOC_NUMBER_RX,
    NEWS_OF_REPORT_RX,
    NEWS_OUTLET_RX,
    NOT_PUBLISHER_RX,
    ORG_SUFFIX_RX,
    PAGE_NUMBER_SUFFIX_RX,
    PUBLISHED_META_NAMES,
    QUOTED_REPORT_RX,
    REGION_GOVERNMENT,
    REGION_RX,
    REPORT_TITLE_END_RX,
    SCRIPT_FIELD_KEYS,
    SIGNATURE_MAX_CHARS,
    SIGNATURE_WINDOW,
    SITE_NAME_METAS,
    SITE_NAME_SUFFIX_RX,
    TITLE_ISSUER_RX,
    TITLE_NODE_MAX_CHARS,
    TITLE_SUFFIX_SEPARATORS,
    TITLE_TAG_SUFFIX_RX,
    TITLE_WITHOUT_ISSUER_RX,
    UI_PAGE_TITLE_RX,
    YEAR_IN_BODY_RX,
)
from cleaning.report import classify_title
from cleaning.textutil import normalise_space, year_in_title

_DOC_HEAD_LINES = 12
_BODY_TITLE_LINES = 3      # a title written as the body's first line sits among these
_BODY_TITLE_SCAN = 8       # ... and is the only report title among these
_ISSUER_MAX_CHARS = 30     # an organisation's name before a title naming none (关于…的报告)
_DATE_ONLY_RX = re.compile(r"^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$")


def _no_texts() -> list[str]:
    return []


@dataclass
class Evidence:
    labelled: dict[str, str] = field(default_factory=dict)   # from the disclosure block/bylines
    meta: dict[str, str] = field(default_factory=dict)       # <meta> tags, lower-case names
    config: dict[str, str] = field(default_factory=dict)     # gkmlpt JSON, flattened
    headings: list[str] = field(default_factory=list)        # h1/h2 texts
    page_title: str = ""                                     # the <title> tag
    red_header: str = ""                 # the issuer a file cover's red header names
    # Texts of elements named for a title, looked for only when the <title> names the site.
    title_nodes: Callable[[], list[str]] = _no_texts
    site_names: Callable[[], set[str]] = set          # the header logo's texts, when asked

    def declared(self, name: str) -> str | None:
        """A field the page declares: the platform's JSON first (the HTML shell of a
        script-rendered page may hold only placeholders), then the disclosure block."""
        return clean_value(self.config.get(name)) or clean_value(self.labelled.get(name))


def config_fields(flat: dict[str, str], content_key: str = "") -> dict[str, str]:
    """Fields of the gkmlpt JSON: keys next to the body's key (same object) win, then the
    most trusted key name of each field (patterns.SCRIPT_FIELD_KEYS)."""
    home = content_key.rsplit(".", 1)[0] if "." in content_key else ""
    ranked: dict[str, tuple[tuple[bool, int], str]] = {}
    for key, value in flat.items():
        parent, _, last = key.rpartition(".")
        name, rank = SCRIPT_FIELD_KEYS.get(last.lower(), (None, 0))
        cleaned = clean_value(value)
        if not name or not cleaned:
            continue
        order = (parent != home, rank)
        if name not in ranked or order < ranked[name][0]:
            ranked[name] = (order, cleaned)
    return {name: value for name, (_, value) in ranked.items()}


def pick_title(ev: Evidence, lines: list[str] | None = None) -> str | None:
    """The declared title, the heading naming a report, the <title>; a <title> that names no
    report yields to a report title opening the body (a centred bold line atop the text), a
    headline that is news of a report's publication or a column-tagged re-post's headline to
    the report's own title."""
    title = _pick_title(ev)
    if title:
        title = _untagged(PAGE_NUMBER_SUFFIX_RX.sub("", title) or title, lines or [])
    if title and "报告" in title:
        return _reported_title(title, lines or []) or title
    return _body_title(lines or []) or title


def _untagged(title: str, lines: list[str]) -> str:
    """A title with a bracketed tag after it (…报告（无障碍版）: the page's view) that a line
    atop the page shows without it, as the page's own title line: that line's title."""
    tag = TITLE_TAG_SUFFIX_RX.search(title)
    bare = title[:tag.start()].rstrip() if tag else ""
    if bare and any(normalise_space(line) == bare for line in lines[:_BODY_TITLE_SCAN]):
        return bare
    return title


def _reported_title(title: str, lines: list[str]) -> str | None:
    """Under a headline that is news of a report's publication (…报告公布), the report's own
    title: a line opening the body, else the one report title of the same year that the
    opening lines quote in 《》. Under a column-tagged headline (权威发布｜…报告) the same, when
    its year is the headline's (a tag's re-post of last year's report keeps its headline)."""
    news = bool(NEWS_OF_REPORT_RX.search(title))
    if not news and not (COLUMN_TAGGED_TITLE_RX.match(title) and classify_title(title).is_report):
        return None
    year = year_in_title(title)
    line = _body_title(lines)
    if line:    # a line that is the quoted title alone (《…的报告》) gives its name
        whole = QUOTED_REPORT_RX.fullmatch(line)
        name = whole.group(1) if whole else line
        return name if news or year_in_title(name) == year else None
    quoted = {name for line in lines[:_DOC_HEAD_LINES] for name in QUOTED_REPORT_RX.findall(line)
              if REPORT_TITLE_END_RX.search(name) and year_in_title(name) == year
              and classify_title(name).is_report}
    return quoted.pop() if len(quoted) == 1 else None


def _body_title(lines: list[str]) -> str | None:
    """The one report title among the body's first lines, ending in 报告 and dated nowhere
    (a paragraph saying 现报告如下 is none; a listing's rows name several, with their dates)."""
    titles = [index for index, line in enumerate(lines[:_BODY_TITLE_SCAN])
              if len(line) <= TITLE_NODE_MAX_CHARS and REPORT_TITLE_END_RX.search(line.strip())
              and not DATE_RX.search(line) and classify_title(line).is_report]
    others = [line for line in lines[:_BODY_TITLE_SCAN] if "报告" in line and DATE_RX.search(line)]
    if len(titles) == 1 and titles[0] < _BODY_TITLE_LINES and not others:
        return normalise_space(lines[titles[0]])
    return None


def _pick_title(ev: Evidence) -> str | None:
    value = ev.declared("title") or clean_value(ev.meta.get("articletitle"))
    if value:
        return value
    page_title = clean_value(_strip_site_suffix(ev.page_title))
    for heading in ev.headings:
        if "报告" in heading and len(heading) <= 80 and clean_value(heading):
            return _with_issuer(heading, page_title)
    if page_title and "报告" not in page_title:
        return _own_heading(ev, page_title) or page_title
    return page_title


def _with_issuer(heading: str, page_title: str | None) -> str:
    """A heading naming no issuer (关于…的报告, 2024年度…报告) beside a <title> that names it
    before the same words (某县人民政府关于…的报告_某县政府网): the <title>'s is the whole."""
    if not page_title or not TITLE_WITHOUT_ISSUER_RX.match(heading):
        return heading
    issuer, _, rest = page_title.rpartition(heading)
    if (not rest and 0 < len(issuer) <= _ISSUER_MAX_CHARS and not any(map(str.isdigit, issuer))
            and (ORG_SUFFIX_RX.search(issuer) or REGION_RX.search(issuer))):
        return page_title
    return heading


def _own_heading(ev: Evidence, page_title: str) -> str | None:
    """The article's heading where the <title> only names the site: a <title> without 报告
    loses to the first h1/h2 or title-named element that names a report; the site's name (a
    site-name <meta>, the header logo's text) to one naming a year too. A column's or a
    headline's name on a listing or home page (法治政府建设) names neither: the page keeps
    its <title>."""
    site = (page_title in {ev.meta.get(name) for name in SITE_NAME_METAS}
            or page_title in ev.site_names())
    for text in [*ev.headings, *ev.title_nodes()]:
        if text == page_title or not clean_value(text):
            continue
        if "报告" in text or (site and year_in_title(text)):
            return text
    return None


def _strip_site_suffix(title: str) -> str:
    title = normalise_space(title)
    for sep in TITLE_SUFFIX_SEPARATORS:
        parts = [p.strip() for p in title.split(sep) if p.strip()]
        if any(UI_PAGE_TITLE_RX.match(part) for part in parts):
            return ""        # a search page: neither part is a title
        if len(parts) > 1:
            reports = [p for p in parts if "报告" in p]
            best = max(reports or parts, key=len)
            return _with_joint_issuers(parts, best) if sep == " " else best
    return title


def _with_joint_issuers(parts: list[str], best: str) -> str:
    """A joint report's title names its issuers apart ("中共某县委 某县人民政府关于…的报告"):
    the organisations before the report part belong to the title, not to a site name."""
    index = parts.index(best)
    if index and all(ORG_SUFFIX_RX.search(part) for part in parts[:index]):
        return " ".join(parts[:index + 1])
    return best


def pick_doc_number(ev: Evidence, lines: list[str]) -> str | None:
    value = ev.declared("doc_number")
    if value and re.search(r"\d", value):
        return value
    for line in lines[:_DOC_HEAD_LINES]:
        compact = re.sub(r"\s+", "", line)
        if DOC_NUMBER_RX.match(compact):
            return compact
    return None


def pick_published(ev: Evidence) -> str | None:
    # Looked up one at a time, in order: the labelled dates but the first are found on the
    # page only when asked (pipeline's LazyFields; walking the page for them was ~2.5 ms of a
    # 100 KB page).
    # A news site's <time datetime> and article:published_time count where nothing says more.
    metas = [(ev.meta, name) for name in PUBLISHED_META_NAMES]
    for source, name in ((ev.config, "published"), (ev.labelled, "published"), *metas,
                         (ev.labelled, "published_json_ld"), (ev.labelled, "published_byline"),
                         (ev.labelled, "published_weak"), (ev.labelled, "published_head"),
                         (ev.labelled, "published_region"),
                         (ev.labelled, "published_time"),
                         (ev.meta, "article:published_time"),
                         (ev.labelled, "published_script")):
        date = normalise_date(source.get(name))
        if date:
            return date
    return None


def signature(lines: list[str]) -> str | None:
    """The last signing body before the closing date."""
    tail = lines[-SIGNATURE_WINDOW:]
    dates = [i for i, line in enumerate(tail) if _DATE_ONLY_RX.match(line.replace(" ", ""))]
    if not dates:
        return None
    for line in reversed(tail[:dates[-1]]):
        line = line.strip()
        if len(line) <= SIGNATURE_MAX_CHARS and ORG_SUFFIX_RX.search(line):
            return line
        if line.endswith(("。", "：")):
            break
    return None


def pick_publisher(ev: Evidence, lines: list[str], title: str | None = None, *,
                   file: bool = False) -> str | None:
    """The declared 发布机构, the signing body, the 来源 (a website named there is its owner),
    then the site's name unless its title names another issuer (a department's site re-posting
    its government's report: the government), then a file's red header; a file's title names
    its issuer last."""
    issuer = title_issuer(title)
    for value in (ev.declared("publisher"), signature(lines), ev.meta.get("contentsource"),
                  ev.labelled.get("source"), ev.config.get("source"),
                  None if file else _site_or_issuer(ev.meta.get("sitename"), issuer),
                  ev.red_header, issuer if file else None):
        value = _site_owner(clean_value(value))
        if value and not NOT_PUBLISHER_RX.search(value) and not NEWS_OUTLET_RX.search(value):
            return value
    return None


def _site_owner(value: str | None) -> str | None:
    """A website named as a source (某县人民政府网, 某市司法局门户网站): the organisation owning
    it."""
    match = SITE_NAME_SUFFIX_RX.search(value or "")
    if value and match and ORG_SUFFIX_RX.search(value[:match.start()]):
        return value[:match.start()]
    return value


def _site_or_issuer(site: str | None, issuer: str | None) -> str | None:
    """The site's name, or the issuer the title names when the site is another body's (a
    department's site re-posting its government's report); the site's name when it names the
    issuer whole (连云港市海州区人民政府 for 海州区人民政府)."""
    if not issuer or not site:
        return site or issuer
    return site if issuer in site else issuer


def title_issuer(title: str | None) -> str | None:
    """The issuer a report title names: 阳曲县2024年… → 阳曲县人民政府, 某市司法局关于… → itself."""
    match = TITLE_ISSUER_RX.match(re.sub(r"\s+", "", title or ""))
    if not match:
        return None
    issuer = match.group(1)
    if issuer.startswith("关于"):      # 关于某县2024年…: the title names no issuer before it
        return None
    if ORG_SUFFIX_RX.search(issuer):
        return issuer
    return issuer + REGION_GOVERNMENT if REGION_RX.search(issuer) else None


def pick_report_year(title: str | None, lines: list[str], published: str | None) -> int | None:
    year = year_in_title(title)
    if year:
        return year
    for line in lines[:8]:
        match = YEAR_IN_BODY_RX.match(line)
        if match:
            return int(match.group(1))
    if published and DATE_RX.search(published):
        return int(published[:4]) - 1
    return None
