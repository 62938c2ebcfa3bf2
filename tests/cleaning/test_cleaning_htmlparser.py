"""The page's text is parsed as UTF-8 bytes (faster): the same tree as lxml builds from the str."""

from __future__ import annotations

import lxml.html
import pytest
from lxml import etree

from cleaning.htmlparser import HTML_PARSER, document_from_text

PAGES = [
    "<html><head><meta charset='gbk'><title>报告</title></head>"
    "<body><p>法治政府建设</p></body></html>",
    "<html><head><meta http-equiv='Content-Type' content='text/html; charset=big5'></head>"
    "<body><p>法治政府建設年度報告</p></body></html>",
    " <?xml version='1.0' encoding='gb2312'?><html><body><p>中文</p></body></html>",
    "<p>控制\x00字符\x0c与\ufffe非字符\U0001f600、&#0;&#xD800;<![CDATA[x]]>\u3000\xa0\ufeff</p>",
    "\ufeff<html><body><div>未闭合<p>段落<table><td>单元格",
    "<p>孤立代理\ud800字符</p>",           # no UTF-8 form: read as the str
]


def tree_text(tree: lxml.html.HtmlElement) -> str:
    return etree.tostring(tree, encoding="unicode")


@pytest.mark.parametrize("page", PAGES)
def test_the_tree_is_the_one_lxml_builds_from_the_text(page):
    expected = lxml.html.document_fromstring(page, parser=HTML_PARSER)
    assert tree_text(document_from_text(page)) == tree_text(expected)


def test_a_text_opening_with_an_xml_declaration_is_refused_as_lxml_refuses_it():
    page = "<?xml version='1.0' encoding='gbk'?><html><body><p>中文</p></body></html>"
    with pytest.raises(ValueError):
        document_from_text(page)
