"""Render the sample portals into tests/portals/<slug>/site/<host>/
(run: .venv/bin/python tests/portals/_build/build.py [slug ...]).

The generated pages are committed; tests read those files, not this script.
"""

from __future__ import annotations

import json
import shutil
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import opencc

import hanweb
import others
import trs
from common import Item, Site, esc, paragraphs, read_text
from pdf import make_pdf
from portals import (BEICHENG, DONGHAI, HANYANG, HAIZHOU, SHANWEI, SHISHI, SHISHI_SFJ, XIYANG, ZBGX,
                     fillers, newest_first)
from shorts import short_body

PORTALS_DIR = Path(__file__).resolve().parent.parent
CST = timezone(timedelta(hours=8))


def site_dir(host: str) -> Path:
    """Where a sample portal's host is saved: tests/portals/<slug>/site/<host>."""
    (slug,) = [slug for slug, (site, _) in BUILDERS.items() if site.host == host]
    return PORTALS_DIR / slug / "site" / host


def url_file(host: str, path: str) -> Path:
    """Same mapping as crawler.replay.server: trailing / → index.html, ?query → @query."""
    path, _, query = path.partition("?")
    relative = path.lstrip("/") + ("index.html" if path.endswith("/") else "")
    return site_dir(host) / (relative + (f"@{query}" if query else ""))


def write(host: str, path: str, content: str | bytes, encoding: str = "utf-8") -> None:
    file = url_file(host, path)
    file.parent.mkdir(parents=True, exist_ok=True)
    file.write_bytes(content if isinstance(content, bytes) else content.encode(encoding))


def write_rules(host: str, rules: dict) -> None:
    (site_dir(host) / "_replay.json").write_text(json.dumps(rules, ensure_ascii=False, indent=2) + "\n")


def neighbours(items: list[Item], item: Item) -> tuple[Item | None, Item | None]:
    index = items.index(item)
    return (items[index - 1] if index > 0 else None,
            items[index + 1] if index + 1 < len(items) else None)


def short_html(site: Site, item: Item, report_title: str, indent: str = "") -> str:
    return paragraphs(short_body(site, item, report_title), indent=indent)


def interpretations(items: list[Item]) -> list[Item]:
    return [i for i in items if i.kind == "interpretation"]


# ---- 海州 (Hanweb, article pages are the portal's machine-converted Traditional copy) --------

def build_haizhou() -> None:
    site, to_trad = HAIZHOU, opencc.OpenCC("s2t")
    report = Item("海州区2024年度法治政府建设情况报告", "2025-03-24", "/art/2025/3/24/art_1589_2895731.html",
                  "report", "seed000_haizhou_2024.txt", source="海州区人民政府",
                  index_number="0142671915/2025-00008", time="16:21")
    def art_path(date: str, n: int) -> str:
        y, m, d = (int(p) for p in date.split("-"))
        return f"/art/{y}/{m}/{d}/art_1589_{2895700 - 37 * n}.html"
    items = newest_first([report] + fillers(site, art_path))
    write(site.host, "/col/col1589/index.html", hanweb.listing(site, items, 1589, 5521, 17))
    (site_dir(site.host) / "col/col1589/_records.xml").write_text(hanweb.records_file(items), "utf-8")
    for item in items:
        lines = read_text(item.text) if item.text else short_body(site, item, report.title)
        body = paragraphs(lines, style="text-indent:2em;")
        prev, nxt = neighbours(items, item)
        page = hanweb.article(site, item, "@@BODY@@", prev, nxt, interpretations(items))
        # seed 000 is already Traditional: keep its wording exactly as published
        converted = to_trad.convert(page).replace("@@BODY@@", body if item.text else to_trad.convert(body))
        write(site.host, item.path, converted)
    write_rules(site.host, {"post": {"/module/web/jpage/dataproxy.jsp": "hanweb_dataproxy"}})


# ---- 汕尾 (NFCMS) ---------------------------------------------------------------------------

