"""Publication dates a page gives only in a re-post's byline (转载时间) or in a WeChat page's
scripts (create_time: JsDecode(…), var oriCreateTime): read, and never above a better date."""

from __future__ import annotations

import opencc

from cleaning import clean

BODY = "".join(f"<p>{n}、我县坚持依法行政，全年审查规范性文件{n * 7}件，推进法治政府建设。</p>"
               for n in range(1, 9))


def repost(info: str) -> bytes:
    # A department re-posting its county's report: a title, an info bar, the body.
    return (f"<html><head><meta charset='utf-8'><title>县农业农村局</title></head><body>"
            f"<div class='zw-box'><div class='zw-title'>乙县人民政府关于2024年度法治政府建设"
            f"情况的报告</div><div class='zw-info'>{info}</div><div class='zw-con'>{BODY}"
            f"</div></div></body></html>").encode()


def test_a_reposts_date_is_its_publication_date():
    page = repost("<span>信息来源：乙县人民政府</span><span>转载时间：2025-03-05</span>")
    doc = clean([page], "http://nyj.example.gov.cn/zwgk/2025/0305/a1.html")
    assert doc.published == "2025-03-05"
    assert "转载时间" not in doc.text


def test_a_traditional_reposts_date():
    # The whole page in Traditional characters (a mirror): 轉載時間 is the same label.
    page = opencc.OpenCC("s2t").convert(repost("<span>轉載時間：2025年3月5日</span>").decode())
    doc = clean([page.encode()], "http://nyj.example.gov.tw/zwgk/a3.html")
    assert doc.published == "2025-03-05"


def test_a_labelled_publication_date_wins_over_the_repost_date():
    # 转载时间 first on the page: still the weaker label.
    page = repost("<span>转载时间：2025-03-09</span><span>发布日期：2025-03-05</span>")
    doc = clean([page], "http://nyj.example.gov.cn/zwgk/2025/0305/a2.html")
    assert doc.published == "2025-03-05"


def wechat(script: str) -> bytes:
    return (f"<html><head><meta charset='utf-8'><title>丙区司法局2024年度法治政府建设工作报告"
            f"</title></head><body><div class='rich_media_content' id='js_content'>{BODY}</div>"
            f"<script type='text/javascript'>{script}</script></body></html>").encode()


def test_wechat_create_time_in_js_decode_and_not_the_server_time():
    # svr_time is when the page was fetched (2025-12-04), never the publication date.
    page = wechat("var svr_time = \"1764806400\" * 1;\nwindow.cgiData = {\n"
                  "  nick_name: \"丙区司法\",\n  create_time: JsDecode('2025-01-19 12:00'),\n};")
    doc = clean([page], "https://mp.weixin.qq.com/s/AbCdEf123")
    assert doc.published == "2025-01-19"


def test_wechat_original_create_time_as_a_timestamp():
    # 1737259200 is 2025-01-19 12:00 in Beijing (04:00 UTC).
    page = wechat("var svr_time = \"1764806400\" * 1;\nvar oriCreateTime = '1737259200';")
    doc = clean([page], "https://mp.weixin.qq.com/s/AbCdEf124")
    assert doc.published == "2025-01-19"


def test_a_script_names_ending_like_a_date_name_are_not_read():
    # select_time, descript=…: only the names themselves count.
    page = wechat("var select_time = '2024-05-06'; var svr_time = '1764806400';")
    assert clean([page], "https://mp.weixin.qq.com/s/AbCdEf125").published is None
