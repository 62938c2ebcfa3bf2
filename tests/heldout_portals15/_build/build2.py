"""Round 15's portals 3-5: Ajax year tabs, a search-form column, a Vue shell reading a config."""

from __future__ import annotations

import json
from html import escape

import furniture
import model
from build import _file, model_list, tid
from model import ROOT, write


def hengshan() -> None:
    """Year tabs (publication years) whose lists come only from POST yearList.do (HTML fragment)."""
    site = furniture.Site(
        "蘅山区人民政府",
        "蘅山区",
        "www.hengshan.gov.cn",
        "4205040003",
        "鄂ICP备07033456号",
        "法治政府建设年度报告",
    )
    col = "/zwgk/fzzfjs/ndbg/"
    its = model.items(site, [2020, 2021, 2022, 2023, 2024], 8, 17)
    for i, it in enumerate(its):
        it.url = f"http://{site.host}{col}{tid(it, 88100 + 13 * i)}"
    years = sorted({it.date[:4] for it in its}, reverse=True)
    frags = {}
    for y in years:
        rows = "\n".join(
            f'<li><a href="{col}{it.url.split(col, 1)[1]}" target="_blank" title='
            f'"{escape(it.title)}">'
            f'{escape(it.title)}</a><span class="time">{it.date}</span></li>'
            for it in its
            if it.date.startswith(y)
        )
        frags[y] = f'<ul class="list">\n{rows}\n</ul>'
    tabs = "\n".join(
        f'<li tips="{y}"><a href="javascript:void(0);" onclick="getYearList(\'{y}\')">{y}年</a>'
        f'</li>'
        for y in years
    )
    body = (
        f'<div class="info"><ul class="infoTab">\n{tabs}\n</ul><div class="clear"></div></div>\n'
        '<div id="showContent"></div>'
    )
    after = (
        '<script type="text/javascript">\n$(function () {\n'
        '  $("div.info ul.infoTab").find("li").eq(0).addClass("active");\n'
        '  var tips = $("div.info ul.infoTab").find("li").eq(0).attr("tips");\n'
        "  getYearList(tips);\n});\n"
        "// 获取年度信息列表\nfunction getYearList(year) {\n"
        '  $("div.info ul.infoTab li").removeClass("active");\n'
        '  $("div.info ul.infoTab li[tips=\'" + year + "\']").addClass("active");\n'
        '  $.ajax({\n    type: "POST",\n    url: "/zwgk/fzzfjs/ndbg/yearList.do",\n'
        '    data: {"year": year, "channelId": "3307"},\n    dataType: "html",\n'
        '    success: function (data) {\n      $("#showContent").html(data);\n    }\n  })'
        ';\n}\n</script>\n'
    )
    host_dir = ROOT / "hengshan/site" / site.host
    write(host_dir / col.strip("/") / "index.html", model_list(site, body, after=after))
    write(
        host_dir / "_api.py",
        API_TEMPLATE.replace("@FRAGS@", json.dumps(frags, ensure_ascii=False, indent=1)),
    )
    model.write_articles(site, its, lambda it: _file("hengshan", it.url))
    exp = model.expected(
        "hengshan",
        its,
        "Round 15: year tabs whose lists come from POST yearList.do.",
        [],
        column=f"http://{site.host}{col}",
        api=f"POST http://{site.host}{col}yearList.do year=YYYY&channelId=3307",
    )
    rules = {"post": {f"{col}yearList.do": "python:_api.py:year_list"}}
    model.finish(
        "hengshan",
        model.toml(
            "hengshan",
            site,
            "420504",
            "district",
            "湖北省",
            "generic",
            f"http://{site.host}{col}",
            "Round 15 held-out: Ajax year tabs.",
        ),
        exp,
        rules,
        site.host,
    )


