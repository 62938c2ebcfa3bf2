"""Picture captions and credits between a post's paragraphs are furniture: marked ones (▲…,
图为…, …摄, …供图) wherever they stand, unmarked ones where they stand right under a photo.
The report's own lines never go: prose, headings, a title under a banner, a signature."""

from __future__ import annotations

import pytest

from cleaning import clean
from cleaning.noise import is_caption, is_furniture

PROSE = [f"全年办理行政复议案件{n}件，纠错率{n}%，依法化解行政争议，推进法治政府建设。"
         for n in range(11, 19)]


def p(text: str) -> str:
    return f"<p><span style='font-size:15px;'>{text}</span></p>"


def photo(n: int) -> str:
    return f"<p style='text-align:center;'><img data-src='https://mmbiz.qpic.cn/x/{n}/640'></p>"


def post(*blocks: str) -> bytes:
    return ("<html><head><meta charset='utf-8'><title>丁区司法局2024年度法治政府建设工作报告"
            "</title></head><body><div class='rich_media_content' id='js_content'>"
            + "".join(blocks) + "</div></body></html>").encode()


def text_of(*blocks: str) -> str:
    return clean([post(*blocks)], "https://mp.weixin.qq.com/s/Caption01").text


@pytest.mark.parametrize("line", [
    "▲区司法局开展“法律进乡村”宣传活动", "△ 执法人员现场检查", "↑全区行政执法培训班现场",
    "图为区司法局工作人员向群众发放宣传资料", "（图为全区行政执法人员培训班现场）",
    "通讯员 张三 摄", "（李四 摄）", "区融媒体中心供图", "图片来源：区融媒体中心"])
def test_marked_captions_are_furniture(line):
    assert is_caption(line) and is_furniture(line)


@pytest.mark.parametrize("line", [
    "▲坚持依法决策，全年召开常务会议学法12次。",       # prose, however it opens
    "图为群众办实事，全年解决急难愁盼问题326件。",
    "推行执法全过程音像记录，重点环节全程拍摄",          # 拍摄 is no credit
    "（三）开展法治主题摄影",                            # a heading
    "▲" + "加强行政执法监督，" * 8])                     # longer than any caption
def test_report_lines_are_not_captions(line):
    assert not is_furniture(line)


def test_a_caption_under_a_photo_goes_and_the_body_stays():
    section = "<section><span>全区行政执法人员培训班现场</span></section>"
    text = text_of(p(PROSE[0]), p(PROSE[1]), photo(1), p("区司法局开展法律进乡村宣传活动"),
                   p(PROSE[2]), photo(2), section, p(PROSE[3]))
    assert "宣传活动" not in text and "培训班现场" not in text
    assert all(line in text for line in PROSE[:4])


def test_what_stands_under_a_picture_and_is_the_reports_stays():
    # A bold heading, a numbered heading and a paragraph under photos; a title under the header
    # banner (no prose before it); the signing body under a seal.
    blocks = (photo(0), p("丁区司法局关于2024年度法治政府建设工作情况的报告"), p(PROSE[0]),
              photo(1), "<p><strong>扎实推进严格规范公正文明执法</strong></p>", p(PROSE[1]),
              photo(2), p("二、存在的不足和原因"), p(PROSE[2]), photo(3), p(PROSE[3]),
              photo(4), p("丁区司法局"), p("2025年1月20日"))
    text = text_of(*blocks)
    for line in ("工作情况的报告", "扎实推进严格规范公正文明执法", "二、存在的不足和原因",
                 PROSE[3], "丁区司法局", "2025年1月20日"):
        assert line in text
