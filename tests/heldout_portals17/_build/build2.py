"""Portals 2–4 of round 17 (see build.py)."""

from __future__ import annotations

import html
import json

import furniture as fu
from build import TOML
from model import Item, Writer, column_items

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


# ---- 2. fengtian: EWCMS-style list whose only pager is a <select> of page numbers (0-based URL)
FT_LIST = "/fzzf/ndbg/index.do"
FT_QUERY = "channelId=1027"


def fengtian_page(site: fu.Site, rows: list[Item], page: int, pages: int, total: int) -> str:
    trs = "".join(f'<tr><td width="75%" class="bt"><a href="{it.url.split(site.host, 1)[1]}" target="_blank">'
                  f'{html.escape(it.title)}</a></td><td width="25%" class="rq">[{it.date}]</td></tr>\n'
                  for it in rows)
    opts = "".join(f'<option{" selected" if p == page else ""}>{p}</option>' for p in range(1, pages + 1))
    script = ("<script type=\"text/javascript\">\nfunction jumpPage(obj) {\n"
              "  var page = obj.options[obj.selectedIndex].text - 1;\n"
              f"  window.location = '{FT_LIST}?{FT_QUERY}&pageNumber=' + page;\n}}\n</script>\n")
    return (fu.head(site, "法治政府建设年度报告", "法治政府建设年度报告") + script
            + fu.crumb("政务公开", "法治政府建设", "年度报告")
            + '<div class="list-main"><h2 class="lm-title">法治政府建设年度报告</h2>\n'
            f'<table width="95%" border="0" cellpadding="0" cellspacing="0" class="list-table">\n{trs}</table>\n'
            f'<div class="pager">共{total}条记录　共{pages}页　当前第{page}页　跳转到第 '
            f'<select name="pageSelect" onchange="jumpPage(this)">{opts}</select> 页</div></div>\n'
            + fu.footer(site))


def build_fengtian() -> None:
    site = fu.Site("葑田市人民政府", "www.fengtian.gov.cn", "葑田市", "3604810002", "赣ICP备06004321号")
    w = Writer("fengtian", site.host)
    w.stubs()
    items = column_items("葑田市人民政府", "九江市人民政府：", [2025, 2024, 2023, 2022, 2021, 2020], 1702,
                         "葑田市人民政府{y}年度法治政府建设年度报告")
    col = "法治政府建设年度报告"
    for n, it in enumerate(items):
        stamp = it.date.replace("-", "")
        it.url = f"http://{site.host}/fzzf/ndbg/{stamp}/1027_{6400 + n * 13}.html"
        body = fu.paragraphs_html(it.paras)
        w.put(it.url.split(site.host, 1)[1],
              fu.article_page(site, col, it.title, it.date, f"FT-1027-{n:03d}", body,
                              body_open='<div id="article_content" class="content">'))
    pages = [items[i:i + 5] for i in range(0, len(items), 5)]
    for p, rows in enumerate(pages):
        page_html = fengtian_page(site, rows, p + 1, len(pages), len(items))
        w.put(f"{FT_LIST}?{FT_QUERY}&pageNumber={p}", page_html)
        if p == 0:
            w.put(f"{FT_LIST}?{FT_QUERY}", page_html)
    w.finish(items, TOML.format(note="EWCMS-style list; pages 2.. only through a <select> of page numbers whose "
                                     "onchange builds index.do?channelId=1027&pageNumber=(option text - 1).",
                                slug="fengtian", name=site.name, code="360481", level="county",
                                province="江西省", family="generic", start=f"http://{site.host}{FT_LIST}?{FT_QUERY}"),
             notes="Column index.do?channelId=1027 (5/5/4 rows in a table). No page link: the pager is "
                   "<select onchange=\"jumpPage(this)\"> with options 1..3 (no value attribute); jumpPage "
                   "computes page = option text - 1 and goes to index.do?channelId=1027&pageNumber=page "
                   "(pageNumber 0-based: pages 2-3 are pageNumber=1, 2).",
             column=f"http://{site.host}{FT_LIST}?{FT_QUERY}")


