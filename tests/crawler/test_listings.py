# ruff: noqa: E501  -- the HTML samples keep the one-line-per-item shape of real listings
"""Family listing parsers on small pages written here (no crawl, no network)."""

from __future__ import annotations

import json
from urllib.parse import parse_qs, urlsplit

import pytest
from scrapy.http import HtmlResponse, Request, TextResponse, XmlResponse

from crawler.families import FAMILY_SPIDERS
from crawler.families.links import create_page_urls, iso_date
from crawler.spiders.portals import spider_class_for
from settings.registry import Portal


def spider_for(family: str, start_url: str, **overrides):
    host = urlsplit(start_url).hostname
    portal = Portal(slug=f"t_{family}", name="测试", division_code="441899", level="district",
                    province="广东省", family=family, start_urls=(start_url,),
                    allowed_domains=(host,), overrides=overrides)
    return spider_class_for(portal)()


def html(url: str, body: str, **kwargs) -> HtmlResponse:
    return HtmlResponse(url, body=body.encode("utf-8"), encoding="utf-8",
                        request=Request(url, **kwargs))


TRS_LISTING = """<html><body>
<div class="nav"><a href="/zwgk/index.shtml">政务公开</a><a href="../../index.shtml">首页</a></div>
<ul class="list">
 <li><a href="./202203/t20220328_1945123.shtml" title="汉阳区2021年法治政府建设情况报告">汉阳区2021年法治政府建…</a><span>2022-03-28</span></li>
 <li><a href="./202203/t20220329_1945200.shtml">《汉阳区2021年法治政府建设情况报告》解读</a><span>2022/03/29</span></li>
 <li><a href="javascript:void(0)">打印</a></li>
</ul>
<script>createPageHTML(3, 0, "index", "shtml");</script>
</body></html>"""


def test_trs_listing_entries_and_script_pagination() -> None:
    url = "http://www.hanyang.gov.cn/zwgk/zc/fzzfjs/index.shtml"
    spider = spider_for("trs", url)
    response = html(url, TRS_LISTING)
    entries = spider.listing_entries(response)
    assert [e.url for e in entries] == [
        "http://www.hanyang.gov.cn/zwgk/zc/fzzfjs/202203/t20220328_1945123.shtml",
        "http://www.hanyang.gov.cn/zwgk/zc/fzzfjs/202203/t20220329_1945200.shtml",
    ]
    # the truncated link text yields to the full title attribute
    assert entries[0].title == "汉阳区2021年法治政府建设情况报告"
    assert [e.published for e in entries] == ["2022-03-28", "2022-03-29"]
    pages = [r.url for r in spider.next_listing_requests(response)]
    assert pages == ["http://www.hanyang.gov.cn/zwgk/zc/fzzfjs/index_1.shtml",
                     "http://www.hanyang.gov.cn/zwgk/zc/fzzfjs/index_2.shtml"]
    assert all(r.meta["fazhi_role"] == "listing" for r in spider.next_listing_requests(response))


def test_trs_later_page_and_split_article() -> None:
    base = "http://www.hanyang.gov.cn/zwgk/zc/fzzfjs/"
    spider = spider_for("trs", base + "index.shtml")
    later = html(base + "index_1.shtml", TRS_LISTING.replace("(3, 0,", "(3, 1,"))
    # a later page declares the same pages again (the dupe filter drops them), none new
    assert {r.url for r in spider.next_listing_requests(later)} <= {
        base + "index.shtml", base + "index_2.shtml"}
    article = html(base + "202203/t20220328_1945123.shtml",
                   '<div class="trs_editor_view TRS_UEDITOR">一、</div>'
                   "<script>createPageHTML('2', '0', 't20220328_1945123', 'shtml')</script>")
    assert spider.article_page_urls(article) == [base + "202203/t20220328_1945123_1.shtml"]
    plain = html(base + "202203/t20220329_1945200.shtml", "<p>正文</p>")
    assert spider.article_page_urls(plain) == []


def test_create_page_html_with_one_page_announces_nothing() -> None:
    assert create_page_urls('createPageHTML(1, 0, "index", "htm");', "http://a.gov.cn/x/") == []


