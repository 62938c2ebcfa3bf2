"""A print view prints the page about itself: a header of the site's name and its domain, a
footer of the print time and the page's address. Neither is report text, whatever the labels
say; body lines holding an address or a date stay. Pages written here."""

from __future__ import annotations

import pytest

from cleaning import clean
from cleaning.page_stamps import is_page_stamp

TITLE = "丁区人民政府关于2024年度法治政府建设工作情况的报告"
BODY_LINES = ["丁市人民政府：",
              "2024年，区政府深入学习贯彻习近平法治思想，扎实推进法治政府建设，现将有关情况报告如下。",
              "一、主要举措和成效",
              "全年审查行政规范性文件17件，开展行政执法案卷评查两次，评查案卷60卷。",
              "依托区政府门户网站（www.dq.gov.cn）公开行政执法信息2万余条。",
              "二、存在的不足",
              "基层执法人员专业化水平仍需提升。",
              "丁区人民政府",
              "2025年3月12日"]
HEADERS = ["丁区人民政府网 dq.gov.cn", "www.dq.gov.cn 丁区人民政府门户网站"]
FOOTERS = ["输出时间：2025/04/02 16:05　页面链接：https://www.dq.gov.cn/zwgk/art/2025/3/14/a1.html",
           "本文网址：http://www.dq.gov.cn/zwgk/art/2025/3/14/a1.html",
           "打印日期：2025年4月2日 16:05",
           # a label in brackets, a colon after them or none
           "【本文地址】http://www.dq.gov.cn/zwgk/art/2025/3/14/a1.html",
           "[本页网址]：www.dq.gov.cn/zwgk/art/2025/3/14/a1.html"]


def print_view(header: str, footer: str) -> bytes:
    body = "".join(f"<p>{line}</p>" for line in BODY_LINES)
    return (f"<html><head><meta charset='utf-8'><title>打印 - 丁区人民政府</title></head><body>"
            f"<div class='top'>{header}</div><div class='bar'>[打印][关闭]</div>"
            f"<h3>{TITLE}</h3><div class='text'>{body}</div><div class='bottom'>{footer}</div>"
            f"</body></html>").encode()


@pytest.mark.parametrize("header", HEADERS)
@pytest.mark.parametrize("footer", FOOTERS)
def test_a_print_views_header_and_footer_go(header, footer):
    doc = clean([print_view(header, footer)], "https://www.dq.gov.cn/print/a1.html")
    assert doc.text.split("\n") == BODY_LINES


@pytest.mark.parametrize("line", [
    "网站地址：www.dq.gov.cn，欢迎查询。", "举报电话：12345，网址：www.dq.gov.cn",
    "会议时间：2025-03-12 09:30，地点：区政府三楼会议室", "附件1.docx",
    "（一）门户网站www.dq.gov.cn", "【网址】www.dq.gov.cn，欢迎查询。", "2025-03-12 09:30",
    "版本号：2.0.1"])
def test_lines_with_more_than_stamps_are_no_page_stamp(line):
    assert not is_page_stamp(line)


def test_a_page_link_line_with_its_copy_button_inside_the_body_goes():
    """本文链接：<url>　复制链接 after the signature's date, inside the content container: the
    button's word after the address was kept with the line."""
    body = "".join(f"<p>{line}</p>" for line in BODY_LINES)
    link = ("<p>本文链接：http://www.dq.gov.cn/zwgk/art/2025/3/14/a1.html　"
            "<a href='javascript:copyUrl();'>复制链接</a></p>")
    page = (f"<html><head><meta charset='utf-8'><title>{TITLE}</title></head><body>"
            f"<h1>{TITLE}</h1><div id='zoom'>{body}{link}</div></body></html>").encode()
    doc = clean([page], "https://www.dq.gov.cn/zwgk/art/2025/3/14/a1.html")
    assert doc.text.split("\n") == BODY_LINES


@pytest.mark.parametrize("line", [
    "本文链接：http://www.dq.gov.cn/a1.html 复制链接，转发请注明出处",
    "本文链接：http://www.dq.gov.cn/a1.html 2025年3月"])
def test_a_page_link_with_more_than_a_button_after_it_is_no_stamp(line):
    assert not is_page_stamp(line)
