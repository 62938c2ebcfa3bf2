"""加载更多 controls: a listing that renders its newest rows and a button (点击加载更多 / 加载更多 /
查看更多, or a class like `load-more`, `more-btn`, `get_more`) whose script asks for the next rows
(`getMore?start=<rows shown so far>`, `list.do?pageNo=2`), JSON or an HTML fragment back. No
pager, no page count: a crawl that reads only the rendered rows misses the column's older part
and has nothing declared to miss it by.

Pure functions of the page (patterns are data, below); the spider side, which asks with growing
offsets until an answer brings no new row and says so when it could not, is
crawler/families/more_rows.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from parsel import Selector

from crawler.cursor_rows import cursor_param
from crawler.js_values import js_value
from crawler.page_functions import body_template, own_body
from crawler.paging import PAGE_PARAMS, PageRequest, absolute_url, page_base
from crawler.paging_api import api_calls

# --- patterns (data) ----------------------------------------------------------------------------
LOAD_MORE_WORDS = ("加载更多", "查看更多", "显示更多", "点击更多", "浏览更多", "载入更多")
MAX_LABEL_CHARS = 12   # a control's text, not a paragraph that mentions loading more
LOAD_MORE_CLASS_WORDS = ("load-more", "loadmore", "load_more", "more-btn", "morebtn",
                         "btn-more", "more_btn", "btn_more", "get_more", "getmore", "get-more",
                         "js-more", "add-more", "addmore")
CONTROL_XPATH = ("//a | //button | //span | //div[not(.//a) and not(.//li)] | //p | //li"
                 " | //input[@type='button' or @type='submit']")
# Parameters that count rows already shown (an offset), not pages.
OFFSET_PARAMS = ("start", "offset", "startIndex", "startRow", "startrow", "begin", "skip",
                 "startRecord", "startrecord", "from", "beginIndex", "firstResult")
URL_ATTRS = ("data-url", "data-href", "data-api", "data-action", "data-link", "data-source")
VALUE_ATTRS = ("data-start", "data-offset", "data-page", "data-pageno", "data-pagenum",
               "data-page-no", "data-current")
# A handler that asks the server for something (what a click that only shows hidden rows lacks).
REQUEST_RE = re.compile(r"\$\.(?:ajax|get|post|getJSON)\s*\(|\baxios\b|\bfetch\s*\(|"
                        r"\.load\s*\(|XMLHttpRequest|\burl\s*:")
# jQuery / DOM row counts a handler sends as its offset: $("ul.list>li").size() / .length.
ROW_COUNT_RES = (re.compile(r"""\$\(\s*(['"])(?P<css>[^'"]+)\1\s*\)\s*"""
                            r"""\.(?:size\s*\(\s*\)|length)"""),
                 re.compile(r"""querySelectorAll\(\s*(['"])(?P<css>[^'"]+)\1\s*\)\s*\.length"""))
IDENT_RE = re.compile(r"[A-Za-z_$][\w$.]*")
# A counter a handler steps: ++page, page++, page += 1, page = page + 1. A stepped name is
# read once from its word's start (or a `$` after a step's last `1`, where the last match
# ended: `+1$i++`), past leading digits or Han (`2page++` steps page), possessively: not again from
# each of its characters (issue 13). `xi = i + 1` steps i: `lhs = rhs + 1` steps rhs when lhs
# ends with it (counter_steps).
COUNTER_RE = re.compile(r"\+\+\s*(?P<pre>[A-Za-z_$][\w$]*)"
                        r"|(?:(?<![\w$])|(?<=[^\w$]1)(?=\$))[^\W_A-Za-z]*+"
                        r"(?:(?P<post>[A-Za-z_$][\w$]*+)\s*+(?:\+\+|\+=\s*1\b)"
                        r"|(?P<lhs>[A-Za-z_$][\w$]*+)\s*+=\s*+(?P<rhs>[A-Za-z_$][\w$]*+)\s*+\+\s*1\b)")
HANDLER_CHARS = 1500   # a handler's code read after the script names its control
# A function a handler calls or hands over: loadMore(), click(loadMore).
CALLED_NAME_RE = re.compile(r"(?<![\w$.])([A-Za-z_$][\w$]*)\s*(?=\(|\))")
# Attributes naming a control's click handler: plain, Vue (@click, v-on:click), Angular.
CLICK_ATTRS = ("onclick", "@click", "v-on:click", "ng-click", "(click)", "@tap", "bindtap")
# The functions such an attribute calls or names (`loadMore()`, Vue's bare `loadMore`).
CLICK_NAME_RE = re.compile(r"(?<![\w$.])([A-Za-z_$][\w$]*)\s*(?:\(|$)")


@dataclass(frozen=True)
class Control:
    """A load-more control: its words, the names a script finds it by, its data-* values."""

    label: str
    hooks: tuple[str, ...]                   # regexes of how a script names it
    attrs: tuple[tuple[str, str], ...] = ()  # its attributes

    @property
    def says_loading(self) -> bool:
        """Its words or class say rows are loaded (加载更多, load-more), not only shown."""
        return "加载" in self.label or "载入" in self.label or any(
            "load" in value.lower() for name, value in self.attrs if name in ("class", "id"))


@dataclass(frozen=True)
class LoadMore:
    """How a control asks for more rows: `call` with `field` set to `value` (a row offset or
    a page number, by `kind`); `call` None when its handler asks the server in a way not read."""

    control: Control
    call: PageRequest | None
    field: str = ""
    kind: str = "offset"     # offset: rows shown so far | page: the next page number
    value: int = 0           # | cursor: the last row's id (crawler/cursor_rows.py), in `cursor`
    cursor: str = ""

    def request(self) -> PageRequest:
        """The call asking for `value`, in its query (GET) or form (POST), or in its URL
        template's `{}` (no field: a page file the handler names by its counter)."""
        assert self.call is not None
        if not self.field:
            return replace(self.call, url=self.call.url.format(self.value))
        value = self.cursor if self.kind == "cursor" else str(self.value)
        form = [(k, value if k == self.field else v) for k, v in self.call.formdata]
        if self.field not in dict(form):
            form.append((self.field, value))
        if self.call.method == "POST":
            return replace(self.call, formdata=tuple(form), page_field=None)
        parts = urlsplit(self.call.url)
        query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                 if k not in dict(form)] + form
        return replace(self.call, url=urlunsplit(parts._replace(query=urlencode(query))),
                       formdata=(), page_field=None)

    def following(self, rows: int) -> LoadMore:
        """The next ask after an answer of `rows` rows."""
        return replace(self, value=self.value + (rows if self.kind == "offset" else 1))

    def after(self, last_id: str) -> LoadMore:
        """The next ask of a cursor chain: after the row `last_id`."""
        return replace(self, cursor=last_id)


