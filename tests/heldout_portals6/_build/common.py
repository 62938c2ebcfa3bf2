"""Shared pieces of the round-6 portals: the site, its items, the furniture every page carries,
article pages and the files of a portal folder (site/, expected.json, portal.toml)."""

from __future__ import annotations

import html
import json
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import texts

ROOT = Path(__file__).resolve().parent.parent

# Why a listed item is not a report, by kind (expected.json `skipped[].why`).
WHY = {"interpretation": "interpretation", "disclosure": "disclosure_report",
       "plan": "not_a_report (工作要点)", "notice": "not_a_report (notice)",
       "news": "not_a_report (meeting news)"}
NAV = {"走进{s}": ["概况", "历史沿革", "行政区划", "领导之窗"],
       "政务公开": ["政府信息公开", "政策文件", "政策解读", "法治政府建设", "财政预决算"],
       "政务服务": ["个人办事", "法人办事", "12345热线"],
       "互动交流": ["{b}长信箱", "意见征集", "在线访谈", "智能问答"],
       "专题专栏": ["优化营商环境", "乡村振兴", "普法宣传"]}


@dataclass
class Site:
    slug: str
    name: str          # 鹤汀县人民政府
    place: str         # 鹤汀县
    host: str
    province: str
    code: str          # 网站标识码
    icp: str           # 鲁ICP备…
    column: str = "法治政府建设年度报告"
    boss: str = "县"   # 县长信箱 / 区长信箱 / 市长信箱


@dataclass
class Item:
    kind: str          # report | interpretation | disclosure | plan | notice | news
    title: str
    date: str          # YYYY-MM-DD (publication)
    url: str           # absolute URL of the article page
    year: int | None = None
    short: bool = False
    file_url: str | None = None    # the report is this attachment (the page only links it)
    report: texts.Report | None = field(default=None, repr=False)

    @property
    def path(self) -> str:
        return "/" + self.url.split("/", 3)[3]


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def paragraphs(item: Item, site: Site, seed: int) -> list[str]:
    """The body text of an item (a report's paragraphs are kept on the item)."""
    year = item.year or int(item.date[:4])
    if item.kind == "report":
        item.report = texts.report(site.name, year, site.name, superior(site), seed=seed,
                                   short=item.short)
        return item.report.paragraphs
    body = {"interpretation": texts.interpretation, "disclosure": texts.disclosure,
            "plan": texts.plan, "notice": texts.notice}.get(item.kind)
    return body(site.place, year) if body else texts.news(site.place, item.title[-12:])


def superior(site: Site) -> str:
    return {"县": "市人民政府", "区": "市人民政府", "市": "省人民政府"}[site.boss]


def header(site: Site) -> str:
    menu = []
    for top, subs in NAV.items():
        items = "".join(f'<dd><a href="/col/nav{len(menu)}_{i}/index.html" target="_blank">'
                        f"{esc(s.format(b=site.boss))}</a></dd>" for i, s in enumerate(subs))
        menu.append(f'<li class="nav-item"><a href="/col/nav{len(menu)}/index.html">'
                    f'{esc(top.format(s=site.place))}</a><div class="dropdown"><dl>{items}'
                    "</dl></div></li>")
    return (f'<div class="topbar"><span>欢迎访问{esc(site.name)}门户网站！</span>'
            '<span class="ipv6">网站支持IPv6</span><a href="javascript:void(0);">无障碍版</a>'
            '<a href="javascript:void(0);">关怀版</a><a href="javascript:void(0);">长者模式</a>'
            '<a href="javascript:void(0);">繁體</a></div>\n'
            f'<div class="header"><a class="logo" href="/"><img src="/images/logo.png" '
            f'alt="{esc(site.name)}"></a><form class="search" action="/jsearchfront/search.do" '
            'method="get"><input type="text" name="q" placeholder="请输入关键词"/>'
            '<input type="submit" value="搜索"/></form></div>\n'
            f'<div class="nav"><ul><li class="nav-item"><a href="/">首页</a></li>'
            f'{"".join(menu)}</ul></div>\n')


def footer(site: Site) -> str:
    return (f'<div class="float-bar"><a href="javascript:void(0)">{site.boss}长信箱</a>'
            '<a href="javascript:void(0)">意见征集</a><a href="javascript:void(0)">智能问答</a>'
            '<a href="javascript:scrollTo(0,0)">返回顶部</a></div>\n'
            '<div class="footer"><p><a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a>'
            ' | <a href="/mzsm/">免责声明</a></p>'
            f"<p>主办单位：{esc(site.name)}办公室　承办单位：{esc(site.place)}大数据中心</p>"
            f"<p>版权所有：{esc(site.name)}　网站标识码：{site.code}　"
            f'<a href="https://beian.miit.gov.cn/" target="_blank">{site.icp}</a></p>'
            f'<p><img src="/images/gaba.png" alt=""/>公网安备 {site.code}0001号</p></div>\n'
            '<script type="text/javascript">\n$(function () {\n'
            f"  $(\"a[href^='http']\").not(\"[href*='{site.host}']\").click(function (e) {{\n"
            "    e.preventDefault(); var target = this.href;\n"
            f"    layer.confirm('您访问的链接即将离开“{site.name}门户网站”，是否继续？', "
            "{btn: ['继续访问', '放弃']}, function () { window.open(target); });\n  });\n});\n"
            "</script>\n")


