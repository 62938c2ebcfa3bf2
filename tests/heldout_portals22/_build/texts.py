"""Sentence pools for the round-22 report texts (fictional) and the non-report articles."""

from __future__ import annotations

import random

MEASURES = [
    ("坚持依法科学民主决策", "严格落实重大行政决策程序规定，{y}年共有{n}项重大行政决策事项经过公众参与、专家论证、风险评估、合法性审查和集体讨论决定。"),
    ("深化行政执法规范化建设", "全面推行行政执法公示制度、执法全过程记录制度、重大执法决定法制审核制度，组织开展行政执法案卷评查{n}次。"),
    ("推进政务公开和数字政府建设", "主动公开政府信息{n}条，依申请公开办结率达到百分之百，“一网通办”事项可网办率持续提升。"),
    ("健全矛盾纠纷多元化解机制", "发挥行政复议化解行政争议主渠道作用，全年受理行政复议案件{n}件，行政机关负责人出庭应诉率保持百分之百。"),
    ("强化对行政权力的制约和监督", "自觉接受人大监督、民主监督和司法监督，办理人大代表建议和政协委员提案{n}件，按期办结率百分之百。"),
]
LEADERSHIP = [
    ("压实第一责任人职责", "政府主要负责人专题研究法治政府建设工作{n}次，带头学习习近平法治思想，把法治政府建设纳入年度工作要点统筹推进。"),
    ("抓好领导干部学法用法", "组织政府常务会议会前学法{n}次，举办领导干部法治专题讲座，推动领导干部述法全覆盖。"),
]
SHORTCOMINGS = "一是部分单位对法治政府建设重要性认识不够到位，统筹推进力度有待加强；二是基层行政执法人员专业素质参差不齐，执法规范化水平仍需提升；三是法治宣传教育的针对性和实效性还需进一步增强。"
PLANS = [
    ("持续提升依法决策水平", "严格执行重大行政决策程序，完善合法性审查机制，发挥法律顾问和公职律师作用。"),
    ("不断规范行政执法行为", "深化行政执法三项制度，开展行政执法质量提升行动，加强执法人员培训。"),
]


def report_paragraphs(place: str, year: int, salutation: str, signer: str, date: str) -> list[str]:
    """A standard report: 4 level-1 headings, 7 （一） headings (11 sections)."""
    rng = random.Random(f"{place}{year}")
    num = "一二三四五六七八九十"
    out = [f"{salutation}：", f"{year}年，{place}坚持以习近平新时代中国特色社会主义思想为指导，"
           f"深入贯彻习近平法治思想，全面落实《法治政府建设实施纲要（2021—2025年）》，"
           f"法治政府建设取得新成效。现将{year}年度法治政府建设情况报告如下："]
    out.append(f"一、{year}年度推进法治政府建设的主要举措和成效")
    for i, (head, body) in enumerate(rng.sample(MEASURES, 3)):
        out.append(f"（{num[i]}）{head}。" + body.format(y=year, n=rng.randint(3, 40)))
    out.append("二、党政主要负责人履行推进法治建设第一责任人职责情况")
    for i, (head, body) in enumerate(LEADERSHIP):
        out.append(f"（{num[i]}）{head}。" + body.format(n=rng.randint(4, 12)))
    out.append("三、存在的不足和原因")
    out.append(SHORTCOMINGS)
    out.append(f"四、{year + 1}年度推进法治政府建设的主要安排")
    for i, (head, body) in enumerate(PLANS):
        out.append(f"（{num[i]}）{head}。" + body)
    out.append("特此报告。")
    out += [signer, date]
    return out


def other_paragraphs(title: str, date: str) -> list[str]:
    """Body of a non-report article (notice, news, 解读, 公开年报, 工作要点)."""
    return [f"{title}。", "为深入贯彻落实上级部署要求，结合本地实际，现将有关事项通知或说明如下。",
            "各单位要高度重视，精心组织，确保各项工作落到实处。", date]
