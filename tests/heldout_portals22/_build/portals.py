"""The five round-22 portals: each function writes one site and its expected.json/portal.toml."""

from __future__ import annotations

import html
import json
from collections.abc import Callable

from build import PER_PAGE, ROOT, Item, article_main, expected, finish, items, write
from furniture import page

ALL = ["juexi", "tanao", "jitang", "tiaogang", "lingqu"]
COLUMN = "法治政府建设年度报告"


def rows(its: list[Item], link: Callable[[Item], str]) -> str:
    lis = "\n".join(f'<li><a href="{link(it)}" target="_blank" title="{html.escape(it.title)}">'
                    f'{html.escape(it.title)}</a><span class="date">{it.date}</span></li>' for it in its)
    return f'<ul class="list">\n{lis}\n</ul>'


def pages_of(its: list[Item]) -> list[list[Item]]:
    return [its[i:i + PER_PAGE] for i in range(0, len(its), PER_PAGE)]


def listing_main(chunk: list[Item], link: Callable[[Item], str], pager: str) -> str:
    return (f'<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; {COLUMN}</div>'
            f'<h2 class="coltitle">{COLUMN}</h2>{rows(chunk, link)}<div class="pager">{pager}</div>')


def toml(slug: str, name: str, code: str, level: str, province: str, start: str) -> dict:
    return {"slug": slug, "name": name, "division_code": code, "level": level,
            "province": province, "family": "trs", "start_urls": [start]}


def simple_site(slug: str, host: str, site: str, col: str, its: list[Item], *,
                link: Callable[[Item], str], pager: Callable[[int, int], str],
                page_name: Callable[[int], str], **kw: object) -> None:
    """Listing pages and article pages; `kw` goes to furniture.page (head_extra, href...)."""
    out = ROOT / slug / "site" / host
    chunks = pages_of(its)
    for n, chunk in enumerate(chunks):
        write(out / (col + page_name(n)).lstrip("/"),
              page(site, COLUMN, listing_main(chunk, link, pager(n, len(chunks))), column=COLUMN, **kw))
    for it in its:
        write(out / it.path(col).lstrip("/"),
              page(site, it.title, article_main(site, it, COLUMN), column=COLUMN, pub=it.date, **kw))


def juexi() -> None:
    """<base href> to the site root, written after a >4096-character inline script in <head>;
    every link (rows, pager, nav) is relative to that base, not to the page."""
    host, col = "www.juexi.gov.cn", "/zwgk/fzzfjs/"
    its = items("蕨溪县", [2020, 2021, 2022, 2023, 2024], 3301)
    menu = [{"id": i, "name": f"栏目{i}", "url": f"zwgk/col{i}/index.html", "children":
             [{"id": i * 100 + j, "name": f"子栏目{j}", "url": f"zwgk/col{i}/sub{j}/"} for j in range(8)]}
            for i in range(1, 13)]
    head = (f"<script>var siteMenu = {json.dumps(menu, ensure_ascii=False)};\n"
            "function drawMenu(m){return m.length;}</script>\n"
            f'<base href="http://{host}/">')
    simple_site("juexi", host, "蕨溪县人民政府", col, its, head_extra=head,
                href=lambda p: p.lstrip("/"),
                link=lambda it: it.path(col).lstrip("/"),
                page_name=lambda n: "index.html" if n == 0 else f"index_{n}.html",
                pager=lambda n, t: " ".join(f'<a href="{col.lstrip("/")}{"index.html" if k == 0 else f"index_{k}.html"}">{k + 1}</a>'
                                            for k in range(t)) + f" 共{t}页")
    exp = expected(host, col, its, "<base href> after a long head script: links resolve against the site root",
                   column=f"http://{host}{col}index.html")
    finish("juexi", toml("juexi", "蕨溪县人民政府", "431598", "county", "湖南省",
                         f"http://{host}{col}index.html"), exp)


def tanao() -> None:
    """Rate limiting: list_2.html answers 429 (Retry-After: 2) twice, one report article once."""
    host, col = "www.tanao.gov.cn", "/xxgk/fzzf/"
    its = items("檀坳区", [2021, 2022, 2023, 2024, 2025], 5120)
    simple_site("tanao", host, "檀坳区人民政府", col, its,
                link=lambda it: "./" + it.path(col)[len(col):],
                page_name=lambda n: "list.html" if n == 0 else f"list_{n + 1}.html",
                pager=lambda n, t: (f'<a href="list_{n + 2}.html">下一页</a>' if n + 1 < t else "")
                + (f' <a href="{"list.html" if n == 1 else f"list_{n}.html"}">上一页</a>' if n else ""))
    out = ROOT / "tanao" / "site" / host
    write(out / "_429.html", "<html><head><title>429 Too Many Requests</title></head><body>"
          "<h1>访问过于频繁，请稍后再试</h1></body></html>")
    rep = next(it for it in its if it.why == "report" and it.year == 2022)
    rules = {"first": {f"{col}list_2.html": {"times": 2, "status": 429, "body": "_429.html",
                                             "headers": {"Retry-After": "2"}},
                       rep.path(col): {"times": 1, "status": 429, "body": "_429.html",
                                       "headers": {"Retry-After": "1"}}}}
    write(out / "_replay.json", json.dumps(rules, indent=2))
    exp = expected(host, col, its, "429 with Retry-After on page 2 (twice) and on the 2022 report (once)",
                   column=f"http://{host}{col}list.html")
    finish("tanao", toml("tanao", "檀坳区人民政府", "450297", "district", "广西壮族自治区",
                         f"http://{host}{col}list.html"), exp)


