"""Shared pieces for the round-3 held-out portals: file writing, furniture, article pages, PDFs."""

# ruff: noqa: E501 - fixture builder: long lines are HTML and report text

from __future__ import annotations

import html
import json
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from texts import DISCLOSURE_BODY, INTERP_BODY, NEWS_BODY, NOTICE_BODY, PLAN_BODY, report_text

OUT = Path(__file__).resolve().parent.parent


@dataclass
class Portal:
    slug: str
    name: str
    host: str
    division_code: str
    level: str
    province: str
    family: str
    column: str
    notes: str = ""
    reports: list = field(default_factory=list)
    skipped: list = field(default_factory=list)
    failures: list = field(default_factory=list)
    extra: dict = field(default_factory=dict)
    encoding: str = "utf-8"   # how its text pages are saved (old department sites: gbk)

    @property
    def root(self) -> Path:
        return OUT / self.slug / "site" / self.host

    def write(self, path: str, content: str | bytes, encoding: str = "") -> None:
        """Save `path` (URL path with optional @query) under the host folder."""
        file = self.root / path.lstrip("/")
        file.parent.mkdir(parents=True, exist_ok=True)
        data = content if isinstance(content, bytes) else content.encode(encoding or self.encoding)
        file.write_bytes(data)

    def url(self, path: str) -> str:
        """The URL a saved file answers (`@` in a file name is the query's `?`)."""
        return f"http://{self.host}{path.replace('@', '?', 1)}"

    def finish(self) -> None:
        folder = OUT / self.slug
        toml = (f'slug = "{self.slug}"\nname = "{self.name}"\ndivision_code = "{self.division_code}"\n'
                f'level = "{self.level}"\nprovince = "{self.province}"\nfamily = "{self.family}"\n'
                f'start_urls = ["{self.column}"]\n')
        (folder / "portal.toml").write_text(toml, "utf-8")
        expected = {"notes": self.notes, "column": self.column, **self.extra,
                    "reports": self.reports, "skipped": self.skipped, "failures": self.failures}
        (folder / "expected.json").write_text(
            json.dumps(expected, ensure_ascii=False, indent=2) + "\n", "utf-8")


LEAVE_SITE = ("<script>$(function(){$('a[href^=\"http\"]').not('[href*=\"gov.cn\"]').click(function(){"
              "return confirm('您访问的链接即将离开“{site}”门户网站，是否继续？');});});</script>")


def header(site: str, nav: list[str]) -> str:
    paths = ["/zwgk/", "/zwfw/", "/hdjl/", "/zjgk/", "/ztzl/", "/sjkf/"]
    links = "".join(f'<li><a href="{paths[i % 6]}">{n}</a></li>' for i, n in enumerate(nav))
    return (f'<div class="topbar"><span>欢迎访问{site}</span><a href="javascript:;" id="wza">无障碍版</a>'
            '<a href="javascript:;">关怀版</a><a href="javascript:;">长者模式</a><span>网站支持IPv6</span>'
            '<a href="javascript:;" class="ft">繁體</a></div>'
            f'<div class="head"><h1 class="logo">{site}</h1><form action="/search" class="sbox">'
            '<input name="q" placeholder="请输入关键字"><button>搜索</button></form></div>'
            f'<div class="nav"><ul><li><a href="/">首页</a></li>{links}</ul></div>')


def footer(site: str, icp: str, code: str) -> str:
    return (f'<div class="footer"><p>主办单位：{site}办公室　承办：{site}大数据中心</p>'
            f'<p>版权所有：{site}　<a href="https://beian.miit.gov.cn/">{icp}</a>　'
            f'网站标识码：{code}　公网安备 {code[:6]}02000123号</p>'
            '<p><a href="/wzdt/">网站地图</a>｜<a href="/lxwm/">联系我们</a>｜建议使用1366*768分辨率</p>'
            '</div><div class="float"><a>区长信箱</a><a>意见征集</a><a>智能问答</a>'
            '<a href="#top">返回顶部</a></div>' + LEAVE_SITE.replace("{site}", site))


def page(*, title: str, site: str, nav: list[str], body: str, icp: str, code: str,
         meta: dict | None = None, charset: str = "utf-8") -> str:
    metas = "".join(f'<meta name="{k}" content="{html.escape(v)}">' for k, v in (meta or {}).items())
    return (f'<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="{charset}">'
            f'<meta http-equiv="X-UA-Compatible" content="IE=edge">{metas}'
            f'<title>{html.escape(title)}_{site}</title>'
            '<link rel="stylesheet" href="/images/style.css"><script src="/images/jquery.min.js">'
            f'</script></head>\n<body>{header(site, nav)}\n{body}\n{footer(site, icp, code)}'
            '</body></html>\n')


