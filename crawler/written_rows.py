"""Rows a listing writes with `document.write`: the HTML an inline script writes, put where
the script stands, so the rows are read as any listing's.

A TRS template that cuts a long title in a script writes the whole row link:
`<li><script>var str_t = "某县2024年法治政府建设工作报告"; var str_s = str_t.length > 22 ?
str_t.substring(0, 22) + "…" : str_t; document.write("<a href=\\"./202503/t1.html\\" title=\\"" +
str_t + "\\">" + str_s + "</a>");</script><span class="date">2025-03-17</span></li>`: the page's
HTML holds no `<a>`, only the script's string. Read without running the script: the arguments
of `document.write(…)` / `document.writeln(…)` that are string literals and names joined by
`+`, each name the string expression it is assigned in the same script (a name assigned
anything else, `str_s` above, writes nothing: the link's title attribute holds the title). A
script whose call is anything else (`new Date().getFullYear()`) stays as it is.

Pure functions of a page's text (patterns are data, below); the spider side is
crawler/families/base.py (`parse_listing`).
"""

from __future__ import annotations

import re

from scrapy.http import HtmlResponse, TextResponse

from crawler.mark_chain import MarkChain

# --- patterns (data) ----------------------------------------------------------------------------
WRITE_MARK = "document.write"
# `<script …>…</script>`: its attributes to the first `>`, its code to the first `</script>`,
# each mark searched once (a lazy regex read to the page's end from each unclosed <script).
INLINE_SCRIPT_RE = MarkChain((r"<script\b", ">", r"</script\s*+>"), ("attrs", "code"),
                             re.IGNORECASE)
WRITE_CALL_RE = re.compile(r"document\s*\.\s*write(?:ln)?\s*\(")
# `var x = <expr>;` (let, const, or none): the expression up to the statement's end.
ASSIGN_RE = re.compile(r"(?:\b(?:var|let|const)\s+)?(?<![\w$.])(?P<name>[A-Za-z_$][\w$]*)\s*=(?!=)"
                       r"\s*(?P<expr>[^;\n]*)")
# One piece of a string expression: a quoted literal (with escapes) or a name, and the spaces
# after it. Linear as a search too (issue 13): the spaces before a piece are passed first
# (SPACES_RE), not read again from each of their characters; and a quote after a backslash
# opens nothing (escaped, it is inside a literal; a piece starts after `(`, `+` or a space),
# so an unclosed literal is read to its end once, not again from each escaped quote in it.
SPACES_RE = re.compile(r"\s*+")
PIECE_RE = re.compile(r"""(?:(?<!\\)"(?P<d>(?:\\.|[^"\\])*)"|(?<!\\)'(?P<s>(?:\\.|[^'\\])*)'"""
                      r"""|(?P<name>[A-Za-z_$][\w$]*))\s*""", re.DOTALL)
ESCAPE_RE = re.compile(r"\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)", re.DOTALL)
ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "b": "", "f": "", "v": "", "0": ""}
WRITTEN_LINK = "<a "   # a script's writing changes the listing only when it writes a link


def written_page(response: TextResponse) -> TextResponse:
    """The listing page with its inline scripts' `document.write` output in their place (the
    same URL and request), or the response as it is when no script writes a link."""
    if not isinstance(response, HtmlResponse) or WRITE_MARK not in response.text:
        return response
    text = written_html(response.text)
    if text is None:
        return response
    return response.replace(body=text.encode("utf-8"), encoding="utf-8")


def written_html(text: str) -> str | None:
    """`text` with each inline script that writes a link replaced by what it writes; None
    when no script does."""
    changed = False

    def replace(match: re.Match[str]) -> str:
        nonlocal changed
        if "src" in match["attrs"].lower() or WRITE_MARK not in match["code"]:
            return match[0]
        written = script_writes(match["code"])
        if written is None or WRITTEN_LINK not in written.lower():
            return match[0]
        changed = True
        return written

    result = INLINE_SCRIPT_RE.sub(replace, text)
    return result if changed else None


def script_writes(code: str) -> str | None:
    """What a script's `document.write` calls write, in order; None when a call's argument
    is not a string expression."""
    known: dict[str, str] = {}
    for match in ASSIGN_RE.finditer(code):
        value = string_expr(match["expr"].strip(), known)
        if value is not None:
            known[match["name"]] = value
    written = []
    for call in WRITE_CALL_RE.finditer(code):
        value = _argument(code, call.end(), known)
        if value is None:
            return None
        written.append(value)
    return "".join(written) if written else None


def string_expr(expr: str, known: dict[str, str]) -> str | None:
    """The value of literals and names joined by `+` (a name not known writes ""); None when
    `expr` is anything else."""
    value, pos = _pieces(expr, 0, known)
    return value if value is not None and pos == len(expr) else None


def _argument(code: str, start: int, known: dict[str, str]) -> str | None:
    value, pos = _pieces(code, start, known)
    return value if value is not None and code[pos:pos + 1] == ")" else None


def _pieces(code: str, pos: int, known: dict[str, str]) -> tuple[str | None, int]:
    parts: list[str] = []
    while True:
        spaces = SPACES_RE.match(code, pos)   # always a match, empty when no space follows
        match = PIECE_RE.match(code, spaces.end() if spaces else pos)
        if not match:
            return None, pos
        literal = match["d"] if match["d"] is not None else match["s"]
        parts.append(_unescape(literal) if literal is not None
                     else known.get(match["name"], ""))
        pos = match.end()
        if code[pos:pos + 1] != "+":
            return "".join(parts), pos
        pos += 1


def _unescape(literal: str) -> str:
    def one(match: re.Match[str]) -> str:
        code = match[1]
        if len(code) > 1:   # \uXXXX, \xXX
            return chr(int(code[1:], 16))
        return ESCAPES.get(code, code)

    return ESCAPE_RE.sub(one, literal)
