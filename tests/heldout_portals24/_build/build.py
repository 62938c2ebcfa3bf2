"""Build round 24's five held-out portals.

Run `.venv/bin/python tests/heldout_portals24/_build/build.py`.

Deterministic (seeded). Portals 1–3 here, 4–5 in `build2.py`; items, pages and the folder writer
in `model.py`; furniture, sentence pools and the PDF writer in `texts.py`.
"""

from __future__ import annotations

import html
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import build2  # noqa: E402
import model  # noqa: E402
import texts  # noqa: E402


def li_rows(items: list[dict[str, Any]], href: Any) -> str:
    """`<li>` rows: link (title attribute too) and date span."""
    return "\n".join(
        f'<li><a href="{href(it)}" title="{html.escape(it["title"])}" target="_blank">'
        f'{html.escape(it["title"])}</a><span class="date">{it["date"]}</span></li>'
        for it in items
    )


def trs_pager(n: int, cur: int, total: int) -> str:
    """Rendered TRS pager: index.html, index_1.html, … with 首页/上一页/下一页/尾页."""
    name = lambda i: "index.html" if i == 0 else f"index_{i}.html"  # noqa: E731
    parts = [f'<a href="{name(0)}">首页</a>']
    if cur > 0:
        parts.append(f'<a href="{name(cur - 1)}">上一页</a>')
    if cur < n - 1:
        parts.append(f'<a href="{name(cur + 1)}">下一页</a>')
    parts.append(f'<a href="{name(n - 1)}">尾页</a>')
    return f'<div class="page">共{total}条 第{cur + 1}/{n}页 {" ".join(parts)}</div>'


def shixi() -> None:
    """The column on www answers 301 to the 信息公开 host of the same county."""
    site, code, www, xx = "蓍溪县人民政府", "3307820001", "www.shixi.gov.cn", "xxgk.shixi.gov.cn"
    items = model.make_items(site, "蓍溪县", [2025, 2024, 2023, 2022, 2021, 2020], 8, 1)
    col = f"http://{xx}/fzzfjs/"
    dead = next(it for it in items if it.get("year") == 2020)
    pages: dict[str, str | bytes] = dict(model.STUBS)
    chunks = [items[:7], items[7:]]
    for i, chunk in enumerate(chunks):
        main = (
            f'<div class="list"><h3>法治政府建设</h3><ul>'
            f"{li_rows(chunk, lambda it: './' + it['path'])}"
            f"</ul>{trs_pager(2, i, len(items))}</div>"
        )
        pages[f"/fzzfjs/{'index.html' if i == 0 else f'index_{i}.html'}"] = texts.page(
            site, code, "法治政府建设", main, "法治政府建设"
        )
    for it in items:
        if it is not dead:
            pages[f"/fzzfjs/{it['path']}"] = model.article_html(
                site, code, "法治政府建设", it, "市委、市人民政府", 1
            )
    home = texts.page(
        site,
        code,
        "首页",
        '<div class="main"><a href="/zwgk/fzzfjs/">法治政府建设</a></div>',
        "首页",
    )
    rule = {"to": f"{col}index.html", "status": 301}
    www_pages = {
        **model.STUBS,
        "/index.html": home,
        "/_replay.json": json.dumps({"redirect": {"/zwgk/fzzfjs/*": rule}}, indent=1),
    }
    exp = {
        "notes": "Registered column http://www.shixi.gov.cn/zwgk/fzzfjs/ answers 301 to "
        "http://xxgk.shixi.gov.cn/fzzfjs/index.html (another host of the county); "
        "index.html + index_1.html there (7/7 rows). The 2020 report's article is 404.",
        "column": f"{col}index.html",
        "reports": [
            model.expected_entry(it, col + it["path"])
            for it in items
            if it["kind"] == "report" and it is not dead
        ],
        "skipped": [
            model.expected_entry(it, col + it["path"]) for it in items if it["kind"] != "report"
        ],
        "failures": [{"url": col + dead["path"], "why": "http_404"}],
    }
    model.write_portal(
        "shixi",
        {www: www_pages, xx: pages},
        exp,
        model.toml_text(
            "shixi",
            site,
            "330782",
            "county",
            "浙江省",
            "trs",
            f"http://{www}/zwgk/fzzfjs/",
            "a column moved by 301 to the xxgk host",
        ),
    )


