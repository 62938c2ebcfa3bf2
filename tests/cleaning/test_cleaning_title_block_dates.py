"""A publication date shown only beside the article's title: an element named for a date or a
time in the title block, a date attribute a script reads (data-time="…"), a dated byline under
the heading. Never a date of the sidebar, a related list, the footer or the top bar."""

from __future__ import annotations

import pytest

from cleaning import clean

TITLE = "甲市司法局2024年度法治政府建设年度报告"
BODY = "".join(f"<p>{n}、我局坚持依法行政，全年审查规范性文件{n * 7}件，推进法治政府建设。</p>"
               for n in range(1, 9)) + "<p>甲市司法局</p><p>2025年1月20日</p>"
SIDEBAR = ("<div class='side'><h3>相关报告</h3><ul><li><a>甲市司法局2023年度法治政府建设年度报告"
           "</a><span class='date'>2024-01-18</span></li><li><a>市司法局召开全市工作会议</a>"
           "<span class='time'>2024-12-30</span></li></ul></div>")
FOOTER = "<div class='footer'>甲市司法局 版权所有 更新日期：2025-11-30</div>"


def page(head: str, *, before: str = "", after: str = "", heading: str = "h1") -> bytes:
    # Two columns: the article (title block, body), then a sidebar of dated links; a footer.
    return (f"<html><head><meta charset='utf-8'><title>{TITLE}-甲市司法局网站</title></head>"
            f"<body>{before}<div class='main'><div class='tit-box'><{heading}>{TITLE}</{heading}>"
            f"{head}</div><div class='con'>{BODY}</div></div>{SIDEBAR}{after}</body>"
            f"</html>").encode()


def published(data: bytes) -> str | None:
    return clean([data], "https://sfj.example.gov.cn/zwgk/content/post_1.html").published


HEADS = {
    "span_date_with_time": "<p class='sub'><span class='source'>来源：本网</span>"
                           "<span class='date'>2025-01-23 15:48</span>"
                           "<span class='views'>访问量：<i id='clicks'>--</i></span></p>",
    "div_time_labelled": "<div class='time'>发布时间：2025年01月23日</div>",
    "id_riqi": "<div><span id='riqi'>2025/1/23</span><span>作者：办公室</span></div>",
    "data_time_empty_span": "<div class='m-info'><span>转载自：甲市人民政府网</span>"
                            "<span class='m-time' data-time='2025-01-23 11:06:45'></span></div>",
    "data_date_placeholder": "<div class='info'><em data-date='2025-01-23'>--</em></div>",
    "itemprop_content": "<div class='info'><meta itemprop='datePublished' "
                        "content='2025-01-23T15:48:00+08:00'><span>阅读：--</span></div>",
    "info_line": "<p class='info'>时间：2025-01-23 来源：甲市司法局 浏览次数：<b>--</b></p>",
    "dated_byline": "<p>2025-01-23 15:48　来源：本网　作者：办公室</p>",
    "time_in_heading_sibling_block": "</div><div class='tit-info'><span class='ft'>2025-01-23"
                                     "</span><span>字号：大 中 小</span>",
    # A platform's byline says the date was posted, with no label (微博, 知乎, a forum).
    "posted_weibo_art_info": "<div class='art_info'><a class='W_face_radius'>甲市司法</a>"
                             "<span class='time'>发布于 2025-01-23 15:48</span>"
                             "<span class='num'>阅读数：1024</span></div>",
    "posted_ip_region": "<div class='ContentItem-meta'>发布于 2025-01-23 09:23・IP 属地甲市</div>",
    "posted_forum": "<div class='authi'><em>发表于 2025-1-23 15:48:02</em> | 只看该作者</div>",
}


@pytest.mark.parametrize("shape", sorted(HEADS))
def test_a_date_beside_the_title_dates_the_page(shape):
    assert published(page(HEADS[shape])) == "2025-01-23"


@pytest.mark.parametrize("heading", ["h1", "h2", "div class='article-title'"])
def test_the_title_block_is_found_by_its_heading(heading):
    tag = heading.split()[0]
    data = page(HEADS["span_date_with_time"]).replace(b"<h1>", f"<{heading}>".encode())
    assert published(data.replace(b"</h1>", f"</{tag}>".encode())) == "2025-01-23"


