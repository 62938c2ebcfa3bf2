# ruff: noqa: E501 — the page template and sentence pools keep their Chinese lines whole
"""Build held-out portal round 21 (written blind): pages, expected.json and portal.toml.

`.venv/bin/python tests/heldout_portals21/_build/build.py` rewrites each portal folder. Texts are
fictional, drawn from the sentence pools below, seeded by the title (deterministic output).
"""

from __future__ import annotations

import json
import random
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
CN_DIGITS = "〇一二三四五六七八九"

OPENINGS = ["{y}年，我{kind}在上级党委、政府的坚强领导下，深入学习贯彻习近平法治思想，"
            "全面落实《法治政府建设实施纲要（2021—2025年）》，法治政府建设取得新成效。现将有关情况报告如下：",
            "{y}年，{place}坚持以习近平新时代中国特色社会主义思想为指导，统筹推进法治政府建设各项工作，"
            "现将{y}年度法治政府建设情况报告如下："]
MEASURES = ["坚持党的领导，压实法治建设第一责任人职责", "深化“放管服”改革，持续优化法治化营商环境",
            "健全依法决策机制，提升行政决策公信力", "严格规范公正文明执法，全面推行行政执法三项制度"]
PLANS = ["持续深入学习宣传贯彻习近平法治思想", "着力提升行政执法质量和效能", "加快推进基层法治建设"]
BODY = ["全年召开常务会议专题研究法治政府建设工作，将法治建设纳入年度绩效考核。",
        "一是健全规范性文件合法性审核机制，二是落实重大行政决策程序规定，三是推进政务公开标准化。",
        "组织开展行政执法案卷评查，评查案卷{n}宗，发现问题全部整改到位。",
        "深入开展“八五”普法，举办法治讲座{n}场，覆盖干部群众{n}00余人次。",
        "办理行政复议案件{n}件，行政机关负责人出庭应诉率达到100%。"]
SHORTS = ["一是法治意识有待进一步增强；二是执法队伍专业化水平仍需提升；三是基层法治力量相对薄弱。"]
NEWS = ["会议强调，要以更高标准推进法治建设各项任务落地见效。", "活动现场发放宣传资料{n}00余份，接受群众咨询{n}0余人次。",
        "会议传达学习了上级有关文件精神，部署了下一阶段重点工作。"]


def cn_year(year: int) -> str:
    """二〇二四 for 2024 (a title or date written in Chinese numerals)."""
    return "".join(CN_DIGITS[int(d)] for d in str(year))


@dataclass
class Item:
    """One listing row: a report (year set) or a non-report (why set)."""
    title: str
    date: str
    ident: str
    year: int | None = None
    why: str = ""
    short: bool = False
    dead: bool = False
    cn_path: bool = False  # saved under its title (raw UTF-8 in the href), not t<date>_<id>

    @property
    def path(self) -> str:
        if self.cn_path:
            return f"{self.date[:4]}/{self.title.replace('“', '').replace('”', '')}.html"
        return f"{self.date[:4]}{self.date[5:7]}/t{self.date.replace('-', '')}_{self.ident}.html"


@dataclass
class Portal:
    """A fictional portal: its place, host, column and rows (newest first)."""
    slug: str
    place: str
    host: str
    column: str
    province: str
    code: str
    items: list[Item] = field(default_factory=list)
    notes: str = ""


def report_html(portal: Portal, item: Item, cn: bool = False) -> str:
    """Report body: salutation, opening, 一、/（一） headings, 特此报告, signer, date."""
    rnd = random.Random(item.title)
    year = item.year or 0
    y = cn_year(year) if cn else str(year)
    sup = "市委、市人民政府：" if "区" in portal.place or "县" in portal.place else "省委、省人民政府："
    paras = [sup, rnd.choice(OPENINGS).format(y=y, kind="区" if "区" in portal.place else "县",
                                              place=portal.place)]
    paras.append(f"一、{y}年法治政府建设主要举措和成效")
    for i, m in enumerate(MEASURES):
        paras.append(f"（{'一二三四'[i]}）{m}")
        paras.append(rnd.choice(BODY).format(n=rnd.randint(2, 9)))
    num = 2
    if not item.short:
        paras.append("二、党政主要负责人履行推进法治建设第一责任人职责情况")
        paras.append(rnd.choice(BODY).format(n=rnd.randint(2, 9)))
        num = 3
    paras.append(f"{'一二三四'[num - 1]}、存在的不足和原因")
    paras.append(SHORTS[0])
    paras.append(f"{'一二三四'[num]}、{year + 1 if not cn else cn_year(year + 1)}年推进法治政府建设的主要安排")
    for i, p in enumerate(PLANS):
        paras.append(f"（{'一二三'[i]}）{p}")
        paras.append(rnd.choice(BODY).format(n=rnd.randint(2, 9)))
    paras += ["特此报告。", f"{portal.place}人民政府", date_text(item.date, cn)]
    return "\n".join(f"<p>{p}</p>" for p in paras)


