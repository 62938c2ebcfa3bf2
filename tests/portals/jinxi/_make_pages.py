"""Writes the saved pages of the test portals jinxi, yanxi and xiaxi (run from the repo root, then
re-check their expected.json with a crawl): ASP.NET WebForms columns whose pages 2.. exist only as
postbacks, the shape held-out round 13's yaopu missed.

The column `/xxgk/fzzf/Default.aspx` (GET) is page 1 of 3 of a GridView (4 rows a page); its
pager shows only a window of links, `javascript:__doPostBack('ctl00$MainContent$gvNews',
'Page$N')` (page 1 links page 2 only, page 2 links 1 and 3): page 3 is linked by page 2's answer
alone. A page is the answer of POSTing `form#form1` (action `./Default.aspx`) back with
`__EVENTTARGET`/`__EVENTARGUMENT` and the hidden `__VIEWSTATE`/`__VIEWSTATEGENERATOR`/
`__EVENTVALIDATION` of the page whose link was clicked: `_api.py` answers 500 (验证视图状态 MAC
失败) to a view state no page linking that page handed out. Articles `Show.aspx?id=N`.

yanxi is the same column (`www.yanxi.gov.cn`) with a pager of 上一页/下一页 only
(`Page$Prev`/`Page$Next`, no number anywhere): page N+1 is `Page$Next` posted with page N's view
state, so the pages come one answer after another; xiaxi (`www.xiaxi.gov.cn`) the same with
上一页/下一页 submit buttons (`<input type="submit" name="ctl00$MainContent$btnNext"
value="下一页">`): page N+1 is page N's form posted with that button clicked.

The page furniture, report texts and items are baishi's (tests/portals/baishi/_make_pages.py).
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
from pathlib import Path

PORTALS = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("baishi_pages",
                                               PORTALS / "baishi" / "_make_pages.py")
assert _spec and _spec.loader
pages = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(pages)

COLUMN = "/xxgk/fzzf/Default.aspx"
PAGER = "ctl00$MainContent$gvNews"
PER_PAGE = 4


def view_state(page: int) -> str:
    return "/wEPDwU" + hashlib.sha1(f"jinxi-{page}".encode()).hexdigest() + "=="


def article_path(item_id: int) -> str:
    return f"/xxgk/fzzf/Show.aspx?id={item_id}"


def pager_links(page: int, last: int, pager: str) -> str:
    moves = [("Page$Prev", "上一页")] if page > 1 else []
    moves += [("Page$Next", "下一页")] if page < last else []
    if pager == "button":
        return " ".join(f'<input type="submit" name="ctl00$MainContent$btn{arg[5:]}" '
                        f'value="{text}" />' for arg, text in moves)
    if pager == "next":
        return " ".join(f"<a href=\"javascript:__doPostBack('{PAGER}','{arg}')\">{text}</a>"
                        for arg, text in moves)
    window = [n for n in (page - 1, page, page + 1) if 1 <= n <= last]
    return " ".join(f"<span>{n}</span>" if n == page else
                    f"<a href=\"javascript:__doPostBack('{PAGER}','Page${n}')\">{n}</a>"
                    for n in window)


def grid(rows: list, page: int, last: int, pager: str) -> str:
    cells = "".join(f'<tr><td><a href="Show.aspx?id={i}" target="_blank">{title}</a></td>'
                    f"<td>{day}</td></tr>" for i, title, day, _ in rows)
    links = pager_links(page, last, pager)
    return (f'<table id="MainContent_gvNews" class="grid" cellspacing="0" rules="all">'
            f"<tr><th>标题</th><th>日期</th></tr>{cells}"
            f'<tr class="pager"><td colspan="2">{links}</td></tr></table>')


def page_html(site: str, rows: list, page: int, last: int, pager: str) -> str:
    form = ('<form method="post" action="./Default.aspx" id="form1">'
            '<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />'
            '<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />'
            f'<input type="hidden" name="__VIEWSTATE" value="{view_state(page)}" />'
            '<input type="hidden" name="__VIEWSTATEGENERATOR" value="5D1B3C2A" />'
            f'<input type="hidden" name="__EVENTVALIDATION" value="/wEdAA{page}x" />'
            "<script type=\"text/javascript\">var theForm = document.forms['form1'];\n"
            "function __doPostBack(eventTarget, eventArgument) {\n"
            "  if (!theForm.onsubmit || (theForm.onsubmit() != false)) {\n"
            "    theForm.__EVENTTARGET.value = eventTarget;\n"
            "    theForm.__EVENTARGUMENT.value = eventArgument;\n"
            "    theForm.submit();\n  }\n}\n</script>"
            f"{grid(rows, page, last, pager)}</form>")
    return pages.listing_page(site, form, "")


API_SOURCE = '''"""The column's postback: page N of the GridView when __EVENTTARGET names its
pager, for Page$N posted with the view state of a page linking page N, for Page$Next with any
page's (then the page after it); else ASP.NET's MAC failure (500). Written by
../../_make_pages.py."""
import json
import sys
from pathlib import Path

HERE = Path(sys._getframe().f_code.co_filename).parent
PAGER = "ctl00$MainContent$gvNews"
ERROR = ("<html><head><title>运行时错误</title></head><body><h1>“/”应用程序中的服务器错误。</h1>"
         "<h2><i>验证视图状态 MAC 失败。</i></h2></body></html>")


def postback(query, form):
    states = json.loads((HERE / "_states.json").read_text(encoding="utf-8"))
    arg, state = form.get("__EVENTARGUMENT", ""), form.get("__VIEWSTATE")
    if form.get("ctl00$MainContent$btnNext") == "下一页":   # the button clicked
        form, arg = {**form, "__EVENTTARGET": PAGER}, "Page$Next"
    posted = [int(n) for n, value in states.items() if value == state]
    if form.get("__EVENTTARGET") != PAGER or not posted or "__EVENTVALIDATION" not in form:
        return 500, "text/html; charset=utf-8", ERROR
    if arg == "Page$Next":
        page = posted[0] + 1
    elif arg.startswith("Page$") and arg[5:].isdigit() and abs(int(arg[5:]) - posted[0]) == 1:
        page = int(arg[5:])
    else:
        return 500, "text/html; charset=utf-8", ERROR
    if str(page) not in states:
        return 500, "text/html; charset=utf-8", ERROR
    return 200, "text/html; charset=utf-8", (HERE / "_aspnet" / f"page_{page}.html").read_bytes()
'''


def write_portal(slug: str, host: str, site: str, place: str, pager: str) -> None:
    rows = pages.items(place)
    last = -(-len(rows) // PER_PAGE)
    for page in range(1, last + 1):
        html = page_html(site, rows[(page - 1) * PER_PAGE: page * PER_PAGE], page, last,
                         pager)
        if page == 1:
            pages.write(slug, host, COLUMN, html)
        pages.write(slug, host, f"/_aspnet/page_{page}.html", html)
    for i, title, day, year in rows:
        pages.write(slug, host, article_path(i),
                    pages.article(site, title, day, pages.body_of(place, title, year)))
    states = {str(page): view_state(page) for page in range(1, last + 1)}
    rules = {"headers": {"/xxgk/*": {"Content-Type": "text/html; charset=utf-8",
                                     "X-Powered-By": "ASP.NET"}},
             "post": {COLUMN: "python:_api.py:postback"}}
    host_dir = PORTALS / slug / "site" / host
    (host_dir / "_replay.json").write_text(json.dumps(rules, indent=2) + "\n", encoding="utf-8")
    (host_dir / "_states.json").write_text(json.dumps(states, indent=2) + "\n", encoding="utf-8")
    (host_dir / "_api.py").write_text(API_SOURCE, encoding="utf-8")
    reports, skipped = pages.split(host, rows, lambda i, _: article_path(i))
    shape = {"next": "a pager of 上一页/下一页 only (Page$Prev/Page$Next): page N+1 is Page$Next "
                     "posted with page N's view state",
             "button": "上一页/下一页 submit buttons (ctl00$MainContent$btnNext): page N+1 is "
                       "the form of page N posted with that button clicked",
             "numbers": "__doPostBack('ctl00$MainContent$gvNews','Page$N'), each posted with "
                        "the view state of the page whose pager window links it; page 3 is "
                        "linked by page 2's answer alone"}[pager]
    pages.expected(slug, "An ASP.NET GridView column: pages 2 and 3 only as postbacks of "
                   f"form#form1, {shape}.", f"http://{host}{COLUMN}", reports, skipped)


def write_entry(slug: str, name: str, code: str, province: str, host: str, what: str) -> None:
    (PORTALS / slug / "portal.toml").write_text(
        f"# Test portal (fictional): an ASP.NET GridView column paged only by {what}.\n"
        f'slug = "{slug}"\nname = "{name}"\ndivision_code = "{code}"\nlevel = "county"\n'
        f'province = "{province}"\nfamily = "generic"\nstart_urls = ["http://{host}{COLUMN}"]\n',
        encoding="utf-8")


if __name__ == "__main__":
    write_portal("jinxi", "www.jinxi.gov.cn", "金溪县人民政府", "金溪县", pager="numbers")
    write_entry("jinxi", "金溪县人民政府", "361027", "江西省", "www.jinxi.gov.cn", "__doPostBack")
    write_portal("yanxi", "www.yanxi.gov.cn", "岩溪县人民政府", "岩溪县", pager="next")
    write_entry("yanxi", "岩溪县人民政府", "350527", "福建省", "www.yanxi.gov.cn",
                "__doPostBack 下一页 links")
    write_portal("xiaxi", "www.xiaxi.gov.cn", "霞溪县人民政府", "霞溪县", pager="button")
    write_entry("xiaxi", "霞溪县人民政府", "350627", "福建省", "www.xiaxi.gov.cn",
                "下一页 submit buttons")
