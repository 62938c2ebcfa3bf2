"""No silent caps: a link the crawl leaves past one of its bounds is named, and the column ends
`listing_incomplete` (exit 1), never a quiet `ok` short of what the listing promised.

- A 部门 box's links (crawler/families/box_links.py): a box listing five departments' columns
  is followed whole; past MAX_BOX_LINKS each left link is named.
- A 部门 index's sub-site homes past MAX_SUBSITES: each named.
- A Hanweb `<nextgroup>` (crawler/families/hanweb.py): read however far its href sits (before,
  past 500 characters it was not read and the later records were asked of a guessed proxy);
  one naming no data proxy, whose guess brings nothing, says so.
"""

from __future__ import annotations

import json
from pathlib import Path

from crawler.families.box_links import MAX_BOX_LINKS, MAX_SUBSITES
from tests.crawler.crawl_helpers import Crawl, run_crawl, write_portal

ARTICLE = ("<html><head><title>{title}</title></head><body><h1>{title}</h1>"
           "<div class='content'><p>县委、县人民政府：</p><p>2025年，我们深入推进法治政府建设。</p>"
           "<p>一、主要举措</p><p>完善制度，规范执法。</p><p>特此报告。</p></div></body></html>")
OWN = "岭后县人民政府2025年度法治政府建设年度报告"


def column(rows: str, side: str = "") -> str:
    return (f"<html><body><div class='main'><h2>法治政府建设年度报告</h2><ul>{rows}</ul></div>"
            f"{side}</body></html>")


def row(href: str, text: str) -> str:
    return f"<li><a href='{href}'>{text}</a><span>2026-02-12</span></li>"


def box(hrefs: list[str]) -> str:
    links = "".join(f"<li><a href='{href}'>部门{n}</a></li>" for n, href in enumerate(hrefs, 1))
    return f"<div class='side'><h3>部门法治政府建设年度报告</h3><ul>{links}</ul></div>"


def box_portal(tmp_path: Path, departments: int,
               pages: dict[str, str]) -> tuple[Path, Path, Path]:
    """A column of its own report whose side box links `departments` department columns."""
    hrefs = [f"/bm/d{n}/fzbg/index.html" for n in range(1, departments + 1)]
    files = {"xxgk/fzbg/index.html": column(row("/xxgk/fzbg/t1.html", OWN), box(hrefs)),
             "xxgk/fzbg/t1.html": ARTICLE.format(title=OWN), **pages}
    return write_portal(tmp_path, "hezi", "www.hezi.gov.cn", "xxgk/fzbg/index.html", files)


def crawl_of(portal: tuple[Path, Path, Path], slug: str) -> Crawl:
    sites, portals, data = portal
    return run_crawl(data, sites, [portals], [slug])


def unread(found: dict, what: str) -> list[str]:
    """The URLs the crawl names as left unread by `what`."""
    return [p["detail"].rsplit(" ", 1)[-1] for p in found["problems"]
            if p["kind"] == "listing_incomplete" and what in p["detail"]]


def test_a_box_of_five_department_columns_is_followed_whole(tmp_path: Path) -> None:
    pages = {}
    for n in range(1, 6):
        name = f"岭后县第{n}局2025年度法治政府建设年度报告"
        pages[f"bm/d{n}/fzbg/index.html"] = column(row(f"/bm/d{n}/fzbg/2026/t1.html", name))
        pages[f"bm/d{n}/fzbg/2026/t1.html"] = ARTICLE.format(title=name)
    crawl = crawl_of(box_portal(tmp_path, 5, pages), "hezi")
    found = crawl.portal("hezi")
    assert found["reports_found"] == 6 and not found["problems"], found   # before: 4, "ok"
    assert crawl.returncode == 0


def test_box_links_past_the_cap_are_named(tmp_path: Path) -> None:
    count = MAX_BOX_LINKS + 2
    pages = {f"bm/d{n}/fzbg/index.html": column("") for n in range(1, count + 1)}
    crawl = crawl_of(box_portal(tmp_path, count, pages), "hezi")
    found = crawl.portal("hezi")
    assert unread(found, f"past the {MAX_BOX_LINKS}-link cap") == [
        f"http://www.hezi.gov.cn/bm/d{n}/fzbg/index.html" for n in (count - 1, count)], found
    assert len(found["problems"]) == 2 and crawl.returncode == 1, found   # before: 0 and ok
    asked = {url for _, url, _ in crawl.requests}
    assert f"http://www.hezi.gov.cn/bm/d{MAX_BOX_LINKS}/fzbg/index.html" in asked
    assert f"http://www.hezi.gov.cn/bm/d{count}/fzbg/index.html" not in asked


def test_sub_site_homes_past_the_cap_are_named(tmp_path: Path) -> None:
    count = MAX_SUBSITES + 2
    homes = "".join(f"<li><a href='/bmxxgk/d{n}/index.html'>第{n}局</a></li>"
                    for n in range(1, count + 1))
    index = f"<html><body><h2>部门信息公开</h2><ul>{homes}</ul></body></html>"
    pages = {"bmxxgk/index.html": index}
    pages |= {f"bmxxgk/d{n}/index.html": f"<html><body><h2>第{n}局</h2></body></html>"
              for n in range(1, count + 1)}
    files = {"xxgk/fzbg/index.html": column(row("/xxgk/fzbg/t1.html", OWN),
                                            box(["/bmxxgk/index.html"])),
             "xxgk/fzbg/t1.html": ARTICLE.format(title=OWN), **pages}
    sites, portals, data = write_portal(tmp_path, "hezi", "www.hezi.gov.cn",
                                        "xxgk/fzbg/index.html", files)
    crawl = run_crawl(data, sites, [portals], ["hezi"])
    found = crawl.portal("hezi")
    assert unread(found, f"past the {MAX_SUBSITES}-home cap") == [
        f"http://www.hezi.gov.cn/bmxxgk/d{n}/index.html" for n in (count - 1, count)], found
    assert len(found["problems"]) == 2 and crawl.returncode == 1, found   # before: 0 and ok


