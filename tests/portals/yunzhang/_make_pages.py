"""Writes the saved pages of two small test portals (run from the repo root, then re-check
expected.json with a crawl): yunzhang, whose report column is its site search (result blocks,
<em> highlights, the 发布时间 beside a snippet that names other dates, the shown URL linking to
the same page), and lianxi_sfj, which publishes one report twice (its 信息公开 column and, days
later, a 工作动态 article whose URL sorts first)."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

HERE = Path(__file__).resolve().parent
PORTALS = HERE.parent

SECTIONS = (
    ("一、{year}年法治政府建设的主要举措和成效",
     ["（一）深入推进依法行政。{who}坚持重大行政决策合法性审查，全年审查规范性文件{n}件，"
      "办理行政复议案件{m}件，行政执法“三项制度”全面落实。",
      "（二）严格规范公正文明执法。开展行政执法案卷评查，组织执法人员培训{n}场次，"
      "推行包容审慎监管，行政执法质量稳步提升。"]),
    ("二、党政主要负责人履行推进法治建设第一责任人职责情况",
     ["主要负责人召开专题会议{m}次研究法治政府建设工作，带头讲法治课，"
      "将法治建设纳入年度绩效考核，压实工作责任。"]),
    ("三、存在的不足和原因",
     ["一是基层执法力量仍显薄弱；二是执法人员法治素养有待提高；"
      "三是法治宣传的针对性和实效性还需增强。"]),
    ("四、下一步工作安排",
     ["{next}年，{who}将继续深入学习贯彻习近平法治思想，持续提升行政执法规范化水平，"
      "加强行政复议和应诉工作，为经济社会发展提供有力法治保障。"]),
)

FURNITURE_TOP = ('<div class="topbar"><a href="javascript:;">无障碍版</a>'
                 '<a href="javascript:;">关怀版</a><span>网站支持IPv6</span></div>'
                 '<div class="nav"><ul><li><a href="/">首页</a></li>'
                 '<li><a href="/zwgk/">政务公开</a></li><li><a href="/hdjl/">互动交流</a></li>'
                 '</ul></div>')
FURNITURE_END = ('<div class="footer"><p>主办单位：{site}　版权所有</p><p>网站标识码：3600000001'
                 '　ICP备05001234号</p></div>')


def page(site: str, title: str, published: str, body: str) -> str:
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}_{site}</title>'
            f'<meta name="ArticleTitle" content="{title}"><meta name="PubDate" '
            f'content="{published}"><meta name="SiteName" content="{site}"></head><body>'
            f'{FURNITURE_TOP}<div class="article"><h1>{title}</h1><div class="info">发布时间：'
            f'{published}　来源：{site}</div><div class="content" id="zoom">{body}</div>'
            f'<div class="share">【字体：大 中 小】 打印本页 关闭窗口</div></div>'
            f'{FURNITURE_END.format(site=site)}</body></html>')


def report_body(who: str, year: int, n: int) -> str:
    values = {"who": who, "year": year, "next": year + 1, "n": n, "m": n + 7}
    parts = [f"<p>　　{year}年，在上级党委政府的坚强领导下，{who}认真贯彻落实"
             "《法治政府建设实施纲要》，扎实推进法治政府建设各项工作。现将有关情况报告如下：</p>"]
    for heading, paragraphs in SECTIONS:
        parts.append(f"<p><strong>{heading.format(**values)}</strong></p>")
        parts += [f"<p>　　{text.format(**values)}</p>" for text in paragraphs]
    parts.append(f'<p style="text-align:right">{who}</p>')
    return "".join(parts)


def notice_body(title: str) -> str:
    return f"<p>　　{title}。各有关单位要高度重视，认真组织实施，确保工作取得实效。</p>" * 3


def write(folder: str, host: str, path: str, html: str, encoding: str = "utf-8") -> None:
    target = PORTALS / folder / "site" / host / path.lstrip("/")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(html.encode(encoding))


# -- yunzhang: the site search as the column ------------------------------------------------
YZ_HOST, YZ_SITE, YZ_WHO = "www.yunzhang.gov.cn", "云樟县人民政府", "云樟县人民政府"
QUERY = "法治政府建设"
YZ_RESULTS = (   # path, title (the query is highlighted), published, report year or None
    ("/zwgk/fzzfjs/202501/t20250120_3301.html", "云樟县2024年度法治政府建设情况报告",
     "2025-01-20", 2024),
    ("/zwgk/zcjd/202501/t20250124_3310.html", "图解：云樟县2024年度法治政府建设情况报告",
     "2025-01-24", None),
    ("/xwzx/gzdt/202409/t20240912_3204.html", "我县召开法治政府建设推进会", "2024-09-12", None),
    ("/zwgk/zfxxgknb/202501/t20250118_3298.html", "云樟县2024年政府信息公开工作年度报告",
     "2025-01-18", None),
    ("/zwgk/fzzfjs/202403/t20240305_3122.html", "云樟县2024年法治政府建设工作要点",
     "2024-03-05", None),
    ("/zwgk/fzzfjs/202401/t20240126_3087.html", "云樟县人民政府关于2023年度法治政府建设情况的报告",
     "2024-01-26", 2023),
    ("/xwzx/gzdt/202311/t20231108_3020.html", "县司法局开展法治政府建设督察", "2023-11-08", None),
)
PER_PAGE = 4


def search_url(page_no: int) -> str:
    return f"/jsearchfront/search.do?websiteid=360000000000001&q={quote(QUERY)}&p={page_no}"


def result_block(path: str, title: str, published: str) -> str:
    url = f"http://{YZ_HOST}{path}"
    shown = title.replace(QUERY, f"<em>{QUERY}</em>")
    # The snippet names other dates than the publication's (what the text says).
    return (f'<div class="jcse-result-box"><div class="jcse-news-title"><a href="{url}" '
            f'target="_blank">{shown}</a></div><div class="jcse-news-abs">……2023年12月31日前，'
            f'全面推进<em>{QUERY}</em>，深化依法行政……</div><div class="jcse-news-other-info">'
            f'<div class="jcse-news-url"><a href="{url}" target="_blank">{url}</a></div>'
            f'<span class="jcse-news-date">{published}</span></div></div>')


def search_page(page_no: int, pages: int) -> str:
    chunk = YZ_RESULTS[(page_no - 1) * PER_PAGE: page_no * PER_PAGE]
    pager = "".join(f'<a href="{search_url(n)}"{" class=on" if n == page_no else ""}>{n}</a>'
                    for n in range(1, pages + 1))
    if page_no < pages:
        pager += f'<a href="{search_url(page_no + 1)}">下一页</a>'
    results = "".join(result_block(*item[:3]) for item in chunk)
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>站内搜索_{YZ_SITE}</title>'
            f'</head><body>{FURNITURE_TOP}<div class="jcse-search"><form action="/jsearchfront/'
            f'search.do"><input name="q" value="{QUERY}"><button>搜索</button></form>'
            f'<div class="jcse-sort">排序：<a class="on">相关度</a><a>时间</a></div>'
            f'<div class="jcse-count">找到 <b>{len(YZ_RESULTS)}</b> 条结果</div>'
            f'<div class="jcse-result">{results}</div><div class="jcse-pages">{pager}</div></div>'
            f'{FURNITURE_END.format(site=YZ_SITE)}</body></html>')


def write_yunzhang() -> None:
    pages = -(-len(YZ_RESULTS) // PER_PAGE)
    for page_no in range(1, pages + 1):
        write("yunzhang", YZ_HOST, search_url(page_no).replace("?", "@"),
              search_page(page_no, pages))
    for path, title, published, year in YZ_RESULTS:
        body = report_body(YZ_WHO, year, 30 + year % 10) if year else notice_body(title)
        write("yunzhang", YZ_HOST, path, page(YZ_SITE, title, published, body))


# -- lianxi_sfj: one report published twice ----------------------------------------------------
LX_HOST, LX_SITE, LX_WHO = "sfj.lianxi.gov.cn", "莲溪县司法局", "莲溪县司法局"
LX_COLUMN = "/xxgk/fzzfjsndbg/index.html"
LX_ITEMS = (   # path, title, published, report year or None
    ("/xxgk/fzzfjsndbg/202501/t20250117_901.html", "莲溪县司法局2024年度法治政府建设情况报告",
     "2025-01-17", 2024),
    # The same report again, days later, in the 工作动态 column (its URL sorts first).
    ("/gzdt/202501/t20250123_915.html", "莲溪县司法局2024年度法治政府建设情况报告",
     "2025-01-23", 2024),
    ("/xxgk/fzzfjsndbg/202501/t20250115_898.html", "莲溪县司法局2024年政府信息公开工作年度报告",
     "2025-01-15", None),
    ("/xxgk/fzzfjsndbg/202401/t20240122_702.html", "莲溪县司法局2023年度法治政府建设情况报告",
     "2024-01-22", 2023),
    ("/xxgk/fzzfjsndbg/202306/t20230612_655.html", "县司法局召开法治政府建设示范创建推进会",
     "2023-06-12", None),
)


def write_lianxi() -> None:
    rows = "".join(f'<li><a href="{path}" title="{title}">{title}</a><span>{published}</span></li>'
                   for path, title, published, _ in LX_ITEMS)
    listing = (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>法治政府建设年度报告_'
               f'{LX_SITE}</title></head><body>{FURNITURE_TOP}<div class="main"><h2>法治政府建设'
               f'年度报告</h2><ul class="list">{rows}</ul></div>'
               f'{FURNITURE_END.format(site=LX_SITE)}</body></html>')
    write("lianxi_sfj", LX_HOST, LX_COLUMN, listing)
    for path, title, published, year in LX_ITEMS:
        body = report_body(LX_WHO, year, 20 + year % 10) if year else notice_body(title)
        write("lianxi_sfj", LX_HOST, path, page(LX_SITE, title, published, body))


if __name__ == "__main__":
    write_yunzhang()
    write_lianxi()
