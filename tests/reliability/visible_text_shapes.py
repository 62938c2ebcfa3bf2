"""Hostile page shapes around a report whose paragraphs are known: invalid bytes in the declared
encoding, unclosed tags, deep nesting, huge scripts and tables, pages of many megabytes.

Each shape returns (page bytes, content type, the paragraph markers a reader of the page sees).
"""

from __future__ import annotations

from collections.abc import Callable

TITLE = "某县2024年度法治政府建设情况报告"
SENTENCE = "我县深入推进法治政府建设，依法行政水平不断提升，各项工作取得新成效。"


def marker(index: int) -> str:
    return f"第{index}段"


def paragraphs(count: int, start: int = 0) -> str:
    return "".join(f"<p>{marker(i)}，{SENTENCE}</p>" for i in range(start, start + count))


def wrap(body: str, charset: str = "utf-8", head: str = "") -> str:
    return (f"<html><head><meta charset='{charset}'><title>{TITLE}</title>{head}</head><body>"
            f"<div class='TRS_Editor'><p>县委：</p>{body}<p>某县人民政府</p>"
            "<p>2025年3月18日</p></div></body></html>")


def stray_bytes(count: int, stray: bytes, charset: str) -> tuple[bytes, str, list[str]]:
    """A page in its declared charset with `stray` bytes after every 10th paragraph."""
    codec = {"utf-8": "utf-8", "gbk": "gb18030"}[charset]
    chunks = [wrap(paragraphs(0), charset).split("<p>某县人民政府")[0].encode(codec)]
    for index in range(count):
        chunks.append(f"<p>{marker(index)}，{SENTENCE}</p>".encode(codec))
        if index % 10 == 9:
            chunks.append(stray)
    chunks.append("<p>某县人民政府</p><p>2025年3月18日</p></div></body></html>".encode(codec))
    return b"".join(chunks), f"text/html; charset={charset}", [marker(i) for i in range(count)]


def unclosed(count: int, tags: str) -> tuple[bytes, str, list[str]]:
    opener = "".join(f"<{tag}>" for tag in tags.split())
    body = "".join(f"{opener}<p>{marker(i)}，{SENTENCE}</p>" for i in range(count))
    return wrap(body).encode(), "text/html; charset=utf-8", [marker(i) for i in range(count)]


def nested(depth: int, count: int = 20) -> tuple[bytes, str, list[str]]:
    body = "<div>" * depth + paragraphs(count) + "</div>" * depth
    return wrap(body).encode(), "text/html; charset=utf-8", [marker(i) for i in range(count)]


def huge_script(size: int, where: str = "body", count: int = 20) -> tuple[bytes, str, list[str]]:
    script = "<script>var data = '" + "x" * size + "';</script>"
    page = (wrap(paragraphs(count), head=script) if where == "head"
            else wrap(script + paragraphs(count)))
    return page.encode(), "text/html; charset=utf-8", [marker(i) for i in range(count)]


def huge_table(rows: int, count: int = 10) -> tuple[bytes, str, list[str]]:
    table = "<table>" + "".join(f"<tr><td>行{r}</td><td>{r * 7}件</td></tr>"
                                for r in range(rows)) + "</table>"
    page = wrap(paragraphs(count // 2) + table + paragraphs(count - count // 2, count // 2))
    visible = [marker(i) for i in range(count)] + [f"行{rows - 1}"]
    return page.encode(), "text/html; charset=utf-8", visible


def big_page(megabytes: float) -> tuple[bytes, str, list[str]]:
    """A report of real paragraphs filling `megabytes` of page."""
    one = len(f"<p>{marker(99999)}，{SENTENCE}</p>".encode())
    count = int(megabytes * 1024 * 1024 / one)
    return wrap(paragraphs(count)).encode(), "text/html; charset=utf-8", [
        marker(0), marker(count // 2), marker(count - 1)]


SHAPES: dict[str, Callable[..., tuple[bytes, str, list[str]]]] = {
    "stray_bytes": stray_bytes, "unclosed": unclosed, "nested": nested,
    "huge_script": huge_script, "huge_table": huge_table, "big_page": big_page,
}
