"""A re-posting account's tap-the-blue-words call above the body (戳蓝字“某融媒”，第一时间获取
某资讯) and a newsroom's credit lines after the signature (值班主任：某某, 值班编辑丨某某) are
furniture; body lines holding the words stay. Pages written here."""

from __future__ import annotations

import pytest

from cleaning import clean
from cleaning.noise import is_account_intro
from tests.cleaning.test_cleaning_reposts import BODY, SIGNATURE, wechat_page

FOLLOW_CALLS = ["戳蓝字“某县融媒”，第一时间获取本地资讯", "点击上方蓝字 关注我们",
                "轻触蓝色字，了解更多政务信息", "▲点蓝字「某区发布」，每天看区里大事"]
CREDITS = ["值班主任：王某", "值班编辑丨李某", "终审｜赵某", "监制：钱某", "出品人：孙某",
           "统筹：周某", "校对：吴某", "责任校对：郑某"]
PROSE = ["点击量达到12万次。", "值班主任要认真履行带班职责。",
         "落实统筹协调机制，校对法规文本56件。"]


@pytest.mark.parametrize("line", FOLLOW_CALLS)
def test_a_blue_words_follow_call_is_an_account_intro(line):
    assert is_account_intro(line)


def test_follow_calls_above_and_credit_lines_below_go_and_prose_stays():
    head = "".join(f"<section><span>{line}</span></section>" for line in FOLLOW_CALLS)
    weak = "<p>基层执法力量相对薄弱。</p>"
    body = BODY.replace(weak, "".join(f"<p>{line}</p>" for line in PROSE) + weak)
    tail = "".join(f"<p>{line}</p>" for line in CREDITS)
    doc = clean([wechat_page(head + body + tail)], "https://mp.weixin.qq.com/s/AbC987")
    lines = doc.text.split("\n")
    assert lines[0] == "市人民政府："
    assert lines[-2:] == SIGNATURE
    assert [line for line in PROSE if line in lines] == PROSE
