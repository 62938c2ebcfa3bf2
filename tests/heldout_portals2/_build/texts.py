# ruff: noqa: E501 - HTML templates and report texts are long lines on purpose
"""Report and filler texts for the held-out portals (fictional; numbers vary per report)."""
import random

MEASURE_HEADS = [
    "坚持党的领导，把牢法治政府建设正确方向", "深化“放管服”改革，持续优化法治化营商环境",
    "健全依法决策机制，提升行政决策公信力", "严格规范公正文明执法，提升行政执法质效",
    "强化行政权力制约监督，促进行政权力规范透明运行", "依法化解社会矛盾纠纷，维护社会和谐稳定",
    "加强规范性文件监督管理，维护法制统一", "深入推进政务公开，保障群众知情权",
    "扎实开展普法依法治理，营造浓厚法治氛围", "加强法治队伍建设，夯实法治工作基础",
    "推进基层法治建设，提升基层治理法治化水平", "发挥行政复议主渠道作用，推动争议实质性化解",
    "完善公共法律服务体系，增强群众法治获得感", "强化数字赋能，推进“互联网+监管”",
]
MEASURE_SENTENCES = [
    "全年召开政府常务会议专题学法{a}次，组织领导干部旁听庭审{b}场。",
    "制定出台重大行政决策事项目录，纳入目录管理事项{a}项，全部履行公众参与、专家论证、风险评估、合法性审查和集体讨论决定程序。",
    "审查政府合同、规范性文件及重大决策事项{a}件，提出法律意见{b}条，采纳率100%。",
    "全面落实行政执法公示、执法全过程记录、重大执法决定法制审核“三项制度”，全年办理行政处罚案件{a}件。",
    "推行“综合查一次”联合执法，开展跨部门联合检查{a}次，减少涉企检查{b}家次。",
    "深化行政执法体制改革，整合执法队伍{a}支，向镇（街道）下放行政执法事项{b}项。",
    "办结行政复议案件{a}件，其中纠错{b}件，行政复议调解和解率达到{c}%。",
    "行政机关负责人出庭应诉率保持100%，全年出庭应诉行政诉讼案件{a}件。",
    "建成“一站式”矛盾纠纷调处化解中心，全年调处各类矛盾纠纷{a}件，调解成功率{c}%。",
    "政府依申请公开办理件{a}件，全部在法定期限内答复，未发生因信息公开被纠错情况。",
    "开展规范性文件清理，废止{a}件、修改{b}件，及时向社会公布清理结果。",
    "建立健全政府法律顾问制度，聘请法律顾问{a}名，实现镇（街道）法律顾问全覆盖。",
    "推进“谁执法谁普法”普法责任制，开展“法律进机关、进乡村、进社区、进学校、进企业、进单位”活动{a}场次。",
    "培育“法律明白人”{a}名，创建省级民主法治示范村（社区）{b}个。",
    "依托政务服务网推行“一网通办”，政务服务事项网上可办率达到{c}%，“最多跑一次”事项{a}项。",
    "实施包容审慎监管，对轻微违法行为依法不予处罚{a}件，涉及市场主体{b}家。",
    "自觉接受人大法律监督和政协民主监督，办理人大代表建议{a}件、政协提案{b}件，办复率100%。",
    "组织行政执法人员法律知识培训{a}期，参训人员{b}人次，执法证件年审合格率100%。",
    "完善公共法律服务网络，建成村（社区）公共法律服务工作室{a}个，提供法律咨询{b}人次。",
    "加强审计监督，完成审计项目{a}个，推动整改问题金额{b}万元。",
    "开展行政执法案卷评查，抽查案卷{a}卷，对发现的问题逐一督促整改。",
    "落实公平竞争审查制度，审查涉及市场主体经济活动的政策措施{a}件。",
    "建立行政复议决定书网上公开机制，公开复议决定书{a}份，以公开促公正。",
    "推进法治乡村建设，全县{a}个行政村全部配备法律顾问，法律服务覆盖率100%。",
]
LEADERSHIP_HEADS = ["党政主要负责人履行推进法治建设第一责任人职责情况",
                    "压实第一责任人职责，强化法治建设组织领导",
                    "主要负责人履行推进法治政府建设第一责任人职责情况"]
