"""Sentence pools, report bodies and page furniture for round 27 (deterministic: seeded pools)."""

from __future__ import annotations

import random
from html import escape

NUM = "一二三四五六七八九十"

MEASURES = [
    "严格规范公正文明执法，提升行政执法质效",
    "依法化解社会矛盾纠纷，发挥行政复议主渠道作用",
    "强化行政权力制约监督，推进政务公开",
    "健全依法决策机制，提升行政决策质量",
    "加强规范性文件监督管理，维护法制统一",
    "优化法治化营商环境，深化“放管服”改革",
]
PLANS = [
    "扎实做好行政复议和应诉工作",
    "持续深入学习贯彻习近平法治思想",
    "加快推进数字法治政府建设",
    "全面推行行政执法三项制度",
]
BODY = [
    "全年共办理行政复议案件{n}件，依法纠错{m}件，行政机关负责人出庭应诉率达到100%。",
    "组织开展行政执法案卷评查，抽查案卷{n}卷，发现问题{m}个，均已督促整改到位。",
    "落实重大行政决策程序规定，{n}项重大行政决策事项全部履行公众参与、专家论证、风险评估、合法性审查和集体讨论决定程序。",
    "全面落实行政执法公示、执法全过程记录、重大执法决定法制审核制度，执法信息公示{n}条。",
    "完成{n}件规范性文件合法性审核，清理规范性文件{m}件，废止{m}件。",
    "深化“谁执法谁普法”普法责任制，开展法治宣传活动{n}场次，受众{m}万人次。",
    "推进政务公开标准化规范化，主动公开政府信息{n}条，办理依申请公开{m}件。",
    "持续推进“一网通办”，政务服务事项网上可办率达到{n}%，即办件占比提升{m}个百分点。",
]
LEAD = [
    "主要负责人认真履行推进法治建设第一责任人职责，{n}次主持召开常务会议专题研究法治政府建设工作。",
    "坚持把法治政府建设纳入经济社会发展总体规划，与中心工作同部署、同推进、同督促、同考核。",
    "严格落实政府常务会议会前学法制度，全年集体学法{n}次。",
]
SHORT = [
    "一是行政执法规范化水平仍需提高，个别执法人员依法行政意识不够强。",
    "二是基层法治力量相对薄弱，镇（街道）合法性审查能力有待加强。",
    "三是法治宣传教育的针对性和实效性还需进一步增强。",
]


def _fill(rng: random.Random, pool: list[str], k: int) -> list[str]:
    return [s.format(n=rng.randint(12, 96), m=rng.randint(2, 11)) for s in rng.sample(pool, k)]


def report_paragraphs(place: str, gov: str, year: int, signed: str, seed: int,
                      short: bool = False) -> list[tuple[str, str]]:
    """(kind, text) paragraphs of one report: kind 'h1', 'h2' or 'p'. Headings 11 (10 short)."""
    rng = random.Random(seed)
    superior = rng.choice([f"中共{place}委、{gov}：", "市委、市人民政府：",
                           "市委全面依法治市委员会："])
    out: list[tuple[str, str]] = [("p", superior), ("p", (
        f"{year}年，{gov}坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，"
        f"全面落实《法治政府建设实施纲要（2021—2025年）》，扎实推进法治政府建设各项工作。现将有关情况报告如下："))]
    idx = 0

    def h1(text: str) -> None:
        nonlocal idx
        out.append(("h1", f"{NUM[idx]}、{text}"))
        idx += 1

    h1(f"{year}年推进法治政府建设的主要举措和成效")
    for i, t in enumerate(rng.sample(MEASURES, 4)):
        out.append(("h2", f"（{NUM[i]}）{t}"))
        out.extend(("p", s) for s in _fill(rng, BODY, 2))
    if not short:
        h1("党政主要负责人履行推进法治建设第一责任人职责情况")
        out.extend(("p", s) for s in _fill(rng, LEAD, 2))
    h1("存在的不足和原因")
    out.extend(("p", s) for s in SHORT)
    out.append(("p", "产生上述问题的原因，主要是对法治政府建设的系统性认识还不够深入，"
                     "工作推进的统筹力度还需加大。"))
    h1(f"{year + 1}年推进法治政府建设的主要安排")
    for i, t in enumerate(rng.sample(PLANS, 3)):
        out.append(("h2", f"（{NUM[i]}）{t}"))
        out.extend(("p", s) for s in _fill(rng, BODY, 1))
    out += [("p", "特此报告。"), ("p", gov), ("p", signed)]
    return out


def level1(short: bool) -> list[str]:
    return ["measures", "shortcomings", "plans"] if short else [
        "measures", "leadership", "shortcomings", "plans"]


def sections(short: bool) -> int:
    return 10 if short else 11


def report_html(paras: list[tuple[str, str]]) -> str:
    lines = []
    for kind, text in paras:
        if kind == "h1":
            lines.append(f'<p style="text-indent:2em"><strong>{escape(text)}</strong></p>')
        elif kind == "h2":
            lines.append(f'<p style="text-indent:2em"><span style="font-family:楷体_GB2312">'
                         f'{escape(text)}</span></p>')
        else:
            lines.append(f'<p style="text-indent:2em">{escape(text)}</p>')
    return "\n".join(lines)


