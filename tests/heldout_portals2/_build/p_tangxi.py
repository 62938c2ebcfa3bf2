# ruff: noqa: E501 - HTML templates and report texts are long lines on purpose
"""tangxi: Jiangxi-style column whose list comes only from POST /queryList (JSON), 3 pages."""
import json
import pprint

from common import FLOAT, SHARE, TOOLS, TOPBAR, Portal, body_html, esc, footer
from texts import make_filler, make_report

SITE = "棠溪县人民政府"
REGION = "棠溪县"
COL = "/txxzf/fzzfjsndbg/index.html"


def page(title, date, source, body, index_no, doc_no="", org="棠溪县人民政府办公室"):
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>{esc(title)}_{SITE}</title>
<meta name="SiteName" content="{SITE}"><meta name="ColumnName" content="法治政府建设年度报告">
<meta name="ArticleTitle" content="{esc(title)}"><meta name="PubDate" content="{date}">
<meta name="ContentSource" content="{source}">
<link rel="stylesheet" href="/txxzf/css/common.css"></head>
<body>{TOPBAR}
<div class="header"><div class="w1200"><img src="/txxzf/images/logo.png" alt="{SITE}">
<form class="search" action="/search/index.html"><input name="q" placeholder="请输入关键字"><button>搜索</button></form></div></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/txxzf/zwgk/index.html">政务公开</a></li>
<li><a href="/txxzf/zwfw/index.html">政务服务</a></li><li><a href="/txxzf/hdjl/index.html">互动交流</a></li>
<li><a href="/txxzf/zjtx/index.html">走进棠溪</a></li></ul></div>
<div class="w1200 crumb">当前位置：<a href="/">首页</a> &gt; <a href="/txxzf/zwgk/index.html">政务公开</a> &gt; <a href="{COL}">法治政府建设年度报告</a></div>
<div class="w1200 detail">
<div class="xxgk-info"><table><tr><th>索引号：</th><td>{index_no}</td><th>分类：</th><td>法治政府建设年度报告</td></tr>
<tr><th>发布机构：</th><td>{org}</td><th>成文日期：</th><td>{date[:10]}</td></tr>
<tr><th>文　　号：</th><td>{doc_no}</td><th>发布日期：</th><td>{date[:10]}</td></tr>
<tr><th>标　　题：</th><td colspan="3">{esc(title)}</td></tr></table></div>
<h1 class="article-title">{esc(title)}</h1>
<div class="article-info"><span>发布时间：{date}</span><span>来源：{source}</span><span>浏览次数：<i id="hits"></i></span>{TOOLS}</div>
<div class="article-content" id="zoom">
{body}
</div>
{SHARE}
<div class="prev-next"><p>上一篇：<a href="{COL}">返回列表</a></p></div>
<div class="editor">责任编辑：县政府办</div>
</div>{FLOAT}
{footer(SITE, "赣ICP备05001234号", "3608310001")}
</body></html>
"""


COLUMN_PAGE = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>法治政府建设年度报告_{SITE}</title>
<meta name="SiteName" content="{SITE}"><meta name="ColumnName" content="法治政府建设年度报告">
<script src="/txxzf/js/jquery.min.js"></script><script src="/txxzf/js/laypage.js"></script></head>
<body>{TOPBAR}
<div class="header"><div class="w1200"><img src="/txxzf/images/logo.png" alt="{SITE}"></div></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/txxzf/zwgk/index.html">政务公开</a></li>
<li><a href="/txxzf/zwfw/index.html">政务服务</a></li><li><a href="/txxzf/hdjl/index.html">互动交流</a></li></ul></div>
<div class="w1200 crumb">当前位置：<a href="/">首页</a> &gt; <a href="/txxzf/zwgk/index.html">政务公开</a> &gt; 法治政府建设年度报告</div>
<div class="w1200 main">
<div class="left-menu"><h3>法定主动公开内容</h3><ul>
<li><a href="/txxzf/zcwj/index.html">政策文件</a></li><li class="on"><a href="{COL}">法治政府建设年度报告</a></li>
<li><a href="/txxzf/zfxxgknb/index.html">政府信息公开年报</a></li><li><a href="/txxzf/czyjs/index.html">财政预决算</a></li></ul></div>
<div class="right-list"><div class="list-title">法治政府建设年度报告</div>
<ul class="news-list" id="listBox"><li class="loading">数据加载中...</li></ul>
<div id="pageBar"></div></div></div>
<script>
var pageSize = 10;
function loadList(current) {{
  $.ajax({{
    url: "/queryList", type: "POST", dataType: "json",
    data: {{"current": current, "pageSize": pageSize, "webSiteCode[]": "txxzf",
           "channelCode[]": "fzzfjsndbg", "sort": "sortNum", "order": "desc"}},
    success: function (res) {{
      var html = "";
      $.each(res.data.results, function (i, item) {{
        var s = item.source, u = JSON.parse(s.urls).pc;
        html += '<li><a href="' + u + '" target="_blank" title="' + s.title + '">' + s.title +
                '</a><span>' + s.pubDate.substring(0, 10) + '</span></li>';
      }});
      $("#listBox").html(html);
      laypage.render({{elem: "pageBar", count: res.data.total, limit: pageSize, curr: current,
        jump: function (obj, first) {{ if (!first) {{ loadList(obj.curr); }} }}}});
    }}
  }});
}}
loadList(1);
</script>
{footer(SITE, "赣ICP备05001234号", "3608310001")}
</body></html>
"""

