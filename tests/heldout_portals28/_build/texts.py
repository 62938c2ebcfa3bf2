"""Sentence pools and page furniture for held-out round 28 (fictional texts, seeded choices)."""

from __future__ import annotations

import html
import random
from dataclasses import dataclass

CN_NUM = "一二三四五六七八九十"

MEASURES = [
    "统筹推进法治政府建设", "深化“放管服”改革优化法治化营商环境", "严格规范公正文明执法",
    "发挥行政复议化解行政争议主渠道作用", "提升行政决策科学化民主化法治化水平",
    "加强行政规范性文件监督管理", "深入推进法治宣传教育",
]
BODY = [
    "全年组织召开政府常务会议专题学法{n}次，领导干部旁听庭审{n}人次。",
    "修订完善重大行政决策程序规定，{n}项重大行政决策全部履行公众参与、专家论证、风险评估、合法性审查和集体讨论决定程序。",
    "全面落实行政执法公示、执法全过程记录、重大执法决定法制审核制度，评查行政执法案卷{n}卷。",
    "全年受理行政复议案件{n}件，审结率达到百分之九十以上，行政机关负责人出庭应诉率保持百分之百。",
    "审查行政规范性文件{n}件，清理涉及营商环境的规章和文件，废止、修改不合时宜的文件。",
    "开展“八五”普法中期评估，组织“宪法宣传周”“民法典宣传月”等主题活动{n}场次。",
    "推进“互联网+监管”，将{n}个执法部门纳入行政执法综合管理监督平台。",
    "完善行政调解、人民调解、司法调解衔接联动机制，化解矛盾纠纷{n}件。",
]
SHORTCOMINGS = [
    "一是部分行政执法人员依法行政意识有待进一步增强，执法规范化水平不够均衡。",
    "二是基层法治工作力量相对薄弱，乡镇（街道）合法性审查力量不足。",
    "三是法治宣传教育的针对性和实效性还需提升，群众参与度不高。",
]
PLANS = [
    "持续深化行政执法体制改革", "加快推进政府职能转变", "全面提升行政复议应诉工作质效",
    "着力加强法治队伍建设", "深入推进基层法治建设",
]


@dataclass
class Report:
    """A report's text: paragraphs (heading flags) and its section counts."""
    paragraphs: list[tuple[str, bool]]
    sections: int
    level1: list[str]


def report_text(place: str, year: int, seed: int, short: bool, salutation: str,
                signer: str, signed: str) -> Report:
    """A fictional report: 一、/（一） headings each its own paragraph, 特此报告, signer, date."""
    rnd = random.Random(seed)
    paras: list[tuple[str, bool]] = [(salutation, False), (
        f"{year}年，{place}坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，"
        f"全面落实《法治政府建设实施纲要（2021—2025年）》，各项工作取得积极成效。现将有关情况报告如下：",
        False)]
    level1 = ["measures", "leadership", "shortcomings", "plans"]
    heads = [f"{year}年度推进法治政府建设的主要举措和成效",
             "党政主要负责人履行推进法治建设第一责任人职责情况",
             "存在的不足和原因", f"{year + 1}年度推进法治政府建设的主要安排"]
    if short:
        del heads[1]
        del level1[1]
    sections = 0
    for i, head in enumerate(heads):
        paras.append((f"{CN_NUM[i]}、{head}", True))
        sections += 1
        if head.startswith(str(year)):
            for j, sub in enumerate(rnd.sample(MEASURES, 4)):
                paras.append((f"（{CN_NUM[j]}）{sub}", True))
                paras.append((_body(rnd, 2), False))
                sections += 1
        elif head.startswith("党政"):
            paras.append((f"{place[-1]}政府主要负责同志认真履行推进法治建设第一责任人职责，" + _body(rnd, 2), False))
        elif head.startswith("存在"):
            paras.extend((s, False) for s in SHORTCOMINGS)
        else:
            for j, sub in enumerate(rnd.sample(PLANS, 3)):
                paras.append((f"（{CN_NUM[j]}）{sub}", True))
                paras.append((_body(rnd, 1), False))
                sections += 1
    paras += [("特此报告。", False), (signer, False), (signed, False)]
    return Report(paras, sections, level1)


def _body(rnd: random.Random, count: int) -> str:
    return "".join(s.format(n=rnd.randint(6, 260)) for s in rnd.sample(BODY, count))


