"""Round 29 portals: loutang (offset scroll API), kuixi (tab-loaded article
text), lingba (ZIP reports)."""

from __future__ import annotations

import io
import json
import zipfile

import docx
from model import Item, article_page, body_of, host_dir, nonreports, save, write_meta
from pages import by_date, column_page, li_rows, reports
from texts import Place, report_paragraphs

LOUTANG_JS = """var offset = 0, size = 5, loading = false, hasMore = true;
function loadMore() {
  if (loading || !hasMore) { return; }
  loading = true;
  var query = {channelId: "fzzfjs", offset: offset, size: size};
  $.getJSON("/api/article/scroll", query, function (res) {
    var d = res.data;
    $.each(d.list, function (i, it) {
      $("#newsList").append('<li><a href="' + it.linkUrl + '" target="_blank">' + it.title +
        '</a><span class="date">' + it.pubDate + '</span></li>');
    });
    offset += d.list.length;
    hasMore = d.hasMore;
    loading = false;
    if (!hasMore) { $("#more").text("没有更多了"); }
  });
}
$(function () {
  loadMore();
  $(window).on("scroll", function () {
    if ($(window).scrollTop() + $(window).height() >= $(document).height() - 60) { loadMore(); }
  });
  $("#more").on("click", loadMore);
});"""


def loutang() -> None:
    """Shell column whose rows come from an offset/size scroll API (`hasMore`, no total)."""
    place = Place("蒌塘县", "蒌塘县人民政府", "中共蒌塘县委、蒌塘县人大常委会", "湖南省",
                  "www.loutang.gov.cn", "431129")
    reps = reports(place, [2025, 2024, 2023, 2022, 2021, 2020], "/zwgk/fzzfjs/", 88231)
    reps[-1].kind = "dead"
    items = by_date(reps + nonreports(place, reps[0].title, "/zwgk/fzzfjs/", 87012))
    site = host_dir("loutang", place)
    inner = ('<ul id="newsList" class="list"></ul>\n<div class="more"><a '
             'href="javascript:void(0)" id="more">'
             '加载更多</a></div>\n<noscript>请开启JavaScript以浏览本栏目</noscript>')
    save(site, "/zwgk/fzzfjs/index.html", column_page(place, "法治政府建设", inner, LOUTANG_JS))
    for offset in range(0, len(items), 5):
        chunk = items[offset:offset + 5]
        rows = [{"id": 88000 + offset + i, "title": it.title, "pubDate": it.pub, "linkUrl": it.path}
                for i, it in enumerate(chunk)]
        body = {"code": 200, "msg": "success",
                "data": {"list": rows, "offset": offset, "size": 5,
                         "hasMore": offset + 5 < len(items)}}
        save(site, f"/api/article/scroll?channelId=fzzfjs&offset={offset}&size=5",
             json.dumps(body, ensure_ascii=False))
    for it in items:
        if it.kind != "dead":
            save(site, it.path, article_page(place, it, "法治政府建设", body_of(place, it)))
    write_meta("loutang", place, items, "http://www.loutang.gov.cn/zwgk/fzzfjs/index.html",
               "Shell column: rows only from GET "
               "/api/article/scroll?channelId=fzzfjs&offset=N&size=5 (offset 0, 5, 10; answer "
               "data.list + data.hasMore, no total); 2020 report link dead (404).",
               column="http://www.loutang.gov.cn/zwgk/fzzfjs/index.html",
               api="http://www.loutang.gov.cn/api/article/scroll?channelId=fzzfjs&offset=0&size=5")


KUIXI_JS = """$(".tab-nav li").on("click", function () {
  $(this).addClass("on").siblings().removeClass("on");
  $("#tabBody").html('<div class="loading">正在加载…</div>').load($(this).data("src"));
});
$(".tab-nav li.on").trigger("click");"""