HOME = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{SITE}</title></head>
<body>{TOPBAR}<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/txxzf/zwgk/index.html">政务公开</a></li></ul></div>
<div class="zwgk-box"><h3>法定主动公开内容</h3><ul><li><a href="/txxzf/zcwj/index.html">政策文件</a></li>
<li><a href="{COL}">法治政府建设年度报告</a></li><li><a href="/txxzf/zfxxgknb/index.html">政府信息公开年报</a></li></ul></div>
{footer(SITE, "赣ICP备05001234号", "3608310001")}</body></html>
"""

API = '''"""棠溪县 queryList: the CMS's JSON listing API.

POST form: current, pageSize, webSiteCode[], channelCode[] (sort, order ignored).
"""
import json

JSON_TYPE = "application/json;charset=UTF-8"
ITEMS = %s


def query_list(query, form):
    if form.get("webSiteCode[]") != "txxzf" or form.get("channelCode[]") not in ("fzzfjsndbg",):
        empty = {"total": 0, "current": 1, "pages": 0, "results": []}
        return 200, JSON_TYPE, json.dumps({"code": 200, "msg": "操作成功", "data": empty})
    try:
        current = max(1, int(form.get("current", 1)))
        size = max(1, min(50, int(form.get("pageSize", 10))))
    except ValueError:
        return 400, JSON_TYPE, '{"code":400,"msg":"参数错误"}'
    window = ITEMS[(current - 1) * size: current * size]
    pages = (len(ITEMS) + size - 1) // size
    data = {"total": len(ITEMS), "current": current, "size": size, "pages": pages,
            "results": window}
    answer = {"code": 200, "msg": "操作成功", "data": data}
    return 200, JSON_TYPE, json.dumps(answer, ensure_ascii=False)
'''

# (publication date, kind, year, ...): newest first; reports are ("R", report year, style, title form)
LISTING = [
    ("2024-03-28 16:20:11", "xxgk", 2023), ("2024-02-02 09:15:40", "jd", 2023),
    ("2024-01-26 10:02:33", "R", 2023, "thematic", 0), ("2023-12-20 15:40:00", "news3", 2023),
    ("2023-09-12 11:30:21", "dc", 2023), ("2023-04-18 10:00:00", "yd", 2023),
    ("2023-03-30 17:05:12", "xxgk", 2022), ("2023-02-10 09:45:02", "jd2", 2022),
    ("2023-02-10 09:40:51", "R", 2022, "standard", 1), ("2022-11-08 14:22:10", "news", 2022),
    ("2022-06-30 10:11:00", "gg", 2022), ("2022-03-29 16:00:00", "xxgk", 2021),
    ("2022-01-28 11:18:45", "R", 2021, "other", 3), ("2021-12-15 09:00:00", "news2", 2021),
    ("2021-08-03 10:20:30", "tz", 2021), ("2021-03-31 15:33:00", "xxgk", 2020),
    ("2021-02-06 08:30:00", "jd", 2020), ("2021-02-05 10:48:09", "R", 2020, "standard", 2),
    ("2020-10-21 09:12:00", "news4", 2020), ("2020-05-13 10:00:00", "yd", 2020),
    ("2020-03-30 16:44:00", "xxgk", 2019), ("2020-01-20 09:05:27", "R", 2019, "merged", 0),
    ("2019-11-26 14:00:00", "news6", 2019), ("2019-07-09 10:30:00", "zfxx", 2019),
    ("2019-04-02 11:00:00", "yd", 2019), ("2018-12-18 15:10:00", "news5", 2018),
    ("2018-09-05 09:20:00", "dc", 2018),
]


def build() -> None:
    p = Portal("tangxi", "www.tangxi.gov.cn")
    items = []
    for n, entry in enumerate(LISTING):
        date, kind, year = entry[:3]
        ymd = date[:10].replace("-", "")
        path = f"/txxzf/fzzfjsndbg/{date[:7]}/{date[8:10]}/content_{ymd[2:]}{7311 + n * 37:05d}.shtml"
        index_no = f"014508772/{date[:4]}-{120 + n:05d}"
        if kind == "R":
            rep = make_report(REGION, year, seed=100 + n, style=entry[3], title_form=entry[4],
                              salutation="县委：" if n % 2 else "市人民政府：",
                              signer="棠溪县人民政府", date=f"{date[:4]}年{int(date[5:7])}月{int(date[8:10])}日")
            title, body = rep["title"], body_html(rep["paras"])
            p.report(p.url(path), rep, level1=entry[3] != "merged")
            doc_no = f"棠府字〔{date[:4]}〕{n + 3}号"
        else:
            fil = make_filler(kind, REGION, year, seed=200 + n)
            title, body, doc_no = fil["title"], body_html(fil["paras"]), ""
            p.skip(p.url(path), title, fil["why"])
        p.write(path, page(title, date, "县政府办" if kind == "R" else "县司法局", body, index_no, doc_no))
        items.append({"id": f"{1700000000000 + n * 7919}", "source": {
            "title": title, "showTitle": title, "pubDate": date, "sortNum": len(LISTING) - n,
            "urls": json.dumps({"pc": path, "h5": path.replace("/txxzf/", "/txxzf/h5/")}),
            "metadata": json.dumps({"author": "", "fileNum": doc_no}, ensure_ascii=False),
            "channelName": "法治政府建设年度报告", "webSiteCode": "txxzf"}})
    p.write("/_api.py", API % pprint.pformat(items, width=90))
    p.write(COL, COLUMN_PAGE)
    p.write("/", HOME)
    p.rules({"post": {"/queryList": "python:_api.py:query_list"}})
    p.finish(name=SITE, code="360831", level="county", province="江西省", family="generic",
             start=p.url(COL), home=p.url("/"),
             notes="Jiangxi-style column page with an empty <ul id=listBox>: every item comes only from "
                   "a jQuery POST to /queryList (form: current, pageSize=10, webSiteCode[]=txxzf, "
                   "channelCode[]=fzzfjsndbg, sort, order) answering JSON {code, data:{total:27, pages:3, "
                   "results:[{source:{title, pubDate, urls: a JSON *string* {\"pc\": path}, metadata}}]}}; "
                   "3 pages (laypage renders the pager in JS, no links in the HTML). 5 reports 2019–2023 "
                   "(one with a merged 存在的问题和下一步工作打算 section, one with a 督察整改 section), "
                   "22 non-reports (解读, 信息公开年报, 工作要点, notices, news).")
