"""Page furniture of a text PDF: a line repeated at the top (or bottom) of most pages — the
report's title as a running header, a footer — goes like page numbers, while the title itself
stays the title; a wrapped line opening with a bare 、 goes on with the line before it and is
never a heading. The PDFs are written here."""

from __future__ import annotations

from cleaning import clean
from cleaning.pdf_text import drop_running_lines, join_wrapped_lines
from tests.cleaning.test_cleaning_attachments import make_pdf_pages

TITLE = "某县2024年度法治政府建设情况报告"
FOOTER = "某县法治政府建设领导小组办公室编印"
URL = "http://www.example.gov.cn/fzzf/202503/P020250310.pdf"
# Lines as a PDF prints them, 26 characters wide: the wrap puts 、 at the start of a line.
OPENING = ["2024年，某县坚持以习近平法治思想为指导，全面推进依法", "行政，法治政府建设取得新成效。"]
HEADING_1 = "一、2024年度法治政府建设主要举措及成效"
DECISIONS = ["（一）健全依法决策机制。对52项重大行政决策事项全部履行", "公众参与、专家论证",
             "、风险评估、合法性审查和集体讨论决定程序，全年审查规范性", "文件23件。"]
ACROSS = ["（二）严格规范公正文明执法。全面落实行政执法三项制度，全",
          "年公示执法信息402条，行政执法人员持证上岗率达到百分之百"]
ACROSS_NEXT = ["组织开展行政执法案卷评查，抽查案卷135卷。"]
HEADING_2 = "二、存在的不足和原因"
WEAK = ["基层执法力量相对薄弱。"]
HEADING_3 = "三、2025年度工作安排"
PLANS = ["持续提升行政执法质量。"]
SIGNATURE = ["某县人民政府", "2025年2月28日"]


def report_pages(*, header_on_first: bool = True) -> list[list[str]]:
    first = [TITLE, "— 1 —"] if header_on_first else []
    return [[*first, TITLE, *OPENING, HEADING_1, *DECISIONS, *ACROSS, FOOTER],
            [TITLE, "— 2 —", *ACROSS_NEXT, HEADING_2, *WEAK, FOOTER],
            [TITLE, "— 3 —", HEADING_3, *PLANS, *SIGNATURE, FOOTER]]


def test_a_running_header_and_footer_go_and_the_title_stays():
    doc = clean([make_pdf_pages(report_pages())], URL, "application/pdf")
    lines = doc.text.split("\n")
    assert doc.title == TITLE and doc.is_report
    assert TITLE not in doc.text and FOOTER not in doc.text
    assert lines[-2:] == SIGNATURE and doc.publisher == "某县人民政府"
    assert "".join(ACROSS + ACROSS_NEXT) in lines      # joined across the page break


def test_a_title_printed_once_above_pages_headed_by_it_stays_the_title():
    doc = clean([make_pdf_pages(report_pages(header_on_first=False))], URL, "application/pdf")
    assert doc.title == TITLE and TITLE not in doc.text
    assert doc.text.split("\n")[0] == "".join(OPENING)


def test_a_wrapped_line_opening_with_a_bare_comma_is_no_heading():
    doc = clean([make_pdf_pages(report_pages())], URL, "application/pdf")
    assert "".join(DECISIONS) in doc.text.split("\n")
    assert [(s.level, s.number) for s in doc.sections] == [
        (1, "一"), (2, "一"), (2, "二"), (1, "二"), (1, "三")]


def test_a_punctuation_line_reopens_a_paragraph_closed_early():
    # "公众参与、专家论证" is short: it closed its paragraph, which the 、 line reopens.
    assert join_wrapped_lines(["（一）健全依法决策机制。对52项重大行政决策事项全部履行",
                               "公众参与、专家论证", "、风险评估和集体讨论决定程序。"]) == [
        "（一）健全依法决策机制。对52项重大行政决策事项全部履行公众参与、专家论证"
        "、风险评估和集体讨论决定程序。"]


def test_lines_repeated_away_from_the_edges_or_on_one_page_stay():
    body = "全年审查规范性文件23件。"
    pages = [["封面标题", body, "正文一", "正文二", "正文三"],
             ["正文四", "正文五", body, "正文六", "正文七"],
             ["正文八", "正文九", body, "正文十", "正文十一"]]
    assert drop_running_lines(pages) == [line for page in pages for line in page]
    assert drop_running_lines([["页眉", "甲"], ["页眉", "乙"], ["丙", "丁"], ["戊", "己"]]) == [
        "页眉", "甲", "页眉", "乙", "丙", "丁", "戊", "己"]      # on 2 pages of 4: not most


def test_a_red_header_atop_page_one_is_no_running_line_for_the_signature():
    # 某县人民政府 opens page 1 (the red header) and signs the last page: no running footer.
    pages = report_pages(header_on_first=False)
    pages[0][:0] = ["某县人民政府", "某政报〔2025〕5号"]
    pages = [[line for line in page if line not in (TITLE, FOOTER)] for page in pages]
    pages[0].insert(2, TITLE)
    doc = clean([make_pdf_pages(pages)], URL, "application/pdf")
    assert doc.text.split("\n")[-2:] == SIGNATURE and doc.title == TITLE
