"""yaopu: an ASP.NET WebForms column whose pages 2.. exist only as the answer of a postback.

Page 1 is `GET /zwgk/List.aspx?ClassID=127`; the AspNetPager's links are
`javascript:__doPostBack('ctl00$ContentPlaceHolder1$AspNetPager1','N')`, which fill
`__EVENTTARGET`/`__EVENTARGUMENT` of `form#aspnetForm` and POST it (with `__VIEWSTATE`,
`__VIEWSTATEGENERATOR`, `__EVENTVALIDATION`) back to the same URL. `_api.py` answers it.
"""

from __future__ import annotations

import base64
import hashlib
from html import escape

import common
import furniture
from furniture import Site

SLUG = "yaopu"
SITE = Site(
    "www.yaopu.gov.cn",
    "窑埔区人民政府",
    "窑埔区",
    "法治政府建设",
    "4510020031",
    "桂ICP备05009931号",
)
GOV, SUPERIOR = "窑埔区人民政府", "中共洄江市委、洄江市人民政府"
PAGER = "ctl00$ContentPlaceHolder1$AspNetPager1"
PER_PAGE = 6
API = '''"""The column's postback: the AspNetPager's page N when __EVENTTARGET names the pager."""
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
        page = min(max(int(arg), 1), PAGES)
    return 200, "text/html; charset=utf-8", (HERE / "_aspnet" / f"page_{page}.html").read_bytes()
'''


def _state(tag: str, size: int) -> str:
    raw = b"".join(hashlib.sha256(f"{tag}{i}".encode()).digest() for i in range(size))
    return base64.b64encode(raw).decode()


def _pager(n: int, pages: int, total: int) -> str:
    def link(label: str, k: int, on: bool) -> str:
        if not on:
            return f'<a disabled="disabled" style="margin-right:5px;">{label}</a>'
        return (
            f'<a href="javascript:__doPostBack(&#39;{PAGER}&#39;,&#39;{k}&#39;)" '
            f'style="margin-right:5px;">{label}</a>'
        )

    nums = "".join(
        f'<span style="margin-right:5px;font-weight:Bold;color:red;">{k}</span>'
        if k == n
        else link(str(k), k, True)
        for k in range(1, pages + 1)
    )
    return (
        f'<div id="ctl00_ContentPlaceHolder1_AspNetPager1" class="paginator">'
        f'<div style="float:left;width:40%;">共{total}条记录 第{n}/{pages}页</div>'
        '<div style="float:left;">'
        + link("首页", 1, n > 1)
        + link("上一页", n - 1, n > 1)
        + nums
        + link("下一页", n + 1, n < pages)
        + link("尾页", pages, n < pages)
        + "</div></div>"
    )


SCRIPT = """<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) {
    theForm = document.aspnetForm;
}
function __doPostBack(eventTarget, eventArgument) {
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }
}
//]]>
</script>"""


def _list_page(rows: list[common.Item], n: int, pages: int, total: int) -> str:
    trs = "".join(
        '<tr><td class="t">'
        f'<a href="Show.aspx?ID={_id(it)}" target="_blank" title="{escape(it.title)}">'
        f'{escape(it.title)}</a></td><td class="d">{it.date}</td></tr>'
        for it in rows
    )
    hidden = (
        f'<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />\n'
        f'<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />\n'
        '<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" '
        f'value="/wEPDwUKLTM4NjQ{_state(f"vs{n}", 9)}" />\n'
    )
    after = (
        '<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" '
        'value="C0A2B6E1" />\n'
        '<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" '
        f'value="/wEdAAk{_state(f"ev{n}", 3)}" />'
    )
    main = (
        '<form name="aspnetForm" method="post" action="List.aspx?ClassID=127" '
        'id="aspnetForm">\n<div>\n'
        + hidden
        + "</div>\n"
        + SCRIPT
        + f'\n<div class="lm-title"><h2>{SITE.column}</h2></div>\n'
        '<div><table class="gvlist" cellspacing="0" rules="all" border="1" '
        'id="ctl00_ContentPlaceHolder1_gvList" '
        'style="border-collapse:collapse;"><tr>'
        '<th scope="col">标题</th><th scope="col">发布日期</th></tr>'
        + trs
        + "</table></div>\n"
        + _pager(n, pages, total)
        + "\n<div>\n"
        + after
        + "\n</div></form>"
    )
    return furniture.page(SITE, SITE.column, main)


def _id(it: common.Item) -> int:
    return 3000 + int(it.date.replace("-", "")) % 9973


def build() -> None:
    its = common.items(GOV, SITE.short, [2025, 2024, 2023, 2022, 2021])
    for it in its:
        it.url = f"http://{SITE.host}/zwgk/Show.aspx?ID={_id(it)}"
    assert len({it.url for it in its}) == len(its)
    common.articles(SITE, SLUG, its, GOV, SUPERIOR, lambda it: f"/zwgk/Show.aspx@ID={_id(it)}")
    pages = -(-len(its) // PER_PAGE)
    for n in range(1, pages + 1):
        html = _list_page(its[(n - 1) * PER_PAGE : n * PER_PAGE], n, pages, len(its))
        common.write(SITE, f"_aspnet/page_{n}.html", html, SLUG)
        if n == 1:
            common.write(SITE, "/zwgk/List.aspx@ClassID=127", html, SLUG)
    common.write(SITE, "_api.py", API.replace("PAGES)", f"{pages})"), SLUG)
    aspx = {
        "Content-Type": "text/html; charset=utf-8",
        "X-Powered-By": "ASP.NET",
        "X-AspNet-Version": "4.0.30319",
    }
    common.replay(
        SITE,
        SLUG,
        {"headers": {"/zwgk/*": aspx}, "post": {"/zwgk/List.aspx": "python:_api.py:postback"}},
    )
    start = f"http://{SITE.host}/zwgk/List.aspx?ClassID=127"
    common.expected(
        SLUG,
        its,
        (
            "ASP.NET WebForms column: page 1 by GET; pages 2-3 only as the answer of POSTing "
            "form#aspnetForm back (__EVENTTARGET=ctl00$ContentPlaceHolder1$AspNetPager1, "
            "__EVENTARGUMENT=N, with __VIEWSTATE and __EVENTVALIDATION; a POST without them "
            "answers 500). Rows in a GridView table, articles Show.aspx?ID=N."
        ),
        start,
        api="POST /zwgk/List.aspx?ClassID=127 (_api.py)",
    )
    common.portal_toml(
        SLUG,
        SITE.name,
        "450299",
        "district",
        "广西壮族自治区",
        "generic",
        start,
        "Held-out round 13: an ASP.NET column paged only by __doPostBack (AspNetPager).",
    )