def may_load_more(text: str) -> bool:
    """Whether the page's text holds a load-more word or class at all (most listings do not:
    their nodes are then never walked)."""
    lowered = text.lower()
    return (any(word in text for word in LOAD_MORE_WORDS)
            or any(word in lowered for word in LOAD_MORE_CLASS_WORDS))


def load_more_controls(selector: Selector) -> list[Control]:
    """The page's load-more controls: a link, button or block whose short text says 加载更多
    / 查看更多 (LOAD_MORE_WORDS) or whose class or id is a load-more one, leading nowhere by
    itself (no href, `javascript:`, `#`): a 更多 link to the full column is a page, not this."""
    found = []
    for node in selector.xpath(CONTROL_XPATH):
        label = re.sub(r"\s+", "", node.xpath("string(.)").get() or node.attrib.get("value", ""))
        names = f"{node.attrib.get('class', '')} {node.attrib.get('id', '')}".lower()
        worded = (len(label) <= MAX_LABEL_CHARS and any(w in label for w in LOAD_MORE_WORDS)
                  and not _inside_control(node))
        classed = any(word in names for word in LOAD_MORE_CLASS_WORDS)
        if not (worded or classed) or absolute_url("http://x/", node.attrib.get("href")):
            continue
        found.append(Control(label, control_hooks(node), tuple(node.attrib.items())))
    return [c for i, c in enumerate(found) if c not in found[:i]]


