# ruff: noqa: E501  (page markup and report phrases are long literal strings)
"""Shared pieces of the held-out round 4 portals: report texts, page furniture, file writing."""

from __future__ import annotations

import json
import random
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent

# Level-1 heading variants: (category, heading text with {y} = report year, {n} = next year).
HEADINGS = {
    "std": [
        ("measures", "{y}年法治政府建设主要举措和成效"),
        ("leadership", "党政主要负责人履行推进法治建设第一责任人职责情况"),
        ("shortcomings", "存在的不足和原因"),
        ("plans", "{n}年推进法治政府建设的主要安排"),
    ],
    "thematic": [
        ("measures", "坚持党的全面领导，高位推动法治政府建设"),
        ("measures", "聚焦依法行政，全面提升政府治理效能"),
        ("leadership", "认真履行推进法治建设第一责任人职责"),
        ("shortcomings", "存在的问题"),
        ("plans", "下一步工作打算"),
    ],
    "other": [
        ("measures", "主要工作情况"),
        ("leadership", "党政主要负责人履职情况"),
        ("shortcomings", "存在的不足"),
        ("plans", "下一年度工作计划"),
        ("other", "督察反馈问题整改情况"),
    ],
}
NUMS = "一二三四五六七八九十"
SUB_TOPICS = {
    "measures": [
        "健全依法决策机制，重大行政决策程序全面落实",
        "深化行政执法体制改革，严格规范公正文明执法",
        "强化行政权力制约监督，推进政务公开提质增效",
        "依法化解社会矛盾纠纷，行政复议主渠道作用凸显",
        "加强规范性文件监督管理，维护法制统一",
    ],
    "leadership": ["强化组织领导", "带头尊法学法守法用法", "压实工作责任"],
    "shortcomings": [
        "法治意识有待进一步增强",
        "行政执法规范化水平仍需提升",
        "基层法治力量相对薄弱",
    ],
    "plans": ["持续深化法治政府示范创建", "着力提升行政执法质量", "加快推进基层法治建设"],
    "other": ["对照督察反馈意见逐项整改", "建立整改长效机制"],
}
BODY_BITS = [
    "全年共审查{name}及部门规范性文件{a}件，提出修改意见{b}条，备案审查率达到100%。",
    "组织开展行政执法案卷评查{a}次，评查案卷{b}卷，对发现的问题督促整改到位。",
    "全年受理行政复议案件{a}件，审结{b}件，纠错率较上年提高{c}个百分点。",
    "落实政府法律顾问制度，法律顾问参与审查重大合同、重大决策事项{a}件。",
    "组织领导干部集体学法{c}次，开展\u201c八五\u201d普法宣传活动{a}场，覆盖群众{b}余人次。",
    "推行行政执法公示、执法全过程记录、重大执法决定法制审核三项制度，执法音像记录{b}条。",
    "一是健全工作机制，二是强化督促检查，三是加强队伍建设，确保各项任务落到实处。",
    "人民调解组织共调解各类矛盾纠纷{b}件，调解成功率{d}%。",
]


def report_paragraphs(
    name: str, year: int, variant: str, seed: int
) -> tuple[list[tuple[str, str]], list[str]]:
    """The body of a report as (kind, text) rows (kind: p, h1, h2) and its level-1 categories."""
    rnd = random.Random(seed)
    rows: list[tuple[str, str]] = [
        (
            "p",
            f"{year}年，{name}坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，"
            f"全面落实《法治政府建设实施纲要（2021—2025年）》，扎实推进依法行政，法治政府建设取得新成效。"
            f"现将有关情况报告如下：",
        )
    ]
    cats = []
    for i, (cat, head) in enumerate(HEADINGS[variant]):
        cats.append(cat)
        rows.append(("h1", f"{NUMS[i]}、{head.format(y=year, n=year + 1)}"))
        topics = SUB_TOPICS[cat][: 3 if cat == "measures" else 2]
        for j, topic in enumerate(topics):
            bits = rnd.sample(BODY_BITS, 2)
            text = "".join(
                b.format(
                    name=name,
                    a=rnd.randint(12, 96),
                    b=rnd.randint(100, 900),
                    c=rnd.randint(2, 9),
                    d=rnd.randint(92, 99),
                )
                for b in bits
            )
            rows.append(("h2", f"（{NUMS[j]}）{topic}。{text}"))
    return rows, cats


def report_html(
    rows: list[tuple[str, str]], *, salutation: str, closing: list[str], tag: str = "p"
) -> str:
    """Rows as HTML paragraphs (headings bold), with salutation and closing block."""
    out = [f"<{tag}>{salutation}</{tag}>"]
    for kind, text in rows:
        inner = f"<strong>{text}</strong>" if kind == "h1" else text
        out.append(f'<{tag} style="text-indent:2em">{inner}</{tag}>')
    out.append(f'<{tag} style="text-indent:2em">特此报告。</{tag}>')
    out += [f'<{tag} style="text-align:right">{line}</{tag}>' for line in closing]
    return "\n".join(out)