HANWEB_HOST = "www.hanxi.gov.cn"
RECORD = ("<record><![CDATA[<li><a href='/art/2026/2/{n}/art_5128_{n}.html'>{title}</a>"
          "<span>[2026-02-0{n}]</span></li>]]></record>")


def hanweb_title(n: int) -> str:
    return f"岭后县第{n}局2025年度法治政府建设年度报告"


def hanweb_portal(tmp_path: Path, nextgroup: str, proxy: str) -> tuple[Path, Path, Path]:
    """A Hanweb column showing 2 of its 5 records, the rest from the data proxy at `proxy`
    (the page names it only in its `<nextgroup>`, if at all)."""
    records = [RECORD.format(n=n, title=hanweb_title(n)) for n in range(1, 6)]
    page = ("<html><body><div id='40117'><script type='text/xml'><datastore>"
            f"<totalrecord>5</totalrecord><nextgroup><![CDATA[{nextgroup}]]></nextgroup>"
            f"<recordset>{''.join(records[:2])}</recordset></datastore></script></div>"
            "<script>$('#40117').jpage({perPage: 2, totalRecord: 5, ajaxParam: {col: 1,"
            " appid: 1, webid: 23, path: '/', columnid: 5128, unitid: '40117'}});</script>"
            "</body></html>")
    files = {"col/col5128/index.html": page,
             "col/col5128/_records.xml": "\n".join(records),
             "_replay.json": json.dumps({"post": {proxy: "hanweb_dataproxy"}})}
    files |= {f"art/2026/2/{n}/art_5128_{n}.html": ARTICLE.format(title=hanweb_title(n))
              for n in range(1, 6)}
    sites, portals, data = write_portal(tmp_path, "hanxi", HANWEB_HOST,
                                        "col/col5128/index.html", files)
    entry = portals / "hanxi.toml"
    entry.write_text(entry.read_text("utf-8").replace('"generic"', '"hanweb"'), "utf-8")
    return sites, portals, data


def test_a_nextgroup_whose_href_sits_far_is_read(tmp_path: Path) -> None:
    proxy = "/module/xxgk/jpage/dataproxy.jsp"   # not the default path: only the href says it
    far = (f"<a class='next' title='{'下一组' * 200}' target='_blank' "
           f"href='{proxy}?page=1&appid=1&webid=23&columnid=5128'></a>")
    crawl = crawl_of(hanweb_portal(tmp_path, far, proxy), "hanxi")
    found = crawl.portal("hanxi")
    assert found["reports_found"] == 5 and not found["problems"], found   # before: 2, short
    posted = {url.split("?")[0] for method, url, _ in crawl.requests if method == "POST"}
    assert posted == {f"http://{HANWEB_HOST}{proxy}"}, crawl.requests


def test_a_nextgroup_naming_no_proxy_says_why_when_the_guess_fails(tmp_path: Path) -> None:
    no_href = "<a href='javascript:void(0)'>下一组</a>"
    crawl = crawl_of(hanweb_portal(tmp_path / "a", no_href, "/module/xxgk/jpage/dataproxy.jsp"),
                     "hanxi")
    found = crawl.portal("hanxi")
    said = [p["detail"] for p in found["problems"] if "<nextgroup>" in p["detail"]]
    assert len(said) == 1 and "names no data proxy" in said[0], found   # before: numbers only
    assert "/module/web/jpage/dataproxy.jsp" in said[0] and crawl.returncode == 1
    assert found["reports_found"] == 2, found
    # the guessed proxy (the default path) brings every record: nothing to say
    crawl = crawl_of(hanweb_portal(tmp_path / "b", no_href, "/module/web/jpage/dataproxy.jsp"),
                     "hanxi")
    found = crawl.portal("hanxi")
    assert found["reports_found"] == 5 and not found["problems"], found


def test_a_column_headed_for_departments_reads_its_own_items_as_items(tmp_path: Path) -> None:
    names = [f"岭后县第{n}局2025年度法治政府建设年度报告" for n in range(1, 5)]
    rows = "".join(row(f"/bmfz/2026/t{n}.html", name) for n, name in enumerate(names, 1))
    page = (f"<html><body><div class='main'><h2>部门法治政府建设年度报告</h2><ul>{rows}</ul>"
            "</div></body></html>")
    files = {"bmfz/index.html": page}
    files |= {f"bmfz/2026/t{n}.html": ARTICLE.format(title=name)
              for n, name in enumerate(names, 1)}
    crawl = crawl_of(write_portal(tmp_path, "hezi", "www.hezi.gov.cn", "bmfz/index.html", files),
                     "hezi")
    found = crawl.portal("hezi")
    assert found["reports_found"] == 4 and not found["problems"], found
