"""WeChat calls to action at a post's end (点赞/在看/转发/分享/关注/一键三连/星标…) are furniture
as a class, whatever separates the buttons' names; report prose holding one of the words stays.
Pages written here."""

from __future__ import annotations

import pytest

from cleaning import clean
from cleaning.noise import is_call_to_action
from tests.cleaning.test_cleaning_reposts import BODY, SIGNATURE, wechat_page

CALLS_TO_ACTION = ["分享 点赞 在看 一键三连", "点赞｜在看｜转发", "👍点赞 ❤️在看 ⭐星标",
                   "分享、收藏和点赞", "记得一键三连哦~", "喜欢就设为星标吧！", "欢迎转发到朋友圈",
                   "动动手指点个赞"]
PROSE = ["转发上级文件12件，做好贯彻落实。", "群众纷纷点赞", "高度关注群众反映的突出问题",
         "关注民生热点", "欢迎社会各界关注和监督。", "求真务实关注民生", "分享执法经验12次"]


@pytest.mark.parametrize("line", CALLS_TO_ACTION)
def test_a_call_to_action_line_is_furniture(line):
    assert is_call_to_action(line)


@pytest.mark.parametrize("line", PROSE)
def test_prose_holding_a_button_word_is_not(line):
    assert not is_call_to_action(line)


def test_calls_to_action_after_the_signature_go_and_prose_with_the_words_stays():
    weak = "<p>基层执法力量相对薄弱。</p>"
    body = BODY.replace(weak, "".join(f"<p>{line}</p>" for line in PROSE) + weak)
    extra = "".join(f"<section><span style='font-size:12px'>{line}</span></section>"
                    for line in CALLS_TO_ACTION)
    doc = clean([wechat_page(body + extra)], "https://mp.weixin.qq.com/s/XyZ123")
    lines = doc.text.split("\n")
    assert lines[-2:] == SIGNATURE
    assert [line for line in PROSE if line in lines] == PROSE