def test_no_date_beside_the_title_takes_none_from_sidebar_footer_or_top_bar():
    # The sidebar's dated links, the footer's 更新日期 and the top bar's clock are not the
    # page's date; nor is the signature date closing the body.
    top = "<div class='topbar'><span class='date'>今天是2025年12月04日</span></div>"
    assert published(page("<p class='sub'>来源：本网</p>", before=top)) is None


def test_a_date_after_the_body_has_started_is_not_the_title_blocks():
    # The heading, then the body straight away; a dated line far below is no byline.
    late = "<div class='con'>" + BODY + "<p class='date'>2025-02-01</p></div>"
    data = page("").replace(b"<div class='con'>" + BODY.encode() + b"</div>", late.encode())
    assert published(data) is None


def test_a_labelled_publication_date_wins_over_the_title_blocks_date():
    head = ("<span class='date'>2025-01-23</span><table><tr><td>发布日期：</td>"
            "<td>2025-01-24</td></tr></table>")
    assert published(page(head)) == "2025-01-24"


def test_a_signature_date_under_the_title_is_not_the_publication_date():
    # A 成文 date centred under the title (年月日, no time, no name): not the page's date.
    assert published(page("<p style='text-align:center'>（2025年1月20日）</p>")) is None


FOOTER = "<div class='footer'>甲市司法局 版权所有 更新日期：2025-11-30</div>"
LISTING = ("<div class='left'><h3>最新发布</h3><ul>"
           "<li><a>甲市司法局关于征集2025年度立法项目建议的公告</a>"
           "<span>发布时间：2024-12-01</span></li>"
           "<li><a>市司法局召开2025年全市司法行政工作会议</a>"
           "<span>发布时间：2024-12-30</span></li></ul></div>")


def test_a_footers_update_date_is_not_the_pages():
    assert published(page("", after=FOOTER)) is None
    assert published(page(HEADS["span_date_with_time"], after=FOOTER)) == "2025-01-23"


def test_a_listings_labelled_dates_before_the_article_are_not_the_pages():
    # A left column of other articles, each with its 发布时间, before the article's own date.
    assert published(page(HEADS["span_date_with_time"], before=LISTING)) == "2025-01-23"
    assert published(page("", before=LISTING)) is None


def test_a_metadata_item_with_a_linked_value_is_still_read():
    # <li>来源：<a>site</a></li> in the article's own block: a short link, not a headline.
    head = ("<ul class='meta'><li>来源：<a href='/'>甲市司法局网站</a></li>"
            "<li>发布时间：2025-01-23</li></ul>")
    assert published(page(head)) == "2025-01-23"


@pytest.mark.parametrize("head", [
    "<span class='time'>编辑于 2025-01-23 15:48</span>",      # the last edit's date, not the post's
    "<p>发布于2025年1月23日的工作要点已全部落实。</p>",       # a sentence
])
def test_no_posted_byline_no_date(head):
    assert published(page(head)) is None


def card_page(card: str, *, below: bool = False) -> bytes:
    # The card sits just above the heading in the title block (below it when below=True).
    data = page(card if below else "<p class='sub'>来源：本网</p>")
    return data if below else data.replace(b"<div class='tit-box'>",
                                           b"<div class='tit-box'>" + card.encode())


@pytest.mark.parametrize("card", [
    "<div class='date-card'><b>23</b><i>2025-01</i></div>",
    "<div class='dt'><span>2025.01</span><strong>23</strong></div>",
    "<div class='box'><em>23日</em><em>2025年01月</em></div>",
])
def test_a_date_card_of_day_and_year_month_dates_the_page(card):
    assert published(card_page(card)) == "2025-01-23"
    assert published(card_page(card, below=True)) == "2025-01-23"


@pytest.mark.parametrize("card", [
    "<div class='date-card'><b>32</b><i>2025-01</i></div>",          # no such day
    "<div class='nums'><b>23</b><i>1024</i></div>",                  # two counts
    "<div class='date-card'>更新<b>23</b><i>2025-01</i></div>",        # text of its own
    "<div class='nav'><a>23</a><a>2025-01</a><a>下一页</a></div>",     # three items
])
def test_a_box_that_is_no_date_card_dates_nothing(card):
    assert published(card_page(card)) is None
