"""Pages about reports are not reports: news items and listing pages with report titles."""

from __future__ import annotations

from cleaning import clean

TITLE = "某县2024年度法治政府建设情况报告"


def page(title: str, body: str, *, head: str = "", container: str = "TRS_Editor") -> bytes:
    return (f"<html><head><meta charset='utf-8'><title>{title}</title>{head}</head><body>"
            f"<h1>{title}</h1><div class='{container}'>{body}</div></body></html>").encode()


NEWS = ("<p>近日，县司法局牵头编制完成《某县2024年度法治政府建设情况报告》，"
        "并按规定向社会公开。</p>"
        "<p>报告显示，2024年全县共审查规范性文件23件，办理行政复议案件45件，"
        "行政机关负责人出庭应诉率保持100%。</p>"
        "<p>据了解，下一步该县将持续深化行政执法体制改革，推动法治政府建设再上新台阶。</p>")
REPORT = ("<p>市人民政府：</p><p>2024年，我县深入推进法治政府建设，现将有关情况报告如下：</p>"
          "<p>一、主要举措和成效</p><p>全年审查规范性文件23件。</p>"
          "<p>二、存在的不足和原因</p><p>基层执法力量相对薄弱。</p>"
          "<p>三、2025年工作安排</p><p>持续深化行政执法体制改革。</p>"
          "<p>某县人民政府</p><p>2025年3月18日</p>")


def test_a_news_item_whose_title_ends_in_report_is_not_a_report():
    doc = clean([page("我县发布2024年度法治政府建设情况报告", NEWS)],
                "http://www.example.gov.cn/zwgk/t20250320_1.html")
    assert not doc.is_report
    assert any("about reports" in w for w in doc.warnings)


def test_a_listing_page_with_two_report_titles_and_summaries_is_not_a_report():
    items = "".join(
        f"<li><a href='/fzzfjs/{year + 1}03/t{year + 1}0320_{year}.html'>某县{year}年度法治政府建设"
        f"情况报告</a><span>{year + 1}-03-20</span><p>{year}年，全县坚持以习近平法治思想为指导，"
        "全面推进依法行政，法治政府建设取得新成效……</p></li>" for year in (2023, 2024))
    doc = clean([page("法治政府建设年度报告", f"<ul class='list'>{items}</ul>",
                      container="content")], "http://www.example.gov.cn/fzzfjs/index.html")
    assert not doc.is_report


def test_a_news_column_without_any_report_voice_is_not_a_report():
    body = ("<p>全县法治政府建设年度报告工作已全面完成，各项指标均已达到要求，"
            "群众满意度持续提升。</p>")
    doc = clean([page(TITLE, body)], "http://www.example.gov.cn/xwzx/gzdt/t20250320_1.html")
    assert not doc.is_report


def test_the_report_itself_stays_a_report_even_in_a_news_column_or_beside_related_reports():
    related = ("<div>相关链接：<a href='/a.html'>某县2023年度法治政府建设情况报告</a>"
               "<a href='/b.html'>某市2024年度法治政府建设情况报告</a></div>")
    doc = clean([page(TITLE, REPORT + related)],
                "http://www.example.gov.cn/xwzx/gzdt/t20250320_1.html")
    assert doc.is_report


def test_an_attachment_only_report_page_stays_a_report():
    files = ("<p><a href='/up/r.pdf'>某县2024年度法治政府建设情况报告.pdf</a></p>"
             "<p><a href='/up/r.ofd'>某县2024年度法治政府建设情况报告.ofd</a></p>")
    doc = clean([page(TITLE, files)], "http://www.example.gov.cn/xwzx/t20250320_1.html")
    assert doc.is_report and doc.text == ""


def test_a_listing_whose_summaries_quote_the_reports_voice_is_not_a_report():
    # Each item: linked title, date, and a summary cut from the report, formulas and numbered
    # parts included (现将有关情况报告如下：一、……（一）……).
    items = "".join(
        f"<li><div><a href='./{year + 1}02/t{year + 1}0221_{year}.html'>某县{year}年法治政府建设"
        f"年度报告</a><span>{year + 1}-02-21</span></div><p>{year}年，某县坚持依法行政，扎实推进"
        "法治政府建设。现将有关情况报告如下：一、主要举措和成效（一）坚持党的领导……</p></li>"
        for year in (2023, 2024))
    doc = clean([page("法治政府建设年度报告", f"<ul class='list-ul'>{items}</ul>",
                      container="list-right")],
                "http://www.example.gov.cn/zwgk/fzzfjsndbg/index.html")
    assert not doc.is_report


def test_a_report_opening_with_its_own_title_as_a_link_stays_a_report():
    own = f"<p><a href='/t20250320_1.html'>{TITLE}（全文）</a></p>"
    related = ("<div>相关链接：<a href='/a.html'>某县2023年度法治政府建设情况报告</a>"
               "<a href='/b.html'>某市2024年度法治政府建设情况报告</a></div>")
    doc = clean([page(TITLE, own + REPORT + related)],
                "http://www.example.gov.cn/zwgk/t20250320_1.html")
    assert doc.is_report