API_TEMPLATE = '''"""yearList.do: one publication year's rows of the column as an HTML fragment."""

FRAGS = @FRAGS@


def year_list(query, form):
    """POST year=YYYY&channelId=3307: that year's <ul>; another channel or year: an empty list."""
    if form.get("channelId") != "3307":
        return 200, "text/html;charset=UTF-8", '<ul class="list"></ul>'
    return 200, "text/html;charset=UTF-8", FRAGS.get(form.get("year", ""), '<ul class="list"></ul>')
'''


def jiaotang() -> None:
    """The column is a GET search form (hidden ch_id, empty query); its results are the listing."""
    site = furniture.Site(
        "茭塘市人民政府",
        "茭塘市",
        "www.jiaotang.gov.cn",
        "3702830004",
        "鲁ICP备08044567号",
        "法治政府建设年度报告",
    )
    its = model.items(site, [2021, 2022, 2023, 2024, 2025], 10, 18)
    for i, it in enumerate(its):
        it.url = f"http://{site.host}/website/govOpen/InfoContent.jsp?ct_id={730412 - 9 * i}"
    form = (
        '<div class="gk-search"><p>本栏目信息请通过检索查看（不输入关键字点击“检索”显示本栏目'
        '全部信息）。</p'
        '>\n'
        '<form name="searchForm" id="searchForm" action="/website/searchResult.jsp" method="get">\n'
        '<input type="hidden" name="ch_id" value="fzzfndbg">\n'
        '<input type="text" name="query" value="" placeholder="请输入标题关键字">\n'
        '<input type="submit" value="检索"></form></div>'
    )
    host_dir = ROOT / "jiaotang/site" / site.host
    write(host_dir / "website/govOpen/fzzfndbg.html", model_list(site, form))
    pages = [its[:8], its[8:]]
    for p, rows in enumerate(pages):
        lis = "\n".join(
            f'<tr><td><a href="/website/govOpen/InfoContent.jsp?ct_id={it.url.rsplit("=", 1)[1]}"'
            f' target="_blank">{escape(it.title)}</a></td><td>{it.date}</td></tr>'
            for it in rows
        )
        nxt = (
            '<a href="/website/searchResult.jsp?ch_id=fzzfndbg&amp;query=&amp;pageNo=2">下一页</a>'
            if p == 0
            else '<a href="/website/searchResult.jsp?ch_id=fzzfndbg&amp;query=&amp;pageNo=1">'
            "上一页</a>"
        )
        body = (
            form + f'\n<p class="count">共找到 {len(its)} 条信息，第{p + 1}/2页</p>\n'
            f'<table class="result"><tr><th>标题</th><th>发布日期</th></tr>\n{lis}\n</table>\n'
            f'<div class="page">{nxt}</div>'
        )
        html = model_list(site, body)
        for q in ("ch_id=fzzfndbg&query=", "ch_id=fzzfndbg"):
            query = q + ("" if p == 0 else f"&pageNo={p + 1}")
            write(host_dir / f"website/searchResult.jsp@{query}", html)
        if p == 0:
            write(host_dir / "website/searchResult.jsp@ch_id=fzzfndbg&query=&pageNo=1", html)
    model.write_articles(site, its, lambda it: _file("jiaotang", it.url))
    exp = model.expected(
        "jiaotang",
        its,
        "Round 15: the column is a GET search form; results paged by pageNo.",
        [],
        column=f"http://{site.host}/website/govOpen/fzzfndbg.html",
    )
    rules = {"headers": {"/website/*": {"Content-Type": "text/html;charset=UTF-8"}}}
    model.finish(
        "jiaotang",
        model.toml(
            "jiaotang",
            site,
            "370283",
            "county",
            "山东省",
            "generic",
            f"http://{site.host}/website/govOpen/fzzfndbg.html",
            "Round 15 held-out: a search-form column.",
        ),
        exp,
        rules,
        site.host,
    )


