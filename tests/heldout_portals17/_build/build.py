"""Build held-out portal round 17: `.venv/bin/python tests/heldout_portals17/_build/build.py`.

Rewrites every portal folder (site/, expected.json, portal.toml); deterministic (seeded).
Portal 1 here, 2–4 in build2.py, 5 in build3.py; `model.py` the items and the writing,
`furniture.py` the page furniture and the .docx writer, `texts.py` the sentence pools.
"""

from __future__ import annotations

import html
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import furniture as fu  # noqa: E402
from model import Item, Writer, column_items  # noqa: E402

TOML = """# Held-out round 17 (blind): {note}
slug = "{slug}"
name = "{name}"
division_code = "{code}"
level = "{level}"
province = "{province}"
family = "{family}"
start_urls = ["{start}"]
"""


def hanweb_article(site: fu.Site, col: str, it: Item, idx: str) -> str:
    body = ('<meta name="ContentStart">\n' + fu.paragraphs_html(it.paras) + '<meta name="ContentEnd">\n')
    return fu.article_page(site, col, it.title, it.date, idx, body)


# ---- 1. echuan: Hanweb 信息公开 module, list only by POST /module/xxgk/search.jsp (currpage)
ECHUAN_COL = "1229431507"
ECHUAN_FORM = {"infotypeId": "B0306", "jdid": "3318", "area": "330329001",
               "divid": f"div{ECHUAN_COL}"}


def echuan_fragment(rows: list[Item], page: int, pages: int, total: int) -> str:
    trs = []
    for i, it in enumerate(rows):
        cls = "tr_main_value_odd" if i % 2 == 0 else "tr_main_value_even"
        t = html.escape(it.title)
        trs.append(f'<tr class="{cls}"><td>{(page - 1) * 6 + i + 1}</td><td align="left">'
                   f'<a href="{it.url}" target="_blank" style="cursor:hand;" title="{t}">{t}</a></td>'
                   f'<td></td><td>{it.date}</td></tr>')
    nav = "".join([f'<a href="javascript:searchPage({p})">{p}</a> ' for p in range(1, pages + 1)])
    nxt = f'<a href="javascript:searchPage({page + 1})">下一页</a>' if page < pages else "下一页"
    return ('<table width="100%" class="xxgk_table"><tr class="tr_main_title"><td>序号</td>'
            '<td>信息名称</td><td>文号</td><td>发布日期</td></tr>\n' + "\n".join(trs) + '\n</table>\n'
            f'<div class="xxgk_page">&nbsp;&nbsp;共{total}条&nbsp;&nbsp;共{pages}页&nbsp;&nbsp;'
            f'当前第{page}页&nbsp; <a href="javascript:searchPage(1)">首页</a> {nav}{nxt} '
            f'<a href="javascript:searchPage({pages})">尾页</a></div>\n')


ECHUAN_API = '''"""Hanweb xxgk search.jsp: POST form (infotypeId, jdid, area, divid, currpage, ...)."""
PAGES = {pages}
WANT = {want}
EMPTY = {empty}


def listing(query, form):
    args = dict(query)
    args.update(form)
    if any(args.get(k) != v for k, v in WANT.items()):
        return 200, "text/html;charset=UTF-8", EMPTY
    try:
        page = int(args.get("currpage") or 1)
    except ValueError:
        page = 1
    page = min(max(page, 1), len(PAGES))
    return 200, "text/html;charset=UTF-8", PAGES[page - 1]
'''


