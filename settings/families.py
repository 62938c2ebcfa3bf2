"""The CMS families fazhi knows: one table, every fact about a family in one place.

Stdlib only, so every layer may read it: the registry (which `family` values are valid), the
fingerprints (`crawler/fingerprints.py`, how `fazhi new-portal` guesses a family), cleaning (the
content container of a family's article pages), the family spiders (article URL pattern,
attachment scope, pagers) and the CLI's `--family` choices. Adding a family means one entry here
and one spider module in `crawler/families/` whose class sets `family = "<name>"`.

Order matters twice: cleaning tries the families' `containers` in table order, then every
family's `fallback_containers`; fingerprints are tried in table order too, except that families
with `fingerprint_last` come after all others (other platforms copy their markers).
"""

from __future__ import annotations

from dataclasses import dataclass

# Container rule: (kind, value). kind: class | id (value: the name) or meta_range |
# comment_range (value: (start marker, end marker); the body lies between the two).
ContainerRule = tuple[str, object]

# Pager kinds a family spider knows; a family lists those its listings (or articles) use and its
# spider has a method `<kind>_listing_requests` (or `<kind>_article_pages`) for each.
PAGER_KINDS = ("next_links", "create_page_html", "jpage_dataproxy", "gkmlpt_api")
FALLBACK_FAMILY = "generic"   # a portal whose pages match no fingerprint


@dataclass(frozen=True)
class Family:
    name: str
    # Alternatives of regexes (case-insensitive) over a portal's URLs and markup: the family
    # matches when every pattern of one alternative is found.
    fingerprints: tuple[tuple[str, ...], ...] = ()
    fingerprint_last: bool = False
    containers: tuple[ContainerRule, ...] = ()
    fallback_containers: tuple[ContainerRule, ...] = ()   # names other CMSs use too
    # Regex for the inline script assignment whose JSON carries the article body (gkmlpt).
    config_script: str = ""
    attachment_scope_css: str = "body"     # where an article page's attachment links are
    article_url_pattern: str = ""          # regex an article URL must match ("" = any)
    listing_pagers: tuple[str, ...] = ("next_links",)
    article_pagers: tuple[str, ...] = ()   # pages 2.. of a split article


# TRS article URLs: …/YYYYMM/tYYYYMMDD_<id>.html (.htm, .shtml); gov.cn (UCAP) copies them.
_TRS_ARTICLE_URL = r"/t\d{8}_\d+\.s?html?$"

FAMILY_TABLE: tuple[Family, ...] = (
    Family(
        "gkmlpt",   # Guangdong 政府信息公开 platform: JSON listing API, body JSON in a script
        # A column URL of the platform (/gkmlpt/index, /gkmlpt/api/…) given as evidence (a line
        # of its own), not a link in a page: other CMSs' columns and menus link gkmlpt pages.
        fingerprints=((r"(?m)^https?://\S*/gkmlpt/(?!content/)",),),
        config_script=r"window\._CONFIG\s*=\s*",
        listing_pagers=("gkmlpt_api",),
    ),
    Family(
        "hanweb",   # Hanweb JCMS (大汉): records in <script type="text/xml">, jpage POSTs
        fingerprints=((r"/col/col\d+", r"<script[^>]*type=[\"']text/xml[\"']"),
                      (r"<!--\s*ZJEG_RSS\.content\.begin",),
                      # a column rendered on the server: column and article URL shapes
                      (r"/col/col\d+", r"/art/\d{4}/\d{1,2}/\d{1,2}/art_\d+_\d+\.html")),
        containers=(("meta_range", ("ContentStart", "ContentEnd")),
                    ("comment_range", ("ZJEG_RSS.content.begin", "ZJEG_RSS.content.end"))),
        fallback_containers=(("id", "zoom"),),
        attachment_scope_css="#zoom, #barrierfree_container, .main-txt, .bt_content",
        article_url_pattern=r"/art/\d{4}/\d{1,2}/\d{1,2}/art_\d+_\d+\.html$",
        listing_pagers=("jpage_dataproxy",),
    ),
    Family(
        "trs",      # TRS WCM (拓尔思): createPageHTML(...) pages listings and split articles
        fingerprints=((r"\bcreatePageHTML\s*\(",), (r"\bTRS_(Editor|UEDITOR)\b",)),
        fingerprint_last=True,
        containers=(("class", "TRS_Editor"), ("class", "trs_editor_view"),
                    ("class", "TRS_UEDITOR")),
        attachment_scope_css=(".trs_editor_view, .TRS_Editor, .TRS_UEDITOR, .article,"
                              " .xxgk_content, .fj, .appendix"),
        article_url_pattern=_TRS_ARTICLE_URL,
        listing_pagers=("create_page_html",),
        article_pagers=("create_page_html",),
    ),
    Family(
        "ucap",     # gov.cn style (UCAP) portals
        fingerprints=((r"\bUCAP-CONTENT\b",),),
        containers=(("id", "UCAP-CONTENT"),),
        attachment_scope_css="#UCAP-CONTENT, .pages_content, .article",
        article_url_pattern=_TRS_ARTICLE_URL,
        listing_pagers=("next_links", "create_page_html"),
    ),
    Family(
        "nfcms",    # NFCMS (Guangdong portal pages): index.html, index_2.html … with 下一页
        fingerprints=((r"\bnews_cont_d_wrap\b",),),
        containers=(("class", "news_cont_d_wrap"),),
        attachment_scope_css=".news_cont_d_wrap, .article-content, .content",
        article_url_pattern=r"/content/(mpost|post)_\d+\.html$",
    ),
    Family(
        FALLBACK_FAMILY,   # anything else: the usual body class names, 下一页 links
        fallback_containers=tuple(
            (kind, value) for kind, names in (
                ("class", "article-content article_content detail-content detail-news "
                          "news_content pages_content"),
                ("id", "detailCont"), ("class", "xl_con art_con"), ("id", "content"),
                ("class", "content"))
            for value in names.split()),
    ),
)


class UnknownFamily(KeyError):
    """A family name that is not in the family table."""


def family_names(table: tuple[Family, ...] | None = None) -> tuple[str, ...]:
    return tuple(family.name for family in (FAMILY_TABLE if table is None else table))


def family_named(name: str, table: tuple[Family, ...] | None = None) -> Family:
    for family in FAMILY_TABLE if table is None else table:
        if family.name == name:
            return family
    raise UnknownFamily(name)


def fingerprint_order(table: tuple[Family, ...] | None = None) -> tuple[Family, ...]:
    """The families with fingerprints, in the order they are tried (first match wins)."""
    table = FAMILY_TABLE if table is None else table
    with_prints = [family for family in table if family.fingerprints]
    return tuple(sorted(with_prints, key=lambda family: family.fingerprint_last))


def container_rules(table: tuple[Family, ...] | None = None, *,
                    between: tuple[tuple[str, str, object], ...] = ()
                    ) -> tuple[tuple[str, str, object], ...]:
    """(family, kind, value) in the order cleaning tries them: every family's own containers,
    then `between` (cleaning's rules for page sources that are no family), then the names
    other CMSs use too."""
    table = FAMILY_TABLE if table is None else table
    return (tuple((f.name, kind, value) for f in table for kind, value in f.containers)
            + between
            + tuple((f.name, kind, value) for f in table for kind, value in f.fallback_containers))


def config_scripts(table: tuple[Family, ...] | None = None) -> tuple[tuple[str, str], ...]:
    """(family, regex) of the families whose article body is JSON in an inline script."""
    table = FAMILY_TABLE if table is None else table
    return tuple((f.name, f.config_script) for f in table if f.config_script)
