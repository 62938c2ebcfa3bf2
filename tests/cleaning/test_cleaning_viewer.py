"""A page that is only a file viewer (PDF.js shell) around a link to the report file."""

from __future__ import annotations

import pytest

from cleaning import clean

VIEWER_UI = ("<div id='toolbar'><button>缩略图</button><button>文档大纲</button>"
             "<span>/ 0</span><button>缩小</button><button>放大</button><button>下载</button>"
             "<button>切换到演示模式</button></div><div id='viewer'></div>"
             "<div id='errorWrapper' hidden><p>加载 PDF 文档时发生错误。</p></div>")


def _page(with_link: bool) -> bytes:
    link = ("<p>附件：<a href='/files/report2023.pdf'>丙县2023年法治政府建设年度报告.pdf</a></p>"
            if with_link else "")
    return ("<html><head><meta charset='utf-8'><title>丙县2023年法治政府建设年度报告</title>"
            "</head><body><div class='top'>丙县人民政府 |</div>"
            f"<h1>丙县2023年法治政府建设年度报告</h1><p>发布时间：2024-03-05</p>{link}"
            f"<div id='outer'>{VIEWER_UI}</div></body></html>").encode()


def test_a_viewer_shell_linking_the_report_file_has_an_empty_body():
    doc = clean([_page(True)], "http://www.example.gov.cn/pdfjs/web/viewer.html")
    assert doc.text == "" and doc.sections == []
    assert [a.url for a in doc.attachments] == ["http://www.example.gov.cn/files/report2023.pdf"]


def test_a_short_page_without_a_file_link_keeps_its_text():
    doc = clean([_page(False)], "http://www.example.gov.cn/a.html")
    # Nothing says it stands for a file: its text is not emptied (the buttons above its one
    # sentence go as head furniture, by shape: cleaning/head_furniture.py).
    lines = doc.text.split("\n")
    assert "加载 PDF 文档时发生错误。" in lines and "文档大纲" not in lines


def test_a_short_numbered_report_linking_a_file_keeps_its_text():
    body = ("<p>一、主要举措和成效</p><p>全面推行行政执法公示制度。</p>"
            "<p>二、存在的不足</p><p>执法队伍建设仍需加强。</p>")
    page = _page(True).replace(b"<div id='outer'>", body.encode() + b"<div id='outer'>")
    doc = clean([page], "http://www.example.gov.cn/a.html")
    assert "全面推行行政执法公示制度。" in doc.text.split("\n")
    assert [s.number for s in doc.sections] == ["一", "二"]


def test_a_short_plain_page_with_an_unreadable_fetched_file_keeps_its_text():
    page = "丁县2023年法治政府建设年度报告\n强化行政机关执法监督，规范执法行为。".encode()
    doc = clean([page], "http://www.example.gov.cn/a.html", "text/plain; charset=utf-8",
                attachments={"http://www.example.gov.cn/P1.pdf": b"%PDF-1.4 x"})
    assert "强化行政机关执法监督，规范执法行为。" in doc.text


def _embedding_page(markup: str) -> bytes:
    return ("<html><head><meta charset='utf-8'><title>丙县2023年法治政府建设年度报告</title>"
            "</head><body><ul class='nav'><li><a href='/zwfw/'>政务服务</a></li>"
            "<li><a href='/hdjl/'>互动交流</a></li></ul>"
            f"<h1>丙县2023年法治政府建设年度报告</h1><div class='pdf-box'>{markup}</div>"
            "</body></html>").encode()


@pytest.mark.parametrize("markup", [
    "<iframe src='/pdfjs/web/viewer.html?file=/upload/2024/report.pdf'></iframe>",
    "<iframe src='/pdfjs/web/viewer.html?file=%2Fupload%2F2024%2Freport.pdf#page=1'></iframe>",
    "<embed src='/upload/2024/report.pdf' type='application/pdf'>",
    "<object data='/upload/2024/report.pdf' type='application/pdf'>"
    "<embed src='/upload/2024/report.pdf'><a href='/upload/2024/report.pdf'>下载文件</a></object>",
])
def test_a_report_file_behind_a_viewer_or_embed_is_the_attachment(markup):
    doc = clean([_embedding_page(markup)], "http://www.example.gov.cn/zwgk/t20240305_1.html")
    assert [a.url for a in doc.attachments] == ["http://www.example.gov.cn/upload/2024/report.pdf"]
    assert doc.text == "" and doc.is_report


def test_frames_that_show_no_file_are_no_attachment():
    markup = "<iframe src='https://map.example.com/embed?lat=1'></iframe><embed src='/a.swf'>"
    doc = clean([_embedding_page(markup)], "http://www.example.gov.cn/zwgk/t20240305_1.html")
    assert doc.attachments == []


def test_an_intro_paragraph_outside_any_known_container_stays_beside_its_file_link():
    # A report given as its attachment, its one-paragraph intro in a div no family knows:
    # the paragraph is the body; the page's short UI lines (keywords, hotline) are not.
    page = ("<html><head><meta charset='utf-8'><title>戊县2024年度法治政府建设情况报告</title>"
            "</head><body><div class='box'><h3>戊县2024年度法治政府建设情况报告</h3>"
            "<div class='txt'><p>根据有关规定，现将《戊县2024年度法治政府建设情况报告》"
            "全文予以公开，详见附件。</p></div><div class='att'><p>附件：</p>"
            "<a href='/up/r2024.pdf'>戊县2024年度法治政府建设情况报告.pdf</a></div>"
            "<div>本页关键词：法治政府建设</div></div>"
            "<div class='ft'>服务热线：12345</div></body></html>").encode()
    doc = clean([page], "http://www.example.gov.cn/zwgk/t20250301_1.html")
    assert doc.text == ("根据有关规定，现将《戊县2024年度法治政府建设情况报告》"
                        "全文予以公开，详见附件。")
    assert [a.url for a in doc.attachments] == ["http://www.example.gov.cn/up/r2024.pdf"]
