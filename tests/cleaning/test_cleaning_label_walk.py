"""The label walk visits only the elements whose text meets a label (cleaning/label_walk.py):
it must find every field the walk over every element finds, on Simplified and Traditional
pages, and its table of the labels' Traditional characters must match the installed OpenCC."""

from __future__ import annotations

import opencc
import pytest

from cleaning import label_walk, labels, loss, script
from cleaning.htmlparser import document_from_text
from cleaning.patterns import METADATA_LABELS

# Every CJK block OpenCC's dictionaries touch (unified, extensions A–G, compatibility).
CJK_RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x2A6DF),
              (0x2A700, 0x2EBEF), (0x2F800, 0x2FA1F), (0x30000, 0x3134F))
MENU = "".join(f"<li><a href='/c{i}'>机构设置{i}</a></li>" for i in range(300))
PAGE = f"""<html><head><title>某区2024年法治政府建设年度报告</title>
<script>var d = {{"发布时间": "2020-01-01"}};</script></head><body>
<div class="nav"><ul>{MENU}</ul></div>
<div class="main"><div class="info"><table>
<tr><td><!-- 索引 --><b>索&nbsp;引&nbsp;号：</b></td><td>000014349/2025-00012</td></tr>
<tr><td>发布机构：</td><td><span>某区司法局</span></td></tr>
<tr><td>索<em>　</em>引<em>　</em>号：</td><td>这一格是第二个</td></tr></table>
<p><span>发布</span><span>日期：2025-03-28</span>　<!-- x -->来源：某区人民政府</p>
<div>【文号】某司发〔2025〕3号　【标题】某区2024年法治政府建设年度报告</div>
<ul><li>成文日期：<i>2025-03-20</i></li></ul></div>
<div class="body"><p>一、2024年工作情况。今年以来，我区坚持依法行政。</p></div></div>
<div class="footer"><p>主办单位：某区人民政府办公室</p></div></body></html>"""


def every_element_walk(tree, label_rx, text, code=()):
    return tree.iter()


def fields(page: str, *, traditional: bool, monkeypatch=None) -> dict[str, str]:
    tree = document_from_text(page)
    simplify = script.to_simplified if traditional else labels.as_is
    if monkeypatch is not None:
        monkeypatch.setattr(labels, "labelled_elements", every_element_walk)
    return labels.labelled_fields(tree, simplify)


@pytest.mark.parametrize("traditional", [False, True])
def test_the_label_walk_finds_what_a_walk_over_every_element_finds(traditional, monkeypatch):
    page = opencc.OpenCC("s2t").convert(PAGE) if traditional else PAGE
    found = fields(page, traditional=traditional)
    assert found == fields(page, traditional=traditional, monkeypatch=monkeypatch)
    assert found["index_number"] == "000014349/2025-00012"      # the first of two
    assert found["publisher"] == "某区司法局"
    assert {"published_weak", "source", "doc_number", "title", "written"} <= set(found)


def test_a_page_with_no_label_walks_nothing():
    tree = document_from_text(f"<html><body><ul>{MENU}</ul><p>正文。</p></body></html>")
    assert list(label_walk.labelled_elements(tree, label_walk.LABEL_RX, tree.text_content())) == []


def test_the_labels_traditional_characters_are_those_the_installed_opencc_gives():
    converter = script._converter()
    chars = "".join(chr(code) for low, high in CJK_RANGES for code in range(low, high + 1))
    converted = converter.convert(chars)
    assert len(converted) == len(chars)
    label_chars = set("".join(METADATA_LABELS))
    forms: dict[str, set[str]] = {}
    for char, simple in zip(chars, converted, strict=True):
        if simple in label_chars and char != simple:
            forms.setdefault(simple, set()).add(char)
    assert forms == {char: set(more) for char, more in
                     label_walk.LABEL_CHAR_TRADITIONAL_FORMS.items()}


LONG_SCRIPT = "<script>var menu = [" + ",".join(
    f'{{"name": "发布时间{i}", "url": "/c{i}"}}' for i in range(20)) + "];</script>"


def test_long_script_texts_are_left_out_of_the_label_scan():
    page = PAGE.replace("<div class=\"footer\">", LONG_SCRIPT + "<noscript>" + "索引号：无" * 50
                        + "</noscript><div class=\"footer\">")
    tree = document_from_text(page)
    text = tree.text_content()
    code = loss.tree_parts(tree, text).code
    # The long script only: the head's script is short, a noscript may hold elements.
    script = [el for el in tree.iter("script")][-1]
    assert [text[start:end] for start, end in code] == [script.text]
    walked = list(label_walk.labelled_elements(tree, label_walk.LABEL_RX, text, code))
    assert script not in walked
    assert script in label_walk.labelled_elements(tree, label_walk.LABEL_RX, text)
    assert tree.find(".//noscript") in walked
    assert (labels.labelled_fields(tree, labels.as_is, text, code)
            == labels.labelled_fields(tree, labels.as_is, text))
