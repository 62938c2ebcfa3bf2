"""Real recrawls of a TRS portal written by this test: changes to split articles are noticed.

A recrawl revalidates every archived page of an article even when page 1 answers 304, so a
correction made only on page 2 is downloaded, cleaned into the corpus and counted as one new
revision; an article whose two pages both changed is one new revision too.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.crawler.crawl_helpers import Crawl, Entry, query, run_crawl, write_entry, write_site

HOST = "www.xiugai.gov.cn"
COLUMN = f"http://{HOST}/zwgk/fzzfjs/"
XIUGAI = Entry(name="修改区人民政府", division_code="420199", level="district", province="湖北省",
               family="trs")
# article name -> (listing title, report year)
ARTICLES = {"202401/t20240110_11": ("修改区2023年法治政府建设年度报告", 2023),
            "202301/t20230110_12": ("修改区2022年法治政府建设年度报告", 2022)}
PAGE_1 = ("<html><head><meta charset='utf-8'></head><body><div class='TRS_Editor'>"
          "<h1>{title}</h1><p>区委：</p><p>{year}年，我区扎实推进法治政府建设。</p>"
          "<p>一、主要举措和成效</p><p>{first}</p></div>"
          "<script>createPageHTML(2, 0, \"{stem}\", \"html\");</script></body></html>")
PAGE_2 = ("<html><head><meta charset='utf-8'></head><body><div class='TRS_Editor'>"
          "<p>二、存在的不足</p><p>{second}</p><p>三、下一年度工作安排</p><p>持续深化改革。</p>"
          "</div><script>createPageHTML(2, 1, \"{stem}\", \"html\");</script></body></html>")


def write_article(sites: Path, name: str, first: str, second: str) -> None:
    title, year = ARTICLES[name]
    stem = name.split("/")[1]
    write_site(sites, HOST, {
        f"zwgk/fzzfjs/{name}.html": PAGE_1.format(title=title, year=year, first=first, stem=stem),
        f"zwgk/fzzfjs/{name}_1.html": PAGE_2.format(second=second, stem=stem)})


def build_site(root: Path) -> tuple[Path, Path]:
    links = "".join(f'<li><a href="./{name}.html">{title}</a></li>'
                    for name, (title, _) in ARTICLES.items())
    write_site(root / "sites", HOST, {
        "zwgk/fzzfjs/index.html": f"<html><body><ul class='list'>{links}</ul></body></html>"})
    for name in ARTICLES:
        write_article(root / "sites", name, "深入学习贯彻习近平法治思想。",
                      "执法规范化水平有待提升。")
    write_entry(root / "portals", "xiugai", [f"{COLUMN}index.html"], XIUGAI)
    return root / "sites", root / "portals"


@pytest.fixture(scope="module")
def crawls(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Crawl | Path]:
    root = tmp_path_factory.mktemp("revisions")
    sites, portals = build_site(root)
    data = root / "data"
    first = run_crawl(data, sites, [portals], ["xiugai"])
    # Page 2 of the 2023 report is corrected; page 1 stays byte-identical.
    write_article(sites, "202401/t20240110_11", "深入学习贯彻习近平法治思想。",
                  "行政复议纠错率偏低，已整改。")
    second = run_crawl(data, sites, [portals], ["xiugai"])
    # Both pages of the 2022 report change.
    write_article(sites, "202301/t20230110_12", "全面推行行政执法三项制度。",
                  "基层执法力量薄弱。")
    third = run_crawl(data, sites, [portals], ["xiugai"])
    return {"first": first, "second": second, "third": third, "data": data}


def url_of(name: str, page: int = 1) -> str:
    return COLUMN + name + ("" if page == 1 else f"_{page - 1}") + ".html"


def test_first_crawl_counts_each_split_article_once(crawls) -> None:
    summary = crawls["first"].portal("xiugai")
    assert summary["items"] == 2
    assert summary["new_revisions"] == 2        # four new pages, two articles


def test_a_change_on_page_two_only_is_fetched_and_counted(crawls) -> None:
    second = crawls["second"]
    changed = "202401/t20240110_11"
    assert second.requested(url_of(changed, 1)) == [304]
    assert second.requested(url_of(changed, 2)) == [200]
    assert second.requested(url_of("202301/t20230110_12", 2)) == [304]   # revalidated too
    summary = second.portal("xiugai")
    assert (summary["new_revisions"], summary["items"]) == (1, 1)


def test_the_corrected_page_reaches_the_corpus(crawls) -> None:
    text = query(crawls["data"] / "corpus.db", "SELECT text FROM documents WHERE url = ?",
                 url_of("202401/t20240110_11"))[0]["text"]
    assert "行政复议纠错率偏低" in text and "执法规范化水平有待提升" not in text
    assert "深入学习贯彻习近平法治思想" in text     # page 1 still part of it


def test_an_article_with_two_changed_pages_is_one_new_revision(crawls) -> None:
    third = crawls["third"]
    assert third.requested(url_of("202301/t20230110_12", 1)) == [200]
    assert third.requested(url_of("202301/t20230110_12", 2)) == [200]
    summary = third.portal("xiugai")
    assert (summary["new_revisions"], summary["items"]) == (1, 1)
    text = query(crawls["data"] / "corpus.db", "SELECT text FROM documents WHERE url = ?",
                 url_of("202301/t20230110_12"))[0]["text"]
    assert "基层执法力量薄弱" in text and "全面推行行政执法三项制度" in text


def test_unchanged_pages_are_archived_as_not_modified(crawls) -> None:
    rows = query(crawls["data"] / "archive.db",
                 "SELECT role, kind FROM responses WHERE run_id = ? AND url = ?",
                 crawls["second"].result["run_id"], url_of("202401/t20240110_11"))
    assert [(r["role"], r["kind"]) for r in rows] == [("article", "not_modified")]
