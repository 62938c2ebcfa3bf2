"""Single-page-application shells: pages whose content a script fetches from a JSON API.

A Vue/React column page lists nothing in its HTML: its listing API call sits in its own script
files (`axios.get(cfg.listApi, {params: {channelId: cfg.channelId, pageNum: p}})`), the names
resolved from a config object in the page (`window.__CONFIG__ = {"listApi": …}`). An article
page of such a site is an empty shell too; its body comes from a detail API, and many such
sites link a plain-HTML copy in `<noscript>` for browsers without script.

Pure functions of a page's text and URL (patterns are data, below); the spider side is
`crawler/families/pagers.py` (script files of a listing shell) and `crawler/families/base.py`
(an article shell's fallback page).
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from parsel import Selector

from crawler.paging import absolute_url, page_base
from crawler.paging_api import api_calls

# --- patterns (data) ----------------------------------------------------------------------------
# Script files that are libraries, never a site's own code (file names, lower case).
LIBRARY_SCRIPT_WORDS = ("jquery", "vendor", "polyfill", "vue.min", "vue.js", "vue.runtime",
                        "react", "axios", "layui", "bootstrap", "echarts", "swiper", "lodash",
                        "moment", "element-ui", "html5shiv", "respond", "sea.js", "require.js")
MAX_SHELL_SCRIPTS = 6          # a shell's own script files read for its API calls
# A shell's visible text outside links, scripts and <noscript>: furniture and "加载中…" only.
SHELL_TEXT_CHARS = 300
MIN_ID_CHARS = 2               # a detail API value naming the article (an id), not a flag
# A pointer page's link to the article it stands for (a 信息详情 page: metadata, then this).
POINTER_LINK_WORDS = ("查看原文", "阅读原文", "查看全文", "点击查看", "浏览原文")
POINTER_FILE_EXTENSIONS = (".pdf", ".doc", ".docx", ".wps", ".xls", ".xlsx", ".zip", ".rar")
# A script statement sending the browser to a literal URL: `window.location.href = "/a/"`,
# `location = '…'`, `top.location.replace("…")`, `location.assign('…')` (not a URL it builds).
JUMP_RES = (re.compile(r"""\blocation(?:\.href)?\s*=(?!=)\s*(['"])(?P<url>[^'"\n]+)\1"""
                       r"""(?=\s*(?:[;}<\n]|$))"""),
            re.compile(r"""\blocation\.(?:replace|assign)\s*\(\s*(['"])(?P<url>[^'"\n]+)\1\s*\)"""))
SHELL_TEXT_XPATH = ("//body//text()[not(ancestor::script) and not(ancestor::style)"
                    " and not(ancestor::noscript) and not(ancestor::a)]")


def shell_scripts(text: str, url: str) -> list[str]:
    """The page's own script files (same host, not a library), in page order."""
    host = urlsplit(url).hostname
    found = []
    selector = Selector(text=text or "<html></html>")
    base = page_base(selector, url)
    for src in selector.css("script::attr(src)").getall():
        target = absolute_url(base, src)
        name = urlsplit(target).path.rsplit("/", 1)[-1].lower() if target else ""
        if (target and urlsplit(target).hostname == host and name.endswith(".js")
                and not any(word in name for word in LIBRARY_SCRIPT_WORDS)):
            found.append(target)
    return list(dict.fromkeys(found))[:MAX_SHELL_SCRIPTS]


def script_jump(selector: Selector, url: str) -> str | None:
    """Where the page's inline script sends the browser as it loads: the literal URL of the
    first jump statement outside any function body (`window.location.href = "list/"`; a
    function's jump waits for a click), resolved against the page's base."""
    for script in selector.css("script:not([src])::text").getall():
        for pattern in JUMP_RES:
            for match in pattern.finditer(script):
                before = script[:match.start()]
                if before.count("{") == before.count("}"):   # at the script's top level
                    return absolute_url(page_base(selector, url), match["url"])
    return None


def is_shell(selector: Selector) -> bool:
    """A page with next to no text of its own: its content comes from a script."""
    text = "".join(selector.xpath(SHELL_TEXT_XPATH).getall())
    return len(re.sub(r"\s+", "", text)) < SHELL_TEXT_CHARS


def noscript_pages(selector: Selector, url: str) -> list[str]:
    """The plain-HTML copies a shell links in `<noscript>`: same-host pages (not the site's
    root, not the page itself); nothing for a page with text of its own."""
    if not is_shell(selector):
        return []
    host, base = urlsplit(url).hostname, page_base(selector, url)
    found = []
    for href in selector.xpath("//noscript//a/@href").getall():
        target = absolute_url(base, href)
        parts = urlsplit(target) if target else None
        if (target and parts and parts.hostname == host and target != url
                and parts.path not in ("", "/")):
            found.append(target)
    return list(dict.fromkeys(found))


def pointer_pages(selector: Selector, url: str) -> list[str]:
    """The one article a page with next to no text of its own stands for: the same-host page
    it frames (`<iframe src>`) or links as 查看原文. Fetched as the article's next page, so the
    report is that text, with the pointer's metadata; nothing when there are several."""
    if not is_shell(selector):
        return []
    hrefs = selector.css("iframe::attr(src), frame::attr(src)").getall() + [
        anchor.attrib.get("href", "") for anchor in selector.css("a")
        if any(word in anchor.xpath("string()").get("") for word in POINTER_LINK_WORDS)]
    host, base = urlsplit(url).hostname, page_base(selector, url)
    found = []
    for href in hrefs:
        target = absolute_url(base, href)
        parts = urlsplit(target) if target else None
        if (target and parts and parts.hostname == host and target != url
                and parts.path not in ("", "/")
                and not parts.path.lower().endswith(POINTER_FILE_EXTENSIONS)):
            found.append(target)
    found = list(dict.fromkeys(found))
    return found if len(found) == 1 else []


def detail_api_urls(page: str, scripts: list[str], url: str) -> list[str]:
    """The GET API calls of an article shell and its script files that name this article:
    a value of the call is one of the page URL's query values (`detail.html?id=7` →
    `{id: id}`) or is written in the page's own inline script (`{"articleId": 7}`)."""
    query = dict(parse_qsl(urlsplit(url).query))
    own = " ".join(Selector(text=page or "<html></html>").css("script:not([src])::text").getall())
    found = []
    for call in api_calls("\n".join([page, *scripts]), url, known=query):
        values = [value for _, value in call.formdata]
        if call.method != "GET" or call.page_field or not any(
                len(value) >= MIN_ID_CHARS and (value in query.values() or value in own)
                for value in values):
            continue
        parts = urlsplit(call.url)
        found.append(urlunsplit(parts._replace(query=urlencode(call.formdata))))
    return list(dict.fromkeys(found))