def nfcms_body(lines: list[str], doc_number: str) -> str:
    out = [f'<p style="text-align: center;">{esc(doc_number)}</p>', "<p><br/></p>"]
    for line in lines:
        signature = line in ("汕尾市人民政府", "2021年1月31日")
        style = "text-align: right;" if signature else "text-indent: 2em;"
        out.append(f'<p style="{style}">{esc(line)}</p>')
    return "\n".join(out + ["<p><br/></p>", "<p><br/></p>"])


def build_shanwei() -> None:
    site, base = SHANWEI, "/shanwei/zwgk/fzzfjs/"
    report = Item("汕尾市人民政府2020年法治政府建设年度报告", "2021-02-26", base + "content/post_747125.html",
                  "report", "seed001_shanwei_2020.txt", source="汕尾市人民政府",
                  doc_number="汕府〔2021〕9号", time="15:16")
    items = newest_first([report] + fillers(site, lambda date, n: f"{base}content/post_{747100 - 211 * n}.html"))
    pages = [items[:10], items[10:]]
    for number, chunk in enumerate(pages, start=1):
        name = "index.html" if number == 1 else f"index_{number}.html"
        write(site.host, base + name, others.nfcms_listing(site, chunk, number, len(pages), base))
    pdf_path = "/attachment/0/747/747130/747125.pdf"
    lines = read_text(report.text)
    write(site.host, pdf_path, make_pdf(report.title, [report.doc_number] + lines, site.name, "20210226151000"))
    for item in items:
        prev, nxt = neighbours(items, item)
        if item.text:
            body, attachment = nfcms_body(lines, report.doc_number), (pdf_path, report.title + ".pdf")
        else:
            body, attachment = short_html(site, item, report.title), None
        write(site.host, item.path, others.nfcms_article(site, item, body, attachment, prev, nxt,
                                                         interpretations(items)))
    write(site.host, "/robots.txt", "User-agent: *\nDisallow: /admin/\nDisallow: /search/\n")


# ---- 汉阳 (TRS, .shtml, split article) ------------------------------------------------------

def ueditor_body(lines: list[str]) -> str:
    out = []
    for line in lines:
        if line[:2] in ("一、", "二、", "三、", "四、"):
            out.append(f'<p style="text-indent: 2em; line-height: 2em;"><strong><span style="font-family: 黑体;">{esc(line)}</span></strong></p>')
        else:
            out.append(f'<p style="text-indent: 2em; line-height: 2em;"><span style="font-family: 仿宋_GB2312;">{esc(line)}</span></p>')
    return "\n".join(out)


def build_hanyang() -> None:
    site, base = HANYANG, "/zwgk/zc/fzzfjs/"
    report = Item("汉阳区人民政府2021年度法治政府建设工作报告", "2022-03-28",
                  base + "202203/t20220328_1945123.shtml", "report", "seed002_hanyang_2021.txt",
                  source="汉阳区人民政府办公室", index_number="011000418/2022-01275", time="10:42")
    def path(date: str, n: int) -> str:
        return f"{base}{date[:4]}{date[5:7]}/t{date.replace('-', '')}_{1945000 - 1931 * n}.shtml"
    items = newest_first([report] + fillers(site, path))
    pages = [items[:10], items[10:]]
    for number, chunk in enumerate(pages):
        write(site.host, base + ("index.shtml" if number == 0 else f"index_{number}.shtml"),
              trs.listing(site, chunk, number, len(pages), "shtml"))
    lines = read_text(report.text)
    split = next(n for n, line in enumerate(lines) if line.startswith("（四）聚焦"))
    stem = "t20220328_1945123"
    for item in items:
        prev, nxt = neighbours(items, item)
        meta = trs.xxgk_th_table(item, site) if item.index_number else ""
        related = interpretations(items)
        if not item.text:
            write(site.host, item.path, trs.article(site, item, short_html(site, item, report.title),
                  "trs_editor_view TRS_UEDITOR trs_paper_default trs_web", meta, "", prev, nxt, related))
            continue
        for page_no, chunk in enumerate([lines[:split], lines[split:]]):
            pager = trs.pager_call(2, page_no, stem, "shtml")
            html = trs.article(site, item, ueditor_body(chunk),
                               "trs_editor_view TRS_UEDITOR trs_paper_default trs_web", meta, pager,
                               prev, nxt, related)
            write(site.host, item.path.replace(".shtml", f"_{page_no}.shtml" if page_no else ".shtml"), html)
    write(site.host, "/robots.txt", "User-agent: *\nDisallow: /cms/\n")


