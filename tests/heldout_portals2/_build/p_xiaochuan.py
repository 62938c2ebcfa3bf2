# ruff: noqa: E501 - HTML templates and report texts are long lines on purpose
"""xiaochuan_sfj: county justice bureau on a generic CMS, listing paged by ?page=N (共N页 / 下一页 / 尾页);
one report only as PDF, one only as DOCX, one dead link, one 412 challenge."""
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from common import SHARE, TOOLS, TOPBAR, Portal, body_html, esc, footer, plain_text
from texts import make_filler, make_report

SITE = "潇川县司法局"
REGION = "潇川县司法局"
DIR = "/xxgk/fzzfjsndbg"
COL = f"{DIR}/index.html"
ICP = "湘ICP备10021234号"
CHALLENGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="Pragma" content="no-cache">
<script type="text/javascript" r="m">var $_ts=window['$_ts'];if(!$_ts){$_ts={};window['$_ts']=$_ts;}$_ts.nsd=48211;$_ts.cd="qqrkrrAlx0EcqGAkrqqcqGEqqqpcqcqkDG3lx1QFqrAr";</script>
<script type="text/javascript" charset="utf-8" src="/4QbVtADbnLVIc/c.FxJzG50F.b8a1f1b.js" r="m"></script></head>
<body><script type="text/javascript" r="m">$_ts.l__(); </script></body></html>"""


def shell(title, meta, inner):
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{esc(title)} - {SITE}</title>
<meta name="SiteName" content="{SITE}"><meta name="ColumnName" content="法治政府建设年度报告">{meta}
<link rel="stylesheet" href="/static/css/main.css"></head>
<body>{TOPBAR}
<div class="banner"><img src="/static/images/banner.jpg" alt="{SITE}"></div>
<div class="menu"><a href="/">网站首页</a><a href="/jgsz/">机构设置</a><a href="/xxgk/">信息公开</a>
<a href="/pfzl/">普法之窗</a><a href="/ggflfw/">公共法律服务</a><a href="/hdjl/">互动交流</a></div>
<div class="location">您现在的位置：<a href="/">首页</a> &gt; <a href="/xxgk/">信息公开</a> &gt; <a href="{COL}">法治政府建设年度报告</a></div>
{inner}
<div class="jzlinks"><a href="javascript:void(0)">局长信箱</a> <a href="#top">返回顶部</a></div>
{footer(SITE, ICP, "4311290033")}
</body></html>
"""


def listing(rows, current, pages, total):
    lis = "\n".join(f'<li><span class="date">{d}</span><a href="{href}" target="_blank">{esc(t)}</a></li>'
                    for href, t, d in rows)
    links = [f"共{total}条记录 共{pages}页 当前第{current}页"]
    links.append(f'<a href="index.html?page=1">首页</a>' if current > 1 else "<span>首页</span>")
    links.append(f'<a href="index.html?page={current - 1}">上一页</a>' if current > 1 else "<span>上一页</span>")
    links.append(f'<a href="index.html?page={current + 1}">下一页</a>' if current < pages else "<span>下一页</span>")
    links.append(f'<a href="index.html?page={pages}">尾页</a>' if current < pages else "<span>尾页</span>")
    inner = f"""<div class="main"><div class="sidebar"><h3>信息公开</h3><ul><li><a href="/xxgk/zcwj/">政策文件</a></li>
<li class="active"><a href="{COL}">法治政府建设年度报告</a></li><li><a href="/xxgk/xzzf/">行政执法公示</a></li></ul></div>
<div class="content-list"><h2>法治政府建设年度报告</h2><ul class="article-list">
{lis}
</ul>
<div class="pagination">{" ".join(links)}</div></div></div>"""
    return shell("法治政府建设年度报告", "", inner)


def article(title, date, body, index_no, doc_no):
    meta = (f'<meta name="ArticleTitle" content="{esc(title)}"><meta name="PubDate" content="{date}">'
            f'<meta name="ContentSource" content="{SITE}">')
    inner = f"""<div class="main detail"><div class="gk-meta"><ul>
<li><b>索 引 号：</b>{index_no}</li><li><b>发布机构：</b>{SITE}</li><li><b>发文字号：</b>{doc_no}</li>
<li><b>成文日期：</b>{date[:10]}</li><li><b>公开形式：</b>主动公开</li></ul></div>
<h1 class="detail-title">{esc(title)}</h1>
<div class="detail-info">时间：{date}　来源：{SITE}　{TOOLS}</div>
<div class="detail-content">
{body}
</div>
<div class="pre-next"><p>上一篇：无</p><p>下一篇：无</p></div>
{SHARE}</div>"""
    return shell(title, meta, inner)


HERE = Path(__file__).resolve().parent


def make_pdf(rep, out):
    data = {"title": rep["title"], "lines": plain_text(rep["paras"])}
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False)
    subprocess.run([os.environ.get("PDF_PYTHON", "python3"), str(HERE / "mkpdf.py"), f.name, str(out)], check=True)


