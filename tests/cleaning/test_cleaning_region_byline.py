"""A platform's byline with no label: a bare timestamp and, in the next element, the poster's IP
region (百家号: <span data-testid="updatetime">…</span><span data-testid="address">四川</span>,
or 发布于：江西 / IP属地：湖北). Its timestamp is the page's date when nothing labels one. Pages
written here; the class names are hashed, as the platform's are, so no name says 'time'."""

from __future__ import annotations

import pytest

from cleaning import clean

URL = "https://baijiahao.baidu.com/s?id=1826000000000000001&wfr=spider&for=pc"
BODY = ("<div data-testid='article' class='_18p7x'>"
        + "<p class='dpu8C'>2024年，县政府坚持依法行政，扎实推进法治政府建设，工作取得新进展。</p>"
        * 6
        + "</div>")


def page(byline: str) -> bytes:
    return ("<html><head><meta charset='utf-8'>"
            "<title>某县2024年度法治政府建设情况报告</title></head><body>"
            "<div id='header'><div class='sKHSJ'>某县2024年度法治政府建设情况报告</div>"
            f"<div class='_2bKNC'><p class='_7y5nA'>某县发布</p>{byline}</div></div>{BODY}"
            "</body></html>").encode()


@pytest.mark.parametrize("byline", [
    "<span class='_2sjh9' data-testid='updatetime'>2025-03-27 16:05</span><!--18-->"
    "<span class='_2Wctx' data-testid='address'>四川</span>",
    "<div class='_3x'><span>2025-03-27 16:05</span><span class='bsp'>发布于：江西</span></div>",
    "<span class='a1'>2025-03-27 16:05</span> <span class='a2'>IP属地：内蒙古</span>",
])
def test_a_timestamp_beside_an_ip_region_dates_the_page(byline):
    assert clean([page(byline)], URL).published == "2025-03-27"


@pytest.mark.parametrize("byline", [
    "<span class='a1'>2025-03-27 16:05</span><span class='a2'>阅读 1.2万</span>",
    "<span class='a1'>2025-03-27 16:05</span><span class='a2'>北京 晴 12℃</span>",
    "<span class='a1'>2025-03-27 16:05</span>",
])
def test_a_timestamp_beside_anything_else_is_not_read_so(byline):
    assert clean([page(byline)], URL).published is None
