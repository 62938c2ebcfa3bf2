"""liaoxi (the report column reached only from a 专题 page, starting at the home page) and
shanmei (a column whose rows and pager link the bare domain of the portal's host)."""
from __future__ import annotations

import furniture
from common import (
    Item,
    article_html,
    finish,
    fresh,
    list_items,
    make_items,
    report_entry,
    skip_entry,
    write,
    write_stubs,
)

LIAOXI = {"name": "蓼溪区人民政府", "gov": "蓼溪区人民政府", "up": "庐江市人民政府", "head": "区长",
          "code": "3401920007", "icp": "皖ICP备09013346号", "ga": "皖公网安备34019202000231号",
          "source": "蓼溪区司法局", "editor": "汪雨", "division": "340199", "level": "district",
          "province": "安徽省", "family": "trs"}
SHANMEI = {"name": "杉湄县人民政府", "gov": "杉湄县人民政府", "up": "闽中市人民政府", "head": "县长",
           "code": "3507240019", "icp": "闽ICP备06031578号", "ga": "闽公网安备35072402000099号",
           "source": "杉湄县司法局", "editor": "林海燕", "division": "350799", "level": "county",
           "province": "福建省", "family": "trs"}
TOPICS = [("xxgcesd", "学习贯彻党的二十大精神"), ("fzzfjs", "法治政府建设"), ("yhyshj", "优化营商环境"),
          ("xczx", "乡村振兴"), ("wmcj", "全国文明城市创建")]


def _pager(count: int, current: int, href) -> str:
    """A rendered pager: 首页/上一页/下一页/尾页 and 共N页."""
    def link(text: str, n: int) -> str:
        return f'<a href="{href(n)}">{text}</a>' if 0 <= n < count and n != current else f"<span>{text}</span>"
    return (f'<div class="page">{link("首页", 0)} {link("上一页", current - 1)} '
            f'{link("下一页", current + 1)} {link("尾页", count - 1)} 共{count}页 当前第{current + 1}页</div>\n')


def _liaoxi_home(site: dict, host, news: list[Item]) -> None:
    news_rows = list_items(news, lambda it: "/ztzl/fzzfjs/gzdt/" + it.rel())
    body = ('<div class="banner"><a href="/ztzl/index.html">专题专栏</a></div>\n'
            '<div class="block"><h3>蓼溪要闻</h3><p class="empty">暂无信息</p></div>\n'
            '<div class="block"><h3>政务公开</h3><a href="/zwgk/index.html">更多&gt;&gt;</a></div>\n'
            '<div class="block zt"><h3><a href="/ztzl/index.html">专题专栏</a></h3>'
            + "".join(f'<a href="/ztzl/{slug}/index.html"><img src="/images/zt_{slug}.jpg" alt="{name}"></a>'
                      for slug, name in TOPICS[:3]) + "</div>\n")
    write(host / "index.html", furniture.page(site, "首页", "首页", "首页", body))
    topics = "".join(f'<li><a href="/ztzl/{slug}/index.html" target="_blank">{name}</a></li>'
                     for slug, name in TOPICS)
    write(host / "ztzl/index.html", furniture.page(site, "专题专栏", "专题专栏", "专题专栏",
                                                   f'<ul class="zt-list">{topics}</ul>\n'))
    for slug, name in TOPICS:
        if slug != "fzzfjs":
            write(host / f"ztzl/{slug}/index.html", furniture.page(
                site, name, name, f'<a href="/ztzl/index.html">专题专栏</a> &gt; {name}',
                f'<div class="zt-head">{name}</div><p class="empty">暂无信息</p>\n'))
    crumbs = '<a href="/ztzl/index.html">专题专栏</a> &gt; 法治政府建设'
    for it in news:
        write(host / "ztzl/fzzfjs/gzdt" / it.rel(), article_html(site, it, "工作动态", crumbs))
    write(host / "ztzl/fzzfjs/gzdt/index.html", furniture.page(
        site, "工作动态", "工作动态", crumbs, '<div class="column"><h3>工作动态</h3>' + news_rows + "</div>\n"))