def report_lines(
    rows: list[tuple[str, str]], *, title: str, salutation: str, closing: list[str]
) -> list[str]:
    """Rows as plain text lines, for PDF and DOCX reports."""
    return [title, salutation] + [text for _, text in rows] + ["特此报告。"] + closing


def write(path: Path, text: str | bytes, encoding: str = "utf-8") -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding=encoding)


def write_json(path: Path, data: object) -> None:
    write(path, json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def write_toml(
    folder: Path,
    *,
    slug: str,
    name: str,
    code: str,
    level: str,
    province: str,
    family: str,
    start: str,
) -> None:
    write(
        folder / "portal.toml",
        f'slug = "{slug}"\nname = "{name}"\ndivision_code = "{code}"\nlevel = "{level}"\n'
        f'province = "{province}"\nfamily = "{family}"\nstart_urls = ["{start}"]\n',
    )


TOOLBAR = (
    '<div class="topbar"><span>网站支持IPv6</span> <a href="javascript:void(0)" id="wza">无障碍版</a> '
    '<a href="javascript:void(0)">关怀版</a> <a href="javascript:void(0)">长者模式</a> '
    '<a href="javascript:void(0)">繁體</a> <a href="/sitemap/">网站地图</a></div>'
)
LEAVE_DIALOG = (
    '<script>function leaveSite(u){if(confirm("您访问的链接即将离开\u201c{site}\u201d门户网站，是否继续？"))'
    "{window.open(u);}}</script>"
)
SHARE = (
    '<div class="share">分享到：<a href="javascript:void(0)">微信</a> <a href="javascript:void(0)">微博</a> '
    '<a href="javascript:void(0)">QQ空间</a></div><div class="qr"><img src="/images/qr.png" alt=""><p>扫一扫在手机打开当前页</p></div>'
)
TOOLS = (
    '<div class="tools">【字体：<a href="javascript:void(0)">大</a> <a href="javascript:void(0)">中</a> '
    '<a href="javascript:void(0)">小</a>】 <a href="javascript:window.print()">打印本页</a> '
    '<a href="javascript:window.close()">关闭窗口</a></div>'
)


def footer(site: str, icp: str, code: str) -> str:
    return (
        f'<div class="footer"><p>主办单位：{site}办公室　承办单位：{site}大数据中心</p>'
        f'<p>网站标识码：{code}　<a href="https://beian.miit.gov.cn/" onclick="leaveSite(this.href);return false;">{icp}</a>　'
        f"公网安备 {code[:6]}02000123号</p><p>版权所有：{site}　联系电话：0000-12345678</p></div>"
        f'<div class="float"><a href="#">区长信箱</a> <a href="#">意见征集</a> <a href="#">智能问答</a> '
        f'<a href="#top">返回顶部</a></div>'
    )


def nav(items: list[tuple[str, str]]) -> str:
    return (
        '<div class="nav"><ul>'
        + "".join(f'<li><a href="{u}">{t}</a></li>' for t, u in items)
        + "</ul></div>"
    )


def page(
    *,
    site: str,
    title: str,
    body: str,
    nav_html: str,
    foot: str,
    metas: dict[str, str] | None = None,
    charset: str = "utf-8",
    head_extra: str = "",
) -> str:
    meta = "".join(f'<meta name="{k}" content="{v}">\n' for k, v in (metas or {}).items())
    return (
        f'<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="{charset}">\n'
        f'<meta http-equiv="X-UA-Compatible" content="IE=edge">\n{meta}<title>{title}_{site}</title>\n'
        f'<link rel="stylesheet" href="/css/style.css">\n{head_extra}</head>\n<body>\n<a name="top"></a>\n{TOOLBAR}\n'
        f'<div class="header"><div class="logo"><img src="/images/logo.png" alt="{site}"></div>'
        f'<div class="search"><input type="text" placeholder="请输入关键字"><button>搜索</button></div></div>\n'
        f"{nav_html}\n{body}\n{foot}\n{LEAVE_DIALOG.replace('{site}', site)}\n</body>\n</html>\n"
    )


def make_pdf(path: Path, lines: list[str]) -> None:
    """A real text PDF (CID font STSong-Light, no embedding) of the lines, wrapped at 36 characters."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    y = 800
    for line in lines:
        for start in range(0, max(len(line), 1), 36):
            if y < 60:
                pdf.showPage()
                y = 800
            pdf.setFont("STSong-Light", 12)
            pdf.drawString(50, y, line[start : start + 36])
            y -= 18
        y -= 4
    pdf.save()


def make_docx(path: Path, lines: list[str]) -> None:
    """A real DOCX: title centred, the rest as paragraphs."""
    import docx

    document = docx.Document()
    document.add_heading(lines[0], level=1)
    for line in lines[1:]:
        document.add_paragraph(line)
    path.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(path))
