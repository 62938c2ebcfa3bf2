"""quchuan (layui laypage jump pager), shenpu (Vue + nested JSON POST), ruxi (textarea bodies)."""

from __future__ import annotations

import html
import json

import texts
from model import Item, Portal, expect, make_items, report_html, stubs, write


def write_articles(p: Portal, items: list[Item], wrap=None, skip: tuple[int, ...] = ()) -> None:
    """Every item's article page (wrap(item, content_html) may rewrite the content)."""
    for n, it in enumerate(items):
        if it.ident in skip:
            continue
        if it.why is None:
            content, rep = report_html(p, it)
        else:
            content, rep = texts.paras_html(texts.other_text(it.title, it.ident)), None
        body = f'<div class="TRS_Editor" id="zoom">{content}</div>'
        if wrap is not None:
            body = wrap(it, content)
        prev_t = items[n - 1].title if n else "无"
        next_t = items[n + 1].title if n + 1 < len(items) else "无"
        p.put(it.path, texts.article(it.title, it.date, p.name, p.place, p.code, body, p.column,
                                     (html.escape(prev_t), html.escape(next_t))))
        expect(p, it, rep)


def rows_ul(items: list[Item], href=lambda it: it.path) -> str:
    return "\n".join(f'<li><a href="{href(it)}" title="{html.escape(it.title)}" target="_blank">'
                     f'{html.escape(it.title)}</a><span class="date">{it.date}</span></li>'
                     for it in items)


def quchuan() -> None:
    p = Portal("quchuan", "蕖川县人民政府", "蕖川县", "www.quchuan.gov.cn", "3311270001", "331127",
               "county", "浙江省", "generic", "/zwgk/fzzfjs/index.html", "法治政府建设")
    items = make_items(p, [2020, 2021, 2022, 2023, 2024, 2025], 10, 51420,
                       lambda it: f"/zwgk/fzzfjs/{it.stamp[:6]}/t{it.stamp}_{it.ident}.html")
    dead = next(it for it in items if it.year == 2020)
    write_articles(p, items, skip=(dead.ident,))
    p.put(dead.path, texts.page("页面不存在", p.name, p.place, p.code,
                                "<div class=\"err\"><h2>404</h2><p>您访问的页面不存在！</p></div>"))
    p.put("_replay.json", json.dumps({"status": {dead.path: 404}}, indent=1))
    p.expected["failures"].append({"url": p.url(dead.path), "why": "report link answers 404",
                                   "year": 2020})
    pages = [items[i:i + 6] for i in range(0, len(items), 6)]
    for n, rows in enumerate(pages, 1):
        script = f"""<script src="/static/layui/layui.js"></script>
<script>
layui.use(['laypage', 'layer'], function () {{
    var laypage = layui.laypage;
    laypage.render({{
        elem: 'pageBox',
        count: {len(items)},
        limit: 6,
        curr: {n},
        groups: 5,
        layout: ['count', 'prev', 'page', 'next', 'skip'],
        jump: function (obj, first) {{
            // 首次不执行
            if (!first) {{
                location.href = "?pn=" + obj.curr;
            }}
        }}
    }});
}});
</script>"""
        body = (f'<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; {p.column}</div>'
                f'<div class="list-box"><h3>{p.column}</h3><ul class="news-list">\n'
                f'{rows_ul(rows)}\n</ul><div id="pageBox" class="layui-box"></div></div>\n{script}')
        name = "zwgk/fzzfjs/index.html" + ("" if n == 1 else f"@pn={n}")
        p.put(name, texts.page(p.column, p.name, p.place, p.code, body, column=p.column))
    stubs(p, ["static/layui/layui.js"])
    write(p, "layui laypage pager: pages 2-3 only as ?pn=N from the jump callback; "
             "the 2020 report (page 3) answers 404", {"pages": [p.url(p.start), p.url(
                 p.start + "?pn=2"), p.url(p.start + "?pn=3")]})


SHENPU_API = '''"""The column's list API: POST JSON {"page": {"current", "size"}, "query": {...}}."""
import json

RECORDS = __RECORDS__


def page(query, form):
    pg = form.get("page") if isinstance(form, dict) else None
    q = form.get("query") if isinstance(form, dict) else None
    if not isinstance(pg, dict) or not isinstance(q, dict):
        return 400, "application/json;charset=UTF-8", json.dumps(
            {"code": 400, "msg": "请求参数格式错误", "data": None}, ensure_ascii=False)
    try:
        current, size = int(pg.get("current", 1)), int(pg.get("size", 10))
    except (TypeError, ValueError):
        return 400, "application/json;charset=UTF-8", '{"code":400,"msg":"分页参数错误"}'
    rows = RECORDS if q.get("channelCode") == "fzzfjsndbg" else []
    size = max(1, min(size, 50))
    pages = max(1, -(-len(rows) // size))
    data = {"records": rows[(current - 1) * size: current * size], "total": len(rows),
            "size": size, "current": current, "pages": pages}
    return 200, "application/json;charset=UTF-8", json.dumps(
        {"code": 200, "msg": "操作成功", "data": data}, ensure_ascii=False)
'''


