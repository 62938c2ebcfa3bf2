"""Round 23's items, page furniture and writers (the portals are in portals.py)."""

from __future__ import annotations

import html
import json
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from texts import NON_REPORTS, non_report_paragraphs, report_paragraphs

ROOT = Path(__file__).resolve().parent.parent
LEVEL1 = ["measures", "leadership", "shortcomings", "plans"]
SECTIONS = 11   # 4 level-1 headings + 4 （一） under the measures + 3 under the plans
TITLE_FORMS = ["{gov}关于{y}年度法治政府建设情况的报告", "{gov}{y}年度法治政府建设年度报告",
               "{gov}关于{y}年法治政府建设工作情况的报告", "{gov}{y}年法治政府建设工作报告"]


@dataclass
class Item:
    title: str
    date: str                 # YYYY-MM-DD
    why: str = ""             # "" for a report
    year: int = 0             # the report's year
    paras: list[str] = field(default_factory=list)
    url: str = ""

    @property
    def is_report(self) -> bool:
        return not self.why


@dataclass
class Place:
    slug: str
    place: str                # 荩川县
    gov: str                  # 荩川县人民政府
    province: str
    code: str
    level: str
    family: str
    host: str
    salutation: str
    years: list[int]


def make_items(p: Place) -> list[Item]:
    """The portal's reports and eight non-reports, newest first."""
    items = []
    for i, y in enumerate(p.years):
        title = TITLE_FORMS[(i + len(p.slug)) % len(TITLE_FORMS)].format(gov=p.gov, y=y)
        items.append(Item(title, f"{y + 1}-0{2 + i % 2}-{10 + i * 3:02d}", year=y,
                          paras=report_paragraphs(p.place, p.gov, y, p.salutation)))
    newest = max(p.years)
    short = p.place[-1]
    for i, (form, why) in enumerate(NON_REPORTS):
        title = form.format(report=items[-1].title, gov=p.gov, place=p.place, y=newest,
                            y1=newest + 1, short=short)
        date = f"{newest + 1 - (i % 4 == 3)}-{1 + (i * 5) % 12:02d}-{5 + i * 2:02d}"
        items.append(Item(title, date, why=why, paras=non_report_paragraphs(title, p.place)))
    return sorted(items, key=lambda it: it.date, reverse=True)


def head(p: Place, title: str, column: str, date: str = "") -> str:
    meta = "".join(f'<meta name="{k}" content="{html.escape(v)}">\n' for k, v in [
        ("SiteName", p.gov), ("ColumnName", column), ("ArticleTitle", title), ("PubDate", date),
        ("ContentSource", p.gov)] if v)
    return (f'<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
            f"<title>{html.escape(title)}_{p.gov}</title>\n{meta}"
            '<link rel="stylesheet" href="/css/common.css">\n<script src="/js/jquery-1.12.4.min.js"></script>\n'
            "</head>\n")


def top(p: Place) -> str:
    nav = "".join(f'<li><a href="/{path}/">{name}</a><div class="sub"><a href="/{path}/tzgg/">通知公告</a>'
                  f'<a href="/{path}/gzdt/">工作动态</a></div></li>' for path, name in [
                      ("zjgk", f"走进{p.place[:-1]}"), ("zwgk", "政务公开"), ("zwfw", "政务服务"),
                      ("hdjl", "互动交流"), ("ztzl", "专题专栏")])
    return (f'<div class="topbar"><span>欢迎访问{p.gov}门户网站</span><span class="ipv6">网站支持IPv6</span>'
            '<a href="javascript:void(0)" id="wza">无障碍版</a><a href="javascript:void(0)" id="ghb">关怀版</a>'
            '<a href="javascript:void(0)" id="zzms">长者模式</a></div>\n'
            f'<div class="header"><a href="/"><img src="/images/logo.png" alt="{p.gov}"></a>'
            '<form action="/search/" method="get"><input name="q" placeholder="请输入关键词"><button>搜索</button></form></div>\n'
            f'<div class="nav"><ul><li><a href="/">首页</a></li>{nav}</ul></div>\n')


