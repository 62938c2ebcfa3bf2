"""A portal's government's hosts (crawler/hosts.py): the registry's hosts, and for articles the
other hosts of the same registrable domain under gov.cn."""

from __future__ import annotations

from crawler.hosts import government_domain, listed_host, same_government

DOMAINS = ["www.yq.gov.cn"]


def test_a_sibling_host_of_the_same_government_domain_is_the_same_government() -> None:
    assert same_government("http://sfj.yq.gov.cn/a/1.html", DOMAINS)
    assert same_government("https://www.yq.gov.cn/a/1.html", DOMAINS)
    assert same_government("http://WWW.YQ.GOV.CN./a/1.html", DOMAINS)


def test_another_government_or_a_non_government_domain_is_not() -> None:
    assert not same_government("http://www.lx.gov.cn/a/1.html", DOMAINS)
    assert not same_government("http://www.gov.cn/zhengce/1.html", DOMAINS)
    assert not same_government("http://sfj.yq.com.cn/a/1.html", DOMAINS)
    # outside gov.cn only the listed hosts (and their subdomains) count
    assert not same_government("http://b.example.com/1.html", ["a.example.com"])
    assert same_government("http://x.a.example.com/1.html", ["a.example.com"])
    assert not same_government("mailto:x@yq.gov.cn", DOMAINS)


def test_government_domain_is_the_registrable_domain_under_gov_cn() -> None:
    assert government_domain("xw.sfj.yq.gov.cn") == "yq.gov.cn"
    assert government_domain("www.example.com") == ""
    assert government_domain("127.0.0.1") == ""
    assert listed_host("sfj.yq.gov.cn", ["yq.gov.cn"]) and not listed_host("yq.gov.cn", DOMAINS)
