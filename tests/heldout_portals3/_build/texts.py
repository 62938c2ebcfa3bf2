"""Fictional report and article texts for the round-3 held-out portals (written blind)."""

# ruff: noqa: E501 - fixture builder: long lines are HTML and report text

from __future__ import annotations

CN_NUM = "一二三四五六七八九十"

MEASURE_TOPICS = [
    ("坚持党的全面领导，压紧压实法治政府建设责任",
     "{org}党组（党委）把法治政府建设纳入年度重点工作，全年召开常务会议专题研究法治工作{n1}次，"
     "制定年度工作要点，明确{n2}项重点任务，逐项压实责任单位和完成时限。一是健全学法制度，"
     "常务会议会前学法{n3}次；二是落实述法制度，{n4}名部门主要负责人在年终述职中专题述法。"),
    ("深化“放管服”改革，持续优化法治化营商环境",
     "全面落实行政许可事项清单管理，梳理公布行政许可事项{n5}项，推行“一件事一次办”集成服务{n3}项。"
     "开展涉企行政检查规范化专项行动，推行“综合查一次”，涉企检查频次同比下降{n4}%。"
     "清理涉及不平等对待企业的政策措施{n2}件，均已按程序修改或废止。"),
    ("健全依法决策机制，提升行政决策公信力",
     "严格执行《重大行政决策程序暂行条例》，公布年度重大行政决策事项目录{n2}项，"
     "全部履行公众参与、专家论证、风险评估、合法性审查和集体讨论决定程序。"
     "政府法律顾问列席常务会议{n1}次，审查各类合同、协议{n5}件，提出法律意见{n3}条。"),
    ("加强行政规范性文件监督管理，维护法制统一",
     "落实规范性文件合法性审核机制，审核规范性文件{n2}件，备案审查率、报备及时率均达100%。"
     "开展规范性文件专项清理，废止{n3}件、修改{n1}件，清理结果已向社会公布。"),
    ("严格规范公正文明执法，全面落实行政执法“三项制度”",
     "推行行政执法公示、执法全过程记录、重大执法决定法制审核制度，公示执法信息{n5}条。"
     "组织行政执法人员专业法律知识培训{n1}期，{n4}名执法人员通过考试取得执法证件。"
     "开展行政执法案卷评查，抽查案卷{n2}卷，对发现的问题督促限期整改。"),
    ("强化行政权力制约监督，推进政务公开",
     "自觉接受人大法律监督、政协民主监督，办理人大代表建议{n5}件、政协委员提案{n2}件，"
     "办复率100%。主动公开政府信息{n5}条，依申请公开答复{n3}件，均在法定期限内办结。"),
    ("依法化解社会矛盾纠纷，推动行政争议实质性化解",
     "办理行政复议案件{n2}件，纠错率{n4}%，行政机关负责人出庭应诉率保持100%。"
     "健全人民调解、行政调解、司法调解联动机制，调解各类矛盾纠纷{n5}件，调解成功率98%以上。"),
    ("深入开展法治宣传教育，营造尊法学法守法用法氛围",
     "落实“谁执法谁普法”普法责任制，发布普法责任清单，开展“宪法宣传周”“民法典宣传月”等主题活动"
     "{n2}场次，覆盖群众{n5}余人次。培育“法治带头人”“法律明白人”{n3}名。"),
]

LEADERSHIP = [
    "主要负责人切实履行推进法治建设第一责任人职责，做到重要工作亲自部署、重大问题亲自过问、"
    "重点环节亲自协调、重要任务亲自督办。全年主持召开专题会议{n1}次，研究解决法治建设重大问题{n2}个。",
    "带头尊法学法守法用法，将习近平法治思想纳入理论学习中心组学习内容，开展集体学法{n3}次；"
    "带头出庭应诉行政案件{n1}件，带头接访群众、化解信访积案。",
]

SHORTCOMINGS = [
    "一是法治思维和依法行政能力仍需提升，个别干部运用法治方式解决问题的能力不足；"
    "二是基层行政执法力量相对薄弱，执法规范化水平与新形势要求还有差距；"
    "三是法治宣传教育的针对性和实效性有待增强。",
    "产生上述问题的原因，主要是对法治政府建设的重要性认识还不够深，法治人才队伍建设相对滞后，"
    "督促检查和考核评价机制还不够健全。",
]

PLANS = [
    "一是深入学习贯彻习近平法治思想，把法治政府建设放在全局工作中统筹谋划；"
    "二是持续推进严格规范公正文明执法，深化基层综合行政执法改革；"
    "三是加强行政复议和行政应诉工作，推动行政争议源头化解；"
    "四是健全法治政府建设督察考核机制，确保各项任务落地见效。",
]

OTHER = [
    "针对上级法治督察反馈的{n1}个问题，逐条制定整改措施，明确责任单位和整改时限，"
    "目前已全部完成整改，相关制度成果已印发执行。",
]

