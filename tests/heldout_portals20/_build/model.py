"""Round 20's items (reports and non-reports of one portal) and the file writing."""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from pathlib import Path

import furniture as F
import texts as T

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Item:
    title: str
    date: str              # YYYY-MM-DD published
    kind: str              # report | jiedu | xxgk | yaodian | notice | news | xianfa | mingdan
    year: int = 0          # a report's year
    short: bool = False
    url: str = ""          # set by the portal writer
    pdf: bool = False


@dataclass
class Place:
    slug: str
    name: str              # 苕岭县
    gov: str               # 苕岭县人民政府
    salutation: str
    column: str            # 法治政府建设


def items_for(p: Place, years: list[int], pdf_years: tuple[int, ...] = ()) -> list[Item]:
    """Reports for `years` (published the next spring) and nine non-reports."""
    forms = ["{g}关于{y}年度法治政府建设情况的报告", "{g}{y}年度法治政府建设年度报告",
             "{g}关于{y}年法治政府建设工作情况的报告", "{g}{y}年法治政府建设工作报告"]
    out = [Item(forms[i % 4].format(g=p.gov, y=y), f"{y + 1}-0{1 + i % 3}-{10 + 3 * i:02d}",
                "report", y, short=i % 2 == 1, pdf=y in pdf_years) for i, y in enumerate(years)]
    last = years[-1]
    out += [
        Item(f"《{out[-1].title}》解读", f"{last + 1}-03-{28:02d}", "jiedu"),
        Item(f"{p.gov}{last}年政府信息公开工作年度报告", f"{last + 1}-01-20", "xxgk"),
        Item(f"{p.gov}{last - 1}年政府信息公开工作年度报告", f"{last}-01-19", "xxgk"),
        Item(f"{p.name}{last + 1}年法治政府建设工作要点", f"{last + 1}-04-08", "yaodian"),
        Item(f"关于报送{last}年度法治政府建设情况报告的通知", f"{last}-12-15", "notice"),
        Item(f"{p.name}召开法治政府建设工作推进会", f"{last}-06-12", "news"),
        Item(f"{p.name}开展“宪法宣传周”主题活动", f"{last}-12-05", "xianfa"),
        Item(f"{p.name}行政执法主体名单公告", f"{last - 1}-09-03", "mingdan"),
        Item(f"{p.name}2022—2023年度法治宣传教育工作总结", f"{last - 1}-02-16", "news"),
    ]
    return sorted(out, key=lambda it: it.date, reverse=True)


def article_html(p: Place, it: Item, charset: bool = True) -> tuple[str, dict]:
    """The article page of an HTML item, and its expected entry (sections for reports)."""
    seed = sum(map(ord, it.title))
    if it.kind == "report":
        paras, heads, level1 = T.report_paragraphs(p.name, p.gov, p.salutation, it.year,
                                                   it.short, seed)
        body = F.paragraphs_html(paras)
        entry = {"url": it.url, "year": it.year, "title": it.title, "sections": heads,
                 "level1": level1}
    else:
        body = "\n".join(f"<p>{t}</p>" for t in T.other_paragraphs(it.title, p.name, it.kind)[1:])
        entry = {"url": it.url, "title": it.title, "why": "not_a_report"}
    return article_page(p, it, body, charset), entry


def article_page(p: Place, it: Item, body: str, charset: bool = True) -> str:
    main = F.article_main(it.title, it.date, p.gov + "办公室", body)
    return F.page(p.gov, p.name, it.title, f'<a href="./">{p.column}</a> &gt; 正文', main,
                  F.meta(it.title, it.date, p.gov, p.column), charset)


def report_pdf(p: Place, it: Item) -> bytes:
    paras, _, _ = T.report_paragraphs(p.name, p.gov, p.salutation, it.year, it.short,
                                      sum(map(ord, it.title)))
    return F.pdf_bytes([it.title] + [text for _, text in paras])


def write(slug: str, host: str, files: dict[str, str | bytes], expected: dict, toml: str,
          rules: dict | None = None) -> None:
    """Rewrite one portal folder: site/<host>/…, expected.json, portal.toml."""
    folder = ROOT / slug
    shutil.rmtree(folder / "site", ignore_errors=True)
    for rel, data in files.items():
        path = folder / "site" / host / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(data, str):
            data = data.encode("utf-8")
        path.write_bytes(data)
    stubs = {"css/style.css": "body{margin:0}", "js/jquery.min.js": "/* jquery stub */",
             "js/common.js": "/* common */", "robots.txt": "User-agent: *\nAllow: /\n"}
    for rel, text in stubs.items():
        (folder / "site" / host / rel).parent.mkdir(parents=True, exist_ok=True)
        (folder / "site" / host / rel).write_text(text, "utf-8")
    if rules:
        (folder / "site" / host / "_replay.json").write_text(
            json.dumps(rules, ensure_ascii=False, indent=1), "utf-8")
    (folder / "expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=1)
                                          + "\n", "utf-8")
    (folder / "portal.toml").write_text(toml, "utf-8")
