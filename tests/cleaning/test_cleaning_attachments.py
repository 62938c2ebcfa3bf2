"""Attachment links, and attachment-only reports with a PDF or DOCX generated here."""

from __future__ import annotations

import io
import zipfile

import docx
import pytest

from cleaning import clean
from cleaning.attachments import extract_text
from cleaning.document import Attachment

URL = "http://sfj.example.gov.cn/zwgk/fzzfjs/202403/t20240301_1.html"
LINES = ["某某县2023年度法治政府建设情况报告", "县委：", "2023年，我县坚持依法行政，推进法治政府建"
                                       "设。",
         "一、主要举措和成效", "全面落实行政执法三项制度。", "二、存在的不足和原因",
             "执法力量不足。",
         "三、下一年度的主要安排", "持续深化法治领域改革。"]


def make_pdf(lines: list[str]) -> bytes:
    """A minimal valid PDF with Chinese text in a standard CJK font (no embedding needed)."""
    return make_pdf_pages([lines])


def make_pdf_pages(pages: list[list[str]]) -> bytes:
    """A minimal valid PDF of several pages, each a list of lines (standard CJK font)."""
    font, first = len(pages) * 2 + 3, 3
    kids = " ".join(f"{first + 2 * n} 0 R" for n in range(len(pages)))
    objects = ["<< /Type /Catalog /Pages 2 0 R >>",
               f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>"]
    for n, lines in enumerate(pages):
        shown = " ".join(f"<{line.encode('utf-16-be').hex()}> Tj T*" for line in lines)
        content = f"BT /F1 12 Tf 72 760 Td 16 TL {shown} ET"
        objects += [f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << "
                    f"/Font << /F1 {font} 0 R >> >> /Contents {first + 2 * n + 1} 0 R >>",
                    f"<< /Length {len(content)} >>\nstream\n{content}\nendstream"]
    objects += [
        "<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H "
        f"/DescendantFonts [{font + 1} 0 R] >>",
        "<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light "
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> >>",
    ]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{obj}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)


def make_docx(lines: list[str]) -> bytes:
    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def attachment_page(href: str, name: str) -> bytes:
    return ("<html><head><meta charset='utf-8'><meta name='ArticleTitle' "
            "content='某某县司法局2023年度法治政府建设情况报告'></head><body><div class='nav'>首页"
            "</div>"
            f"<div class='TRS_Editor'><p>附件：<a href='{href}'>{name}</a></p></div></body></html>"
            ).encode()


@pytest.mark.parametrize("ext, maker", [(".pdf", make_pdf), (".docx", make_docx)])
def test_attachment_only_report_is_extracted_and_sectioned(ext, maker):
    href = "./P020240301" + ext
    absolute = "http://sfj.example.gov.cn/zwgk/fzzfjs/202403/P020240301" + ext
    doc = clean([attachment_page(href, "报告" + ext)], URL, attachments={absolute: maker(LINES)})
    assert doc.is_report
    assert [a.url for a in doc.attachments] == [absolute]
    assert doc.attachments[0].status == "extracted"
    assert "全面落实行政执法三项制度" in doc.text
    assert [(s.level, s.category) for s in doc.sections] == [
        (1, "measures"), (1, "shortcomings"), (1, "plans")]


def test_attachment_links_are_listed_without_bytes():
    doc = clean([attachment_page("/up/a.wps", "报告全文.wps")], URL)
    assert doc.is_report and doc.text == ""
    assert [(a.url, a.name, a.status) for a in doc.attachments] == [
        ("http://sfj.example.gov.cn/up/a.wps", "报告全文.wps", "listed")]


@pytest.mark.parametrize("name", ["a.doc", "a.wps", "a.ofd"])
def test_malformed_doc_wps_ofd_files_are_not_extracted_with_a_reason(name):
    att = Attachment(url="http://x.gov.cn/" + name, name=name)
    assert extract_text(att, b"\xd0\xcf\x11\xe0whatever") == []
    assert att.status == "not_extracted" and att.reason


def test_malformed_pdf_and_zip_bomb_do_not_crash():
    att = Attachment(url="http://x.gov.cn/a.pdf", name="a.pdf")
    assert extract_text(att, b"%PDF-1.4\nnot really a pdf") == []
    assert att.status == "not_extracted"
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"\0" * (70 * 1024 * 1024))
    att = Attachment(url="http://x.gov.cn/a.docx", name="a.docx")
    assert extract_text(att, bomb.getvalue()) == []
    assert "zip bomb" in (att.reason or "") or "too large" in (att.reason or "")


def empty_body_page(container: str, extra: str = "") -> bytes:
    """The report only as an attachment linked beside an empty editor box, in full furniture."""
    return ("<html><head><meta charset='utf-8'><meta name='ArticleTitle' "
            "content='某某县2023年度法治政府建设情况报告'></head><body>"
            "<div class='header'><a>无障碍</a><a>长者版</a><ul class='menu'>"
            "<li><a>新闻中心</a></li><li><a>政务公开</a></li><li><a>政务服务</a></li></ul></div>"
            "<div class='bread'>当前位置：首页 / 政务公开 / 法治政府建设</div>"
            "<div class='meta'><p>发布机构：某某县人民政府</p><p>发布日期：2024-03-01</p></div>"
            f"<div class='article-content'>{container}</div>"
            "<div class='appendix'><p>附件：</p><a href='./P0301.pdf'>报告全文.pdf</a></div>"
            "<div class='xglj'>相关链接：<a href='../t1.html'>某某县2022年度法治政府建设情况报告"
            "</a></div>"
            f"{extra}<div class='footer'>网站标识码 123 沪ICP备05012345号</div></body></html>"
            ).encode()


EMPTY_CONTAINERS = ["<div class='TRS_Editor'><p><br></p></div>",
                    "<div id='zoom'><p>&nbsp;</p></div>",
                    "<div class='TRS_UEDITOR trs_paper_default'></div>"]


@pytest.mark.parametrize("container", EMPTY_CONTAINERS)
def test_an_empty_family_container_is_an_empty_body_never_the_page(container):
    doc = clean([empty_body_page(container)], URL)
    assert doc.text == "" and doc.sections == []
    assert [a.url for a in doc.attachments] == ["http://sfj.example.gov.cn/zwgk/fzzfjs/202403/P03"
                                                "01.pdf"]
    assert doc.is_report and doc.published == "2024-03-01"


def test_an_empty_family_container_takes_the_attachment_text_when_given():
    absolute = "http://sfj.example.gov.cn/zwgk/fzzfjs/202403/P0301.pdf"
    doc = clean([empty_body_page(EMPTY_CONTAINERS[0])], URL,
                attachments={absolute: make_pdf(LINES)})
    assert "全面落实行政执法三项制度" in doc.text and "新闻中心" not in doc.text
    assert [s.category for s in doc.sections] == ["measures", "shortcomings", "plans"]


def test_an_empty_family_box_elsewhere_does_not_hide_the_real_body():
    body = "".join(f"<p>2023年，我县坚持依法行政，全面推进法治政府建设，第{i}项重点任务完成。</p>"
                   for i in range(8))
    page = empty_body_page(body, extra="<div class='side'><div class='TRS_Editor'></div></div>")
    doc = clean([page], URL)
    assert doc.text.count("法治政府建设") == 8 and "新闻中心" not in doc.text
