"""Above the body, a line naming the report's closing signer is no body: a site's logo that
is the signer's name (某县人民政府 over the page, 某县人民政府 over the date), or the signers
repeated under the title. An organisation line above the body that signs nothing stays (a red
header's organ line), and a signer needs a date under it. Pages written here, in both scripts:
the head rules read the Simplified text."""

from __future__ import annotations

import opencc
import pytest

from cleaning import clean
from cleaning.head_furniture import closing_signers

SIGNER = "某山县人民政府"
TITLE = "某山县2024年法治政府建设年度报告"
SALUTATION = "某川市人民政府："
LEAD = ("2024年，我县坚持以习近平法治思想为指导，统筹推进法治政府建设各项工作，"
        "取得积极成效。现将有关情况报告如下：")
CLOSING = ["特此报告。", SIGNER, "2025年3月21日"]
URL = "https://www.moushan.gov.cn/xxgk/fzzfjs/202503/t20250321_8812.html"


def _body(closing: list[str]) -> str:
    paras = [SALUTATION, LEAD, "一、主要举措和成效", "全年审查行政规范性文件16件，备案率100%。",
             "二、存在的不足", "基层法治力量还比较薄弱。", "三、下一步安排",
             "持续深化法治宣传教育。", *closing]
    return "".join(f"<p style='text-indent:2em'>{p}</p>" for p in paras)


def _page(logo: str, under_title: str = "", closing: list[str] = CLOSING) -> bytes:
    # No article container: the whole page's lines, the logo's among them.
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'>"
            f"<title>{TITLE}_{SIGNER}</title></head><body>"
            "<div class='bar'><a href='/'>无障碍</a> <a href='/m/'>手机版</a></div>"
            f"<div class='brand'>{logo}</div>"
            "<div class='crumb'>当前位置：<a href='/'>首页</a> &gt; 信息公开</div>"
            f"<h1>{TITLE}</h1>{under_title}{_body(closing)}</body></html>").encode()


def _lines(page: bytes) -> list[str]:
    return clean([page], URL).text.split("\n")


def test_a_logo_naming_the_signer_is_no_body():
    lines = _lines(_page(SIGNER))
    assert lines[:2] == [SALUTATION, LEAD]
    assert lines[-3:] == CLOSING


def test_a_traditional_page_logo_naming_the_signer_is_no_body():
    page = opencc.OpenCC("s2t").convert(_page(SIGNER).decode())
    assert "某山縣人民政府" in page
    doc = clean([page.encode()], URL)
    lines = doc.text.split("\n")
    assert doc.original_script == "traditional"
    assert lines[0] == SALUTATION
    assert lines[-3:] == CLOSING


def test_signers_repeated_under_the_title_are_no_body():
    signers = ["中共某山县委全面依法治县委员会", SIGNER]
    under = "".join(f"<p style='text-align:center'>{s}</p>" for s in signers)
    lines = _lines(_page("", under, ["特此报告。", *signers, "2025年3月21日"]))
    assert lines[:2] == [SALUTATION, LEAD]
    assert lines[-3:-1] == signers


@pytest.mark.parametrize("body", [
    ["某山县司法局", "全年办理案件12件。"],                 # no date under it
    ["抄送：某山县司法局。", "2025年3月21日"],              # a sentence, not a signer
])
def test_no_signer_without_an_organisation_line_over_the_date(body):
    assert closing_signers(body) == set()


def test_the_signers_over_the_last_date():
    body = ["一、工作成效", "某山县司法局", "2025年1月2日", "正文。",
            "中共某山县委依法治县办公室", SIGNER, "2025年3月21日", "（此件公开发布）"]
    assert closing_signers(body) == {"中共某山县委依法治县办公室", SIGNER}
