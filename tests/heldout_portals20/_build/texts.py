"""Sentence pools for round 20's fictional report texts (seeded: the output is deterministic)."""

from __future__ import annotations

import random

MEASURES = ["深入学习贯彻习近平法治思想，把法治政府建设纳入经济社会发展总体规划",
            "健全依法行政制度体系，严格落实重大行政决策程序规定",
            "深化“放管服”改革，持续优化法治化营商环境",
            "严格规范公正文明执法，全面落实行政执法三项制度",
            "强化对行政权力的制约和监督，自觉接受人大监督和政协民主监督",
            "依法有效化解社会矛盾纠纷，推进行政复议体制改革"]
BODY = ["全年共审查规范性文件{n}件，提出修改意见{m}条，均按期完成备案。",
        "组织开展行政执法案卷评查{n}次，评查案卷{m}卷，发现问题当场反馈整改。",
        "办理行政复议案件{n}件，依法纠错{m}件，纠错率同比有所上升。",
        "开展“法律进机关、进乡村、进社区”活动{n}场次，受众{m}余人次。",
        "政务服务事项网上可办率达到{n}%，“一网通办”事项{m}项。",
        "聘请法律顾问{n}名，审查合同协议{m}份，提出法律意见建议若干。"]
LEADERSHIP = ["主要负责人带头学法用法，主持召开常务会议专题研究法治政府建设{n}次。",
              "将履行推进法治建设第一责任人职责情况列入年终述职内容，压实工作责任。"]
SHORTCOMINGS = ["一是基层法治力量仍然薄弱，执法人员专业化水平有待提升。",
                "二是行政执法规范化程度不够均衡，个别领域仍存在执法不严格的问题。",
                "三是法治宣传教育的针对性和实效性还需进一步增强。"]
PLANS = ["持续深化习近平法治思想学习宣传贯彻", "全面提升依法行政能力和水平",
         "深入推进严格规范公正文明执法"]
CN_NUM = "一二三四五六七八九十"


def report_paragraphs(place: str, gov: str, salutation: str, year: int,
                      short: bool, seed: int) -> tuple[list[tuple[str, str]], int, list[str]]:
    """A report's paragraphs as (kind, text) with kind p/h1/h2, its heading count and level-1
    categories: measures (（一）…（四）), leadership (unless short), shortcomings, plans (three)."""
    rnd = random.Random(seed)
    out: list[tuple[str, str]] = [("p", salutation), (
        "p", f"{year}年，{place}坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实党中央、"
             f"国务院和省委、省政府关于法治政府建设的决策部署，扎实推进法治政府建设各项工作。"
             f"现将{year}年度法治政府建设情况报告如下：")]
    parts = [("measures", f"{year}年推进法治政府建设的主要举措和成效")]
    if not short:
        parts.append(("leadership", "党政主要负责人履行推进法治建设第一责任人职责情况"))
    parts += [("shortcomings", "存在的不足和原因"),
              ("plans", f"{year + 1}年推进法治政府建设的主要安排")]
    headings = 0
    for i, (kind, head) in enumerate(parts):
        out.append(("h1", f"{CN_NUM[i]}、{head}"))
        headings += 1
        if kind in ("measures", "plans"):
            pool = MEASURES if kind == "measures" else PLANS
            for j, sub in enumerate(rnd.sample(pool, 4 if kind == "measures" else 3)):
                out.append(("h2", f"（{CN_NUM[j]}）{sub}"))
                headings += 1
                line = rnd.choice(BODY).format(n=rnd.randint(3, 60), m=rnd.randint(10, 900))
                out.append(("p", line if kind == "measures" else "围绕上述目标，细化工作措施，"
                            "明确责任分工，确保各项任务落到实处。"))
        elif kind == "leadership":
            out += [("p", s.format(n=rnd.randint(2, 8))) for s in LEADERSHIP]
        else:
            out += [("p", s) for s in SHORTCOMINGS]
    out += [("p", "特此报告。"), ("p", gov), ("p", f"{year + 1}年{rnd.randint(1, 3)}月"
                                                    f"{rnd.randint(2, 28)}日")]
    return out, headings, [k for k, _ in parts]


def other_paragraphs(title: str, place: str, kind: str) -> list[str]:
    """A non-report's body: a few plain paragraphs matching its kind."""
    pools = {
        "jiedu": [
            "一、起草背景",
            f"为全面展示{place}法治政府建设成效，现对年度报告作如下解读。",
            "二、主要内容",
            "报告共分四个部分，回顾了全年工作，查找了问题不足，明确了下一步安排。",
        ],
        "xxgk": [
            "一、总体情况",
            f"本年度{place}主动公开政府信息若干条，依申请公开办理及时。",
            "二、主动公开政府信息情况",
            "（详见统计表格）",
            "三、收到和处理政府信息公开申请情况",
        ],
        "yaodian": [
            f"为扎实推进{place}法治政府建设，现制定本年度工作要点如下。",
            "一、加强党对法治政府建设的领导",
            "二、深化行政执法体制改革",
        ],
        "notice": [
            "各乡镇人民政府，县政府各部门：",
            "请于1月31日前将本单位年度法治政府建设情况报告报送县司法局。",
            "联系人：王某某，电话：0000-1234567。",
        ],
        "news": [
            f"近日，{place}召开会议，部署推进相关工作。",
            "会议强调，要提高政治站位，压实工作责任。",
        ],
        "xianfa": [
            f"12月4日，{place}组织开展“宪法宣传周”集中宣传活动。",
            "活动现场发放宣传资料三千余份。",
        ],
        "mingdan": [
            "根据有关规定，现将行政执法主体名单予以公告。",
            "附件：行政执法主体名单",
        ],
    }
    return [title] + pools[kind]
