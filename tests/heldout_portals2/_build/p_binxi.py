# ruff: noqa: E501 - HTML templates and report texts are long lines on purpose
"""binxi: Hanweb JCMS site living under the sub-path /jsbxq/; jpage proxy at /jsbxq/module/web/jpage/dataproxy.jsp."""
import pprint

from common import FLOAT, SHARE, TOOLS, TOPBAR, Portal, body_html, esc, footer
from texts import FILLER_KINDS, make_filler, make_report

SITE = "滨溪区人民政府"
REGION = "滨溪区"
BASE = "/jsbxq"
COLID = 4417
UNIT = 35521
COL = f"{BASE}/col/col{COLID}/index.html"
ICP = "苏ICP备12034567号-1"


def page(title, date, body, index_no, doc_no, org):
    y, m, d = date[:4], int(date[5:7]), int(date[8:10])
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(title)} {SITE}</title>
<meta name="SiteName" content="{SITE}" /><meta name="SiteDomain" content="www.binxi.gov.cn/jsbxq" />
<meta name="SiteIDCode" content="3209050012" /><meta name="ColumnName" content="法治政府建设年度报告" />
<meta name="ColumnType" content="法治政府建设" /><meta name="ArticleTitle" content="{esc(title)}" />
<meta name="PubDate" content="{date}" /><meta name="ContentSource" content="{org}" />
<meta name="Keywords" content="法治政府" /><meta name="Url" content="http://www.binxi.gov.cn{BASE}/art/{y}/{m}/{d}/" />
<link href="{BASE}/images/style.css" rel="stylesheet" type="text/css" /></head>
<body>{TOPBAR}
<div class="top"><a href="{BASE}/index.html"><img src="{BASE}/images/logo.png" /></a></div>
<div class="nav"><a href="{BASE}/index.html">首页</a><a href="{BASE}/col/col4401/index.html">走进滨溪</a>
<a href="{BASE}/col/col4402/index.html">政务公开</a><a href="{BASE}/col/col4403/index.html">政务服务</a>
<a href="{BASE}/col/col4404/index.html">政民互动</a></div>
<div class="bt_position">您当前的位置：<a href="{BASE}/index.html">首页</a>&nbsp;&gt;&nbsp;<a href="{BASE}/col/col4402/index.html">政务公开</a>&nbsp;&gt;&nbsp;<a href="{COL}">法治政府建设年度报告</a></div>
<table class="xxgk_table" width="100%" cellspacing="0" cellpadding="0">
<tr><th>索 引 号</th><td>{index_no}</td><th>主题分类</th><td>综合政务/其他</td></tr>
<tr><th>发布机构</th><td>{org}</td><th>生成日期</th><td>{date[:10]}</td></tr>
<tr><th>文　　号</th><td>{doc_no}</td><th>有 效 性</th><td>有效</td></tr>
<tr><th>名　　称</th><td colspan="3">{esc(title)}</td></tr></table>
<div class="main_title">{esc(title)}</div>
<div class="main_info">发布日期：{date}　信息来源：{org}　{TOOLS}</div>
<div id="zoom">
<meta name="ContentStart">
{body}
<meta name="ContentEnd">
</div>
<div class="xgwj">相关文件：<a href="{BASE}/col/col4402/index.html">政务公开</a></div>
{SHARE}{FLOAT}
{footer(SITE, ICP, "3209050012")}
<script language="javascript" src="{BASE}/script/0/2211251634236617.js"></script>
</body></html>
"""


def record(path, title, date):
    short = title if len(title) <= 28 else title[:27] + "..."
    return (f'<record><![CDATA[\n<li><a href="{path}" title="{esc(title)}" target="_blank">{esc(short)}</a>'
            f'<span class="bt_time">{date[:10]}</span></li>\n]]></record>')


def column_page(inline_records, total):
    ajax = ("{col:1,appid:1,webid:12,path:'/jsbxq/',columnid:4417,sourceContentType:1,"
            f"unitid:{UNIT},webname:'滨溪区人民政府',permissiontype:0}}")
    nextgroup = (f'<a href="{BASE}/module/web/jpage/dataproxy.jsp?page=1&appid=1&webid=12&path=/jsbxq/'
                 f'&columnid={COLID}&unitid={UNIT}&webname=%E6%BB%A8%E6%BA%AA%E5%8C%BA%E4%BA%BA%E6%B0%91%E6%94%BF%E5%BA%9C&permissiontype=0"></a>')
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>法治政府建设年度报告 {SITE}</title>
<meta name="SiteName" content="{SITE}" /><meta name="ColumnName" content="法治政府建设年度报告" />
<script type="text/javascript" src="{BASE}/module/jslib/jquery/jquery.js"></script>
<script type="text/javascript" src="{BASE}/module/jslib/jpage/jpage.js"></script></head>
<body>{TOPBAR}
<div class="top"><a href="{BASE}/index.html"><img src="{BASE}/images/logo.png" /></a></div>
<div class="nav"><a href="{BASE}/index.html">首页</a><a href="{BASE}/col/col4402/index.html">政务公开</a></div>
<div class="bt_position">您当前的位置：<a href="{BASE}/index.html">首页</a>&nbsp;&gt;&nbsp;<a href="{BASE}/col/col4402/index.html">政务公开</a>&nbsp;&gt;&nbsp;法治政府建设年度报告</div>
<table width="100%"><tr><td class="lm_left"><div class="lm_name">政务公开</div>
<a href="{BASE}/col/col4415/index.html">政策文件</a><br/><a href="{COL}">法治政府建设年度报告</a><br/>
<a href="{BASE}/col/col4419/index.html">政府信息公开年报</a></td>
<td class="lm_right"><div class="lm_title">法治政府建设年度报告</div>
<div id="{UNIT}"><script type="text/xml"><datastore>
<nextgroup><![CDATA[{nextgroup}]]></nextgroup>
<recordset>
{chr(10).join(inline_records)}
</recordset></datastore></script>
<script language="javascript">
var initData = $('#{UNIT}').find('script[type="text/xml"]').text();
$('#{UNIT}').jpage({{themeName:'default',openCookies:false,showMode:'full',totalRecord:{total},dataStore:initData,dataAfter:'',groupSize:1,proxyUrl:'{BASE}/module/web/jpage/dataproxy.jsp',perPage:15,barPosition:'bottom',ajaxParam:{ajax}}});
</script></div></td></tr></table>
{footer(SITE, ICP, "3209050012")}
</body></html>
"""


