"""The column's postback: the AspNetPager's page N when __EVENTTARGET names the pager."""
import sys
from pathlib import Path

HERE = Path(sys._getframe().f_code.co_filename).parent
PAGER = "ctl00$ContentPlaceHolder1$AspNetPager1"
ERROR = ("<html><head><title>运行时错误</title></head><body><h1>“/”应用程序中的服务器错误。</h1>"
         "<h2><i>验证视图状态 MAC 失败。</i></h2></body></html>")


def postback(query, form):
    if query.get("ClassID") != "127":
        return 404, "text/html; charset=utf-8", "<h1>404 - 找不到文件或目录。</h1>"
    if "__VIEWSTATE" not in form or "__EVENTVALIDATION" not in form:
        return 500, "text/html; charset=utf-8", ERROR
    page = 1
    arg = form.get("__EVENTARGUMENT", "")
    if form.get("__EVENTTARGET") == PAGER and arg.isdigit():
        page = min(max(int(arg), 1), 3)
    return 200, "text/html; charset=utf-8", (HERE / "_aspnet" / f"page_{page}.html").read_bytes()
