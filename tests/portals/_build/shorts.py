"""Short bodies for the listing items that are NOT rule-of-law reports (解读, 信息公开年报, news...).

They deliberately share vocabulary with the reports (行政复议, 行政执法, 一、（一）) so that a
crawler or cleaner that decides by keywords alone gets them wrong.
"""

from __future__ import annotations

import re

from common import Item, Site

INTERPRETATION = [
    "近日，《{report}》在{name}门户网站正式公开发布。为便于社会公众全面了解报告内容，现解读如下：",
    "一、报告的主要内容",
    "报告共分四个部分，系统总结了{year}年度推进法治政府建设的主要举措和成效、党政主要负责人履行推进法治建设第一责任人职责情况、存在的不足和原因，以及下一年度的主要安排。",
    "二、报告的主要亮点",
    "（一）行政执法更加规范。全面落实行政执法公示、执法全过程记录、重大执法决定法制审核“三项制度”，行政执法案卷合格率持续提升。",
    "（二）行政复议主渠道作用进一步发挥。行政复议受理窗口实现“一站式”服务，纠错率、调解和解率稳步提高。",
    "三、下一步工作",
    "{short}将以报告公开为契机，主动接受社会监督，持续推进法治政府建设走深走实。",
]
XXGK_REPORT = [
    "本报告依据《中华人民共和国政府信息公开条例》（以下简称《条例》）和国务院办公厅政府信息与政务公开办公室有关要求编制。报告所列数据统计期限自{year}年1月1日起至{year}年12月31日止。",
    "一、总体情况",
    "（一）主动公开。{year}年，通过政府门户网站主动公开政府信息3268条，其中政策解读46条、规范性文件12件。",
    "（二）依申请公开。全年共收到政府信息公开申请57件，均在法定期限内答复。",
    "（三）政府信息管理。严格落实公开属性源头认定机制，动态更新政府信息公开指南和目录。",
    "二、因政府信息公开工作被申请行政复议、提起行政诉讼情况",
    "全年因政府信息公开被申请行政复议3件，结果维持2件、纠正1件；被提起行政诉讼1件，结果维持。",
    "三、存在的主要问题及改进情况",
    "政策解读形式不够丰富，部分部门信息更新不够及时。下一步将加强培训指导，提升公开质量。",
    "四、其他需要报告的事项",
    "本年度未收取信息处理费。",
]
MEETING = [
    "{date_cn}，{short}召开{meeting}。会议深入学习贯彻习近平法治思想，听取{year}年度法治政府建设工作情况汇报，研究部署下一阶段重点任务。",
    "会议指出，要坚持依法行政，严格规范公正文明执法，持续深化行政执法协调监督工作体系建设，发挥行政复议化解行政争议主渠道作用。",
    "会议强调，各级各部门主要负责同志要切实履行推进法治建设第一责任人职责，以法治之力护航高质量发展。",
]
NOTICE = [
    "各乡镇人民政府、街道办事处，各有关部门：",
    "为进一步规范行政执法行为，提升行政执法质量，经研究，决定开展{notice_topic}。现将有关事项通知如下：",
    "一、工作范围",
    "全{level_word}具有行政执法职能的单位{year}年度办结的行政许可、行政处罚、行政强制案卷。",
    "二、时间安排",
    "（一）自查阶段。各单位对照评查标准开展自查，形成自查报告。",
    "（二）抽查阶段。由司法行政部门组织人员集中抽查评查。",
    "三、工作要求",
    "各单位要高度重视，认真组织，确保按时保质完成。联系人：王喆，联系电话：0533-3581234。",
    "{publisher}",
    "{date_cn}",
]
NEWS = [
    "{date_cn}，{short}组织开展“{news_topic}”主题活动，在全{level_word}各镇街、社区同步设置法治宣传咨询点。",
    "活动现场，工作人员通过发放宣传资料、现场解答法律咨询等方式，向群众宣传宪法、民法典以及与群众生活密切相关的法律法规。",
    "据统计，活动共发放宣传资料3000余份，解答群众法律咨询260余人次。",
]
BODIES = {"interpretation": INTERPRETATION, "xxgk_report": XXGK_REPORT, "meeting": MEETING,
          "notice": NOTICE, "news": NEWS}


def date_cn(date: str) -> str:
    year, month, day = (int(part) for part in date.split("-"))
    return f"{year}年{month}月{day}日"


def short_body(site: Site, item: Item, report_title: str = "") -> list[str]:
    """The body lines of a non-report item."""
    year_match = re.search(r"(20\d\d)", item.title)
    year = int(year_match.group(1)) if year_match else int(item.date[:4]) - 1
    fill = {
        "report": report_title.strip("《》") or item.title.removesuffix("解读").strip("《》"),
        "name": site.name, "short": site.short, "year": year, "date_cn": date_cn(item.date),
        "meeting": item.title.removeprefix(site.short + "召开") if "召开" in item.title else "专题会议",
        "notice_topic": item.title.removeprefix("关于").removesuffix("的通知"),
        "news_topic": (re.findall(r"“(.+?)”", item.title) or ["法治宣传"])[0],
        "level_word": "区" if site.unit.endswith("区") else "市" if site.unit.endswith("市") else "县",
        "publisher": item.source or site.name,
    }
    return [line.format(**fill) for line in BODIES[item.kind]]