HANWEB_COLUMN = """<html><body><div id="4389">
<script type="text/xml"><datastore>
<nextgroup><![CDATA[<a href="/module/web/jpage/dataproxy.jsp?page=1&appid=1&webid=12&path=/&columnid=1589&unitid=4389&webname=%E6%B5%B7%E5%B7%9E%E5%8C%BA&permissiontype=0"></a>]]></nextgroup>
<recordset>
<record><![CDATA[<li><a href="/art/2025/3/24/art_1589_2895731.html" title="海州区2024年度法治政府建设情况报告" target="_blank">海州区2024年度法治政府建设情况报告</a><span>2025-03-24</span></li>]]></record>
<record><![CDATA[<li><a href="/art/2025/1/20/art_1589_2890001.html" target="_blank">海州区2024年政府信息公开工作年度报告</a><span>2025-01-20</span></li>]]></record>
</recordset></datastore></script>
<totalrecord>5</totalrecord>
</div>
<script>$('#4389').jpage({perPage: 2, proxyUrl: '/module/web/jpage/dataproxy.jsp',
  ajaxParam: {col: 1, appid: 1, webid: 12, path: '/', columnid: 1589, sourceContentType: 1,
  unitid: 4389, webname: '海州区', permissiontype: 0}});</script>
<a href="/col/col1590/index.html">其他栏目</a>
</body></html>"""


def test_hanweb_records_in_cdata() -> None:
    url = "http://www.lyghz.gov.cn/col/col1589/index.html"
    spider = spider_for("hanweb", url)
    entries = spider.listing_entries(html(url, HANWEB_COLUMN))
    assert [(e.url, e.published) for e in entries] == [
        ("http://www.lyghz.gov.cn/art/2025/3/24/art_1589_2895731.html", "2025-03-24"),
        ("http://www.lyghz.gov.cn/art/2025/1/20/art_1589_2890001.html", "2025-01-20"),
    ]
    assert entries[1].title == "海州区2024年政府信息公开工作年度报告"


def test_hanweb_record_is_an_item_whatever_its_url() -> None:
    """A datastore record linking a mirrored WeChat post (no /art/ URL) is still one of the
    column's items: counted against <totalrecord>, judged by its title."""
    url = "http://www.lyghz.gov.cn/col/col1589/index.html"
    mirror = ('<recordset>\n<record><![CDATA[<li><a href="/wxgzh/20260320/mp_38a921d.html">'
              '以案释法｜行政复议化解争议</a><span>2026-03-20</span></li>]]></record>')
    entries = spider_for("hanweb", url).listing_entries(
        html(url, HANWEB_COLUMN.replace("<recordset>", mirror, 1)))
    assert entries[0].url == "http://www.lyghz.gov.cn/wxgzh/20260320/mp_38a921d.html"
    assert len(entries) == 3


def test_rows_outside_the_family_url_pattern_still_count_as_records() -> None:
    """A UCAP catalogue table whose items are content_N.htm (no t…_N.html): only the report's
    row is an entry, but every dated row is a record the listing's 共N条 is counted against."""
    url = "http://www.a.gov.cn/zfxxgk/gkml/list.html?topic=fz"
    rows = "".join(f'<tr><td>{n}</td><td><a href="/gkml/content/2025-0{n}/0{n}/content_{n}.htm">'
                   f"{title}</a></td><td>2025/0{n}/0{n}</td></tr>"
                   for n, title in ((1, "县2024年度法治政府建设情况报告"), (2, "县召开述法工作会议"),
                                    (3, "县2025年法治政府建设工作要点")))
    page = html(url, f'<html><body><a href="/">首页</a><table>{rows}</table>共3条</body></html>')
    spider = spider_for("ucap", url)
    entries = spider.listing_entries(page)
    assert [e.title for e in entries] == ["县2024年度法治政府建设情况报告"]
    assert len(spider.listed_item_urls(page, entries)) == 3
    api = TextResponse("http://www.a.gov.cn/api/list?page=1", body=b'{"total": 3}',
                       headers={"Content-Type": "application/json"}, encoding="utf-8")
    assert spider.listed_item_urls(api, entries) == [entries[0].url]   # a JSON answer


