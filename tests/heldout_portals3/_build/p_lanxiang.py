"""lanxiang: a TRS WCM column that moved (302), createPageHTML pages, a report only as a PDF 附件."""

# ruff: noqa: E501 - fixture builder: long lines are HTML and report text

from __future__ import annotations

import json
import re

from common import (
    OUT,
    Portal,
    Skin,
    article,
    cn_date,
    emit,
    make_pdf,
    make_report,
    page,
    write_home,
)

PLACE = "澜乡市"
NEW_DIR = "/zwgk/zdlyxxgk/fzzfjs/ndbg/"
OLD_DIR = "/zwgk/fzzfjsbg/"
ITEMS = [  # (kind, title, date, year, doc id)
    ("report", "澜乡市2024年度法治政府建设情况报告", "2025-01-26", 2024, 1187655),
    ("解读", "一图读懂《澜乡市2024年度法治政府建设情况报告》", "2025-01-27", 0, 1187702),
    ("政府信息公开工作年度报告", "澜乡市人民政府2024年政府信息公开工作年度报告", "2025-01-17", 0, 1186420),
    ("notice", "澜乡市人民政府关于公布2025年度重大行政决策事项目录的通知", "2025-02-20", 0, 1190233),
    ("report", "澜乡市人民政府关于2023年度法治政府建设工作情况的报告", "2024-02-02", 2023, 1098121),
    ("工作要点", "澜乡市2024年法治政府建设工作要点", "2024-03-28", 0, 1103376),
    ("news", "我市召开2023年度党政主要负责人述法工作会议", "2024-01-10", 0, 1093310),
    ("report", "澜乡市2022年度法治政府建设情况报告", "2023-01-30", 2022, 1004872),
    ("解读", "《澜乡市2022年度法治政府建设情况报告》解读", "2023-02-01", 0, 1004990),
    ("news", "市政府常务会议集中学习《中华人民共和国行政复议法》", "2023-09-26", 0, 1052261),
    ("report", "澜乡市2021年度法治政府建设情况报告", "2022-01-25", 2021, 913340),
    ("notice", "关于印发《澜乡市法治政府建设实施方案（2021—2025年）》的通知", "2021-12-15", 0, 901128),
    ("report", "澜乡市2020年度法治政府建设情况报告", "2021-01-29", 2020, 822915),
    ("政府信息公开工作年度报告", "澜乡市人民政府2020年政府信息公开工作年度报告", "2021-01-20", 0, 821003),
    ("news", "澜乡市荣获第一批省级法治政府建设示范市称号", "2020-11-18", 0, 800712),
]
PER_PAGE = 6
PDF_NAME = "P020250126390411508713.pdf"

PAGER_FUNC = """<script>
function createPageHTML(_nPageCount, _nCurrIndex, _sPageName, _sPageExt){
  if(_nPageCount == null || _nPageCount <= 1){ return; }
  var nCurrIndex = _nCurrIndex || 0;
  if(nCurrIndex == 0) document.write("<span>首页</span> <span>上一页</span> ");
  else {
    document.write("<a href=\\"" + _sPageName + "." + _sPageExt + "\\">首页</a> ");
    document.write("<a href=\\"" + (nCurrIndex == 1 ? _sPageName : _sPageName + "_" + (nCurrIndex - 1)) + "." + _sPageExt + "\\">上一页</a> ");
  }
  if(nCurrIndex + 1 < _nPageCount) {
    document.write("<a href=\\"" + _sPageName + "_" + (nCurrIndex + 1) + "." + _sPageExt + "\\">下一页</a> ");
    document.write("<a href=\\"" + _sPageName + "_" + (_nPageCount - 1) + "." + _sPageExt + "\\">尾页</a>");
  }
  document.write(" 共" + _nPageCount + "页");
}
</script>"""


