"""Realistic-size portal pages (80–120 KB) from the sample report pages.

Real portals carry mega-menus of hundreds of links, long footers of 友情链接 and inline scripts
(statistics, menu data, the pager, a leave-site dialog): the report itself is a small part of
the page. ``inflate`` adds such furniture around a sample page's body until the page reaches a
target size; everything is drawn from a seeded random generator, so the pages are the same in
every run.
"""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import AnyStr

import opencc

from bench.common import ROOT
from bench.samples import Template, decode, report_templates, vary_pages
from cleaning import encoding
from cleaning.document_file import file_kind
from cleaning.errors import CleaningError

PAGE_BYTES = (80_000, 120_000)
# Share of the added bytes: navigation, footer, scripts.
SHARES = {"nav": 0.45, "footer": 0.25, "scripts": 0.30}

MENU_TOPICS = tuple((
    "政务公开 政府信息公开 政策文件 政策解读 规划计划 财政资金 人事信息 "
    "办事服务 互动交流 走进本区 新闻中心 通知公告 部门动态 乡镇动态 "
    "专题专栏 领导之窗 机构职能 重点领域 建议提案 应急管理 统计信息 "
    "民生保障 营商环境 公共资源 双随机一公开 行政执法公示 权责清单"
).split())
MENU_ITEMS = tuple((
    "工作动态 政策文件 法规规章 通知公告 工作报告 统计数据 年度报告 "
    "办事指南 表格下载 常见问题 信息公开指南 依申请公开 解读回应 人事任免 "
    "招录考试 项目建设 专项资金 政府采购 预算决算 机构设置 领导分工 "
    "联系方式 征集调查 在线访谈 网上信访 领导信箱 热点回应"
).split())
PLACES = tuple((
    "东城 西城 南湖 北山 临江 青石 白沙 金桥 新港 高新 经开 城关 河口 "
    "丰收 团结 和平 光明 胜利 长安 永安"
).split())
FOOTER_GROUPS = tuple((
    "国务院部门网站 省级政府网站 市级政府网站 区县政府网站 部门网站 新闻媒体 "
    "便民服务"
).split())
BODY_TAG_RX = re.compile(r"<body[^>]*>", re.I)
BODY_TAG_BYTES_RX = re.compile(rb"<body[^>]*>", re.I)
# Pages the project did not write: the held-out sets (written by blind helpers) and the shared
# dev set (outside the project; absent on a machine without it). The list is pinned so that
# figures stay comparable between runs: a new blind round joins it by a deliberate edit here
# (never the newest, kept-out round, which measures quality on pages nobody looked at).
BENCH_HELDOUT_SETS = ("heldout", *(f"heldout{n}" for n in range(2, 18)))
FIXTURE_SETS = (*(ROOT / "tests" / "fixtures" / name for name in BENCH_HELDOUT_SETS),
                ROOT.parent / "shared" / "fixtures" / "dev")


@dataclass(frozen=True)
class RealisticPage:
    url: str
    content_type: str
    body: bytes
    template: str       # the portal slug of the sample page (or the fixture) it was made from
    more: tuple[bytes, ...] = ()     # pages 2.. of a split article (fixture pages only)

    @property
    def bodies(self) -> list[bytes]:
        return [self.body, *self.more]

    @property
    def size(self) -> int:
        return sum(map(len, self.bodies))


def _link(rng: random.Random, text: str) -> str:
    path = f"/col/col{rng.randint(1000, 99999)}/index.html"
    return f'<a href="{path}" title="{text}" target="_blank">{text}</a>'


def mega_menu(rng: random.Random, links: int) -> str:
    columns = []
    while links > 0:
        topic = rng.choice(MENU_TOPICS)
        count = min(links, rng.randint(8, 24))
        items = "".join(f"<li>{_link(rng, rng.choice(PLACES) + rng.choice(MENU_ITEMS))}</li>"
                        for _ in range(count))
        columns.append(f'<div class="mega-col"><h3>{_link(rng, topic)}</h3><ul>{items}</ul></div>')
        links -= count
    return f'<div class="mega-menu" id="megaNav">{"".join(columns)}</div>'