def _inside_control(node: Selector) -> bool:
    """A block holding a link or button with the words, or inside one: that one is the
    control (a row `<li><a href=…>查看更多政策</a></li>` is a link's, never a control)."""
    if node.root.tag in ("a", "button", "input"):
        return False
    return bool(node.xpath("ancestor::a | ancestor::button | .//a | .//button | .//*[@onclick]"))


def control_hooks(node: Selector) -> tuple[str, ...]:
    """Regexes of how a script names the control: its classes and id in a selector string,
    getElementById, the functions its click attribute calls (where they are defined: a
    function, a property, a Vue/object method `loadMore() {`)."""
    hooks = [rf"""['"][^'"]*\.{re.escape(cls)}(?![\w-])"""
             for cls in node.attrib.get("class", "").split()]
    if node_id := node.attrib.get("id"):
        hooks += [rf"""['"][^'"]*#{re.escape(node_id)}(?![\w-])""",
                  rf"""getElementById\(\s*['"]{re.escape(node_id)}['"]"""]
    names = [name for attr in CLICK_ATTRS
             for name in CLICK_NAME_RE.findall(node.attrib.get(attr, "").strip())]
    for name in dict.fromkeys(names):
        hooks += [rf"\bfunction\s+{re.escape(name)}\s*\(",
                  rf"(?<![\w$.]){re.escape(name)}\s*[:=]\s*(?:async\s+)?function\b",
                  rf"(?<![\w$.]){re.escape(name)}\s*\([^()]*\)\s*\{{"]
    return tuple(hooks)


def handler_blocks(control: Control, scripts: Iterable[str]) -> list[tuple[str, str]]:
    """(handler, script) for each place a script (an inline block, a file) names the control
    and asks the server there: the HANDLER_CHARS after the naming, and the bodies of the
    functions it calls that the script defines (`click(loadMore)`). A page-wide script's
    other requests (a weather widget's) are not the control's."""
    found = []
    for text in scripts:
        for hook in control.hooks:
            for match in re.finditer(hook, text):
                handler = handler_code(text[match.start():match.end() + HANDLER_CHARS])
                handler += "".join(called_bodies(handler, text))
                if REQUEST_RE.search(handler):
                    found.append((handler, text))
    return found


def called_bodies(handler: str, text: str) -> list[str]:
    """The bodies (HANDLER_CHARS) of the functions `handler` names that `text` defines."""
    bodies = []
    for name in dict.fromkeys(CALLED_NAME_RE.findall(handler)):
        for head in (rf"\bfunction\s+{re.escape(name)}\s*\(",
                     rf"(?<![\w$.]){re.escape(name)}\s*[:=]\s*function\b"):
            defined = re.search(head, text)
            if defined:
                bodies.append("\n" + own_body(text[defined.start():
                                                   defined.end() + HANDLER_CHARS]))
                break
    return bodies


def handler_code(code: str) -> str:
    """The handler in `code` (from where a script names the control, HANDLER_CHARS long): up to
    the brace closing the first function body it opens, or to the end of its statement when
    none opens before it (`.click(loadMore);`) — not the code that follows (a weather widget's
    request after it was read as the control's)."""
    brace, end = code.find("{"), code.find(";")
    if brace == -1 or -1 < end < brace:
        return code if end == -1 else code[:end + 1]
    return own_body(code)


def inline_scripts(selector: Selector) -> list[str]:
    return [text for text in selector.xpath("//script[not(@src)]/text()").getall() if text]