def test_hanweb_further_records_by_post() -> None:
    url = "http://www.lyghz.gov.cn/col/col1589/index.html"
    spider = spider_for("hanweb", url)
    requests = list(spider.next_listing_requests(html(url, HANWEB_COLUMN)))
    # 2 records shown of 5, 2 per page: records 3-4 and 5
    assert [r.method for r in requests] == ["POST", "POST"]
    windows = [{k: v[0] for k, v in parse_qs(urlsplit(r.url).query).items()} for r in requests]
    assert windows == [{"startrecord": "3", "endrecord": "4", "perpage": "2"},
                       {"startrecord": "5", "endrecord": "5", "perpage": "2"}]
    assert urlsplit(requests[0].url).path == "/module/web/jpage/dataproxy.jsp"
    form = {k: v[0] for k, v in parse_qs(requests[0].body.decode()).items()}
    assert form["columnid"] == "1589" and form["unitid"] == "4389" and form["col"] == "1"
    assert form["webname"] == "海州区" and form["path"] == "/"
    assert form["sourceContentType"] == "1" and form["permissiontype"] == "0"


def test_hanweb_dataproxy_answer_is_parsed_and_a_short_window_completed() -> None:
    url = ("http://www.lyghz.gov.cn/module/web/jpage/dataproxy.jsp"
           "?startrecord=3&endrecord=4&perpage=2")
    xml = ('<?xml version="1.0" encoding="UTF-8"?><datastore><totalrecord>5</totalrecord>'
           "<recordset><record><![CDATA[<li><a href='/art/2024/3/1/art_1589_1.html'>"
           "海州区2023年度法治政府建设情况报告</a><span>2024-03-01</span></li>]]></record>"
           "</recordset></datastore>")
    response = XmlResponse(url, body=xml.encode(), encoding="utf-8",
                           request=Request(url, method="POST", meta={"fazhi_hanweb_post": True}))
    spider = spider_for("hanweb", "http://www.lyghz.gov.cn/col/col1589/index.html")
    assert [e.title for e in spider.listing_entries(response)] == ["海州区2023年度法治政府建设情况报告"]
    # the server sent 1 of the 2 records asked for (it caps a call): the rest of the window
    (rest,) = spider.next_listing_requests(response)
    assert (rest.method, rest.url) == ("POST", url.replace("startrecord=3", "startrecord=4"))
    record = xml.split("<recordset>")[1].split("</recordset>")[0]
    two = xml.replace(record, record + record.replace("art_1589_1", "art_1589_2"))
    whole = XmlResponse(url, body=two.encode(), encoding="utf-8",
                        request=Request(url, method="POST", meta={"fazhi_hanweb_post": True}))
    assert len(spider.listing_entries(whole)) == 2
    assert list(spider.next_listing_requests(whole)) == []   # the whole window: nothing more


def test_gkmlpt_json_api() -> None:
    start = "http://www.donghai.gov.cn/gkmlpt/index#2858"
    spider = spider_for("gkmlpt", start, sid="441899")   # known: the API at once
    first = next(iter(spider.start_requests()))
    assert first.url == "http://www.donghai.gov.cn/gkmlpt/api/all/2858?page=1&sid=441899"
    data = {"total": 5, "articles": [
        {"title": "东海市2023年法治政府建设年度报告", "first_publish_time": 1706745600,
         "url": "http://www.donghai.gov.cn/gkmlpt/content/0/100/post_100123.html"},
        {"title": "东海市召开法治政府建设工作会议", "first_publish_time": "2024-01-05 10:00",
         "url": "/gkmlpt/content/0/100/post_100124.html"},
    ]}
    response = TextResponse(first.url, body=json.dumps(data, ensure_ascii=False).encode(),
                            encoding="utf-8", request=first)
    entries = spider.listing_entries(response)
    assert [(e.url, e.published) for e in entries] == [
        ("http://www.donghai.gov.cn/gkmlpt/content/0/100/post_100123.html", "2024-02-01"),
        ("http://www.donghai.gov.cn/gkmlpt/content/0/100/post_100124.html", "2024-01-05"),
    ]
    pages = [r.url for r in spider.next_listing_requests(response)]
    assert pages == ["http://www.donghai.gov.cn/gkmlpt/api/all/2858?page=2&sid=441899",
                     "http://www.donghai.gov.cn/gkmlpt/api/all/2858?page=3&sid=441899"]


NFCMS_LISTING = """<html><body><div class="list_div"><ul>
<li><a href="/shanwei/zwgk/fzzfjs/content/post_747125.html">汕尾市人民政府2020年法治政府建设年度报告</a>
 <span>2021-02-26</span></li>
<li><a href="/shanwei/zwgk/fzzfjs/content/post_747126.html">汕尾市召开全市法治政府建设推进会</a></li>
<li><a href="/shanwei/zwgk/index.html">政务公开</a></li>
</ul></div>
<div class="page"><a href="index.html">首页</a> <span>1</span> <a href="index_2.html">2</a>
 <a href="index_2.html"> 下一页 </a><a href="index_2.html">尾页</a></div></body></html>"""


