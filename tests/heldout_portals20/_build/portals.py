"""Round 20's five portals: each function writes its folder (pages, expected.json, portal.toml)."""

from __future__ import annotations

import html

import furniture as F
from model import Item, Place, article_html, article_page, items_for, report_pdf, write

YEARS = [2020, 2021, 2022, 2023, 2024]


def listing(p: Place, rows: str, pager: str, charset: bool = True) -> str:
    main = (f'<div class="side"><h3>{p.column}</h3></div><div class="list">'
            f'<h3 class="lm">{p.column}</h3>\n{rows}\n<div class="pager">{pager}</div></div>')
    return F.page(p.gov, p.name, p.column, p.column, main, F.meta(p.column, "", p.gov, p.column),
                  charset)


def toml(slug: str, p: Place, code: str, level: str, family: str, start: str, why: str) -> str:
    return (f"# Held-out round 20 (blind): {why}\nslug = \"{slug}\"\nname = \"{p.gov}\"\n"
            f"division_code = \"{code}\"\nlevel = \"{level}\"\nprovince = \"江西省\"\n"
            f"family = \"{family}\"\nstart_urls = [\"{start}\"]\n")


def split(items: list[Item], size: int) -> list[list[Item]]:
    return [items[i:i + size] for i in range(0, len(items), size)]


def tiaoling() -> None:
    """Report articles whose body is only <object data=….pdf><embed src=….pdf></object>."""
    p = Place("tiaoling", "苕岭县", "苕岭县人民政府", "县委、县人民政府：", "法治政府建设")
    host, col = "www.tiaoling.gov.cn", "zwgk/fzzfjs/"
    items = items_for(p, YEARS, pdf_years=(2020, 2021, 2023, 2024))
    files: dict[str, str | bytes] = {}
    exp: dict = {"reports": [], "skipped": [], "failures": []}
    for n, it in enumerate(items):
        ym, d = it.date[:7].replace("-", ""), it.date.replace("-", "")
        rel = f"{col}{ym}/t{d}_{3001 + n}.html"
        it.url = f"http://{host}/{rel}"
        if it.pdf:
            pdf_rel = f"{col}{ym}/P0{d}{552100 + n}.pdf"
            files[pdf_rel] = report_pdf(p, it)
            body = (f'<p style="text-align:center"><object data="./P0{d}{552100 + n}.pdf" '
                    f'type="application/pdf" width="100%" height="1100">\n<embed src="./P0{d}'
                    f'{552100 + n}.pdf" type="application/pdf" width="100%" height="1100">\n'
                    f"</object></p>")
            files[rel] = article_page(p, it, body)
            exp["reports"].append({"url": f"http://{host}/{pdf_rel}", "year": it.year,
                                   "title": it.title, "article": it.url})
            continue
        files[rel], entry = article_html(p, it)
        exp["reports" if it.kind == "report" else "skipped"].append(entry)
    pages = split(items, 8)
    for i, chunk in enumerate(pages):
        rows = "<ul>" + "".join(
            f'<li><a href="./{c.url.split(col)[1]}" target="_blank">{c.title}</a>'
            f"<span>{c.date}</span></li>" for c in chunk) + "</ul>"
        nxt = f'<a href="index_{i + 1}.html">下一页</a>' if i + 1 < len(pages) else ""
        prev = ("" if i == 0 else f'<a href="{"index.html" if i == 1 else f"index_{i - 1}.html"}">'
                "上一页</a>")
        files[f"{col}index{'' if i == 0 else f'_{i}'}.html"] = listing(
            p, rows, f"共{len(pages)}页 {prev} {nxt}")
    exp["notes"] = ("Four report articles have no text: the body is an <object data=…pdf> with an "
                    "<embed src=…pdf> inside (no <a> to the PDF); the report is the PDF (url), "
                    "its article page is `article`. The 2022 report is an HTML article.")
    exp["column"] = f"http://{host}/{col}"
    write("tiaoling", host, files, exp, toml("tiaoling", p, "360991", "county", "trs",
          f"http://{host}/{col}", "report articles whose body is only an <object>/<embed> PDF"))