def page(site: Site, title: str, body: str, metas: dict[str, str] | None = None,
         charset: str = "utf-8") -> str:
    meta = "".join(f'<meta name="{k}" content="{esc(v)}">\n' for k, v in (metas or {}).items())
    return (f'<!DOCTYPE html>\n<html>\n<head>\n<meta charset="{charset}">\n'
            f"<title>{esc(title)}_{esc(site.name)}</title>\n{meta}"
            '<link rel="stylesheet" href="/css/style.css">\n'
            '<script type="text/javascript" src="/js/jquery.min.js"></script>\n'
            f"</head>\n<body>\n{header(site)}{body}{footer(site)}</body>\n</html>\n")


def xxgk_table(site: Site, item: Item, index: int) -> str:
    rows = [("索 引 号", f"{site.code[:6]}-{item.date[:4]}-{index:04d}"), ("主题分类", "司法"),
            ("发布机构", site.name), ("成文日期", item.date), ("标　　题", item.title),
            ("发文字号", "无"), ("发布日期", item.date), ("有 效 性", "有效")]
    cells = "".join(f"<tr><th>{k}：</th><td>{esc(v)}</td></tr>" for k, v in rows)
    return f'<table class="xxgk-table">{cells}</table>\n'


def article(site: Site, item: Item, index: int, *, container: str, column: str,
            body_html: str, related: Item | None = None, prevnext: tuple[Item, Item] | None
            = None) -> str:
    """An article page: metadata block, title, toolbar, the body in `container` (a start tag),
    share/QR/related/prev-next furniture."""
    tag = container.split()[0].lstrip("<")
    metas = {"SiteName": site.name, "SiteDomain": site.host, "ColumnName": column,
             "ArticleTitle": item.title, "PubDate": f"{item.date} 09:30",
             "ContentSource": site.name}
    rel = (f'<div class="xg-list related"><div class="xg-title">相关解读</div><ul><li>'
           f'<a href="{related.path}" target="_blank">{esc(related.title)}</a></li></ul></div>\n'
           if related else "")
    nav = ""
    if prevnext:
        nav = ("".join(f'<p>{label}：<a href="{it.path}">{esc(it.title)}</a></p>'
                       for label, it in zip(("上一篇", "下一篇"), prevnext, strict=True)))
        nav = f'<div class="prevnext">{nav}</div>\n'
    body = (f'<div class="container"><div class="crumb">当前位置：<a href="/">首页</a> &gt; '
            f'<a href="/zwgk/">政务公开</a> &gt; <span>{esc(column)}</span></div>\n'
            f"{xxgk_table(site, item, index)}"
            f'<h1 class="article-title">{esc(item.title)}</h1>\n'
            f'<div class="article-info">发布时间：{item.date}　来源：{esc(site.name)}'
            '<span class="font">【字体：<a href="javascript:doZoom(18)">大</a> '
            '<a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</span>'
            '<a href="javascript:window.print()">打印本页</a>'
            '<a href="javascript:window.close()">关闭窗口</a></div>\n'
            f"{container}\n{body_html}</{tag}>\n"
            '<div class="editor">责任编辑：林晓</div>\n'
            '<div class="share">分享到：<a href="javascript:void(0)">微信</a>'
            '<a href="javascript:void(0)">微博</a></div>\n'
            '<div id="qr_container">扫一扫在手机打开当前页<div id="qrcode"></div></div>\n'
            f"{rel}{nav}</div>\n")
    return page(site, item.title, body, metas)


def body_html(paras: list[str]) -> str:
    return "\n".join(f'<p style="text-indent: 2em;">{esc(p)}</p>' for p in paras)


def write(folder: Path, host: str, rel: str, content: str | bytes,
          encoding: str = "utf-8") -> None:
    path = folder / "site" / host / rel.lstrip("/")
    if rel.endswith("/"):
        path = path / "index.html"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content if isinstance(content, bytes) else content.encode(encoding))


def fresh(slug: str) -> Path:
    folder = ROOT / slug
    shutil.rmtree(folder / "site", ignore_errors=True)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def expected(folder: Path, items: list[Item], notes: str, failures: list[dict] | None = None,
             links: dict[str, str] | None = None, **extra: object) -> None:
    """expected.json: `links` maps an item's page URL to the URL the portal lists it under
    (a link answering 301/302: the report's `final_url` is the page)."""
    reports, skipped = [], []
    failed = {f["url"] for f in failures or []}
    for item in items:
        listed = (links or {}).get(item.url, item.url)
        if item.kind != "report":
            skipped.append({"url": listed, "title": item.title, "why": WHY[item.kind]})
            continue
        if listed in failed or item.url in failed:
            continue
        entry: dict[str, object] = {"url": item.file_url or listed, "year": item.year,
                                    "title": item.title}
        if item.file_url:
            entry["page"] = item.url
        elif item.report:
            entry |= {"sections": item.report.sections, "level1": item.report.level1}
        if listed != item.url:
            entry["final_url"] = item.url
        reports.append(entry)
    data = {"notes": notes, **extra, "reports": reports, "skipped": skipped,
            "failures": failures or []}
    (folder / "expected.json").write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n",
                                          "utf-8")


def portal_toml(folder: Path, site: Site, comment: str, code: str, level: str,
                family: str, start: str, domains: list[str] | None = None) -> None:
    lines = [f"# {comment}", f'slug = "{site.slug}"', f'name = "{site.name}"',
             f'division_code = "{code}"', f'level = "{level}"', f'province = "{site.province}"',
             f'family = "{family}"', f'start_urls = ["{start}"]']
    if domains:
        lines.append("allowed_domains = [" + ", ".join(f'"{d}"' for d in domains) + "]")
    (folder / "portal.toml").write_text("\n".join(lines) + "\n", "utf-8")