def jitang() -> None:
    """Template whitespace in hrefs: line breaks and tabs around (and inside) relative links,
    a leading space before an absolute URL, protocol-relative links. Browsers strip them all."""
    host, col = "www.jitang.gov.cn", "/zwgk/fzzfjsbg/"

    def link(it: Item) -> str:
        rel = it.path(col)[len(col):]
        return ["\n\t\t\t\t./" + rel + "\n\t\t\t", f" http://{host}{it.path(col)}",
                f"//{host}{it.path(col)}", "./" + rel.replace("/", "/\n\t\t\t\t", 1)][it.doc % 4]
    its = items("芰塘县", [2020, 2021, 2022, 2023, 2024, 2025], 8812)
    simple_site("jitang", host, "芰塘县人民政府", col, its, link=link,
                page_name=lambda n: "index.html" if n == 0 else f"index_{n}.html",
                pager=lambda n, t: " ".join(f'<a href="\n\t\t\t{"index.html" if k == 0 else f"index_{k}.html"}\n\t\t">{k + 1}</a>'
                                            for k in range(t)))
    exp = expected(host, col, its, "hrefs with template whitespace (newlines, tabs, a leading space) and //host links",
                   column=f"http://{host}{col}index.html")
    finish("jitang", toml("jitang", "芰塘县人民政府", "360798", "county", "江西省",
                          f"http://{host}{col}index.html"), exp)


def tiaogang() -> None:
    """The registered column answers 200 with only an HTTP `Refresh: 0; url=…` header (an old
    IIS/ASP redirect): the body is a text notice without a link."""
    host, old, col = "www.tiaogang.gov.cn", "/zwgk/fzzfndbg/", "/zfxxgk/fdzdgknr/fzzfjs/"
    its = items("苕岗县", [2021, 2022, 2023, 2024], 6604)
    simple_site("tiaogang", host, "苕岗县人民政府", col, its,
                link=lambda it: "./" + it.path(col)[len(col):],
                page_name=lambda n: "index.html" if n == 0 else f"index_{n}.html",
                pager=lambda n, t: (f'<a href="index_{n + 1}.html">下一页</a>' if n + 1 < t else "")
                + (f' <a href="{"index.html" if n == 1 else f"index_{n - 1}.html"}">上一页</a>' if n else ""))
    out = ROOT / "tiaogang" / "site" / host
    write(out / old.lstrip("/") / "index.html", page(
        "苕岗县人民政府", "栏目调整", '<div class="notice"><p>本栏目已调整至“法定主动公开内容 &gt; '
        '法治政府建设”，页面正在跳转，请稍候……</p></div>', href=lambda p: p))
    target = f"http://{host}{col}index.html"
    rules = {"headers": {old: {"Refresh": f"0; url={target}"},
                         f"{old}index.html": {"Refresh": f"0; url={target}"}}}
    write(out / "_replay.json", json.dumps(rules, indent=2))
    exp = expected(host, col, its, "registered column answers 200 with a Refresh header to the moved column",
                   column=target)
    finish("tiaogang", toml("tiaogang", "苕岗县人民政府", "520397", "county", "贵州省",
                            f"http://{host}{old}"), exp)


def lingqu() -> None:
    """Pages saved as UTF-8 with a BOM, still declaring `charset=gb2312` in <meta>; the server
    sends `Content-Type: text/html` with no charset. A browser decodes by the BOM."""
    host, col = "www.lingqu.gov.cn", "/xxgk/fzzfjs/"
    its = items("菱衢市", [2020, 2021, 2022, 2023, 2024], 2047)
    simple_site("lingqu", host, "菱衢市人民政府", col, its, charset="gb2312",
                link=lambda it: it.path(col),
                page_name=lambda n: "index.html" if n == 0 else f"index_{n}.html",
                pager=lambda n, t: " ".join(f'<a href="{col}{"index.html" if k == 0 else f"index_{k}.html"}">{k + 1}</a>'
                                            for k in range(t)))
    out = ROOT / "lingqu" / "site" / host
    for f in out.rglob("*.html"):
        f.write_bytes(b"\xef\xbb\xbf" + f.read_bytes())
    write(out / "_replay.json", json.dumps({"headers": {"*.html": {"Content-Type": "text/html"}}}, indent=2))
    exp = expected(host, col, its, "UTF-8 pages with a BOM and a stale <meta charset=gb2312>, no HTTP charset",
                   column=f"http://{host}{col}index.html")
    finish("lingqu", toml("lingqu", "菱衢市人民政府", "330897", "prefecture", "浙江省",
                          f"http://{host}{col}index.html"), exp)
