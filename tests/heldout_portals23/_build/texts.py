"""Sentence pools for round 23's fictional reports and non-report articles (seeded, deterministic)."""

from __future__ import annotations

import random

MEASURES = [
    "（一）坚持党的领导，统筹推进法治政府建设。",
    "（二）依法全面履行政府职能，持续优化法治化营商环境。",
    "（三）严格规范公正文明执法，全面落实行政执法“三项制度”。",
    "（四）发挥行政复议化解行政争议主渠道作用，依法做好行政应诉工作。",
]
PLANS = [
    "（一）深入学习贯彻习近平法治思想，压实法治建设第一责任人职责。",
    "（二）持续提升行政执法质量，深化行政执法协调监督工作体系建设。",
    "（三）加强法治宣传教育，营造办事依法、遇事找法的良好氛围。",
]
BODY = [
    "一是健全工作机制，将法治政府建设纳入经济社会发展总体规划和年度工作计划，同部署、同推进、同考核。",
    "二是加强督促检查，组织开展法治政府建设专项督察，对发现的问题建立台账、限期整改。",
    "三是强化考核评价，将法治建设成效作为衡量各级领导班子和领导干部工作实绩的重要内容。",
    "全年办理行政复议案件{n1}件，审结{n2}件，行政机关负责人出庭应诉率达到100%。",
    "组织行政执法人员专题培训{n3}期，开展行政执法案卷评查，抽查案卷{n4}卷，通报问题{n5}类。",
    "严格落实重大行政决策程序，对{n3}项重大行政决策事项开展合法性审查，做到应审尽审。",
    "深化“放管服”改革，政务服务事项网上可办率达到{n6}%，“一网通办”能力不断提升。",
    "落实“谁执法谁普法”普法责任制，开展“宪法宣传周”“民法典宣传月”等主题活动{n4}场次。",
]
SHORT = [
    "对标对表上级要求，我{unit}法治政府建设仍存在一些不足：一是部分领导干部运用法治思维和法治方式推动工作的能力有待提升；二是基层行政执法力量相对薄弱，执法规范化水平还需进一步提高；三是法治宣传教育的针对性和实效性有待加强。",
]
LEADER = (
    "{unit}政府主要负责人认真履行推进法治建设第一责任人职责，年内主持召开政府常务会议专题研究法治政府建设工作{n5}次，"
    "带头参加政府常务会议会前学法，对法治建设重要工作亲自部署、重大问题亲自过问、重点环节亲自协调、重要任务亲自督办。"
)


def numbers(rng: random.Random) -> dict[str, int]:
    return {"n1": rng.randint(40, 180), "n2": rng.randint(30, 150), "n3": rng.randint(3, 12),
            "n4": rng.randint(60, 300), "n5": rng.randint(3, 9), "n6": rng.randint(90, 99)}


def report_paragraphs(place: str, gov: str, year: int, salutation: str) -> list[str]:
    """A report's paragraphs: salutation, opening, 4 level-1 and 7 （一） headings (sections 11),
    body text, 特此报告, signer and date."""
    rng = random.Random(f"{place}{year}")
    unit = gov[len(place):] if gov.startswith(place) else gov
    short_unit = {"人民政府": "县" if place.endswith("县") else place[-1]}.get(unit, place[-1])
    fill = numbers(rng)

    def body() -> str:
        return rng.choice(BODY).format(**fill)

    out = [salutation,
           f"{year}年，{gov}坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，"
           f"认真落实《法治政府建设实施纲要（2021—2025年）》，扎实推进法治政府建设各项工作。现将有关情况报告如下：",
           f"一、{year}年推进法治政府建设的主要举措和成效"]
    for head in MEASURES:
        out += [head, body(), body()]
    out += ["二、党政主要负责人履行推进法治建设第一责任人职责情况",
            LEADER.format(unit=place, **fill),
            "三、存在的不足和原因",
            SHORT[0].format(unit=short_unit),
            f"四、{year + 1}年推进法治政府建设的主要安排"]
    for head in PLANS:
        out += [head, body()]
    out += ["特此报告。", gov, f"{year + 1}年{rng.randint(1, 3)}月{rng.randint(2, 27)}日"]
    return out


NON_REPORTS = [
    # (title template, why, year offset)
    ("《{report}》解读", "interpretation"),
    ("{gov}{y}年政府信息公开工作年度报告", "disclosure_report"),
    ("{place}{y1}年法治政府建设工作要点", "not_a_report"),
    ("关于报送{y}年度法治政府建设情况报告的通知", "not_a_report"),
    ("{place}召开{y1}年全面依法治{short}委员会会议", "not_a_report"),
    ("{place}法治政府建设实施方案（2021—2025年）", "not_a_report"),
    ("{place}2023—2024年度法治宣传教育工作总结", "not_a_report"),
    ("{place}开展“宪法宣传周”集中宣传活动", "not_a_report"),
]


def non_report_paragraphs(title: str, place: str) -> list[str]:
    rng = random.Random(title)
    fill = numbers(rng)
    return [f"{title}。",
            f"近日，{place}围绕{title.strip('《》')}相关工作作出安排，要求各单位提高思想认识，认真抓好落实。",
            rng.choice(BODY).format(**fill),
            rng.choice(BODY).format(**fill)]
