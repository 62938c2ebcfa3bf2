# ruff: noqa: E501 - HTML templates and report texts are long lines on purpose
"""minyang: TRS WCM column paged only by createPageHTML(5, 0, "index", "shtml"); two reports split
over two pages (t…_1.shtml); the column moved (301 from the old URL users still have)."""
from common import FLOAT, SHARE, TOOLS, TOPBAR, Portal, body_html, esc, footer
from texts import make_filler, make_report

SITE = "岷阳县人民政府"
REGION = "岷阳县"
OLD_COL = "/zwgk/fzzfjs/index.shtml"
NEW_DIR = "/zwgk/zdlygk/fzzfjsndbg"
NEW_COL = f"{NEW_DIR}/index.shtml"
ICP = "蜀ICP备05012345号"
PAGER_JS = """<script type="text/javascript">
function createPageHTML(_nPageCount, _nCurrIndex, _sPageName, _sPageExt){
  if(_nPageCount == null || _nPageCount<=1){ return; }
  var nCurrIndex = _nCurrIndex || 0;
  if(nCurrIndex == 0) document.write("<span>首页</span>&nbsp;<span>上一页</span>&nbsp;");
  else {
    document.write("<a href=\\""+_sPageName+"."+_sPageExt+"\\">首页</a>&nbsp;");
    var prev = nCurrIndex==1 ? _sPageName+"."+_sPageExt : _sPageName+"_"+(nCurrIndex-1)+"."+_sPageExt;
    document.write("<a href=\\""+prev+"\\">上一页</a>&nbsp;");
  }
  if(nCurrIndex+1 < _nPageCount) {
    document.write("<a href=\\""+_sPageName+"_"+(nCurrIndex+1)+"."+_sPageExt+"\\">下一页</a>&nbsp;");
    document.write("<a href=\\""+_sPageName+"_"+(_nPageCount-1)+"."+_sPageExt+"\\">尾页</a>");
  }
  document.write("&nbsp;共"+_nPageCount+"页");
}
</script>"""


def shell(title, inner, crumb):
    return f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{esc(title)}-{SITE}</title>
<meta name="SiteName" content="{SITE}"><meta name="SiteDomain" content="www.minyang.gov.cn">
<meta name="SiteIDCode" content="5111290001"><meta name="ColumnName" content="法治政府建设年度报告">
{inner[0]}
<link rel="stylesheet" href="/images/minyang2019/css/style.css">
{PAGER_JS}</head>
<body>{TOPBAR}
<div class="head"><div class="logo"><a href="/"><img src="/images/minyang2019/logo.png" alt="{SITE}"></a></div>
<div class="search"><form action="/was5/web/search" method="get" target="_blank"><input type="text" name="searchword"><input type="submit" value="搜索"></form></div></div>
<div class="menu"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li>
<li><a href="/hdjl/">互动交流</a></li><li><a href="/zjmy/">走进岷阳</a></li></ul></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/zdlygk/">重点领域信息公开</a> &gt; {crumb}</div>
{inner[1]}
{FLOAT}
{footer(SITE, ICP, "5111290001")}
</body></html>
"""


def listing(items, current, pages):
    lis = "\n".join(f'<li><a href="{href}" target="_blank" title="{esc(t)}">{esc(t)}</a><span>{d}</span></li>'
                    for href, t, d in items)
    inner = ("", f"""<div class="container"><div class="leftnav"><h2>重点领域信息公开</h2><ul>
<li><a href="/zwgk/zdlygk/czzj/">财政资金</a></li><li class="cur"><a href="./">法治政府建设年度报告</a></li>
<li><a href="/zwgk/zdlygk/shjz/">社会救助</a></li></ul></div>
<div class="rightlist"><h3>法治政府建设年度报告</h3>
<ul class="list">
{lis}
</ul>
<div class="page"><script type="text/javascript">createPageHTML({pages}, {current}, "index", "shtml");</script></div>
</div></div>""")
    return shell("法治政府建设年度报告", inner, "法治政府建设年度报告")


def article(title, date, source, body, index_no, doc_no, pager=""):
    meta = (f'<meta name="ArticleTitle" content="{esc(title)}"><meta name="PubDate" content="{date}">'
            f'<meta name="ContentSource" content="{source}">')
    inner = (meta, f"""<div class="container detail">