HEADINGS = {
    "measures": "{year}年度推进法治政府建设的主要举措和成效",
    "leadership": "党政主要负责人履行推进法治建设第一责任人职责情况",
    "shortcomings": "推进法治政府建设存在的不足和原因",
    "plans": "{next}年度推进法治政府建设的主要安排",
    "other": "法治督察反馈问题整改情况",
}
DEPT_HEADINGS = {
    "measures": "{year}年法治政府建设工作开展情况",
    "leadership": "主要负责人履行推进法治建设第一责任人职责情况",
    "shortcomings": "存在的问题及原因分析",
    "plans": "下一步工作打算",
    "other": "其他需要报告的事项",
}


def _nums(year: int, seed: int) -> dict:
    base = year * 7 + seed * 13
    return {"n1": 3 + base % 9, "n2": 11 + base % 37, "n3": 5 + base % 23, "n4": 20 + base % 61,
            "n5": 120 + base % 800}


def report_sections(*, org: str, year: int, seed: int = 0, order: tuple = (
        "measures", "leadership", "shortcomings", "plans"), dept: bool = False,
        topics: int = 4) -> list[tuple[str, list[str]]]:
    """Level-1 sections: (heading with 一、, [paragraphs, level-2 headings inline])."""
    heads = DEPT_HEADINGS if dept else HEADINGS
    nums = _nums(year, seed)
    sections = []
    for index, key in enumerate(order):
        heading = CN_NUM[index] + "、" + heads[key].format(year=year, next=year + 1)
        paras: list[str] = []
        if key == "measures":
            for k in range(topics):
                title, body = MEASURE_TOPICS[(seed + k) % len(MEASURE_TOPICS)]
                paras.append(f"（{CN_NUM[k]}）{title}。" + body.format(org=org, **nums))
        elif key == "leadership":
            paras += [p.format(**nums) for p in LEADERSHIP]
        elif key == "shortcomings":
            paras += SHORTCOMINGS
        elif key == "plans":
            paras.append(f"{year + 1}年，{org}将坚持以习近平新时代中国特色社会主义思想为指导，"
                         "全面贯彻党的二十大和二十届三中全会精神，重点做好以下工作：")
            paras += PLANS
        else:
            paras += [p.format(**nums) for p in OTHER]
        sections.append((heading, paras))
    return sections


def report_text(*, title: str, org: str, year: int, to: str, signer: str, date: str,
                seed: int = 0, order: tuple = ("measures", "leadership", "shortcomings", "plans"),
                dept: bool = False, docno: str = "") -> list[tuple[str, str]]:
    """The whole report as (kind, text) lines: kind is title|docno|p|h1."""
    lines = [("title", title)]
    if docno:
        lines.append(("docno", docno))
    lines.append(("p", to))
    lines.append(("p", f"{year}年，{org}坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻"
                        "习近平法治思想，认真落实《法治政府建设实施纲要（2021—2025年）》，"
                        f"扎实推进依法行政，法治政府建设取得新成效。现将{year}年度法治政府建设情况报告如下："))
    for heading, paras in report_sections(org=org, year=year, seed=seed, order=order, dept=dept):
        lines.append(("h1", heading))
        lines += [("p", p) for p in paras]
    lines += [("p", "特此报告。"), ("sign", signer), ("sign", date)]
    return lines


NEWS_BODY = (
    "{date_cn}，{place}召开{topic}。会议传达学习了上级有关会议精神，通报了近期工作进展情况，"
    "对下一阶段工作作出部署。会议强调，各级各部门要提高政治站位，压实工作责任，"
    "坚持问题导向，确保各项任务落到实处。{place}有关部门负责同志参加会议。"
)
INTERP_BODY = (
    "近日，《{report}》正式公开发布。为便于社会公众更好地了解报告内容，现就有关情况解读如下。"
    "一、报告的主要背景。根据《法治政府建设与责任落实督察工作规定》要求，每年第一季度向社会公开"
    "上一年度法治政府建设情况。二、报告的主要内容。报告共分为四个部分，全面总结了一年来的主要举措和成效。"
    "三、报告的主要特点。报告坚持问题导向，如实反映存在的不足，并提出下一步工作安排。"
)
DISCLOSURE_BODY = (
    "本报告根据《中华人民共和国政府信息公开条例》和国务院办公厅政府信息与政务公开办公室"
    "关于政府信息公开工作年度报告格式的要求编制。全文包括总体情况、主动公开政府信息情况、"
    "收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、"
    "其他需要报告的事项。本报告中所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。"
    "一、总体情况。{year}年，{place}认真贯彻落实政府信息公开条例，主动公开政府信息3{seed}6条。"
)
PLAN_BODY = (
    "为深入贯彻落实习近平法治思想，扎实推进{year}年法治政府建设，结合工作实际，制定本工作要点。"
    "一、健全政府机构职能体系。二、健全依法行政制度体系。三、健全行政决策制度体系。"
    "四、健全行政执法工作体系。五、健全突发事件应对体系。六、健全社会矛盾纠纷行政预防调处化解体系。"
    "七、健全行政权力制约和监督体系。八、健全法治政府建设科技保障体系。"
)
NOTICE_BODY = (
    "各乡镇人民政府、街道办事处，各有关单位：为{topic}，现将有关事项通知如下。"
    "一、工作目标。二、主要任务。三、工作要求。请各单位高度重视，认真组织实施，"
    "并于规定时间前将工作开展情况报送。联系人：王某某，联系电话：0000-1234567。"
)
