"""The column's postback: page N of the GridView when __EVENTTARGET names its pager and the
posted view state is one a page linking page N handed out (else ASP.NET's MAC failure, 500)."""
import json
import sys
from pathlib import Path

HERE = Path(sys._getframe().f_code.co_filename).parent
PAGER = "ctl00$MainContent$gvNews"
ERROR = ("<html><head><title>运行时错误</title></head><body><h1>“/”应用程序中的服务器错误。</h1>"
         "<h2><i>验证视图状态 MAC 失败。</i></h2></body></html>")


def postback(query, form):
    states = json.loads((HERE / "_states.json").read_text(encoding="utf-8"))
    arg = form.get("__EVENTARGUMENT", "")
    if form.get("__EVENTTARGET") != PAGER or not arg.startswith("Page$"):
        return 500, "text/html; charset=utf-8", ERROR
    page = arg[len("Page$"):]
    if not page.isdigit() or page not in states:
        return 500, "text/html; charset=utf-8", ERROR
    linking = {states[str(n)] for n in (int(page) - 1, int(page) + 1) if str(n) in states}
    if form.get("__VIEWSTATE") not in linking or "__EVENTVALIDATION" not in form:
        return 500, "text/html; charset=utf-8", ERROR
    return 200, "text/html; charset=utf-8", (HERE / "_aspnet" / f"page_{page}.html").read_bytes()