API = '''"""滨溪区 jpage dataproxy under /jsbxq/: a window of the column's records as XML."""
from html import escape

XML_TYPE = "text/xml;charset=UTF-8"
ITEMS = %s  # (path, full title, date), newest first


def record(path, title, date):
    short = title if len(title) <= 28 else title[:27] + "..."
    return (f'<record><![CDATA[\\n<li><a href="{path}" title="{escape(title)}" target="_blank">'
            f'{escape(short)}</a><span class="bt_time">{date[:10]}</span></li>\\n]]></record>')


def dataproxy(query, form):
    if str(form.get("columnid", query.get("columnid", ""))) != "4417":
        empty = "<datastore><totalrecord>0</totalrecord><recordset></recordset></datastore>"
        return 200, XML_TYPE, empty
    perpage = int(query.get("perpage", 15) or 15)
    start = max(1, int(query.get("startrecord", 1) or 1))
    end = min(len(ITEMS), int(query.get("endrecord", start + perpage - 1) or 0))
    total_pages = (len(ITEMS) + perpage - 1) // perpage
    records = [record(*item) for item in ITEMS[start - 1:end]]
    body = ('<?xml version="1.0" encoding="UTF-8"?>\\n<datastore>\\n'
            "<nextgroup><![CDATA[]]></nextgroup>\\n"
            f"<totalrecord>{len(ITEMS)}</totalrecord>\\n<totalpage>{total_pages}</totalpage>\\n"
            "<recordset>\\n" + "\\n".join(records) + "\\n</recordset>\\n</datastore>\\n")
    return 200, XML_TYPE, body
'''

