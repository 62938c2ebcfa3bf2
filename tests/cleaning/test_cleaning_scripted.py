"""JS shell pages: the body and its metadata exist only in an inline script."""

from __future__ import annotations

import json

import pytest

from cleaning import clean
from cleaning.scripted import assignments, decode_js_string

PARAGRAPHS = [
    "甲区人民政府关于2023年度法治政府建设情况的报告",
    "2023年，我区坚持以习近平法治思想为指导，扎实推进依法行政，法治政府建设取得新成效。"
    "现将有关情况报告如下：",
    "一.主要举措和成效",
    "(一)强化组织领导。全年召开全面依法治区委员会会议2次、专题会议5次，审议通过重点任务分工方案。",
    "(二)规范行政执法。全面落实行政执法三项制度，开展案卷评查，抽查执法案卷120卷。",
    "二.党政主要负责人履行推进法治建设第一责任人职责情况",
    "主要负责人带头述法，组织部门负责人现场述法，推动责任层层落实。",
    "三.存在的不足和原因",
    "基层执法力量相对薄弱，执法规范化水平还需提升。",
    "四.2024年工作打算",
    "持续深化改革，加强法治宣传教育，引导群众自觉守法、遇事找法、解决问题靠法。",
]
BODY_HTML = "\n".join(f'<p style="text-indent:2em;">{p}</p>' for p in PARAGRAPHS[1:])
SHELL = ("<html><head><meta charset='utf-8'><title>{title}_甲区人民政府</title></head><body>"
         "<div class='nav'><a href='/'>首页</a><a href='/xw/'>新闻中心</a></div>"
         "<h1 v-text='title'></h1><div class='info'>发布时间：{{{{pubDate}}}} 来源：{{{{source}}}}"
         "</div><div class='content' id='content' v-html='content'></div>"
         "<div class='foot'>主办单位：甲区人民政府办公室</div>"
         "<script>{script}</script></body></html>")
TITLE = "甲区2023年度法治政府建设情况报告"
URL = "https://www.jiaqu.gov.cn/zwgk/202403/t20240305_1.html"


def _page(script: str) -> bytes:
    return SHELL.format(title=TITLE, script=script).encode()


def _js_double_quoted(html: str) -> str:
    return json.dumps(html, ensure_ascii=False).replace("</", "<\\/")


def _check_body(doc) -> None:
    assert doc.family == "script"
    assert doc.text.split("\n") == PARAGRAPHS[1:]
    assert [(s.level, s.number) for s in doc.sections] == [
        (1, "一"), (2, "一"), (2, "二"), (1, "二"), (1, "三"), (1, "四")]
    assert [s.category for s in doc.sections if s.level == 1] == [
        "measures", "leadership", "shortcomings", "plans"]
    assert "首页" not in doc.text and "主办单位" not in doc.text and "var " not in doc.text


def test_var_content_string_is_the_body_and_vars_give_the_fields():
    script = (f'var title = "{TITLE}";\nvar pubDate = "2024/3/5 15:16";\n'
              'var source = "甲区司法局";\n'
              f"var content = {_js_double_quoted(BODY_HTML)};\n"
              "new Vue({el: '#app', data: {title: title, content: content}});")
    doc = clean([_page(script)], URL)
    _check_body(doc)
    assert doc.title == TITLE
    assert doc.published == "2024-03-05"
    assert doc.publisher == "甲区司法局"      # no block, no signature: the source variable
    assert doc.is_report and doc.report_year == 2023


def test_single_quoted_object_literal_with_js_escapes():
    literal = "'" + BODY_HTML.replace("'", "\\'").replace("<", "\\x3C").replace("\n", "\\n") + "'"
    script = ("new Vue({el: '#app', data: {title: '" + TITLE + "', publishTime: '2024-03-05', "
              "source: '本站', content: " + literal + "}});")
    doc = clean([_page(script)], URL)
    _check_body(doc)
    assert doc.published == "2024-03-05"
    # 本站 names no organisation: the issuer the title names (甲区…报告) is the publisher.
    assert doc.publisher == "甲区人民政府"


def test_initial_state_json_fields_next_to_the_body_win():
    state = {"nav": [{"title": "首页", "date": "2020-01-01"}],
             "article": {"title": TITLE, "content": BODY_HTML, "pubDate": "2024-03-06 09:00",
                         "source": "甲区人民政府办公室"}}
    script = "window.__INITIAL_STATE__ = " + json.dumps(state, ensure_ascii=False) + ";"
    doc = clean([_page(script)], URL)
    _check_body(doc)
    assert doc.title == TITLE and doc.published == "2024-03-06"
    assert doc.publisher == "甲区人民政府办公室"


def test_a_page_with_a_body_ignores_html_strings_in_its_scripts():
    script = f"var tpl = {_js_double_quoted(BODY_HTML)};"
    page = ("<html><head><meta charset='utf-8'></head><body><div class='TRS_Editor'>"
            "<p>2023年，我区坚持依法行政，推进法治政府建设，各项工作取得新成效，群众满意度不断提升。</p>"
            "<p>全年审查规范性文件23件，办理行政复议案件120件，化解矛盾纠纷4120件。</p>" * 3
            + f"</div><script>{script}</script></body></html>").encode()
    doc = clean([page], URL)
    assert doc.family == "trs"
    assert "强化组织领导" not in doc.text


@pytest.mark.parametrize("script", [
    'var msg = "<p>Loading, please wait…</p>";',                    # not Chinese prose
    'var tip = "<p>您访问的链接即将离开本网站</p>";',                    # too short
    'var content = `<p>${data.content}</p>`;',                      # template, not a value
    'var content = "<p>' + "法治政府建设" * 40 + '\\q\\u12</p>";',      # broken escape
])
def test_no_script_body_when_no_string_holds_chinese_prose(script):
    doc = clean([_page(script)], URL)
    assert doc.family != "script"
    assert not any(word in doc.text for word in ("Loading", "即将离开", "法治政府建设法治"))


def test_decode_js_string():
    assert decode_js_string('"a<\\/p>\\"b\\u4e00\\x3C"') == 'a</p>"b一<'
    assert decode_js_string("'it\\'s \"q\"'") == "it's \"q\""
    assert decode_js_string("`line\nnext`") == "line\nnext"
    assert decode_js_string("`a ${b}`") is None
    assert decode_js_string('"bad \\u12"') is None


def test_assignments_read_names_and_json_paths():
    found = assignments('var a = "x"; window.S = {"p": {"q": "y"}}; o = {k: \'z\', "m": "w"};')
    assert found["a"] == "x" and found["S.p.q"] == "y"
    assert found["k"] == "z" and found["m"] == "w"


def test_script_body_beats_a_whole_page_extraction_of_side_text():
    # No container is found, so the whole page stands in and yields the sidebar's news texts
    # (more than an "empty" body): the script's report holds more text and wins.
    news = "".join(f"<p>第{i}期：我区召开专题会议，部署安全生产和防汛抗旱工作，"
                   "要求压实各方责任。</p>" for i in range(1, 9))
    script = f"var content = {_js_double_quoted(BODY_HTML)};"
    page = _page(script).replace(b"<div class='foot'>",
                                 f"<div class='side'>{news}</div><div class='foot'>".encode())
    doc = clean([page], URL)
    _check_body(doc)
    assert "防汛抗旱" not in doc.text
