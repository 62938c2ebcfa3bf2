"""A listing row linking a pdf.js viewer page (`…/web/viewer.html?file=<url-encoded PDF path>`)
whose HTML names no PDF (its script reads the query): the report is the PDF the link's own query
names, fetched as the page's attachment; a preview page framing its PDF (kkFileView's
`onlinePreview?url=<base64>`, `<iframe src=…pdf>`) has it fetched so too, its text stored. A
report row whose page holds no text and names no file is stored as nothing: the crawl names it
(report_not_fetched), never a quiet `ok`."""

from __future__ import annotations

from pathlib import Path

from scrapy.http import HtmlResponse

from crawler.families.links import ATTACHMENT_EXTENSIONS
from crawler.viewer_pages import blank_page, viewer_file
from tests.cleaning.test_cleaning_attachments import make_pdf
from tests.crawler.crawl_helpers import ROBOTS_OPEN, query, run_crawl, write_portal

HOST = "www.sangling.gov.cn"
VIEWER = "static/pdfjs/web/viewer.html"
PDF_2023 = "/uploadfiles/2024/02/20240224.pdf"
ROW_2023 = f"{VIEWER}?file=%2Fuploadfiles%2F2024%2F02%2F20240224.pdf"
ROW_2022 = f"{VIEWER}?doc=20230211"           # a viewer whose query names no file
PREVIEW = "preview/onlinePreview?url=aHR0cDovL3d3dy5zYW5nbGluZy5nb3YuY24vZi8yMDIxLnBkZg%3D%3D"
PDF_2021 = "/f/2021.pdf"
TITLE_2021 = "桑岭区人民政府关于2021年度法治政府建设情况的报告"
TITLE_2023 = "桑岭区人民政府关于2023年度法治政府建设情况的报告"
TITLE_2022 = "桑岭区人民政府关于2022年度法治政府建设情况的报告"
VIEWER_PAGE = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>PDF.js viewer</title>'
               '<script src="viewer.js"></script></head><body><div class="toolbar">'
               '<button id="print">打印</button><button id="download">下载</button></div>'
               '<div id="viewerContainer"><div id="viewer"></div></div></body></html>')
PDF_LINES = [TITLE_2023, "区委、区人民政府：", "2023年，我区坚持依法行政，推进法治政府建设。",
             "一、主要举措和成效", "全面落实行政执法三项制度。", "二、存在的不足",
             "执法力量不足。", "三、下一步工作安排", "持续深化法治领域改革。", "特此报告。"]


def test_a_viewer_link_names_its_file_in_its_own_query() -> None:
    url = f"http://{HOST}/{ROW_2023}"
    assert viewer_file(url, ATTACHMENT_EXTENSIONS) == f"http://{HOST}{PDF_2023}"
    assert viewer_file(f"http://{HOST}/p/onlinePreview?url=http%3A%2F%2Fa.cn%2Fr.docx",
                       ATTACHMENT_EXTENSIONS) == "http://a.cn/r.docx"
    assert viewer_file(f"http://{HOST}/{ROW_2022}", ATTACHMENT_EXTENSIONS) is None
    assert viewer_file(f"http://{HOST}/list.jsp?path=col12", ATTACHMENT_EXTENSIONS) is None


def answer(body: str | bytes, path: str = ROW_2023) -> HtmlResponse:
    return HtmlResponse(f"http://{HOST}/{path}", encoding="utf-8",
                        body=body if isinstance(body, bytes) else body.encode())


def test_a_page_of_toolbar_words_is_blank_and_an_article_or_a_file_is_not() -> None:
    assert blank_page(answer(VIEWER_PAGE))
    article = f"<html><body><h1>{TITLE_2023}</h1><p>{''.join(PDF_LINES)}</p></body></html>"
    assert not blank_page(answer(article))
    scripted = f"<html><body><script>var body = '{''.join(PDF_LINES)}';</script></body></html>"
    assert not blank_page(answer(scripted))   # a script's text is the page's own
    assert not blank_page(answer(make_pdf(PDF_LINES), PDF_2023))   # a PDF: its text is in it


def site_files() -> dict[str, str | bytes]:
    rows = "".join(f'<li><a href="/{href}" target="_blank">{title}</a><span>{date}</span></li>'
                   for href, title, date in ((ROW_2023, TITLE_2023, "2024-02-24"),
                                             (ROW_2022, TITLE_2022, "2023-02-11"),
                                             (PREVIEW, TITLE_2021, "2022-02-11")))
    return {"xxgk/fzzfjs/index.html": (
                '<html><head><meta charset="utf-8"><title>法治政府建设</title></head><body>'
                f'<h2>法治政府建设</h2><ul class="list">{rows}</ul></body></html>'),
            f"{VIEWER}@file=%2Fuploadfiles%2F2024%2F02%2F20240224.pdf": VIEWER_PAGE,
            f"{VIEWER}@doc=20230211": VIEWER_PAGE,
            PREVIEW.replace("?", "@"): (
                f'<html><body><iframe src="http://{HOST}{PDF_2021}"></iframe></body></html>'),
            PDF_2021.lstrip("/"): make_pdf([TITLE_2021, *PDF_LINES[1:]]),
            PDF_2023.lstrip("/"): make_pdf(PDF_LINES), "robots.txt": ROBOTS_OPEN}


def test_a_viewer_row_is_its_pdf_and_a_blank_report_page_is_named(tmp_path: Path) -> None:
    sites, portals, data = write_portal(tmp_path, "sangling", HOST, "xxgk/fzzfjs/index.html",
                                        site_files())
    crawl = run_crawl(data, sites, [portals], ["sangling"])
    assert crawl.requested(f"http://{HOST}{PDF_2023}") == [200], crawl.log[-2000:]
    stored = {tuple(r) for r in query(data / "corpus.db", "SELECT url, report_year, title, "
                                      "length(text) > 50 FROM documents")}
    assert stored == {(f"http://{HOST}/{ROW_2023}", 2023, TITLE_2023, 1),
                      (f"http://{HOST}/{PREVIEW}", 2021, TITLE_2021, 1)}, crawl.log[-2000:]
    problems = crawl.portal("sangling")["problems"]
    assert [(p["kind"], p["url"]) for p in problems] == [
        ("report_not_fetched", f"http://{HOST}/{ROW_2022}")], problems
    assert "holds no text" in problems[0]["detail"]
