"""Shared furniture of the round-5 held-out portals: page shells, the 政府信息公开 metadata block,
the non-report article bodies, and writing files / expected.json / portal.toml."""

from __future__ import annotations

import json
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent


@dataclass
class Site:
    host: str
    site_name: str          # 澄丰县人民政府网
    owner: str              # 主办单位
    icp: str
    bsm: str                # 网站标识码
    gongan: str
    nav: list[str] = field(default_factory=lambda: ["首页", "政务公开", "政务服务", "互动交流", "走进本地"])
    encoding: str = "utf-8"
    charset_meta: str = "utf-8"
    mailbox: str = "县长信箱"


def head(site: Site, title: str, *, meta: dict[str, str] | None = None, extra: str = "") -> str:
    metas = "".join(f'<meta name="{k}" content="{v}">\n' for k, v in (meta or {}).items())
    return (f'<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; '
            f'charset={site.charset_meta}">\n<meta http-equiv="X-UA-Compatible" content="IE=edge">\n'
            f"<title>{title}_{site.site_name}</title>\n{metas}"
            f'<link rel="stylesheet" href="/images/common.css">\n{extra}</head>\n')


def top(site: Site) -> str:
    nav = "".join(f'<li><a href="/">{item}</a></li>' for item in site.nav)
    return (f'<div class="topbar"><div class="w1200"><span class="welcome">欢迎访问{site.site_name}！'
            f'</span><span class="tools"><a href="javascript:;" id="wza">无障碍版</a> | <a href="javascript:;"'
            f' id="ghb">关怀版</a> | <a href="javascript:;" id="zhft">繁體</a> | <a href="/">手机版</a> | '
            f'网站支持IPv6</span></div></div>\n<div class="header"><div class="logo"><a href="/">'
            f'<img src="/images/logo.png" alt="{site.site_name}"></a></div><form class="search" '
            f'action="/search/search.jsp" method="get"><input name="q" placeholder="请输入关键词">'
            f'<button type="submit">搜索</button></form></div>\n<div class="nav"><ul>{nav}</ul></div>\n')


def foot(site: Site) -> str:
    return (f'<div class="float-bar"><a href="/">{site.mailbox}</a><a href="/">意见征集</a>'
            f'<a href="/">智能问答</a><a href="#top">返回顶部</a></div>\n'
            f'<div class="footer"><div class="links">政府网站 | 关于本网 | 网站地图 | 联系我们 | 隐私声明</div>'
            f"<p>主办单位：{site.owner}　承办单位：{site.owner}办公室</p><p>版权所有：{site.owner}　"
            f"{site.icp}　网站标识码：{site.bsm}</p><p>{site.gongan}</p><p>建议使用1366×768分辨率</p></div>\n"
            '<script>function leaveSite(u){if(confirm("您访问的链接即将离开本网站，是否继续？"))'
            "{window.open(u);}}</script>\n</body>\n</html>\n")


def meta_block(style: str, info: dict[str, str]) -> str:
    """The 政府信息公开 metadata block as a th/td table, dl/dd or ul/li."""
    if style == "table":
        cells = list(info.items())
        rows = "".join(f"<tr><th>{cells[i][0]}</th><td>{cells[i][1]}</td>"
                       + (f"<th>{cells[i + 1][0]}</th><td>{cells[i + 1][1]}</td>" if i + 1 < len(cells) else "")
                       + "</tr>" for i in range(0, len(cells), 2))
        return f'<table class="xxgk-table" cellspacing="0">{rows}</table>\n'
    if style == "dl":
        return '<div class="xxgk-info">' + "".join(f"<dl><dt>{k}：</dt><dd>{v}</dd></dl>"
                                                   for k, v in info.items()) + "</div>\n"
    return '<ul class="gk-attr">' + "".join(f"<li><b>{k}：</b><span>{v}</span></li>"
                                            for k, v in info.items()) + "</ul>\n"


def share_bar() -> str:
    return ('<div class="share-bar"><span>【字体：<a href="javascript:;">大</a> <a href="javascript:;">中</a> '
            '<a href="javascript:;">小</a>】</span><span>分享到：<a class="wx">微信</a><a class="wb">微博</a>'
            '</span><a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">'
            '关闭窗口</a></div>\n<div class="qr"><img src="/images/qr.png" alt="">扫一扫在手机打开当前页</div>\n')


def write(path: Path, text: str | bytes, encoding: str = "utf-8") -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text if isinstance(text, bytes) else text.encode(encoding))


def site_file(slug: str, url: str) -> Path:
    """Where a URL is saved in a portal folder (`?query` → `@query`, `/` → index.html)."""
    rest = url.split("://", 1)[1]
    host, _, path = rest.partition("/")
    path, _, query = path.partition("?")
    if not path or path.endswith("/"):
        path += "index.html"
    return OUT / slug / "site" / host / (path + (f"@{query}" if query else ""))


def save(slug: str, url: str, text: str | bytes, encoding: str = "utf-8") -> None:
    write(site_file(slug, url), text, encoding)


def write_meta(slug: str, toml: dict, expected: dict) -> None:
    lines = []
    for key, value in toml.items():
        lines.append(f"{key} = {json.dumps(value, ensure_ascii=False)}")
    write(OUT / slug / "portal.toml", "\n".join(lines) + "\n")
    write(OUT / slug / "expected.json", json.dumps(expected, ensure_ascii=False, indent=2) + "\n")