def liaoxi() -> None:
    site = LIAOXI
    folder = fresh("liaoxi")
    host = folder / "site" / "www.liaoxi.gov.cn"
    base = "http://www.liaoxi.gov.cn/ztzl/fzzfjs/ndbg/"
    items = make_items(site["gov"], [2020, 2021, 2022, 2023, 2024], [0, 1, 2, 3, 5, 7, 8, 1], 52040)
    news = [Item(f"{site['gov']}召开{y}年度法治政府建设示范创建推进会", f"{y}-06-1{k}", 52090 + k,
                 why="not_a_report") for k, y in enumerate([2025, 2024, 2023])]
    _liaoxi_home(site, host, news)
    crumbs = '<a href="/ztzl/index.html">专题专栏</a> &gt; <a href="/ztzl/fzzfjs/index.html">法治政府建设</a> &gt; 年度报告'
    pages = [items[:7], items[7:]]
    for n, chunk in enumerate(pages):
        body = ('<div class="column"><h3>年度报告</h3>\n' + list_items(chunk, lambda it: "./" + it.rel())
                + _pager(len(pages), n, lambda k: "index.html" if k == 0 else f"index_{k}.html") + "</div>\n")
        write(host / "ztzl/fzzfjs/ndbg" / ("index.html" if n == 0 else f"index_{n}.html"),
              furniture.page(site, "年度报告", "年度报告", crumbs, body))
    for it in items:
        write(host / "ztzl/fzzfjs/ndbg" / it.rel(), article_html(site, it, "年度报告", crumbs))
    top = list_items(items[:3], lambda it: "./ndbg/" + it.rel())
    body = ('<div class="zt-head">法治政府建设专题</div>\n'
            '<div class="block"><h3>工作动态</h3><a class="more" href="./gzdt/index.html">更多&gt;&gt;</a>'
            + list_items(news, lambda it: "./gzdt/" + it.rel()) + "</div>\n"
            '<div class="block"><h3>年度报告</h3><a class="more" href="./ndbg/index.html">更多&gt;&gt;</a>'
            + top + "</div>\n")
    write(host / "ztzl/fzzfjs/index.html", furniture.page(
        site, "法治政府建设", "法治政府建设", '<a href="/ztzl/index.html">专题专栏</a> &gt; 法治政府建设', body))
    write_stubs(site, host)
    reports = [report_entry(base + it.rel(), it) for it in items if it.year]
    skipped = [skip_entry(base + it.rel(), it) for it in items if not it.year]
    skipped += [skip_entry("http://www.liaoxi.gov.cn/ztzl/fzzfjs/gzdt/" + it.rel(), it) for it in news]
    notes = ("Registered on the home page only: the report column /ztzl/fzzfjs/ndbg/ (2 pages, rendered "
             "下一页) is linked only from the 法治政府建设 专题 page, itself linked from 专题专栏 and a "
             "home-page banner image; the topic page also lists 工作动态 news")
    finish(folder, site, "http://www.liaoxi.gov.cn/", reports, skipped, notes, base + "index.html")


def shanmei() -> None:
    site = SHANMEI
    folder = fresh("shanmei")
    www, bare = (folder / "site" / h for h in ("www.shanmei.gov.cn", "shanmei.gov.cn"))
    col = "zwgk/fzzfjs/"
    items = make_items(site["gov"], [2021, 2022, 2023, 2024, 2025], [0, 1, 2, 3, 4, 5, 6, 8], 11870)
    crumbs = '<a href="/zwgk/index.html">政务公开</a> &gt; 法治政府建设'
    pages = [items[:7], items[7:]]
    linked: dict[int, str] = {}
    for n, chunk in enumerate(pages):
        def href(it: Item, n: int = n) -> str:
            # page 1: every other row an absolute link on the bare domain; page 2 lives there
            if n == 0 and it.uid % 2:
                return f"http://shanmei.gov.cn/{col}{it.rel()}"
            return "./" + it.rel()
        for it in chunk:
            link = href(it)
            host = "shanmei.gov.cn" if (n == 1 or link.startswith("http")) else "www.shanmei.gov.cn"
            linked[it.uid] = f"http://{host}/{col}{it.rel()}"
        pager = _pager(len(pages), n, lambda k: f"http://shanmei.gov.cn/{col}index_1.html" if k
                       else f"http://shanmei.gov.cn/{col}index.html")
        body = '<div class="column"><h3>法治政府建设</h3>\n' + list_items(chunk, href) + pager + "</div>\n"
        html = furniture.page(site, "法治政府建设", "法治政府建设", crumbs, body)
        name = "index.html" if n == 0 else f"index_{n}.html"
        for host_dir in (www, bare):  # one server under both names
            write(host_dir / col / name, html)
    for it in items:
        html = article_html(site, it, "法治政府建设", crumbs)
        for host_dir in (www, bare):
            write(host_dir / col / it.rel(), html)
    for host_dir in (www, bare):
        write_stubs(site, host_dir)
    reports = [report_entry(linked[it.uid], it) for it in items if it.year]
    skipped = [skip_entry(linked[it.uid], it) for it in items if not it.year]
    notes = ("The same server answers www.shanmei.gov.cn and the bare shanmei.gov.cn; on the column's "
             "first page every odd-id row links the bare domain absolutely, and the pager links page 2 "
             "as http://shanmei.gov.cn/zwgk/fzzfjs/index_1.html, so page 2's rows are on the bare domain. "
             "Expected urls are the linked ones")
    finish(folder, site, f"http://www.shanmei.gov.cn/{col}index.html", reports, skipped, notes,
           f"http://www.shanmei.gov.cn/{col}index.html")