def pdf_report(p: Portal, skin: Skin, item: tuple) -> None:
    """The 2024 report: a short 导读 page whose 附件 PDF is the report itself."""
    kind, title, date, year, doc = item
    path = f"{NEW_DIR}{date[:4]}{date[5:7]}/t{date.replace('-', '')}_{doc}.html"
    lines = make_report(title=title, org=PLACE, year=year, to="中共澜乡市委：", signer="澜乡市人民政府",
                        date_cn=cn_date(date), seed=5, docno="澜府〔2025〕7号")
    pdf_path = f"{NEW_DIR}{date[:4]}{date[5:7]}/{PDF_NAME}"
    make_pdf(OUT / "_build" / "_tmp.pdf", lines)
    p.write(pdf_path, (OUT / "_build" / "_tmp.pdf").read_bytes())
    (OUT / "_build" / "_tmp.pdf").unlink()
    body = ('<div class="trs_editor_view TRS_UEDITOR trs_paper_default trs_web">'
            '<p style="text-indent:2em">根据《法治政府建设与责任落实督察工作规定》，现将《澜乡市2024年度法治政府'
            '建设情况报告》予以公开，全文详见附件。</p><p style="text-indent:2em">（此件主动公开）</p></div>')
    after = (f'<div class="fujian"><p>附件：</p><ul><li><a href="./{PDF_NAME}" OLDSRC="/protect/P0202501/P02025012'
             f'6/{PDF_NAME}">澜乡市2024年度法治政府建设情况报告.pdf</a></li></ul></div>')
    p.write(path, article(skin, title=title, date=date, body=body, column_name="年度报告",
                          docno="澜府〔2025〕7号", after=after))
    p.reports.append({"url": p.url(pdf_path), "year": year, "title": title, "page": p.url(path)})


def build() -> Portal:
    p = Portal(slug="lanxiang", name="澜乡市人民政府", host="www.lanxiang.gov.cn",
               division_code="511185", level="county", province="四川省", family="trs",
               column=f"http://www.lanxiang.gov.cn{OLD_DIR}index.html")
    nav = ["政务公开", "政务服务", "互动交流", "走进澜乡", "数据开放"]
    skin = Skin(site="澜乡市人民政府", nav=nav, icp="蜀ICP备05012345号", code="5111850001",
                container='<div class="view TRS_UEDITOR trs_paper_default trs_web">{body}</div>',
                xxgk_style="table")
    rows = []
    for number, item in enumerate(ITEMS):
        kind, title, date, year, doc = item
        path = f"{NEW_DIR}{date[:4]}{date[5:7]}/t{date.replace('-', '')}_{doc}.html"
        if kind == "report" and year == 2024:
            pdf_report(p, skin, item)
        else:
            emit(p, skin, path=path, kind=kind, title=title, date=date, place=PLACE,
                 column_name="年度报告", year=year, seed=number, style="span" if year == 2022 else "p",
                 to="中共澜乡市委：", signer="澜乡市人民政府", report=re.sub(r"^一图读懂|[《》]|解读$", "", title))
        short = title if len(title) <= 24 else title[:24] + "..."
        rows.append(f'<li><a href=".{path[len(NEW_DIR) - 1:]}" target="_blank" title="{title}">{short}</a>'
                    f"<span>{date}</span></li>")
    count = -(-len(rows) // PER_PAGE)
    for index in range(count):
        chunk = "\n".join(rows[index * PER_PAGE:(index + 1) * PER_PAGE])
        body = (f'<div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; '
                '<a href="/zwgk/zdlyxxgk/">重点领域信息公开</a> &gt; 法治政府建设 &gt; 年度报告</div>'
                f'{PAGER_FUNC}<div class="list-box"><h2>年度报告</h2><ul class="list">\n{chunk}\n</ul>'
                f'<div class="page"><script>createPageHTML({count}, {index}, "index", "html");</script>'
                "</div></div>")
        name = "index.html" if index == 0 else f"index_{index}.html"
        p.write(NEW_DIR + name, page(title="年度报告", site=skin.site, nav=nav, body=body,
                                     icp=skin.icp, code=skin.code))
    rules = {"redirect": {OLD_DIR: f"http://www.lanxiang.gov.cn{NEW_DIR}index.html",
                          OLD_DIR + "index.html": f"http://www.lanxiang.gov.cn{NEW_DIR}index.html"}}
    p.write("/_replay.json", json.dumps(rules, indent=1))
    p.extra["final_column"] = p.url(NEW_DIR + "index.html")
    write_home(p, skin, [("法治政府建设报告", OLD_DIR + "index.html"), ("政府工作报告", "/zwgk/zfgzbg/")],
               ["澜乡市召开市政府第45次常务会议", "市领导督导安全生产工作"])
    p.notes = (
        "TRS WCM county-level city. The column URL users have, /zwgk/fzzfjsbg/index.html, answers 302 to "
        "/zwgk/zdlyxxgk/fzzfjs/ndbg/index.html (200); its pages index.html, index_1.html, index_2.html are "
        "linked only by createPageHTML(3, N, \"index\", \"html\") (function inline, document.write); list "
        "links relative ./YYYYMM/tYYYYMMDD_id.html, titles cut at 24 chars. The 2024 report's article page "
        "is only a two-line 导读 in div.trs_editor_view; the report itself is the 附件 PDF "
        "./P020250126390411508713.pdf (real text PDF, CID font), so the report url is the PDF (its page in "
        "'page'). 2022 report in Word-style span markup. Five reports 2020-2024, ten non-reports.")
    return p
