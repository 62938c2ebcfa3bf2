"""Page furniture for round 20 (every page carries it) and a small text-PDF writer."""

from __future__ import annotations

import html
import zlib

MENU = ["首页", "政务公开", "政务服务", "互动交流", "走进{short}"]


def page(site: str, short: str, title: str, crumbs: str, main: str, meta: str = "",
         charset_meta: bool = True) -> str:
    """A whole page: top bar, search box, menu, breadcrumb, the main block, footer, scripts."""
    menu = "".join(f'<li><a href="/{"" if i == 0 else f"col{i}/"}">{m.format(short=short)}</a>'
                   f"</li>" for i, m in enumerate(MENU))
    head_meta = '<meta charset="utf-8">' if charset_meta else ""
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head>{head_meta}
<title>{html.escape(title)}_{site}</title>
<meta name="SiteName" content="{site}">{meta}
<link rel="stylesheet" href="/css/style.css">
</head><body>
<div class="topbar"><span>网站支持IPv6</span> <a href="javascript:void(0)" id="wza">无障碍版</a>
<a href="/ghb/">关怀版</a> <a href="javascript:void(0)">长者模式</a>
<a href="javascript:void(0)">繁體</a>
<a href="/login/">登录</a> <a href="/register/">注册</a></div>
<div class="header"><h1 class="logo">{site}</h1>
<form action="/search/" method="get"><input name="q" placeholder="请输入关键词">
<button>搜索</button></form></div>
<ul class="nav">{menu}</ul>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; {crumbs}</div>
{main}
<div class="tools"><a href="javascript:window.print()">打印本页</a>
<a href="javascript:window.close()">关闭窗口</a>
分享到：<a href="javascript:void(0)">微信</a> <a href="javascript:void(0)">微博</a>
<span>扫一扫在手机打开当前页</span></div>
<div class="float"><a href="/xx/">信箱</a> <a href="/yjzj/">意见征集</a>
<a href="/znwd/">智能问答</a>
<a href="#top">返回顶部</a></div>
<div class="footer"><p>主办单位：{site}办公室　版权所有：{site}</p>
<p>网站标识码：3609990001　赣ICP备05000001号　公网安备 36099902000001号</p></div>
<script>
$(function () {{ $("a.out").on("click", function () {{
  return confirm("您访问的链接即将离开“{site}”门户网站，是否继续？"); }}); }});
</script>
<script src="/js/jquery.min.js"></script><script src="/js/common.js"></script>
</body></html>
"""


def article_main(title: str, date: str, source: str, body_html: str, prev_next: str = "") -> str:
    """An article block: xxgk table with padded labels, font switch, title, body, editor."""
    return f"""<div class="xxgk"><table>
<tr><th>索 引 号：</th><td>000000000/{date[:4]}-00001</td><th>发布机构：</th><td>{source}</td></tr>
<tr><th>名　　称：</th><td colspan="3">{html.escape(title)}</td></tr>
<tr><th>发布日期：</th><td>{date}</td><th>主 题 词：</th><td></td></tr></table></div>
<div class="article"><h2 class="title">{html.escape(title)}</h2>
<div class="info">发布时间：{date}　来源：{source}　【字体：<a href="javascript:void(0)">大</a>
<a href="javascript:void(0)">中</a> <a href="javascript:void(0)">小</a>】</div>
<div class="TRS_Editor">{body_html}</div>
<div class="editor">责任编辑：李某</div>
<div class="related">相关解读：<a href="/zcjd/">政策解读</a></div>
<div class="prevnext">{prev_next or "上一篇：无　下一篇：无"}</div></div>"""


def meta(title: str, date: str, source: str, column: str) -> str:
    return (f'\n<meta name="ArticleTitle" content="{html.escape(title)}">'
            f'\n<meta name="PubDate" content="{date}">'
            f'\n<meta name="ContentSource" content="{source}">'
            f'\n<meta name="ColumnName" content="{column}">')


def paragraphs_html(paras: list[tuple[str, str]]) -> str:
    """Report paragraphs as <p>, headings bold as on TRS pages, text centred/indented."""
    out = []
    for kind, text in paras:
        if kind in ("h1", "h2"):
            out.append(f'<p style="text-indent:2em"><strong>{text}</strong></p>')
        else:
            out.append(f'<p style="text-indent:2em">{html.escape(text)}</p>')
    return "\n".join(out)


def _wrap(text: str, width: int = 36) -> list[str]:
    return [text[i:i + width] for i in range(0, len(text), width)] or [""]


def pdf_bytes(lines: list[str]) -> bytes:
    """A text PDF: STSong-Light (not embedded) with UniGB-UCS2-H and a ToUnicode map, so pypdf
    extracts the text; lines wrapped at 36 characters, 40 lines a page."""
    wrapped = [w for line in lines for w in _wrap(line)]
    pages = [wrapped[i:i + 40] for i in range(0, len(wrapped), 40)]
    ranges = "\n".join(f"<{h:02X}00> <{h:02X}FF> <{h:02X}00>" for h in range(256) if h not in
                       range(0xD8, 0xE0))
    cmap = ("/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
            "/CMapName /UCS2 def /CMapType 2 def\n1 begincodespacerange <0000> <FFFF> "
            f"endcodespacerange\n248 beginbfrange\n{ranges}\nendbfrange\nendcmap\n"
            "CMapName currentdict /CMap defineresource pop end end").encode()
    objs: list[bytes] = [b"", b"", b""]  # 1 catalog, 2 pages, 3 font (filled below)
    objs.append(b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo"
                b" << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /DW 1000 >>")
    objs.append(_stream(cmap))
    kids = []
    for lines_ in pages:
        ops = ["BT", "/F1 11 Tf", "14 TL", "60 780 Td"]
        for text in lines_:
            ops.append(f"<{text.encode('utf-16-be').hex().upper()}> Tj T*")
        ops.append("ET")
        objs.append(_stream("\n".join(ops).encode()))
        content = len(objs)
        objs.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font"
                    f" << /F1 3 0 R >> >> /Contents {content} 0 R >>".encode())
        kids.append(f"{len(objs)} 0 R")
    objs[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[1] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(kids)} >>".encode()
    objs[2] = (b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H"
               b" /DescendantFonts [4 0 R] /ToUnicode 5 0 R >>")
    out, offsets = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"), []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{o:010d} 00000 n \n" for o in offsets).encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def _stream(data: bytes) -> bytes:
    packed = zlib.compress(data)
    return (f"<< /Length {len(packed)} /Filter /FlateDecode >>\nstream\n".encode() + packed
            + b"\nendstream")
