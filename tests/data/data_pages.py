"""Own report pages for the data tests: one report text rendered in different portal layouts.

The texts are the sample portals' report texts (tests/portals/_build/texts); the layouts are two
CMS styles with their usual furniture, so the cleaner sees genuinely different pages that carry
the same report.
"""

from __future__ import annotations

import html
from pathlib import Path

import opencc

from db.archive.store import Archive

TEXTS = Path(__file__).resolve().parents[1] / "portals" / "_build" / "texts"
HTML = {"Content-Type": "text/html; charset=utf-8"}


def report_lines(name: str) -> list[str]:
    return [line for line in (TEXTS / name).read_text("utf-8").splitlines() if line.strip()]


def _paragraphs(lines: list[str], indent: str = "") -> str:
    return "\n".join(f"<p>{indent}{html.escape(line)}</p>" for line in lines)


def trs_page(title: str, lines: list[str], site: str) -> bytes:
    """A county portal's TRS-style article page."""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{html.escape(title)}_{site}</title>
<meta name="ArticleTitle" content="{html.escape(title)}"><meta name="SiteName" content="{site}">
<script>var leave='您访问的链接即将离开{site}网站，是否继续？';</script></head><body>
<div class="top">无障碍 关怀版 长者模式 网站支持ipv6</div>
<div class="nav"><a>首页</a><a>政务公开</a><a>政务服务</a><a>互动交流</a></div>
<h1 class="title">{html.escape(title)}</h1>
<div class="info">【字体：大 中 小】 打印本页 关闭窗口</div>
<div class="TRS_Editor">{_paragraphs(lines)}</div>
<div class="share">分享到：微信 微博 扫一扫在手机打开当前页</div>
<div class="foot">主办单位：{site}办公室 版权所有 ICP备05012345号 网站标识码 3505810001</div>
</body></html>""".encode()


def ucap_page(title: str, lines: list[str], site: str) -> bytes:
    """A justice bureau's gov.cn-style (UCAP) article page: other markup, other furniture."""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{html.escape(title)}--{site}</title></head><body>
<div class="header"><span>{site}</span><a>English</a><a>繁体</a><a>无障碍</a></div>
<div class="crumb">当前位置：首页 &gt; 信息公开 &gt; 法治政府建设年度报告</div>
<div class="article"><h1>{html.escape(title)}</h1>
<div class="pages-date">2025-01-20 来源：{site}</div>
<div id="UCAP-CONTENT">{_paragraphs(lines, indent="　　")}</div>
<div id="qr_container">扫一扫在手机打开当前页</div>
<div class="xg-list related"><h3>相关稿件</h3><a>图解：年度报告</a></div></div>
<div class="footer">{site} 版权所有 网站标识码 bm12000001 ICP备12345678号</div>
</body></html>""".encode()


def traditional(page: bytes) -> bytes:
    """The machine-converted Traditional copy some portals serve (繁體 gateways)."""
    return opencc.OpenCC("s2t").convert(page.decode()).encode()


YEAR_2024_TITLE = "南河县2024年度法治政府建设情况报告"
HTML = {"Content-Type": "text/html; charset=utf-8"}

PORTALS = [
    {"slug": "nanhe", "name": "南河县人民政府", "level": "county", "province": "福建省"},
    {"slug": "nanhe_sfj", "name": "南河县司法局", "level": "department", "province": "福建省"},
    {"slug": "beihe", "name": "北河县人民政府", "level": "county", "province": "福建省"},
]
GOV_URL = "http://www.nanhe.gov.cn/zwgk/fzzfjs/202501/t20250120_1.html"
SFJ_URL = "http://sfj.nanhe.gov.cn/xxgk/fzzfjsndbg/202501/t20250121_9.html"
BIG5_URL = "http://www.nanhe.gov.cn/gate/big5/www.nanhe.gov.cn/zwgk/fzzfjs/202501/t20250120_1.html"
OTHER_URL = "http://www.beihe.gov.cn/zwgk/fzzfjs/202501/t20250118_7.html"
OTHER_YEAR_URL = "http://www.nanhe.gov.cn/zwgk/fzzfjs/202401/t20240119_3.html"


def duplicate_pages() -> list[tuple[str, str, bytes]]:
    """(portal, url, page): one report on the county portal, again on its 司法局 site (other
    layout, one line fewer) and as the portal's Traditional copy; a different 2024 report; and
    the same body under a 2023 title (another year: never a duplicate)."""
    lines = report_lines("seed004_shishi_2024.txt")
    gov = trs_page(YEAR_2024_TITLE, lines, "南河县人民政府")
    return [
        ("nanhe", GOV_URL, gov),
        ("nanhe_sfj", SFJ_URL, ucap_page(YEAR_2024_TITLE, lines[:-1], "南河县司法局")),
        ("nanhe", BIG5_URL, traditional(gov)),
        ("beihe", OTHER_URL, trs_page("北河县2024年度法治政府建设情况报告",
                                      report_lines("donghai_2024.txt"), "北河县人民政府")),
        ("nanhe", OTHER_YEAR_URL, trs_page("南河县2023年度法治政府建设情况报告", lines,
                                           "南河县人民政府")),
    ]


def record_pages(archive_path: Path, pages: list[tuple[str, str, bytes]]) -> None:
    with Archive(archive_path) as archive:
        run = archive.start_run(sorted({portal for portal, _, _ in pages}))
        for portal, url, page in pages:
            archive.record_response(run_id=run, portal=portal, url=url, status=200,
                                    headers=HTML, body=page, role="article",
                                    title_hint=YEAR_2024_TITLE)
        archive.finish_run(run, {})