def footer(p: Place) -> str:
    return (f'<div class="footer"><p>主办单位：{p.gov}办公室　承办单位：{p.place}大数据中心</p>'
            f'<p>网站标识码：{p.code}0001　<a href="https://beian.miit.gov.cn/">ICP备{p.code[:4]}0123号-1</a>　'
            f'公网安备 {p.code}02000123号</p><p>版权所有：{p.gov}</p></div>\n'
            '<script>$(function(){$("a[href^=\'http\']").not("[href*=\'gov.cn\']").click(function(){'
            'return confirm("您访问的链接即将离开“' + p.gov + '”门户网站，是否继续？");});});</script>\n')


def article_html(p: Place, it: Item, column: str, paras: list[str] | None = None,
                 pager: str = "") -> str:
    """An article page with the furniture; `paras` a slice of the item's text, `pager` under it."""
    body = "\n".join(f'<p style="text-indent:2em;">{html.escape(x)}</p>' for x in (paras or it.paras))
    return (head(p, it.title, column, it.date) + "<body>\n" + top(p)
            + f'<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; {column}</div>\n'
            f'<div class="article"><h1 class="title">{html.escape(it.title)}</h1>\n'
            f'<div class="info">发布时间：{it.date}　来源：{p.gov}　【字体：<a href="javascript:doZoom(18)">大</a> '
            '<a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】'
            '<a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div>\n'
            f'<div class="content" id="zoom">\n{body}\n</div>\n{pager}'
            '<div class="share">分享到：<a href="javascript:void(0)">微信</a><a href="javascript:void(0)">微博</a>'
            '<div class="qr"><img src="/images/qr.png" alt="">扫一扫在手机打开当前页</div></div>\n'
            '<div class="related"><h3>相关解读</h3><ul><li><a href="/zwgk/zcjd/">政策解读专栏</a></li></ul></div>\n'
            '<div class="prevnext"><p>上一篇：<a href="javascript:void(0)">无</a></p><p>下一篇：<a href="javascript:void(0)">无</a></p></div>\n'
            f'<div class="editor">责任编辑：{p.place}政府办</div></div>\n' + footer(p) + "</body>\n</html>\n")


def page_shell(p: Place, title: str, column: str, main: str, script: str = "") -> str:
    """A listing page: furniture around `main`, then `script` (already in <script> tags)."""
    return (head(p, title, column) + "<body>\n" + top(p)
            + f'<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; {column}</div>\n'
            f'<div class="main"><div class="side"><h2>{column}</h2></div>\n<div class="list-box">\n{main}\n</div></div>\n'
            + footer(p) + script + "</body>\n</html>\n")


class Out:
    """Collects one portal's files, rules and expectations, then writes its folder."""

    def __init__(self, p: Place) -> None:
        self.p = p
        self.files: dict[tuple[str, str], str | bytes] = {}
        self.rules: dict[str, dict] = {}
        self.failures: list[dict] = []
        self.items: list[Item] = []     # listed and reachable: reports expected, others skipped

    def add(self, host: str, path: str, text: str | bytes) -> None:
        self.files[(host, path.lstrip("/"))] = text

    def rule(self, host: str, kind: str, key: str, value: object) -> None:
        self.rules.setdefault(host, {}).setdefault(kind, {})[key] = value

    def write(self, start_url: str, notes: str) -> None:
        folder = ROOT / self.p.slug
        shutil.rmtree(folder, ignore_errors=True)
        for (host, path), data in sorted(self.files.items()):
            target = folder / "site" / host / path
            target.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(data, str):
                target.write_text(data, "utf-8")
            else:
                target.write_bytes(data)
        for host, rules in self.rules.items():
            (folder / "site" / host / "_replay.json").write_text(
                json.dumps(rules, ensure_ascii=False, indent=2) + "\n", "utf-8")
        expected = {
            "notes": notes,
            "reports": [{"url": it.url, "year": it.year, "title": it.title, "sections": SECTIONS,
                         "level1": LEVEL1} for it in self.items if it.is_report],
            "skipped": [{"url": it.url, "title": it.title, "why": it.why}
                        for it in self.items if not it.is_report],
            "failures": self.failures,
        }
        (folder / "expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=2) + "\n", "utf-8")
        p = self.p
        (folder / "portal.toml").write_text(
            f"# Held-out round 23 portal (written blind): {notes.split('.')[0]}.\n"
            f'slug = "{p.slug}"\nname = "{p.gov}"\ndivision_code = "{p.code}"\nlevel = "{p.level}"\n'
            f'province = "{p.province}"\nfamily = "{p.family}"\nstart_urls = ["{start_url}"]\n', "utf-8")