XSL = """<?xml version="1.0" encoding="UTF-8"?>
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
<xsl:output method="html" encoding="UTF-8" indent="yes"/>
<xsl:template match="/channel">
<html><head><meta charset="utf-8"/><title><xsl:value-of select="@name"/>_\
<xsl:value-of select="@site"/></title>
<link rel="stylesheet" href="/css/style.css"/></head>
<body><div class="head"><h1 class="logo"><xsl:value-of select="@site"/></h1></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/">信息公开</a> &gt; \
<xsl:value-of select="@name"/></div>
<div class="list"><ul><xsl:for-each select="doc">
<li><a href="{url}" target="_blank" title="{title}"><xsl:value-of select="title"/></a>
<span class="date"><xsl:value-of select="pubdate"/></span></li></xsl:for-each></ul>
<div class="page">共<xsl:value-of select="pager/@total"/>条 第\
<xsl:value-of select="pager/@current"/>/<xsl:value-of
 select="pager/@pages"/>页
<a href="{pager/@first}">首页</a>
<xsl:if test="pager/@prev"><a href="{pager/@prev}">上一页</a></xsl:if>
<xsl:if test="pager/@next"><a href="{pager/@next}">下一页</a></xsl:if>
<a href="{pager/@last}">尾页</a></div></div>
<div class="footer">主办单位：\
<xsl:value-of select="@site"/>办公室　网站标识码：4401150002　ICP备05012345号-1</div>
</body></html>
</xsl:template>
</xsl:stylesheet>
"""


def jikou() -> None:
    """The column is an XML file rendered by an XSLT stylesheet (xml-stylesheet PI)."""
    site, code, host = "荠口区人民政府", "4401150002", "www.jikou.gov.cn"
    items = model.make_items(site, "荠口区", [2024, 2023, 2022, 2021, 2020], 8, 2)
    col = f"http://{host}/xxgk/fzzfjs/"
    pages: dict[str, str | bytes] = {**model.STUBS, "/xxgk/xsl/list.xsl": XSL}
    names = ["list.xml", "list_2.xml"]
    for i, chunk in enumerate([items[:7], items[7:]]):
        nav = (f' prev="{names[i - 1]}"' if i else "") + (
            f' next="{names[i + 1]}"' if i == 0 else ""
        )
        docs = "\n".join(
            f"  <doc><id>{it['id']}</id><title>{html.escape(it['title'])}</title>"
            f"<url>{'./' + it['path'] if it['id'] % 2 else '/xxgk/fzzfjs/' + it['path']}</url>"
            f"<pubdate>{it['date']}</pubdate><source>{site}</source></doc>"
            for it in chunk
        )
        pages[f"/xxgk/fzzfjs/{names[i]}"] = (
            '<?xml version="1.0" encoding="UTF-8"?>\n<?xml-stylesheet type="text/xsl" '
            'href="/xxgk/xsl/list.xsl"?>\n'
            f'<channel id="1187" name="法治政府建设" site="{site}">\n'
            f'  <pager total="{len(items)}" size="7" pages="2" current="{i + 1}" first="list.xml"'
            f' last="list_2.xml"{nav}/>\n{docs}\n</channel>\n'
        )
    for it in items:
        pages[f"/xxgk/fzzfjs/{it['path']}"] = model.article_html(
            site, code, "法治政府建设", it, "区委、区人民政府", 2
        )
    replay = {
        "headers": {
            "/xxgk/fzzfjs/*.xml": {"Content-Type": "text/xml; charset=UTF-8"},
            "/xxgk/xsl/*.xsl": {"Content-Type": "text/xsl; charset=UTF-8"},
        }
    }
    pages["/_replay.json"] = json.dumps(replay, indent=1)
    exp = {
        "notes": "Column /xxgk/fzzfjs/list.xml + list_2.xml: XML (text/xml) with "
        "<?xml-stylesheet type=text/xsl href=/xxgk/xsl/list.xsl?>; rows are <doc> "
        "elements (<url> text, half ./-relative, half root-relative); pages only as "
        "<pager next=…> attributes. No <a> in the XML: the browser's XSLT draws them.",
        "column": f"{col}list.xml",
        "reports": [
            model.expected_entry(it, col + it["path"]) for it in items if it["kind"] == "report"
        ],
        "skipped": [
            model.expected_entry(it, col + it["path"]) for it in items if it["kind"] != "report"
        ],
        "failures": [],
    }
    model.write_portal(
        "jikou",
        {host: pages},
        exp,
        model.toml_text(
            "jikou",
            site,
            "440115",
            "district",
            "广东省",
            "generic",
            f"{col}list.xml",
            "an XML listing rendered by XSLT",
        ),
    )


if __name__ == "__main__":
    shixi()
    jikou()
    build2.fanyang()
    build2.qiyu()
    build2.songling()
    print("built", sorted(p.name for p in model.ROOT.iterdir() if (p / "expected.json").exists()))
