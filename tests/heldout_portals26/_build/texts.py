"""Sentence pools for round 26's fictional report texts and non-report articles.

A report is a list of (kind, text) paragraphs: "p" body text, "h1" a 一、 heading, "h2" a （一）
heading (its own paragraph, a run-in sentence after it). `standard` has the four parts (measures,
leadership, shortcomings, plans: 4 + 4 + 3 = 11 headings), `short` no leadership part (10).
"""

from __future__ import annotations

import random

MEASURES = [
    ("坚持党的领导，完善法治政府建设推进机制",
     "把法治政府建设纳入经济社会发展总体规划，制定年度工作要点，明确责任单位和完成时限。"),
    ("深化“放管服”改革，依法全面履行政府职能",
     "动态调整权责清单，推行证明事项告知承诺制，政务服务事项网上可办率进一步提升。"),
    ("健全依法决策机制，提升行政决策质量",
     "严格落实重大行政决策程序规定，重大决策事项全部经过合法性审查和集体讨论决定。"),
    ("严格规范公正文明执法，提升行政执法质效",
     "全面落实行政执法公示、执法全过程记录、重大执法决定法制审核制度，开展行政执法案卷评查。"),
    ("强化行政权力制约监督，推进政务公开",
     "自觉接受人大法律监督和政协民主监督，按时办理建议提案，主动公开政府信息。"),
    ("依法化解社会矛盾纠纷，发挥行政复议主渠道作用",
     "畅通行政复议申请渠道，依法受理行政复议案件，行政机关负责人出庭应诉率保持在较高水平。"),
]
PLANS = [
    ("持续深入学习贯彻习近平法治思想",
     "把习近平法治思想纳入政府常务会议学法和领导干部培训的重要内容。"),
    ("着力提升行政执法规范化水平",
     "深化行政执法体制改革，加强执法人员培训考核，推行包容审慎监管。"),
    ("加快推进数字法治政府建设",
     "推动政务数据共享应用，提升“互联网+监管”和政务服务数字化水平。"),
    ("扎实做好行政复议和应诉工作",
     "落实新修订的行政复议法，提升案件办理质量，加强行政复议规范化建设。"),
]
FILLER = [
    "全年共审查各类规范性文件{n}件，提出修改意见{m}条。",
    "组织开展行政执法人员专题培训{n}期，参训人员{m}人次。",
    "全年办结行政复议案件{n}件，依法纠错{m}件。",
    "深入开展“八五”普法，举办法治讲座{n}场，覆盖群众{m}余人。",
    "清理涉及营商环境的规章和规范性文件{n}件，修改废止{m}件。",
    "政府法律顾问参与重大事项论证{n}次，出具法律意见书{m}份。",
]
LEADERSHIP = [
    "政府主要负责同志认真履行推进法治建设第一责任人职责，主持召开政府常务会议专题研究法治政府建设工作{n}次。",
    "坚持重大问题亲自过问、重要环节亲自协调、重要任务亲自督办，带头尊法学法守法用法。",
]
SHORTCOMINGS = [
    "一是部分单位对法治政府建设的重要性认识不够，工作推进不平衡。",
    "二是基层行政执法力量相对薄弱，执法人员专业素质有待提升。",
    "三是运用法治思维和法治方式解决问题的能力还需进一步增强。",
]


def _filler(rng: random.Random) -> str:
    return rng.choice(FILLER).format(n=rng.randint(12, 96), m=rng.randint(3, 40))


def report_paragraphs(gov: str, salutation: str, year: int, kind: str, seed: int,
                      signed: str) -> list[tuple[str, str]]:
    """The paragraphs of `gov`'s report about `year` (signed on `signed`, e.g. 2025年3月12日)."""
    rng = random.Random(seed)
    out: list[tuple[str, str]] = [("p", salutation)]
    out.append(("p", f"{year}年，{gov}坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻"
                     f"习近平法治思想，全面推进依法行政，法治政府建设取得新成效。现将有关情况报告如下："))
    numerals = "一二三四"
    part = 0
    out.append(("h1", f"{numerals[part]}、{year}年推进法治政府建设的主要举措和成效"))
    for index, (head, body) in enumerate(rng.sample(MEASURES, 4)):
        out.append(("h2", f"（{numerals[index]}）{head}"))
        out.append(("p", body + _filler(rng) + _filler(rng)))
    part += 1
    if kind == "standard":
        out.append(("h1", f"{numerals[part]}、党政主要负责人履行推进法治建设第一责任人职责情况"))
        out.append(("p", LEADERSHIP[0].format(n=rng.randint(3, 8)) + LEADERSHIP[1]))
        part += 1
    out.append(("h1", f"{numerals[part]}、存在的不足和原因"))
    out.append(("p", "".join(SHORTCOMINGS)))
    part += 1
    out.append(("h1", f"{numerals[part]}、{year + 1}年推进法治政府建设的主要安排"))
    for index, (head, body) in enumerate(rng.sample(PLANS, 3)):
        out.append(("h2", f"（{numerals[index]}）{head}"))
        out.append(("p", body + _filler(rng)))
    out.append(("p", "特此报告。"))
    out.append(("sign", gov))
    out.append(("sign", signed))
    return out


def sections_of(kind: str) -> int:
    return 11 if kind == "standard" else 10


def level1_of(kind: str) -> list[str]:
    if kind == "standard":
        return ["measures", "leadership", "shortcomings", "plans"]
    return ["measures", "shortcomings", "plans"]


NOTE_BODY = {
    "interpretation": ["为便于社会公众了解{gov}法治政府建设年度报告的主要内容，现解读如下。",
                       "报告共分为四个部分，全面回顾了一年来的主要举措和成效。"],
    "disclosure_report": ["本报告根据《中华人民共和国政府信息公开条例》要求编制。",
                          "全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况等内容。"],
    "not_a_report": ["近日，{gov}召开会议，总结工作成效，部署下一阶段重点任务。",
                     "会议要求，各单位要提高政治站位，压实工作责任，确保各项任务落地见效。"],
}


def note_paragraphs(gov: str, why: str) -> list[str]:
    return [line.format(gov=gov) for line in NOTE_BODY[why]]
