"""A column shell whose list API answers XML records (held-out round 26's zaowan): `$.ajax({…,
dataType: "xml"})` with a page number, `$(xml).find("record")` rows, and the page count only in
an attribute of the envelope (`<result total="7" pagecount="3" page="1">`). The records were read
as a feed's, the envelope's totals never: pages 2-3 went unasked and the column said `ok`. Now
the totals are read as a JSON answer's (crawler/xml_answers.py) and the pages asked."""

from __future__ import annotations

import json
from pathlib import Path

from crawler.unread_answers import unread_rows
from crawler.xml_answers import xml_totals
from tests.crawler.crawl_helpers import Entry, run_crawl, write_portal
from tests.crawler.test_listing_shapes17 import ARTICLE, page_of

LOADER = ('function loadPage(page) {\n  $.ajax({type: "GET", url: "/cms/infoListXml.do",\n'
          '    data: {channelId: "C0312", page: page, rows: 3}, dataType: "xml",\n'
          '    success: function (xml) { $(xml).find("record").each(function () {}); }\n'
          '  });\n}\n$(function () { loadPage(1); });')
API = "cms/infoListXml.do@channelId=C0312&page={page}&rows=3"
PAGES = ([2100, 2024, 2023], [2022, 2021, 2020], [2019])
ZAOHE = Entry(name="藻河县人民政府", division_code="330998")


def title(year: int) -> str:
    if year == 2100:
        return "藻河县2100年法治政府建设工作要点"
    return f"藻河县{year}年度法治政府建设年度报告"


def answer(page: int, years: list[int], *, envelope: str = 'total="7" pagecount="3"') -> str:
    rows = "".join(f"<record><id>{year}</id><title><![CDATA[{title(year)}]]></title>"
                   f"<link>/xxgk/t{year}.html</link><pubdate>{min(year, 2025) + 1}-03-01"
                   "</pubdate></record>\n" for year in years)
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<result {envelope} page="{page}">\n'
            f"{rows}</result>")


def test_an_xml_envelope_declares_its_totals_in_attributes_or_leaf_elements() -> None:
    assert xml_totals(answer(1, [2024]).encode()) == {"total": "7", "pagecount": "3",
                                                      "page": "1"}
    leaves = (b"<list><total>12</total><pager pages='4'/>"
              b"<doc><title>t</title><id>9</id></doc></list>")
    assert xml_totals(leaves) == {"total": "12", "pages": "4"}   # a record's id is its own
    assert xml_totals(b"not xml") == {}


def portal(tmp_path: Path, envelope: str) -> dict:
    files = {"xxgk/index.html": page_of(LOADER)}
    files |= {API.format(page=n): answer(n, years, envelope=envelope)
              for n, years in enumerate(PAGES, 1)}
    files |= {f"xxgk/t{y}.html": ARTICLE.format(title=title(y), year=y)
              for years in PAGES for y in years}
    files["_replay.json"] = json.dumps(
        {"headers": {"/cms/*": {"Content-Type": "text/xml;charset=UTF-8"}}})
    sites, portals, data = write_portal(tmp_path, "zaohe", "www.zaohe.gov.cn",
                                        "xxgk/index.html", files, ZAOHE)
    return run_crawl(data, sites, [portals], ["zaohe"]).portal("zaohe")


def test_xml_list_api_pages_are_read_from_the_envelope_attributes(tmp_path: Path) -> None:
    found = portal(tmp_path, 'total="7" pagecount="3"')
    assert (found["reports_found"], found.get("problems", [])) == (6, []), found


def test_rows_a_list_api_answer_shows_but_the_crawler_cannot_read_are_said() -> None:
    no_link = answer(1, [2024]).replace("<link>/xxgk/t2024.html</link>", "")
    assert unread_rows(no_link, no_link.encode()) == (
        "1 XML record(s) with a title, none with a page it reads")
    ids_only = json.dumps({"data": {"total": 2, "rows": [{"infoId": "A1", "title": "报告"},
                                                         {"infoId": "A2", "title": "要点"}]}})
    assert unread_rows(ids_only, ids_only.encode()) == (
        "2 JSON row(s) with a title, none with a URL it reads")
    assert unread_rows("<<garbage", b"<<garbage") is None   # an HTML fragment: read as a page
    assert unread_rows("oops", b"oops") == "an answer that is neither JSON nor XML"
    empty = json.dumps({"data": {"total": 0, "rows": []}})   # a page past the end
    assert unread_rows(empty, empty.encode()) is None


def test_an_xml_list_api_whose_records_name_no_page_is_no_quiet_column(tmp_path: Path) -> None:
    files = {"xxgk/index.html": page_of(LOADER)}
    files |= {API.format(page=n): answer(n, years).replace("<link>", "<docpath>").replace(
        "</link>", "</docpath>") for n, years in enumerate(PAGES, 1)}
    files["_replay.json"] = json.dumps(
        {"headers": {"/cms/*": {"Content-Type": "text/xml;charset=UTF-8"}}})
    sites, portals, data = write_portal(tmp_path, "zaohe", "www.zaohe.gov.cn",
                                        "xxgk/index.html", files, ZAOHE)
    found = run_crawl(data, sites, [portals], ["zaohe"]).portal("zaohe")
    said = [p["detail"] for p in found["problems"] if p["kind"] == "listing_incomplete"]
    assert any("was not understood: 3 XML record(s) with a title" in d for d in said), found
