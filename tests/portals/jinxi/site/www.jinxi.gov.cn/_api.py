"""The column's postback: page N of the GridView when __EVENTTARGET names its
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
