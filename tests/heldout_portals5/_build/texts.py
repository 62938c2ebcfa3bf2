"""Fictional report texts for the round-5 held-out portals: 一、/（一）/1. numbering, a salutation,
特此报告 and a signature. Each report is a list of (kind, text) blocks and its level-1 categories."""

from __future__ import annotations

import hashlib

CN_NUM = "一二三四五六七八九十"

MEASURE_ITEMS = [
    ("坚持党的全面领导，把牢法治政府建设正确方向",
     "{year}年，{place}把法治政府建设纳入经济社会发展总体规划，{n1}次召开政府常务会议专题研究法治工作，"
     "制定年度工作要点并逐项明确责任单位和完成时限。一是健全学法制度，全年组织专题学法{n2}次；"
     "二是落实述法制度，{n3}个部门主要负责人在年终考核中专题述法。"),
    ("深化“放管服”改革，依法全面履行政府职能",
     "持续推进政务服务标准化、规范化、便利化，动态调整权责清单{n4}项，“一件事一次办”事项拓展至{n5}个，"
     "政务服务事项网上可办率达到{pct}%。优化营商环境，清理涉企收费和不合理准入门槛{n2}项。"),
    ("健全依法决策机制，提升行政决策公信力",
     "严格执行重大行政决策程序规定，公布年度重大行政决策事项目录{n3}项，全部履行公众参与、专家论证、"
     "风险评估、合法性审查和集体讨论决定程序。审查政府合同和涉法事务{n1}0件，提出法律意见{n4}条。"),
    ("加强行政规范性文件管理，维护法制统一",
     "落实规范性文件合法性审核机制，审核文件{n5}件，备案审查率、报备及时率均达到100%。"
     "开展规范性文件集中清理，废止{n3}件、修改{n2}件。"),
    ("严格规范公正文明执法，提升执法质效",
     "全面推行行政执法公示、执法全过程记录、重大执法决定法制审核三项制度，开展行政执法案卷评查，"
     "评查案卷{n4}卷。推行包容审慎监管，对{n5}起轻微违法行为依法不予处罚。"),
    ("强化行政权力制约监督，推进政务公开",
     "自觉接受人大法律监督、政协民主监督，办理人大代表建议{n5}件、政协提案{n4}件，办结率100%。"
     "主动公开政府信息{n1}{n2}{n3}条，依申请公开办结{n2}{n4}件。"),
    ("依法有效化解社会矛盾纠纷，维护社会和谐稳定",
     "坚持和发展新时代“枫桥经验”，全年调解各类矛盾纠纷{n1}{n4}{n3}件，调解成功率{pct}%。"
     "办理行政复议案件{n5}件，行政机关负责人出庭应诉率保持100%。"),
]

HIGHLIGHTS = [
    "{year}年{place}被确定为全省法治政府建设示范创建候选地区，{n2}个案例入选全市依法行政典型案例。",
    "组建{place}公共法律服务中心，设立村（社区）法律顾问工作室{n5}个，实现法律顾问全覆盖。",
    "在全市率先推行“非现场执法”，覆盖交通运输、生态环境等{n3}个领域，减少入企检查{n4}次。",
    "建成行政执法监督平台，归集执法主体{n4}个、执法人员{n5}0名，实现执法数据实时汇聚。",
    "开展“法治体检”进企业活动，走访企业{n5}家，帮助解决涉法问题{n4}个。",
    "推行证明事项告知承诺制，取消各类证明材料{n4}项，惠及群众{n1}万余人次。",
    "组织旁听庭审{n2}次，组织行政执法人员公共法律知识和专业法律知识轮训{n3}期。",
    "{place}“府院联动”机制入选全省法治政府建设创新案例，全年召开联席会议{n2}次，协调化解行政争议{n4}件。",
    "制定{place}行政裁量权基准{n5}0余项，覆盖{n4}个执法部门，执法尺度不一问题得到有效解决。",
    "开通“12348”公共法律服务热线分中心，全年接听咨询{n1}{n4}0余个，群众满意率{pct}%。",
]
LEADERSHIP_VARIANTS = [
    "带头尊法学法守法用法，全年讲法治课{n1}次，对{n2}个部门的法治建设情况进行约谈督办。",
    "坚持把法治政府建设与经济社会发展同部署、同推进、同督促、同考核、同奖惩，推动各项任务落实落地。",
    "将履行推进法治建设第一责任人职责情况列入年终述职内容，对{n3}个乡镇开展法治建设专项督察。",
]

LEADERSHIP = (
    "{chief}认真履行推进法治建设第一责任人职责，对法治政府建设重要工作亲自部署、重大问题亲自过问、"
    "重点环节亲自协调、重要任务亲自督办。全年主持召开专题会议{n2}次，带头参加旁听庭审和集体学法，"
    "将法治建设情况纳入政府部门绩效考核，考核权重不低于{n3}%。"
)

SHORTCOMINGS = [
    "法治政府建设推进不够平衡，部分乡镇和部门对法治建设重视程度还不够高",
    "行政执法规范化水平有待提升，基层执法人员专业素养参差不齐，执法文书制作仍不够规范",
    "法治宣传教育的针对性和实效性还需增强，群众参与度有待进一步提高",
    "重大行政决策公众参与的广度和深度不够，部分决策事项风险评估流于形式",
    "行政复议化解行政争议的主渠道作用发挥还不充分，行政诉讼败诉案件仍有发生",
    "数字法治政府建设相对滞后，执法监督信息平台数据共享不畅",
    "基层法治工作力量薄弱，乡镇合法性审查人员多为兼职，专业能力不足",
]
ORDINALS = ["一是", "二是", "三是", "四是"]

