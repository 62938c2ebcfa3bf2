"""Sentence pools for the fictional reports and non-report articles of round 17 (seeded)."""

from __future__ import annotations

import random

MEASURES = [
    ("深入学习贯彻习近平法治思想。", "把学习贯彻习近平法治思想纳入{org}党组理论学习中心组学习计划，全年开展专题学习{n}次，举办领导干部法治专题讲座{m}场。"),
    ("持续深化“放管服”改革。", "全面实行政府权责清单制度，动态调整权责事项{n}项；一是推行“一件事一次办”，二是压减审批时限{m}%。"),
    ("健全依法行政制度体系。", "严格落实重大行政决策程序规定，全年制定行政规范性文件{n}件，全部经过合法性审核，备案审查率100%。"),
    ("严格规范公正文明执法。", "全面推行行政执法公示、执法全过程记录、重大执法决定法制审核制度，开展行政执法案卷评查{n}卷，整改问题{m}个。"),
    ("加强行政复议和应诉工作。", "全年办理行政复议案件{n}件，行政机关负责人出庭应诉率达100%，行政诉讼败诉率同比下降{m}个百分点。"),
    ("强化行政权力制约和监督。", "自觉接受人大监督、民主监督，办理人大代表建议和政协委员提案{n}件，办结率100%。"),
    ("推进政务公开。", "主动公开政府信息{n}条，办理依申请公开{m}件，均在法定期限内答复。"),
    ("健全矛盾纠纷多元化解机制。", "建成调解组织{n}个，全年调解矛盾纠纷{m}件，调解成功率98%以上。"),
]
LEADERSHIP = ("{org}主要负责人认真履行推进法治建设第一责任人职责，{n}次主持召开常务会议专题研究法治政府建设工作，"
              "带头尊法学法守法用法，将法治建设纳入年度绩效考核。")
SHORTCOMINGS = ("一是法治思维和依法行政能力有待进一步提升；二是行政执法规范化水平仍需提高，"
                "基层执法力量相对薄弱；三是法治宣传教育的针对性和实效性还不够强。")
PLANS = [
    ("着力提升依法行政能力。", "健全领导干部学法制度，组织开展法治培训{n}场次。"),
    ("着力推进严格规范执法。", "深化行政执法“三项制度”，开展执法质量评查，提升执法规范化水平。"),
    ("着力强化权力监督制约。", "完善行政复议体制，发挥行政复议化解行政争议的主渠道作用。"),
    ("着力营造良好法治环境。", "深入实施“八五”普法规划，落实“谁执法谁普法”普法责任制。"),
]


def report_paragraphs(org: str, salute: str, year: int, kind: str, rng: random.Random) -> list[str]:
    """One report's paragraphs (salutation .. date): `standard` has 11 headings, `short` 10."""
    def fill(text: str) -> str:
        return text.format(org=org, n=rng.randint(3, 40), m=rng.randint(2, 30))
    paras = [salute,
             f"{year}年，{org}坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻落实《法治政府建设实施纲要"
             f"（2021—2025年）》，扎实推进法治政府建设各项工作。现将{year}年度法治政府建设情况报告如下："]
    numerals = "一二三四"
    heads = ["推进法治政府建设的主要举措和成效"]
    if kind == "standard":
        heads.append("党政主要负责人履行推进法治建设第一责任人职责情况")
    heads += ["存在的不足和原因", f"{year + 1}年法治政府建设工作安排"]
    subs = "（一）（二）（三）（四）"
    for i, head in enumerate(heads):
        paras.append(f"{numerals[i]}、{head}")
        if i == 0:
            for j, (run_in, body) in enumerate(rng.sample(MEASURES, 4)):
                paras.append(f"{subs[j * 3:j * 3 + 3]}{run_in}{fill(body)}")
        elif head.startswith("党政"):
            paras.append(fill(LEADERSHIP))
        elif head.startswith("存在"):
            paras.append(SHORTCOMINGS)
        else:
            for j, (run_in, body) in enumerate(PLANS[:3]):
                paras.append(f"{subs[j * 3:j * 3 + 3]}{run_in}{fill(body)}")
    paras += ["特此报告。", org, f"{year + 1}年{rng.randint(1, 3)}月{rng.randint(10, 28)}日"]
    return paras


def sections(kind: str) -> int:
    """Headings (一、 and （一）) of a report of `kind`."""
    return 11 if kind == "standard" else 10


def level1(kind: str) -> list[str]:
    return (["measures", "leadership", "shortcomings", "plans"] if kind == "standard"
            else ["measures", "shortcomings", "plans"])


def other_paragraphs(title: str, org: str, rng: random.Random) -> list[str]:
    """A non-report article: a few plain news/notice paragraphs."""
    pool = [f"近日，{org}召开专题会议，研究部署相关工作。会议强调，要提高政治站位，压实工作责任。",
            "会议指出，各部门要结合实际，细化工作措施，确保各项任务落到实处。",
            f"{org}有关负责同志出席会议并讲话，各乡镇（街道）、各部门主要负责同志参加会议。",
            "下一步，将进一步加强统筹协调，强化督促检查，推动工作取得实效。",
            "请各单位认真贯彻落实，遇有问题请及时与司法局法治督察科联系。"]
    return [f"{title}。"] + rng.sample(pool, 3)
