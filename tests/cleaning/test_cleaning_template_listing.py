"""A column page whose records sit in a template script (Hanweb's <script type="text/xml">
datastore, rendered by its pager) lists reports; it is not one. A report page with such a box of
related reports stays a report. Pages written here."""

from __future__ import annotations

from cleaning import clean

COLUMN = "法治政府建设年度报告"
RECORD = ("<record><![CDATA[<li><a href='/art/{year1}/3/27/art_1_{year}.html' target='_blank'>"
          "某市{year}年度法治政府建设情况报告</a><p class='zy'>{year}年，我市坚持以习近平法治思想为"
          "指导。现将有关情况报告如下：一、主要举措和成效（一）依法全面履行政府职能……</p>"
          "<span>{year1}-3-27</span></li>]]></record>")
DATASTORE = ("<script type='text/xml'><datastore><recordset>{}</recordset></datastore></script>"
             .format("".join(RECORD.format(year=y, year1=y + 1) for y in (2024, 2023))))


def column_page(body: str) -> bytes:
    return ("<html><head><meta charset='utf-8'>"
            f"<title>{COLUMN} 某市人民政府</title><meta name='ColumnName' content='{COLUMN}'>"
            "</head><body><div class='dqwz'>您当前的位置：<a href='/'>首页</a> &gt; "
            f"<a href='/col/col1/index.html'>{COLUMN}</a></div>"
            f"<div class='lm_right'><div class='lm_tit'>{COLUMN}</div>{body}</div>"
            "</body></html>").encode()


def test_a_column_whose_records_sit_in_a_template_script_is_not_a_report():
    page = column_page(f"<div id='1'>{DATASTORE}<script>$('#1').jpage({{}});</script></div>")
    doc = clean([page], "https://www.example.gov.cn/col/col1/index.html")
    assert not doc.is_report


def test_a_report_with_related_reports_in_a_template_script_stays_a_report():
    title = "某市2025年度法治政府建设情况报告"
    body = ("<div id='zoom'><p>市委：</p><p>2025年，我市坚持以习近平法治思想为指导。现将有关情况"
            "报告如下：</p><p>一、主要举措和成效</p><p>全年审查规范性文件23件。</p>"
            "<p>二、存在的不足和原因</p><p>执法力量不足。</p><p>三、下一年度工作安排</p>"
            "<p>持续提升执法质量。</p><p>某市人民政府</p><p>2026年3月10日</p></div>"
            f"<div class='xgbg'>{DATASTORE}</div>")
    page = (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
            f"<h1>{title}</h1>{body}</body></html>").encode()
    doc = clean([page], "https://www.example.gov.cn/art/2026/3/12/art_1_9.html")
    assert doc.is_report and doc.title == title
