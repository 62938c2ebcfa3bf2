"""Sentence pools for round 19's fictional report texts and non-report articles.

A report is a list of (kind, text) blocks: "h1" (一、 headings), "h2" (（一） headings, each
its own paragraph), "p" (body). `standard` has four 一、 parts (measures, leadership,
shortcomings, plans), `short` no leadership part; `sections` counts h1 + h2 blocks.
"""

from __future__ import annotations

import random

CN_NUM = "一二三四五六七八九十"

MEASURES = [
    "坚持高位推动，统筹谋划法治政府建设",
    "深化“放管服”改革，持续优化法治化营商环境",
    "健全依法决策机制，提升行政决策质量",
    "严格规范公正文明执法，深化行政执法体制改革",
    "强化行政权力制约监督，自觉接受各方监督",
    "依法化解社会矛盾纠纷，发挥行政复议主渠道作用",
]
PLANS = [
    "持续加强党对法治政府建设的领导",
    "着力提升行政执法规范化水平",
    "深入推进行政复议体制改革",
    "加强法治宣传教育和队伍建设",
]
BODY = [
    "一是制定年度法治政府建设工作要点，明确{n}项重点任务，逐项落实责任单位和完成时限。",
    "二是全年召开常务会议专题研究法治工作{n}次，审议通过规范性文件{n}件。",
    "三是落实行政执法公示、执法全过程记录、重大执法决定法制审核制度，全年办理行政处罚案件{n}件。",
    "一是开展行政执法案卷评查，抽查案卷{n}卷，督促整改问题{n}个。",
    "二是全年收到行政复议申请{n}件，依法受理{n}件，审结率达到百分之百。",
    "三是推行“互联网＋监管”，开展“双随机、一公开”抽查{n}次。",
    "一是完善重大行政决策程序，对{n}项重大事项开展合法性审查。",
    "二是聘请法律顾问{n}名，实现政府部门法律顾问全覆盖。",
]
LEADER = ("政府主要负责人认真履行推进法治建设第一责任人职责，全年主持召开专题会议{n}次，"
          "带头开展述法，带头尊法学法守法用法。")
SHORT = [
    "一是部分单位对法治政府建设重要性认识不足，统筹推进力度有待加强。",
    "二是基层行政执法力量相对薄弱，执法人员专业素养有待提升。",
    "三是法治宣传教育的针对性和实效性还需进一步增强。",
]


def report_blocks(place: str, gov: str, year: int, kind: str, seed: int) -> list[tuple[str, str]]:
    """The body of `gov`'s report about `year` (`kind` standard or short)."""
    rng = random.Random(seed)

    def body(count: int) -> list[tuple[str, str]]:
        return [("p", s.format(n=rng.randint(3, 60))) for s in rng.sample(BODY, count)]

    unit = place[-1:] if place[-1:] and place[-1:] in "县区市" else "市"
    blocks: list[tuple[str, str]] = [("p", f"{unit}委、{unit}人民政府：")]
    blocks.append(("p", f"{year}年，{gov}坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻"
                        f"习近平法治思想，扎实推进法治政府建设各项工作。现将有关情况报告如下："))
    parts = [("主要举措和成效", "m"), ("党政主要负责人履行推进法治建设第一责任人职责情况", "l"),
             ("存在的不足和原因", "s"), (f"{year + 1}年工作打算", "p")]
    if kind == "short":
        parts = [p for p in parts if p[1] != "l"]
    for i, (head, tag) in enumerate(parts):
        blocks.append(("h1", f"{CN_NUM[i]}、{head}"))
        if tag == "m":
            for j, sub in enumerate(rng.sample(MEASURES, 4)):
                blocks.append(("h2", f"（{CN_NUM[j]}）{sub}"))
                blocks.extend(body(2))
        elif tag == "l":
            blocks.append(("p", LEADER.format(n=rng.randint(3, 9))))
        elif tag == "s":
            blocks.append(("p", "在肯定成绩的同时，我们也清醒地认识到还存在一些问题和不足："))
            blocks.extend(("p", s) for s in SHORT)
        else:
            for j, sub in enumerate(PLANS[:3]):
                blocks.append(("h2", f"（{CN_NUM[j]}）{sub}"))
                blocks.extend(body(1))
    blocks.append(("p", "特此报告。"))
    blocks.append(("p", gov))
    blocks.append(("p", f"{year + 1}年{rng.randint(1, 3)}月{rng.randint(1, 28)}日"))
    return blocks


def sections(blocks: list[tuple[str, str]]) -> int:
    return sum(1 for kind, _ in blocks if kind in ("h1", "h2"))


def level1(kind: str) -> list[str]:
    return ["measures", "shortcomings", "plans"] if kind == "short" else [
        "measures", "leadership", "shortcomings", "plans"]


def article_blocks(title: str, gov: str, seed: int, why: str = "") -> list[tuple[str, str]]:
    """A body for a non-report item, by what it is (解读, 年报, 通知, news)."""
    rng = random.Random(seed)
    n = rng.randint(3, 30)
    if why == "interpretation":
        lines = [f"近日，{gov}公开发布了{title.removesuffix('解读')}。"
                 "为便于公众理解，现就有关内容解读如下。",
                 "一、报告的总体框架",
                 "报告共分为主要举措和成效、存在的不足和原因、下一年度工作打算等部分。",
                 "二、报告的主要亮点",
                 f"全年共完成法治政府建设重点任务{n}项，行政复议体制改革取得新进展。"]
    elif why == "disclosure_report":
        lines = ["本报告根据《中华人民共和国政府信息公开条例》和国务院办公厅"
                 "政府信息与政务公开办公室有关要求编制。", "一、总体情况",
                 f"全年主动公开政府信息{n * 37}条，受理依申请公开{n}件。",
                 "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                 "四、存在的主要问题及改进情况"]
    elif title.startswith("关于报送"):
        lines = ["各乡镇人民政府（街道办事处），各有关单位：",
                 f"根据上级有关要求，请各单位于{rng.randint(1, 2)}月{n}日前将本单位"
                 "法治政府建设情况报告报送司法局，并按规定向社会公开。", "特此通知。"]
    else:
        lines = [f"近日，{gov}围绕“{title[:14]}”相关工作作出部署。",
                 f"会议强调，要坚持依法行政，全年计划开展专项活动{n}场次。",
                 "各单位要提高思想认识，压实工作责任，确保各项任务落到实处。"]
    return [("p", s) for s in lines]