def kuixi_article(place: Place, it: Item, aid: int) -> tuple[str, dict[str, str]]:
    """The article shell (tabs 正文/附件/解读, empty body) and its three fragments."""
    frag = f"/xxgk/fzzfjsndbg/content/frag/{aid}"
    tabs = (f'<ul class="tab-nav"><li class="on" data-src="{frag}_zw.html">正文</li>'
            f'<li data-src="{frag}_fj.html">附件</li><li data-src="{frag}_jd.html">解读</li>'
            f'</ul>\n<div id="tabBody" class="tab-body"><div class="loading">正在加载…</div>'
            f'</div>\n'
            f"<script>\n{KUIXI_JS}\n</script>\n")
    jd = (f'<div class="jd"><p>为便于公众理解，现对{it.title}作如下解读：一、起草背景；二、'
          f'主要内容；三、下一步工作。</p></div>'
          if it.year else '<div class="jd"><p>暂无解读</p></div>')
    frags = {f"{frag}_zw.html": body_of(place, it), f"{frag}_fj.html": '<div class="fj"><p>'
                                                                       '暂无附件</p></div>',
             f"{frag}_jd.html": jd}
    return article_page(place, it, "法治政府建设年度报告", tabs), frags


def kuixi() -> None:
    """Rendered two-page column; every article's text is a fragment `.load()`ed into its 正文
    tab."""
    place = Place("葵溪区", "葵溪区人民政府", "区委、区人民政府", "广东省",
                  "www.kuixi.gov.cn", "440611")
    reps = reports(place, [2025, 2024, 2023, 2022, 2021], "/xxgk/fzzfjsndbg/content/", 0)
    for i, it in enumerate(reps):
        it.path = f"/xxgk/fzzfjsndbg/content/post_{4412310 + 17 * i}.html"
    others = nonreports(place, reps[0].title, "/xxgk/fzzfjsndbg/content/", 0)
    for i, it in enumerate(others):
        it.path = f"/xxgk/fzzfjsndbg/content/post_{4411020 + 23 * i}.html"
    items = by_date(reps + others)
    site = host_dir("kuixi", place)
    pages = [items[:7], items[7:]]
    for n, chunk in enumerate(pages):
        name = "index.html" if n == 0 else f"index_{n + 1}.html"
        nxt = '<a href="index_2.html">下一页</a> <a href="index_2.html">尾页</a>' if n == 0 else \
            '<a href="index.html">首页</a> <a href="index.html">上一页</a>'
        inner = (f'<ul class="list">\n{li_rows(chunk)}\n</ul>\n<div class="page">共{len(items)}条 '
                 f'第{n + 1}/2页 {nxt}</div>')
        save(site, f"/xxgk/fzzfjsndbg/{name}", column_page(place, "法治政府建设年度报告", inner))
    for it in items:
        aid = int(it.path.rsplit("_", 1)[1].split(".")[0])
        page, frags = kuixi_article(place, it, aid)
        save(site, it.path, page)
        for path, text in frags.items():
            save(site, path, text)
    write_meta("kuixi", place, items, "http://www.kuixi.gov.cn/xxgk/fzzfjsndbg/index.html",
               "Rendered column (index.html, index_2.html, 7/6 rows); every article is a shell "
               "with tabs 正文/附件/解读 whose 正文 fragment (content/frag/<id>_zw.html) is "
               ".load()ed on ready by triggering the active tab; the report text is only in "
               "that fragment.",
               column="http://www.kuixi.gov.cn/xxgk/fzzfjsndbg/index.html")


def docx_bytes(paragraphs: list[str], title: str) -> bytes:
    """A .docx of the paragraphs with fixed core dates."""
    import datetime as dt
    doc = docx.Document()
    doc.core_properties.created = doc.core_properties.modified = dt.datetime(2024, 3, 1)
    doc.core_properties.title = title
    doc.add_heading(title, level=1)
    for para in paragraphs:
        doc.add_paragraph(para)
    buf = io.BytesIO()
    doc.save(buf)
    # python-docx stamps each zip entry with the current time: re-zip with a fixed one.
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as src:
        return zip_bytes({name: src.read(name) for name in src.namelist()})


