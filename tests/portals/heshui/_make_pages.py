"""Writes the saved pages of test portal heshui (run from the repo root; helpers from
baishi/_make_pages.py): a column whose report links lead to the justice bureau's host of the
same government, two of them to dead pages. Rows (one page):

- the 2025 report: an ordinary www article;
- the 2024 report: a TRS link-type stub, a page that only `<meta http-equiv="refresh"
  content="0;url=…">`s to the live article on sfj (`final_url`);
- the 2023 report: such a stub (`Refresh`, `0; URL=…`) whose target answers 404;
- the 2022 report: a www link the server 302s to a dead sfj page.

Both dead targets are failures named by the URL that answered 404 (the archive keeps the listed
URL and, as `final_url`, where it failed: either names it); the crawl's report_not_fetched
problem names both.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

_SPEC = importlib.util.spec_from_file_location(
    "baishi_pages", Path(__file__).resolve().parent.parent / "baishi" / "_make_pages.py")
assert _SPEC and _SPEC.loader
base = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(base)

HOST, SFJ, SITE, PLACE = "www.heshui.gov.cn", "sfj.heshui.gov.cn", "禾水县人民政府", "禾水县"
COLUMN = "/zwgk/fzzf/index.html"
# item id -> (how the www link leads on, whether its sfj target answers)
STUBS = {480: ('<meta http-equiv="refresh" content="0;url={to}">', True),
         430: ('<meta http-equiv="Refresh" content="0; URL={to}">', False),
         377: ("302", False)}


def url_of(item_id: int, day: str) -> str:
    return f"/zwgk/fzzf/{day[:7].replace('-', '')}/t{day.replace('-', '')}_{item_id}.html"


def sfj_url(item_id: int, day: str) -> str:
    month, stamp = day[:7].replace("-", ""), day.replace("-", "")
    return f"http://{SFJ}/xxgk/fzzfjs/{month}/t{stamp}_9{item_id}.html"


def stub(title: str, how: str, to: str) -> str:
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8">{how.format(to=to)}'
            f"<title>{title}</title></head><body>"
            f'<script>window.location.replace("{to}");</script></body></html>')


def write_heshui() -> None:
    rows = base.items(PLACE)
    links = "".join(f'<li><a href="{url_of(i, day)}">{title}</a><span>{day}</span></li>'
                    for i, title, day, _ in rows)
    base.write("heshui", HOST, COLUMN, base.listing_page(SITE, f"<ul>{links}</ul>", ""))
    redirects = {}
    for i, title, day, year in rows:
        page = base.article(SITE, title, day, base.body_of(SITE, title, year))
        how, live = STUBS.get(i, (None, True))
        if how is None:
            base.write("heshui", HOST, url_of(i, day), page)
            continue
        if how == "302":
            redirects[url_of(i, day)] = sfj_url(i, day)
        else:
            base.write("heshui", HOST, url_of(i, day), stub(title, how, sfj_url(i, day)))
        if live:
            base.write("heshui", SFJ, sfj_url(i, day).split(SFJ, 1)[1], page)
    rules = base.PORTALS / "heshui" / "site" / HOST / "_replay.json"
    rules.write_text(json.dumps({"redirect": redirects}, indent=1) + "\n", encoding="utf-8")
    reports, skipped = base.split(HOST, rows, url_of)
    base.expected("heshui", "Report links leading to the justice bureau's host: a meta-refresh "
                  "stub to a live article (final_url), a Refresh stub and a 302 each to a page "
                  "answering 404 (failures named by the URL that failed).",
                  f"http://{HOST}{COLUMN}", reports, skipped)
    data = json.loads((base.PORTALS / "heshui" / "expected.json").read_text(encoding="utf-8"))
    dead = {f"http://{HOST}{url_of(i, day)}": sfj_url(i, day) for i, _, day, _ in rows
            if i in STUBS and not STUBS[i][1]}
    for report in data["reports"]:
        if report["url"].endswith("_480.html"):
            report["final_url"] = sfj_url(480, "2025-01-24")
    data["failures"] = [{"url": target, "why": f"404: the listed {listed} leads there"}
                        for listed, target in dead.items()]
    data["reports"] = [r for r in data["reports"] if r["url"] not in dead]
    (base.PORTALS / "heshui" / "expected.json").write_text(
        json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    write_heshui()
