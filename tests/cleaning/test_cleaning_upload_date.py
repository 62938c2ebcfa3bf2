"""A gkml system's metadata table may date a file twice: 发文日期 (when it was written) and
上载/上传日期 (when the system took it in, the day the public could read it). The second is the
publication date, in spaced labels too (发 文 日 期 | … | 上 传 日 期)."""

from __future__ import annotations

import pytest

from cleaning import clean

TITLE = "丙县人民政府关于2024年度法治政府建设工作情况的报告"
BODY = "".join(f"<p>{n}、县政府严格规范公正文明执法，全年办理行政复议案件{n * 3}件，"
               "依法行政水平持续提升。</p>" for n in range(1, 9))


def page(rows: str) -> bytes:
    return (f"<html><head><meta charset='utf-8'><title>{TITLE}</title></head><body>"
            f"<table class='meta'>{rows}</table><h2>{TITLE}</h2>"
            f"<div class='content'>{BODY}<p>丙县人民政府</p><p>2025年2月26日</p></div>"
            f"</body></html>").encode()


def cleaned(rows: str):
    return clean([page(rows)], "http://www.bingxian.gov.cn/gkml/show.action?id=88")


@pytest.mark.parametrize("label", ["上 载 日 期", "上　传　日　期", "上传时间", "上载日期"])
def test_the_upload_date_is_the_publication_date(label):
    rows = ("<tr><td>发 布 机 构</td><td>丙县人民政府办公室</td>"
            "<td>发 文 日 期</td><td>2025-02-26</td></tr>"
            f"<tr><td>文　　号</td><td>丙政报〔2025〕2号</td>"
            f"<td>{label}</td><td>2025-03-04</td></tr>")
    doc = cleaned(rows)
    assert doc.published == "2025-03-04"
    assert doc.publisher == "丙县人民政府办公室"



def test_a_spaced_writing_date_is_not_taken_over_the_upload_date():
    # The upload row comes first here: still the publication date, the writing date is not.
    rows = ("<tr><td>上 载 日 期</td><td>2025-03-04</td></tr>"
            "<tr><td>发 文 日 期</td><td>2025-02-26</td></tr>")
    assert cleaned(rows).published == "2025-03-04"