def puting() -> None:
    """A Vue shell: axios reads /static/config/site.json, then the list API it names."""
    site = furniture.Site(
        "蒲汀县人民政府",
        "蒲汀县",
        "www.puting.gov.cn",
        "5108240005",
        "蜀ICP备09055678号",
        "法治政府建设年度报告",
    )
    col = "/zwgk/fzzfjsndbg/"
    its = model.items(site, [2020, 2021, 2022, 2023, 2024], 10, 19)
    for i, it in enumerate(its):
        it.url = f"http://{site.host}{col}content_{61880 + 11 * i}.html"
    host_dir = ROOT / "puting/site" / site.host
    cfg = {
        "siteName": site.name,
        "apiBase": "/prod-api",
        "listPath": "/cms/content/page",
        "pageSize": 6,
        "channels": {"tzgg": "1738", "fzzfjsndbg": "1742", "zfxxgknb": "1745"},
    }
    write(
        host_dir / "static/config/site.json", json.dumps(cfg, ensure_ascii=False, indent=2) + "\n"
    )
    for p in range(3):
        rows = [
            {
                "id": int(it.url.rsplit("_", 1)[1][:-5]),
                "title": it.title,
                "url": it.url.split(site.host, 1)[1],
                "publishDate": it.date + " 10:00:00",
            }
            for it in its[6 * p : 6 * p + 6]
        ]
        ans = {
            "code": 200,
            "msg": "查询成功",
            "data": {"total": len(its), "current": p + 1, "size": 6, "records": rows},
        }
        write(
            host_dir / f"prod-api/cms/content/page@channelId=1742&page={p + 1}&size=6",
            json.dumps(ans, ensure_ascii=False),
        )
    body = (
        '<div id="app" v-cloak>\n<ul class="list">\n'
        '<li v-for="item in list" :key="item.id"><a :href="item.url" target="_blank">{{ item.t'
        'itle }}</a>'
        "<span>{{ item.publishDate.substring(0, 10) }}</span></li>\n</ul>\n"
        '<div class="pager" v-if="pages > 1">共{{ total }}条 <a href="javascript:;" @click="load'
        '(page - 1)">上一页</a>'
        ' {{ page }}/{{ pages }} <a href="javascript:;" @click="load(page + 1)">下一页</a></div'
        '>\n</div>'
    )
    after = (
        '<script src="/static/js/vue.min.js"></script>\n<script src="/static/js/axios.min.js">'
        '</script>\n'
        '<script>\naxios.get("/static/config/site.json").then(function (res) {\n  var cfg = re'
        's.data;\n'
        '  new Vue({\n    el: "#app",\n    data: {list: [], total: 0, page: 1, pages: 1},\n'
        "    mounted: function () { this.load(1); },\n    methods: {\n      load: function (p) {\n"
        "        if (p < 1 || (this.total && p > this.pages)) { return; }\n        var vm = this;\n"
        "        axios.get(cfg.apiBase + cfg.listPath, {params: {channelId: cfg.channels.fzzfj"
        "sndbg,"
        " page: p, size: cfg.pageSize}})\n          .then(function (r) {\n"
        "            vm.list = r.data.data.records; vm.total = r.data.data.total; vm.page = p;\n"
        "            vm.pages = Math.ceil(vm.total / cfg.pageSize);\n          });\n      }\n "
        "   }\n  });\n"
        "});\n</script>\n"
    )
    write(host_dir / col.strip("/") / "index.html", model_list(site, body, after=after))
    model.write_articles(site, its, lambda it: _file("puting", it.url))
    exp = model.expected(
        "puting",
        its,
        "Round 15: Vue shell; config JSON names the list API.",
        [],
        column=f"http://{site.host}{col}",
        api=f"http://{site.host}/prod-api/cms/content/page?channelId=1742&page=N&size=6",
    )
    rules = {
        "headers": {
            "/prod-api/*": {"Content-Type": "application/json;charset=UTF-8"},
            "/static/config/*": {"Content-Type": "application/json;charset=UTF-8"},
        }
    }
    model.finish(
        "puting",
        model.toml(
            "puting",
            site,
            "510824",
            "county",
            "四川省",
            "generic",
            f"http://{site.host}{col}",
            "Round 15 held-out: Vue shell + config JSON.",
        ),
        exp,
        rules,
        site.host,
    )
