"""Fictional report texts for round 12 from sentence pools (deterministic: seeded by place and year).

`standard` reports have four parts (measures, leadership, shortcomings, plans) and 13 headings;
`short` ones have no leadership part and 10 headings. Every heading is its own paragraph.
"""
# ruff: noqa: E501  (HTML templates and portal data: long literals read better whole)
import random

MEASURES = ["坚持党的领导，统筹推进法治政府建设", "依法全面履行政府职能", "健全依法决策机制",
            "严格规范公正文明执法"]
LEADERSHIP = ["带头学法用法，压实第一责任", "研究部署法治建设重大事项"]
PLANS = ["持续深化行政执法体制改革", "加强行政复议和应诉工作", "提升领导干部法治素养"]
BODY = ["一是健全完善工作机制，定期召开专题会议研究部署，推动各项任务落地见效。",
        "二是深化“放管服”改革，全面推行证明事项告知承诺制，政务服务事项网上可办率持续提升。",
        "三是严格落实重大行政决策程序，全年开展合法性审查{n}件，提出修改意见{m}条。",
        "全年办理行政复议案件{n}件，依法纠错{m}件，行政机关负责人出庭应诉率达到100%。",
        "全面落实行政执法公示、执法全过程记录、重大执法决定法制审核制度，开展行政执法案卷评查{m}次。",
        "深入开展“八五”普法，组织领导干部集中学法{m}次，落实“谁执法谁普法”责任制。",
        "推进基层法治建设，乡镇（街道）合法性审查全覆盖，村（社区）法律顾问配备率达到100%。"]
SHORT_BODY = ["一是部分执法人员法治意识有待增强，执法规范化水平仍需提升。",
              "二是基层法治力量相对薄弱，专业人才不足。",
              "三是行政复议化解行政争议的主渠道作用发挥还不够充分。"]
PLAN_BODY = ["坚持问题导向，细化工作举措，确保各项任务按期完成。",
             "加强督促检查，将法治政府建设纳入绩效考核，推动责任落实。"]
CN = "一二三四五六七八九十"


def _para(rng: random.Random) -> str:
    return rng.choice(BODY).format(n=rng.randint(30, 260), m=rng.randint(3, 40))


def report_paragraphs(place: str, gov: str, superior: str, year: int, kind: str) -> list[str]:
    """The report's paragraphs, salutation first, signer and date last."""
    rng = random.Random(f"{place}{year}")
    out = [f"{superior}：", f"{year}年，{place}坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，"
           f"全面落实《法治政府建设实施纲要（2021—2025年）》，法治政府建设取得新成效。现将有关情况报告如下："]
    parts = [(f"{year}年度推进法治政府建设的主要举措和成效", MEASURES)]
    if kind == "standard":
        parts.append(("党政主要负责人履行推进法治建设第一责任人职责情况", LEADERSHIP))
    parts.append(("存在的不足和原因", []))
    parts.append((f"{year + 1}年度推进法治政府建设的主要安排", PLANS))
    for i, (head, subs) in enumerate(parts):
        out.append(f"{CN[i]}、{head}")
        if not subs:
            out.append("在肯定成绩的同时，我们也清醒地认识到，法治政府建设还存在一些不足。")
            out.extend(SHORT_BODY)
        for j, sub in enumerate(subs):
            out.append(f"（{CN[j]}）{sub}")
            out.extend([_para(rng), _para(rng)] if head.endswith("成效") else [rng.choice(PLAN_BODY)])
    out += ["特此报告。", gov, f"{year + 1}年{rng.randint(1, 3)}月{rng.randint(10, 28)}日"]
    return out


def sections(kind: str) -> int:
    """Headings in a report of this kind (一、 and （一） lines)."""
    return 13 if kind == "standard" else 10


def level1(kind: str) -> list[str]:
    """The report's level-1 categories in order."""
    return (["measures", "leadership", "shortcomings", "plans"] if kind == "standard"
            else ["measures", "shortcomings", "plans"])


NOTICE_BODY = ["各有关单位：", "根据工作安排，现就有关事项通知如下：", "一、高度重视，按时完成各项工作任务。",
               "二、加强统筹，确保工作质量。", "特此通知。"]


def other_paragraphs(title: str) -> list[str]:
    """A non-report article's text: a few sentences that mention its subject."""
    return [f"{title}。"] + NOTICE_BODY[1:] + ["联系人：办公室，联系电话：0000-1234567。"]
