"""Sentence pools for the round-8 portals: fictional report texts and the non-report articles.

A report is built from pools (salutation, intro, 一、/（一） headings with run-in titles, 一是/二是
body text, 特此报告, signer, date); `standard` has four parts (measures, leadership,
shortcomings, plans), `short` three (no leadership part). Numbers come from a seeded Random, so
a rebuild writes the same bytes.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

MEASURES = [
    ("深入学习贯彻习近平法治思想", "将习近平法治思想纳入{gov}常务会议会前学法和干部教育培训"
     "必修内容，全年组织专题学习{n1}次，举办领导干部法治专题讲座{n2}场。"),
    ("依法全面履行政府职能", "动态调整权责清单，取消和调整行政权力事项{n1}项，"
     "持续深化“放管服”改革，{n2}个高频事项实现“一件事一次办”。"),
    ("健全依法决策机制", "严格落实重大行政决策程序规定，公布年度重大行政决策事项目录{n1}项，"
     "政府法律顾问审查合同、规范性文件等{n2}件。"),
    ("严格规范公正文明执法", "全面推行行政执法公示、执法全过程记录、重大执法决定法制审核制度，"
     "组织行政执法案卷评查，抽查案卷{n1}卷，整改问题{n2}个。"),
    ("强化行政复议和应诉工作", "全年收到行政复议申请{n1}件，依法受理{n2}件，"
     "行政机关负责人出庭应诉率保持100%。"),
    ("加强规范性文件监督管理", "对新制发的规范性文件全部进行合法性审核，"
     "集中清理规范性文件{n1}件，废止{n2}件。"),
    ("推进政务公开", "主动公开政府信息{n1}条，依法办理政府信息公开申请{n2}件，"
     "未发生因公开不当引发的行政复议、诉讼。"),
    ("依法化解矛盾纠纷", "建成矛盾纠纷多元化解中心，全年调处各类矛盾纠纷{n1}件，"
     "调解成功率达{n2}%以上。"),
]
LEADERSHIP = ("主要负责人认真履行推进法治建设第一责任人职责，全年主持召开常务会议专题研究"
              "法治政府建设工作{n1}次，带头开展年终述法，对法治政府建设重要工作亲自部署、重大问题亲自过问。")
SHORTCOMINGS = ("一是部分单位对法治政府建设重要性认识不足，工作推进不够平衡；二是基层行政执法人员"
                "业务能力有待提升，执法规范化水平仍需提高；三是法治宣传教育的针对性和实效性还不够强。")
PLANS = [
    ("持续深化法治政府建设", "对标法治政府建设示范创建指标体系，补齐短板弱项，"
     "推动各项任务落地见效。"),
    ("提升行政执法质效", "推进行政执法协调监督工作体系建设，开展行政执法人员全员轮训。"),
    ("做优做强行政复议", "落实新修订的行政复议法，提升行政复议案件办理质量和公信力。"),
    ("加强法治宣传教育", "深入实施“八五”普法规划，推进法治乡村建设和“法律明白人”培育工程。"),
    ("强化依法决策", "严格执行重大行政决策程序，落实合法性审查和集体讨论决定制度。"),
]
ZH_NUM = "一二三四五六七八九十"


@dataclass
class ReportText:
    paragraphs: list[str]
    sections: int
    level1: list[str]


def report_text(gov: str, year: int, signer: str, signed: str, variant: str = "standard",
                seed: int = 0) -> ReportText:
    """The paragraphs of one fictional report (headings are paragraphs of their own)."""
    rnd = random.Random(f"{gov}{year}{seed}")
    lvl = gov.replace("人民政府", "")[-1]
    paras = [f"{rnd.choice([f'{lvl}委全面依法治{lvl}委员会', f'{lvl}委、{lvl}人民政府'])}：",
             f"{year}年，{gov}坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，"
             f"深入落实《法治政府建设实施纲要（2021—2025年）》，法治政府建设取得新进展。"
             f"现将{year}年度法治政府建设情况报告如下："]
    parts: list[tuple[str, str]] = [("measures", f"{year}年度推进法治政府建设的主要举措和成效")]
    if variant == "standard":
        parts.append(("leadership", "党政主要负责人履行推进法治建设第一责任人职责情况"))
    parts += [("shortcomings", "存在的不足和原因"),
              ("plans", f"{year + 1}年度推进法治政府建设的主要安排")]
    sections = 0
    for index, (kind, heading) in enumerate(parts):
        paras.append(f"{ZH_NUM[index]}、{heading}")
        sections += 1
        numbers = {"n1": rnd.randint(6, 60), "n2": rnd.randint(3, 98), "gov": gov}
        if kind == "leadership":
            paras.append(LEADERSHIP.format(**numbers))
        elif kind == "shortcomings":
            paras.append(SHORTCOMINGS)
        else:
            pool = MEASURES if kind == "measures" else PLANS
            for sub, (title, body) in enumerate(rnd.sample(pool, 4 if kind == "measures" else 3)):
                values = {"n1": rnd.randint(6, 60), "n2": rnd.randint(3, 98), "gov": gov}
                paras.append(f"（{ZH_NUM[sub]}）{title}。{body.format(**values)}")
                sections += 1
    paras += ["特此报告。", signer, signed]
    return ReportText(paras, sections, [kind for kind, _ in parts])


def interpretation(gov: str, year: int) -> list[str]:
    """A 解读 of the report: it quotes the report's title and headings (a trap for a classifier)."""
    return [f"近日，{gov}公开发布了《{gov}{year}年度法治政府建设情况报告》。"
            "为便于公众理解，现解读如下。",
            "一、报告的主要内容",
            f"报告从{year}年度推进法治政府建设的主要举措和成效、存在的不足和原因、下一年度工作安排等方面，"
            "全面总结了一年来法治政府建设工作。",
            "二、报告的主要特点",
            "一是坚持问题导向，如实反映工作短板；二是数据翔实，便于社会监督。",
            "三、下一步工作",
            "将持续抓好报告所列各项任务的落实，接受社会各界监督。"]