def zip_bytes(files: dict[str, bytes]) -> bytes:
    """A ZIP (UTF-8 names, fixed dates) of the files."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in files.items():
            info = zipfile.ZipInfo(name, (2024, 3, 1, 9, 0, 0))
            zf.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED)
    return buf.getvalue()


def lingba_zip(place: Place, it: Item) -> bytes:
    """A year's package: the report (or 年报) .docx and a task-table .docx."""
    if it.year:
        paras = report_paragraphs(place, it.year, f"{it.year + 1}年3月{int(it.pub[-2:]) - 3}日")
    else:
        paras = ["本报告根据《中华人民共和国政府信息公开条例》要求编制。", "一、总体情况",
                  "二、主动公开政府信息情况"]
    year = it.year or int(it.pub[:4]) - 1
    table = [f"{year}年度法治政府建设重点任务完成情况表", "序号　任务　责任单位　完成情况",
             "1　规范性文件备案审查　县司法局　已完成"]
    return zip_bytes({f"{it.title}.docx": docx_bytes(paras, it.title),
                      f"附件：{year}年度重点任务完成情况表.docx": docx_bytes(table[1:], table[0])})


def lingba() -> None:
    """One-page table column; four reports and a 年报 are ZIP packages (.docx inside)."""
    place = Place("苓坝县", "苓坝县人民政府", "中共苓坝县委、苓坝县人民政府",
                  "四川省", "www.lingba.gov.cn", "511129")
    reps = reports(place, [2025, 2024, 2023, 2022, 2021], "/zwgk/fzzfjs/ndbg/", 30512)
    for it in reps[1:]:
        it.kind = "zip"
        stamp = it.pub.replace("-", "")
        it.path = f"/uploadfiles/{it.pub[:4]}/{it.pub[5:7]}/{stamp}094512{it.year % 100}.zip"
    others = nonreports(place, reps[0].title, "/zwgk/fzzfjs/ndbg/", 30077)
    others[1].kind = "zip"
    others[1].path = "/uploadfiles/2025/01/20250124101733.zip"
    items = by_date(reps + others)
    site = host_dir("lingba", place)
    rows = []
    for n, it in enumerate(items, 1):
        size = '<span class="fmt">（压缩包）</span>' if it.kind == "zip" else ""
        rows.append(f'<tr><td>{n}</td><td class="tit"><a href="{it.path}" title="{it.title}" '
                    f'target="_blank">'
                    f'{it.title}</a>{size}</td><td>{it.pub}</td></tr>')
    inner = ('<table class="list"><tr><th>序号</th><th>标题</th><th>发布日期</th>'
             '</tr>\n' + "\n".join(rows) +
             f'\n</table>\n<div class="page">共{len(items)}条 第1/1页</div>')
    save(site, "/zwgk/fzzfjs/ndbg/index.html", column_page(place, "法治政府建设年度报告", inner))
    for it in items:
        if it.kind == "zip":
            save(site, it.path, lingba_zip(place, it))
        else:
            save(site, it.path, article_page(place, it, "法治政府建设年度报告", body_of(place, it)))
    save(site, "/_replay.json", json.dumps({"headers": {"/uploadfiles/*.zip": {
        "Content-Type": "application/zip", "Content-Disposition": "attachment; "
                                                                  "filename=download.zip"}}},
        indent=1))
    write_meta("lingba", place, items, "http://www.lingba.gov.cn/zwgk/fzzfjs/ndbg/index.html",
               "One-page table column; the 2025 report is an HTML article, the 2024–2021 "
               "reports and the 2024 政府信息公开年报 are linked as .zip packages "
               "(application/zip, attachment) holding the document as .docx beside a "
               "task-table .docx; a report is expected under its .zip URL.",
               column="http://www.lingba.gov.cn/zwgk/fzzfjs/ndbg/index.html")
