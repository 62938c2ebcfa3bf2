"""Sentence pools for round 18's fictional report and non-report texts (deterministic per seed).

A report is a salutation, an opening paragraph, 一、 headings (each its own paragraph), （一）
sub-headings with a run-in title under the measures and the plans, 一是/二是 body text under the
shortcomings, 特此报告, the signer and the date. `standard` has four parts (measures, leadership,
shortcomings, plans: 4 + 4 + 3 = 11 headings), `short` drops the leadership part (10 headings).
"""

from __future__ import annotations

import random

TITLE_FORMS = (
    "{gov}关于{y}年度法治政府建设情况的报告",
    "{gov}{y}年度法治政府建设年度报告",
    "{gov}关于{y}年法治政府建设工作情况的报告",
    "{gov}{y}年法治政府建设年度报告",
)
OPENINGS = (
    "{y}年，{gov}坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，"
    "全面落实《法治政府建设实施纲要（2021—2025年）》，各项工作取得新成效。现将有关情况报告如下。",
    "{y}年，在{up}的坚强领导下，{gov}紧紧围绕法治政府建设目标任务，统筹推进依法行政各项工作，"
    "为经济社会高质量发展提供了有力法治保障。现将{y}年度法治政府建设情况报告如下。",
)
MEASURES = (
    (
        "坚持党的领导，统筹推进法治政府建设。",
        "召开常务会议专题研究法治政府建设工作{n}次，制定年度工作要点，分解任务{m}项，逐项明确牵头单位和完成时限。",
    ),
    (
        "依法全面履行政府职能。",
        "深化“放管服”改革，动态调整权责清单{m}项，政务服务事项“一网通办”率达到{p}%。",
    ),
    (
        "严格规范公正文明执法。",
        "全面落实行政执法“三项制度”，开展行政执法案卷评查，抽查案卷{m}卷，评出优秀案卷{n}卷。",
    ),
    (
        "健全依法决策机制。",
        "严格落实重大行政决策程序，对{n}项重大决策事项开展合法性审查，政府法律顾问参与率100%。",
    ),
    (
        "发挥行政复议化解行政争议主渠道作用。",
        "全年受理行政复议案件{m}件，审结{n}件，行政机关负责人出庭应诉率保持100%。",
    ),
    (
        "加强规范性文件监督管理。",
        "审查规范性文件{n}件，清理规范性文件{m}件，备案审查率、及时率均达到100%。",
    ),
    (
        "深入推进普法依法治理。",
        "落实“谁执法谁普法”责任制，开展“法律进乡村”活动{m}场次，培育“法律明白人”{p}名。",
    ),
)
LEADERSHIP = (
    "政府主要负责人认真履行推进法治建设第一责任人职责，主持召开专题会议{n}次研究部署法治政府建设，"
    "带头参加集体学法{n}次，对重大事项亲自过问、重要环节亲自协调。",
)
SHORTCOMINGS = (
    "一是部分领域行政执法规范化水平仍需提升；二是基层法治工作力量相对薄弱；三是运用法治思维和法治方式"
    "解决问题的能力还有差距。",
    "一是依法决策意识有待进一步增强；二是行政复议应诉工作专业人才不足；三是法治宣传的针对性和实效性还不够强。",
)
PLANS = (
    ("持续深化法治政府建设。", "对照法治政府建设示范创建指标体系，补短板、强弱项。"),
    ("着力提升行政执法质效。", "推进行政执法协调监督工作体系建设，开展执法人员全员轮训。"),
    ("做优做强行政复议。", "加强行政复议规范化建设，提升案件办理质量和公信力。"),
    ("扎实推进“八五”普法。", "深化法治乡村建设，提升全民法治素养。"),
)
NEWS_LINES = (
    "会议传达学习了上级有关会议精神，通报了全{kind}法治政府建设工作进展情况。",
    "会议要求，各乡镇、各部门要压紧压实工作责任，确保各项任务落地见效。",
    "活动现场设置法律咨询台，发放宣传资料{m}余份，解答群众法律咨询{n}人次。",
    "下一步，{place}将继续深化法治宣传教育，营造办事依法、遇事找法的良好氛围。",
    "各单位要按照通知要求认真总结，按时报送有关材料，逾期未报送的将予以通报。",
    "本报告依据《中华人民共和国政府信息公开条例》要求编制，数据统计期限为{y}年1月1日至12月31日。",
)
CN_NUM = "一二三四五六七八九十"


def report_title(gov: str, year: int, form: int) -> str:
    return TITLE_FORMS[form % len(TITLE_FORMS)].format(gov=gov, y=year)


def _fill(rng: random.Random, text: str, **kw: object) -> str:
    return text.format(n=rng.randint(3, 12), m=rng.randint(20, 260), p=rng.randint(90, 99), **kw)


def _measures(rng: random.Random, count: int) -> list[str]:
    picks = rng.sample(MEASURES, count)
    return [f"（{CN_NUM[i]}）{head}{_fill(rng, body)}" for i, (head, body) in enumerate(picks)]


def report_paragraphs(
    rng: random.Random, gov: str, up: str, year: int, variant: str, signed: str
) -> tuple[list[str], int, list[str]]:
    """(paragraphs, section count, level-1 categories) of one report; `up` is who it is sent to."""
    paras = [f"{up}：", _fill(rng, rng.choice(OPENINGS), y=year, gov=gov, up=up)]
    parts: list[tuple[str, list[str], str]] = [
        (f"{year}年度推进法治政府建设的主要举措和成效", _measures(rng, 4), "measures")
    ]
    if variant == "standard":
        parts.append(
            (
                "党政主要负责人履行推进法治建设第一责任人职责情况",
                [_fill(rng, LEADERSHIP[0])],
                "leadership",
            )
        )
    parts.append(("存在的不足和原因", [rng.choice(SHORTCOMINGS)], "shortcomings"))
    plans = [f"（{CN_NUM[i]}）{h}{b}" for i, (h, b) in enumerate(rng.sample(PLANS, 3))]
    parts.append((f"{year + 1}年度工作安排", plans, "plans"))
    sections = 0
    for i, (head, body, _) in enumerate(parts):
        paras.append(f"{CN_NUM[i]}、{head}")
        paras.extend(body)
        sections += 1 + sum(1 for p in body if p.startswith("（"))
    paras += ["特此报告。", gov, signed]
    return paras, sections, [kind for _, _, kind in parts]


def other_paragraphs(rng: random.Random, place: str, kind: str, year: int) -> list[str]:
    """Three or four lines of a non-report article (news, notice, 年报 preface, summary)."""
    lines = rng.sample(NEWS_LINES, 4)
    return [_fill(rng, line, place=place, kind=kind, y=year) for line in lines[: rng.randint(3, 4)]]