def load_more_of(control: Control, blocks: list[tuple[str, str]], page_text: str, url: str,
                 shown: int) -> LoadMore | None:
    """How `control` asks for more rows: its data-* URL, else the first API call of a handler
    block with an offset or page parameter (names resolved over `page_text` and the blocks).
    LoadMore with no call when a handler asks the server unreadably; None when nothing names
    a request (a control that only shows rows already on the page). `blocks` are
    handler_blocks' (handler, the script holding it)."""
    attrs = dict(control.attrs)
    target = next((attrs[a] for a in URL_ATTRS if attrs.get(a)), "")
    base = page_base(page_text, url)   # a script's URLs too resolve against the document's base
    if target:
        return attribute_load_more(control, urljoin(base, target), shown)
    if not blocks:
        return None
    whole = "\n".join([page_text, *dict.fromkeys(script for _, script in blocks)])
    for block, _ in blocks:
        known = {word: value for word in set(IDENT_RE.findall(block))
                 if (value := js_value(word, whole))}
        for call in api_calls(block, base, known=known):
            found = call_load_more(control, call, shown_in(block, page_text, shown))
            if found:
                return found
        if found := counter_load_more(control, block, whole, base):
            return found
    return LoadMore(control, None)


def counter_load_more(control: Control, block: str, whole: str, url: str) -> LoadMore | None:
    """A handler naming the next page's file by a counter it steps (`page++;
    $.get('list_' + page + '.html')`): that URL template, asked from the counter's first
    value plus one (the value itself when the step comes after the request)."""
    request = REQUEST_RE.search(block)
    for at, name in counter_steps(block):
        template = body_template(block, name, whole, url)
        if template and "{}" in template:
            start = js_value(name, whole)
            after = bool(request and request.start() < at)
            first = (int(start) + (0 if after else 1)) if start.isdigit() else 2
            return LoadMore(control, PageRequest(template, answer="json"), "", "page", first)
    return None


def counter_steps(block: str) -> Iterator[tuple[int, str]]:
    """Where each counter step in `block` starts, and the name it steps, in order."""
    for match in COUNTER_RE.finditer(block):
        if match["pre"]:
            yield match.start(), match["pre"]
        elif match["post"]:
            yield match.start("post"), match["post"]
        elif match["lhs"].endswith(match["rhs"]):
            yield match.end("lhs") - len(match["rhs"]), match["rhs"]


def call_load_more(control: Control, call: PageRequest, shown: int) -> LoadMore | None:
    """The call's offset parameter (asked from the rows shown), page parameter (asked from
    the page after its first) or cursor (asked from the script's own starting value)."""
    keys = [k for k, _ in call.formdata] + [k for k, _ in parse_qsl(
        urlsplit(call.url).query, keep_blank_values=True)]
    offset = next((k for k in keys if k in OFFSET_PARAMS), None)
    if offset:
        return LoadMore(control, call, offset, "offset", shown)
    page = call.page_field or next((k for k in keys if k in PAGE_PARAMS), None)
    if page:
        return LoadMore(control, call, page, "page", call.first + 1)
    if cursor := cursor_param(keys):   # asked first as the script does (var lastId = 0)
        start = dict([*parse_qsl(urlsplit(call.url).query), *call.formdata]).get(cursor, "")
        return LoadMore(control, call, cursor, "cursor", cursor=start)
    return None


def attribute_load_more(control: Control, target: str, shown: int) -> LoadMore:
    """A control naming its URL in data-* (`data-url="/more.do?cid=3" data-page="1"`): the
    offset or page parameter its URL carries, else the one its data-* value names."""
    call = PageRequest(target, answer="json")
    found = call_load_more(control, call, shown)
    if found:
        return found
    attrs = dict(control.attrs)
    name = next((a for a in VALUE_ATTRS if attrs.get(a, "").isdigit()), "data-page")
    field = {"pageno": "pageNo", "pagenum": "pageNum", "page-no": "pageNo",
             "current": "page"}.get(name[5:], name[5:])
    if field in OFFSET_PARAMS:
        return LoadMore(control, call, field, "offset", int(attrs.get(name) or shown) or shown)
    return LoadMore(control, call, field, "page", 2)


def shown_in(block: str, page_text: str, default: int) -> int:
    """The rows the handler counts as shown (`$("ul.submenu>li").size()`), counted on the
    page; `default` (the listing's rows) when it counts none the page's CSS can select."""
    for rx in ROW_COUNT_RES:
        for match in rx.finditer(block):
            try:
                count = len(Selector(text=page_text).css(match["css"]))
            except ValueError:   # a jQuery-only selector (:visible, :eq)
                continue
            if count:
                return count
    return default