def shenpu() -> None:
    p = Portal("shenpu", "莘浦区人民政府", "莘浦区", "www.shenpu.gov.cn", "4406050002", "440605",
               "district", "广东省", "generic", "/zwgk/fzzfjsndbg/index.html", "法治政府建设年度报告")
    items = make_items(p, [2021, 2022, 2023, 2024, 2025], 9, 8803,
                       lambda it: f"/zwgk/fzzfjsndbg/content/post_{it.ident}.html", day0=17)
    write_articles(p, items)
    records = [{"id": it.ident, "title": it.title, "linkUrl": it.path, "publishTime":
                f"{it.date} 10:00:00", "source": p.name} for it in items]
    p.put("_api.py", SHENPU_API.replace("__RECORDS__", json.dumps(records, ensure_ascii=False,
                                                                  indent=1)))
    p.put("_replay.json", json.dumps({"post": {"/gateway/cms/article/page":
                                               "python:_api.py:page"}}, indent=1))
    shell = """<div id="app" v-cloak>
<div class="list-box"><h3>法治政府建设年度报告</h3>
<ul class="news-list"><li v-for="item in records" :key="item.id">
<a :href="item.linkUrl" :title="item.title" target="_blank">{{ item.title }}</a>
<span class="date">{{ item.publishTime.substring(0, 10) }}</span></li></ul>
<p v-if="records.length === 0" class="empty">正在加载……</p>
<div class="pager"><a href="javascript:;" @click="load(1)">首页</a>
<a href="javascript:;" @click="load(current - 1)">上一页</a>
<span>第{{ current }}/{{ pages }}页 共{{ total }}条</span>
<a href="javascript:;" @click="load(current + 1)">下一页</a>
<a href="javascript:;" @click="load(pages)">尾页</a></div></div></div>
<script src="/static/js/vue.min.js"></script>
<script>
var SITE_CODE = "spq";
new Vue({
    el: "#app",
    data: {records: [], current: 1, pages: 1, total: 0},
    mounted: function () { this.load(1); },
    methods: {
        load: function (n) {
            var vm = this;
            if (n < 1 || (vm.total > 0 && n > vm.pages)) { return; }
            var body = {page: {current: n, size: 6},
                        query: {siteCode: SITE_CODE, channelCode: "fzzfjsndbg"}};
            fetch("/gateway/cms/article/page", {
                method: "POST",
                headers: {"Content-Type": "application/json;charset=UTF-8"},
                body: JSON.stringify(body)
            }).then(function (r) { return r.json(); }).then(function (res) {
                if (res.code !== 200) { return; }
                vm.records = res.data.records;
                vm.current = res.data.current;
                vm.pages = res.data.pages;
                vm.total = res.data.total;
            });
        }
    }
});
</script>"""
    p.put("zwgk/fzzfjsndbg/index.html", texts.page(p.column, p.name, p.place, p.code, shell,
                                                   column=p.column))
    stubs(p, ["static/js/vue.min.js"])
    write(p, "Vue shell: rows only from POST /gateway/cms/article/page with a nested JSON body "
             "{page: {current, size}, query: {...}} (flat or form bodies: 400); data.records",
          {"api": p.url("/gateway/cms/article/page")})


def ruxi() -> None:
    p = Portal("ruxi", "茹溪县人民政府", "茹溪县", "www.ruxi.gov.cn", "5119230003", "511923",
               "county", "四川省", "trs", "/xxgk/fzzfjs/index.html", "法治政府建设")
    items = make_items(p, [2021, 2022, 2023, 2024, 2025], 9, 30721,
                       lambda it: f"/xxgk/fzzfjs/{it.stamp[:6]}/t{it.stamp}_{it.ident}.html")
    plain = {it.ident for it in items if it.year == 2022 or it.why == "not_a_report"}

    def wrap(it: Item, content: str) -> str:
        if it.ident in plain:
            return f'<div class="TRS_Editor" id="zoom">{content}</div>'
        return (f'<div class="TRS_Editor" id="zoom"><div class="datalazyload">'
                f'<textarea style="visibility:hidden">{html.escape(content, quote=False)}'
                f'</textarea></div></div>\n<script src="/static/js/jquery.datalazyload.js"></script>'
                '\n<script>$(function () { $("#zoom .datalazyload").datalazyload(); });</script>')

    write_articles(p, items, wrap)
    pages = [items[:7], items[7:]]
    names = ["index.html", "index_1.html"]
    for n, rows in enumerate(pages):
        rel = lambda it: "./" + it.path.split("/fzzfjs/", 1)[1]  # noqa: E731
        nav = ('<a href="./index.html">首页</a> '
               + (f'<a href="./{names[n - 1]}">上一页</a> ' if n else '<span>上一页</span> ')
               + (f'<a href="./{names[n + 1]}">下一页</a> ' if n + 1 < len(pages)
                  else '<span>下一页</span> ')
               + f'<a href="./{names[-1]}">尾页</a> <span>共{len(items)}条 第{n + 1}/2页</span>')
        body = (f'<div class="list-box"><h3>{p.column}</h3><ul class="news-list">\n'
                f'{rows_ul(rows, rel)}\n</ul><div class="page">{nav}</div></div>')
        p.put("xxgk/fzzfjs/" + names[n], texts.page(p.column, p.name, p.place, p.code, body,
                                                    column=p.column))
    stubs(p, ["static/js/jquery.min.js", "static/js/jquery.datalazyload.js"])
    write(p, "report bodies (4 of 5) only as escaped HTML in a hidden <textarea> that "
             "jquery.datalazyload inserts on scroll; the 2022 report plain", {})
