"""Fictional report and notice texts for round 13, from sentence pools (deterministic).

A report is a list of paragraphs: salutation, an opening paragraph, 一、/（一） headings (each its
own paragraph, a run-in sentence after each （一） heading), 一是/二是 body text, 特此报告, signer
and date. `standard` has four level-1 parts (measures, leadership, shortcomings, plans: 13
headings), `short` three (no leadership part: 10 headings).
"""

from __future__ import annotations

import random
from dataclasses import dataclass

NUMS = "一二三四五六七八九十"
MEASURES = [
    "深入推进政府职能转变",
    "健全依法行政制度体系",
    "严格规范公正文明执法",
    "强化行政权力制约监督",
    "依法有效化解社会矛盾纠纷",
    "全面提升政务公开水平",
]
LEADERSHIP = ["带头学习贯彻习近平法治思想", "认真履行法治建设第一责任人职责"]
PLANS = ["持续加强法治政府建设统筹", "深化行政执法体制改革", "加快推进数字法治政府建设"]
BODY = [
    "一是制定年度行政执法检查计划，开展行政执法案卷评查{n}次，发现并整改问题{m}个。",
    "二是落实行政执法“三项制度”，执法全过程记录覆盖率达到100%。",
    "三是办理行政复议案件{m}件，纠错率{p}%，行政机关负责人出庭应诉率保持100%。",
    "一是审核行政规范性文件{n}件，开展合法性审查{m}件次，未发现违法文件。",
    "二是推进“放管服”改革，{n}项政务服务事项实现“一网通办”。",
    "三是健全重大行政决策程序，{n}项重大决策事项全部经过合法性审查和集体讨论决定。",
    "一是组织法治专题讲座{n}场，领导干部旁听庭审实现全覆盖。",
    "二是落实“谁执法谁普法”普法责任制，开展“八五”普法宣传活动{m}场次。",
]
SHORTCOMINGS = [
    "一是部分领域行政执法不够规范，执法人员能力有待提升。",
    "二是法治宣传教育的针对性和实效性还需增强。",
    "三是基层法治建设力量相对薄弱，数字化水平不高。",
]
OPENING = (
    "{year}年，{gov}坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，认真"
    "落实《法治政府建设实施纲要（2021—2025年）》，扎实推进依法行政，法治政府建设取得新成效。现将{y"
    "ear}年度法治政府建设工作情况报告如下："
)


@dataclass(frozen=True)
class Report:
    paragraphs: list[str]
    sections: int
    level1: list[str]


def _body(rng: random.Random, count: int) -> list[str]:
    picks = rng.sample(BODY, count)
    return [
        p.format(n=rng.randint(3, 40), m=rng.randint(5, 90), p=rng.randint(3, 15)) for p in picks
    ]


def _part(heading: str, subs: list[str], rng: random.Random) -> list[str]:
    out = [heading]
    for i, sub in enumerate(subs):
        out.append(f"（{NUMS[i]}）{sub}")
        out.append(f"围绕{sub}，我们采取有力措施，推动各项任务落地见效。")
        out.extend(_body(rng, 2))
    return out


def report(gov: str, superior: str, year: int, kind: str, signed: str) -> Report:
    """One report's paragraphs, its heading count and level-1 categories."""
    rng = random.Random(f"{gov}{year}{kind}")
    paras = [f"{superior}：", OPENING.format(year=year, gov=gov)]
    parts: list[tuple[str, list[str], str]] = [
        (f"{year}年法治政府建设的主要举措和成效", rng.sample(MEASURES, 4), "measures")
    ]
    if kind == "standard":
        parts.append(("党政主要负责人履行推进法治建设第一责任人职责情况", LEADERSHIP, "leadership"))
    parts.append(("存在的不足和原因", [], "shortcomings"))
    parts.append((f"{year + 1}年法治政府建设工作安排", PLANS, "plans"))
    sections = 0
    for i, (title, subs, _) in enumerate(parts):
        paras.extend(_part(f"{NUMS[i]}、{title}", subs, rng))
        if not subs:
            paras.extend(SHORTCOMINGS)
        sections += 1 + len(subs)
    paras.append(
        f"{year + 1}年，我们将坚持以习近平法治思想为指导，持续用力推进法治政府建设，"
        "为经济社会高质量发展提供坚实法治保障。"
    )
    paras += ["特此报告。", gov, signed]
    return Report(paras, sections, [cat for _, _, cat in parts])


OTHER = {
    "interp": [
        "为便于社会公众了解{gov}法治政府建设情况，现对《{ref}》解读如下。",
        "一、报告的起草背景",
        "根据《法治政府建设与责任落实督察工作规定》，县级以上地方各级政府每年第一季度要向社会公开"
        "上一年度法治政府建设情况。",
        "二、报告的主要内容",
        "报告分为主要举措和成效、存在的不足、下一步工作安排等部分。",
    ],
    "disclosure": [
        "本报告根据《中华人民共和国政府信息公开条例》要求编制，由总体情况、主动公开政府信息情况、"
        "收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况等部分组成。",
        "一、总体情况",
        "{gov}坚持以公开为常态、不公开为例外，全面推进政务公开。",
        "二、主动公开政府信息情况",
        "全年主动公开政府信息1260条。",
    ],
    "points": [
        "为深入推进依法行政，加快建设法治政府，制定本工作要点。",
        "一、加强党对法治政府建设的领导",
        "二、深入推进严格规范公正文明执法",
        "三、强化行政权力制约和监督",
    ],
    "notice": [
        "各乡镇人民政府、街道办事处，区直各单位：",
        "根据法治政府建设年度报告制度要求，请各单位于2月底前报送上一年度法治政府建设情况报告，报告"
        "应包括主要举措和成效、存在的不足和原因、党政主要负责人履职情况、下一年度工作安排等内容。",
        "联系人：法治督察科，电话：0000-1234567。",
    ],
    "meeting": [
        "近日，{gov}召开法治政府建设工作推进会，总结法治政府建设工作，部署下一阶段重点任务。",
        "会议指出，要对标对表《法治政府建设实施纲要（2021—2025年）》，补短板、强弱项。",
    ],
    "plan": [
        "为推进法治政府建设示范创建工作，结合实际，制定本方案。",
        "一、总体要求",
        "二、主要任务",
        "三、保障措施",
    ],
    "roster": [
        "根据《中华人民共和国行政处罚法》等规定，现将{gov}行政执法主体名单予以公告。",
        "一、市级行政执法主体（42个）",
        "二、镇级行政执法主体（9个）",
    ],
    "summary": [
        "2019年，{gov}深入开展“七五”普法，法治宣传教育工作取得新成效。",
        "一、主要工作",
        "二、存在问题",
        "三、下一步打算",
    ],
    "xianfa": ["12月4日，{gov}组织开展“宪法宣传周”集中宣传活动，发放宣传资料3000余份。"],
}


def other(kind: str, gov: str, ref: str = "") -> list[str]:
    """Paragraphs of a non-report item (解读, 信息公开年报, 要点, notice, news, 方案)."""
    return [p.format(gov=gov, ref=ref) for p in OTHER[kind]]
