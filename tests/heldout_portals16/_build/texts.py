"""Sentence pools for round 16's fictional reports and non-report articles (deterministic)."""

from __future__ import annotations

import random

MEASURES = [
    (
        "坚持依法全面履行政府职能",
        [
            "深化“放管服”改革，动态调整权责清单，取消和下放行政许可事项{n}项",
            "优化营商环境，推行“一件事一次办”，政务服务事项网上可办率达到98%以上",
        ],
    ),
    (
        "健全依法行政制度体系",
        [
            "严格落实重大行政决策程序规定，全年公布重大行政决策事项目录{n}项",
            "加强行政规范性文件合法性审核，审核各类文件{n}件，提出修改意见并全部采纳",
        ],
    ),
    (
        "严格规范公正文明执法",
        [
            "深化行政执法体制改革，全面推行行政执法公示、执法全过程记录、重大执法决定法制审核制度",
            "开展行政执法案卷评查，评查案卷{n}卷，发现问题当场反馈整改",
        ],
    ),
    (
        "强化行政权力制约和监督",
        [
            "自觉接受人大监督和政协民主监督，办理人大代表建议和政协提案{n}件",
            "发挥行政复议化解行政争议主渠道作用，受理行政复议案件{n}件，依法纠错率稳步提升",
        ],
    ),
    (
        "依法有效化解社会矛盾纠纷",
        [
            "健全人民调解、行政调解、司法调解联动工作体系，调解各类矛盾纠纷{n}件",
            "推进信访工作法治化，依法分类处理信访诉求，按期办结率达到100%",
        ],
    ),
]
SHORTCOMINGS = [
    "一是部分单位对法治政府建设重要性认识还不够到位，运用法治思维和法治方式解决问题的能力有待提高。",
    "二是行政执法队伍专业化水平参差不齐，基层执法力量相对薄弱。",
    "三是法治宣传教育的针对性和实效性有待进一步增强。",
]
PLANS = ["持续深化政府职能转变", "全面提升行政执法质量和效能", "加快推进法治社会建设"]
LEADERSHIP = [
    "政府主要负责人认真履行推进法治建设第一责任人职责，全年主持召开政府常务会议专题研究法治政府建设工作{n}次。",
    "坚持政府常务会议会前学法制度，全年组织集体学法{n}次，带头尊法学法守法用法。",
]


def report_lines(
    place: str, year: int, kind: str, seed: int
) -> tuple[list[tuple[str, str]], int, list[str]]:
    """The report's paragraphs as (kind, text) — kind 'h1', 'h2' or 'p' — its heading count
    (sections) and level-1 categories. kind 'standard' has a leadership part, 'short' none."""
    rnd = random.Random(seed)
    n = lambda: rnd.randint(6, 96)  # noqa: E731 - a number for the pools' {n}
    out: list[tuple[str, str]] = [
        ("p", "市委、市人民政府："),
        (
            "p",
            f"{year}年，{place}坚持以习近平新时代中国特色社会主义思想为指导，"
            f"深入学习贯彻习近平法治思想，全面落实《法治政府建设实施纲要（2021—2025年）》，"
            f"扎实推进法治政府建设各项工作。现将{year}年度法治政府建设情况报告如下：",
        ),
    ]
    level1 = ["measures"]
    out.append(("h1", f"一、{year}年推进法治政府建设的主要举措和成效"))
    chosen = rnd.sample(MEASURES, 4)
    for i, (head, body) in enumerate(chosen):
        out.append(("h2", f"（{'一二三四'[i]}）{head}。"))
        out.append(("p", "一是" + body[0].format(n=n()) + "。二是" + body[1].format(n=n()) + "。"))
    numerals = iter("二三四")
    if kind == "standard":
        level1.append("leadership")
        out.append(("h1", f"{next(numerals)}、党政主要负责人履行推进法治建设第一责任人职责情况"))
        out.append(("p", " ".join(s.format(n=n()) for s in LEADERSHIP)))
    level1.append("shortcomings")
    out.append(("h1", f"{next(numerals)}、存在的不足和原因"))
    out.append(("p", "".join(SHORTCOMINGS)))
    level1.append("plans")
    out.append(("h1", f"{next(numerals)}、{year + 1}年推进法治政府建设的主要安排"))
    for i, head in enumerate(PLANS):
        out.append(("h2", f"（{'一二三'[i]}）{head}。"))
        out.append(("p", f"围绕{head}，细化工作措施，压实工作责任，确保各项任务落到实处。"))
    out.append(("p", "特此报告。"))
    out.append(("p", place))
    out.append(("p", f"{year + 1}年3月{rnd.randint(10, 28)}日"))
    sections = sum(1 for k, _ in out if k in ("h1", "h2"))
    return out, sections, level1


def other_lines(place: str, title: str, seed: int) -> list[str]:
    """A non-report article's paragraphs."""
    rnd = random.Random(seed)
    return [
        f"近日，{place}围绕“{title[:12]}”相关工作作出部署。",
        "会议（文件）要求，各乡镇（街道）、各部门要提高政治站位，结合实际抓好落实，"
        f"共涉及重点任务{rnd.randint(8, 40)}项。",
        "下一步，将持续加强统筹协调和督促检查，确保各项工作取得实效。",
    ]
