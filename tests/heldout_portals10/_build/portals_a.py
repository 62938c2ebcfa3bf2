"""Round-10 portals chengxi (a 加速乐-style 521 cookie wall), fengao (`?pageNo=N` past the last
page answers the last page again; truncated link texts) and guizhu (rows open an intermediate
信息公开 detail page that frames or links the real article)."""

from __future__ import annotations

import json

from furniture import Site, esc, page
from model import Item, article_page, expected, make_items

Files = dict[str, str]

JSL_CHALLENGE = (
    "<script>document.cookie=('_')+('_')+('j')+('s')+('l')+('_')+('c')+('l')+('e')+('a')"
    "+('r')+('a')+('n')+('c')+('e')+('=')+('1764838')+(+!+[]+'')+('.')+('218')+('|0|')"
    "+('bD3t')+(+[]+'')+('Kq%2F')+('x9')+';max-age=3600;path=/';"
    "location.href=location.pathname+location.search</script>\n"
)


def _rows_li(items: list[Item], text=lambda it: it.title) -> str:
    return "".join(
        f'<li><a href="{it.url}" target="_blank" title="{esc(it.title)}">{esc(text(it))}</a>'
        f'<span class="date">{it.date}</span></li>\n'
        for it in items
    )


def chengxi() -> tuple[Site, Files, dict, dict]:
    site = Site("www.chengxi.gov.cn", "澄溪县人民政府", "澄溪县", "3306240001", "浙ICP备05012345号")
    unit, col = "澄溪县人民政府", "/zwgk/fzzfjsndbg/"
    items = make_items(site, unit, [2021, 2022, 2023, 2024, 2025], 8, seed=1)
    files: Files = {}
    for n, it in enumerate(items):
        ym = it.date[:7].replace("-", "")
        it.url = f"./{ym}/t{it.date.replace('-', '')}_{4100 + n}.html"
        files[f"zwgk/fzzfjsndbg/{ym}/t{it.date.replace('-', '')}_{4100 + n}.html"] = article_page(
            site, it, unit, "衢江市人民政府", "法治政府建设年度报告"
        )
    pages = [items[:7], items[7:]]
    for p, rows in enumerate(pages):
        name = "index.html" if p == 0 else f"index_{p}.html"
        pager = (
            '<div class="page"><a href="index.html">首页</a> '
            + (f'<a href="{"index.html" if p == 1 else ""}">上一页</a> ' if p else "")
            + ('<a href="index_1.html">下一页</a> ' if p == 0 else "")
            + f'<a href="index_1.html">尾页</a> 共{len(items)}条 第{p + 1}/2页</div>'
        )
        inner = (
            f'<div class="crumb">首页 &gt; 政务公开 &gt; 法治政府建设年度报告</div>\n'
            f'<ul class="list">\n{_rows_li(rows)}</ul>\n{pager}\n'
        )
        files[f"zwgk/fzzfjsndbg/{name}"] = page(site, "法治政府建设年度报告", inner)
    files["_jsl_challenge.html"] = JSL_CHALLENGE
    files["_replay.json"] = json.dumps(
        {
            "first": {
                "/zwgk/*": {
                    "times": 1,
                    "status": 521,
                    "body": "_jsl_challenge.html",
                    "headers": {
                        "Set-Cookie": "__jsluid_h=8a3f0c51d2e94b7c6a1f;"
                        " max-age=31536000; path=/; HttpOnly",
                        "Server": "jiasule-WAF",
                    },
                }
            }
        },
        indent=1,
    )
    base = f"http://{site.host}{col}"
    for it in items:
        it.url = base + it.url[2:]
    exp = expected(
        items,
        "Every page under /zwgk/ answers 521 with a 加速乐-style script that sets "
        "__jsl_clearance and reloads, the first time each URL is asked; the second request "
        "gets the page (no failure expected).",
        column=base,
    )
    return (
        site,
        files,
        exp,
        {
            "start_urls": [base],
            "province": "浙江省",
            "division_code": "330830",
            "level": "county",
            "family": "trs",
        },
    )


def _truncate(title: str, width: int = 16) -> str:
    return title if len(title) <= width else title[:width] + "…"


