"""Round 23's portals 4 and 5 (PHPCMS split articles, a bare-domain alias)."""

from __future__ import annotations

from model import Item, Out, Place, article_html, make_items, page_shell
from portals import row, trs_path


def content_pager(base: str, page: int, count: int) -> str:
    """PHPCMS's article pager: `<id>.html`, `<id>_2.html`, … with 上一页/下一页."""
    def href(n: int) -> str:
        return f"{base}.html" if n == 1 else f"{base}_{n}.html"
    parts = [f'<a class="a1" href="{href(max(page - 1, 1))}">上一页</a>']
    parts += [f"<span>{n}</span>" if n == page else f'<a href="{href(n)}">{n}</a>' for n in range(1, count + 1)]
    parts.append(f'<a class="a1" href="{href(min(page + 1, count))}">下一页</a>')
    return '<div id="pages" class="text-c">' + " ".join(parts) + "</div>\n"


def split_at(paras: list[str], starts: tuple[str, ...]) -> list[list[str]]:
    """Cut a report's paragraphs before each paragraph starting with one of `starts`."""
    cuts = [i for i, x in enumerate(paras) if x.startswith(starts)]
    bounds = [0, *cuts, len(paras)]
    return [paras[a:b] for a, b in zip(bounds, bounds[1:], strict=False) if b > a]


SPLITS = {2025: ("三、",), 2024: ("二、", "四、"), 2023: ("（三）",)}


def pengyang() -> Out:
    """A PHPCMS site: column `/html/zwgk/fzzfjs/index.html` + `2.html` (7/7 rows, 下一页). Three
    reports are paginated articles (`<id>.html`, `<id>_2.html`, `<id>_3.html`, a `div#pages`
    pager with 上一页/1 2 3/下一页): 2025 cut before 三、, 2024 before 二、 and 四、, 2023 before
    both （三） (mid-measures and mid-plans). Expected: each report whole (sections 11) at its first page."""
    p = Place("pengyang", "芃阳县", "芃阳县人民政府", "宁夏回族自治区", "640499", "county", "generic",
              "www.pengyang.gov.cn", "中共芃阳县委、芃阳县人民政府：", [2021, 2022, 2023, 2024, 2025])
    out, items = Out(p), make_items(p)
    col = "/html/zwgk/fzzfjs/"
    for n, it in enumerate(items):
        base = f"{col}{it.date[:4]}/{it.date[5:7]}{it.date[8:]}/{1200 + n * 11}"
        it.url = f"http://{p.host}{base}.html"
        parts = split_at(it.paras, SPLITS[it.year]) if it.is_report and it.year in SPLITS else [it.paras]
        for i, chunk in enumerate(parts, 1):
            pager = content_pager(base, i, len(parts)) if len(parts) > 1 else ""
            name = f"{base}.html" if i == 1 else f"{base}_{i}.html"
            out.add(p.host, name, article_html(p, it, "法治政府建设", chunk, pager))
    for page in (1, 2):
        chunk = items[(page - 1) * 7: page * 7]
        rows = "\n".join(row(it.url.replace(f"http://{p.host}", ""), it) for it in chunk)
        nxt = '<a href="2.html" class="a1">下一页</a>' if page == 1 else '<a href="index.html" class="a1">上一页</a>'
        pager = (f'<div id="pages" class="text-c"><a class="a1">{len(items)}条</a> '
                 + ("<span>1</span> <a href=\"2.html\">2</a> " if page == 1 else '<a href="index.html">1</a> <span>2</span> ')
                 + nxt + "</div>")
        out.add(p.host, col + ("index.html" if page == 1 else "2.html"),
                page_shell(p, "法治政府建设", "法治政府建设", f'<ul class="list">\n{rows}\n</ul>\n{pager}'))
    out.items = items
    return out


def qishan() -> Out:
    """A TRS column registered on `www.qishan.gov.cn` whose template writes the site's configured
    domain without `www.`: page 1's rows are relative (the 2025 report, four non-reports), but its 下一页/尾页 and every
    row of pages 2–3 are absolute `http://qishan.gov.cn/zwgk/fzzfjsndbg/…` (the bare domain serves
    the same site). Pages `index.html`, `index_1.html`, `index_2.html` (5/5/4 rows)."""
    p = Place("qishan", "萁山县", "萁山县人民政府", "山西省", "140899", "county", "trs",
              "www.qishan.gov.cn", "县委、县人民政府：", [2020, 2021, 2022, 2023, 2024, 2025])
    out, items = Out(p), make_items(p)
    bare = "qishan.gov.cn"
    col = "/zwgk/fzzfjsndbg/"
    for page in range(3):
        chunk = items[page * 5: page * 5 + 5]
        host = p.host if page == 0 else bare
        rows = []
        for n, it in enumerate(chunk):
            path = trs_path(col, it, page * 5 + n)
            it.url = f"http://{host}{path}"
            rows.append(row("./" + path[len(col):] if page == 0 else it.url, it))
            out.add(host, path, article_html(p, it, "法治政府建设年度报告"))
        name = "index.html" if page == 0 else f"index_{page}.html"
        links = []
        if page > 0:
            links.append(f'<a href="http://{bare}{col}index.html">首页</a>')
            links.append(f'<a href="http://{bare}{col}{"index.html" if page == 1 else "index_1.html"}">上一页</a>')
        if page < 2:
            links.append(f'<a href="http://{bare}{col}index_{page + 1}.html">下一页</a>')
            links.append(f'<a href="http://{bare}{col}index_2.html">尾页</a>')
        pager = f'<div class="page">共{len(items)}条 第{page + 1}/3页 ' + " ".join(links) + "</div>"
        out.add(host, col + name, page_shell(p, "法治政府建设年度报告", "法治政府建设年度报告",
                                             '<ul class="list">\n' + "\n".join(rows) + "\n</ul>\n" + pager))
    # the bare domain answers the column's first page too (the same site)
    out.add(bare, col + "index.html", out.files[(p.host, col.lstrip("/") + "index.html")])
    out.items = items
    return out


__all__ = ["Item", "pengyang", "qishan"]
