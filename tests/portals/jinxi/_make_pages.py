"""Writes the saved pages of the test portal jinxi (run from the repo root, then re-check its
expected.json with a crawl): an ASP.NET WebForms column whose pages 2.. exist only as postbacks,
the shape held-out round 13's yaopu missed.

The column `/xxgk/fzzf/Default.aspx` (GET) is page 1 of 3 of a GridView (4 rows a page); its
pager shows only a window of links, `javascript:__doPostBack('ctl00$MainContent$gvNews',
'Page$N')` (page 1 links page 2 only, page 2 links 1 and 3): page 3 is linked by page 2's answer
alone. A page is the answer of POSTing `form#form1` (action `./Default.aspx`) back with
`__EVENTTARGET`/`__EVENTARGUMENT` and the hidden `__VIEWSTATE`/`__VIEWSTATEGENERATOR`/
`__EVENTVALIDATION` of the page whose link was clicked: `_api.py` answers 500 (验证视图状态 MAC
失败) to a view state no page linking that page handed out. Articles `Show.aspx?id=N`.

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

HOST, SITE, PLACE = "www.jinxi.gov.cn", "金溪县人民政府", "金溪县"
COLUMN = "/xxgk/fzzf/Default.aspx"
PAGER = "ctl00$MainContent$gvNews"
PER_PAGE = 4


def view_state(page: int) -> str:
    return "/wEPDwU" + hashlib.sha1(f"jinxi-{page}".encode()).hexdigest() + "=="


def article_path(item_id: int) -> str:
    return f"/xxgk/fzzf/Show.aspx?id={item_id}"


def grid(rows: list, page: int, last: int) -> str:
    cells = "".join(f'<tr><td><a href="Show.aspx?id={i}" target="_blank">{title}</a></td>'
                    f"<td>{day}</td></tr>" for i, title, day, _ in rows)
    window = [n for n in (page - 1, page, page + 1) if 1 <= n <= last]
    links = " ".join(f"<span>{n}</span>" if n == page else
                     f"<a href=\"javascript:__doPostBack('{PAGER}','Page${n}')\">{n}</a>"
                     for n in window)
    return (f'<table id="MainContent_gvNews" class="grid" cellspacing="0" rules="all">'
            f"<tr><th>标题</th><th>日期</th></tr>{cells}"
            f'<tr class="pager"><td colspan="2">{links}</td></tr></table>')


def page_html(rows: list, page: int, last: int) -> str:
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
            f"{grid(rows, page, last)}</form>")
    return pages.listing_page(SITE, form, "")


def write_jinxi() -> None:
    rows = pages.items(PLACE)
    last = -(-len(rows) // PER_PAGE)
    for page in range(1, last + 1):
        html = page_html(rows[(page - 1) * PER_PAGE: page * PER_PAGE], page, last)
        if page == 1:
            pages.write("jinxi", HOST, COLUMN, html)
        pages.write("jinxi", HOST, f"/_aspnet/page_{page}.html", html)
    for i, title, day, year in rows:
        pages.write("jinxi", HOST, article_path(i),
                    pages.article(SITE, title, day, pages.body_of(PLACE, title, year)))
    states = {str(page): view_state(page) for page in range(1, last + 1)}
    rules = {"headers": {"/xxgk/*": {"Content-Type": "text/html; charset=utf-8",
                                     "X-Powered-By": "ASP.NET"}},
             "post": {COLUMN: "python:_api.py:postback"}}
    host_dir = PORTALS / "jinxi" / "site" / HOST
    (host_dir / "_replay.json").write_text(json.dumps(rules, indent=2) + "\n", encoding="utf-8")
    (host_dir / "_states.json").write_text(json.dumps(states, indent=2) + "\n", encoding="utf-8")
    reports, skipped = pages.split(HOST, rows, lambda i, _: article_path(i))
    pages.expected("jinxi", "An ASP.NET GridView column: pages 2 and 3 only as postbacks of "
                   "form#form1 (__doPostBack('ctl00$MainContent$gvNews','Page$N')), each posted "
                   "with the view state of the page whose pager window links it; page 3 is "
                   "linked by page 2's answer alone.", f"http://{HOST}{COLUMN}", reports, skipped)
    (PORTALS / "jinxi" / "portal.toml").write_text(
        "# Test portal (fictional): an ASP.NET GridView column paged only by __doPostBack.\n"
        'slug = "jinxi"\nname = "金溪县人民政府"\ndivision_code = "361027"\nlevel = "county"\n'
        f'province = "江西省"\nfamily = "generic"\nstart_urls = ["http://{HOST}{COLUMN}"]\n',
        encoding="utf-8")


if __name__ == "__main__":
    write_jinxi()
