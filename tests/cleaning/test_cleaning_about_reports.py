"""Pages ABOUT reports are not reports, though numbered, saluted and signed as one is: a 通报 on
how units published theirs, a notice asking for them, a guide to writing them, the results of a
check, a meeting that heard one, a 问答 解读 — by their title's words, or by how the page's
opening frames it when the title says nothing. Real reports stay reports. Pages written here."""

from __future__ import annotations

import pytest

from cleaning import clean

URL = "http://sfj.qinghe.gov.cn/tzgg/202504/t20250409_1188.html"
SIGNED = "<p>青禾县委全面依法治县委员会办公室</p><p>2025年4月8日</p>"


def page(title: str, body: str) -> bytes:
    return (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
            f"<h1>{title}</h1><div class='TRS_Editor'>{body}{SIGNED}</div></body></html>").encode()


def parts(*headings: str, prose: tuple[str, ...] = (
        "截至4月1日，12个乡镇和36个县直部门均已按时公开本单位年度报告，公开率100%。",
        "有的报告未写明党政主要负责人履行推进法治建设第一责任人职责情况，个别报告缺少下一年度主要安排。",
        "请相关单位于4月20日前完成整改，并将整改情况报县委依法治县办。")) -> str:
    return "".join(f"<p>{heading}</p><p>{text}</p>"
                   for heading, text in zip(headings, prose, strict=True))


# What a report says, retold: nothing in it judges several reports.
RETOLD_PROSE = ("全年审查行政规范性文件23件，办理行政复议案件41件。", "基层执法力量相对薄弱。",
                "持续深化行政执法体制改革，健全督察考核机制。")


TONGBAO = ("<p>各乡镇人民政府，县直各部门：</p>"
           "<p>根据《法治政府建设与责任落实督察工作规定》，县委依法治县办对各乡镇、县直各部门2024年度"
           "法治政府建设年度报告公开情况进行了检查。现将有关情况通报如下：</p>"
           + parts("一、总体情况", "二、存在的问题", "三、工作要求"))
NOTICE = ("<p>各乡镇人民政府，县直各部门：</p>"
          "<p>为做好2024年度法治政府建设年度报告工作，请各单位于2025年3月1日前将本单位年度报告"
          "报送县委依法治县办，并在门户网站公开。具体事项如下：</p>"
          + parts("一、报告内容", "二、存在的问题", "三、工作要求"))
MEETING = ("<p>3月5日，县政府召开第12次常务会议，"
           "听取并审议《青禾县2024年度法治政府建设情况报告》。</p>"
           + parts("一、会议认为", "二、会议指出", "三、会议要求"))
GUIDE = ("<p>为规范全县法治政府建设年度报告工作，根据有关规定，制定本指引。</p>"
         + parts("一、报告主体", "二、报告内容", "三、报告时间"))
RETOLD = ("<p>《青禾县2024年度法治政府建设情况报告》共分为四个部分，全面总结了一年来的工作。</p>"
          + parts("一、主要举措和成效", "二、存在的不足", "三、下一步安排", prose=RETOLD_PROSE))
HEARD = ("<p>县人大常委会第二十次会议听取和审议了县人民政府关于2024年度法治政府建设情况的报告。</p>"
         + parts("一、会议认为", "二、会议指出", "三、会议要求", prose=RETOLD_PROSE))
PLAN = ("<p>2025年是法治政府建设实施纲要的收官之年。为扎实推进依法行政，现提出如下工作要点。</p>"
        + parts("一、深化行政执法改革", "二、存在的问题", "三、保障措施", prose=RETOLD_PROSE))
# No framing in its opening: it judges several reports (有的报告…，个别报告…).
JUDGING = ("<p>各乡镇人民政府，县直各部门：</p>"
           "<p>2024年度法治政府建设年度报告公开工作已全部完成。</p>"
           + parts("一、总体情况", "二、存在的问题", "三、工作要求"))
# A correction notice on a published report: it quotes the report's title, says what was wrong.
CORRECTION = ("<p>2025年3月28日，县政府门户网站发布了《青禾县2024年度法治政府建设情况报告》。"
              "经核查，报告第一部分中“办理行政复议案件41件”应为“办理行政复议案件43件”。</p>"
              "<p>现予以更正，原文已同步修改。</p><p>特此说明。</p>")
