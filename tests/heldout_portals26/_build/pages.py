"""Listing pieces shared by round 26's portals: row lists, rendered pagers, site records."""

from __future__ import annotations

from html import escape


def site(name: str, place: str, code: str, province: str, level: str, division: str,
         salutation: str) -> dict:
    return {"name": name, "place": place, "code": code, "province": province, "level": level,
            "division": division, "salutation": salutation, "editor": "王" + place[:1],
            "icp": f"{province[:1]}ICP备{division[:6]}号-1",
            "gongan": f"{province[:1]}公网安备 {division}02000{len(name)}号"}


def ul_rows(rows: list[tuple[str, dict]]) -> str:
    """`<ul>` rows: (href, item) with the title in title= and the date in a span."""
    lines = [f'<li><a href="{href}" target="_blank" title="{escape(item["title"])}">'
             f'{escape(item["title"])}</a><span class="date">{item["date"]}</span></li>'
             for href, item in rows]
    return '<ul class="news-list">\n' + "\n".join(lines) + "\n</ul>"


def page_name(index: int) -> str:
    return "index.html" if index == 0 else f"index_{index}.html"


def rendered_pager(index: int, pages: int, total: int) -> str:
    """首页/上一页/下一页/尾页 as real links (TRS static pages index.html, index_1.html, …)."""
    parts = [f"<span>共{total}条 第{index + 1}/{pages}页</span>"]
    if index > 0:
        parts += [f'<a href="{page_name(0)}">首页</a>', f'<a href="{page_name(index - 1)}">上一页</a>']
    else:
        parts += ["<span>首页</span>", "<span>上一页</span>"]
    if index < pages - 1:
        parts += [f'<a href="{page_name(index + 1)}">下一页</a>',
                  f'<a href="{page_name(pages - 1)}">尾页</a>']
    else:
        parts += ["<span>下一页</span>", "<span>尾页</span>"]
    return '<div class="pager">' + " ".join(parts) + "</div>"


def chunks(items: list, size: int) -> list[list]:
    return [items[i:i + size] for i in range(0, len(items), size)]


def trs_path(folder: str, item: dict) -> str:
    """A TRS article path: <folder>YYYYMM/tYYYYMMDD_<id>.html."""
    ymd = item["date"].replace("-", "")
    return f"{folder}{ymd[:6]}/t{ymd}_{item['id']}.html"