# ---- 淄博高新区 (legacy Hanweb, GBK) ---------------------------------------------------------

def zbgx_body(lines: list[str]) -> str:
    red = ["中共淄博市委淄博高新区工作委员会", "淄博高新技术产业开发区管理委员会"]
    out = [f'<p align="center"><font color="#FF0000" size="5"><b>{line}</b></font></p>' for line in red]
    out += ['<p align="center"><b>关于2022年度法治政府建设工作的报告</b></p>',
            '<p align="center">淄高新委〔2022〕26号</p>', "<p>&nbsp;</p>"]
    closing = len(lines) - 3  # the two signing bodies and the date
    for n, line in enumerate(lines):
        if n >= closing:
            out.append(f'<p align="right">{esc(line)}&nbsp;&nbsp;&nbsp;&nbsp;</p>')
        else:
            out.append(f"<p>　　{esc(line)}</p>")
    return "\n".join(out)


def build_zbgx() -> None:
    site = ZBGX
    report = Item("关于2022年度法治政府建设工作的报告", "2023-01-10", "/art/2023/1/10/art_2345_87123.html",
                  "report", "seed003_zbgx_2022.txt", source="高新区群众工作部",
                  doc_number="淄高新委〔2022〕26号", index_number="11370300MB2850147X/2023-00006")
    def art_path(date: str, n: int) -> str:
        y, m, d = (int(p) for p in date.split("-"))
        return f"/art/{y}/{m}/{d}/art_2345_{87100 - 53 * n}.html"
    items = newest_first([report] + fillers(site, art_path))
    for item in items:
        item.index_number = item.index_number or f"11370300MB2850147X/{item.date[:4]}-{items.index(item) + 20:05d}"
    write(site.host, "/col/col2345/index.html", hanweb.legacy_listing(site, items, 2345, 8801, 3), "gb18030")
    for item in items:
        prev, nxt = neighbours(items, item)
        body = zbgx_body(read_text(item.text)) if item.text else short_html(site, item, report.title, "　　")
        write(site.host, item.path, hanweb.legacy_article(site, item, body, prev, nxt), "gb18030")
    write_rules(site.host, {"headers": {"/*": {"Content-Type": "text/html"}}})


# ---- 石狮 (TRS xxgk, .htm) --------------------------------------------------------------------

def trs_editor_body(lines: list[str]) -> str:
    style = 'style="text-indent: 2em; line-height: 28pt; margin: 0"'
    font = '<span style="font-family: 仿宋_GB2312; font-size: 16pt">{}</span>'
    out = []
    for line in lines:
        align = ' align="right"' if line in ("石狮市人民政府", "2025年1月22日") else ' align="justify"'
        out.append(f"<p{align} {style}>{font.format(esc(line))}</p>")
    return "\n".join(out)


def build_shishi() -> None:
    site, base = SHISHI, "/zwgk/zfxxgkzl/fdzdgknr/fzzfjs/"
    report = Item("石狮市人民政府关于2024年度法治政府建设情况的报告", "2025-01-26",
                  base + "202501/t20250126_3123456.htm", "report", "seed004_shishi_2024.txt",
                  source="石狮市人民政府", doc_number="狮政综〔2025〕6号",
                  index_number="QZ05101-3000-2025-00007", time="16:05")
    def path(date: str, n: int) -> str:
        return f"{base}{date[:4]}{date[5:7]}/t{date.replace('-', '')}_{3123400 - 977 * n}.htm"
    items = newest_first([report] + fillers(site, path))
    for n, item in enumerate(items):
        item.index_number = item.index_number or f"QZ05101-3000-{item.date[:4]}-{n + 31:05d}"
    write(site.host, base + "index.htm", trs.xxgk_listing(site, items, "htm"))
    for item in items:
        prev, nxt = neighbours(items, item)
        written = "2025-01-22" if item.text else item.date
        body = trs_editor_body(read_text(item.text)) if item.text else short_html(site, item, report.title)
        write(site.host, item.path, trs.article(site, item, body, "TRS_Editor", trs.xxgk_ul(item, site, written),
                                                "", prev, nxt, interpretations(items)))