<div class="xxgk"><table class="xxgk-table"><tr><td class="t">索引号：</td><td>{index_no}</td><td class="t">主题分类：</td><td>政务公开</td></tr>
<tr><td class="t">发布机构：</td><td>{source}</td><td class="t">发文日期：</td><td>{date[:10]}</td></tr>
<tr><td class="t">文号：</td><td>{doc_no}</td><td class="t">时效：</td><td>有效</td></tr></table></div>
<h1>{esc(title)}</h1>
<div class="info">发布日期：{date[:16]}　来源：{source}　{TOOLS}</div>
<div class="TRS_Editor"><div class="trs_editor_view TRS_UEDITOR trs_paper_default trs_web">
{body}
</div></div>
<div class="fy">{pager}</div>
<div class="fj">相关附件：</div>
{SHARE}
<div class="related"><h4>相关解读</h4></div>
</div>""")
    return shell(title, inner, f'<a href="{NEW_COL}">法治政府建设年度报告</a>')


# newest first: (publication date, kind, year[, style, title form, split?])
LISTING = [
    ("2024-03-26 15:02", "xxgk", 2023), ("2024-02-01 10:30", "R", 2023, "standard", 0, True),
    ("2023-11-14 09:00", "news3", 2023), ("2023-05-06 10:00", "yd", 2023),
    ("2023-03-28 16:10", "xxgk", 2022), ("2023-02-14 11:20", "jd", 2022),
    ("2023-02-13 09:50", "R", 2022, "thematic", 2, False), ("2022-09-20 14:30", "dc", 2022),
    ("2022-03-30 17:00", "xxgk", 2021), ("2022-01-27 10:45", "R", 2021, "standard", 1, True),
    ("2021-12-03 09:15", "news", 2021), ("2021-06-17 15:00", "gg", 2021),
    ("2021-03-29 16:20", "xxgk", 2020), ("2021-02-19 10:05", "R", 2020, "other", 3, False),
    ("2021-02-20 08:40", "jd2", 2020), ("2020-10-12 11:00", "news4", 2020),
    ("2020-04-02 10:00", "yd", 2020), ("2020-03-31 16:00", "xxgk", 2019),
    ("2020-01-16 09:30", "R", 2019, "standard", 0, False), ("2019-08-22 10:20", "news2", 2019),
    ("2019-05-10 15:30", "tz", 2019), ("2019-03-28 16:00", "xxgk", 2018), ("2018-11-30 09:00", "news6", 2018),
]
PER_PAGE = 5


def build() -> None:
    p = Portal("minyang", "www.minyang.gov.cn")
    rows = []
    for n, entry in enumerate(LISTING):
        date, kind, year = entry[:3]
        ym, ymd = date[:7].replace("-", ""), date[:10].replace("-", "")
        stem = f"t{ymd}_{712345 - n * 1931}"
        path = f"{NEW_DIR}/{ym}/{stem}.shtml"
        index_no = f"008123456/{date[:4]}-{300 + n:05d}"
        if kind == "R":
            rep = make_report(REGION, year, seed=500 + n, style=entry[3], title_form=entry[4],
                              salutation="县委：", signer="岷阳县人民政府",
                              date=f"{date[:4]}年{int(date[5:7])}月{int(date[8:10])}日")
            title, doc_no, source = rep["title"], f"岷府〔{date[:4]}〕{n + 2}号", "岷阳县人民政府"
            p.report(p.url(path), rep)
            paras = rep["paras"]
            if entry[5]:  # split mid-report: before the 2nd level-1 heading's second paragraph
                cut = [i for i, (k, _) in enumerate(paras) if k == "head1"][1] + 2
                for part, chunk in enumerate((paras[:cut], paras[cut:])):
                    name = stem if part == 0 else f"{stem}_1"
                    pager = f'<script type="text/javascript">createPageHTML(2, {part}, "{stem}", "shtml");</script>'
                    p.write(f"{NEW_DIR}/{ym}/{name}.shtml",
                            article(title, date, source, body_html(chunk), index_no, doc_no, pager))
                rows.append((f"./{ym}/{stem}.shtml", title, date[:10]))
                continue
            body = body_html(paras)
        else:
            fil = make_filler(kind, REGION, year, seed=600 + n)
            title, doc_no, source, body = fil["title"], "", "岷阳县司法局", body_html(fil["paras"])
            p.skip(p.url(path), title, fil["why"])
        p.write(path, article(title, date, source, body, index_no, doc_no))
        rows.append((f"./{ym}/{stem}.shtml", title, date[:10]))
    pages = (len(rows) + PER_PAGE - 1) // PER_PAGE
    for i in range(pages):
        name = "index.shtml" if i == 0 else f"index_{i}.shtml"
        p.write(f"{NEW_DIR}/{name}", listing(rows[i * PER_PAGE:(i + 1) * PER_PAGE], i, pages))
    p.rules({"redirect": {OLD_COL: {"to": p.url(NEW_COL), "status": 301},
                          "/zwgk/fzzfjs/": {"to": p.url(NEW_DIR + "/"), "status": 301}}})
    p.finish(name=SITE, code="511129", level="county", province="四川省", family="trs",
             start=p.url(OLD_COL),
             notes="TRS WCM county portal. The column URL users have (/zwgk/fzzfjs/index.shtml) answers "
                   "301 to /zwgk/zdlygk/fzzfjsndbg/index.shtml. Listing pages index.shtml, index_1 … "
                   "index_4.shtml (5 items each, 23 in all) are linked ONLY by the inline call "
                   "createPageHTML(5, N, \"index\", \"shtml\") (pager function defined inline, no "
                   "rendered links); relative ./YYYYMM/tYYYYMMDD_id.shtml links. The 2023 and 2021 "
                   "reports are split over two pages (t…_1.shtml via createPageHTML(2, 0, \"t…\", "
                   "\"shtml\")), break inside section 二. Body div.trs_editor_view.TRS_UEDITOR. 5 reports "
                   "2019–2023, 18 non-reports.")
