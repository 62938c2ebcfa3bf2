"""Sentence pools, the report writer and the page furniture of held-out round 29 (fictional)."""

from __future__ import annotations

import html
import random
from dataclasses import dataclass

MEASURES = [
    ("深化“放管服”改革，持续优化法治化营商环境",
     "全年取消和调整行政许可事项{n}项，“一网通办”事项比例达到{p}%，"
     "涉企经营许可事项全部纳入清单管理。"),
    ("健全依法行政制度体系，加强规范性文件监督管理",
     "全年审核规范性文件{n}件，备案审查率、及时率均达到100%，清理规范性文件{m}件。"),
    ("严格落实重大行政决策程序，提升决策法治化水平",
     "{n}项重大行政决策事项全部履行公众参与、专家论证、风险评估、合法性审查和集体讨论决定程序。"),
    ("深化行政执法体制改革，严格规范公正文明执法",
     "全面推行行政执法公示、执法全过程记录、重大执法决定法制审核制度，全年评查行政执法案卷{n}卷。"),
    ("强化行政权力制约监督，推进政务公开",
     "主动公开政府信息{n}条，办理依申请公开{m}件，行政复议案件纠错率{p}%。"),
    ("依法有效化解社会矛盾纠纷，推进行政复议体制改革",
     "全年受理行政复议申请{n}件，审结{m}件，调解和解率{p}%，人民调解组织调处纠纷{n}起。"),
]
PLANS = [
    ("持续推进依法科学民主决策", "严格执行重大行政决策程序规定，完善决策目录化管理。"),
    ("全面提升行政执法质量和效能", "开展行政执法人员全员轮训，推广“首违不罚”清单制度。"),
    ("加强法治政府建设督察考核", "把法治政府建设纳入年度绩效考核，压实工作责任。"),
    ("深化法治宣传教育", "落实“谁执法谁普法”普法责任制，推进“八五”普法规划实施。"),
]
SHORT = ["一是部分单位对法治政府建设的重视程度仍有差距；",
         "二是基层行政执法队伍专业化水平有待提高；",
         "三是运用法治思维和法治方式解决问题的能力还需加强。"]
OPENINGS = ["{y}年，{gov}坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻习近平法治思想，"
            "全面落实《法治政府建设实施纲要（2021—2025年）》，法治政府建设各项工作取得新成效。"
            "现将有关情况报告如下：",
            "{y}年，在{up}的坚强领导下，{gov}认真贯彻落实党中央、"
            "国务院关于法治政府建设的决策部署，扎实推进依法行政。"
            "现将{y}年度法治政府建设情况报告如下："]
LEVEL1 = ["measures", "leadership", "shortcomings", "plans"]


@dataclass
class Place:
    """A fictional government: its name, superior salutation, host and publishing unit."""
    name: str          # 蒌塘县
    gov: str           # 蒌塘县人民政府
    up: str            # 中共蒌塘县委、蒌塘县人大常委会
    province: str
    host: str          # www.loutang.gov.cn or an ip:port
    code: str


def report_paragraphs(place: Place, year: int, signed: str) -> list[str]:
    """The report's paragraphs (plain text); 4 一、 headings and 7 （一） headings: sections 11."""
    rng = random.Random(f"{place.name}{year}")
    nums = {"n": rng.randint(12, 96), "m": rng.randint(3, 40), "p": rng.randint(70, 99)}
    paras = [f"{place.up}：", rng.choice(OPENINGS).format(y=year, gov=place.gov, up=place.up),
             f"一、{year}年度推进法治政府建设的主要举措和成效"]
    for i, (head, body) in enumerate(rng.sample(MEASURES, 4)):
        paras += [f"（{'一二三四'[i]}）{head}", body.format(**nums) + "同时，加强行政复议和行政"
        "执法协调监督。"]
    paras += ["二、党政主要负责人履行推进法治建设第一责任人职责情况",
              f"{place.gov}主要负责人认真履行推进法治建设第一责任人职责，"
              f"全年召开常务会议专题研究法治政府建设工作{rng.randint(3, 8)}次，带头开展会前学法。",
              "三、存在的不足和原因", "".join(SHORT),
              f"四、{year + 1}年度推进法治政府建设的主要安排"]
    for i, (head, body) in enumerate(rng.sample(PLANS, 3)):
        paras += [f"（{'一二三'[i]}）{head}", body]
    return paras + ["特此报告。", place.gov, signed]


def report_html(place: Place, year: int, signed: str) -> str:
    """The report as `<p>` paragraphs (headings their own paragraph, the signer right-aligned)."""
    out = []
    for para in report_paragraphs(place, year, signed):
        style = ' style="text-align: right;"' if para in (place.gov, signed) else ""
        out.append(f'<p{style}>{html.escape(para)}</p>')
    return "\n".join(out)


