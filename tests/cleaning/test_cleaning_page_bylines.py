"""A report split over pages repeats its frame on each: the 时间：… 来源：… 阅读：… byline atop a
later page is furniture as the first page's is, though it falls in mid-body. A later page's
own first line of body stays. Pages written here."""

from __future__ import annotations

from cleaning import clean

TITLE = "某县2024年法治政府建设年度报告"
BYLINE = "时间：2025-03-27 11:05　来源：某县人民政府　阅读：612"
PARTS = [["2024年，我县坚持依法行政，统筹推进法治政府建设各项工作。现将有关情况报告如下：",
          "一、主要工作成效", "（一）严格规范公正文明执法"],
         ["全年开展行政执法案卷评查12卷，组织执法人员轮训6期，执法规范化水平持续提升。",
          "二、存在的问题", "一是基层执法力量薄弱；二是法治宣传的针对性有待增强。"],
         ["三、下一步工作打算", "持续深化法治政府示范创建，着力提升依法行政能力。",
          "某县人民政府", "2025年3月20日"]]


def _page(paras: list[str], number: int) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paras)
    return ("<html><head><meta charset='utf-8'>"
            f"<title>{TITLE}</title></head><body><div class='nav'><a>首页</a></div>"
            f"<h1>{TITLE}</h1><div class='info'>{BYLINE}</div><div class='body'>{body}</div>"
            f"<div class='pager'>上一页 第{number}页 下一页 共3页</div></body></html>").encode()


def test_a_later_pages_byline_is_no_body_text():
    pages = [_page(paras, n) for n, paras in enumerate(PARTS, 1)]
    urls = ["http://www.example.gov.cn/fzzf/content.html",
            "http://www.example.gov.cn/fzzf/content_1.html",
            "http://www.example.gov.cn/fzzf/content_2.html"]
    doc = clean(pages, urls[0], page_urls=urls)
    lines = doc.text.split("\n")
    assert "阅读" not in doc.text and "来源" not in doc.text
    assert lines[0] == PARTS[0][0]
    assert lines.index(PARTS[0][2]) + 1 == lines.index(PARTS[1][0])
    assert PARTS[2][0] in lines