def build_echuan() -> None:
    site = fu.Site("莪川县人民政府", "www.echuan.gov.cn", "莪川县", "3303290001", "浙ICP备05012345号-1")
    w = Writer("echuan", site.host)
    w.stubs()
    items = column_items("莪川县人民政府", "县委、市人民政府：", [2024, 2023, 2022, 2021, 2020], 1701,
                         "莪川县人民政府关于{y}年度法治政府建设情况的报告")
    col = "法治政府建设年度报告"
    for n, it in enumerate(items):
        y, m, d = it.date.split("-")
        it.url = f"http://{site.host}/art/{y}/{int(m)}/{int(d)}/art_{ECHUAN_COL}_{59012300 + n * 7}.html"
        path = it.url.split(site.host, 1)[1]
        it.dead = it.year == 2021
        if not it.dead:
            w.put(path, hanweb_article(site, col, it, f"00250{n:02d}/{y}-0{n}"))
    pages = [items[i:i + 6] for i in range(0, len(items), 6)]
    frags = [echuan_fragment(rows, p + 1, len(pages), len(items)) for p, rows in enumerate(pages)]
    empty = echuan_fragment([], 1, 1, 0)
    w.put("/_api.py", ECHUAN_API.format(pages=json.dumps(frags, ensure_ascii=False, indent=1),
                                        want=json.dumps(ECHUAN_FORM), empty=json.dumps(empty, ensure_ascii=False)))
    dead = [it.url.split(site.host, 1)[1] for it in items if it.dead]
    w.put("/_replay.json", json.dumps({"post": {"/module/xxgk/search.jsp": "python:_api.py:listing"},
                                       "status": {p: 404 for p in dead}}, indent=1))
    w.put("/module/xxgk/tree.jsp@area=330329001&divid=div1229431507&standardXxgk=1", echuan_tree(site))
    w.put(f"/col/col{ECHUAN_COL}/index.html", echuan_shell(site))
    for p in dead:  # a 404 page body for the dead link
        w.put(p, "<html><head><title>404 Not Found</title></head><body><h1>404 Not Found</h1></body></html>")
    w.finish(items, TOML.format(note="Hanweb 信息公开 column shell; rows only from POST /module/xxgk/search.jsp "
                                     "(form infotypeId/jdid/area/divid, currpage 1..3), answer an HTML table.",
                                slug="echuan", name=site.name, code="330329", level="county",
                                province="浙江省", family="hanweb",
                                start=f"http://{site.host}/col/col{ECHUAN_COL}/index.html"),
             notes="Column /col/col1229431507/index.html is a Hanweb xxgk shell: left catalogue is an iframe "
                   "tree.jsp?area=330329001; the list div is filled by $.ajax POST /module/xxgk/search.jsp "
                   "with the form infotypeId=B0306, jdid=3318, area, divid, currpage=N (pages 1-3, 6/6/1 rows "
                   "of tr.tr_main_value_odd/even). The 2021 report answers 404.",
             column=f"http://{site.host}/col/col{ECHUAN_COL}/index.html")


def echuan_tree(site: fu.Site) -> str:
    nodes = ["机构职能", "政策文件", "规划信息", "财政资金", "法治政府建设年度报告", "政府信息公开年报"]
    lis = "".join(f'<li><span class="node" onclick="changeinfo(\'B03{i:02d}\')">{n}</span></li>'
                  for i, n in enumerate(nodes, 1))
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>目录</title></head><body>'
            f'<div class="xxgk_tree"><h3>{site.name}信息公开目录</h3><ul>{lis}</ul></div>'
            '<script>\nfunction changeinfo(id) { parent.location.hash = id; }\n</script></body></html>\n')


def echuan_shell(site: fu.Site) -> str:
    form = dict(ECHUAN_FORM, vc_title="", vc_number="", sortfield=",compaltedate:0", currpage=1,
                vc_filenumber="", vc_all="", texttype="0", fbtime="-1")
    script = ("<script>\nvar xxgkParam = " + json.dumps(form, ensure_ascii=False) + ";\n"
              "function searchPage(page) {\n  xxgkParam.currpage = page;\n  $.ajax({\n    type: \"POST\",\n"
              "    url: \"/module/xxgk/search.jsp?standardXxgk=1&isAllList=1&texttype=0&fbtime=-1&vc_all=&"
              "vc_filenumber=&vc_title=&vc_number=&sortfield=,compaltedate:0\",\n"
              "    data: xxgkParam,\n    dataType: \"html\",\n    success: function (html) {\n"
              f"      $(\"#div{ECHUAN_COL}\").html(html);\n    }}\n  }});\n}}\n"
              "$(function () { searchPage(1); });\n</script>\n")
    return (fu.head(site, "法治政府建设年度报告", "法治政府建设年度报告") + fu.crumb("政府信息公开", "法治政府建设年度报告")
            + '<div class="xxgk-main"><div class="xxgk-left">'
            '<iframe src="/module/xxgk/tree.jsp?area=330329001&divid=div1229431507&standardXxgk=1" '
            'name="xxgkTree" width="240" height="600" frameborder="0"></iframe></div>\n'
            '<div class="xxgk-right"><h2>法治政府建设年度报告</h2>'
            f'<div id="div{ECHUAN_COL}"><p class="loading">正在加载……</p></div></div></div>\n'
            + script + fu.footer(site))


if __name__ == "__main__":
    import build2
    import build3
    build_echuan()
    build2.build_all()
    build3.build_changhe()
    print("built", sorted(p.name for p in Path(__file__).resolve().parent.parent.iterdir()
                          if (p / "expected.json").exists()))
