"""Fictional report and non-report texts for round 10, from sentence pools (deterministic).

A report: salutation, opening paragraph, 一、 (measures, four （一） headings), 二、 (the leading
officials' duties, two; left out of a `short` report), 三、 (shortcomings, no sub-headings),
四、 (plans, three), 特此报告, signer and date. Every heading is its own paragraph.
"""

from __future__ import annotations

import random

MEASURE_HEADS = [
    "坚持党的领导，统筹推进法治政府建设",
    "深化“放管服”改革，持续优化法治化营商环境",
    "健全依法决策机制，提升行政决策公信力",
    "严格规范公正文明执法，全面推行行政执法三项制度",
    "强化行政权力制约和监督，自觉接受各方面监督",
    "依法有效化解社会矛盾纠纷，发挥行政复议主渠道作用",
    "加强法治宣传教育，营造尊法学法守法用法氛围",
]
LEAD_HEADS = ["带头学法用法，切实履行第一责任人职责", "统筹谋划部署，压实法治建设责任"]
PLAN_HEADS = [
    "持续深化法治政府示范创建",
    "进一步规范行政执法行为",
    "加强法治工作队伍建设",
    "深入推进行政复议体制改革",
]
BODY = [
    "全年召开政府常务会议{n}次，专题研究法治政府建设工作{m}次，审议规范性文件{k}件。",
    "一是完善行政执法公示制度，在政府门户网站公开执法主体{n}个、执法事项{k}项；二是落实执法全过程记录，配备执法记录仪{m}台。",
    "全年办理行政复议案件{n}件，审结{m}件，纠错率{k}%；行政诉讼案件{m}件，行政机关负责人出庭应诉率100%。",
    "制定重大行政决策事项目录，{m}项重大决策全部履行公众参与、专家论证、风险评估、合法性审查和集体讨论决定程序。",
    "开展规范性文件清理，废止{m}件，修改{k}件，向县人大常委会报备{n}件，报备率、及时率、规范率均为100%。",
    "组织“宪法宣传周”“民法典宣传月”等主题活动{n}场次，受众{k}万余人次。",
    "推行“一网通办”，政务服务事项网上可办率达{k}%，“最多跑一次”事项{n}项。",
    "人民调解组织调解矛盾纠纷{n}件，调解成功率{k}%，公共法律服务实体平台实现乡镇全覆盖。",
]
SHORTCOMINGS = (
    "对照法治政府建设实施纲要要求，我{unit}法治政府建设工作仍存在一些不足：一是部分执法人员"
    "法治意识和执法能力有待提升；二是基层法治力量较为薄弱，乡镇合法性审查工作仍需加强；"
    "三是法治宣传的针对性和实效性还需增强。"
)
OPENING = (
    "{year}年，{unit}坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，"
    "认真落实《法治政府建设实施纲要（2021—2025年）》，各项工作取得积极成效。现将有关情况报告如下："
)


def _body(rng: random.Random) -> str:
    return rng.choice(BODY).format(
        n=rng.randint(3, 60), m=rng.randint(2, 30), k=rng.randint(60, 99)
    )


def report_paragraphs(
    unit: str, superior: str, year: int, date: str, seed: int, short: bool = False
) -> list[str]:
    """The paragraphs of one report (the heading structure is in the module docstring)."""
    rng = random.Random(seed)
    out = [f"{superior}：", OPENING.format(year=year, unit=unit)]
    parts: list[tuple[str, list[str]]] = [
        (f"{year}年度推进法治政府建设的主要举措和成效", rng.sample(MEASURE_HEADS, 4))
    ]
    if not short:
        parts.append(("党政主要负责人履行推进法治建设第一责任人职责情况", LEAD_HEADS))
    parts += [("存在的不足和原因", []), (f"{year + 1}年推进法治政府建设的主要安排", PLAN_HEADS[:3])]
    for number, (head, subs) in zip("一二三四", parts, strict=False):
        out.append(f"{number}、{head}")
        if not subs:
            out.append(SHORTCOMINGS.format(unit=unit[2]))
        for sub_number, sub in zip("一二三四", subs, strict=False):
            out += [f"（{sub_number}）{sub}", _body(rng), _body(rng)]
    return out + ["特此报告。", unit, date]


def report_sections(short: bool) -> tuple[int, list[str]]:
    """Section count (level 1 and 2 headings) and level-1 categories of a report."""
    if short:
        return 10, ["measures", "shortcomings", "plans"]
    return 13, ["measures", "leadership", "shortcomings", "plans"]


def other_paragraphs(title: str, unit: str, seed: int) -> list[str]:
    """A non-report's text: a few sentences about `title`."""
    rng = random.Random(seed)
    return [
        f"近日，{unit}围绕“{title}”相关工作作出安排部署。",
        _body(rng),
        _body(rng),
        "下一步，将持续抓好各项任务落实，不断提升依法行政水平。",
    ]
