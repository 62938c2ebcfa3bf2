"""A WeChat editor's decoration over a numbered heading (PART.01, NO.2, 01, REVIEW, 第一部分 over
一、, a kicker beside the heading in 秀米/135编辑器 markup) and an account's follow or intro line at
a post's head are furniture; a report's own lines over its headings stay. Pages written here."""

from __future__ import annotations

import pytest

from cleaning import clean
from cleaning.noise import clean_lines

TITLE = "青禾县2024年法治政府建设年度报告"
HEADINGS = ("一、推进法治政府建设的主要举措和成效",
            "二、党政主要负责人履行推进法治建设第一责任人职责情况",
            "三、存在的不足和下一年度工作安排")
PARAGRAPHS = ("全年审查行政规范性文件23件，办理行政复议案件41件，开展执法监督检查12次。",
              "县政府主要负责人主持召开专题会议5次，研究解决法治建设重点难点问题12个。",
              "基层执法力量相对薄弱。2025年将持续提升行政执法质量，健全督察考核机制。")
OPENING = "2024年，我县深入学习贯彻习近平法治思想，法治政府建设取得新成效。现将有关情况报告如下："
SIGNATURE = ("青禾县人民政府", "2025年1月27日")
URL = "https://mp.weixin.qq.com/s?__biz=MzA5NjQ4&mid=2650&idx=1&sn=8f1c"


def wechat_page(head: str, parts: str) -> bytes:
    body = (f"{head}<section powered-by='xiumi.us'><p>{OPENING}</p></section>{parts}"
            + "".join(f"<section powered-by='xiumi.us'><p>{line}</p></section>"
                      for line in SIGNATURE))
    return ("<html><head><meta charset='utf-8'></head><body>"
            f"<h1 class='rich_media_title' id='activity-name'>{TITLE}</h1>"
            "<div class='rich_media_meta_list'><span id='js_name'>青禾融媒</span></div>"
            f"<div class='rich_media_content' id='js_content'>{body}</div></body></html>").encode()


def banner_parts(badges: list[str], attrs: str = "powered-by='xiumi.us'") -> str:
    """Each heading under its badge: a wrapper of two blocks, the badge's and the heading's."""
    return "".join(
        f"<section {attrs}><section style='display:inline-block'><p style='font-size:11px'>"
        f"{badge}</p></section><section><p><strong>{heading}</strong></p></section></section>"
        f"<section powered-by='xiumi.us'><p>{paragraph}</p></section>"
        for badge, heading, paragraph in zip(badges, HEADINGS, PARAGRAPHS, strict=True))


def assert_report_text(doc) -> None:
    lines = doc.text.split("\n")
    assert lines[0] == OPENING
    assert [line for line in lines if line in HEADINGS] == list(HEADINGS)
    assert lines == [OPENING, *(line for pair in zip(HEADINGS, PARAGRAPHS, strict=True)
                                for line in pair), *SIGNATURE]
    assert [s.heading for s in doc.sections if s.level == 1] == [
        heading[2:] for heading in HEADINGS]


@pytest.mark.parametrize("badges", [
    ["PART.01", "PART.02", "PART.03"], ["Part 1", "Part 2", "Part 3"], ["NO.1", "NO.2", "NO.3"],
    ["01", "02", "03"], ["/ 01 /", "/ 02 /", "/ 03 /"], ["REVIEW", "LEADERSHIP", "NEXT STEP"],
    ["壹", "贰", "叁"], ["第一部分", "第二部分", "第三部分"],
    ["聚焦成效", "压实责任", "补短板"],        # kickers: known only by where they stand
])
def test_a_badge_over_each_numbered_heading_goes(badges):
    doc = clean([wechat_page("", banner_parts(badges))], URL)
    assert_report_text(doc)


def test_135_editor_kickers_and_badges_glued_to_the_heading_go():
    doc = clean([wechat_page("", banner_parts(["亮点一", "亮点二", "亮点三"],
                                              "data-tools='135编辑器'"))], URL)
    assert_report_text(doc)
    glued = "".join(f"<p><strong>PART.0{n} </strong><strong>{heading}</strong></p>"
                    f"<p>{paragraph}</p>"
                    for n, heading, paragraph in zip((1, 2, 3), HEADINGS, PARAGRAPHS, strict=True))
    assert_report_text(clean([wechat_page("", glued)], URL))


@pytest.mark.parametrize("intro", [
    "关注「青禾融媒」，读懂家门口的大事小情", "订阅“青禾司法”，法治资讯早知道",
    "欢迎关注青禾融媒微信公众号", "这里是青禾融媒，带你看青禾", "点击蓝色字关注“青禾司法”",
    "星标我们，不错过每一条推送", "青禾融媒出品", "【青禾融媒】", "青禾融媒 | 权威发布",
    "本文约3000字，预计阅读8分钟", "今天，小编带大家一起来看看报告全文👇", "“青禾司法”微信公众号",
])
def test_an_accounts_follow_or_intro_line_at_the_head_goes(intro):
    head = f"<section powered-by='xiumi.us' style='text-align:center'><p>{intro}</p></section>"
    doc = clean([wechat_page(head, banner_parts(["PART.01", "PART.02", "PART.03"]))], URL)
    assert_report_text(doc)


def test_a_reports_own_lines_over_its_headings_stay():
    # 第二部分 over 一、: the report's own part, not a badge; Chinese lines outside an editor's
    # markup; a line opening with 关注 in the body.
    lines = ["市人民政府：", OPENING, "第一部分", "一、主要举措和成效", PARAGRAPHS[0], "第二部分",
             "一、存在的不足", "工作成效", "二、下一年度工作安排", "关注“一老一小”，守护民生底线",
             "（一）健全督察考核机制"]
    assert clean_lines(lines) == lines[:2] + lines[3:]
    parts = "".join(f"<section><section><p>工作成效</p></section><section><p>{heading}</p>"
                    f"</section></section><p>{paragraph}</p>"
                    for heading, paragraph in zip(HEADINGS, PARAGRAPHS, strict=True))
    page = wechat_page("", parts).replace(b"powered-by='xiumi.us'", b"")
    assert clean([page], URL).text.count("工作成效") == 3


@pytest.mark.parametrize("mark", ["◆◆◆", "· · ·", "———", "＊＊＊", "❖", "✦ ✦ ✦", "○○○", "★★★", "❀"])
def test_a_separator_of_marks_between_the_parts_goes(mark):
    separator = f"<section powered-by='xiumi.us' style='text-align:center'><p>{mark}</p></section>"
    parts = "".join(f"<p><strong>{heading}</strong></p><p>{paragraph}</p>{separator}"
                    for heading, paragraph in zip(HEADINGS, PARAGRAPHS, strict=True))
    assert_report_text(clean([wechat_page(separator, parts)], URL))


def test_kickers_go_from_a_page_read_whole_too():
    # A portal page pasting 135编辑器 markup in a div no container rule knows: the whole page
    # is read, and its kickers go all the same.
    body = (f"<p>{OPENING}</p>" + banner_parts(["亮点一", "亮点二", "亮点三"], "class='_135editor'")
            + "".join(f"<p>{line}</p>" for line in SIGNATURE))
    page = ("<html><head><meta charset='utf-8'><title>" + TITLE + "</title></head><body>"
            f"<div class='w1200'><h1>{TITLE}</h1><div class='mainbox'>{body}</div></div>"
            "</body></html>").encode()
    doc = clean([page], "http://www.qinghe.gov.cn/art/2025/1/27/art_12_345.html")
    assert doc.family == "page"
    assert_report_text(doc)