PLANS = [
    "着力提升依法行政能力。持续抓好领导干部学法用法，健全常态化学法机制",
    "着力规范行政执法行为。深化行政执法协调监督工作体系建设，开展执法质量提升行动",
    "着力推进基层法治建设。加强乡镇（街道）合法性审查工作，打造一批基层法治示范点",
    "着力提高决策质量。严格落实重大行政决策程序，扩大公众参与，完善决策后评估",
    "着力优化法治化营商环境。全面清理妨碍统一市场和公平竞争的政策措施，推行涉企“综合查一次”",
    "着力加强数字法治建设。推进执法监督平台与政务服务平台数据互通，提升智慧执法水平",
    "着力深化法治宣传教育。组织实施“九五”普法规划，打造具有地方特色的法治文化阵地",
]


def _pick(pool: list[str], count: int, seed: int) -> list[str]:
    order = sorted(range(len(pool)), key=lambda k: hashlib.sha1(f"{seed}:{k}".encode()).hexdigest())
    return [pool[k] for k in order[:count]]


def _numbers(seed: int) -> dict[str, int]:
    return {"n1": 2 + seed % 7, "n2": 3 + seed % 5, "n3": 4 + seed % 6, "n4": 11 + seed % 37,
            "n5": 23 + seed % 51, "pct": 91 + seed % 9}


def report_blocks(place: str, year: int, *, chief: str, salutation: str, signer: str,
                  signed: str, variant: str = "standard", seed: int = 0,
                  docno: str = "") -> tuple[list[tuple[str, str]], list[str]]:
    """Blocks ('h1' level-1 heading, 'h2', 'p') of one report and its level-1 categories.

    variant: standard (4 sections), thematic (measures as several 一、聚焦… sections),
    inspection (a fifth 督察整改 section), short (3 sections: measures, shortcomings, plans)."""
    nums = _numbers(seed + year)
    fill = dict(nums, place=place, year=year, chief=chief)
    blocks: list[tuple[str, str]] = []
    if docno:
        blocks.append(("p", docno))
    blocks.append(("p", salutation))
    blocks.append(("p", f"{year}年，{place}坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，"
                        f"全面落实《法治政府建设实施纲要（2021—2025年）》，法治政府建设各项工作取得新成效。"
                        f"现将{year}年度法治政府建设情况报告如下："))
    items = _pick(MEASURE_ITEMS, 4, seed * 7 + year)
    sections: list[tuple[str, str, list[tuple[str, str]]]] = []
    if variant == "thematic":
        for title, body in items[:3]:
            sections.append(("measures", title, [("p", body.format(**fill))]))
        sections[-1][2].append(("p", "".join(h.format(**fill) for h in _pick(HIGHLIGHTS, 2, seed + 7 * year))))
    else:
        subs = []
        for k, (title, body) in enumerate(items):
            subs.append(("h2", f"（{CN_NUM[k]}）{title}。"))
            subs.append(("p", body.format(**fill)))
        subs.append(("p", "此外，" + "".join(h.format(**fill) for h in _pick(HIGHLIGHTS, 2, seed + 7 * year))))
        sections.append(("measures", f"{year}年度推进法治政府建设的主要举措和成效", subs))
    if variant != "short":
        extra = LEADERSHIP_VARIANTS[(seed + year) % len(LEADERSHIP_VARIANTS)].format(**fill)
        sections.append(("leadership", "党政主要负责人履行推进法治建设第一责任人职责情况",
                         [("p", LEADERSHIP.format(**fill) + extra)]))
    if variant == "inspection":
        sections.append(("other", "法治政府建设督察反馈问题整改情况",
                         [("p", f"针对{year}年度法治政府建设督察反馈的{nums['n2']}个问题，"
                                f"逐项制定整改措施，已全部整改到位。")]))
    picks = _pick(SHORTCOMINGS, 3 + (seed + year) % 2, seed * 3 + year)
    sections.append(("shortcomings", "存在的不足和原因",
                     [("p", f"{ORDINALS[k]}{text}。") for k, text in enumerate(picks)]))
    plans = _pick(PLANS, 3 + (seed + year + 1) % 2, seed * 5 + year)
    sections.append(("plans", f"{year + 1}年度推进法治政府建设的主要安排",
                     [("p", f"{year + 1}年，{place}将坚持以习近平法治思想为引领，重点做好以下工作：")]
                     + [("p", f"（{CN_NUM[k]}）{text}。") for k, text in enumerate(plans)]))
    for k, (_, title, subs) in enumerate(sections):
        blocks.append(("h1", f"{CN_NUM[k]}、{title}"))
        blocks.extend(subs)
    blocks.append(("p", "特此报告。"))
    blocks.append(("p", signer))
    blocks.append(("p", signed))
    return blocks, [cat for cat, _, _ in sections]


def blocks_html(blocks: list[tuple[str, str]], *, style: str = "p") -> str:
    """Report blocks as HTML paragraphs; style 'span' wraps text in Word-style spans."""
    out = []
    for kind, text in blocks:
        if style == "span":
            weight = "font-weight:bold;" if kind != "p" else ""
            out.append(f'<p style="text-indent:2em;line-height:1.75"><span style="font-family:仿宋_GB2312;'
                       f'{weight}font-size:16pt">{text}</span></p>')
        elif kind == "h1":
            out.append(f"<p><strong>{text}</strong></p>")
        else:
            out.append(f'<p style="text-indent:2em">{text}</p>')
    return "\n".join(out)


def plain_text(blocks: list[tuple[str, str]]) -> list[str]:
    return [text for _, text in blocks]
