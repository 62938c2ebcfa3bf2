# ruff: noqa: E501 - HTML templates and report texts are long lines on purpose
"""hewan_sfj: a Guangdong city justice bureau's gkmlpt disclosure sub-site under /hwsfj/ of the city host."""
import json
from datetime import datetime, timedelta, timezone

from common import Portal, body_html, esc
from texts import make_filler, make_report

SITE = "鹤湾市司法局"
BASE = "/hwsfj/gkmlpt"
COLUMN = 3125
SID = "758321"
CN = timezone(timedelta(hours=8))
INDEX = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>鹤湾市司法局政府信息公开平台</title>
<meta name="SiteName" content="鹤湾市司法局"><meta name="SiteId" content="{SID}">
<link href="/hwsfj/gkmlpt/static/css/chunk-common.4f2a91c0.css" rel="stylesheet">
<script>
  window.APP_URL = "http://www.hewan.gov.cn/hwsfj";
  window.SID = "{SID}";
  window._CONFIG = {{"SITE_NAME": "鹤湾市司法局", "SID": {SID}, "TREE_API": "/hwsfj/gkmlpt/api/tree?sid={SID}"}};
</script></head>
<body><div class="gkmlpt-header"><a href="http://www.hewan.gov.cn/hwsfj/">鹤湾市司法局</a> 政府信息公开</div>
<noscript>本平台需要启用JavaScript才能正常浏览。</noscript>
<div id="app"></div>
<script src="/hwsfj/gkmlpt/static/js/chunk-vendors.8c1d3e55.js"></script>
<script src="/hwsfj/gkmlpt/static/js/chunk-common.c1553651.js"></script>
<script src="/hwsfj/gkmlpt/static/js/index.0b7e4d21.js"></script>
<div class="gkmlpt-footer">主办单位：鹤湾市司法局　网站标识码：4418020041　粤ICP备11012345号　版权所有：鹤湾市司法局</div>
</body></html>
"""


def content_page(art, body):
    detail = {"id": art["id"], "title": art["title"], "publisher": art["publisher"],
              "identifier": art["identifier"], "document_number": art["document_number"],
              "created_at": art["created_at"], "classify_main_name": "法治政府建设"}
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{esc(art["title"])}</title>
<meta name="ArticleTitle" content="{esc(art["title"])}"><meta name="PubDate" content="{art["created_at"][:16]}">
<meta name="ContentSource" content="{art["publisher"]}"><meta name="SiteName" content="鹤湾市司法局">
<link href="/hwsfj/gkmlpt/static/css/content.css" rel="stylesheet"></head>
<body><div class="header"><span>无障碍</span><span>长者模式</span><a href="http://www.hewan.gov.cn/hwsfj/">鹤湾市司法局</a> | <a href="{BASE}/index">政府信息公开平台</a></div>
<div class="content-wrap">
<div class="classify-info"><table class="introduce">
<tr><td class="first">索引号：</td><td>{art["identifier"]}</td><td class="first">分类：</td><td>法治政府建设</td></tr>
<tr><td class="first">发布机构：</td><td>{art["publisher"]}</td><td class="first">成文日期：</td><td>{art["created_at"][:10]}</td></tr>
<tr><td class="first">名称：</td><td colspan="3">{esc(art["title"])}</td></tr>
<tr><td class="first">文号：</td><td>{art["document_number"]}</td><td class="first">发布日期：</td><td>{art["created_at"][:10]}</td></tr></table></div>
<div class="content"><h1 class="title document-number">{esc(art["title"])}</h1>
<div class="article-content">
{body}
</div></div>
<div class="share">分享：<a href="javascript:void(0)">微信</a> <a href="javascript:void(0)">微博</a>
<span>扫一扫在手机打开当前页</span></div>
<div class="footer">网站标识码：4418020041　粤ICP备11012345号　粤公网安备 44180202000123号</div>
</div>
<script>window._CONFIG = {{"SID": {SID}, "DETAIL": {json.dumps(detail, ensure_ascii=False)}}};</script>
</body></html>
"""