def date_text(date: str, cn: bool) -> str:
    y, m, d = (int(x) for x in date.split("-"))
    if not cn:
        return f"{y}年{m}月{d}日"
    return f"{cn_year(y)}年{num_cn(m)}月{num_cn(d)}日"


def num_cn(n: int) -> str:
    digits = "零一二三四五六七八九"
    if n < 10:
        return digits[n]
    return ("" if n < 20 else digits[n // 10]) + "十" + (digits[n % 10] if n % 10 else "")


def other_html(item: Item) -> str:
    rnd = random.Random(item.title)
    return "\n".join(f"<p>{rnd.choice(NEWS).format(n=rnd.randint(2, 9))}</p>" for _ in range(3))


def page(portal: Portal, title: str, body: str, crumb: str, head: str = "") -> str:
    """Every page's furniture around `body`."""
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{title}_{portal.place}人民政府</title>
<meta name="SiteName" content="{portal.place}人民政府"><meta name="ColumnName" content="法治政府建设">
<link rel="stylesheet" href="/css/style.css">{head}</head><body>
<div class="top"><a href="/">网站首页</a> <span>网站支持IPv6</span> <a href="javascript:;">无障碍</a>
<a href="javascript:;">长者模式</a> <a href="/login.html">登录</a> <a href="/reg.html">注册</a>
<form action="/search.html" method="get"><input name="q"><button>搜索</button></form></div>
<div class="nav"><a href="/">首页</a><a href="/zwdt/">政务动态</a><a href="/zwgk/">政务公开</a>
<a href="/hdjl/">互动交流</a><a href="/bsfw/">办事服务</a></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; {crumb}</div>
{body}
<div class="foot"><a href="/hdjl/xzxx/">县长信箱</a> <a href="/hdjl/yjzj/">意见征集</a>
<a href="#top">返回顶部</a><p>主办单位：{portal.place}人民政府办公室 版权所有 网站标识码：{portal.code}0001
ICP备0{portal.code}号 公网安备 {portal.code}02000123号</p></div>
<script src="/js/common.js"></script></body></html>
"""


def article(portal: Portal, item: Item, cn: bool) -> str:
    text = report_html(portal, item, cn) if item.year else other_html(item)
    body = (f'<div class="article"><h1>{item.title}</h1><div class="info">发布时间：{item.date} '
            f'来源：{portal.place}司法局 【字体：<a href="javascript:;">大</a> 中 小】</div>'
            f'<div class="TRS_Editor" id="zoom">{text}</div>'
            '<div class="tools"><a href="javascript:window.print()">打印本页</a> '
            '<a href="javascript:window.close()">关闭窗口</a> 分享到：</div></div>')
    return page(portal, item.title, body, '<a href="./">法治政府建设</a>')


def row(item: Item) -> str:
    return (f'<li><a href="./{item.path}" target="_blank" title="{item.title}">{item.title}</a>'
            f'<span class="date">{item.date}</span></li>')


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, "utf-8")


def write_common(portal: Portal, site: Path, cn: bool = False) -> None:
    """Articles (dead ones left unwritten), stubs, expected.json and portal.toml."""
    col = site / portal.column.lstrip("/")
    for item in portal.items:
        if not item.dead:
            write(col / item.path, article(portal, item, cn))
    write(site / "css/style.css", "body{font-size:14px}\n")
    write(site / "js/common.js", "var siteName = '';\n")
    write(site / "robots.txt", "User-agent: *\nAllow: /\n")
    base = f"http://{portal.host}{portal.column}"
    reports, skipped, failures = [], [], []
    for item in portal.items:
        url = base + quote(item.path)
        if item.dead:
            failures.append({"url": url, "why": item.why})
        elif item.year:
            reports.append({"url": url, "year": item.year, "title": item.title,
                            "sections": 10 if item.short else 11,
                            "level1": ["measures"] + ([] if item.short else ["leadership"])
                            + ["shortcomings", "plans"]})
        else:
            skipped.append({"url": url, "title": item.title, "why": item.why})
    expected = {"notes": portal.notes, "column": base, "reports": reports,
                "skipped": skipped, "failures": failures}
    write(ROOT / portal.slug / "expected.json",
          json.dumps(expected, ensure_ascii=False, indent=2) + "\n")
    write(ROOT / portal.slug / "portal.toml",
          f'# Held-out round 21 (blind): {portal.notes}\nslug = "{portal.slug}"\n'
          f'name = "{portal.place}人民政府"\ndivision_code = "{portal.code}"\nlevel = "county"\n'
          f'province = "{portal.province}"\nfamily = "generic"\nstart_urls = ["{base}"]\n')


def main() -> None:
    from portals import PORTALS  # noqa: PLC0415 (the portals module sits next to this script)
    for portal, writer in PORTALS:
        folder = ROOT / portal.slug
        if folder.exists():
            shutil.rmtree(folder)
        site = folder / "site" / portal.host
        writer(portal, site)
        print(portal.slug, len(portal.items), "items")


if __name__ == "__main__":
    main()
