"""Sentence pools for round 25's fictional report texts and non-report articles.

A report is a list of (kind, text) lines: 'p' body text, 'h1' a 一、 heading, 'h2' a （一）
heading (each its own paragraph), 'sign' the closing lines. `standard` has the leadership part
(4 level-1 + 5 + 3 level-2 = 12 headings), `short` has not (3 + 5 + 3 = 11).
"""

from __future__ import annotations

import random

CN_NUM = "一二三四五六七八九十"

MEASURES = [
    "深入学习贯彻习近平法治思想，扎实推进法治政府建设",
    "依法全面履行政府职能，持续优化法治化营商环境",
    "完善依法行政制度体系，提高规范性文件质量",
    "推进严格规范公正文明执法，全面落实行政执法三项制度",
    "强化行政权力制约和监督，依法化解社会矛盾纠纷",
    "健全重大行政决策程序，提升决策科学化水平",
    "发挥行政复议主渠道作用，推动行政争议实质性化解",
]
PLANS = [
    "持续抓好法治政府建设示范创建",
    "着力提升行政执法质量和效能",
    "深化法治宣传教育和法治文化建设",
    "加强法治工作队伍建设",
]
BODY = [
    "全年共审查规范性文件{a}件，提出修改意见{b}条，备案审查率达到100%。",
    "一是健全行政执法公示、执法全过程记录、重大执法决定法制审核制度，组织开展行政执法案卷评查{a}卷。",
    "二是推行包容审慎监管，制定不予处罚和减轻处罚事项清单{b}项，做到宽严相济、法理相融。",
    "全年办理行政复议案件{a}件，纠错率{b}%，行政机关负责人出庭应诉率保持100%。",
    "组织领导干部旁听庭审、集体学法{b}次，将法治建设情况纳入年度绩效考核。",
    "深化“放管服”改革，{a}项政务服务事项实现“一网通办”，群众办事更加便捷。",
    "完善矛盾纠纷多元化解机制，全年调解各类矛盾纠纷{a}件，调解成功率{b}%。",
    "落实“谁执法谁普法”普法责任制，开展送法进社区、进企业活动{b}场次。",
    "严格执行重大行政决策程序规定，对{b}项重大行政决策事项开展合法性审查。",
    "加强行政执法协调监督工作体系建设，开展行政执法监督检查{b}次。",
]
SHORTCOMINGS = [
    "一是部分行政执法人员法治意识和执法能力有待进一步提升；二是基层法治建设力量相对薄弱，"
    "法治人才队伍建设仍需加强；三是法治宣传教育的针对性和实效性还需进一步增强。",
]
LEADERSHIP = [
    "政府主要负责人认真履行推进法治建设第一责任人职责，召开政府常务会议专题研究法治政府建设"
    "工作{b}次，带头开展会前学法，及时研究解决法治建设中的重要问题。",
]


def _fill(rng: random.Random, text: str) -> str:
    return text.format(a=rng.randint(20, 480), b=rng.randint(3, 96))


def report_lines(gov: str, superior: str, year: int, variant: str, seed: int,
                 sign_date: str) -> list[tuple[str, str]]:
    """One report's lines; `variant` is 'standard' or 'short'."""
    rng = random.Random(seed)
    lines: list[tuple[str, str]] = [("p", f"{superior}：")]
    lines.append(("p", _fill(rng, f"{year}年，{gov}坚持以习近平新时代中国特色社会主义思想为指导，"
                         "全面贯彻落实党中央、国务院关于法治政府建设的决策部署，"
                         "各项工作取得新成效。现将有关情况报告如下：")))
    parts = [(f"{year}年度推进法治政府建设的主要举措和成效", rng.sample(MEASURES, 5))]
    if variant == "standard":
        parts.append(("党政主要负责人履行推进法治建设第一责任人职责情况", []))
    parts.append(("存在的不足和原因", []))
    parts.append((f"{year + 1}年度推进法治政府建设的主要安排", rng.sample(PLANS, 3)))
    for i, (head, subs) in enumerate(parts):
        lines.append(("h1", f"{CN_NUM[i]}、{head}"))
        if "第一责任人" in head:
            lines.append(("p", _fill(rng, LEADERSHIP[0])))
        if head.startswith("存在"):
            lines.append(("p", SHORTCOMINGS[0]))
        for j, sub in enumerate(subs):
            lines.append(("h2", f"（{CN_NUM[j]}）{sub}"))
            for sentence in rng.sample(BODY, 2):
                lines.append(("p", _fill(rng, sentence)))
    lines.append(("p", "特此报告。"))
    lines.append(("sign", gov))
    lines.append(("sign", sign_date))
    return lines


def headings(variant: str) -> int:
    return 12 if variant == "standard" else 11


LEVEL1 = {"standard": ["measures", "leadership", "shortcomings", "plans"],
          "short": ["measures", "shortcomings", "plans"]}


def lines_html(lines: list[tuple[str, str]]) -> str:
    out = []
    for kind, text in lines:
        if kind == "h1":
            out.append(f'<p style="text-indent:2em;"><strong>{text}</strong></p>')
        elif kind == "sign":
            out.append(f'<p style="text-align:right;">{text}</p>')
        else:
            out.append(f'<p style="text-indent:2em;">{text}</p>')
    return "\n".join(out)


def lines_text(lines: list[tuple[str, str]]) -> list[str]:
    return [text for _, text in lines]


def filler_html(title: str, seed: int) -> str:
    """The body of a non-report article: three plain paragraphs on its subject."""
    rng = random.Random(seed)
    paras = [f"近日，{title.split('关于')[0] or '我县'}相关工作有序开展。",
             _fill(rng, rng.choice(BODY)),
             "下一步，将持续巩固工作成效，推动各项任务落实落细。"]
    return "\n".join(f'<p style="text-indent:2em;">{p}</p>' for p in paras)
