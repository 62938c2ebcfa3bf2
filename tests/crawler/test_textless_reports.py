"""A report page with menus and a footer (text enough for the crawl's blank-page check) whose
body cleaning cannot read (here plain text kept in a `<textarea>`, noise to the extractor) is
stored with no text: after the catch-up the crawl names it (`report_empty`) and its status is
no longer `ok` (held-out round 28's ruxi said `ok` with four such reports). Sites written
here."""

from __future__ import annotations

from pathlib import Path

from crawler.outcome import portal_status
from tests.crawler.crawl_helpers import Entry, run_crawl, write_portal
from tests.crawler.test_listing_shapes17 import ARTICLE

HOST = "www.tanxi.gov.cn"
TANXI = Entry(name="潭溪县人民政府", division_code="330992")
FURNITURE = ("<div class='nav'><a href='/'>首页</a><a>政务公开</a><a>政务服务</a><a>互动交流</a>"
             "<a>走进潭溪</a></div><div class='foot'>主办单位：潭溪县人民政府办公室　"
             "版权所有：潭溪县人民政府　网站标识码3309920001</div>")
HIDDEN = ("<html><head><title>{title}</title></head><body>" + FURNITURE + "<h1>{title}</h1>"
          "<div id='zoom'><textarea style='visibility:hidden'>县委、县人民政府：{year}年，"
          "我县深入推进法治政府建设。一、主要举措。完善制度，规范执法。特此报告。</textarea></div>"
          "</body></html>")


def title(year: int) -> str:
    return f"潭溪县人民政府关于{year}年度法治政府建设情况的报告"


def test_a_report_stored_with_no_text_is_named_and_the_crawl_not_ok(tmp_path: Path) -> None:
    rows = "".join(f"<li><a href='t{y}.html'>{title(y)}</a><span>{y + 1}-03-12</span></li>"
                   for y in (2024, 2023))
    files = {"zwgk/fzzf/index.html": f"<html><body><ul>{rows}</ul></body></html>",
             "zwgk/fzzf/t2024.html": HIDDEN.format(title=title(2024), year=2024),
             "zwgk/fzzf/t2023.html": ARTICLE.format(title=title(2023), year=2023)}
    sites, portals, data = write_portal(tmp_path, "tanxi", HOST, "zwgk/fzzf/index.html",
                                        files, TANXI)
    found = run_crawl(data, sites, [portals], ["tanxi"]).portal("tanxi")
    problems = found.get("problems", [])
    assert [(p["kind"], p["url"]) for p in problems] == [
        ("report_empty", f"http://{HOST}/zwgk/fzzf/t2024.html")], found
    assert portal_status(found) == "report_empty"