LEADERSHIP_SENTENCES = [
    "政府主要负责人认真履行推进法治建设第一责任人职责，亲自部署、亲自协调、亲自督办，全年主持研究法治政府建设工作{a}次。",
    "将法治建设纳入政府年度重点工作和绩效考核，考核权重提高至{c}%，压紧压实各部门主体责任。",
    "带头尊法学法守法用法，把习近平法治思想纳入政府常务会议学习内容，全年开展集中学法{a}次。",
    "主要负责人带头出庭应诉行政案件{b}件，带头参加行政复议听证和法治讲座，发挥“头雁效应”。",
    "落实党政主要负责人年终述法制度，{a}个部门主要负责人在年度述职中专题述法。",
]
SHORT_HEADS = ["推进法治政府建设存在的不足和原因", "存在的问题及原因分析", "存在的不足"]
SHORT_SENTENCES = [
    "一是部分领导干部运用法治思维和法治方式深化改革、推动发展的能力还有待提高。",
    "二是行政执法规范化水平还不够高，个别执法单位存在执法程序不够规范、文书制作不够严谨等问题。",
    "三是基层法治力量相对薄弱，镇（街道）法治机构人员配备不足，专业化水平有待提升。",
    "四是行政复议、行政应诉工作质效仍需提升，行政机关败诉案件仍有发生。",
    "二是法治宣传教育的针对性、实效性不够强，群众参与度有待提高。",
    "三是数字法治建设相对滞后，执法监督信息化平台应用不够充分。",
]
PLAN_HEADS = ["{next}年推进法治政府建设的主要安排", "下一年度工作打算", "下一步工作计划",
              "{next}年工作思路和打算"]
PLAN_SENTENCES = [
    "（一）持续深入学习贯彻习近平法治思想，把法治政府建设摆在工作全局更加突出的位置。",
    "（二）深化行政执法体制改革，全面推行行政裁量权基准制度，提升执法规范化水平。",
    "（三）健全依法决策机制，严格落实重大行政决策程序，加强合法性审查。",
    "（四）加强行政复议规范化建设，推动行政争议实质性化解，提高行政机关负责人出庭应诉质效。",
    "（五）深入实施“八五”普法规划，推进法治乡村、法治社区建设，营造办事依法、遇事找法的法治环境。",
    "（六）加强法治工作队伍建设，充实基层法治力量，确保法治政府建设各项任务落地见效。",
]
OTHER_HEADS = ["法治督察反馈问题整改落实情况", "其他需要报告的事项"]
OTHER_SENTENCES = [
    "针对上级法治督察反馈的{b}个问题，逐项制定整改措施，明确责任单位和完成时限，目前已全部整改到位。",
    "建立整改台账，实行销号管理，对整改情况开展“回头看”，巩固整改成效。",
]
NUMERALS = "一二三四五六七八九十"

TITLE_FORMS = [
    "{region}{year}年法治政府建设年度报告",
    "{region}关于{year}年度法治政府建设工作情况的报告",
    "{region}{year}年度法治政府建设情况报告",
    "关于{region}{year}年法治政府建设情况的报告",
]


def _fill(sentence: str, rng: random.Random) -> str:
    return sentence.format(a=rng.randint(3, 480), b=rng.randint(2, 90), c=rng.randint(86, 99))


def _of_its_time(text: str, year: int) -> str:
    """No names from after the report year (七五普法 until 2020; 习近平法治思想 named late 2020)."""
    if year <= 2020:
        text = text.replace("八五", "七五")
    if year <= 2019:
        text = text.replace("习近平法治思想", "习近平总书记全面依法治国新理念新思想新战略")
    return text


def make_report(region: str, year: int, *, seed: int, style: str = "standard",
                title_form: int = 0, salutation: str = "县委：", signer: str = "",
                date: str = "", title: str = "") -> dict:
    """A report: title, paragraphs [(kind, text)] with kind head1/head2/p, level1 categories."""
    rng = random.Random(seed)
    nxt = year + 1
    title = title or TITLE_FORMS[title_form].format(region=region, year=year)
    paras = [("p", salutation),
             ("p", f"{year}年，{region}坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，"
                   f"全面落实《法治政府建设实施纲要（{'2021—2025' if year >= 2021 else '2015—2020'}年）》，扎实推进依法行政，法治政府建设取得新成效。"
                   f"现将{year}年度法治政府建设工作情况报告如下：")]
    sections: list[tuple[str, str, list[str]]] = []
    heads = rng.sample(MEASURE_HEADS, 4)
    sentences = rng.sample(MEASURE_SENTENCES, 12)
    if style == "thematic":
        for i in range(3):
            sections.append(("measures", heads[i], [_fill(s, rng) for s in sentences[i * 4:i * 4 + 4]]))
    else:
        subs = []
        for i, head in enumerate(heads):
            body = "".join(_fill(s, rng) for s in sentences[i * 3:i * 3 + 3])
            subs.append(f"（{NUMERALS[i]}）{head}。{body}")
        main = (f"{year}年推进法治政府建设的主要举措和成效" if style != "merged"
                else f"{year}年法治政府建设工作情况")
        sections.append(("measures", main, subs))
    if style != "merged":
        sections.append(("leadership", rng.choice(LEADERSHIP_HEADS),
                         [_fill(s, rng) for s in rng.sample(LEADERSHIP_SENTENCES, 3)]))
    if style == "other":
        sections.append(("other", rng.choice(OTHER_HEADS), [_fill(s, rng) for s in OTHER_SENTENCES]))
    if style == "merged":
        plans = sorted(rng.sample(PLAN_SENTENCES, 3), key=PLAN_SENTENCES.index)
        body = SHORT_SENTENCES[:3] + [f"（{NUMERALS[i]}）{s[3:]}" for i, s in enumerate(plans)]
        sections.append(("shortcomings", "存在的问题和下一步工作打算", body))
    else:
        picked = [SHORT_SENTENCES[0]] + rng.sample(SHORT_SENTENCES[1:], 2)
        sections.append(("shortcomings", rng.choice(SHORT_HEADS),
                         [f"{NUMERALS[i]}是{s[2:]}" for i, s in enumerate(picked)]))
        plans = [PLAN_SENTENCES[0]] + sorted(rng.sample(PLAN_SENTENCES[1:], 3), key=PLAN_SENTENCES.index)
        sections.append(("plans", rng.choice(PLAN_HEADS).format(next=nxt),
                         [f"（{NUMERALS[i]}）{s[3:]}" for i, s in enumerate(plans)]))
    level1 = []
    for i, (cat, head, body) in enumerate(sections):
        paras.append(("head1", f"{NUMERALS[i]}、{head}"))
        paras.extend(("p", b) for b in body)
        level1.append(cat)
    paras.append(("p", "特此报告。"))
    paras = [(kind, _of_its_time(text, year)) for kind, text in paras]
    if signer:
        paras.append(("sign", signer))
    if date:
        paras.append(("sign", date))
    return {"title": title, "paras": paras, "level1": level1, "year": year}


