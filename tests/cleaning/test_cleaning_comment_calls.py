"""After the closing date, a call to leave a comment or a message (欢迎在评论区…。, 后台回复…)
is the post's end furniture even as a finished sentence or in brackets; the same words in the
report's own text, or a disclosure note after the date, stay. Pages written here."""

from __future__ import annotations

import pytest

from cleaning import clean
from tests.cleaning.test_cleaning_reposts import BODY, SIGNATURE, wechat_page

CALLS = ["对全县法治政府建设有什么好的意见建议，欢迎在文末评论区告诉我们，我们会逐条梳理。",
         "（如需查阅报告附件，请在后台回复“年报”获取）",
         "您的每一条留言我们都会认真阅读。"]
BODY_LINES = ["<p>开通网上留言板，全年办理群众留言326件。</p>",
              "<p>（三）在政务新媒体评论区回应群众关切问题58个</p>"]


@pytest.mark.parametrize("call", CALLS)
def test_a_call_to_comment_after_the_closing_goes(call):
    page = wechat_page(BODY + f"<p>（此件公开发布）</p><section><p>{call}</p></section>")
    lines = clean([page], "https://mp.weixin.qq.com/s/Cm1").text.split("\n")
    assert lines[-3:] == [*SIGNATURE, "（此件公开发布）"]


def test_comment_words_in_the_report_stay():
    part = "<p>二、存在的不足和原因</p>"
    body = BODY.replace(part, "".join(BODY_LINES) + part)
    text = clean([wechat_page(body)], "https://mp.weixin.qq.com/s/Cm2").text
    assert "开通网上留言板，全年办理群众留言326件。" in text.split("\n")
    assert "（三）在政务新媒体评论区回应群众关切问题58个" in text.split("\n")
