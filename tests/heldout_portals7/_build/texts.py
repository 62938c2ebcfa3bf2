"""Report texts for held-out round 7: fictional reports built from sentence pools.

A report is a salutation, an opening, level-1 parts 一、… each with
（一）… level-2 items (a run-in title ending at the first 。, then 一是/二是
body text), 特此报告, signer and date. The number of headings (level 1 +
level 2) is what expected.json calls `sections`; `level1` is the category
of each 一、 part.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

# (category, heading template) of the level-1 parts; {y} is the report year, {n} the next year.
PARTS = {
    "standard": [("measures", "{y}年推进法治政府建设的主要举措和成效"),
                 ("leadership", "党政主要负责人履行推进法治建设第一责任人职责情况"),
                 ("shortcomings", "推进法治政府建设存在的不足和原因"),
                 ("plans", "{n}年推进法治政府建设的主要安排")],
    "short": [("measures", "{y}年法治政府建设工作情况"),
              ("shortcomings", "存在的问题"),
              ("plans", "下一步工作打算")],
}
MEASURES = ["坚持党的领导，统筹推进法治政府建设",
            "深化“放管服”改革，持续优化法治化营商环境",
            "健全依法行政制度体系，提高规范性文件质量",
            "严格规范公正文明执法，全面落实行政执法三项制度",
            "加强行政复议和应诉工作，推动矛盾纠纷实质性化解",
            "强化行政权力制约监督，推进政务公开"]
LEADERSHIP = ["主要负责人带头学法用法，切实履行第一责任人职责",
              "把法治政府建设纳入年度工作要点和考核内容"]
SHORTCOMINGS = ["基层行政执法人员专业素质有待进一步提升", "行政复议案件办理质效仍需提高",
                "法治宣传教育的针对性和实效性还不够强"]
PLANS = ["深入学习贯彻习近平法治思想，压实法治建设责任", "持续提升行政执法规范化水平",
         "加快推进行政复议体制改革落地见效"]
P = '<p style="text-indent:2em;">'   # the editor's paragraph
POOLS = {"measures": MEASURES, "leadership": LEADERSHIP, "shortcomings": SHORTCOMINGS,
         "plans": PLANS}
BODY = ["一是召开专题会议研究部署法治政府建设重点任务，全年开展集中学法{k}次。",
        "二是完善重大行政决策程序，对{k}项重大行政决策事项开展合法性审查。",
        "三是组织行政执法人员参加公共法律知识培训考试，参考率达到100%。",
        "全年办理行政复议案件{k}件，行政机关负责人出庭应诉率100%。",
        "累计清理规范性文件{k}件，修改{m}件，废止{m}件。",
        "开展行政执法案卷评查，抽查案卷{k}卷，发现问题均已督促整改。"]


@dataclass(frozen=True)
class Report:
    title: str
    paragraphs: list[tuple[str, str]]  # (kind, text): kind "h1", "h2" or "p"
    sections: int
    level1: list[str]


def report(place: str, publisher: str, year: int, title: str, variant: str = "standard",
           seed: int = 0, salutation: str = "") -> Report:
    """The fictional report of `publisher` for `year` (published in year + 1)."""
    rng = random.Random(f"{place}{year}{seed}")
    paras: list[tuple[str, str]] = [("p", salutation or f"{place}委、{place}人民政府：")]
    paras.append(("p", f"{year}年，{publisher}坚持以习近平新时代中国特色社会主义思想为指导，"
                       "全面贯彻落实《法治政府建设实施纲要（2021—2025年）》，现将有关情况报告如下："))
    parts = PARTS[variant]
    numerals = "一二三四五六"
    headings = 0
    for i, (category, template) in enumerate(parts):
        paras.append(("h1", f"{numerals[i]}、{template.format(y=year, n=year + 1)}"))
        headings += 1
        pool = POOLS[category]
        count = min(len(pool), 3 if category == "measures" else 2)
        for j, item in enumerate(rng.sample(pool, count)):
            body = "".join(s.format(k=rng.randint(5, 60), m=rng.randint(1, 9))
                           for s in rng.sample(BODY, 2))
            paras.append(("h2", f"（{numerals[j]}）{item}。{body}"))
            headings += 1
    paras.append(("p", "特此报告。"))
    paras.append(("p", publisher))
    paras.append(("p", f"{year + 1}年{rng.randint(1, 3)}月{rng.randint(10, 28)}日"))
    return Report(title, paras, headings, [c for c, _ in parts])


def report_html(rep: Report) -> str:
    """Paragraphs as the CMS editor writes them (headings are bold or indented paragraphs)."""
    out = []
    for kind, text in rep.paragraphs:
        if kind == "h1":
            out.append(f"{P}<strong>{text}</strong></p>")
        elif kind == "h2":
            head, _, rest = text.partition("。")
            out.append(f"{P}<strong>{head}。</strong>{rest}</p>")
        else:
            out.append(f"{P}{text}</p>")
    return "\n".join(out)


NON_REPORT_BODY = {
    "interpretation": "为便于公众理解，现对{subject}解读如下："
                      "一、报告的主要内容；二、报告的特点。",
    "disclosure_report": "本报告根据《中华人民共和国政府信息公开条例》编制，"
                         "包括总体情况、主动公开情况、依申请公开情况等内容。",
    "not_a_report": "{subject}。会议要求，各单位要提高政治站位，认真抓好贯彻落实。",
}


def other_html(kind: str, subject: str) -> str:
    """The body of a non-report article (解读, 政府信息公开工作年度报告, notice, news)."""
    text = NON_REPORT_BODY[kind].format(subject=subject)
    return f'{P}{text}</p>\n{P}（此件主动公开）</p>'