def liaobin() -> None:
    """A JSP column whose links carry ;jsessionid= (URL rewriting on a first, cookieless visit)."""
    p = Place("liaobin", "蓼滨区", "蓼滨区人民政府", "区委、区人民政府：", "法治政府建设")
    host, sid = "www.liaobin.gov.cn", "8E4C1F0A9B27D3C65E11A0B4F7C2D981"
    items = items_for(p, YEARS)
    files: dict[str, str | bytes] = {}
    exp: dict = {"reports": [], "skipped": [], "failures": []}
    for n, it in enumerate(items):
        it.url = f"http://{host}/zwgk/fzzf/view.jsp?id={4100 + n}"
        page_html, entry = article_html(p, it)
        files[f"zwgk/fzzf/view.jsp@id={4100 + n}"] = page_html
        files[f"zwgk/fzzf/view.jsp;jsessionid={sid}@id={4100 + n}"] = page_html
        exp["reports" if it.kind == "report" else "skipped"].append(entry)
    pages = split(items, 7)
    newest = next(it for it in items if it.kind == "report")
    hot = (f'<div class="hot"><h4>热点信息</h4><a href="view.jsp?id={newest.url.split("=")[1]}">'
           f"{newest.title}</a></div>")
    for i, chunk in enumerate(pages):
        rows = "<ul>" + "".join(
            f'<li><a href="view.jsp;jsessionid={sid}?id={c.url.split("=")[1]}" '
            f'target="_blank">{c.title}</a><span>{c.date}</span></li>' for c in chunk) + "</ul>"
        links = " ".join(f'<a href="list.jsp;jsessionid={sid}?catid=117&amp;pageNo={k + 1}">'
                         f"{k + 1}</a>" for k in range(len(pages)))
        name = ("list.jsp@catid=117" if i == 0
                else f"list.jsp;jsessionid={sid}@catid=117&pageNo={i + 1}")
        files[f"zwgk/fzzf/{name}"] = listing(p, rows + (hot if i == 0 else ""),
                                             f"共{len(pages)}页 {links}")
    rules = {"headers": {"/zwgk/fzzf/list.jsp": {
        "Set-Cookie": f"JSESSIONID={sid}; Path=/; HttpOnly"}}}
    exp["notes"] = ("Tomcat URL rewriting: every row and pager link carries ;jsessionid=<id> in "
                    "its path; the same pages answer without it. The newest report is linked "
                    "bare in 热点信息 too. A report is one document at its URL without the "
                    "session id (a session id differs every crawl).")
    exp["column"] = f"http://{host}/zwgk/fzzf/list.jsp?catid=117"
    write("liaobin", host, files, exp, toml("liaobin", p, "360992", "district", "generic",
          exp["column"], "row and pager links carrying ;jsessionid="), rules)


def xingwan() -> None:
    """A table column: the title is plain text in a cell, the link is a 查看 button."""
    p = Place("xingwan", "荇湾县", "荇湾县人民政府", "县委、县人民政府：", "法治政府建设年度报告")
    host, col = "www.xingwan.gov.cn", "xxgk/fzzfjsbg/"
    items = items_for(p, [2021, 2022, 2023, 2024])
    files: dict[str, str | bytes] = {}
    exp: dict = {"reports": [], "skipped": [], "failures": []}
    for n, it in enumerate(items):
        it.url = f"http://{host}/xxgk/detail.jsp?id={7700 + n}"
        files[f"xxgk/detail.jsp@id={7700 + n}"], entry = article_html(p, it)
        exp["reports" if it.kind == "report" else "skipped"].append(entry)
    pages = split(items, 7)
    for i, chunk in enumerate(pages):
        rows = ('<table class="listtab"><tr><th>序号</th><th>标题</th><th>发布日期</th>'
                "<th>操作</th></tr>" + "".join(
                    f'<tr><td>{7 * i + k + 1}</td><td class="bt">{html.escape(c.title)}</td>'
                    f'<td>{c.date}</td><td><a href="/xxgk/detail.jsp?id={c.url.split("=")[1]}" '
                    f'class="btn" target="_blank">查看</a></td></tr>'
                    for k, c in enumerate(chunk)) + "</table>")
        nums = " ".join(f'<a href="list_{k + 1}.html">{k + 1}</a>' if k
                        else '<a href="index.html">1</a>' for k in range(len(pages)))
        files[f"{col}{'index' if i == 0 else f'list_{i + 1}'}.html"] = listing(
            p, rows, f"共{len(items)}条 {nums}")
    exp["notes"] = ("Rows are table rows: the title is the text of td.bt, the only link is a "
                    "查看 button in the last cell (/xxgk/detail.jsp?id=N); pages list_2.html.")
    exp["column"] = f"http://{host}/{col}index.html"
    write("xingwan", host, files, exp, toml("xingwan", p, "360993", "county", "generic",
          exp["column"], "table rows whose only link is a 查看 button"))


