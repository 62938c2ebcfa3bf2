"""A mobile page may show its date only in an unlabelled info line under the title, a numeric
date beside the publishing organisation (2025-02-11　某县司法局): that date is the publication's.
A 年月日 date there is the signature repeated (成文), and a date beside a column's name is no
info line of an organisation. Pages written here."""

from __future__ import annotations

import pytest

from cleaning import clean
from cleaning.head_furniture import dated_org_date
from cleaning.noise import clean_lines

TITLE = "某县司法局2024年度法治政府建设情况报告"
BODY = ("<p>县委全面依法治县委员会办公室：</p>"
        "<p>2024年，县司法局坚持以习近平法治思想为引领，全面推进严格规范公正文明执法，"
        "法治政府建设各项任务有序落实。现将有关情况报告如下：</p>"
        "<p>一、工作开展情况</p><p>全年办理法律援助案件310件，接待群众咨询1200余人次。</p>"
        "<p>二、存在的不足</p><p>基层法律服务力量较弱。</p>"
        "<p>三、下一步打算</p><p>完善公共法律服务体系。</p>"
        "<p>某县司法局</p><p>2025年2月8日</p>")
URL = "https://m.example-county.gov.cn/wap/sfj/article_4471.html"


def _mobile_page(info: str) -> bytes:
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'>"
            "<meta name='viewport' content='width=device-width'>"
            f"<title>{TITLE}</title></head><body>"
            "<div class='topnav'><a>返回</a><span>某县司法局</span></div>"
            f"<div class='page'><h2 class='head'>{TITLE}</h2><p class='sub'>{info}</p>"
            f"<div class='main-text'>{BODY}</div></div></body></html>").encode()


@pytest.mark.parametrize("info,published", [
    ("2025-02-11\u3000某县司法局", "2025-02-11"),
    ("某县人民政府办公室 2025/02/12 16:05", "2025-02-12"),
])
def test_an_info_line_of_date_and_organisation_gives_the_publication_date(info, published):
    assert clean([_mobile_page(info)], URL).published == published


@pytest.mark.parametrize("info", [
    "某县司法局 2025年2月11日",      # the signature repeated under the title: the 成文 date
    "2025-02-11 法治动态",           # a column's name, no organisation
])
def test_other_dated_lines_under_the_title_give_no_publication_date(info):
    assert clean([_mobile_page(info)], URL).published is None



LINES = ["县委全面依法治县委员会办公室：",
         "2024年，县司法局坚持以习近平法治思想为引领，全面推进严格规范公正文明执法，"
         "法治政府建设各项任务有序落实。现将有关情况报告如下：", "一、工作开展情况",
         "全年办理法律援助案件310件。"]


@pytest.mark.parametrize("info", ["2025-02-11某县人民政府办公室", "某县人民政府办公室2025-02-11"])
def test_an_info_line_of_spans_given_no_space_is_read_and_goes(info):
    # <span>date</span><span>organisation</span>: the spans' texts meet with no space between.
    assert dated_org_date(info) == "2025-02-11"
    assert clean_lines([info, *LINES], TITLE) == LINES