FILLER_KINDS = {
    "xxgk": ("{region}{year}年政府信息公开工作年度报告", "政府信息公开工作年度报告"),
    "jd": ("一图读懂《{region}{year}年法治政府建设年度报告》", "解读"),
    "jd2": ("《{region}{year}年度法治政府建设情况报告》政策解读", "解读"),
    "yd": ("{region}{year}年法治政府建设工作要点", "工作要点"),
    "dc": ("关于开展{year}年度法治政府建设督察工作的通知", "notice"),
    "news": ("{region}召开{year}年全面依法治县工作会议", "news"),
    "news2": ("{region}开展“美好生活·民法典相伴”主题宣传活动", "news"),
    "news3": ("{region}举办{year}年度领导干部法治专题培训班", "news"),
    "gg": ("关于公布{year}年度行政执法主体和执法依据清单的公告", "notice"),
    "news4": ("{region}召开法治政府建设示范创建工作推进会", "news"),
    "zfxx": ("{region}{year}年度行政执法数据统计情况公示", "notice"),
    "news5": ("{region}司法局深入开展“八五”普法中期评估", "news"),
    "tz": ("关于征集{year}年度重大行政决策事项建议的公告", "notice"),
    "news6": ("{region}行政复议工作获评全省先进集体", "news"),
}


def make_filler(kind: str, region: str, year: int, *, seed: int) -> dict:
    rng = random.Random(seed)
    form, why = FILLER_KINDS[kind]
    title = form.format(region=region, year=year)
    if why == "政府信息公开工作年度报告":
        body = [f"本报告根据《中华人民共和国政府信息公开条例》要求编制。全文包括总体情况、主动公开政府信息情况、"
                f"收到和处理政府信息公开申请情况、政府信息公开行政复议及行政诉讼情况、存在的主要问题及改进情况、"
                f"其他需要报告的事项。报告中所列数据统计期限自{year}年1月1日起至{year}年12月31日止。",
                f"一、总体情况。{year}年，{region}主动公开政府信息{rng.randint(900, 4000)}条，"
                f"受理依申请公开{rng.randint(10, 90)}件。",
                "二、主动公开政府信息情况（略）。"]
    elif why == "解读":
        body = [f"近日，{region}发布{year}年法治政府建设年度报告。为便于公众理解，现就报告主要内容解读如下。",
                f"报告从主要举措和成效、第一责任人履职情况、存在的不足、下一年度安排四个方面进行了总结，"
                f"全年办理行政复议案件{rng.randint(20, 200)}件。", "（图解内容略）"]
    elif why == "工作要点":
        body = [f"为深入推进依法行政，加快建设法治政府，现就{year}年法治政府建设工作提出如下要点：",
                "一、深入学习贯彻习近平法治思想。二、依法全面履行政府职能。三、严格规范公正文明执法。"
                "四、强化行政权力制约和监督。", "各单位要结合实际抓好落实。"]
    elif why == "notice":
        body = ["各乡镇人民政府、街道办事处，县政府各部门：",
                f"根据上级部署，现就有关事项通知（公告）如下。请各单位于{year}年{rng.randint(3, 11)}月底前报送有关材料。",
                "联系电话：0000-12345678。"]
    else:
        body = [f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日，{region}召开会议（开展活动），"
                f"深入学习贯彻习近平法治思想，总结工作、部署任务。",
                f"会议强调，要把法治政府建设放在全局工作中统筹谋划，参加人员{rng.randint(40, 300)}人。"]
    return {"title": title, "paras": [("p", b) for b in body], "why": why}