# ---- 石狮市司法局 (UCAP; republishes the 石狮市 report: the same report on two portals) --------

def build_shishi_sfj() -> None:
    site, base = SHISHI_SFJ, "/xxgk/fzzfjsndbg/"
    report = Item("石狮市人民政府关于2024年度法治政府建设情况的报告", "2025-01-27",
                  base + "202501/t20250127_2001.html", "report", "seed004_shishi_2024.txt",
                  source="石狮市人民政府", doc_number="狮政综〔2025〕6号",
                  index_number="350581-21-2025-0004")
    def path(date: str, n: int) -> str:
        return f"{base}{date[:4]}{date[5:7]}/t{date.replace('-', '')}_{1990 + 3 * n:04d}.html"
    items = newest_first([report] + fillers(site, path))
    write(site.host, base, others.ucap_listing(site, items))
    for item in items:
        prev, nxt = neighbours(items, item)
        if item.text:
            body = paragraphs(read_text(item.text), style="text-indent: 2em;")
        else:
            body = short_html(site, item, report.title)
        write(site.host, item.path, others.ucap_article(site, item, body, prev, nxt, []))


# ---- 西阳县司法局 (UCAP; 412 challenge, dead link, slow page) ------------------------------------

def build_xiyang() -> None:
    site, base = XIYANG, "/xxgk/fzzfjsndbg/"
    def report(year: int, date: str, path: str, text: str | None) -> Item:
        return Item(f"西阳县司法局{year}年度法治政府建设年度报告", date, base + path, "report", text,
                    source="西阳县司法局", index_number=f"431199-21-{year + 1}-0003")
    current = report(2023, "2024-02-20", "202402/t20240220_1001.html", "xiyang_2023.txt")
    older = report(2022, "2023-02-15", "202302/t20230215_0987.html", "xiyang_2022.txt")
    blocked = report(2021, "2022-02-18", "202202/t20220218_0871.html", None)
    dead = report(2020, "2021-02-05", "202102/t20210205_0702.html", None)
    def path(date: str, n: int) -> str:
        return f"{base}{date[:4]}{date[5:7]}/t{date.replace('-', '')}_{990 + 3 * n:04d}.html"
    items = newest_first([current, older, blocked, dead] + fillers(site, path))
    write(site.host, base, others.ucap_listing(site, items))
    for item in items:
        if item in (blocked, dead):
            continue
        prev, nxt = neighbours(items, item)
        if item.text:
            body = paragraphs(read_text(item.text), style="text-indent: 2em;")
        else:
            body = short_html(site, item, current.title)
        write(site.host, item.path, others.ucap_article(site, item, body, prev, nxt, interpretations(items)))
    write(site.host, blocked.path, others.CHALLENGE_412)
    write_rules(site.host, {"status": {blocked.path: 412}, "delay": {older.path: 6.0}})


# ---- 东海市 (gkmlpt: JSON list API, body only in window._CONFIG) -------------------------------

def epoch(date: str, time: str) -> int:
    return int(datetime.strptime(f"{date} {time}", "%Y-%m-%d %H:%M").replace(tzinfo=CST).timestamp())


