"""Fictional report texts for held-out round 11, from sentence pools (deterministic).

A report is a list of paragraphs: salutation, opening, 一、/（一） headings each their own
paragraph with body text (一是/二是), 特此报告, signer, date. `standard` has the leadership part
(4 + 9 = 13 headings), `short` has not (3 + 7 = 10 headings).
"""
from __future__ import annotations

import random

OPENINGS = [
    "{year}年，{gov}坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，"
    "全面落实《法治政府建设实施纲要（2021—2025年）》，法治政府建设取得新成效。现将有关情况报告如下：",
    "{year}年，在{up}的坚强领导下，{gov}认真贯彻党中央、国务院关于法治政府建设的决策部署，"
    "统筹推进依法行政各项工作。现将{year}年度法治政府建设情况报告如下：",
]
MEASURE_HEADS = ["（一）坚持党的领导，健全法治政府建设推进机制", "（二）深化“放管服”改革，持续优化法治化营商环境",
                 "（三）健全依法决策机制，提升行政决策公信力", "（四）严格规范公正文明执法，提升行政执法质量",
                 "（五）强化行政权力制约监督，依法化解矛盾纠纷"]
LEAD_HEADS = ["（一）带头学法用法，履行第一责任人职责", "（二）定期听取法治建设工作汇报，研究解决重大问题"]
PLAN_HEADS = ["（一）持续深化法治政府建设示范创建", "（二）着力提升行政执法和行政复议工作水平"]
BODIES = [
    "一是制定年度法治政府建设工作要点，明确{n}项重点任务，逐项压实责任。二是将法治建设纳入绩效考核，权重提高到{p}%。",
    "一是全面推行证明事项告知承诺制，取消证明材料{n}项。二是清理涉企规范性文件{p}件，修改{n2}件。",
    "一是落实重大行政决策合法性审查，审查决策事项{n}件。二是聘请法律顾问{p}名，出具法律意见书{n2}份。",
    "一是全面落实行政执法“三项制度”，开展行政执法案卷评查{n}卷。二是推行包容审慎监管，办理“首违不罚”案件{p}件。",
    "一是办理行政复议案件{n}件，纠错率{p}%。二是人民调解组织调处矛盾纠纷{n2}件，调解成功率98%以上。",
    "一是主持召开常务会议专题学法{n}次。二是带头出庭应诉行政诉讼案件{p}件，行政机关负责人出庭应诉率100%。",
]
SHORT_BODY = ("对照法治政府建设要求，我{kind}工作仍存在一些不足：一是部分行政执法人员执法能力有待提升；"
              "二是基层法治力量相对薄弱；三是法治宣传教育的针对性还需加强。主要原因是对法治建设的重要性认识还不够深入。")
PLAN_BODY = "一是对标对表示范创建指标体系，补齐短板弱项。二是加强执法人员培训轮训，全年培训不少于{n}人次。"


def report_paragraphs(gov: str, up: str, year: int, kind: str, seed: int, date: str) -> list[str]:
    """Paragraphs of one report about `year`: headings are their own paragraphs."""
    rnd = random.Random(seed)
    fill = {"gov": gov, "up": up, "year": year, "kind": "县" if "县" in gov else "区"}

    def body(pool_index: int) -> str:
        return BODIES[pool_index % len(BODIES)].format(
            n=rnd.randint(12, 90), p=rnd.randint(3, 40), n2=rnd.randint(5, 60))
    out = [f"{up}：", rnd.choice(OPENINGS).format(**fill), "一、推进法治政府建设的主要举措和成效"]
    for i, head in enumerate(MEASURE_HEADS):
        out += [head, body(i + seed)]
    part = 2
    numerals = "一二三四"
    if kind == "standard":
        out.append(f"{numerals[part - 1]}、党政主要负责人履行推进法治建设第一责任人职责情况")
        out += [LEAD_HEADS[0], BODIES[5].format(n=rnd.randint(3, 9), p=rnd.randint(2, 6), n2=0),
                LEAD_HEADS[1], body(seed + 2)]
        part += 1
    out += [f"{numerals[part - 1]}、推进法治政府建设存在的不足和原因", SHORT_BODY.format(**fill),
            f"{numerals[part]}、{year + 1}年度推进法治政府建设的主要安排"]
    out += [PLAN_HEADS[0], PLAN_BODY.format(n=rnd.randint(200, 900)), PLAN_HEADS[1], body(seed + 3)]
    out += ["特此报告。", gov, date]
    return out


def headings(kind: str) -> int:
    """Headings (一、 and （一）) in a report of this kind."""
    return 13 if kind == "standard" else 10


def level1(kind: str) -> list[str]:
    """The level-1 categories of a report of this kind, in order."""
    return (["measures", "leadership", "shortcomings", "plans"] if kind == "standard"
            else ["measures", "shortcomings", "plans"])


def filler(title: str, seed: int) -> list[str]:
    """Body of a non-report article (notice, news, 解读, disclosure report)."""
    rnd = random.Random(seed)
    return [f"{title}。", "为深入贯彻落实上级部署，现将有关事项通知（报道）如下。",
            f"会议（活动）共有{rnd.randint(30, 200)}人参加，各相关单位负责同志出席。",
            "下一步，各单位要进一步提高政治站位，抓好贯彻落实。"]
