"""A letter and its reply (县长信箱, 留言板) about the annual report is no report: its title names
the report (关于…年度报告公开时间的咨询) and its reply quotes the report's title and the rules
on publishing it, but its cells are labelled as a letter's (来信内容, 信件编号) and a reply's
(回复内容, 办理单位). A report that speaks of letters and replies stays a report. Pages written
here."""

from __future__ import annotations

import pytest

from cleaning import clean
from cleaning.page_kind import is_letter_and_reply

URL = "http://www.qinghe.gov.cn/hdjl/xzxx/202504/t20250403_2201.html"
TITLE = "关于县政府法治政府建设年度报告公开时间的咨询"
ASKS = ("您好！我想了解一下青禾县人民政府2024年度法治政府建设年度报告什么时候在网上公开？"
        "往年的报告在哪个栏目可以查到？")
REPLIES = ("您好！感谢您对我县法治政府建设工作的关注。根据《法治政府建设与责任落实督察工作规定》，"
           "县政府年度报告应于每年3月31日前向社会公开。《青禾县人民政府关于2024年度法治政府建设"
           "情况的报告》已于2025年3月28日在县政府门户网站公开，往年报告也可在该栏目查阅。")


def _page(body: str) -> bytes:
    return ("<html><head><meta charset='utf-8'><title>县长信箱</title></head><body>"
            f"<div class='crumb'>首页 > 互动交流 > 县长信箱</div><h1>{TITLE}</h1>"
            f"<div class='letter'>{body}</div><div class='foot'>青禾县人民政府主办</div>"
            "</body></html>").encode()


LABELLED = (f"<p>信件编号：QH20250330017 来信时间：2025-03-30</p><p>来信内容：{ASKS}</p>"
            f"<p>回复内容：{REPLIES}</p><p>回复单位：青禾县司法局</p><p>回复时间：2025-04-02</p>")
# The same letter as a table: a label cell, then its value cell, no colons.
TABLED = ("<table><tr><td>来信人</td><td>王**</td><td>来信时间</td><td>2025-04-02</td></tr>"
          f"<tr><td>来信内容</td><td>{ASKS}</td></tr>"
          "<tr><td>办理单位</td><td>青禾县司法局</td><td>答复时间</td><td>2025-04-07</td></tr>"
          f"<tr><td>答复内容</td><td>{REPLIES}</td></tr></table>")


@pytest.mark.parametrize("body", [LABELLED, TABLED])
def test_a_letter_and_its_reply_about_the_report_is_no_report(body):
    doc = clean([_page(body)], URL)
    assert doc.title == TITLE
    assert doc.is_report is False
    assert ASKS in doc.text


def test_the_shape_needs_both_the_letter_and_the_reply():
    assert is_letter_and_reply([f"来信内容：{ASKS}", f"回复内容：{REPLIES}"])
    assert is_letter_and_reply(["来信人：王**", "办理单位：青禾县司法局　　回复时间：2025-04-07"])
    assert is_letter_and_reply([f"网友留言：{ASKS}", f"部门回复：{REPLIES}"])   # a 留言板's
    assert not is_letter_and_reply([f"来信内容：{ASKS}"])           # a letter alone
    assert not is_letter_and_reply(["回复时间：2025-04-02"])          # a reply's label alone
    # A report's tables and cases: a header row opens with its first column's name only, and
    # a problem and its result name no letter
    assert not is_letter_and_reply(["序号 | 来信人 | 来信时间 | 办理单位 | 办理结果",
                                     "1 | 王** | 2024-05-06 | 县司法局 | 已办结"])
    assert not is_letter_and_reply(["问题描述：某镇行政执法案卷不规范。",
                                     "处理结果：责令整改，已于6月底前完成。"])
    # A report's sentences on letters and replies label nothing
    assert not is_letter_and_reply([
        "来信来访办理及时，全年办理县长信箱来信312件，回复率100%。",
        "回复内容规范，群众满意率98%。"])


REPORT = ("<p>县人民政府：</p><p>2024年，我局深入学习贯彻习近平法治思想，扎实推进法治政府建设。"
          "现将有关情况报告如下：</p><p>一、主要举措和成效</p>"
          "<p>畅通县长信箱、12345热线等渠道，全年办理来信来访312件，回复率100%。</p>"
          "<p>二、存在的不足</p><p>基层执法力量相对薄弱。</p><p>三、下一步工作安排</p>"
          "<p>持续加强行政执法监督。</p><p>青禾县司法局</p><p>2025年3月20日</p>")


# A report's own lines labelled as a letter's and a reply's, past its opening: a table of its
# mailbox's counts, its mailbox's figures, a case it tells.
MAILBOX_COUNTS = ("<table><tr><td>类别</td><td>件数</td><td>办结率</td></tr>"
                  "<tr><td>来信</td><td>356</td><td>100%</td></tr>"
                  "<tr><td>回复</td><td>350</td><td>98%</td></tr></table>")
MESSAGE_COUNTS = ("<table><tr><td>渠道</td><td>受理</td></tr><tr><td>群众来信</td><td>120</td></tr>"
                  "<tr><td>留言</td><td>88</td></tr><tr><td>答复</td><td>208</td></tr></table>")
MAILBOX_FIGURES = "<p>来信：全年受理县长信箱来信356件。</p><p>答复：全部按期答复，满意率98%。</p>"
CASE = "<p>典型案例：</p><p>来信内容：群众反映某镇违法占地。</p><p>办理结果：责令整改。</p>"


@pytest.mark.parametrize("told", ["", MAILBOX_COUNTS, MESSAGE_COUNTS, MAILBOX_FIGURES, CASE])
def test_a_report_telling_of_its_mailbox_stays_a_report(told):
    body = REPORT.replace("<p>二、存在的不足</p>", f"{told}<p>二、存在的不足</p>")
    page = ("<html><head><meta charset='utf-8'></head><body>"
            "<h1>青禾县司法局2024年度法治政府建设情况报告</h1>"
            f"<div class='TRS_Editor'>{body}</div></body></html>").encode()
    doc = clean([page], "http://sfj.qinghe.gov.cn/zwgk/202503/t20250320_1.html")
    assert doc.is_report is True, doc.warnings
