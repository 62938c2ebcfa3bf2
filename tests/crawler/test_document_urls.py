"""Document URL policy (docs/architecture.md): an article reached through a 301/302 is stored
under its final URL; the archive keeps both the link followed (`url`) and where the page was
served from (`final_url`); two links to one page make one article."""

from __future__ import annotations

from pathlib import Path

from db.archive.store import Archive

OLD = "http://www.a.gov.cn/zwgk/zfwj/202103/t20210305_3301.html"
NEW = "http://www.a.gov.cn/zwgk/fdzdgknr/fzzfjs/202103/t20210305_3301.html"


def page(archive: Archive, run: int, url: str, final_url: str, body: bytes) -> int:
    return archive.record_response(run_id=run, portal="a", url=url, final_url=final_url,
                                   status=200, headers={"Content-Type": "text/html"},
                                   body=body, role="article",
                                   title_hint="某县2020年度法治政府建设情况报告")


def test_a_redirected_article_is_stored_under_its_final_url(tmp_path: Path) -> None:
    with Archive(tmp_path / "archive.db") as archive:
        run = archive.start_run()
        page(archive, run, OLD, NEW, b"<p>report</p>")
        archive.record_response(run_id=run, portal="a", url=NEW + ".pdf", status=200,
                                body=b"%PDF", role="attachment", article_url=OLD)
        [article] = archive.iter_articles()
        assert (article.url, article.final_url) == (NEW, NEW)
        assert article.attachments == {NEW + ".pdf": b"%PDF"}   # children stay with the link
        [ref] = archive.article_refs(urls=[OLD])                 # the crawl's per-item lookup
        assert (ref.url, ref.requested_url) == (NEW, OLD)


def test_two_links_to_one_page_are_one_article(tmp_path: Path) -> None:
    with Archive(tmp_path / "archive.db") as archive:
        run = archive.start_run()
        page(archive, run, OLD, NEW, b"<p>old link</p>")
        newest = page(archive, run, NEW, NEW, b"<p>new link</p>")
        [article] = archive.iter_articles()
        assert (article.url, article.response_id) == (NEW, newest)
