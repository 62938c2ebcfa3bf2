"""A metadata block whose labels and values are blocks of their own (<dl><dt>索　引　号：</dt>
<dd>…</dd>, <li><div>发布机构</div><div>…</div>, a one-column table of label and value rows)
is furniture before the body, labels and values alike, whether the container holds it or the
whole page is read. Pages written here."""

from __future__ import annotations

import pytest

from cleaning import clean
from cleaning.noise import clean_lines

TITLE = "青禾县人民政府关于2024年度法治政府建设情况的报告"
VALUES = ("11632126MB1X12345F/2025-00031", "青禾县人民政府办公室", "青政字〔2025〕7号",
          "2025年03月10日", "2025年03月18日", "法治政府建设", "有效")
LABELS = ("索\u3000引\u3000号：", "发布机构：", "发文字号：", "成文日期：", "发布日期：",
          "主题分类：", "有\u3000效\u3000性：")
OPENING = "2024年，我县深入学习贯彻习近平法治思想，法治政府建设取得新成效。现将有关情况报告如下："
BODY = (f"<p>市人民政府：</p><p>{OPENING}</p>"
        "<p>一、主要举措和成效</p>"
        + "<p>全年审查行政规范性文件23件，办理行政复议案件41件，开展执法监督检查12次。</p>" * 4
        + "<p>二、存在的不足和原因</p><p>基层执法力量相对薄弱。</p>"
        "<p>三、下一年度工作安排</p><p>持续提升行政执法质量。</p>"
        "<p>青禾县人民政府</p><p>2025年3月10日</p>")


def dl_block() -> str:
    rows = "".join(f"<dt>{label}</dt><dd>{value}</dd>"
                   for label, value in zip(LABELS, VALUES, strict=True))
    return f"<dl class='xxgk-dl'>{rows}</dl>"


def li_block() -> str:
    rows = "".join(f"<li><div class='l'>{label.rstrip('：')}</div><div class='v'>{value}</div></li>"
                   for label, value in zip(LABELS, VALUES, strict=True))
    return f"<ul class='gk-info'>{rows}</ul>"


def row_block() -> str:
    rows = "".join(f"<tr><th>{label}</th></tr><tr><td>{value}</td></tr>"
                   for label, value in zip(LABELS, VALUES, strict=True))
    return f"<table class='gk-table'>{rows}</table>"


def page(block: str, *, in_container: bool) -> bytes:
    article = f"<h1>{TITLE}</h1>{BODY}"
    body = (f"<div id='zoom'>{block}{article}</div>" if in_container
            else f"<div class='left'>{block}</div><div class='right'>{article}</div>")
    return (f"<html><head><meta charset='utf-8'><title>{TITLE}</title></head><body>"
            f"{body}</body></html>").encode()


@pytest.mark.parametrize("block", [dl_block, li_block, row_block])
@pytest.mark.parametrize("in_container", [True, False])
def test_a_label_value_block_before_the_body_leaves_nothing_in_the_text(block, in_container):
    doc = clean([page(block(), in_container=in_container)],
                "http://www.qinghe.gov.cn/zwgk/fzzf/202503/t20250318_131.html")
    assert doc.text.startswith("市人民政府：")
    assert not [value for value in VALUES if value in doc.text.split("\n")]
    assert doc.text.endswith("青禾县人民政府\n2025年3月10日")


def test_an_empty_value_leaves_the_salutation_and_the_body_that_follow():
    prose = "2024年，我县深入学习贯彻习近平法治思想，法治政府建设取得新成效。"
    assert clean_lines(["有\u3000效\u3000性：", "市人民政府：", prose]) == ["市人民政府：", prose]
    assert clean_lines(["发布机构", prose]) == [prose]
    assert clean_lines(["[索 引 号]", "一、主要举措和成效"]) == ["一、主要举措和成效"]


def test_a_label_line_inside_the_body_keeps_the_line_after_it():
    lines = ["市人民政府：", "2024年，我县深入学习贯彻习近平法治思想，法治政府建设取得新成效。",
             "分类", "行政复议案件41件"]
    assert clean_lines(lines) == lines


SHORT_LABELS = (("来源", "青禾县司法局"), ("分类", "法治政府建设"), ("时效", "有效"),
                ("标题", TITLE), ("文号", "青政字〔2025〕7号"), ("索引号", VALUES[0]))


@pytest.mark.parametrize("row", [
    "<li><span>{}</span><span>{}</span></li>",            # glued: 来源青禾县司法局
    "<li><span>{}</span> <span>{}</span></li>",           # spaced: 来源 青禾县司法局
    "<li>[{}] {}</li>",                                   # bracketed: [来源] 青禾县司法局
    "<li class='r'><label>{}</label><div>{}</div></li>",  # a <label>, which trafilatura drops
])
@pytest.mark.parametrize("in_container", [True, False])
def test_short_and_bracketed_labels_and_label_elements_leave_no_value(row, in_container):
    block = "<ul class='gk-info'>{}</ul>".format(
        "".join(row.format(label, value) for label, value in SHORT_LABELS))
    doc = clean([page(block, in_container=in_container)],
                "http://www.qinghe.gov.cn/zwgk/fzzf/202503/t20250318_131.html")
    assert doc.text.startswith("市人民政府：")
    lines = doc.text.split("\n")
    assert lines[:2] == ["市人民政府：", OPENING]
    assert not [line for line in lines if any(value in line for _, value in SHORT_LABELS[:1])]