def fengao() -> tuple[Site, Files, dict, dict]:
    site = Site("www.fengao.gov.cn", "枫岙区人民政府", "枫岙区", "4406070002", "粤ICP备06023456号")
    unit, col = "枫岙区人民政府", "/xxgk/fzzfjs/list.jsp"
    items = make_items(site, unit, [2020, 2021, 2022, 2023, 2024, 2025], 10, seed=2)
    files: Files = {}
    for n, it in enumerate(items):
        it.url = f"http://{site.host}/xxgk/fzzfjs/content/post_{7301 + n * 7}.html"
        files[f"xxgk/fzzfjs/content/post_{7301 + n * 7}.html"] = article_page(
            site, it, unit, "南屿市人民政府", "法治政府建设"
        )
    total, per = len(items), 6
    npages = -(-total // per)
    for p in range(1, npages + 1):
        rows = items[(p - 1) * per : p * per]
        pager = (
            f'<div class="pagination">共{total}条　每页{per}条　第{p}/{npages}页 '
            f'<a href="?pageNo=1">首页</a> <a href="?pageNo={max(1, p - 1)}">上一页</a> '
            f'<a href="?pageNo={p + 1}">下一页</a> <a href="?pageNo={npages}">尾页</a></div>'
        )
        inner = (
            '<div class="crumb">首页 &gt; 信息公开 &gt; 法治政府建设</div>\n'
            '<ul class="news-list">\n'
            + _rows_li(rows, lambda it: _truncate(it.title))
            + f"</ul>\n{pager}\n"
        )
        html = page(site, "法治政府建设", inner)
        files[f"xxgk/fzzfjs/list.jsp@pageNo={p}"] = html
        if p == 1:
            files["xxgk/fzzfjs/list.jsp"] = html
        if p == npages:  # the server answers any page number past the last with the last page
            for q in range(npages + 1, 21):
                files[f"xxgk/fzzfjs/list.jsp@pageNo={q}"] = html
    exp = expected(
        items,
        "Column list.jsp?pageNo=N (6/6/4 rows); 下一页 always links pageNo=N+1 and "
        "pageNo=4..20 answer page 3 again (saved copies; a real server answers any N). "
        "Link texts are cut after 16 characters with …; the full title only in title=.",
        column=f"http://{site.host}{col}",
    )
    return (
        site,
        files,
        exp,
        {
            "start_urls": [f"http://{site.host}{col}"],
            "province": "广东省",
            "division_code": "440613",
            "level": "district",
            "family": "generic",
        },
    )


def guizhu() -> tuple[Site, Files, dict, dict]:
    site = Site("www.guizhu.gov.cn", "桂渚县人民政府", "桂渚县", "3211830003", "苏ICP备07034567号")
    unit, col = "桂渚县人民政府", "/xxgk/fzzfjsndbg/index.html"
    items = make_items(site, unit, [2020, 2021, 2023, 2024, 2025], 7, seed=3)
    files: Files = {}
    rows = []
    for n, it in enumerate(items):
        y, m, d = it.date.split("-")
        art = f"/art/{y}/{int(m)}/{int(d)}/art_2204_{58100 + n * 13}.html"
        files[art.lstrip("/")] = article_page(
            site, it, unit, "汀州市人民政府", "法治政府建设年度报告"
        )
        doc_id = f"GZ{y}{m}{d}{n:03d}"
        it.url = f"http://{site.host}/xxgk/detail.jsp?id={doc_id}"
        it.extra["final_url"] = f"http://{site.host}{art}"
        if n % 2:  # the detail page frames the article
            holder = (
                f'<div class="Article"><iframe id="contentFrame" src="{art}" width="100%" '
                'height="1600" frameborder="0" scrolling="no"></iframe></div>'
            )
        else:  # the detail page only links it
            holder = (
                f'<div class="Article"><p class="tip">本信息正文请点击查看：</p>'
                f'<p><a href="{art}" target="_blank">查看原文</a></p></div>'
            )
        meta = (
            f'<table class="xxgk-detail"><tr><th>索引号</th><td>{doc_id}</td><th>发布机构</th>'
            f'<td>{unit}</td></tr><tr><th>信息名称</th><td colspan="3">{esc(it.title)}</td></tr>'
            f"<tr><th>生成日期</th><td>{it.date}</td><th>公开方式</th><td>主动公开</td></tr></table>"
        )
        files[f"xxgk/detail.jsp@id={doc_id}"] = page(
            site, "信息详情", f"<h2>信息详情</h2>\n{meta}\n{holder}\n"
        )
        rows.append(
            f'<tr><td>{n + 1}</td><td class="title"><a href="/xxgk/detail.jsp?id={doc_id}" '
            f'target="_blank">{esc(it.title)}</a></td><td>{it.date}</td></tr>\n'
        )
    inner = (
        '<div class="crumb">首页 &gt; 信息公开 &gt; 法治政府建设年度报告</div>\n'
        '<table class="gk-list">'
        "<tr><th>序号</th><th>标题</th><th>发布日期</th></tr>\n" + "".join(rows) + "</table>\n"
        f'<div class="page">共{len(items)}条 第1/1页</div>\n'
    )
    files[col.lstrip("/")] = page(site, "法治政府建设年度报告", inner)
    exp = expected(
        items,
        "Rows link /xxgk/detail.jsp?id=…, a 信息详情 page with the metadata table "
        "that frames (odd rows: iframe) or links (even rows: 查看原文) the Hanweb article "
        "/art/…: report url = the row's link, final_url = the article.",
        column=f"http://{site.host}{col}",
    )
    return (
        site,
        files,
        exp,
        {
            "start_urls": [f"http://{site.host}{col}"],
            "province": "江苏省",
            "division_code": "321185",
            "level": "county",
            "family": "hanweb",
        },
    )