def xxgk_table(rows: list[tuple[str, str]], style: str = "table") -> str:
    """The 政府信息公开 metadata block in one of the markups portals use."""
    if style == "table":
        cells = "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in rows)
        return f'<table class="xxgk-table">{cells}</table>'
    if style == "dl":
        return '<div class="xxgk">' + "".join(f"<dl><dt>{k}</dt><dd>{v}</dd></dl>" for k, v in rows) + "</div>"
    return '<ul class="xxgk-info">' + "".join(f"<li><b>{k}：</b><span>{v}</span></li>" for k, v in rows) + "</ul>"


SHARE = ('<div class="share">分享到：<a class="wx">微信</a><a class="wb">微博</a><a class="qq">QQ空间</a></div>'
         '<div class="qr"><img src="/images/qr.png" alt=""><p>扫一扫在手机打开当前页</p></div>'
         '<div class="tools">【字体：<a>大</a> <a>中</a> <a>小</a>】<a href="javascript:window.print()">打印本页</a>'
         '<a href="javascript:window.close()">关闭窗口</a></div>')


def report_html(lines: list[tuple[str, str]], *, style: str = "p") -> str:
    """Report lines as body HTML; `style` picks the heading markup."""
    out = []
    for kind, text in lines:
        if kind == "title":
            continue
        if kind == "docno":
            out.append(f'<p style="text-align:center">{text}</p>')
        elif kind == "h1" and style == "strong":
            out.append(f"<p><strong>{text}</strong></p>")
        elif kind == "h1" and style == "span":
            out.append(f'<p style="text-indent:2em"><span style="font-family:黑体">{text}</span></p>')
        elif kind == "sign":
            out.append(f'<p style="text-align:right">{text}</p>')
        elif style == "span":
            out.append(f'<p style="text-indent:2em"><span style="font-family:仿宋_GB2312;font-size:16pt">'
                       f"{text}</span></p>")
        else:
            out.append(f'<p style="text-indent:2em">{text}</p>')
    return "\n".join(out)


def emit(p: Portal, skin: Skin, *, path: str, kind: str, title: str, date: str, place: str,
         column_name: str, year: int = 0, org: str = "", seed: int = 0, style: str = "p",
         order: tuple = ("measures", "leadership", "shortcomings", "plans"), dept: bool = False,
         to: str = "", signer: str = "", docno: str = "", topic: str = "", report: str = "") -> str:
    """Write one article page (report or not) and record it in the portal's expectations."""
    url = p.url(path)
    if kind == "report":
        lines = make_report(title=title, org=org or place, year=year, to=to, signer=signer or place,
                            date_cn=cn_date(date), seed=seed, order=order, dept=dept, docno=docno)
        body = report_html(lines, style=style)
        p.reports.append({"url": url, "year": year, "title": title, "level1": list(order)})
    else:
        body = other_text(kind, place=place, year=int(date[:4]), date_cn=cn_date(date),
                          report=report, topic=topic or title)
        p.skipped.append({"url": url, "title": title, "why": kind})
    p.write(path, article(skin, title=title, date=date, body=body, column_name=column_name,
                          docno=docno))
    return url


def make_report(*, title: str, org: str, year: int, to: str, signer: str, date_cn: str,
                seed: int = 0, order: tuple = ("measures", "leadership", "shortcomings", "plans"),
                dept: bool = False, docno: str = "") -> list[tuple[str, str]]:
    return report_text(title=title, org=org, year=year, to=to, signer=signer, date=date_cn,
                       seed=seed, order=order, dept=dept, docno=docno)


def other_text(kind: str, *, place: str, year: int, date_cn: str, report: str = "",
               topic: str = "") -> str:
    body = {"解读": INTERP_BODY, "政府信息公开工作年度报告": DISCLOSURE_BODY, "工作要点": PLAN_BODY,
            "news": NEWS_BODY, "notice": NOTICE_BODY}[kind]
    text = body.format(place=place, year=year, date_cn=date_cn, report=report, topic=topic,
                       seed=year % 10)
    return "".join(f'<p style="text-indent:2em">{s}。</p>' for s in text.split("。") if s)