# A drafting explanation of the report's draft: it lists the report's parts by their headings.
DRAFTING = ("<p>根据《法治政府建设与责任落实督察工作规定》，县司法局起草了年度报告送审稿，"
            "现将有关情况说明如下：</p><p>一、起草背景</p><p>按照有关要求，年度报告应于3月底前公开。</p>"
            "<p>二、主要内容</p><p>（一）主要举措和成效。（二）存在的不足和原因。"
            "（三）党政主要负责人履行推进法治建设第一责任人职责情况。（四）2025年工作安排。</p>")
QA = "".join(f"<p>问：{q}</p><p>答：{a}</p>" for q, a in (
    ("2024年我县法治政府建设取得了哪些成效？", "全年审查规范性文件23件，办理行政复议案件41件。"),
    ("存在哪些不足？", "基层执法力量相对薄弱，执法规范化水平有待提升。"),
    ("2025年有哪些安排？", "持续深化行政执法体制改革，健全督察考核机制。")))


@pytest.mark.parametrize(("title", "body"), [
    ("关于2024年度法治政府建设年度报告公开情况的通报", TONGBAO),
    ("2024年度法治政府建设年度报告评查结果", TONGBAO),
    ("青禾县法治政府建设年度报告编写指引", GUIDE),
    ("县政府常务会议听取2024年度法治政府建设情况报告", MEETING),
    ("一图速览｜青禾县2024年度法治政府建设情况报告", RETOLD),
    ("三分钟读懂青禾县2024年度法治政府建设年度报告", RETOLD),
    ("划重点！青禾县2024年度法治政府建设年度报告", RETOLD),
    ("关于《青禾县2024年度法治政府建设情况报告》有关内容的更正说明", CORRECTION),
    ("《青禾县2024年度法治政府建设情况报告》勘误", CORRECTION),
    # a draft's tag inside the quote, the title's own kind after it
    ("关于《青禾县2024年度法治政府建设年度报告（送审稿）》的起草说明", DRAFTING),
])
def test_a_title_naming_a_page_about_reports_says_no_report(title, body):
    assert not clean([page(title, body)], URL).is_report


@pytest.mark.parametrize("body", [TONGBAO, NOTICE, MEETING, GUIDE, JUDGING, QA, RETOLD, HEARD,
                                  PLAN])
@pytest.mark.parametrize("title", ["青禾县2024年度法治政府建设年度报告", "法治政府建设年度报告"])
def test_a_page_framed_as_about_reports_is_none_whatever_its_title(title, body):
    doc = clean([page(title, body)], URL)
    assert not doc.is_report
    assert any("about reports" in warning for warning in doc.warnings)


REPORT = ("<p>县委：</p><p>2024年，我县深入学习贯彻习近平法治思想，法治政府建设取得新成效。"
          "本报告经县政府第10次常务会议审议通过。</p>"
          "<p>一、主要举措和成效</p><p>组织对各乡镇2023年度法治政府建设年度报告公开情况进行检查，"
          "督促12个单位完成整改。请示报告制度执行到位。</p>"
          "<p>二、存在的不足和原因</p><p>基层执法力量相对薄弱。</p>"
          "<p>三、2025年工作安排</p><p>持续深化行政执法体制改革。</p>")


@pytest.mark.parametrize("opening", [
    "", "<p>根据县委依法治县办对各乡镇年度报告的检查评估要求，现将我县有关情况报告如下：</p>"])
def test_a_report_that_speaks_of_checking_others_reports_stays_a_report(opening):
    doc = clean([page("青禾县2024年度法治政府建设情况报告", opening + REPORT)], URL)
    assert doc.is_report


def test_a_report_citing_a_notice_about_reports_and_naming_one_late_report_stays_a_report():
    # No 现将…报告如下: only the cited notice's title speaks of checking reports, and the
    # report's shortcomings name one unit's late report once.
    body = ("<p>按照《关于对2024年度法治政府建设情况报告进行督查的通知》要求，我县全面总结了"
            "一年来的法治政府建设工作。</p>" + REPORT.replace(
                "基层执法力量相对薄弱。", "基层执法力量相对薄弱，个别报告公开不及时。").replace(
                "<p>县委：</p>", ""))
    assert clean([page("青禾县2024年度法治政府建设情况报告", body)], URL).is_report
