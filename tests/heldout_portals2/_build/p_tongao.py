# ruff: noqa: E501 - HTML templates and report texts are long lines on purpose
"""tongao: Zhejiang 集约化 county site; the column page shows its list in an iframe
(/module/xxgk/search.jsp?…&currpage=N), dates as [MM-DD], titles cut with ...."""
from common import FLOAT, SHARE, TOOLS, TOPBAR, Portal, body_html, esc, footer
from texts import make_filler, make_report

SITE = "桐岙县人民政府"
REGION = "桐岙县"
COLID = 1229587412
COL = f"/col/col{COLID}/index.html"
AREA = "113311290025871"
QUERY = f"area={AREA}&currpage={{page}}&divid=div{COLID}&infotypeId=C0807&jdid=3318&standardXxgk=1"


def frame_url(page: int) -> str:
    return "/module/xxgk/search.jsp?" + QUERY.format(page=page)
ICP = "浙ICP备13027777号"


def head(title, extra=""):
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{esc(title)}</title>
<meta name="SiteName" content="{SITE}"><meta name="SiteDomain" content="www.tongao.gov.cn">
<meta name="SiteIDCode" content="3311290002"><meta name="ColumnName" content="法治政府建设年度报告">
{extra}<link rel="stylesheet" href="/script/zjjyh/css/common.css"></head>"""


NAV = ('<div class="zjjyh-top"><a href="https://www.zj.gov.cn/">浙江政务服务网</a> | <a href="https://www.zjzwfw.gov.cn/">'
       '丽水</a> | 桐岙县</div><div class="nav"><a href="/">首页</a><a href="/col/col1229587001/index.html">'
       '新闻中心</a><a href="/col/col1229587002/index.html">政府信息公开</a><a href="/col/col1229587003/index.html">'
       '政务服务</a><a href="/col/col1229587004/index.html">互动交流</a></div>')


def column_page():
    return head(f"法治政府建设年度报告 {SITE}") + f"""
<body>{TOPBAR}{NAV}
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/col/col1229587002/index.html">政府信息公开</a> &gt; 法治政府建设年度报告</div>
<div class="xxgk-main"><div class="xxgk-left"><div class="tit">信息公开目录</div>
<ul><li><a href="/col/col1229587410/index.html">机构职能</a></li><li><a href="/col/col1229587411/index.html">政策文件</a></li>
<li class="on"><a href="{COL}">法治政府建设年度报告</a></li><li><a href="/col/col1229587413/index.html">政府信息公开年报</a></li></ul></div>
<div class="xxgk-right"><div class="lm-tit">法治政府建设年度报告</div>
<iframe id="xxgk_frame" name="xxgk_frame" src="{frame_url(1)}" width="100%" height="620" frameborder="0" scrolling="no"></iframe>
</div></div>
{FLOAT}{footer(SITE, ICP, "3311290002")}</body></html>
"""


def frame_page(rows, current, pages):
    lis = "\n".join(f'<li><a href="{href}" target="_blank"{attr}>{esc(short)}</a><span class="time">[{d[5:10]}]</span></li>'
                    for href, short, attr, d in rows)
    nav = []
    nav.append(f'<a href="{frame_url(1)}">首页</a>' if current > 1 else '<span>首页</span>')
    nav.append(f'<a href="{frame_url(current - 1)}">上一页</a>' if current > 1 else '<span>上一页</span>')
    nav.append(f'<a href="{frame_url(current + 1)}">下一页</a>' if current < pages else '<span>下一页</span>')
    nav.append(f'<a href="{frame_url(pages)}">尾页</a>' if current < pages else '<span>尾页</span>')
    return f"""<html><head><meta charset="utf-8"><title>信息公开</title>
<link rel="stylesheet" href="/module/xxgk/css/xxgk.css"></head>
<body><div class="xxgk-list"><ul>
{lis}
</ul>
<div class="xxgk-page">&nbsp;&nbsp;共{pages}页&nbsp;&nbsp;当前第{current}页&nbsp;&nbsp;{"&nbsp;".join(nav)}</div>
</div></body></html>
"""


def article(title, date, body, index_no, doc_no, org):
    meta = (f'<meta name="ArticleTitle" content="{esc(title)}"><meta name="PubDate" content="{date}">'
            f'<meta name="ContentSource" content="{org}">')
    return head(f"{title}", meta) + f"""
