"""Round 9, portals 3–4: qianlin (xxgk catalogue whose tree comes from a getTree JSON call;
list.html then ?page=N&size=M; a 504) and mucheng (registered on www's English-named
/gov/rule-of-law/ page, the column on sfj., rows grouped under <h3>YYYY年</h3>)."""

from __future__ import annotations

import json
from html import escape

from common import Portal, generic_container, trs_container
from furniture import Site, list_page
from items import by_date, other_items, report_items
from portals_a import toml_fields

QIANLIN = Site("www.qianlin.gov.cn", "千林区人民政府", "千林区", "粤", "4406090003")
TREE = [("100", "0", "政府信息公开指南", "xxgkzn"), ("101", "0", "政府信息公开制度", "xxgkzd"),
        ("102", "0", "法定主动公开内容", ""), ("1021", "102", "机构职能", "jgzn"),
        ("1022", "102", "政策文件", "zcwj"), ("1023", "102", "财政预决算", "czyjs"),
        ("1027", "102", "法治政府建设年度报告", "fzzfjsndbg"), ("103", "0", "政府信息公开年报", "xxgknb")]
TREE_SCRIPT = """<script src="/js/ztree/jquery.ztree.core.min.js"></script>
<script>
var setting = {
  data: {simpleData: {enable: true, idKey: "id", pIdKey: "pId", rootPId: "0"}},
  callback: {onClick: function (event, treeId, node) {
    if (node.listUrl) { $("#listFrame").attr("src", node.listUrl); }
  }}
};
$(function () {
  $.getJSON("/xxgk/getTree.do", {siteId: "qlq", parentId: "0"}, function (res) {
    if (res.code === 0) { $.fn.zTree.init($("#catalogTree"), setting, res.data); }
  });
});
</script>
"""
PER_PAGE = 6


def qianlin() -> Portal:
    host = f"http://{QIANLIN.host}"

    def url_for(date: str, serial: int) -> str:
        return f"{host}/xxgk/fzzfjsndbg/content/post_{5130000 + serial}.html"

    gov, place = QIANLIN.name, QIANLIN.place
    items = report_items(gov, place, "千林区人民政府", [2020, 2021, 2022, 2023, 2024, 2025], url_for,
                         status={2021: 504})
    items += other_items(gov, place, url_for, ["interp2025", "interp2024", "disclosure2024", "plan2025",
                                               "notice2024", "news2025", "summary2024", "disclosure2022",
                                               "scheme2021", "notice2022"])
    portal = Portal("qianlin", QIANLIN, toml_fields("qianlin", gov, "440609", "district", "广东省",
                                                    "generic", f"{host}/xxgk/index.html"),
                    notes="Registered on the 信息公开 catalogue /xxgk/index.html: an empty zTree "
                          "filled by GET /xxgk/getTree.do?siteId=qlq&parentId=0 (JSON nodes with "
                          "listUrl); the node 法治政府建设年度报告 opens /xxgk/fzzfjsndbg/list.html in "
                          "the right-hand iframe (which starts on the 指南 node). Pages 2–3 are "
                          "list.html?page=N&size=6 (rendered pager); the 2021 report answers 504.",
                    items=by_date(items))
    nodes = [{"id": i, "pId": p, "name": n, **({"listUrl": f"/xxgk/{c}/list.html"} if c else
                                                {"isParent": True, "open": True})}
             for i, p, n, c in TREE]
    portal.save(QIANLIN.host, "/xxgk/getTree.do@siteId=qlq&parentId=0",
                json.dumps({"code": 0, "msg": "success", "data": nodes}, ensure_ascii=False))
    content = ('<div class="xxgk-left"><div class="tree-title">信息公开目录</div>'
               '<ul id="catalogTree" class="ztree"></ul></div>\n<div class="xxgk-right">'
               '<iframe id="listFrame" name="listFrame" src="/xxgk/xxgkzn/list.html" frameborder="0" '
               'width="100%" height="900" scrolling="no"></iframe></div>\n')
    portal.save(QIANLIN.host, "/xxgk/index.html",
                list_page(QIANLIN, title="政府信息公开目录", column="政府信息公开", content=content,
                          scripts=TREE_SCRIPT))
    for _, _, name, code in TREE:
        if code and code != "fzzfjsndbg":
            portal.save(QIANLIN.host, f"/xxgk/{code}/list.html", _frame(name, "<p class=\"empty\">暂无信息</p>"))
    pages = [portal.items[i:i + PER_PAGE] for i in range(0, len(portal.items), PER_PAGE)]
    for n, rows in enumerate(pages, start=1):
        table = "".join(f'<tr><td>{(n - 1) * PER_PAGE + k}</td><td class="title"><a href="{i.path}" '
                        f'target="_blank" title="{escape(i.title)}">{escape(i.title)}</a></td>'
                        f"<td>{i.date}</td></tr>\n" for k, i in enumerate(rows, start=1))
        body = ('<table class="gk-list"><tr><th>序号</th><th>标题</th><th>发布日期</th></tr>\n'
                + table + "</table>\n" + _pager(n, len(pages), len(portal.items)))
        name = "list.html" if n == 1 else f"list.html@page={n}&size={PER_PAGE}"
        portal.save(QIANLIN.host, f"/xxgk/fzzfjsndbg/{name}", _frame("法治政府建设年度报告", body))
    portal.articles(QIANLIN, generic_container, "法治政府建设年度报告")
    portal.extra = {"column": f"{host}/xxgk/fzzfjsndbg/list.html", "api": f"{host}/xxgk/getTree.do"}
    return portal


