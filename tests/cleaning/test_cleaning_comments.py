"""HTML comments and processing instructions are not text, wherever they sit: trafilatura,
handed a tree, read a comment among <br>-separated lines as a line of the body."""

from __future__ import annotations

import pytest

from cleaning import clean

URL = "http://www.example.gov.cn/xxgk/2025/0320/1.html"
TITLE = "关于2024年法治政府建设情况的报告"
LINES = ["一、主要工作",
         "2024年，我县深入学习贯彻习近平法治思想，扎实推进法治政府建设，依法行政水平不断提高。",
         "二、存在的问题",
         "一是法治宣传的针对性有待加强；二是基层执法人员的专业素质仍需提高，规范化水平待提升。",
         "三、下一步工作",
         "我县将持续深化法治政府建设，推动各项工作再上新台阶，为高质量发展提供有力法治保障。",
         "某县人民政府", "2025年3月20日"]
HIDDEN = ["<!-- the template never closes div.txt: the links below end up inside it -->",
          "<?php echo $content; ?>"]


def page(body: str, container: str = "<div class='txt'>{}</div>") -> bytes:
    return (f"<html><head><meta charset='utf-8'><title>{TITLE}</title></head><body>"
            f"<div class='nav'><a href='/'>首页</a></div>{container.format(body)}"
            "</body></html>").encode()


@pytest.mark.parametrize("hidden", HIDDEN)
@pytest.mark.parametrize("container", ["<div class='txt'>{}</div>", "<body>{}</body>"])
def test_a_comment_in_a_br_separated_body_is_not_a_line(hidden: str, container: str) -> None:
    # the comment on a line of its own, as a template leaves it; its tail is page text
    body = ("<br>\n".join([TITLE, *LINES[:2]]) + f"<br>\n{hidden}\n"
            + "<br>\n".join(LINES[2:]) + "<br>\n")
    doc = clean([page(body, container)], URL)
    assert doc.text.splitlines() == LINES
