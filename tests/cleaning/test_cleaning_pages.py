"""Behaviour on whole pages: noise in every position, tables as rows, stages()."""

from __future__ import annotations

from cleaning import clean, stages

PAGE = """<html><head><meta charset='utf-8'><title>甲区2023年度法治政府建设情况报告_甲区政府</title>
<script>var t='您访问的链接即将离开甲区政府网站，是否继续？';</script></head><body>
<div class='top'>无障碍 关怀版 长者模式 网站支持ipv6</div>
<div class='TRS_Editor'>
<p>甲区2023年度法治政府建设情况报告</p>
<p>区委：</p><p>2023年，我区坚持依法行政，推进法治政府建设，各项工作取得新成效。</p>
<p>一、主要举措和成效</p><p>【字体：大 中 小】</p>
<table><tr><td>指标</td><td>数量</td></tr><tr><td>复议案件</td><td>120件</td></tr></table>
<p>责任编辑：李四</p>
<div class='xgjd'>相关解读：<a>图解报告</a></div>
<p>全年审查规范性文件23件。</p><p>二、下一年度的主要安排</p><p>持续深化改革。</p>
<p>甲区人民政府</p><p>2024年2月1日</p>
<p>打印本页 关闭窗口</p></div>
<div class='foot'>主办单位：甲区政府办 版权所有 ICP备12345号 网站标识码 123</div></body></html>"""
NOISE = ["无障碍", "关怀版", "长者模式", "ipv6", "字体", "责任编辑", "相关解读", "打印本页",
    "关闭窗口",
         "主办单位", "版权所有", "ICP备", "网站标识码", "即将离开"]


def test_noise_everywhere_is_removed_and_body_kept():
    doc = clean([PAGE.encode()], "http://www.example.gov.cn/t20240201_1.html")
    assert [n for n in NOISE if n in doc.text] == []
    lines = doc.text.split("\n")
    assert lines[0] == "区委："                       # title repeat dropped before the body
    assert lines[-2:] == ["甲区人民政府", "2024年2月1日"]
    assert "指标 | 数量" in lines and "复议案件 | 120件" in lines
    assert doc.publisher == "甲区人民政府"                 # the signature, no block on the page


def test_stages_are_listed_in_order():
    names = [name for name, _ in stages([PAGE.encode()], "http://www.example.gov.cn/a.html")]
    assert names == ["decoded", "container", "extracted", "converted", "denoised", "sections",
                     "metadata"]


def test_a_body_of_short_sentences_keeps_a_signature_that_repeats_the_title():
    # No paragraph is 40 characters long: the first finished sentence starts the body, so the
    # signing body (a part of the title) is no longer taken for a title repeat.
    body = "".join(f"<p>第{i}项工作按期完成。</p>" for i in range(6))
    page = ("<html><head><meta charset='utf-8'><meta name='ArticleTitle' "
            "content='甲市人民政府2023年法治政府建设年度报告'></head><body>"
            "<div class='TRS_Editor'><p>甲市人民政府2023年法治政府建设年度报告</p>" + body
            + "<p>甲市人民政府</p><p>2024年2月1日</p></div></body></html>")
    doc = clean([page.encode()], "http://www.example.gov.cn/a.html")
    assert doc.text.split("\n")[0] == "第0项工作按期完成。"
    assert doc.text.split("\n")[-2:] == ["甲市人民政府", "2024年2月1日"]
    assert doc.publisher == "甲市人民政府"


def test_every_strong_metadata_label_row_is_dropped_from_the_text():
    # A metadata block caught inside the body: rows with any label the metadata stage reads
    # (信息名称, 发文字号, 公开日期 ...) are neutral lines, not report text.
    from cleaning.noise import is_furniture
    from cleaning.patterns import _LABELS_BY_FIELD
    weak = set(_LABELS_BY_FIELD["published_weak"].split())
    labels = [label for labels in _LABELS_BY_FIELD.values() for label in labels.split()]
    kept = [label for label in labels
            if label not in weak and not is_furniture(f"{label}：甲区2023年度法治政府建设情况报告")]
    assert kept == []
    assert not is_furniture("时间：2023年全区完成行政复议案件120件")   # bare 时间 is too weak