def other_html(title: str, place: str, seed: int) -> str:
    """Body of a non-report article (news, notice, 解读, 年报, 要点): a few plain paragraphs."""
    rng = random.Random(seed)
    paras = [f"为深入贯彻落实上级部署要求，{place}围绕“{title[:12]}”相关工作作出安排。",
             *_fill(rng, BODY, 3), "下一步，将持续抓好各项工作落实，不断提升依法行政水平。"]
    return "\n".join(f"<p>{escape(p)}</p>" for p in paras)


MENU = ["首页", "政务公开", "政务服务", "互动交流", "走进{p}", "专题专栏"]
MENU_SUB = ["政府文件", "政策解读", "人事信息", "财政信息", "规划计划", "统计信息", "应急管理"]


def header(site: str, host: str) -> str:
    menu = "".join(
        f'<li><a href="/">{m.format(p=site[:3])}</a><div class="sub">'
        + "".join(f'<a href="/zwgk/">{s}</a>' for s in MENU_SUB) + "</div></li>" for m in MENU)
    return (f'<div class="topbar"><span>网站支持IPv6</span> <a href="/wza/">无障碍版</a> '
            f'<a href="/ghb/">关怀版</a> <a href="/zzms/">长者模式</a> <a href="/fanti/">繁體</a> '
            f'<a href="/login/">登录</a> <a href="/reg/">注册</a></div>\n'
            f'<div class="head"><img src="/images/logo.png" alt="{site}"><form action="/search/" '
            'method="get"><input name="q" placeholder="请输入关键词">'
            '<button>搜索</button></form></div>\n'
            f'<ul class="nav">{menu}</ul>')


def footer(site: str, code: str) -> str:
    return (f'<div class="float"><a href="/hdjl/">{site[:3]}信箱</a><a href="/yjzj/">意见征集</a>'
            f'<a href="/znwd/">智能问答</a><a href="#top">返回顶部</a></div>\n'
            f'<div class="footer"><p>主办单位：{site}办公室　承办：{site[:3]}大数据中心</p>'
            f'<p>网站标识码：{code}　浙ICP备05012345号-1　公网安备 33010202000123号</p>'
            f'<p>版权所有 © {site}</p></div>\n'
            '<script>function leave(u){if(confirm("您访问的链接即将离开本网站，是否继续？"))'
            '{window.open(u);}}</script>')


CSS = '<link rel="stylesheet" href="/css/style.css"><script src="/js/jquery.min.js"></script>'


def page(title: str, site: str, code: str, host: str, body: str, head: str = "") -> str:
    return (f'<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
            f'<title>{escape(title)}_{site}</title>\n{CSS}\n{head}</head>\n<body>\n'
            f'{header(site, host)}\n{body}\n{footer(site, code)}\n</body>\n</html>\n')


def article(title: str, date: str, site: str, code: str, host: str, column: str,
            content: str, publisher: str, head: str = "") -> str:
    meta = (f'<meta name="SiteName" content="{site}">\n'
            f'<meta name="ColumnName" content="{column}">\n'
            f'<meta name="ArticleTitle" content="{escape(title)}">\n'
            f'<meta name="PubDate" content="{date} 09:30">\n'
            f'<meta name="ContentSource" content="{publisher}">\n{head}')
    table = (f'<table class="xxgk"><tr><th>索 引 号：</th>'
             f'<td>0{code[-6:]}/{date[:4]}-0{date[5:7]}1</td>'
             f'<th>发布机构：</th><td>{publisher}</td></tr><tr><th>主题分类：</th><td>综合政务</td>'
             f'<th>发布日期：</th><td>{date}</td></tr><tr><th>名　　称：</th>'
             f'<td colspan="3">{escape(title)}</td></tr></table>')
    body = (f'<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> '
            f'&gt; {column}</div>\n{table}\n<div class="article"><h1>{escape(title)}</h1>\n'
            f'<div class="info">发布时间：{date}　来源：{publisher}　【字体：<a>大</a> <a>中</a> '
            f'<a>小</a>】 <a href="javascript:window.print()">打印本页</a> '
            f'<a href="javascript:window.close()">关闭窗口</a></div>\n'
            f'<div id="zoom">\n{content}\n</div>\n'
            '<div class="share">分享到：<a>微信</a><a>微博</a>　'
            '<span>扫一扫在手机打开当前页</span></div>\n'
            '<div class="related"><h3>相关解读</h3><ul>'
            '<li><a href="/zwgk/zcjd/">政策解读</a></li></ul></div>\n'
            '<div class="prevnext"><p>上一篇：<a href="/zwgk/">无</a></p>'
            '<p>下一篇：<a href="/zwgk/">无</a></p></div>\n'
            f'<p class="editor">责任编辑：王晓</p></div>')
    return page(title, site, code, host, body, meta)


WAF_PAGE = (
    '<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>安全验证</title>\n'
    '<noscript><meta http-equiv="refresh" content="5"></noscript></head>\n<body>\n'
    '<div style="text-align:center;margin-top:120px"><h2>请开启JavaScript并刷新该页</h2>\n'
    '<p>网站安全防护：您的访问正在进行安全检测，请稍候……</p></div>\n'
    '<script>setTimeout(function(){location.reload();},1500);</script>\n</body></html>\n')