def other_text(title: str, seed: int) -> list[str]:
    """Two or three plain paragraphs for a non-report article."""
    rnd = random.Random(seed)
    return [f"{title}。", _body(rnd, 2), "各单位要结合实际，认真抓好贯彻落实。"]


def paras_html(paras: list[tuple[str, bool]] | list[str]) -> str:
    out = []
    for p in paras:
        text, head = (p, False) if isinstance(p, str) else p
        style = ' style="text-indent:2em;font-weight:bold"' if head else ' style="text-indent:2em"'
        out.append(f"<p{style}>{html.escape(text)}</p>")
    return "\n".join(out)


NAV = ["首页", "政务公开", "政务服务", "互动交流", "走进{place}", "专题专栏"]


def header(site: str, place: str) -> str:
    nav = "".join(f'<li><a href="{"/" + i + "/" if i else "/"}">{n.format(place=place)}</a></li>' for i, n in
                  zip(("", "zwgk", "zwfw", "hdjl", "zjxq", "ztzl"), NAV, strict=True))
    return f"""<div class="top-bar"><span>网站支持IPv6</span> <a href="/wza/">无障碍版</a> |
<a href="/ghb/">关怀版</a> | <a href="/zzms/">长者模式</a> | <a href="/fanti/">繁體</a>
<a href="/login/">登录</a> <a href="/reg/">注册</a></div>
<div class="banner"><h1 class="site-name">{site}</h1>
<form class="search" action="/search/" method="get"><input name="q" placeholder="请输入关键字"><button>搜索</button></form></div>
<ul class="nav">{nav}</ul>"""


def footer(site: str, code: str) -> str:
    return f"""<div class="float-bar"><a href="/hdjl/xzxx/">县长信箱</a><a href="/hdjl/yjzj/">意见征集</a>
<a href="/hdjl/znwd/">智能问答</a><a href="#top">返回顶部</a></div>
<div class="footer"><p>主办单位：{site}办公室　承办：{site}大数据中心</p>
<p>网站标识码：{code}　ICP备{code[:6]}号-1　公网安备 {code}00001号</p><p>版权所有：{site}</p></div>
<script>
function leaveSite(url) {{ if (confirm("您即将离开本站，是否继续访问？")) {{ window.open(url); }} }}
</script>"""


def page(title: str, site: str, place: str, code: str, body: str, head: str = "",
         column: str = "") -> str:
    """A whole page with the furniture around `body`."""
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{html.escape(title)}_{site}</title>
<meta name="SiteName" content="{site}"><meta name="ColumnName" content="{column}">
<link rel="stylesheet" href="/static/css/main.css">{head}</head><body>
{header(site, place)}
{body}
{footer(site, code)}
</body></html>
"""


def article(title: str, date: str, site: str, place: str, code: str, content: str,
            column: str, prev_next: tuple[str, str] = ("无", "无"), extra_head: str = "",
            tail: str = "") -> str:
    """An article page: meta tags, xxgk table, 【字体】, the content, share/QR/related/editor."""
    meta = (f'<meta name="ArticleTitle" content="{html.escape(title)}">'
            f'<meta name="PubDate" content="{date} 09:30"><meta name="ContentSource" content="{site}">'
            + extra_head)
    body = f"""<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; {column}</div>
<table class="xxgk"><tr><th>索 引 号：</th><td>{code[:6]}/2025-0{len(title) % 9 + 1}</td><th>发布机构：</th><td>{site}</td></tr>
<tr><th>标　　题：</th><td colspan="3">{html.escape(title)}</td></tr>
<tr><th>发布日期：</th><td>{date}</td><th>主题分类：</th><td>综合政务</td></tr></table>
<div class="article"><h2 class="title">{html.escape(title)}</h2>
<div class="info">发布时间：{date}　来源：{site}　【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】
<a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div>
{content}
<div class="share">分享到：<a href="javascript:;">微信</a> <a href="javascript:;">微博</a></div>
<div class="qr"><img src="/static/img/qr.png" alt=""><p>扫一扫在手机打开当前页</p></div>
<div class="editor">责任编辑：王晓梅</div>
<div class="prev-next"><p>上一篇：{prev_next[0]}</p><p>下一篇：{prev_next[1]}</p></div>
<div class="related"><h4>相关解读</h4><ul><li><a href="/zwgk/jd/">政策解读</a></li></ul></div>
</div>{tail}"""
    return page(title, site, place, code, body, meta, column)
