"""A platform's statement after a re-posted report's closing (特别声明 over 本文由某政务号上传…，
仅代表…立场): the heading and what follows it are the platform's, though the statement ends a
sentence; an annex after the closing stays. Pages written here."""

from __future__ import annotations

import pytest

from cleaning import clean
from cleaning.post_tail import drop_post_tail

TITLE = "某区人民政府关于2024年度法治政府建设情况的报告"
LEAD = ("2024年，区政府坚持以习近平法治思想为引领，全面落实法治政府建设各项任务，"
        "依法行政水平持续提升。现将有关情况报告如下。")
CLOSING = ["特此报告。", "某区人民政府", "2025年3月18日"]
BODY = (f"<p>{LEAD}</p><p>一、主要举措和成效</p><p>全年办理行政复议案件28件，纠错率12%。</p>"
        "<p>二、存在的不足</p><p>行政执法规范化水平仍需提高。</p><p>三、下一步安排</p>"
        "<p>深化行政执法协调监督工作体系建设。</p>"
        + "".join(f"<p>{line}</p>" for line in CLOSING))
STATEMENT = ("本文由入驻某某资讯平台的政务号自行上传发布，内容仅代表发布者的立场，"
             "平台仅提供信息存储空间服务。入驻请在电脑端登录平台首页申请。")
URL = "https://www.mouxun-news.cn/newsDetail_forward_31120458"


def _repost(statement_box: str) -> bytes:
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'>"
            f"<title>{TITLE}_某某资讯</title></head><body>"
            f"<div class='head_wrap'><h1>{TITLE}</h1><div class='author'>某区发布</div></div>"
            f"<div class='content_wrap'>{BODY}</div>{statement_box}"
            "<div class='tools'><a>举报</a></div></body></html>").encode()


@pytest.mark.parametrize("heading", ["特别声明", "【免责声明】", "版权 声明"])
def test_a_statement_after_the_closing_goes_with_its_heading(heading):
    box = f"<div class='statement_box'><p>{heading}</p><p>{STATEMENT}</p></div>"
    doc = clean([_repost(box)], URL)
    lines = doc.text.split("\n")
    assert lines[-3:] == CLOSING
    assert LEAD in lines


ANNEX = ["附件：2024年度行政复议案件情况统计表", "案件类型 | 件数"]


def test_an_annex_after_the_closing_stays():
    lines = [LEAD, *CLOSING, *ANNEX, "特别声明", STATEMENT]
    assert drop_post_tail(lines) == [LEAD, *CLOSING, *ANNEX]
    lines = [LEAD, *CLOSING, "特别声明", STATEMENT, *ANNEX]
    assert drop_post_tail(lines) == [LEAD, *CLOSING, *ANNEX]


def test_a_statement_heading_without_a_closing_goes_alone():
    lines = ["特别声明", LEAD, "执法队伍建设仍需加强。"]
    assert drop_post_tail(lines) == lines[1:]


ENGLISH_HALF = ("Notice: The content above (including any pictures) is uploaded by a user of "
                "Mouxun Account, a platform that only provides information storage services.")


def test_a_statements_english_half_after_the_closing_goes_whatever_its_length():
    box = (f"<div class='statement_box'><p>声明：{STATEMENT}</p>"
           f"<p><span>Notice: </span>{ENGLISH_HALF[8:]}</p></div>")
    doc = clean([_repost(box)], URL)
    assert doc.text.split("\n")[-3:] == CLOSING


def test_latin_lines_before_the_closing_and_table_rows_after_it_stay():
    lines = [LEAD, "Rule of Law Government Construction Report", *CLOSING,
             "Case type | Count", ENGLISH_HALF]
    assert drop_post_tail(lines) == lines[:-1]