# ---- 3. huocheng: reports as .docx attachments of short lead-in articles
def build_huocheng() -> None:
    site = fu.Site("藿城区人民政府", "www.huocheng.gov.cn", "藿城区", "1301080003", "冀ICP备07007788号")
    w = Writer("huocheng", site.host)
    w.stubs()
    items = column_items("藿城区人民政府", "区委、市人民政府：", [2025, 2024, 2023, 2022, 2021], 1703,
                         "藿城区{y}年法治政府建设年度报告")
    col = "法治政府建设年度报告"
    base = "/xxgk/fzzfjsndbg/"
    for n, it in enumerate(items):
        stamp = it.date.replace("-", "")
        rel = f"{stamp[:6]}/t{stamp}_{4450 + n * 11}.html"
        it.url = f"http://{site.host}{base}{rel}"
        as_docx = (it.is_report and it.year != 2023) or it.why == "disclosure_report" or "工作要点" in it.title
        if as_docx:
            fname = f"P0{stamp}{381200000 + n * 977}.docx"
            doc_url = f"http://{site.host}{base}{stamp[:6]}/{fname}"
            if it.is_report:
                it.final_url = doc_url
            w.put(doc_url.split(site.host, 1)[1], fu.docx_bytes(it.title, it.paras))
            lead = ("根据《法治政府建设与责任落实督察工作规定》要求，现将" if it.is_report else "现将")
            body = (f'<p style="text-indent:2em;">{lead}《{html.escape(it.title)}》予以公开。</p>\n'
                    f'<p>附件：<a href="./{fname}" title="{html.escape(it.title)}.docx">'
                    f'{html.escape(it.title)}.docx</a></p>\n')
        else:
            body = fu.paragraphs_html(it.paras)
        w.put(it.url.split(site.host, 1)[1],
              fu.article_page(site, col, it.title, it.date, f"HC-{n:03d}", body,
                              body_open='<div class="TRS_Editor">'))
    pages = [items[:7], items[7:]]
    for p, rows in enumerate(pages):
        lis = "".join(f'<li><a href="./{it.url.split(base, 1)[1]}" target="_blank" title="{html.escape(it.title)}">'
                      f'{html.escape(it.title)}</a><span class="date">{it.date}</span></li>\n' for it in rows)
        nxt = '<a href="index_1.html">下一页</a> <a href="index_1.html">尾页</a>' if p == 0 else \
            '<a href="index.html">首页</a> <a href="index.html">上一页</a>'
        page_html = (fu.head(site, col, col) + fu.crumb("政府信息公开", col)
                     + f'<div class="list"><h2>{col}</h2><ul class="list-ul">\n{lis}</ul>\n'
                     f'<div class="page">共{len(items)}条　{nxt}</div></div>\n' + fu.footer(site))
        w.put(f"{base}index{'_1' if p else ''}.html", page_html)
    w.put("/_replay.json", json.dumps({"headers": {"/xxgk/*.docx": {"Content-Type": DOCX}}}, indent=1))
    w.finish(items, TOML.format(note="Four of five reports are .docx attachments of short articles "
                                     "(lead-in sentence + 附件 link ./P0….docx); the 年报 and 工作要点 too.",
                                slug="huocheng", name=site.name, code="130108", level="district",
                                province="河北省", family="trs", start=f"http://{site.host}{base}index.html"),
             notes="Column index.html + index_1.html (7/6 rows, rendered 下一页). The 2025, 2024, 2022 and 2021 "
                   "reports (and both 政府信息公开年报 and the 工作要点) are article pages whose div.TRS_Editor holds "
                   "one lead-in sentence and 附件：<a href=\"./P0….docx\">; the report text is only in the .docx "
                   "(url = the article, final_url = the .docx). The 2023 report is an HTML article.",
             column=f"http://{site.host}{base}index.html")


# ---- 4. mutang: old CMS web/site0/tabNNNN, pages 2.. as module folder files pageN.htm
MT_TAB = "/web/site0/tab5240/"
MT_MOD = MT_TAB + "module14430/"


