"""Report and article texts for round 9, from sentence pools (fictional places, fixed choices).

A report is `standard` (一、 measures with four （一） parts, 二、 leadership, 三、 shortcomings,
四、 plans with three parts: 11 headings) or `short` (no leadership part: 10 headings). Body
sentences use 一是/二是, never 1./2. headings, so the heading count is exactly the numbered ones.
"""

from __future__ import annotations

from dataclasses import dataclass

CN_NUM = "一二三四五六七八九十"

MEASURES = [
    ("健全依法决策机制", "严格落实重大行政决策程序规定，全年{n1}项重大行政决策事项全部履行公众参与、"
     "专家论证、风险评估、合法性审查和集体讨论决定程序。"),
    ("严格规范公正文明执法", "全面推行行政执法公示、执法全过程记录、重大执法决定法制审核制度，"
     "组织行政执法案卷评查，抽查案卷{n2}卷，整改问题{n3}个。"),
    ("发挥行政复议化解行政争议主渠道作用", "全年收到行政复议申请{n4}件，依法受理{n5}件，"
     "审结率达到百分之九十六以上，行政机关负责人出庭应诉率保持百分之百。"),
    ("加强行政规范性文件监督管理", "落实规范性文件合法性审核机制，审核规范性文件{n6}件，"
     "清理不适应改革要求的文件{n3}件，全部向社会公布清理结果。"),
    ("深化法治宣传教育", "落实“谁执法谁普法”普法责任制，开展宪法宣传周、民法典宣传月等主题活动"
     "{n5}场次，建成法治文化阵地{n3}个。"),
    ("优化法治化营商环境", "推行包容审慎监管，公布不予处罚和减轻处罚事项清单，"
     "办理涉企行政许可事项平均时限压缩{n5}%。"),
]
LEADERSHIP = ("{gov}主要负责人认真履行推进法治建设第一责任人职责，全年主持召开常务会议专题研究"
              "法治政府建设工作{n3}次，带头开展会前学法{n5}次，对重点任务亲自部署、亲自协调、"
              "亲自督办。")
SHORTCOMINGS = ("一是行政执法规范化水平仍需提升，基层执法人员专业能力不足；二是重大行政决策"
                "公众参与的广度和深度还不够；三是法治宣传教育的针对性和实效性有待增强。")
PLANS = [
    ("持续推进严格规范公正文明执法", "深化行政执法“三项制度”，开展行政执法人员全员轮训。"),
    ("全面提升行政复议工作质效", "推进行政复议规范化建设，加大行政复议纠错和监督力度。"),
    ("深入实施“八五”普法规划", "做好普法规划终期评估，推动法治乡村和法治文化建设。"),
    ("加快数字法治政府建设", "推动行政执法监督平台与政务服务平台数据共享。"),
    ("提升依法决策水平", "严格执行重大行政决策程序，扩大决策公众参与范围。"),
]


@dataclass(frozen=True)
class Report:
    """One fictional annual report: what the page says and what the crawl must count."""
    gov: str          # 松潭县人民政府
    place: str        # 松潭县
    year: int         # the year reported on
    signer: str
    date: str         # 2025-03-12 (the report's own date line)
    kind: str = "standard"
    salutation: str = ""

    @property
    def sections(self) -> int:
        return 11 if self.kind == "standard" else 10

    @property
    def level1(self) -> list[str]:
        if self.kind == "standard":
            return ["measures", "leadership", "shortcomings", "plans"]
        return ["measures", "shortcomings", "plans"]


def _nums(seed: int) -> dict[str, int]:
    return {"n1": 5 + seed % 7, "n2": 120 + seed * 7 % 90, "n3": 3 + seed % 5,
            "n4": 40 + seed * 3 % 60, "n5": 20 + seed % 30, "n6": 8 + seed % 9}


def report_paragraphs(rep: Report) -> list[str]:
    """The report's lines, in order: salutation … date; headings are their own lines."""
    nums = _nums(rep.year + len(rep.place))
    salutation = rep.salutation or f"中共{rep.place}委、{rep.gov}："
    lines = [salutation,
             f"{rep.year}年，{rep.signer}坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻"
             f"习近平法治思想，认真落实《法治政府建设实施纲要（2021—2025年）》，现将{rep.year}年度"
             "法治政府建设工作情况报告如下。"]
    start = rep.year % 3
    parts = [("measures", f"{rep.year}年度推进法治政府建设的主要举措和成效")]
    if rep.kind == "standard":
        parts.append(("leadership", "党政主要负责人履行推进法治建设第一责任人职责情况"))
    parts += [("shortcomings", "存在的不足和原因"), ("plans", f"{rep.year + 1}年度工作安排")]
    for number, (kind, heading) in enumerate(parts):
        lines.append(f"{CN_NUM[number]}、{heading}")
        if kind == "measures":
            for i, (title, body) in enumerate(MEASURES[start:start + 4]):
                lines.append(f"（{CN_NUM[i]}）{title}。{body.format(**nums)}")
        elif kind == "leadership":
            lines.append(LEADERSHIP.format(gov=rep.signer, **nums))
        elif kind == "shortcomings":
            lines.append(SHORTCOMINGS)
        else:
            for i, (title, body) in enumerate(PLANS[start:start + 3]):
                lines.append(f"（{CN_NUM[i]}）{title}。{body}")
    year, month, day = rep.date.split("-")
    lines += ["特此报告。", rep.signer, f"{year}年{int(month)}月{int(day)}日"]
    return lines


NON_REPORT_BODIES = {
    "interpretation": ["近日，{place}公布了{year}年度法治政府建设年度报告。为便于社会公众理解，现就报告"
                       "主要内容解读如下。", "一、报告的主要框架。报告共分为主要举措和成效、存在的不足、"
                       "下一年度工作安排等部分。", "二、报告的主要特点。报告用数据说话，突出行政执法和"
                       "行政复议工作成效。"],
    "disclosure_report": ["本报告根据《中华人民共和国政府信息公开条例》编制，全文包括总体情况、主动公开"
                          "政府信息情况、收到和处理政府信息公开申请情况等内容。", "一、总体情况",
                          "{year}年，{place}深入贯彻政府信息公开条例，主动公开政府信息{n}条。"],
    "plan": ["为深入推进依法行政，加快建设法治政府，结合本地实际，制定本要点。",
             "一、加强党对法治政府建设的领导", "二、健全依法行政制度体系", "三、严格规范行政执法"],
    "notice": ["各乡镇人民政府、街道办事处，县直各单位：", "根据法治政府建设年度报告制度要求，请各单位于"
               "{next}年2月20日前报送{year}年度法治政府建设情况报告，并按规定向社会公开。", "特此通知。"],
    "news": ["{date}，{place}召开全面依法治县（区）委员会会议，传达学习上级会议精神，审议有关文件。",
             "会议强调，要深入学习贯彻习近平法治思想，扎实推进法治政府建设各项任务落地见效。"],
    "summary": ["{year}年，{place}司法局围绕中心、服务大局，法治宣传教育工作取得新进展。",
                "一是深化普法责任制落实；二是推进法治文化阵地建设；三是开展“法律明白人”培养工程。"],
}


def non_report_paragraphs(why: str, place: str, year: int, date: str) -> list[str]:
    """The body lines of a listed item that is not a report."""
    key = why if why in NON_REPORT_BODIES else "news"
    return [line.format(place=place, year=year, next=year + 1, date=date, n=300 + year % 97)
            for line in NON_REPORT_BODIES[key]]
