"""ASP.NET postback pagers (crawler/postback.py, crawler/families/postbacks.py): pages 2.. are
the page's form posted back with the pager's event; held-out round 13's yaopu never posted. The
crawl: tests/portals/jinxi (a GridView pager window, each page posted with the view state of the
page that links it)."""

from __future__ import annotations

from urllib.parse import parse_qs

import scrapy
from parsel import Selector
from scrapy.http import HtmlResponse

from crawler.postback import POSTBACK_FORM_XPATH, postback_pages

URL = "http://www.a.gov.cn/zwgk/List.aspx?ClassID=12"
FORM = ('<form method="post" action="List.aspx?ClassID=12" id="aspnetForm">'
        '<input type="hidden" name="__EVENTTARGET" value="" />'
        '<input type="hidden" name="__EVENTARGUMENT" value="" />'
        '<input type="hidden" name="__VIEWSTATE" value="/wEPDw+a/b=" />'
        '<input type="hidden" name="__EVENTVALIDATION" value="/wEdAA" />{}</form>')
PAGER = ("<div class=\"pager\">共13条记录 第1/3页 <a disabled>首页</a>"
         "<a href=\"javascript:__doPostBack(&#39;ctl00$Main$Pager1&#39;,&#39;2&#39;)\">2</a>"
         "<a href=\"javascript:__doPostBack('ctl00$Main$Pager1','3')\">3</a>"
         "<a href=\"javascript:__doPostBack('ctl00$Main$Pager1','2')\">下一页</a>"
         "<a href=\"javascript:__doPostBack('ctl00$Main$gvList','Sort$Title')\">标题</a></div>")


def test_page_links_raise_the_pager_event_once_each() -> None:
    pages = postback_pages(Selector(text=FORM.format(PAGER)))
    assert [(p.target, p.argument, p.number) for p in pages] == [
        ("ctl00$Main$Pager1", "2", 2), ("ctl00$Main$Pager1", "3", 3)]   # not the sort link
    grid = "<a href=\"javascript:__doPostBack('ctl00$gv','Page$4')\">4</a>"
    [page] = postback_pages(Selector(text=FORM.format(grid)))
    assert page.number == 4 and page.argument == "Page$4"


def test_a_datapagers_links_are_read_by_their_numbers() -> None:
    links = "".join(f"<a href=\"javascript:__doPostBack('ctl00$Main$DataPager1$ctl01$ctl0{n}',"
                    f"'')\">{n}</a>" for n in (2, 3))
    pages = postback_pages(Selector(text=FORM.format(links)))
    assert [(p.target[-6:], p.argument, p.number) for p in pages] == [
        ("$ctl02", "", 2), ("$ctl03", "", 3)]


def test_a_next_only_pager_is_followed_link_by_link() -> None:
    pager = ("<a href=\"javascript:__doPostBack('ctl00$gv','Page$Prev')\">上一页</a>"
             "<a href=\"javascript:__doPostBack('ctl00$gv','Page$Next')\">下一页</a>")
    [page] = postback_pages(Selector(text=FORM.format(pager)))
    assert (page.argument, page.number) == ("Page$Next", 0)
    numbered = pager + "<a href=\"javascript:__doPostBack('ctl00$gv','Page$2')\">2</a>"
    assert [p.number for p in postback_pages(Selector(text=FORM.format(numbered)))] == [2]


def test_no_form_to_post_back_is_no_postback_pager() -> None:
    assert postback_pages(Selector(text=f"<html><body>{PAGER}</body></html>")) == []


def test_the_post_carries_the_pages_hidden_fields_and_the_event() -> None:
    response = HtmlResponse(URL, body=f"<html><body>{FORM.format(PAGER)}</body></html>",
                            encoding="utf-8")
    [page, _] = postback_pages(response.selector)
    request = scrapy.FormRequest.from_response(response, formxpath=POSTBACK_FORM_XPATH,
                                               formdata=page.formdata, dont_click=True)
    sent = {k: v[0] for k, v in parse_qs(request.body.decode(), keep_blank_values=True).items()}
    assert request.method == "POST" and request.url == URL
    assert sent == {"__EVENTTARGET": "ctl00$Main$Pager1", "__EVENTARGUMENT": "2",
                    "__VIEWSTATE": "/wEPDw+a/b=", "__EVENTVALIDATION": "/wEdAA"}


def test_a_next_submit_button_is_clicked_and_a_postback_button_read() -> None:
    buttons = ('<input type="submit" name="ctl00$Main$btnPrev" value="上一页" />'
               '<input type="submit" name="ctl00$Main$btnNext" value="下一页" />')
    response = HtmlResponse(URL, body=f"<html><body>{FORM.format(buttons)}</body></html>",
                            encoding="utf-8")
    [page] = postback_pages(response.selector)
    assert (page.button, page.number, page.formdata) == ("ctl00$Main$btnNext", 0, {})
    request = scrapy.FormRequest.from_response(response, formxpath=POSTBACK_FORM_XPATH,
                                               clickdata={"name": page.button})
    sent = parse_qs(request.body.decode(), keep_blank_values=True)
    assert sent["ctl00$Main$btnNext"] == ["下一页"] and "ctl00$Main$btnPrev" not in sent
    numbered = ("<input type=\"button\" value=\"3\" "
                "onclick=\"__doPostBack('ctl00$Main$Pager','')\" />")
    [page] = postback_pages(Selector(text=FORM.format(numbered + buttons)))
    assert (page.number, page.button) == (3, "")


def test_rows_seen_on_one_listing_do_not_end_another_listings_pager() -> None:
    """new_rows keeps the rows each listing's pager has seen apart: a second listing whose first
    page repeats rows another listing showed still has new rows (was: its 下一页 never followed,
    and its declared pages left the column listing_incomplete)."""
    from crawler.families.postbacks import PostbackSpider

    class Rows(PostbackSpider):
        def __init__(self) -> None:   # no crawl: only the rows a page lists
            pass

        def listing_entries(self, response):
            return []

        def listed_item_urls(self, response, entries):
            return [f"http://x.gov.cn/{n}.html" for n in response.text.split()]

    def page(text: str) -> HtmlResponse:
        return HtmlResponse("http://x.gov.cn/list.aspx", body=text.encode(), encoding="utf-8")

    spider = Rows()
    assert spider.new_rows(page("1 2 3"), "http://x.gov.cn/a/")
    assert not spider.new_rows(page("1 2 3"), "http://x.gov.cn/a/")   # the same pager: no news
    assert spider.new_rows(page("1 2 3"), "http://x.gov.cn/b/")       # another listing's first