def test_nfcms_listing_and_rendered_next_link() -> None:
    url = "http://www.shanwei.gov.cn/shanwei/zwgk/fzzfjs/index.html"
    spider = spider_for("nfcms", url)
    response = html(url, NFCMS_LISTING)
    entries = spider.listing_entries(response)
    assert [e.url.rsplit("/", 1)[1] for e in entries] == ["post_747125.html", "post_747126.html"]
    assert entries[0].published == "2021-02-26"
    assert [r.url for r in spider.next_listing_requests(response)] == [
        "http://www.shanwei.gov.cn/shanwei/zwgk/fzzfjs/index_2.html"]


GENERIC_LISTING = """<html><body>
<div class="menu"><a href="/zfxxgk/">信息公开</a></div>
<ul class="list">
<li><a href="/zfxxgk/fzzf/2024/0315/123.html">北城区2023年法治政府建设年度报告</a><em>2024-03-15</em></li>
<li><a href="/uploadfiles/2023/北城区2022年法治政府建设年度报告.pdf">北城区2022年法治政府建设年度报告（PDF）</a></li>
<li><a href="/zfxxgk/fzzf/2024/0101/120.html">关于开展法治宣传月活动的通知</a></li>
</ul>
<div class="pages"><a href="list_2.html">下一页</a></div></body></html>"""


def test_generic_listing_counts_pdf_links_and_follows_next() -> None:
    url = "http://www.beicheng.gov.cn/zfxxgk/fzzf/list.html"
    spider = spider_for("generic", url)
    response = html(url, GENERIC_LISTING)
    entries = spider.listing_entries(response)
    assert len(entries) == 3
    assert entries[1].url.endswith(".pdf")
    assert [r.url for r in spider.next_listing_requests(response)] == [
        "http://www.beicheng.gov.cn/zfxxgk/fzzf/list_2.html"]


def test_generic_link_text_filter_override() -> None:
    url = "http://www.beicheng.gov.cn/zfxxgk/fzzf/list.html"
    spider = spider_for("generic", url, title_filter="报告")
    titles = [e.title for e in spider.listing_entries(html(url, GENERIC_LISTING))]
    assert titles == ["北城区2023年法治政府建设年度报告", "北城区2022年法治政府建设年度报告（PDF）"]


TABLE_LISTING = """<html><body>
<div class="menu"><a href="/">网站首页</a><a href="/fzzfjs/">法治政府建设</a></div>
<ul class="side"><li><a href="/fzzfjs/gzdt/">工作动态</a></li><li><a href="/fzzfjs/ndbg/">年度报告</a></li></ul>
<table class="newslist">
<tr><td class="tit"><a href="/contents/9/501.html" title="南川市司法局2024年度法治政府建设工作情况报告">南川市司法局2024年度法治政府建设工作...</a></td><td class="date">2025/01/20</td></tr>
<tr><td class="tit"><a href="/contents/9/488.html">南川市司法局2023年政府信息公开工作年度报告</a></td><td class="date">2024.01.12</td></tr>
</table>
<div class="pages"><span>1</span> <a href="?page=2">2</a> <a href="?page=2">下一页</a> <span>共8条 当前第1/2页</span></div>
</body></html>"""


def test_a_listing_no_selector_knows_is_read_from_its_dated_rows() -> None:
    # A table of title and date cells: no class the generic selector knows. The items are the
    # rows' one link each beside a date; the menu and side links (no date) are not items.
    url = "http://sfj.nanchuan.gov.cn/fzzfjs/ndbg/"
    spider = spider_for("generic", url)
    response = html(url, TABLE_LISTING)
    entries = spider.listing_entries(response)
    assert [(e.url, e.title, e.published) for e in entries] == [
        ("http://sfj.nanchuan.gov.cn/contents/9/501.html",
         "南川市司法局2024年度法治政府建设工作情况报告", "2025-01-20"),
        ("http://sfj.nanchuan.gov.cn/contents/9/488.html",
         "南川市司法局2023年政府信息公开工作年度报告", "2024-01-12")]
    assert [r.url for r in spider.next_listing_requests(response)] == [url + "?page=2"]
    # Items as <div>s of one link and a date each, inside one outer list item.
    divs = ('<ul><li><div class="item"><a href="/c/7.html">南川市司法局2022年度法治政府建设'
            '工作情况报告</a><span>2023-02-01</span></div><div class="item"><a href="/c/6.html">'
            "工作动态</a><span>2023-01-05</span></div></li></ul>")
    assert [(e.url, e.published) for e in spider.listing_entries(html(url, divs))] == [
        ("http://sfj.nanchuan.gov.cn/c/7.html", "2023-02-01"),
        ("http://sfj.nanchuan.gov.cn/c/6.html", "2023-01-05")]