def ofd_bytes(title: str, paragraphs: list[str]) -> bytes:
    """A small but well-formed OFD (GB/T 33190) package: OFD.xml → Document.xml → one page of text."""
    import io
    objs = []
    y = 20.0
    for i, text in enumerate([title] + paragraphs):
        objs.append(f'<ofd:TextObject ID="{10 + i}" Boundary="20 {y:.1f} 170 6" Font="3" Size="4.2">'
                    f'<ofd:TextCode X="0" Y="4.5">{text}</ofd:TextCode></ofd:TextObject>')
        y += 7.5
    ns = 'xmlns:ofd="http://www.ofdspec.org/2016"'
    files = {
        "OFD.xml": f'<?xml version="1.0" encoding="UTF-8"?><ofd:OFD {ns} Version="1.0" DocType="OFD">'
                   f"<ofd:DocBody><ofd:DocInfo><ofd:DocID>4f1c2a</ofd:DocID><ofd:Title>{title}</ofd:Title>"
                   "<ofd:Creator>Suwell OFD Writer</ofd:Creator></ofd:DocInfo>"
                   "<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>",
        "Doc_0/Document.xml": f'<?xml version="1.0" encoding="UTF-8"?><ofd:Document {ns}><ofd:CommonData>'
                              '<ofd:MaxUnitID>999</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 210 '
                              f'{max(297, y + 20):.0f}</ofd:PhysicalBox></ofd:PageArea><ofd:PublicRes>PublicRes.xml'
                              '</ofd:PublicRes></ofd:CommonData><ofd:Pages><ofd:Page ID="1" '
                              'BaseLoc="Pages/Page_0/Content.xml"/></ofd:Pages></ofd:Document>',
        "Doc_0/PublicRes.xml": f'<?xml version="1.0" encoding="UTF-8"?><ofd:Res {ns} BaseLoc="Res"><ofd:Fonts>'
                               '<ofd:Font ID="3" FontName="仿宋" FamilyName="仿宋"/></ofd:Fonts></ofd:Res>',
        "Doc_0/Pages/Page_0/Content.xml": f'<?xml version="1.0" encoding="UTF-8"?><ofd:Page {ns}><ofd:Content>'
                                          '<ofd:Layer ID="2">' + "".join(objs) +
                                          "</ofd:Layer></ofd:Content></ofd:Page>",
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        for name, text in files.items():
            package.writestr(name, text)
    return buffer.getvalue()


# Bodies of the items that are NOT the rule-of-law report.
def nonreport_body(kind: str, place: str, year: int) -> str:
    paras = {
        "解读": [f"近日，《{place}{year}年度法治政府建设情况报告》正式公布。为便于社会公众更好地了解报告内容，现解读如下：",
                 "一、报告的起草背景", "根据《法治政府建设与责任落实督察工作规定》，县级以上地方各级政府每年第一季度要向同级党委、"
                 "人大常委会和上一级政府报告上一年度法治政府建设情况，并通过报刊、网站等新闻媒体向社会公开。",
                 "二、报告的主要内容", "报告分为主要举措和成效、第一责任人职责履行情况、存在的不足、下一年度主要安排四个部分。",
                 "三、下一步工作", "我们将以更高标准推进法治政府建设，为经济社会高质量发展提供坚实法治保障。"],
        "年报": [f"本报告依据《中华人民共和国政府信息公开条例》编制，报告期为{year}年1月1日至12月31日。",
                 "一、总体情况", f"{year}年，{place}认真贯彻落实政府信息公开条例，主动公开政府信息，积极回应社会关切。",
                 "二、主动公开政府信息情况", "（表格略）", "三、收到和处理政府信息公开申请情况", "（表格略）",
                 "四、政府信息公开行政复议、行政诉讼情况", "（表格略）",
                 "五、存在的主要问题及改进情况", "信息公开的规范化水平仍需提升。", "六、其他需要报告的事项", "无。"],
        "要点": [f"为深入贯彻习近平法治思想，扎实推进{year}年法治政府建设，制定本工作要点。",
                 "一、加强党对法治政府建设的领导", "（一）深入学习贯彻习近平法治思想。", "二、依法全面履行政府职能",
                 "（二）持续优化法治化营商环境。", "三、严格规范公正文明执法", "（三）全面落实行政执法三项制度。"],
        "新闻": [f"近日，{place}召开法治政府建设工作推进会，总结前一阶段工作，部署下一步任务。",
                 "会议强调，要坚持以习近平法治思想为指导，对标对表示范创建指标体系，补短板、强弱项，"
                 "推动法治政府建设各项任务落地见效。各乡镇、各部门分管负责同志参加会议。"],
        "通知": ["各乡镇人民政府，县政府各部门：", f"为做好{year}年度法治政府建设示范创建工作，现将有关事项通知如下：",
                 "一、申报范围", "二、申报材料", "三、工作要求", "请各单位高度重视，按时报送有关材料。"],
    }[kind]
    return "\n".join(f'<p style="text-indent:2em">{p}</p>' for p in paras)