def make_docx(rep, out):
    data = {"title": rep["title"], "lines": plain_text(rep["paras"])}
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False)
    subprocess.run([sys.executable, str(HERE / "mkdocx.py"), f.name, str(out)], check=True)


# newest first: (date, kind, year, how) — how: html | pdf | docx | 412 | 404
LISTING = [
    ("2024/03/27", "xxgk", 2023), ("2024/01/18", "R", 2023, "html"), ("2023/11/02", "news5", 2023),
    ("2023/06/15", "yd", 2023), ("2023/02/10", "jd2", 2022), ("2023/02/09", "R", 2022, "html"),
    ("2022/12/06", "news6", 2022), ("2022/03/30", "xxgk", 2021), ("2022/01/25", "R", 2021, "pdf"),
    ("2021/10/14", "zfxx", 2021), ("2021/03/29", "xxgk", 2020), ("2021/01/28", "R", 2020, "docx"),
    ("2020/09/09", "news3", 2020), ("2020/03/31", "xxgk", 2019), ("2020/01/21", "R", 2019, "412"),
    ("2019/11/19", "news2", 2019), ("2019/03/28", "xxgk", 2018), ("2019/01/24", "R", 2018, "404"),
    ("2018/10/30", "tz", 2018), ("2018/05/08", "yd", 2018),
]
PER_PAGE = 7


def build() -> None:
    p = Portal("xiaochuan_sfj", "sfj.xiaochuan.gov.cn")
    rows, status = [], {}
    for n, entry in enumerate(LISTING):
        date, kind, year = entry[:3]
        y, m, d = date[:4], date[5:7], date[8:10]
        path = f"{DIR}/{y}{m}/t{y}{m}{d}_{90210 - n * 97}.html"
        index_no = f"11431129MB1234567X/{y}-{40 + n:05d}"
        full_date = f"{y}-{m}-{d} {9 + n % 8:02d}:{(n * 11) % 60:02d}"
        if kind == "R":
            rep = make_report("潇川县司法局", year, seed=900 + n, style="standard" if n % 2 else "thematic",
                              title_form=n % 4, salutation="县委、县人民政府：", signer="潇川县司法局",
                              date=f"{y}年{int(m)}月{int(d)}日")
            how = entry[3]
            title = rep["title"]
            if how == "pdf":
                path = f"/uploadfile/{y}/{m}{d}/{y}{m}{d}153045871.pdf"
                out = p.site / path.lstrip("/")
                out.parent.mkdir(parents=True, exist_ok=True)
                make_pdf(rep, out)
                p.report(p.url(path), rep, level1=False)
            elif how == "docx":
                path = f"/uploadfile/{y}/{m}{d}/{y}{m}{d}101122305.docx"
                out = p.site / path.lstrip("/")
                out.parent.mkdir(parents=True, exist_ok=True)
                make_docx(rep, out)
                p.report(p.url(path), rep, level1=False)
            elif how == "html":
                p.write(path, article(title, full_date, body_html(rep["paras"]), index_no, f"潇司发〔{y}〕{n + 4}号"))
                p.report(p.url(path), rep)
            elif how == "412":
                p.write(path, CHALLENGE)
                status[path] = 412
                p.fail(p.url(path), "412 anti-bot challenge")
            else:
                p.fail(p.url(path), "404 dead link")
        else:
            fil = make_filler(kind, "潇川县", year, seed=1000 + n)
            title = fil["title"]
            p.write(path, article(title, full_date, body_html(fil["paras"]), index_no, ""))
            p.skip(p.url(path), title, fil["why"])
        href = path if kind == "R" and entry[3] in ("pdf", "docx") else f"./{y}{m}/{path.rsplit('/', 1)[1]}"
        rows.append((href, title, date))
    pages = (len(rows) + PER_PAGE - 1) // PER_PAGE
    for i in range(pages):
        html_page = listing(rows[i * PER_PAGE:(i + 1) * PER_PAGE], i + 1, pages, len(rows))
        p.write(COL if i == 0 else f"{COL}?page={i + 1}", html_page)
        if i == 0:
            p.write(f"{COL}?page=1", html_page)
    p.rules({"status": status})
    p.finish(name=SITE, code="431129", level="department", province="湖南省", family="generic",
             start=p.url(COL),
             notes="County justice bureau on a generic CMS. Listing index.html, then index.html?page=2 and "
                   "?page=3 by rendered links (共20条记录 共3页, 首页/上一页/下一页/尾页; ?page=1 is page 1 "
                   "again); dates 2024/01/18; relative ./YYYYMM/t… links. Six 法治政府建设年度报告 of the "
                   "bureau itself: 2023 and 2022 as HTML, 2021 only as a PDF (/uploadfile/…pdf linked "
                   "straight from the listing), 2020 only as a DOCX, 2019 answers 412 with a 瑞数-style JS "
                   "challenge, 2018 is a dead link (404). 14 non-reports.")