NONREPORT_BODY = ("为深入贯彻落实党中央关于全面依法治国的决策部署，{gov}结合工作实际，"
                  "认真组织实施。"
                  "各乡镇、县直各部门要高度重视，明确责任分工，确保各项任务落到实处。")


def other_html(place: Place, title: str) -> str:
    """A non-report's body: two paragraphs naming it."""
    return (f"<p>{html.escape(title)}</p>\n<p>{NONREPORT_BODY.format(gov=place.gov)}</p>\n"
            "<p>联系电话：0838-6212345</p>")


def head(place: Place, title: str, column: str, pub: str = "") -> str:
    """`<head>` with the usual meta tags."""
    metas = [f'<meta name="SiteName" content="{place.gov}">', f'<meta name="ColumnName" '
                                                              f'content="{column}">']
    if pub:
        metas += [f'<meta name="ArticleTitle" content="{html.escape(title)}">',
                  f'<meta name="PubDate" content="{pub}">',
                  f'<meta name="ContentSource" content="{place.gov}">']
    return ('<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
            f'<title>{html.escape(title)}_{place.gov}</title>\n' + "\n".join(metas) +
            '\n<link rel="stylesheet" href="/css/style.css">\n<script src="/js/jquery.min.js">'
            '</script>\n</head>\n')


def top(place: Place, base: str = "") -> str:
    """The header: accessibility bar, search, mega-menu."""
    return (f'<body>\n<div class="topbar"><span>欢迎访问{place.gov}门户网站</span>'
            '<a href="javascript:void(0)" id="wza">无障碍版</a> <a href="javascript:void(0)">'
            '关怀版</a> <a href="javascript:void(0)">长者模式</a> <span>网站支持IPv6</span>'
            '</div>\n<div class="header"><h1 class="logo">{place.gov}</h1><form class="search" '
            'action="{base}/search/" method="get"><input name="q" placeholder="请输入关键词">'
            '<button>搜索</button></form></div>\n<ul class="nav"><li><a href="{base}/">首页</a>'
            '</li><li><a href="{base}/zwgk/">政务公开</a><div class="sub"><a '
            'href="{base}/zwgk/">政策文件</a><a href="{base}/zwgk/">规划计划</a></div></li><li>'
            '<a href="{base}/zwfw/">政务服务</a></li><li><a href="{base}/hdjl/">互动交流</a>'
            '</li><li><a href="{base}/zjxx/">走进{place.name}</a></li></ul>\n')


def foot(place: Place) -> str:
    """The footer and the leave-site confirm in script text."""
    return (f'<div class="footer"><p>'
            f'主办单位：{place.gov}办公室　承办：{place.name}政务数据服务中心</p>'
            f'<p>网站标识码：{place.code}0001　{place.province[:1]}ICP备05012345号-1'
            f'　{place.province[:1]}公网安备 {place.code}02000123号</p><p>版权所有 '
            f'© {place.gov}</p>'
            '</div>\n' + LEAVE_SITE.replace("HOST", place.host.split(":")[0]))


LEAVE_SITE = """<script>
$("a[href^='http']").not("[href*='HOST']").on("click", function () {
  return confirm("您即将离开本站，是否继续？"); });
</script>
</body>
</html>
"""


def article_tools() -> str:
    """Font size, print, close, share and QR captions."""
    return ('<div class="tools">【字体：<a href="javascript:void(0)">大</a> <a '
            'href="javascript:void(0)">中</a> '
            '<a href="javascript:void(0)">小</a>】 <a href="javascript:window.print()">'
            '打印本页</a> <a href="javascript:window.close()">关闭窗口</a> <span>分享到：微信 '
            '微博</span> <span class="qr">扫一扫在手机打开当前页</span></div>\n')


def xxgk_table(place: Place, title: str, pub: str, index: str) -> str:
    """The th/td disclosure table above an article."""
    return ('<table class="xxgk"><tr><th>索 引 号：</th><td>' + index + '</td><th>'
    '发布机构：</th><td>' +
            place.gov + '</td></tr><tr><th>名　　称：</th><td colspan="3">' + html.escape(title) +
            '</td></tr><tr><th>发布日期：</th><td>' + pub + '</td><th>主 题 词：</th><td></td>'
            '</tr></table>\n')


def article_tail(place: Place) -> str:
    """Related box, previous/next, editor."""
    return ('<div class="related"><h4>相关解读</h4><ul><li><a href="javascript:void(0)">'
            '图解：法治政府建设</a>'
            '</li></ul></div>\n<div class="prevnext"><p>上一篇：无</p><p>下一篇：无</p>'
            '</div>\n<p class="editor">责任编辑：{place.name}融媒</p>\n')
