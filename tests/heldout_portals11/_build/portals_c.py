"""mingchuan: the reports live in a general 工作报告 column among 政府工作报告, 统计公报, 审计 and
预算 reports; year-first titles without 人民政府; every page's header shows a stale date."""
from __future__ import annotations

import furniture
from common import (
    Item,
    article_html,
    finish,
    fresh,
    list_items,
    report_entry,
    skip_entry,
    write,
    write_stubs,
)
from portals_b import _pager

MINGCHUAN = {"name": "洺川区人民政府", "gov": "洺川区人民政府", "up": "中共洺川区委", "head": "区长",
             "code": "1201230003", "icp": "津ICP备08007712号", "ga": "津公网安备12012302000087号",
             "source": "洺川区司法局", "editor": "张卫东", "division": "120199", "level": "district",
             "province": "天津市", "family": "trs"}
STALE = '<span class="today">今天是：2019年10月31日 星期四 农历十月初七</span> '
OTHER_TITLES = [  # (title, date, why)
    ("2025年洺川区人民政府工作报告", "2025-01-20", "not_a_report"),
    ("2024年洺川区人民政府工作报告", "2024-01-22", "not_a_report"),
    ("2023年洺川区人民政府工作报告", "2023-01-16", "not_a_report"),
    ("洺川区2024年国民经济和社会发展统计公报", "2025-03-28", "not_a_report"),
    ("关于洺川区2023年度区级预算执行和其他财政收支的审计工作报告", "2024-08-27", "not_a_report"),
    ("关于洺川区2024年预算执行情况和2025年预算草案的报告", "2025-01-21", "not_a_report"),
    ("洺川区人民政府2024年政府信息公开工作年度报告", "2025-01-27", "disclosure_report"),
    ("洺川区人民政府2022年政府信息公开工作年度报告", "2023-01-30", "disclosure_report"),
    ("洺川区2023年度法治政府建设工作要点", "2023-04-11", "not_a_report"),
]


def _items() -> list[Item]:
    items = [Item(f"{y}年洺川区法治政府建设情况报告" if i % 2 == 0 else f"洺川区{y}年度法治政府建设情况报告",
                  f"{y + 1}-03-{27 - i:02d}", 6583950 + i, year=y, kind="short" if i == 1 else "standard")
             for i, y in enumerate([2020, 2021, 2022, 2023, 2024])]
    items += [Item(t, d, 6583970 + k, why=why) for k, (t, d, why) in enumerate(OTHER_TITLES)]
    return sorted(items, key=lambda it: (it.date, it.uid), reverse=True)


def _stale(html: str, item: Item | None = None) -> str:
    """The header's script-less 'today' line frozen in 2019; the article info as 更新时间 y/m/d h:m:s."""
    html = html.replace('<div class="top-bar">', '<div class="top-bar">' + STALE, 1)
    if item is not None:
        html = html.replace(f"发布时间：{item.date}", f"更新时间：{item.date.replace('-', '/')} 11:30:01", 1)
    return html


def mingchuan() -> None:
    site = MINGCHUAN
    folder = fresh("mingchuan")
    host = folder / "site" / "www.mingchuan.gov.cn"
    col = "mczf/zwgk_21730/gzbg/"
    base = f"http://www.mingchuan.gov.cn/{col}"
    items = _items()
    crumbs = '<a href="/zwgk/index.html">政务公开</a> &gt; 工作报告'
    pages = [items[:7], items[7:]]
    for n, chunk in enumerate(pages):
        body = ('<div class="column"><h3>工作报告</h3>\n' + list_items(chunk, lambda it: "./" + it.rel())
                + _pager(len(pages), n, lambda k: "index.html" if k == 0 else f"index_{k}.html") + "</div>\n")
        write(host / col / ("index.html" if n == 0 else f"index_{n}.html"),
              _stale(furniture.page(site, "工作报告", "工作报告", crumbs, body)))
    for it in items:
        write(host / col / it.rel(), _stale(article_html(site, it, "工作报告", crumbs), it))
    write_stubs(site, host)
    reports = [report_entry(base + it.rel(), it) for it in items if it.year]
    skipped = [skip_entry(base + it.rel(), it) for it in items if not it.year]
    notes = ("The reports are in a general 工作报告 column (2 pages) among 政府工作报告, 统计公报, 审计工作报告, "
             "预算报告 and 政务公开年报; titles year-first without 人民政府 (2023年洺川区法治政府建设情况报告); every "
             "page's header says 今天是：2019年10月31日 and articles give 更新时间：YYYY/MM/DD hh:mm:ss")
    finish(folder, site, base + "index.html", reports, skipped, notes, base + "index.html")