def mutang_article(site: fu.Site, it: Item) -> str:
    return (fu.head(site, it.title, "法治政府建设", it.date) + fu.crumb("信息公开", "法治政府建设")
            + '<table width="900" align="center" class="article"><tr><td class="title">'
            f'<!--TitleStart-->{html.escape(it.title)}<!--TitleEnd--></td></tr>\n'
            f'<tr><td class="info">发布时间：{it.date}&nbsp;&nbsp;来源：{site.name}&nbsp;&nbsp;</td></tr>\n'
            '<tr><td>' + fu.tools() + '</td></tr>\n<tr><td class="content" id="tab_content">\n<!--ContentStart-->'
            + fu.paragraphs_html(it.paras) + '<!--ContentEnd-->\n</td></tr></table>\n'
            + fu.after_article(site) + fu.footer(site))


def build_mutang() -> None:
    site = fu.Site("苜塘县人民政府", "www.mutang.gov.cn", "苜塘县", "4127230004", "豫ICP备08001234号")
    w = Writer("mutang", site.host)
    w.stubs()
    items = column_items("苜塘县人民政府", "县委、市人民政府：", [2024, 2023, 2022, 2021, 2020], 1704,
                         "苜塘县人民政府关于{y}年法治政府建设工作情况的报告")
    for n, it in enumerate(items):
        it.url = f"http://{site.host}{MT_TAB}info{4123400 + n * 37}.htm"
        w.put(it.url.split(site.host, 1)[1], mutang_article(site, it))
    pages = [items[i:i + 5] for i in range(0, len(items), 5)]
    for p, rows in enumerate(pages):
        trs = "".join(f'<tr class="{"odd" if i % 2 == 0 else "even"}"><td class="hui14">·<a href="'
                      f'{it.url.split(site.host, 1)[1]}" target="_blank">{html.escape(it.title)}</a></td>'
                      f'<td class="hui12" align="right">({it.date})</td></tr>\n' for i, it in enumerate(rows))
        page_no = p + 1
        links = [f'<a href="{MT_MOD}page1.htm">首页</a>']
        if page_no > 1:
            links.append(f'<a href="{MT_MOD}page{page_no - 1}.htm">上一页</a>')
        if page_no < len(pages):
            links.append(f'<a href="{MT_MOD}page{page_no + 1}.htm">下一页</a>')
        links.append(f'<a href="{MT_MOD}page{len(pages)}.htm">尾页</a>')
        page_html = (fu.head(site, "法治政府建设", "法治政府建设") + fu.crumb("信息公开", "法治政府建设")
                     + f'<table width="720" class="list" id="module14430">\n{trs}</table>\n'
                     f'<div class="pager">共{len(items)}条 第{page_no}/{len(pages)}页 {" ".join(links)}</div>\n'
                     + fu.footer(site))
        w.put(f"{MT_MOD}page{page_no}.htm", page_html)
        if p == 0:
            w.put(MT_TAB, page_html)
    w.finish(items, TOML.format(note="Old CMS column web/site0/tab5240/ (info<N>.htm articles, TitleStart/ContentStart "
                                     "comments); pages 2.. are module14430/pageN.htm in a module sub-folder.",
                                slug="mutang", name=site.name, code="411723", level="county",
                                province="河南省", family="generic", start=f"http://{site.host}{MT_TAB}"),
             notes="Column /web/site0/tab5240/ (rows tr.odd/tr.even, ·<a>, date in parentheses); page 1 also as "
                   "module14430/page1.htm, pages 2-3 module14430/page2.htm, page3.htm, linked by the rendered "
                   "首页/上一页/下一页/尾页 (5/5/3 rows). Articles info<N>.htm with <!--TitleStart-->, "
                   "发布时间：…&nbsp;&nbsp;, <!--ContentStart-->.",
             column=f"http://{site.host}{MT_TAB}")


def build_all() -> None:
    build_fengtian()
    build_huocheng()
    build_mutang()
