"""A salutation right after a small nested byline table (作者/来源/发布时间/点击) inside the same
content cell, in a <font>/<br> body: trafilatura dropped the short line after the table; the
walk's salutation goes back before the opening paragraph."""

from __future__ import annotations

from cleaning import clean
from cleaning.walk_checks import with_salutation

URL = "http://www.example.gov.cn/html/100/200.html"
TITLE = "某某自治县人民政府关于2024年度法治政府建设工作的报告"
P = "&nbsp;&nbsp;&nbsp;&nbsp;"


def page() -> bytes:
    return (f"<html><head><meta charset='utf-8'><title>{TITLE}--某某县人民政府网</title></head>"
            "<body><table width='1000' align='center'>\n"
            "<tr><td class='wz'>您现在的位置：<a href='/'>某某县人民政府网</a> &gt;&gt; 浏览文章"
            f"</td></tr>\n<tr><td align='center' class='bt'><b>{TITLE}</b></td></tr>\n"
            "<tr><td class='content'>\n<table width='100%'><tr><td align='center'>作者：县司法局"
            "　　来源：某某县人民政府网　　发布时间：2025年03月24日　　点击："
            "<script src='/c.asp?id=1'></script></td></tr></table>\n"
            f"<font size='3' face='仿宋_GB2312'>{P}某某藏族自治州人民政府：<br>\n<br>\n"
            f"{P}2024年，县政府坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻习近平法治思想，"
            "全面落实《法治政府建设实施纲要（2021—2025年）》，扎实推进法治政府建设各项工作。"
            "现将有关情况报告如下：<br>\n<br>\n"
            "<font face='黑体'>一、2024年度推进法治政府建设的主要举措和成效</font><br>\n<br>\n"
            "<font face='楷体_GB2312'>（一）健全依法决策机制，提升决策质量</font><br>\n<br>\n"
            f"{P}严格落实重大行政决策程序规定，公布年度重大行政决策事项目录，全年18项重大决策"
            "全部履行公众参与、专家论证、风险评估、合法性审查和集体讨论决定程序。<br>\n<br>\n"
            f"{P}某某自治县人民政府<br>\n<br>\n{P}2025年3月18日</font>\n"
            "<br><br><div align='right'>【<a href='javascript:window.print()'>打印文章</a>】"
            "【<a href='javascript:window.close()'>关闭本页</a>】</div>\n</td></tr>\n"
            "<tr><td class='foot'>版权所有：某某自治县人民政府办公室　青ICP备09000000号</td></tr>"
            "</table></body></html>").encode()


def test_the_salutation_after_a_nested_byline_table_is_kept():
    text = clean([page()], URL).text
    assert text.startswith("某某藏族自治州人民政府：\n2024年，县政府坚持")


def test_with_salutation_puts_back_only_a_dropped_salutation():
    walked = ["作者：县司法局", "某州人民政府：", "2024年，现将有关情况报告如下：", "一、成效"]
    kept = ["作者：县司法局", "2024年，现将有关情况报告如下：", "一、成效"]
    assert with_salutation(walked, kept) == [kept[0], walked[1], *kept[1:]]
    assert with_salutation(walked, walked) == walked
    assert with_salutation(["某县人民政府办公室的同志介绍：", *kept], kept) == kept
