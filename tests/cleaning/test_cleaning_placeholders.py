"""Script-rendered pages: template placeholders are never values; the platform's JSON wins."""

from __future__ import annotations

import json

import pytest

from cleaning import clean
from cleaning.metadata import clean_value

BODY = "".join(f"<p>2023年，我区坚持依法行政，全面推进法治政府建设，第{i}项重点工作任务全部完成并"
               "取得新成效。</p>" for i in range(8))
REPORT = "甲市人民政府2023年法治政府建设年度报告"


@pytest.mark.parametrize("value", [
    "{{detail.title}}", "{{ detail.date | formatDate }}", "${pubDate}", "<%=publisher%>",
    "#{article.source}", "{$smarty.title}", "[[${title}]]", "：", "——", "undefined", "…"])
def test_placeholders_and_empty_values_are_rejected(value):
    assert clean_value(value) is None


@pytest.mark.parametrize("value", ["甲政〔2024〕1号", "2024-03-05", "A-1/2024-00012", "{甲}区"])
def test_real_values_are_kept(value):
    assert clean_value(value) == value


def _gkmlpt_page(detail: dict) -> bytes:
    # PHP's json_encode escapes non-ASCII as \uXXXX and "/" as "\/": json.dumps does the first.
    config = json.dumps({"SITE_NAME": "甲市人民政府门户网站", "DETAIL": detail}).replace("/", "\\/")
    shell = ("<table class='gk-meta'><tr><th>索引号：</th><td>{{detail.identifier}}</td>"
             "<th>发布机构：</th><td>{{detail.publisher}}</td></tr>"
             "<tr><th>名称：</th><td>{{detail.title}}</td><th>发布日期：</th>"
             "<td>{{detail.date | formatDate}}</td></tr></table>"
             "<h1>{{detail.title}}</h1><div id='app'></div>")
    return (f"<html><head><meta charset='utf-8'><title>{REPORT} - 甲市人民政府门户网站</title>"
            f"<meta name='ArticleTitle' content='{{{{detail.title}}}}'></head><body>{shell}"
            f"<script>window._CONFIG = {config};</script></body></html>").encode()


def test_gkmlpt_shell_placeholders_give_way_to_the_config_json():
    detail = {"title": REPORT, "identifier": "007335892/2024-00087", "document_number":
              "甲府〔2024〕9号", "publisher": "甲市人民政府", "date": 1706000000,
              "display_publish_time": 1706745600, "content": BODY,
              "relation": [{"title": "《报告》解读", "url": "http://x.gov.cn/1.html"}]}
    doc = clean([_gkmlpt_page(detail)], "http://www.jia.gov.cn/gkmlpt/content/0/1/post_1.html")
    assert (doc.title, doc.index_number, doc.publisher, doc.doc_number) == (
        REPORT, "007335892/2024-00087", "甲市人民政府", "甲府〔2024〕9号")
    assert doc.published == "2024-02-01"       # display_publish_time, not the generic `date`
    assert "{{" not in doc.text and doc.text.count("法治政府建设") == 8


def test_gkmlpt_without_fields_falls_back_to_the_page_title_not_the_placeholder():
    doc = clean([_gkmlpt_page({"content": BODY})], "http://www.jia.gov.cn/gkmlpt/post_2.html")
    assert doc.title == REPORT
    assert doc.index_number is None and doc.published is None


def test_placeholders_in_meta_tags_and_label_cells_of_any_page():
    page = ("<html><head><meta charset='utf-8'><title>${title}</title>"
            "<meta name='ArticleTitle' content='${article.title}'>"
            "<meta name='PubDate' content='<%=pubDate%>'>"
            "<meta name='ContentSource' content='{{source}}'></head><body>"
            "<table><tr><td>发布机构</td><td><%=publisher%></td><td>发布日期</td><td>{{date}}</td>"
            "</tr></table><h1>" + REPORT + "</h1><div class='TRS_Editor'>" + BODY
            + "<p>甲市人民政府</p><p>2024年2月1日</p></div>"
            "<div class='info'>发布时间：2024-02-03</div></body></html>")
    doc = clean([page.encode()], "http://www.jia.gov.cn/t20240203_1.html")
    assert doc.title == REPORT                  # the h1, after the placeholder meta/title
    assert doc.publisher == "甲市人民政府"       # the signature, after the placeholder cell
    assert doc.published == "2024-02-03"        # a later real label, not a placeholder