def cn_date(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{int(y)}年{int(m)}月{int(d)}日"


def make_pdf(path: Path, lines: list[tuple[str, str]]) -> bytes:
    """A real text PDF (reportlab, CID font STSong-Light) of the report lines."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    body = ParagraphStyle("b", fontName="STSong-Light", fontSize=12, leading=20, wordWrap="CJK",
                          firstLineIndent=24)
    head = ParagraphStyle("t", parent=body, fontSize=18, leading=28, alignment=1, firstLineIndent=0)
    path.parent.mkdir(parents=True, exist_ok=True)
    flow = [Paragraph(html.escape(t), head if k == "title" else body) for k, t in lines]
    SimpleDocTemplate(str(path), pagesize=A4, title=lines[0][1]).build(flow)
    return path.read_bytes()


def challenge_page() -> str:
    """A 瑞数-style 412 JS challenge body."""
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="Pragma" content="no-cache">'
            '<meta id="9DhefwqGPrzGxEp9hPaoag" content="h9Vq3kPL0rG8mZ1tXcQe7NwA2bYf">'
            '<script type="text/javascript" r="m">$_ts=window[\'$_ts\'];if(!$_ts)$_ts={};'
            '$_ts.nsd=48213;$_ts.cd="qXrkrrAlEGqlqqW0rcq3qGAlrAqlr1qlrGqmr1WprqqlqqVlqGqVlr0lWGq";'
            "</script><script type=\"text/javascript\" charset=\"utf-8\" src=\"/4QbVtADbnLVIc/c.FxJzG50F.dfe1675.js\" "
            'r="m"></script></head><body></body></html>')


@dataclass
class Skin:
    """A portal's look: site name, nav, footer ids, body container, metadata block style."""
    site: str
    nav: list
    icp: str
    code: str
    container: str = '<div class="article-content">{body}</div>'
    xxgk_style: str = "table"
    publisher: str = ""
    charset: str = "utf-8"


def article(skin: Skin, *, title: str, date: str, body: str, column_name: str,
            index_no: str = "", docno: str = "", after: str = "", crumbs: str = "") -> str:
    """An article page with the portal furniture around `body`."""
    rows = [("索 引 号", index_no or f"{skin.code[:6]}/{date[:4]}-{zlib.crc32(title.encode()) % 100000:05d}"),
            ("主题分类", "政务公开"), ("发布机构", skin.publisher or skin.site),
            ("成文日期", date), ("发文字号", docno or "无"), ("标　　题", title), ("有 效 性", "有效")]
    main = (f'<div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a>政务公开</a> &gt; {crumbs or column_name}</div>'
            f'<div class="article">{xxgk_table(rows, skin.xxgk_style)}'
            f'<h1 class="article-title">{html.escape(title)}</h1>'
            f'<div class="article-info"><span>发布日期：{date}</span><span>来源：{skin.publisher or skin.site}</span>'
            f'<span>浏览次数：<i id="hits">1024</i></span></div>'
            + skin.container.format(body=body) + after + SHARE
            + '<div class="prev-next"><p>上一篇：<a href="#">无</a></p><p>下一篇：<a href="#">无</a></p></div>'
            '<p class="editor">责任编辑：李某</p></div>')
    meta = {"ArticleTitle": title, "PubDate": date + " 09:30", "ContentSource": skin.publisher or skin.site,
            "SiteName": skin.site, "ColumnName": column_name}
    return page(title=title, site=skin.site, nav=skin.nav, body=main, icp=skin.icp, code=skin.code,
                meta=meta, charset=skin.charset)


def write_home(p: Portal, skin: Skin, links: list[tuple[str, str]], news: list[str]) -> None:
    """A home page whose 政务公开 block links the report column (the way a person finds it)."""
    items = "".join(f'<li><a href="{href}">{name}</a></li>' for name, href in links)
    heads = "".join(f'<li><a href="/xwzx/">{title}</a></li>' for title in news)
    body = ('<div class="banner"><img src="/images/banner.jpg" alt=""></div><div class="home">'
            f'<div class="news"><h3>要闻动态</h3><ul>{heads}</ul></div>'
            f'<div class="zwgk"><h3>政务公开</h3><ul>{items}</ul></div>'
            '<div class="fw"><h3>政务服务</h3><a href="/zwfw/">办事指南</a><a href="/hdjl/">领导信箱</a></div></div>')
    p.write("/index.html", page(title="首页", site=skin.site, nav=skin.nav, body=body, icp=skin.icp,
                                code=skin.code))
    p.extra["home"] = p.url("/")
