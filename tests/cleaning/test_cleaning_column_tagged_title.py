"""A re-post's headline may carry its column's tag before a shortened title (重磅丨某县2024年
法治政府建设报告, 法治专栏：…) while the post gives the report's own title in its lead-in's 《》
or as a centred line: the report's own title, of the headline's year, is the document's. An
interpretation's tag (图解｜) stays, and so does a tagged headline over another year's report.
Pages written here."""

from __future__ import annotations

import pytest

from cleaning import clean

OWN = "某某自治县人民政府关于2024年度法治政府建设工作情况的报告"
BODY = ("<p>市人民政府：</p>"
        "<p>2024年，县政府认真贯彻落实中央和省市关于法治政府建设的部署要求，各项工作"
        "取得积极进展。现将有关情况报告如下：</p>"
        "<p>一、主要工作成效</p><p>全年组织行政执法人员培训5期，参训420人次。</p>"
        "<p>二、存在的问题</p><p>执法监督还不够有力。</p>"
        "<p>三、下一步工作打算</p><p>健全行政执法监督机制。</p>"
        "<p>某某自治县人民政府</p><p>2025年3月18日</p>")
URL = "https://mp.weixin.qq.com/s/Qf3mZ8"


def _post(headline: str, lead: str, centred: str = "") -> bytes:
    line = f"<p style='text-align:center'><strong>{centred}</strong></p>" if centred else ""
    return ("<html><head><meta charset='utf-8'>"
            f"<meta property='og:title' content='{headline}'><title>{headline}</title></head>"
            f"<body><h1 class='rich_media_title' id='activity-name'>{headline}</h1>"
            "<div class='rich_media_meta_list'><span id='js_name'>某某发布</span></div>"
            f"<div class='rich_media_content' id='js_content'><p>{lead}</p>{line}{BODY}</div>"
            "</body></html>").encode()


@pytest.mark.parametrize("headline", ["重磅丨某某县2024年法治政府建设报告",
                                      "法治专栏：某某县2024年度法治政府建设情况报告",
                                      "政务公开 | 某某县2024年法治政府建设年度报告"])
@pytest.mark.parametrize("centred", [OWN, ""])
def test_a_column_tagged_headline_yields_to_the_reports_own_title(headline, centred):
    lead = f"日前，县人民政府印发了《{OWN}》，现予以刊发。"
    doc = clean([_post(headline, lead, centred)], URL)
    assert doc.title == OWN
    assert doc.is_report


@pytest.mark.parametrize("headline,lead,centred", [
    # an interpretation's tag: the page is about the report, its headline stays
    ("图解丨某某县2024年法治政府建设报告", f"一起来看《{OWN}》的要点。", ""),
    # the tagged headline names another year than the report the post gives
    ("重磅丨某某县2023年法治政府建设报告", f"日前，县人民政府印发了《{OWN}》。", OWN),
])
def test_the_headline_stays_without_the_reports_title_of_its_year(headline, lead, centred):
    assert clean([_post(headline, lead, centred)], URL).title == headline