# newest first: (created_at, kind, year[, region, title form])
LISTING = [
    ("2024-03-26 17:10:00", "xxgk", 2023, "鹤湾市司法局"), ("2024-02-05 09:30:00", "R", 2023, "鹤湾市人民政府", 0),
    ("2024-01-23 10:12:00", "R", 2023, "鹤湾市司法局", 0), ("2023-12-14 15:00:00", "news3", 2023, "鹤湾市"),
    ("2023-08-21 10:00:00", "gg", 2023, "鹤湾市"), ("2023-04-10 09:00:00", "yd", 2023, "鹤湾市"),
    ("2023-03-29 16:40:00", "xxgk", 2022, "鹤湾市司法局"), ("2023-01-30 11:05:00", "jd", 2022, "鹤湾市司法局"),
    ("2023-01-19 10:20:00", "R", 2022, "鹤湾市司法局", 2), ("2022-11-17 09:45:00", "news6", 2022, "鹤湾市"),
    ("2022-06-06 14:30:00", "tz", 2022, "鹤湾市"), ("2022-03-30 17:00:00", "xxgk", 2021, "鹤湾市司法局"),
    ("2022-01-26 09:15:00", "R", 2021, "鹤湾市司法局", 1), ("2021-12-08 10:00:00", "news", 2021, "鹤湾市"),
    ("2021-09-14 15:20:00", "dc", 2021, "鹤湾市"), ("2021-03-31 16:00:00", "xxgk", 2020, "鹤湾市司法局"),
    ("2021-02-03 10:40:00", "R", 2020, "鹤湾市司法局", 0), ("2020-12-22 09:30:00", "news2", 2020, "鹤湾市"),
    ("2020-07-01 10:00:00", "zfxx", 2020, "鹤湾市司法局"), ("2020-03-30 16:00:00", "xxgk", 2019, "鹤湾市司法局"),
    ("2019-12-12 11:00:00", "news4", 2019, "鹤湾市"), ("2019-06-18 09:00:00", "yd", 2019, "鹤湾市"),
    ("2019-03-28 16:30:00", "xxgk", 2018, "鹤湾市司法局"),
]
PER_PAGE = 10


def build() -> None:
    p = Portal("hewan_sfj", "www.hewan.gov.cn")
    articles = []
    for n, entry in enumerate(LISTING):
        created, kind, year, region = entry[:4]
        post = 4123456 - n * 2711
        path = f"{BASE}/content/{post // 1000000}/{post // 1000}/post_{post}.html"
        stamp = int(datetime.strptime(created, "%Y-%m-%d %H:%M:%S").replace(tzinfo=CN).timestamp())
        publisher = "鹤湾市人民政府" if region == "鹤湾市人民政府" else "鹤湾市司法局"
        art = {"id": post, "title": "", "url": p.url(path) + f"#{COLUMN}", "first_publish_time": stamp,
               "created_at": created, "publisher": publisher,
               "identifier": f"11441800MB2C12345{n % 10}/{created[:4]}-{n + 101:05d}", "document_number": "",
               "post_type": 1, "classify_id": COLUMN}
        if kind == "R":
            rep = make_report(region, year, seed=1100 + n, style=("standard", "thematic", "other")[n % 3],
                              title_form=entry[4], salutation="市委、市政府：" if region != "鹤湾市人民政府" else "省人民政府：",
                              signer=region, date=f"{created[:4]}年{int(created[5:7])}月{int(created[8:10])}日")
            art["title"] = rep["title"]
            art["document_number"] = f"鹤司〔{created[:4]}〕{n + 7}号" if publisher == "鹤湾市司法局" else f"鹤府报〔{created[:4]}〕3号"
            body = body_html(rep["paras"])
            p.report(p.url(path), rep)
        else:
            fil = make_filler(kind, region, year, seed=1200 + n)
            art["title"] = fil["title"]
            body = body_html(fil["paras"])
            p.skip(p.url(path), fil["title"], fil["why"])
        articles.append(art)
        p.write(path, content_page(art, body))
    pages = (len(articles) + PER_PAGE - 1) // PER_PAGE
    classify = {"id": COLUMN, "name": "法治政府建设年度报告", "parent": 3120, "post_count": len(articles),
                "theme_count": len(articles)}
    for i in range(pages):
        answer = {"classify": classify, "articles": articles[i * PER_PAGE:(i + 1) * PER_PAGE],
                  "total": len(articles), "page": i + 1, "per_page": PER_PAGE}
        p.write(f"{BASE}/api/all/{COLUMN}?page={i + 1}&sid={SID}", json.dumps(answer, ensure_ascii=False))
    p.write(f"{BASE}/index", INDEX)
    p.finish(name=SITE, code="441802", level="department", province="广东省", family="gkmlpt",
             start=p.url(f"{BASE}/index#{COLUMN}"),
             notes="Guangdong gkmlpt disclosure platform of a city justice bureau, living under the sub-path "
                   "/hwsfj/ of the city host. The column a user copies is /hwsfj/gkmlpt/index#3125 (column id "
                   "only in the fragment; the shell page is empty JS with SID 758321 in a script). Items only "
                   "from /hwsfj/gkmlpt/api/all/3125?page=1..3&sid=758321 (total 23, 10 a page; articles[]: "
                   "id, title, url with #3125, first_publish_time (Unix s), created_at, publisher, identifier, "
                   "document_number). Content pages /hwsfj/gkmlpt/content/4/41xx/post_N.html render the body "
                   "in div.article-content (window._CONFIG carries only metadata). 5 reports: the bureau's "
                   "2020–2023 reports plus the city government's 2023 report republished in the same column "
                   "(same year, different body); 18 non-reports.")