def build_donghai() -> None:
    site = DONGHAI
    report = Item("东海市人民政府2024年法治政府建设年度报告", "2025-01-24", "/gkmlpt/content/0/100/post_100123.html",
                  "report", "donghai_2024.txt", source="东海市人民政府办公室",
                  doc_number="东府〔2025〕3号", index_number="11441899MB2C12345X/2025-00012", time="17:30")
    items = newest_first([report] + fillers(site, lambda d, n: f"/gkmlpt/content/0/100/post_{100110 - 3 * n}.html"))
    write(site.host, "/gkmlpt/index", others.gkmlpt_shell(site, f"政府信息公开 - {site.name}",
          {"SID": "441899", "SITE_NAME": site.name, "COLUMN_ID": 2858, "API": "/gkmlpt/api/all/"}))
    per_page = 10
    for page in (1, 2):
        chunk = items[(page - 1) * per_page: page * per_page]
        articles = [{"id": int(i.path.rsplit("_", 1)[1].split(".")[0]), "title": i.title,
                     "url": f"http://{site.host}{i.path}#2858", "first_publish_time": epoch(i.date, i.time),
                     "publisher": i.source or site.name, "identifier": i.index_number,
                     "document_number": i.doc_number} for i in chunk]
        answer = {"articles": articles, "total": len(items), "page": page, "classify": {"id": 2858, "name": site.column}}
        write(site.host, f"/gkmlpt/api/all/2858?page={page}&sid=441899", json.dumps(answer, ensure_ascii=False))
    for item in items:
        lines = read_text(item.text) if item.text else short_body(site, item, report.title)
        body = "".join(f"<p>{esc(line)}</p>" for line in lines)
        post_id = int(item.path.rsplit("_", 1)[1].split(".")[0])
        write(site.host, item.path, others.gkmlpt_article(site, item, body, post_id, epoch(item.date, item.time)))
    write_rules(site.host, {"headers": {"/gkmlpt/api/*": {"Content-Type": "application/json;charset=UTF-8"}}})


# ---- 北城区 (generic portal; one report only as a PDF) -------------------------------------------

def build_beicheng() -> None:
    site = BEICHENG
    report = Item("北城区人民政府关于2023年度法治政府建设情况的报告", "2024-03-15", "/zfxxgk/fzzf/2024/0315/123.html",
                  "report", "beicheng_2023.txt", source="北城区人民政府")
    pdf_report = Item("北城区人民政府2022年度法治政府建设情况报告", "2023-03-10",
                      "/uploadfile/2023/0310/20230310153045871.pdf", "report", "beicheng_2022.txt")
    def path(date: str, n: int) -> str:
        return f"/zfxxgk/fzzf/{date[:4]}/{date[5:7]}{date[8:]}/{101 + n}.html"
    items = newest_first([report, pdf_report] + fillers(site, path))
    pages = [items[:8], items[8:]]
    for number, chunk in enumerate(pages, start=1):
        write(site.host, "/zfxxgk/fzzf/" + ("list.html" if number == 1 else f"list_{number}.html"),
              others.generic_listing(site, chunk, number, len(pages)))
    write(site.host, pdf_report.path, make_pdf(pdf_report.title, read_text(pdf_report.text), site.name, "20230310153045"))
    articles = [i for i in items if i is not pdf_report]
    for item in articles:
        prev, nxt = neighbours(articles, item)
        if item.text:
            body = "<div>" + "<br>\n".join(esc(line) for line in read_text(item.text)) + "</div>"
        else:
            body = short_html(site, item, report.title)
        write(site.host, item.path, others.generic_article(site, item, body, prev, nxt))
    write(site.host, "/robots.txt", "User-agent: *\nDisallow: /admin/\n")
    write_rules(site.host, {"no_validators": True})


BUILDERS = {"haizhou": (HAIZHOU, build_haizhou), "shanwei": (SHANWEI, build_shanwei),
            "hanyang": (HANYANG, build_hanyang), "zbgx": (ZBGX, build_zbgx),
            "shishi": (SHISHI, build_shishi), "xiyang": (XIYANG, build_xiyang),
            "donghai": (DONGHAI, build_donghai), "beicheng": (BEICHENG, build_beicheng),
            "shishi_sfj": (SHISHI_SFJ, build_shishi_sfj)}


def main(slugs: list[str]) -> None:
    for slug in slugs or list(BUILDERS):
        site, build = BUILDERS[slug]
        shutil.rmtree(site_dir(site.host), ignore_errors=True)
        build()
        print(f"{slug}: {sum(1 for p in site_dir(site.host).rglob('*') if p.is_file())} files")


if __name__ == "__main__":
    main(sys.argv[1:])
