"""A JSP pager whose page function reads the page-size `<select>` beside it into page N's URL
(`var pageSize = document.getElementById("pageSize").value; location.href = "list.jsp?…&pageSize="
+ pageSize + "&pageNo=" + pageNo`): page N is asked with the selected size, not an empty one
(crawler/page_values.py, resolved by crawler/js_values.js_value)."""

from __future__ import annotations

from parsel import Selector

from crawler.page_functions import function_template
from crawler.page_values import element_assigned, element_value

URL = "http://www.a.gov.cn/xxgk/bg/list.jsp?channelId=318"
PAGER = ('<div class="c_page">总共16条记录，当前第1页，共4页 每页显示<select name="pageSize" '
         'id="pageSize" onchange="javascript:findByPage(1)"><option value="5" selected>5</option>'
         '<option value="10">10</option><option value="20">20</option></select>条 '
         '<a href="javascript:findByPage(2)">下一页</a></div>')
SCRIPT = """<script>
function findByPage(pageNo) {
  var pageSize = %s;
  window.location.href = "list.jsp?channelId=318&pageSize=" + pageSize + "&pageNo=" + pageNo;
}
</script>"""


def page(read: str, pager: str = PAGER) -> str:
    return f"<html><body><table></table>{pager}{SCRIPT % read}</body></html>"


def test_the_page_function_reads_the_selected_size() -> None:
    for read in ('document.getElementById("pageSize").value', "$('#pageSize').val()",
                 "document.getElementsByName('pageSize')[0].value",
                 '$("select[name=pageSize]").val()'):
        assert function_template("findByPage", page(read), URL) == (
            "http://www.a.gov.cn/xxgk/bg/list.jsp?channelId=318&pageSize=5&pageNo={}"), read


def test_element_values() -> None:
    unselected = PAGER.replace(' selected', '').replace('value="5"', 'value="15"')
    assert element_assigned("pageSize", page("$('#pageSize').val()", unselected)) == "15"
    text_only = Selector(text="<select id='s'><option>20</option></select>").css("select")[0]
    assert element_value(text_only) == "20"
    box = Selector(text="<input id='kw' value='法治'>").css("input")[0]
    assert element_value(box) == "法治"
    assert element_assigned("pageSize", page("$('#other').val()")) is None
    assert element_assigned("pageSize", page("10")) is None
