"""A body a lazy loader (jQuery datalazyload) keeps as escaped HTML in a hidden <textarea>:
cleaned as the page's body, where the textarea, noise to the extractor, was dropped with it and
the report stored with no text. A form's textarea stays noise. Pages written here."""

from __future__ import annotations

from html import escape

from cleaning import clean

TITLE = "丁县人民政府关于2024年度法治政府建设情况的报告"
BODY = ["中共丁县委、丁县人民政府：",
        "2024年，县政府坚持以习近平法治思想为指导，扎实推进法治政府建设，现将有关情况报告如下。",
        "一、主要举措和成效",
        "全年审核行政规范性文件9件，开展行政执法案卷评查，抽查案卷48卷。",
        "二、存在的不足",
        "基层执法力量相对薄弱，执法人员培训有待加强。",
        "特此报告。"]


def page(body_html: str, extra: str = "") -> bytes:
    return (f"<html><head><meta charset='utf-8'><title>{TITLE}</title></head><body>"
            f"<div class='nav'><a>首页</a><a>政务公开</a></div><h1>{TITLE}</h1>"
            f"<div class='info'>发布时间：2025-03-14 来源：丁县司法局</div>"
            f"<div id='zoom'>{body_html}</div>{extra}"
            "<div class='foot'>主办单位：丁县人民政府办公室</div></body></html>").encode()


def held(lines: list[str]) -> str:
    markup = "".join(f'<p style="text-indent:2em">{line}</p>' for line in lines)
    return (f'<div class="datalazyload"><textarea style="visibility:hidden">{escape(markup)}'
            "</textarea></div>")


def test_a_textarea_holding_the_escaped_body_is_read_as_the_body():
    doc = clean([page(held(BODY))], "http://www.dx.gov.cn/xxgk/fzzfjs/202503/t20250314_1.html")
    assert doc.text.split("\n") == BODY
    assert doc.title == TITLE


def test_a_forms_textarea_with_plain_words_stays_out_of_the_body():
    form = ("<form><textarea name='msg'>请在此输入您对本文的意见建议，我们将认真研究并及时答复，"
            "感谢您对丁县人民政府网站工作的关心和支持，欢迎留言。</textarea></form>")
    plain = "".join(f"<p>{line}</p>" for line in BODY)
    doc = clean([page(plain, form)], "http://www.dx.gov.cn/xxgk/fzzfjs/202503/t20250314_2.html")
    assert doc.text.split("\n") == BODY
