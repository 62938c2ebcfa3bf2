"""Links under a 相关文件/相关链接/相关解读 label after the body are other documents, never the
report's attachments; the report's own file under 附件 stays one."""

from __future__ import annotations

import pytest

from cleaning import clean

URL = "http://www.example.gov.cn/sfj/2025/0303/100.html"
TITLE = "某县司法局2024年度法治政府建设工作情况报告"
BODY = ("<p>县委、县人民政府：</p><p>2024年，我局深入推进法治政府建设，现将有关情况报告如下：</p>"
        "<p>一、主要举措和成效</p><p>（一）健全依法决策机制。重大决策事项全部履行法定程序。</p>"
        "<p>二、存在的不足</p><p>执法人员培训不够。</p>"
        "<p>三、2025年工作安排</p><p>持续推进严格规范公正文明执法。</p>"
        "<p>特此报告。</p><p>某县司法局</p><p>2025年2月28日</p>")
OTHER = "关于印发《某县2025年普法依法治理工作要点》的通知.docx"


def page(after: str) -> bytes:
    return (f"<html><head><meta charset='utf-8'><title>{TITLE}</title></head><body>"
            f"<div class='news'><h1>{TITLE}</h1><div class='news_body'><div class='text'>{BODY}"
            f"</div>{after}</div></div></body></html>").encode()


@pytest.mark.parametrize("after", [
    f"<p class='files'>相关文件：<a href='/uploadfile/2025/0303/1.docx'>{OTHER}</a></p>",
    f"<div><h4>【相关链接】</h4><ul><li><a href='/u/0.pdf'>某县2024年普法工作总结.pdf</a></li>"
    f"<li><a href='/u/1.docx'>{OTHER}</a></li></ul></div>",
])
def test_links_under_a_related_label_are_no_attachments(after):
    assert clean([page(after)], URL).attachments == []


def test_the_reports_own_attachment_stays():
    after = "<p>附件：<a href='/u/2.pdf'>某县司法局2024年度法治政府建设工作情况报告.pdf</a></p>"
    assert [a.url for a in clean([page(after)], URL).attachments] == [
        "http://www.example.gov.cn/u/2.pdf"]
