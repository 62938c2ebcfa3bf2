"""Sentence pools, the report writer and the page furniture of held-out round 30 (fictional)."""

from __future__ import annotations

import html
import random

MEASURES = ["深化“放管服”改革，持续优化法治化营商环境", "健全依法行政制度体系，提升行政规范性文件质量",
            "严格规范公正文明执法，全面推行行政执法“三项制度”", "强化行政权力制约监督，提升行政复议和应诉水平"]
PLANS = ["持续推进依法科学民主决策", "着力提升行政执法质量和效能", "加快推进行政复议体制改革落地见效"]
BODY = ["全年共审查行政规范性文件{n}件，提出修改意见{m}条，备案审查率达到100%。",
        "组织行政执法人员专业法律知识培训{n}场次，参训{m}人次，执法证件持证率保持100%。",
        "办理行政复议案件{n}件，依法纠错{m}件，行政机关负责人出庭应诉率达到100%。",
        "梳理行政许可事项{n}项，取消证明材料{m}项，“一网通办”可办率进一步提高。",
        "开展重大行政决策合法性审查{n}件次，公开征求意见{m}条，决策程序更加规范。",
        "全年行政执法案卷评查{n}卷，发现问题{m}个，均已督促整改到位。"]
WEAK = ["一是依法行政意识仍需增强，部分干部运用法治思维解决问题的能力不足。",
        "二是行政执法规范化水平有待提升，基层执法力量相对薄弱。",
        "三是法治宣传教育的针对性和实效性还需进一步加强。"]


def report_paragraphs(place: str, year: int, seed: int) -> list[tuple[str, str]]:
    """(kind, text) paragraphs: kind 'h1' for 一、 headings, 'h2' for （一）, 'p' else; 11 headings."""
    rnd = random.Random(seed)
    def body() -> str:
        return rnd.choice(BODY).format(n=rnd.randint(12, 96), m=rnd.randint(3, 40))
    out = [("p", f"中共{place}委、{place}人民政府："),
           ("p", (f"{year}年，{place}坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻习近平法治思想，"
                 f"全面落实《法治政府建设实施纲要（2021—2025年）》，现将{year}年度法治政府建设情况报告如下。")),
           ("h1", f"一、{year}年度推进法治政府建设的主要举措和成效")]
    for i, m in enumerate(MEASURES):
        out += [("h2", f"（{'一二三四'[i]}）{m}"), ("p", body() + body())]
    out += [("h1", "二、党政主要负责人履行推进法治建设第一责任人职责情况"),
            ("p", "主要负责人带头学法用法，召开常务会议专题研究法治政府建设工作" + f"{rnd.randint(3, 9)}次，" + body()),
            ("h1", "三、推进法治政府建设存在的不足和原因"), ("p", "".join(WEAK)),
            ("h1", f"四、{year + 1}年推进法治政府建设的主要安排")]
    for i, p in enumerate(PLANS):
        out += [("h2", f"（{'一二三'[i]}）{p}"), ("p", body())]
    out += [("p", "特此报告。"), ("p", f"{place}人民政府"), ("p", f"{year + 1}年3月{rnd.randint(2, 25)}日")]
    return out


def generic_paragraphs(title: str, seed: int) -> list[tuple[str, str]]:
    rnd = random.Random(seed)
    return [("p", f"{title}。" + rnd.choice(BODY).format(n=rnd.randint(5, 50), m=rnd.randint(2, 20))),
            ("p", "会议强调，要坚持依法行政，不断提升政府治理体系和治理能力现代化水平。"),
            ("p", rnd.choice(BODY).format(n=rnd.randint(5, 50), m=rnd.randint(2, 20)))]


def topbar(site: str) -> str:
    return (f'<div class="topbar"><span>欢迎访问{site}门户网站！</span><span class="ipv6">网站支持IPv6</span>'
            '<a href="javascript:void(0)" id="wza">无障碍版</a> <a href="javascript:void(0)">关怀版</a> '
            '<a href="javascript:void(0)">长者模式</a> <a href="javascript:void(0)">繁體</a> '
            '<a href="/login.html">登录</a> <a href="/register.html">注册</a></div>\n'
            '<form class="search" action="/search/" method="get"><input type="text" name="q" '
            'placeholder="请输入关键词"><button type="submit">搜索</button></form>\n'
            '<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li>'
            '<li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li>'
            '<li><a href="/ztzl/">专题专栏</a></li></ul></div>\n')


def footer(site: str, code: str) -> str:
    return (f'<div class="footer"><p>主办单位：{site}办公室 版权所有：{site}</p>'
            f'<p>网站标识码：{code} 某ICP备{code[-6:]}号-1 某公网安备 {code}01号</p></div>\n'
            '<script>$(function(){$("a.out").click(function(){return confirm('
            '"您即将离开本网站，是否继续？");});});</script>\n')


def article_page(site: str, code: str, column: str, title: str, date: str,
                 paras: list[tuple[str, str]], prev_next: tuple[str, str] = ("", "")) -> str:
    """A full article page with the usual furniture around the body."""
    t = html.escape(title)
    body = "\n".join(
        f'<p style="text-indent:2em"><strong>{html.escape(x)}</strong></p>' if k == "h1" else
        f'<p style="text-indent:2em">{html.escape(x)}</p>' for k, x in paras)
    return (f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>{t}_{site}</title>\n'
            f'<meta name="SiteName" content="{site}"><meta name="ColumnName" content="{column}">\n'
            f'<meta name="ArticleTitle" content="{t}"><meta name="PubDate" content="{date} 09:30">\n'
            f'<meta name="ContentSource" content="{site}">\n'
            '<script src="/js/jquery.min.js"></script></head><body>\n' + topbar(site)
            + f'<div class="crumb">当前位置：<a href="/">首页</a> &gt; 政务公开 &gt; {column}</div>\n'
            f'<div class="article"><h1 class="title">{t}</h1>\n'
            f'<div class="info">发布时间：{date} 来源：{site} 【字体：<a href="javascript:void(0)">大</a> '
            '<a href="javascript:void(0)">中</a> <a href="javascript:void(0)">小</a>】 '
            '<a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div>\n'
            f'<div id="zoom" class="content">\n{body}\n</div>\n'
            '<div class="share">分享到：<a href="javascript:void(0)">微信</a> <a href="javascript:void(0)">微博</a>'
            ' <span>扫一扫在手机打开当前页</span></div>\n'
            f'<div class="pn"><p>上一篇：{html.escape(prev_next[0]) or "没有了"}</p>'
            f'<p>下一篇：{html.escape(prev_next[1]) or "没有了"}</p></div>\n'
            '<div class="editor">责任编辑：王敏</div></div>\n'
            '<div class="related"><h3>相关解读</h3><ul><li>暂无</li></ul></div>\n'
            + footer(site, code) + '</body></html>\n')


def list_page(site: str, code: str, column: str, rows_html: str, extra: str = "",
              head_extra: str = "") -> str:
    return (f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>{column}_{site}</title>\n'
            f'<meta name="SiteName" content="{site}"><meta name="ColumnName" content="{column}">\n'
            f'<script src="/js/jquery.min.js"></script>{head_extra}</head><body>\n' + topbar(site)
            + f'<div class="crumb">当前位置：<a href="/">首页</a> &gt; 政务公开 &gt; {column}</div>\n'
            f'<div class="main"><h2 class="col-title">{column}</h2>\n{rows_html}\n{extra}</div>\n'
            + footer(site, code) + '</body></html>\n')
