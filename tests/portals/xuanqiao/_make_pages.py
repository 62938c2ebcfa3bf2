"""Writes the saved pages of the test portal xuanqiao (run from the repo root, then re-check
its expected.json with a crawl; helpers from baishi/_make_pages.py):

- xuanqiao: a column paged only by a `<select>` page jumper whose options carry page numbers
  (`<option value="2">第2页</option>`) and whose onchange joins the chosen one to the list's
  URL inline: `window.location = '/xxgk/fzzf/list.jsp?cid=88&page=' + this.value`. No page
  count is written and no page link exists; the jumper's labels are the only count (a crawl
  that cannot read it is listing_incomplete, never ok).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

_SPEC = importlib.util.spec_from_file_location(
    "baishi_pages", Path(__file__).resolve().parent.parent / "baishi" / "_make_pages.py")
assert _SPEC and _SPEC.loader
base = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(base)

XQ_HOST, XQ_SITE, XQ_PLACE = "www.xuanqiao.gov.cn", "萱桥县人民政府", "萱桥县"
XQ_LIST = "/xxgk/fzzf/list.jsp?cid=88"


def xq_url(item_id: int, day: str) -> str:
    return f"/xxgk/fzzf/{day.replace('-', '')}/{item_id}.html"


def write_xuanqiao() -> None:
    rows = base.items(XQ_PLACE)
    for page_no in range(1, base.PAGES + 1):
        table = "".join(f'<tr><td><a href="{xq_url(i, day)}" target="_blank">{title}</a></td>'
                        f"<td>{day}</td></tr>" for i, title, day, _ in base.chunk(rows, page_no))
        options = "".join(f'<option value="{n}"{" selected" if n == page_no else ""}>第{n}页'
                          "</option>" for n in range(1, base.PAGES + 1))
        pager = ('<div class="turn">转到 <select onchange="window.location = '
                 f"'{XQ_LIST}&amp;page=' + this.value\">{options}</select></div>")
        path = XQ_LIST if page_no == 1 else f"{XQ_LIST}&page={page_no}"
        base.write("xuanqiao", XQ_HOST, path,
                   base.listing_page(XQ_SITE, f"<table>{table}</table>", pager))
    for i, title, day, year in rows:
        base.write("xuanqiao", XQ_HOST, xq_url(i, day),
                   base.article(XQ_SITE, title, day, base.body_of(XQ_SITE, title, year)))
    base.expected("xuanqiao", "Pages 2–3 only through a <select> jumper whose inline onchange "
                  "joins the option's value to the list URL ('…list.jsp?cid=88&page=' + "
                  "this.value); no page count written, no page link.",
                  f"http://{XQ_HOST}{XQ_LIST}", *base.split(XQ_HOST, rows, xq_url))


if __name__ == "__main__":
    write_xuanqiao()
