"""Report and article texts for round 14, from sentence pools (deterministic: no randomness).

A report (`report_paragraphs`) is: salutation, opening paragraph, 一、/（一） headings each its own
paragraph with body text (一是/二是 …) under them, 特此报告, signer and date. `standard` has the
measures (一、 + 5 subheadings), leadership (二、 + 2), shortcomings (三、) and plans (四、 + 2)
parts: 13 headings; `short` has no leadership part: 10.
"""

from __future__ import annotations

CN_NUM = "一二三四五六七八九十"
SUB_TOPICS = [
    "依法全面履行政府职能",
    "健全依法行政制度体系",
    "严格规范公正文明执法",
    "强化对行政权力的制约和监督",
    "依法有效化解社会矛盾纠纷",
]
BODY_POOL = [
    "一是持续深化“放管服”改革，全面推行权责清单制度，动态调整行政许可事项{n}项。",
    "二是严格落实重大行政决策程序规定，年度重大行政决策事项全部经过合法性审查和集体讨论决定。",
    "三是深入推进行政执法“三项制度”，全年办理行政执法案件{m}件，案卷评查合格率达到百分之百。",
    "一是加强行政复议规范化建设，全年受理行政复议案件{k}件，依法纠错率稳步提升。",
    "二是认真执行行政机关负责人出庭应诉制度，出庭应诉率保持在较高水平。",
    "三是扎实推进“八五”普法，落实“谁执法谁普法”普法责任制，开展宪法宣传周等主题活动。",
    "一是完善公共法律服务体系，村（社区）法律顾问实现全覆盖。",
    "二是坚持和发展新时代“枫桥经验”，人民调解组织调处各类矛盾纠纷{m}件。",
]
LEAD_BODY = [
    "党政主要负责人切实履行推进法治建设第一责任人职责，将法治政府建设纳入经济社会发展总体规划和年度工作计划。",
    "政府常务会议定期听取法治政府建设工作汇报，研究解决重大问题，带头开展年终述法。",
]
SHORT_BODY = [
    "一是部分单位对法治政府建设重要性认识不够，工作推进不平衡。",
    "二是基层行政执法队伍专业化水平有待提高，执法规范化程度仍需加强。",
    "三是运用法治思维和法治方式解决问题的能力还需进一步提升。",
]
PLAN_SUBS = ["持续加强党对法治政府建设的领导", "全面提升依法行政能力和水平"]
PLAN_BODY = "坚持以习近平法治思想为指导，对标对表法治政府建设实施纲要，确保各项任务落地见效。"


def _body(i: int, year: int) -> str:
    line = BODY_POOL[(i + year) % len(BODY_POOL)]
    return line.format(
        n=12 + (year % 7) * 3 + i, m=300 + year % 50 * 7 + i * 11, k=40 + year % 9 + i
    )


def report_paragraphs(
    place: str, gov: str, superior: str, year: int, *, short: bool, signed: str
) -> list[str]:
    """The report's paragraphs, in order (headings are paragraphs of their own)."""
    paras = [
        f"{superior}：",
        f"{year}年，{place}坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻"
        f"习近平法治思想，全面落实法治政府建设各项任务，现将{year}年度法治政府建设情况报告如下。",
    ]
    paras.append(f"一、{year}年度推进法治政府建设的主要举措和成效")
    for i, topic in enumerate(SUB_TOPICS):
        paras += [f"（{CN_NUM[i]}）{topic}", _body(i, year), _body(i + 3, year)]
    num = 1
    if not short:
        paras.append(f"{CN_NUM[num]}、党政主要负责人履行推进法治建设第一责任人职责情况")
        paras += ["（一）强化组织领导", LEAD_BODY[0], "（二）带头尊法学法守法用法", LEAD_BODY[1]]
        num += 1
    paras.append(f"{CN_NUM[num]}、推进法治政府建设存在的不足和原因")
    paras += SHORT_BODY
    paras.append(f"{CN_NUM[num + 1]}、{year + 1}年度推进法治政府建设的主要安排")
    for i, sub in enumerate(PLAN_SUBS):
        paras += [f"（{CN_NUM[i]}）{sub}", PLAN_BODY]
    paras += ["特此报告。", gov, signed]
    return paras


def headings(short: bool) -> int:
    """How many 一、/（一） headings a report has."""
    return 10 if short else 13


def level1(short: bool) -> list[str]:
    return (
        ["measures", "shortcomings", "plans"]
        if short
        else ["measures", "leadership", "shortcomings", "plans"]
    )


def other_paragraphs(title: str, place: str, date: str) -> list[str]:
    """Body text of a non-report article (news, notice, 解读, 公开年报, 工作要点)."""
    if "解读" in title:
        return [
            f"近日，{place}公开发布"
            f"了{title.replace('解读', '').strip('《》')}。为便于公众理解，现解读如下。",
            "一、报告的主要内容",
            "报告从主要举措和成效、存在的不足、下一步安排等方面作了全面总结。",
            "二、报告的主要特点",
            "报告数据翔实、重点突出，回应了群众关切。",
        ]
    if "政府信息公开工作年度报告" in title:
        return [
            "本报告根据《中华人民共和国政府信息公开条例》要求编制。",
            "一、总体情况",
            "全年主动公开政府信息若干条，依申请公开办理及时规范。",
            "二、主动公开政府信息情况",
            "三、收到和处理政府信息公开申请情况",
            "四、政府信息公开行政复议、行政诉讼情况",
            "五、存在的主要问题及改进情况",
            "六、其他需要报告的事项",
        ]
    if "通知" in title:
        return [
            "各乡镇人民政府（街道办事处），县政府各部门：",
            f"{title.replace('关于', '').replace('的通知', '')}，现将有关事项通知如下。",
            "一、报送内容",
            "二、报送时间",
            "三、有关要求",
            f"{place}全面依法治县委员会办公室",
            date,
        ]
    if "要点" in title:
        return [
            f"为深入推进法治{place}建设，制定本要点。",
            "一、加强党对法治政府建设的领导",
            "二、健全政府机构职能体系",
            "三、推进严格规范公正文明执法",
        ]
    return [
        f"{date[:4]}年{int(date[5:7])}月{int(date[8:10])}日，{place}召开会议，"
        "总结工作成效，部署下一阶段重点任务。",
        "会议强调，要提高政治站位，压实工作责任，"
        "确保各项任务落到实处。各乡镇、各有关部门主要负责同志参加会议。",
    ]
