"""A page whose <title> and headings name only the site, its report title written as the
body's first line (a centred bold paragraph): that line is the title. A listing's rows, each a
dated report title, are not."""

from __future__ import annotations

from cleaning import clean

TITLE = "乙县人民政府2024年度法治政府建设情况报告"
BODY = "".join(f"<p>{n}、我县坚持依法行政，全年审查规范性文件{n * 7}件，推进法治政府建设。</p>"
               for n in range(1, 9)) + "<p>乙县人民政府</p><p>2025年3月1日</p>"
URL = "http://www.yx.gov.cn/art/2025/3/5/art_1_1.html"


def page(top: str, title: str = "乙县人民政府网") -> bytes:
    return (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
            f"<div class='header'>乙县人民政府网</div><div class='zw-con'>{top}{BODY}</div>"
            f"</body></html>").encode()


def test_a_report_title_opening_the_body_is_the_title():
    doc = clean([page(f"<p align='center'><strong>{TITLE}</strong></p>")], URL)
    assert doc.title == TITLE


def test_under_a_red_header_line():
    top = f"<p align='center'>乙县人民政府</p><p align='center'><b>{TITLE}</b></p>"
    assert clean([page(top)], URL).title == TITLE


def test_a_title_naming_a_report_is_kept():
    top = "<p align='center'><strong>乙县2024年度法治政府建设工作报告</strong></p>"
    assert clean([page(top, title=TITLE)], URL).title == TITLE


def test_a_listings_dated_rows_name_no_title():
    rows = "".join(f"<p>乙县{year}年度法治政府建设情况报告 | {year + 1}-01-2{year % 10}</p>"
                   for year in (2022, 2023, 2024))
    assert clean([page(rows)], URL).title == "乙县人民政府网"