def test_a_generic_listing_reads_its_dated_rows_beside_a_list_it_knows() -> None:
    # The `.list` the generic selector knows is the side menu; the items are a dated table.
    url = "http://sfj.nanchuan.gov.cn/fzzfjs/ndbg/"
    page = TABLE_LISTING.replace('<ul class="side">', '<ul class="list">')
    entries = spider_for("generic", url).listing_entries(html(url, page))
    assert [e.url.rsplit("/", 2)[-2:] for e in entries] == [
        ["gzdt", ""], ["ndbg", ""], ["9", "501.html"], ["9", "488.html"]]
    assert entries[2].published == "2025-01-20"


SEARCH_RESULTS = """<html><body>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li></ul></div>
<form action="/jsearchfront/search.do"><input name="q" value="法治政府建设"></form>
<div class="jcse-count">找到 <b>3</b> 条结果</div>
<div class="jcse-result">
<div class="jcse-result-box"><div class="jcse-news-title"><a href="http://www.yz.gov.cn/zwgk/fzzfjs/202501/t20250120_3301.html" target="_blank">云樟县2024年度<em>法治政府建设</em>情况报告</a></div><div class="jcse-news-abs">……截至2024年12月31日，全面推进<em>法治政府建设</em>……</div><div class="jcse-news-other-info"><div class="jcse-news-url"><a href="http://www.yz.gov.cn/zwgk/fzzfjs/202501/t20250120_3301.html">http://www.yz.gov.cn/zwgk/fzzfjs/202501/t20250120_3301.html</a></div><span class="jcse-news-date">2025-01-20</span></div></div>
<div class="result-item"><h3><a href="/zwgk/zcjd/202501/t20250124_3310.html">图解：云樟县2024年度<em>法治政府建设</em>情况报告</a></h3><p class="summary">……2024年3月1日起施行……</p><p class="info"><span class="link">www.yz.gov.cn/zwgk/zcjd/202501/t20250124_3310.html</span><span class="time">发布时间：2025年01月24日</span></p></div>
</div>
<div class="jcse-pages"><a href="?q=x&p=1">1</a><a href="?q=x&p=2">2</a><a href="?q=x&p=2">下一页</a></div>
</body></html>"""


def test_a_site_search_result_list_is_read_as_a_listing() -> None:
    # Result blocks, not list rows: the title link's parent holds no date, the block does
    # (its 发布时间, not the snippet's dates); highlighted words stay in the title unspaced;
    # the shown URL linking to the same page adds no second item.
    url = "http://www.yz.gov.cn/jsearchfront/search.do?q=x&p=1"
    entries = spider_for("generic", url).listing_entries(html(url, SEARCH_RESULTS))
    # The menu links' blocks are their own list items: no date there, no item.
    assert [(e.url, e.title, e.published) for e in entries] == [
        ("http://www.yz.gov.cn/zwgk/fzzfjs/202501/t20250120_3301.html",
         "云樟县2024年度法治政府建设情况报告", "2025-01-20"),
        ("http://www.yz.gov.cn/zwgk/zcjd/202501/t20250124_3310.html",
         "图解：云樟县2024年度法治政府建设情况报告", "2025-01-24")]


def test_split_article_pager_with_its_numbers_in_variables() -> None:
    # TRS writes the article pager as createPageHTML(_nPageCount, _nCurrIndex, name, ext).
    base = "http://www.qinghe.gov.cn/zwgk/fzzfjs/202501/"
    spider = spider_for("trs", base + "../index.htm")
    script = ("<script>var _nPageCount = 3; var _nCurrIndex = {};"
              ' createPageHTML(_nPageCount, _nCurrIndex, "t20250120_77", "htm");</script>')
    first = html(base + "t20250120_77.htm", "<p>一、</p>" + script.format(0))
    assert spider.article_page_urls(first) == [base + "t20250120_77_1.htm",
                                               base + "t20250120_77_2.htm"]
    later = html(base + "t20250120_77_1.htm", "<p>二、</p>" + script.format(1))
    assert spider.article_page_urls(later) == []


