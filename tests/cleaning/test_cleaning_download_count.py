"""A download counter after an attachment's file name (附件【某报告.pdf】已下载<script>…</script>次,
某报告.docx（下载次数：12）) is the site's count: cut, the file's line kept. Pages written here."""

from __future__ import annotations

import pytest

from cleaning import clean
from cleaning.noise import clean_lines

TITLE = "某市住房和城乡建设局2024年度法治政府建设工作报告"
BODY = ["2024年，我局坚持依法行政，推动法治政府建设各项任务落实落地，现将有关情况报告如下：",
        "一、主要举措和成效", "全年办理行政复议案件28件，纠错率12%。", "二、存在的不足",
        "执法队伍建设仍需加强。", "特此报告。", "某市住房和城乡建设局", "2025年3月28日"]


def test_a_counter_left_to_a_script_after_the_file_name_goes():
    attachment = ("<ul><li>附件【<a href='/system/_content/download.jsp?wbfileid=8812034'>"
                  "某市住建局2024年度法治政府建设工作报告.pdf</a>】已下载<span id='n8812034'>"
                  "<script>getClickTimes(8812034,1523894812,'wbnewsfile','attach')</script>"
                  "</span>次</li></ul>")
    page = ("<html><head><meta charset='utf-8'><title>" + TITLE + "</title></head><body>"
            "<form name='_newscontent_fromname'><h1>" + TITLE + "</h1>"
            "<div class='v_news_content'>" + "".join(f"<p>{line}</p>" for line in BODY)
            + f"</div>{attachment}</form></body></html>").encode()
    doc = clean([page], "http://zjj.example.gov.cn/info/1042/2311.htm")
    lines = doc.text.split("\n")
    assert lines[:len(BODY)] == BODY
    assert not [line for line in lines if "已下载" in line]


@pytest.mark.parametrize(("line", "kept"), [
    ("附件：【某报告.docx】（下载次数：12）", "附件：【某报告.docx】"),
    ("（附件1：某报告.PDF） 已下载 5 次", "（附件1：某报告.PDF）"),
    ("全年已下载普法课件3次。", "全年已下载普法课件3次。"),
])
def test_only_a_counter_after_a_file_name_is_cut(line, kept):
    # (A line ending in the bare file name goes as an attachment list's line: bracketed here.)
    assert clean_lines([BODY[0], line]) == [BODY[0], kept]


def test_every_counter_label_holds_the_hint_that_lets_a_line_reach_the_counter():
    # noise runs the counter's regex only on a line holding the hint: a label without it
    # would never be cut.
    from cleaning.patterns import FILE_DOWNLOAD_COUNT_HINT, FILE_DOWNLOAD_COUNT_LABELS
    assert all(FILE_DOWNLOAD_COUNT_HINT in label for label in FILE_DOWNLOAD_COUNT_LABELS)