def disclosure(gov: str, year: int) -> list[str]:
    """A 政府信息公开工作年度报告: numbered like a report, but another report altogether."""
    return ["本报告依据《中华人民共和国政府信息公开条例》编制，全文包括总体情况、"
            "主动公开政府信息情况、收到和处理政府信息公开申请情况等内容。"
            f"本报告所列数据统计期限自{year}年1月1日起至{year}年12月31日止。",
            "一、总体情况",
            f"{year}年，{gov}认真贯彻落实政府信息公开条例，不断加大主动公开力度。",
            "二、主动公开政府信息情况",
            "全年主动公开规范性文件、行政许可、行政处罚等信息，详见下表。",
            "三、存在的主要问题及改进情况",
            "政务公开工作仍存在公开内容不够全面等问题，下一步将进一步加强。"]


def work_points(gov: str, year: int) -> list[str]:
    """法治政府建设工作要点: plans, not a report."""
    return [f"为深入推进法治政府建设，结合{gov}实际，制定{year}年法治政府建设工作要点如下。",
            "一、深入学习贯彻习近平法治思想",
            "（一）把学习贯彻习近平法治思想作为重要政治任务。",
            "二、依法全面履行政府职能",
            "（二）持续深化“放管服”改革，优化法治化营商环境。",
            "三、严格规范公正文明执法",
            "（三）全面落实行政执法三项制度。"]


def notice(gov: str, topic: str) -> list[str]:
    return [f"各乡镇人民政府、{gov}各部门：",
            f"为做好{topic}工作，现将有关事项通知如下：",
            "一、工作内容", "请各单位对照要求认真组织开展自查。",
            "二、时间安排", "请于规定时间前报送自查情况。",
            "三、有关要求", "各单位要高度重视，确保工作取得实效。"]


def news(gov: str, topic: str) -> list[str]:
    return [f"近日，{gov}召开{topic}。会议传达学习了上级有关会议精神，总结了前一阶段工作，"
            "安排部署了下一阶段重点任务。",
            "会议强调，要坚持依法行政，加快建设法治政府，为经济社会高质量发展提供坚实法治保障。"]