UCAP_LISTING = """<html><body><div class="list"><ul>
<li><a href="./202402/t20240220_1001.html">西阳县司法局2023年度法治政府建设情况报告</a><span>2024-02-20</span></li>
<li><a href="./202302/t20230215_0901.html">西阳县司法局2022年度法治政府建设情况报告</a><span>2023-02-15</span></li>
</ul></div>
<div class="xg-list related"><ul><li><a href="/xxgk/tzgg/202401/t20240101_0001.html">相关通知</a></li></ul></div>
</body></html>"""


def test_ucap_listing_ignores_related_block() -> None:
    url = "http://sfj.xiyang.gov.cn/xxgk/fzzfjsndbg/"
    spider = spider_for("ucap", url)
    entries = spider.listing_entries(html(url, UCAP_LISTING))
    assert [e.url for e in entries] == [
        "http://sfj.xiyang.gov.cn/xxgk/fzzfjsndbg/202402/t20240220_1001.html",
        "http://sfj.xiyang.gov.cn/xxgk/fzzfjsndbg/202302/t20230215_0901.html",
    ]


def test_attachments_collected_from_article_scope() -> None:
    from crawler.families.chain import ArticleFetch
    from crawler.families.links import ListingEntry

    url = "http://www.shanwei.gov.cn/shanwei/zwgk/fzzfjs/content/post_747125.html"
    spider = spider_for("nfcms", "http://www.shanwei.gov.cn/shanwei/zwgk/fzzfjs/index.html")
    page = html(url, '<div class="news_cont_d_wrap"><p>正文</p>'
                '<a href="/attachment/0/1/P0210226.pdf">报告.pdf</a>'
                '<a href="http://other.example.com/x.pdf">外站.pdf</a>'
                '<a href="/attachment/0/1/P0210226.pdf">again</a></div>'
                '<div class="news_cont_d_fj"><a href="/attachment/0/1/fj.docx">附件</a></div>'
                '<div class="footer"><a href="/guide.pdf">指南</a></div>')
    fetch = ArticleFetch(entry=ListingEntry(url, "t"), report_year=2020)
    spider.collect_attachments(page, fetch)
    assert fetch.pending_attachments == [
        "http://www.shanwei.gov.cn/attachment/0/1/P0210226.pdf",
        "http://www.shanwei.gov.cn/attachment/0/1/fj.docx"]
    # a page the family's body selector does not fit is searched whole
    fetch = ArticleFetch(entry=ListingEntry(url, "t"), report_year=2020)
    spider.collect_attachments(html(url, '<div id="x"><a href="/a.pdf">a</a></div>'), fetch)
    assert fetch.pending_attachments == ["http://www.shanwei.gov.cn/a.pdf"]


@pytest.mark.parametrize(("text", "expected"), [
    ("2025-03-24 16:05", "2025-03-24"), ("2025年3月4日", "2025-03-04"),
    ("[2024/12/01]", "2024-12-01"), ("no date", None), ("2024-13-01", None),
])
def test_iso_date(text: str, expected: str | None) -> None:
    assert iso_date(text) == expected


def test_every_registry_family_has_a_spider() -> None:
    from settings.registry import FAMILIES

    assert set(FAMILY_SPIDERS) == set(FAMILIES)


def test_encoding_override_fixes_a_wrong_declaration() -> None:
    url = "http://www.zbgx.gov.cn/col/col2345/index.html"
    record = ("<record><![CDATA[<li><a href='/art/2023/1/10/art_2345_87123.html'>"
              "关于2022年度法治政府建设工作的报告（喆）</a></li>]]></record>")
    body = ("<html><head><meta charset='utf-8'></head><body>" + record + "</body></html>")
    wrong = HtmlResponse(url, body=body.encode("gb18030"), request=Request(url))
    default = spider_for("hanweb", url)
    assert default.listing_entries(default.decoded(wrong))[0].title != "关于2022年度法治政府建设工作的报告（喆）"
    fixed = spider_for("hanweb", url, encoding="gb18030")
    assert fixed.listing_entries(fixed.decoded(wrong))[0].title == "关于2022年度法治政府建设工作的报告（喆）"
