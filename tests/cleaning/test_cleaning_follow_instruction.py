"""A WeChat instruction to follow, star or pin the account, pointing at the screen (上方蓝字,
右上角, 名片), is furniture whatever the account is called and however it is quoted or
decorated; report prose about following or pinning stays. Pages written here."""

from __future__ import annotations

import pytest

from cleaning import clean
from cleaning.noise import is_follow_instruction
from tests.cleaning.test_cleaning_reposts import BODY, SIGNATURE, wechat_page

INSTRUCTIONS = [
    "点击上方蓝字「青山普法」关注我们，再点击右上角“···”设为☆星标，第一时间看到每期推送～",
    "轻点上方名片『河湾司法行政』→ 右上角菜单 → 设为星标，好内容不错过",
    "长按上方头像\"某镇法治\"置顶公众号，精彩早知道！",
    "戳蓝字“石桥普法”关注我们",
]
PROSE = ["重点关注群众反映的突出问题", "点对点指导基层单位，上方下方协同，持续关注执法质量。",
         "点击量达到12万人次，群众关注度持续提升",
         "开设“以案释法”专栏置顶推送12期，关注量增长30%。"]


@pytest.mark.parametrize("line", INSTRUCTIONS)
def test_a_follow_instruction_is_furniture(line):
    assert is_follow_instruction(line)


@pytest.mark.parametrize("line", PROSE)
def test_prose_about_following_is_not(line):
    assert not is_follow_instruction(line)


def test_follow_instructions_at_either_end_of_a_post_go():
    head = f"<section><span>{INSTRUCTIONS[0]}</span></section>"
    tail = "".join(f"<p><span style='font-size:12px'>{line}</span></p>"
                   for line in INSTRUCTIONS[1:])
    doc = clean([wechat_page(head + BODY + tail)], "https://mp.weixin.qq.com/s/FoLLow1")
    lines = doc.text.split("\n")
    assert lines[0] == "市人民政府："
    assert lines[-2:] == SIGNATURE
    assert not any("星标" in line or "关注我们" in line for line in lines)