def long_footer(rng: random.Random, links: int) -> str:
    groups = []
    for group in FOOTER_GROUPS:
        options = "".join(
            f'<option value="http://www.{rng.choice(PLACES).lower()}{rng.randint(1, 999)}'
            f'.gov.cn">{rng.choice(PLACES)}{rng.choice(("区", "县", "市"))}人民政府</option>'
            for _ in range(max(1, links // len(FOOTER_GROUPS))))
        groups.append(f'<select class="yqlj" onchange="window.open(this.value)">'
                      f'<option>{group}</option>{options}</select>')
    lines = "".join(f"<p>{text}</p>" for text in (
        f"主办单位：{rng.choice(PLACES)}区人民政府办公室　承办单位：区大数据中心",
        f"网站标识码：{rng.randint(10**9, 10**10 - 1)}　"
        f"ICP备{rng.randint(10**7, 10**8 - 1)}号　公网安备 {rng.randint(10**13, 10**14 - 1)}号",
        "版权所有　未经许可不得复制　建议使用1920×1080分辨率浏览"))
    return f'<div class="footer"><div class="links">{"".join(groups)}</div>{lines}</div>'


def inline_script(rng: random.Random, size: int) -> str:
    """Menu data and statistics code, the way portals inline them."""
    menu = [{"id": rng.randint(1000, 99999), "name": rng.choice(PLACES) + rng.choice(MENU_ITEMS),
             "url": f"/col/col{rng.randint(1000, 99999)}/index.html", "open": rng.random() < .3}
            for _ in range(max(1, size // 110))]
    code = ("var _hmt = _hmt || [];(function(){var hm=document.createElement('script');"
            f"hm.src='https://hm.example.cn/hm.js?{rng.getrandbits(64):016x}';"
            "var s=document.getElementsByTagName('script')[0];s.parentNode.insertBefore(hm,s);})();"
            "function leaveSite(url){if(confirm('您访问的链接即将离开本网站，是否继续？'))"
            "{window.open(url);}}")
    data = json.dumps(menu, ensure_ascii=False)
    return f'<script type="text/javascript">{code}\nvar siteMenu = {data};</script>'


def _grow(make, rng: random.Random, budget: int, codec: str) -> str:
    """Call ``make(rng, n)`` with a size parameter scaled until it fills ``budget`` bytes."""
    n, piece = 20, ""
    for _ in range(4):   # sizes are random: rescale until within 5 % of the budget
        piece = make(rng, n)
        size = len(piece.encode(codec, "replace"))
        if not size or abs(size - budget) < budget * 0.05:
            break
        n = max(1, round(n * budget / size))
    return piece


def furniture(rng: random.Random, missing: int, codec: str) -> tuple[str, str, str]:
    """About ``missing`` bytes of furniture: (navigation, footer + script, head script)."""
    nav = _grow(mega_menu, rng, int(missing * SHARES["nav"]), codec)
    footer = _grow(long_footer, rng, int(missing * SHARES["footer"]), codec)
    half = int(missing * SHARES["scripts"] / 2)
    head_script = _grow(inline_script, rng, half, codec)
    tail_script = _grow(inline_script, rng, half, codec)
    return nav, footer + tail_script, head_script


def _splice(page: AnyStr, nav: AnyStr, tail: AnyStr, head_script: AnyStr) -> AnyStr:
    """Navigation after <body>, the footer before </body>, a script before </head>."""
    body = (BODY_TAG_RX if isinstance(page, str) else BODY_TAG_BYTES_RX).search(page)
    at = body.end() if body else 0
    page = page[:at] + nav + page[at:]
    end = page.rfind(b"</body>" if isinstance(page, bytes) else "</body>")
    end = end if end >= 0 else len(page)
    page = page[:end] + tail + page[end:]
    head = page.find(b"</head>" if isinstance(page, bytes) else "</head>")
    return page[:head] + head_script + page[head:] if head >= 0 else head_script + page


def inflate(html: str, rng: random.Random, target: int, codec: str = "utf-8") -> str:
    """The page with navigation, footer and scripts added until it is about ``target`` bytes."""
    missing = target - len(html.encode(codec, "replace"))
    if missing <= 0:
        return html
    return _splice(html, *furniture(rng, missing, codec))


def realistic_pages(count: int, seed: int = 2025) -> list[RealisticPage]:
    """``count`` report pages of 80–120 KB, from every sample portal in turn (page 1 only)."""
    rng = random.Random(seed)
    sources: list[Template] = report_templates()
    pages = []
    for index in range(count):
        template = sources[index % len(sources)]
        body = vary_pages(template, rng, rng.randint(-3, 0))[0]
        text, codec = decode(body)
        big = inflate(text, rng, rng.randint(*PAGE_BYTES), codec).encode(codec, "replace")
        pages.append(RealisticPage(template.url, template.content_type, big,
                                   template.portal.slug))
    return pages


def fixture_pages(sets: tuple[Path, ...] = FIXTURE_SETS) -> list[RealisticPage]:
    """Every HTML case of the held-out and dev sets as it is (1.6–35 KB: the small pages); a
    case whose page is a report file (a .doc served as the page) is left out."""
    pages = []
    for folder in sets:
        for case in sorted(folder.glob("*/meta.json")):
            meta = json.loads(case.read_text("utf-8"))
            files = [case.parent / name for name in meta.get("pages") or ["page.html"]]
            bodies = [file.read_bytes() for file in files]
            page = RealisticPage(meta["url"], meta.get("content_type") or "text/html",
                                 bodies[0], f"{folder.name}/{case.parent.name}",
                                 tuple(bodies[1:]))
            if _is_html(page):
                pages.append(page)
    return pages


def _is_html(page: RealisticPage) -> bool:
    try:
        encoding.decode(page.body, page.content_type)
    except CleaningError:
        return False
    return not file_kind(page.body, page.url, page.content_type)


def inflated(page: RealisticPage, rng: random.Random) -> RealisticPage:
    """A fixture page (page 1) grown to 80–120 KB with portal furniture, like the bench's own
    realistic pages. Its own bytes stay as they are (odd charsets, stray bytes); the furniture
    is written in the codec the cleaner reads the page with."""
    _, codec = encoding.decode(page.body, page.content_type)
    missing = rng.randint(*PAGE_BYTES) - len(page.body)
    if missing <= 0:
        return replace(page, more=())
    pieces = (piece.encode(codec, "replace") for piece in furniture(rng, missing, codec))
    return replace(page, body=_splice(page.body, *pieces), more=())


def inflated_fixture_pages(seed: int = 2025) -> list[RealisticPage]:
    """The held-out and dev pages with a body worth inflating (not a viewer shell or a notice)
    at 80–120 KB."""
    rng = random.Random(seed)
    return [inflated(page, rng) for page in fixture_pages()
            if len(page.body) >= MIN_FIXTURE_BYTES]


MIN_FIXTURE_BYTES = 4000     # below: a viewer shell, a notice — nothing a portal would inflate


@cache
def _to_traditional() -> opencc.OpenCC:
    return opencc.OpenCC("s2t")


def traditional(page: RealisticPage) -> RealisticPage:
    """The same page written in Traditional characters (its whole markup through OpenCC s2t)."""
    text, codec = decode(page.body)
    return replace(page, body=_to_traditional().convert(text).encode(codec, "replace"))