<body>{TOPBAR}{NAV}
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/col/col1229587002/index.html">政府信息公开</a> &gt; <a href="{COL}">法治政府建设年度报告</a></div>
<div class="xxgk-detail"><table class="xxgk_table">
<tr><td class="l">索引号</td><td>{index_no}</td><td class="l">组配分类</td><td>法治政府建设年度报告</td></tr>
<tr><td class="l">发布机构</td><td>{org}</td><td class="l">生成日期</td><td>{date[:10]}</td></tr>
<tr><td class="l">文号</td><td>{doc_no}</td><td class="l">公开方式</td><td>主动公开</td></tr></table>
<div class="title">{esc(title)}</div>
<div class="info">发布日期：{date}　信息来源：{org}　{TOOLS}</div>
<div class="zoom" id="zoom"><!--ZJEG_RSS.content.begin--><meta name="ContentStart">
{body}
<meta name="ContentEnd"><!--ZJEG_RSS.content.end--></div>
{SHARE}</div>
{FLOAT}{footer(SITE, ICP, "3311290002")}</body></html>
"""


LISTING = [
    ("2024-03-25 16:00:00", "xxgk", 2023), ("2024-01-19 09:30:00", "R", 2023, "thematic", ""),
    ("2023-12-11 10:00:00", "news", 2023), ("2023-07-05 15:20:00", "gg", 2023),
    ("2023-03-29 17:00:00", "xxgk", 2022), ("2023-02-17 10:00:00", "jd", 2022),
    ("2023-02-15 11:11:00", "R", 2022, "standard", "桐岙县人民政府关于二〇二二年度法治政府建设情况的报告"),
    ("2022-10-18 09:00:00", "news3", 2022), ("2022-04-12 10:30:00", "yd", 2022),
    ("2022-03-30 16:30:00", "xxgk", 2021),
    ("2022-01-20 14:40:00", "R", 2021, "other",
     "桐岙县人民政府关于报送桐岙县2021年度法治政府建设工作情况暨党政主要负责人履行推进法治建设第一责任人职责情况的报告"),
    ("2021-11-23 09:00:00", "news2", 2021), ("2021-06-08 10:00:00", "dc", 2021),
    ("2021-03-31 16:00:00", "xxgk", 2020), ("2021-02-02 10:10:00", "R", 2020, "standard", ""),
    ("2020-12-01 09:20:00", "news4", 2020), ("2020-08-19 15:00:00", "tz", 2020),
    ("2020-03-27 16:00:00", "xxgk", 2019), ("2019-12-10 10:00:00", "news6", 2019),
    ("2019-09-02 09:00:00", "zfxx", 2019),
]
PER_PAGE = 8
MAX_CHARS = 24


def build() -> None:
    p = Portal("tongao", "www.tongao.gov.cn")
    rows = []
    for n, entry in enumerate(LISTING):
        date, kind, year = entry[:3]
        y, m, d = date[:4], int(date[5:7]), int(date[8:10])
        path = f"/art/{y}/{m}/{d}/art_{COLID}_{59012345 - n * 4321}.html"
        index_no = f"{AREA}/{y}-{211000 + n * 17}"
        if kind == "R":
            rep = make_report(REGION, year, seed=700 + n, style=entry[3], title_form=n % 4,
                              salutation="丽水市人民政府：", signer="桐岙县人民政府",
                              date=f"{y}年{m}月{d}日", title=entry[4])
            title, doc_no, org = rep["title"], f"桐政〔{y}〕{n + 1}号", "县政府办公室"
            body = body_html(rep["paras"])
            p.report(p.url(path), rep)
        else:
            fil = make_filler(kind, REGION, year, seed=800 + n)
            title, doc_no, org, body = fil["title"], "", "县司法局", body_html(fil["paras"])
            p.skip(p.url(path), title, fil["why"])
        p.write(path, article(title, date, body, index_no, doc_no, org))
        short = title if len(title) <= MAX_CHARS else title[:MAX_CHARS] + "..."
        attr = f' title="{esc(title)}"' if n % 3 == 0 else ""  # most rows carry no full title
        rows.append((p.url(path), short, attr, date))
    pages = (len(rows) + PER_PAGE - 1) // PER_PAGE
    for i in range(pages):
        p.write(frame_url(i + 1), frame_page(rows[i * PER_PAGE:(i + 1) * PER_PAGE], i + 1, pages))
    p.write(COL, column_page())
    p.write("/robots.txt", "User-agent: *\nDisallow: /module/jslib/\n")
    p.finish(name=SITE, code="331129", level="county", province="浙江省", family="hanweb",
             start=p.url(COL),
             notes="Zhejiang 集约化 (Hanweb provincial platform) county site. The column page "
                   "/col/col1229587412/index.html has no items: the list lives in an <iframe> "
                   "/module/xxgk/search.jsp?area=…&currpage=1&divid=…&infotypeId=C0807&jdid=3318&standardXxgk=1, pages 2–3 "
                   "by rendered 下一页/尾页 links (共3页) inside the iframe. Rows: absolute links, dates only "
                   "as [MM-DD] (no year), titles cut at 24 chars with ... (only every third row has a title "
                   "attribute). 4 reports 2020–2023: one titled 二〇二二年度 (Chinese-numeral year), one with "
                   "a very long title mentioning 第一责任人职责; ZJEG_RSS comments + ContentStart/End; "
                   "16 non-reports.")