def _pager(n: int, count: int, total: int) -> str:
    def href(k: int) -> str:
        return "list.html" if k == 1 else f"list.html?page={k}&amp;size={PER_PAGE}"
    links = [f'<a href="{href(1)}">首页</a>']
    if n > 1:
        links.append(f'<a href="{href(n - 1)}">上一页</a>')
    links += [f'<span class="current">{k}</span>' if k == n else f'<a href="{href(k)}">{k}</a>'
              for k in range(1, count + 1)]
    if n < count:
        links.append(f'<a href="{href(n + 1)}">下一页</a>')
    links.append(f'<a href="{href(count)}">尾页</a>')
    return f'<div class="pagination">{"".join(links)}<span>共{total}条 {n}/{count}页</span></div>\n'


def _frame(name: str, body: str) -> str:
    """A page framed in the catalogue: no site furniture, as such frames are."""
    return (f'<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n<title>{name}</title>\n'
            '<link rel="stylesheet" href="/css/xxgk.css">\n</head>\n<body>\n'
            f'<div class="gk-title">{name}</div>\n{body}</body>\n</html>\n')


WWW = Site("www.mucheng.gov.cn", "沐城县人民政府", "沐城县", "鲁", "3713290004")
SFJ = Site("sfj.mucheng.gov.cn", "沐城县司法局", "沐城县", "鲁", "3713290104")


def mucheng() -> Portal:
    www, sfj = f"http://{WWW.host}", f"http://{SFJ.host}"

    def sfj_url(date: str, serial: int) -> str:
        return f"{sfj}/gov/rule-of-law/annual-report/{date[:7]}/{date[8:]}/content_{4100 + serial}.html"

    def www_url(date: str, serial: int) -> str:
        return f"{www}/gov/rule-of-law/news/{date[:7]}/{date[8:]}/content_{3100 + serial}.html"

    gov, place = WWW.name, WWW.place
    items = report_items(gov, place, "沐城县人民政府", [2020, 2021, 2022, 2023, 2024, 2025], sfj_url)
    items += other_items(gov, place, sfj_url, ["interp2025", "disclosure2025", "plan2025", "notice2024",
                                               "summary2024", "interp2023", "disclosure2023",
                                               "notice2022"])
    news = other_items(gov, place, www_url, ["news2025", "news2024", "news2023"], serial=3000)
    column = f"{sfj}/gov/rule-of-law/annual-report/"
    portal = Portal("mucheng", WWW, toml_fields("mucheng", gov, "371329", "county", "山东省", "generic",
                                                f"{www}/gov/rule-of-law/index.html"),
                    notes="Registered on www's English-named topic page /gov/rule-of-law/; its "
                          "anchor 法治政府建设年度报告 leads to the column on the justice bureau's "
                          "host sfj.mucheng.gov.cn (one page, rows grouped under <h3>YYYY年</h3> by "
                          "publication year, reports and non-reports interleaved). The topic page's "
                          "own 法治动态 news (on www) are listed too.",
                    items=by_date(news) + by_date(items))
    column_items = by_date(items)
    groups = []
    for year in sorted({i.date[:4] for i in column_items}, reverse=True):
        lis = "".join(f'<li><a href="{i.path}" target="_blank">{escape(i.title)}</a>'
                      f'<span class="date">{i.date}</span></li>\n'
                      for i in column_items if i.date[:4] == year)
        groups.append(f'<div class="year-group"><h3>{year}年</h3>\n<ul>\n{lis}</ul></div>\n')
    portal.save(SFJ.host, "/gov/rule-of-law/annual-report/index.html",
                list_page(SFJ, title="法治政府建设年度报告", column="法治政府建设年度报告",
                          content="".join(groups)))
    news_lis = "".join(f'<li><a href="{i.url}" target="_blank">{escape(i.title)}</a>'
                       f"<span>{i.date}</span></li>\n" for i in by_date(news))
    landing = ('<div class="topic-banner"><h2>法治沐城</h2><p>Rule of Law in Mucheng</p></div>\n'
               '<div class="topic-nav"><a href="/gov/rule-of-law/news/">法治动态</a>'
               f'<a href="{column}" target="_blank">法治政府建设年度报告</a>'
               '<a href="/gov/rule-of-law/index.html">专题首页</a></div>\n'
               f'<div class="topic-block"><h4>法治动态</h4><ul>\n{news_lis}</ul></div>\n')
    portal.save(WWW.host, "/gov/rule-of-law/index.html",
                list_page(WWW, title="法治沐城", column="法治沐城", content=landing))
    portal.save(WWW.host, "/gov/rule-of-law/news/index.html",
                list_page(WWW, title="法治动态", column="法治动态", content=f"<ul>\n{news_lis}</ul>\n"))
    portal.articles(SFJ, generic_container, "法治政府建设年度报告", column_items)
    portal.articles(WWW, trs_container, "法治动态", by_date(news))
    portal.extra = {"column": column}
    return portal