def hengbu() -> None:
    """Link texts cut by the template at 17 characters plus …, with no title attribute."""
    p = Place("hengbu", "蘅埠市", "蘅埠市人民政府", "省人民政府：", "法治政府")
    host = "www.hengbu.gov.cn"
    items = items_for(p, YEARS)
    files: dict[str, str | bytes] = {}
    exp: dict = {"reports": [], "skipped": [], "failures": []}
    for n, it in enumerate(items):
        y, m, d = it.date.split("-")
        rel = f"art/{y}/{int(m)}/{int(d)}/art_2231_{5500 + n}.html"
        it.url = f"http://{host}/{rel}"
        files[rel], entry = article_html(p, it)
        exp["reports" if it.kind == "report" else "skipped"].append(entry)
    pages = split(items, 7)
    for i, chunk in enumerate(pages):
        rows = '<ul class="list_list">' + "".join(
            f'<li><a href="/{c.url.split(host + "/")[1]}" target="_blank">'
            f'{c.title if len(c.title) <= 17 else c.title[:17] + "…"}</a><span>{c.date}</span></li>'
            for c in chunk) + "</ul>"
        nxt = f'<a href="index_{i + 2}.html">下页</a>' if i + 1 < len(pages) else ""
        files[f"col/col2231/{'index' if i == 0 else f'index_{i + 1}'}.html"] = listing(
            p, rows, f"第{i + 1}页/共{len(pages)}页 {nxt}")
    exp["notes"] = ("Link texts are cut at 17 characters plus … (蘅埠市人民政府关于2023年度法… "
                    "/ 蘅埠市人民政府2023年政府信息…), no title= attribute: the full title "
                    "is only on the article page (<h2>, ArticleTitle).")
    exp["column"] = f"http://{host}/col/col2231/index.html"
    write("hengbu", host, files, exp, toml("hengbu", p, "360994", "prefecture", "hanweb",
          exp["column"], "truncated link texts (…) without a title attribute"))


def jiantang() -> None:
    """The registered column 302s to its list carrying a ?token=; pager links keep the token."""
    p = Place("jiantang", "蒹塘县", "蒹塘县人民政府", "县委、县人民政府：", "法治政府建设")
    host, tok = "www.jiantang.gov.cn", "b7e2c94f01d35a86"
    items = items_for(p, [2020, 2021, 2022, 2023, 2024, 2025][1:])
    files: dict[str, str | bytes] = {}
    exp: dict = {"reports": [], "skipped": [], "failures": []}
    for n, it in enumerate(items):
        ym, d = it.date[:7].replace("-", ""), it.date.replace("-", "")
        rel = f"zwgk/fzzfjs/{ym}/t{d}_{6100 + n}.html"
        it.url = f"http://{host}/{rel}"
        files[rel], entry = article_html(p, it)
        exp["reports" if it.kind == "report" else "skipped"].append(entry)
    pages = split(items, 7)
    for i, chunk in enumerate(pages):
        rows = "<ul>" + "".join(
            f'<li><span>{c.date}</span><a href="/{c.url.split(host + "/")[1]}" '
            f'target="_blank">{c.title}</a></li>' for c in chunk) + "</ul>"
        nums = " ".join(f'<a href="list.html?token={tok}&amp;page={k + 1}">{k + 1}</a>'
                        for k in range(len(pages)))
        name = f"list.html@token={tok}" if i == 0 else f"list.html@token={tok}&page={i + 1}"
        files[f"zwgk/fzzfjs/{name}"] = listing(p, rows, f"共{len(pages)}页 {nums}")
    rules = {"redirect": {"/zwgk/fzzfjs/": f"http://{host}/zwgk/fzzfjs/list.html?token={tok}"}}
    exp["notes"] = ("The registered column /zwgk/fzzfjs/ answers 302 to list.html?token=…; "
                    "page links keep the token (list.html?token=…&page=2).")
    exp["column"] = f"http://{host}/zwgk/fzzfjs/"
    write("jiantang", host, files, exp, toml("jiantang", p, "360995", "county", "trs",
          exp["column"], "the column 302s to a ?token= list"), rules)
