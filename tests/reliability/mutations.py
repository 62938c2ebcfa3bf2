"""Hypothesis strategies for broken pages: real report pages mutated, and plain garbage."""

from __future__ import annotations

from pathlib import Path

from hypothesis import strategies as st

from crawler.replay.sites import PortalSites

SITES = PortalSites(Path(__file__).resolve().parents[1] / "portals")
# The report pages of the sample portals (tests/portals/README.md), page 2 of a split one too.
REPORT_PAGES = [
    "www.lyghz.gov.cn/art/2025/3/24/art_1589_2895731.html",
    "www.shanwei.gov.cn/shanwei/zwgk/fzzfjs/content/post_747125.html",
    "www.hanyang.gov.cn/zwgk/zc/fzzfjs/202203/t20220328_1945123.shtml",
    "www.hanyang.gov.cn/zwgk/zc/fzzfjs/202203/t20220328_1945123_1.shtml",
    "www.zbgx.gov.cn/art/2023/1/10/art_2345_87123.html",
    "www.shishi.gov.cn/zwgk/zfxxgkzl/fdzdgknr/fzzfjs/202501/t20250126_3123456.htm",
    "sfj.xiyang.gov.cn/xxgk/fzzfjsndbg/202402/t20240220_1001.html",
    "www.donghai.gov.cn/gkmlpt/content/0/100/post_100123.html",
    "www.beicheng.gov.cn/zfxxgk/fzzf/2024/0315/123.html",
]
INSERTS = [b"<", b">", b"</div>", b"<div class='content'>", b"<script>", b"<!--", b"]]>",
           b"<table><tr><td>", b"\x00", b"\xff\xfe", b"\xef\xbb\xbf", "一、".encode(),
           "（一）".encode("gbk"), b"&#x0;", b"&#xD800;", b"<meta charset='big5'>",
           b"<?xml version='1.0' encoding='utf-16'?>", b"\x1b$B", "法治政府建設".encode("big5")]
CODECS = ["utf-8", "gb18030", "gbk", "big5", "utf-16", "latin-1", "shift_jis"]
CONTENT_TYPES = [None, "text/html", "text/html; charset=utf-8", "text/html; charset=gbk",
                 "text/html; charset=big5", "text/html; charset=x-bogus", "application/pdf",
                 "application/octet-stream", "text/plain; charset=utf-16"]


def report_pages() -> list[bytes]:
    return [SITES.saved_file(f"http://{path}").read_bytes() for path in REPORT_PAGES]


@st.composite
def mutation(draw, size: int):
    """One edit of a page of `size` bytes: (name, position, argument)."""
    position = draw(st.integers(0, max(0, size - 1)))
    kind = draw(st.sampled_from(["flip", "truncate", "insert", "noise", "delete", "duplicate",
                                 "recode"]))
    if kind == "flip":
        return kind, position, draw(st.integers(1, 255))
    if kind == "insert":
        return kind, position, draw(st.sampled_from(INSERTS))
    if kind == "noise":
        return kind, position, draw(st.binary(min_size=1, max_size=64))
    if kind in ("delete", "duplicate"):
        return kind, position, draw(st.integers(1, 2000))
    if kind == "recode":
        return kind, position, (draw(st.sampled_from(CODECS)), draw(st.sampled_from(CODECS)))
    return kind, position, None


def apply(page: bytes, edit: tuple) -> bytes:
    kind, at, arg = edit
    at = min(at, len(page))
    if kind == "flip":
        return page[:at] + bytes([page[at] ^ arg]) + page[at + 1:] if at < len(page) else page
    if kind == "truncate":
        return page[:at]
    if kind in ("insert", "noise"):
        return page[:at] + arg + page[at:]
    if kind == "delete":
        return page[:at] + page[at + arg:]
    if kind == "duplicate":
        return page[:at] + page[at:at + arg] * 2 + page[at + arg:]
    source, target = arg   # read the page as one codec, write it as another
    return page.decode(source, "replace").encode(target, "replace")


@st.composite
def mutated_page(draw, pages: list[bytes]):
    page = draw(st.sampled_from(pages))
    for _ in range(draw(st.integers(1, 4))):
        page = apply(page, draw(mutation(len(page))))
    return page


def garbage() -> st.SearchStrategy[bytes]:
    """Random bytes, random text in a random codec, and tag soup."""
    text = st.text(max_size=2000)
    tags = st.lists(st.sampled_from(INSERTS + [b"<p>", "报告".encode(), b" "]), max_size=200)
    return st.one_of(
        st.binary(max_size=2000),
        st.builds(lambda t, c: t.encode(c, "replace"), text, st.sampled_from(CODECS)),
        tags.map(b"".join),
    )
