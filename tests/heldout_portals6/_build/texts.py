"""Fictional report and non-report texts from sentence pools (deterministic per seed).

A report is a list of paragraphs: salutation, preamble, level-1 headings 一、 with level-2 items
（一） (run-in title ending at the first 。) and level-3 items 1. under one of them, 一是/二是
enumerations as body text, 特此报告, signer and date. `Report.sections` counts the numbered
headings (levels 1-3), `Report.level1` the category of each level-1 heading.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

MEASURES_L2 = [
    ("坚持党的领导，压紧压实法治建设责任", "把法治政府建设纳入{place}经济社会发展总体规划，"
     "政府常务会议专题研究法治工作{n1}次，制定年度工作要点并分解任务{n2}项。"),
    ("依法全面履行政府职能，持续优化法治化营商环境", "动态调整权责清单{n2}项，"
     "推行“证照分离”“一业一证”改革，全年清理涉企规范性文件{n1}件。"),
    ("健全依法行政制度体系，提升制度建设质量", "严格落实合法性审核机制，"
     "审核行政规范性文件{n1}件、重大行政决策{n3}项，提出修改意见{n2}条。"),
    ("推进严格规范公正文明执法", "全面落实行政执法公示、执法全过程记录、"
     "重大执法决定法制审核“三项制度”，全年办理行政处罚案件{n2}件，评查行政执法案卷{n1}卷。"),
    ("发挥行政复议化解行政争议主渠道作用", "贯彻实施新修订的行政复议法，"
     "全年收到行政复议申请{n2}件，审结{n1}件，调解和解结案{n3}件。"),
    ("强化对行政权力的制约和监督", "自觉接受人大监督、民主监督和司法监督，"
     "办理人大代表建议和政协委员提案{n2}件，行政机关负责人出庭应诉率100%。"),
    ("深入推进政务公开", "主动公开政府信息{n2}条，办理依申请公开{n3}件，"
     "按期公开法治政府建设年度报告。"),
    ("健全矛盾纠纷预防化解机制", "完善人民调解、行政调解、司法调解联动工作体系，"
     "全年调处矛盾纠纷{n2}件，调解成功率98.{n3}%。"),
]
LEVEL3 = [
    ("全面推行行政执法“三项制度”", "指导{n3}个执法单位公示执法主体和执法结果。"),
    ("开展行政执法案卷评查", "抽查行政许可、行政处罚案卷{n1}卷，通报共性问题{n3}类。"),
    ("加强执法人员资格管理", "组织执法证件申领考试{n3}期，{n2}人考试合格。"),
]
LEADERSHIP = [
    "政府主要负责人认真履行推进法治建设第一责任人职责，带头学法用法，主持召开会议专题研究法治政府"
    "建设工作{n3}次，带头参加年终述法。",
    "坚持重大工作亲自部署、重大问题亲自过问、重大环节亲自协调、重大任务亲自督办，"
    "把法治建设成效纳入政府工作绩效考核。",
]
SHORTCOMINGS = [
    "一是行政执法规范化水平仍需提升，个别执法单位程序意识不强；二是基层法治力量较为薄弱，"
    "乡镇（街道）合法性审核人员专业能力有待加强；三是法治宣传教育的针对性和实效性还需增强。",
    "对照上级部署要求，工作中还存在一些不足：一是重大行政决策公众参与程度不高；二是行政复议"
    "办案力量不足；三是“数字法治”建设相对滞后。主要原因是思想认识还不够到位，制度落实还不够有力。",
]
PLANS_L2 = [
    ("持续深化法治政府建设示范创建", "对标示范创建指标体系，补齐短板弱项。"),
    ("全面提升行政执法质量和效能", "推进行政执法协调监督工作体系建设，开展执法人员全员轮训。"),
    ("做优做强行政复议工作", "加强行政复议规范化建设，提升案件办理质量和公信力。"),
    ("加快推进“八五”普法规划实施", "深化法治乡村建设，培育“法律明白人”。"),
]
CLOSING_DATES = ["2月18日", "2月26日", "3月6日", "3月15日", "1月28日"]


@dataclass
class Report:
    paragraphs: list[str]
    sections: int
    level1: list[str] = field(default_factory=list)


def _fill(text: str, rng: random.Random, place: str) -> str:
    return text.format(place=place, n1=rng.randint(12, 96), n2=rng.randint(120, 980),
                       n3=rng.randint(2, 9))


def _level2(items: list[tuple[str, str]], rng: random.Random, place: str) -> list[str]:
    numerals = "一二三四五六七八"
    return [f"（{numerals[i]}）{title}。{_fill(body, rng, place)}"
            for i, (title, body) in enumerate(items)]


def report(place: str, year: int, signer: str, superior: str, *, seed: int,
           short: bool = False) -> Report:
    """A report on `year` by `place` (e.g. 鹤汀县人民政府); `short` drops the leadership part."""
    rng = random.Random(seed)
    measures = rng.sample(MEASURES_L2, 4)
    plans = rng.sample(PLANS_L2, 3)
    level3 = [f"{i + 1}.{t}。{_fill(b, rng, place)}" for i, (t, b) in enumerate(LEVEL3)]
    l2 = _level2(measures, rng, place)
    paras = [f"{superior}：",
             f"{year}年，{place}坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，"
             f"认真落实《法治政府建设实施纲要（2021—2025年）》，法治政府建设取得新成效。"
             f"现将有关情况报告如下：",
             f"一、{year}年度推进法治政府建设的主要举措和成效",
             *l2[:2], *level3, *l2[2:]]
    level1 = ["measures"]
    numerals = iter("二三四五")
    if not short:
        paras += [f"{next(numerals)}、党政主要负责人履行推进法治建设第一责任人职责情况",
                  *(_fill(p, rng, place) for p in LEADERSHIP)]
        level1.append("leadership")
    paras += [f"{next(numerals)}、存在的不足和原因", rng.choice(SHORTCOMINGS),
              f"{next(numerals)}、{year + 1}年度推进法治政府建设的主要安排",
              f"{year + 1}年，{place}将重点做好以下工作：", *_level2(plans, rng, place),
              "特此报告。", signer, f"{year + 1}年{rng.choice(CLOSING_DATES)}"]
    level1 += ["shortcomings", "plans"]
    sections = len(level1) + len(measures) + len(level3) + len(plans)
    return Report(paras, sections, level1)


def interpretation(place: str, year: int) -> list[str]:
    return [f"近日，《{place}{year}年度法治政府建设情况报告》正式公开发布。"
            "为便于公众理解，现解读如下：",
            "一、报告的主要内容",
            f"报告总结了{year}年度推进法治政府建设的主要举措和成效、存在的不足和原因，"
            "以及下一年度的主要安排。",
            "二、报告的主要亮点",
            "行政执法更加规范，行政复议主渠道作用进一步发挥，政务公开水平持续提升。"]


def disclosure(place: str, year: int) -> list[str]:
    return ["本报告根据《中华人民共和国政府信息公开条例》要求编制，全文包括总体情况、"
            "主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况等。",
            "一、总体情况",
            f"{year}年，{place}认真贯彻落实政府信息公开条例，不断提升政务公开质量。",
            "二、主动公开政府信息情况", "全年主动公开政府信息3126条。",
            "三、存在的主要问题及改进情况", "政策解读形式还不够丰富，下一步将加强图解、视频解读。"]


def plan(place: str, year: int) -> list[str]:
    return [f"为深入推进{year}年{place}法治政府建设，制定本工作要点。",
            "一、深入学习贯彻习近平法治思想", "二、依法全面履行政府职能",
            "三、严格规范公正文明执法", "四、强化行政权力制约和监督",
            "各单位要对照本要点抓好落实，于12月底前报送工作情况。"]


def notice(place: str, year: int) -> list[str]:
    return ["各乡镇人民政府、街道办事处，各有关单位：",
            f"为做好{year}年度法治政府建设工作总结，现将有关事项通知如下：",
            "一、请各单位于规定时间前报送本单位工作情况。",
            "二、材料报送联系人及电话见附件。", f"{place}司法局"]


def news(place: str, topic: str) -> list[str]:
    return [f"近日，{place}召开{topic}。会议传达学习了上级有关会议精神，听取了各单位工作汇报。",
            "会议强调，要坚持以习近平法治思想为指导，推动各项工作落地见效。",
            "各乡镇（街道）、县直有关单位主要负责同志参加会议。"]
