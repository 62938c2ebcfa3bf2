"""`www.x` and `x` are one site (crawler/hosts.py site_host): a pager linking page 2 on the
bare domain is followed, its rows are the portal's. The crawl: tests/portals/zhuxi."""

from crawler.hosts import same_government, site_host
from crawler.paging import read_paging


def test_site_host_drops_only_a_leading_www() -> None:
    assert site_host("WWW.Example.com.") == "example.com"
    assert site_host("example.com") == "example.com"
    assert site_host("wwwx.example.com") == "wwwx.example.com"


def test_the_bare_twin_of_a_listed_host_is_the_portal_s_not_another_site() -> None:
    assert same_government("http://example.com.cn/a.html", ["www.example.com.cn"])
    assert same_government("http://www.example.com.cn/a.html", ["example.com.cn"])
    assert not same_government("http://other.com.cn/a.html", ["www.example.com.cn"])
    assert not same_government("http://sub.example.com.cn/a.html", ["www.example.com.cn"])


def test_a_next_link_on_the_bare_domain_is_page_two() -> None:
    html = ('<html><body><ul><li><a href="/a/1.html">一</a></li></ul><div class="page">'
            '<a href="http://example.gov.cn/col/index_1.html">下一页</a> 共2页</div></body></html>')
    paging = read_paging(html, "http://www.example.gov.cn/col/index.html")
    assert "http://example.gov.cn/col/index_1.html" in [r.url for r in paging.next_requests]