REPORTS = {  # position in the newest-first listing → (report year, style, title form)
    2: (2024, "standard", 2), 11: (2023, "thematic", 0), 19: (2022, "standard", 1),
    27: (2021, "other", 3), 36: (2020, "standard", 0),
}
TOTAL = 42


def dates():
    """Newest first: per publication year a block whose last (earliest) item is that year's report."""
    out = []
    for year, size in ((2025, 3), (2024, 9), (2023, 8), (2022, 8), (2021, 9), (2020, 5)):
        top = 3 if year == 2025 else 12
        for i in range(size):
            last = i == size - 1 and year != 2020
            month = 1 + i % 2 if last else max(2, top - i * (top - 2) // max(1, size - 1))
            day = 26 - (i * 5) % 20
            out.append(f"{year}-{month:02d}-{day:02d} {9 + i % 8:02d}:{(i * 13) % 60:02d}:00")
    return out


def build() -> None:
    p = Portal("binxi", "www.binxi.gov.cn")
    kinds = [k for k in FILLER_KINDS]
    records, items, all_dates = [], [], dates()
    fill_no = 0
    for n in range(TOTAL):
        date = all_dates[n]
        y, m, d = date[:4], int(date[5:7]), int(date[8:10])
        path = f"{BASE}/art/{y}/{m}/{d}/art_{COLID}_{198765 - n * 113}.html"
        index_no = f"K12345678/{y}-{1200 + n:05d}"
        if n in REPORTS:
            year, style, form = REPORTS[n]
            rep = make_report(REGION, year, seed=300 + n, style=style, title_form=form,
                              salutation="区委：", signer="滨溪区人民政府", date=f"{y}年{m}月{d}日")
            if n == 2:  # the sign-off and the publication date sit in the body of the newest one
                date = f"{y}-{m:02d}-{d:02d} 10:00:00"
            title, body = rep["title"], body_html(rep["paras"], style="word" if n % 2 else "plain")
            p.report(p.url(path), rep)
            doc_no, org = f"滨政发〔{y}〕{n + 5}号", "滨溪区人民政府"
        else:
            kind = kinds[fill_no % len(kinds)]
            fill_no += 1
            fil = make_filler(kind, REGION, int(y) - (1 if kind in ("xxgk", "jd", "jd2") else 0), seed=400 + n)
            title, body, doc_no, org = fil["title"], body_html(fil["paras"]), "", "滨溪区司法局"
            p.skip(p.url(path), title, fil["why"])
        p.write(path, page(title, date, body, index_no, doc_no, org))
        records.append(record(path, title, date))
        items.append((path, title, date))
    p.write(COL, column_page(records[:15], TOTAL))
    p.write("/_api.py", API % pprint.pformat(items, width=90))
    p.rules({"post": {f"{BASE}/module/web/jpage/dataproxy.jsp": "python:_api.py:dataproxy"}})
    p.finish(name=SITE, code="320905", level="district", province="江苏省", family="hanweb",
             start=p.url(COL),
             notes="Hanweb JCMS site that lives under the sub-path /jsbxq/ of its host: column "
                   "/jsbxq/col/col4417/index.html holds only records 1–15 of 42 in <script type=text/xml>; "
                   "jpage({totalRecord:42, perPage:15, groupSize:1, proxyUrl:'/jsbxq/module/web/jpage/"
                   "dataproxy.jsp', ajaxParam:{webid:12, path:'/jsbxq/', columnid:4417, unitid:35521,...}}): "
                   "records 16–42 only by POST to the sub-path proxy (?startrecord=&endrecord=&perpage=15); "
                   "/module/web/jpage/dataproxy.jsp at the host root does not exist. Titles over 28 chars "
                   "truncated with ... (full title in the title attribute). 5 reports 2020–2024, two in "
                   "Word-style span markup; 37 non-reports.")
