"""A signer named like the site is kept: trafilatura drops a line repeating an earlier one, and
a department site's logo line (某市生态环境局) repeats its signature, so the report's closing
lost its organisation line without a word."""

from __future__ import annotations

import pytest

from cleaning import clean

URL = "http://sthjj.dongshan.gov.cn/zwgk/2025/0321/1.html"
ORG = "东山市生态环境局"
PARAGRAPHS = [
    "2024年，市生态环境局深入学习贯彻习近平法治思想，全面推进依法行政，法治政府建设取得新成效。"
    "现将有关情况报告如下。",
    "一、主要工作",
    "（一）健全制度体系。修订完善重大行政决策程序规定，规范性文件全部经过合法性审查。",
    "二、存在的问题",
    "一是法治宣传的针对性有待加强；二是基层执法人员专业素质仍需提升。",
    "三、下一步工作",
    "我局将持续深化法治政府建设，为全市生态环境高质量发展提供坚实法治保障。",
    "特此报告。"]
DATE = "2025年3月20日"


def page(signers: list[str], body_class: str) -> bytes:
    body = "".join(f"<p>{text}</p>" for text in [*PARAGRAPHS, *signers, DATE])
    return (f"<html><head><meta charset='utf-8'><title>{ORG}2024年度法治政府建设情况报告-{ORG}"
            f"</title></head><body><div class='hd'><div class='logo'>{ORG}</div></div>"
            "<div class='menu'><a>网站首页</a><a>机构概况</a><a>环境质量</a></div>"
            f"<div class='show'><h3>{ORG}2024年度法治政府建设情况报告</h3>"
            "<div class='show-info'>作者：法规科　时间：2025-03-21</div>"
            f"<div class='{body_class}'>{body}</div></div>"
            f"<div class='ft'>{ORG} 版权所有　地址：东山市人民路1号</div></body></html>").encode()


@pytest.mark.parametrize("signers", [[ORG], ["中共东山市生态环境局党组", ORG]])
@pytest.mark.parametrize("body_class", ["show-body", "TRS_Editor"])
def test_a_signer_named_like_the_site_closes_the_report(signers: list[str],
                                                       body_class: str) -> None:
    doc = clean([page(signers, body_class)], URL)
    assert doc.text.splitlines()[-len(signers) - 2:] == ["特此报告。", *signers, DATE]
