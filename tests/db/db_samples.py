"""Sample data for the storage tests: a tiny deterministic stand-in for the cleaner, reports.

The db tests check storage, not cleaning quality, so they clean with ``fake_clean``: page 1's
first line is the title, ``一、`` / ``（一）`` lines open sections, everything else is body text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cleaning.document import Attachment, Document, Section
from cleaning.errors import CleaningError
from db.archive.store import Archive

FAKE_VERSION = "fake-1"
HEADING_PATTERNS = ((1, re.compile(r"^([一二三四五六七八九十]+)、(.+)$")),
                    (2, re.compile(r"^（([一二三四五六七八九十]+)）(.+)$")))
CATEGORY_WORDS = (("不足", "shortcomings"), ("下一步", "plans"), ("第一责任人", "leadership"))


def fake_clean(pages: Sequence[bytes], url: str, content_type: str | None = None, *,
               page_urls: Sequence[str] | None = None,
               attachments: dict[str, bytes] | None = None) -> Document:
    text = "\n".join(page.decode("utf-8") for page in pages).strip()
    if not text:
        raise CleaningError("empty page")
    title, *lines = text.splitlines()
    sections: list[Section] = []
    for line in lines:
        section = _heading(line)
        if section:
            sections.append(section)
        elif sections:
            sections[-1].text = "\n".join(filter(None, [sections[-1].text, line]))
    year = re.search(r"(\d{4})年", title)
    return Document(
        title=title, report_year=int(year.group(1)) if year else None,
        is_report="法治政府建设" in title and "解读" not in title, text="\n".join(lines),
        sections=sections, cleaning_version=FAKE_VERSION,
        attachments=[Attachment(url=u, name=u.rsplit("/", 1)[-1], status="extracted")
                     for u in sorted(attachments or {})])


def _heading(line: str) -> Section | None:
    for level, pattern in HEADING_PATTERNS:
        match = pattern.match(line)
        if match:
            heading = match.group(2)
            category = None
            if level == 1:
                category = next((c for word, c in CATEGORY_WORDS if word in heading), "measures")
            return Section(level=level, number=match.group(1), heading=heading,
                           category=category)
    return None


REPORTS = {
    "haizhou": ("http://www.haizhou.gov.cn/art/2025/3/1/art_1_1.html", """
海州区2024年度法治政府建设情况报告
2024年，我区坚持依法行政。
一、推进法治政府建设的主要举措和成效
（一）深化行政执法体制改革
全面推行行政执法公示制度，规范行政执法行为。
（二）加强行政复议工作
办理行政复议案件120件，复议纠错率有所提升。
二、党政主要负责人履行推进法治建设第一责任人职责情况
区政府常务会议专题学习法治思想。
三、存在的不足和原因
执法人员素质有待提高，行政机关负责人出庭应诉率不高。
四、2025年度推进法治政府建设的主要安排
推进行政复议规范化建设。
"""),
    "shishi": ("http://www.shishi.gov.cn/zwgk/202502/t20250210_1.html", """
石狮市2023年法治政府建设年度报告
一、主要举措和成效
强化行政机关执法监督，复、议两字分开不算。
二、存在不足
行政 执法队伍建设仍需加强。
三、下一步工作打算
深入推进严格规范公正文明执法。
"""),
    "shishi_jiedu": ("http://www.shishi.gov.cn/zwgk/202502/t20250211_2.html", """
《石狮市2023年法治政府建设年度报告》解读
一、背景
为便于公众理解行政复议工作……
"""),
}


def record_article(archive: Archive, run_id: int, portal: str, url: str, text: str, *,
                   pages: int = 1, attachments: dict[str, bytes] | None = None) -> int:
    """Archive a report as ``pages`` pages (split on lines) plus attachments; page-1 id."""
    lines = text.strip().splitlines()
    size = -(-len(lines) // pages)
    chunks = ["\n".join(lines[i:i + size]).encode() for i in range(0, len(lines), size)]
    first = archive.record_response(run_id=run_id, portal=portal, url=url, status=200,
                                    body=chunks[0], role="article",
                                    headers={"Content-Type": "text/plain; charset=utf-8"})
    for number, chunk in enumerate(chunks[1:], start=2):
        archive.record_response(run_id=run_id, portal=portal, url=f"{url}?page={number}",
                                status=200, body=chunk, role="article_page",
                                article_url=url, page_no=number)
    for att_url, body in (attachments or {}).items():
        archive.record_response(run_id=run_id, portal=portal, url=att_url, status=200,
                                body=body, role="attachment", article_url=url)
    return first
