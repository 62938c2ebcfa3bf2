"""Sentence pools for round 15's fictional report and non-report texts.

A report: salutation, opening paragraph, 一、 headings (each its own paragraph) with （一）
sub-headings under the measures and plans parts, 一是/二是 body text, 特此报告, signer, date.
`sections` counts the 一、 and （一） headings; `level1` names the 一、 parts' categories.
"""

from __future__ import annotations

import random

CN = "一二三四五六七八九十"

MEASURES = [
    (
        "加强党对法治政府建设的领导",
        "把法治政府建设纳入经济社会发展总体规划，召开常务会议专题研究法治政府建设工作{n}次。",
    ),
    (
        "推进政府职能依法全面履行",
        "动态调整权责清单，取消和下放行政许可事项{n}项，“一网通办”办件率达到{p}%。",
    ),
    (
        "健全依法行政制度体系",
        "严格落实规范性文件合法性审核机制，全年审核规范性文件{n}件，备案审查率100%。",
    ),
    (
        "严格规范公正文明执法",
        "全面推行行政执法“三项制度”，组织行政执法案卷评查，抽查案卷{n}卷，整改问题{m}个。",
    ),
    (
        "发挥行政复议化解行政争议主渠道作用",
        "全年受理行政复议案件{n}件，审结{m}件，行政机关负责人出庭应诉率达到100%。",
    ),
    (
        "强化行政权力制约和监督",
        "自觉接受人大监督和政协民主监督，办理人大代表建议和政协提案{n}件，按时办结率100%。",
    ),
    (
        "深入推进法治宣传教育",
        "落实“谁执法谁普法”普法责任制，开展“宪法宣传周”等主题活动{n}场次，覆盖群众{m}万人次。",
    ),
]
PLANS = [
    ("持续深化法治政府示范创建", "对标示范创建指标体系，补齐短板弱项，力争创建工作取得新成效。"),
    ("提升行政执法质量和效能", "推进行政执法协调监督工作体系建设，常态化开展执法案卷评查。"),
    ("做优做强行政复议", "加强行政复议规范化建设，落实行政复议决定书网上公开制度。"),
    (
        "加快推进“八五”普法规划实施",
        "开展好法治乡村建设和“法律明白人”培养工程，营造尊法学法守法用法的社会氛围。",
    ),
]
SHORTFALLS = [
    "一是行政执法人员专业素养有待提升，基层执法力量相对薄弱；",
    "二是法治宣传教育的针对性和实效性还需增强；",
    "三是运用法治思维和法治方式解决问题的能力仍有差距。",
]
LEADER = (
    "主要负责同志认真履行推进法治建设第一责任人职责，带头尊法学法守法用法，"
    "全年主持召开专题会议{n}次，研究解决法治建设重大问题，年终述职报告法治建设情况。"
)


def _fill(text: str, rnd: random.Random) -> str:
    return text.format(n=rnd.randint(3, 40), m=rnd.randint(2, 30), p=rnd.randint(85, 99))


def report(
    gov: str, superior: str, year: int, date: str, seed: int, short: bool = False
) -> tuple[list[str], int, list[str]]:
    """Paragraphs of one report, its heading count and level-1 categories."""
    rnd = random.Random(seed)
    paras = [
        f"{superior}：",
        f"{year}年，{gov}坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，"
        f"全面落实《法治政府建设实施纲要（2021—2025年）》，各项工作取得积极成效。现将{year}年度"
        "法治政府建设有关情况报告如下：",
    ]
    parts = [("measures", f"{year}年度推进法治政府建设的主要举措和成效")]
    if not short:
        parts.append(("leadership", "党政主要负责人履行推进法治建设第一责任人职责情况"))
    parts += [
        ("shortcomings", "存在的不足和原因"),
        ("plans", f"{year + 1}年度推进法治政府建设的主要安排"),
    ]
    sections = 0
    for i, (kind, head) in enumerate(parts):
        paras.append(f"{CN[i]}、{head}")
        sections += 1
        if kind in ("measures", "plans"):
            pool = MEASURES if kind == "measures" else PLANS
            picks = rnd.sample(pool, 4 if kind == "measures" else 3)
            for j, (sub, body) in enumerate(picks):
                paras.append(f"（{CN[j]}）{sub}")
                paras.append(
                    _fill(body, rnd)
                    + "一是健全工作机制，压实工作责任；二是加强督促检查，确保任务落地见效。"
                )
                sections += 1
        elif kind == "leadership":
            paras.append(_fill(LEADER, rnd))
        else:
            paras.append(
                "对照法治政府建设要求，我们的工作还存在一些不足："
                + "".join(SHORTFALLS)
                + "主要原因是思想认识还不够到位，工作推进还不够平衡。"
            )
    paras += ["特此报告。", gov, date]
    return paras, sections, [kind for kind, _ in parts]


NEWS = {
    "jiedu": [
        "为便于社会公众了解{gov}法治政府建设情况，现对报告作如下解读。",
        "一、报告的主要内容。报告从主要举措和成效、存在的不足、下一年度工作安排等方面作了说明。",
        "二、报告的主要特点。报告数据翔实，重点突出，回应了群众关切。",
    ],
    "disclosure": [
        "本报告根据《中华人民共和国政府信息公开条例》要求编制。",
        "一、总体情况。全年主动公开政府信息{n}条，受理依申请公开{m}件。",
        "二、主动公开政府信息情况（见表）。",
        "三、收到和处理政府信息公开申请情况。",
        "四、政府信息公开行政复议、行政诉讼情况。",
        "五、存在的主要问题及改进情况。",
    ],
    "points": [
        "为深入推进依法行政，加快建设法治政府，制定本工作要点。",
        "一、加强党对法治政府建设的领导。",
        "二、推进政府治理规范化程序化法治化。",
        "三、严格规范公正文明执法。",
        "四、加强行政复议和应诉工作。",
    ],
    "notice": [
        "各乡镇人民政府、街道办事处，各有关部门：",
        "根据法治政府建设年度报告制度要求，请各单位于规定时间前报送本单位法治政府建设情况报告，"
        "同时在门户网站向社会公开。",
        "特此通知。",
    ],
    "news": [
        "近日，{gov}召开会议，总结工作，部署任务。会议强调，要深入学习贯彻习近平法治思想，"
        "扎实推进各项工作。",
        "会议要求，各单位要提高政治站位，压实工作责任，确保各项任务落地见效。",
        "各乡镇（街道）、有关部门负责同志参加会议。",
    ],
}


def nonreport(kind: str, gov: str, seed: int) -> list[str]:
    rnd = random.Random(seed)
    return [_fill(p.replace("{gov}", gov), rnd) for p in NEWS[kind]]
