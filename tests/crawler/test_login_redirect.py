"""A listed report whose link 302s to a CAS/SSO login page (another host of the government,
answering 200 with a login form): a failure of its own kind (`login_required`), named by the
listed URL and the login page's, never a stored document or a quiet skip (crawler/login_pages.py).
"""

from __future__ import annotations

import json
from pathlib import Path

from scrapy.http import HtmlResponse

from crawler.login_pages import login_redirect, login_url
from tests.crawler.crawl_helpers import query, run_crawl, write_site
from tests.crawler.test_listing_shapes15 import articles, listing, site

HOST = "www.denglu.gov.cn"
LISTED = f"http://{HOST}/ndbg/content/post_2.html"
LOGIN = f"http://ids.denglu.gov.cn/cas/login?service={LISTED.replace(':', '%3A')}"
LOGIN_FORM = ("<html><head><title>统一身份认证平台</title></head><body><form method='post'>"
              "<input name='username'><input type='PASSWORD' name='password'>"
              "<button>登录</button></form></body></html>")
HEADER_LOGIN_BOX = ("<html><body><div class='top'><input type='password' name='pw'></div>"
                    "<div id='zoom'><p>某县2024年度法治政府建设年度报告</p></div></body></html>")


def page(url: str, body: str) -> HtmlResponse:
    return HtmlResponse(url=url, body=body.encode(), encoding="utf-8")


def test_login_addresses() -> None:
    assert login_url(LOGIN)
    assert login_url("http://sso.x.gov.cn/passport/login.jsp")
    assert login_url("http://www.x.gov.cn/authserver/login?service=http%3A%2F%2Fa")
    assert login_url("http://www.x.gov.cn/user/login.do")
    assert login_url("http://www.x.gov.cn/loginPage.do")
    assert not login_url("http://www.x.gov.cn/zwgk/loginfo/t2024_1.html")
    assert not login_url("http://www.x.gov.cn/zwgk/loginfo.html")
    assert not login_url("http://www.x.gov.cn/ndbg/content/post_2.html?id=3")


def test_only_a_redirect_to_a_login_page_fails() -> None:
    assert "login required" in (login_redirect([LISTED], page(LOGIN, LOGIN_FORM)) or "")
    # a login form at an address that does not say so, reached by a redirect: still a login
    elsewhere = "http://ids.denglu.gov.cn/auth/index.html"
    assert login_redirect([LISTED], page(elsewhere, LOGIN_FORM))
    # not redirected, or an http -> https hop to the article itself with a header login box
    assert login_redirect([], page(LOGIN, LOGIN_FORM)) is None
    https = LISTED.replace("http:", "https:")
    assert login_redirect([LISTED], page(https, HEADER_LOGIN_BOX)) is None


def test_a_report_behind_a_login_is_a_named_failure(tmp_path: Path) -> None:
    sites, portals, data = tmp_path / "sites", tmp_path / "portals", tmp_path / "data"
    rows = [(1, 2025), (2, 2024), (3, 2023)]
    site(tmp_path, "denglu", HOST, {"ndbg/list.html": listing(rows, ""), **articles(rows),
                                    "_replay.json": json.dumps({"redirect": {
                                        "/ndbg/content/post_2.html": LOGIN}})})
    write_site(sites, "ids.denglu.gov.cn", {"cas/login@" + LOGIN.split("?")[1]: LOGIN_FORM})
    crawl = run_crawl(data, sites, [portals], ["denglu"])
    portal = crawl.portal("denglu")
    [problem] = portal["problems"]
    assert problem["kind"] == "report_not_fetched" and problem["url"] == LISTED
    assert "login_required" in problem["detail"] and "ids.denglu.gov.cn/cas/login" in (
        problem["detail"])
    rows_at = query(data / "archive.db", "SELECT kind, final_url FROM responses WHERE url = ?"
                    " AND role = 'article'", LISTED)
    assert [(r["kind"], r["final_url"]) for r in rows_at] == [("login_required", LOGIN)]
    stored = query(data / "corpus.db", "SELECT url FROM documents")
    assert sorted(r["url"] for r in stored) == [f"http://{HOST}/ndbg/content/post_{n}.html"
                                                  for n in (1, 3)]
