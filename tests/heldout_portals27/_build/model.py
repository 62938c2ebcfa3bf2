"""Items of a portal, their article pages, and the writing of a portal folder."""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import texts

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Item:
    title: str
    date: str                  # publication date YYYY-MM-DD
    why: str = ""              # "" for a report, else the skipped reason
    year: int = 0              # report year
    short: bool = False
    path: str = ""             # URL path of the article on the host (set by the portal)
    link: str = ""             # href written in the listing (set by the portal)

    @property
    def is_report(self) -> bool:
        return not self.why


@dataclass
class Portal:
    slug: str
    site: str                  # 苡城县人民政府
    place: str                 # 苡城县
    host: str
    province: str
    division: str
    code: str                  # 网站标识码
    column: str                # column name
    start: str
    comment: str
    items: list[Item] = field(default_factory=list)
    files: dict[str, str | bytes] = field(default_factory=dict)   # path -> content
    replay: dict = field(default_factory=dict)
    notes: str = ""
    extra: dict = field(default_factory=dict)

    def url(self, path: str) -> str:
        return f"http://{self.host}{path}"

    def article_page(self, item: Item, seed: int, head: str = "") -> str:
        if item.is_report:
            signed = f"{item.date[:4]}年{int(item.date[5:7])}月{max(1, int(item.date[8:]) - 3)}日"
            paras = texts.report_paragraphs(self.place, self.site, item.year, signed, seed,
                                            item.short)
            content = texts.report_html(paras)
        else:
            content = texts.other_html(item.title, self.place, seed)
        publisher = self.site if "司法局" not in item.title else f"{self.place}司法局"
        return texts.article(item.title, item.date, self.site, self.code, self.host,
                             self.column, content, publisher, head)

    def write_articles(self, head_of=None) -> None:
        for n, item in enumerate(self.items):
            head = head_of(item) if head_of else ""
            self.files[item.path] = self.article_page(item, seed=hash_seed(self.slug, n), head=head)

    def expected(self) -> dict:
        reports, skipped = [], []
        for it in self.items:
            if it.is_report:
                reports.append({"url": self.url(it.path), "year": it.year, "title": it.title,
                                "sections": texts.sections(it.short),
                                "level1": texts.level1(it.short)})
            else:
                skipped.append({"url": self.url(it.path), "title": it.title, "why": it.why})
        return {"notes": self.notes, "column": self.start, **self.extra,
                "reports": reports, "skipped": skipped, "failures": []}

    def write(self) -> None:
        folder = ROOT / self.slug
        if folder.exists():
            shutil.rmtree(folder)
        site = folder / "site" / self.host
        stubs = {"/robots.txt": "User-agent: *\nAllow: /\n", "/css/style.css": "body{margin:0}\n",
                 "/js/jquery.min.js": "/* jQuery v1.12.4 (stub) */\n",
                 "/images/logo.png": "", "/index.html": texts.page(
                     self.site, self.site, self.code, self.host,
                     f'<div class="main"><a href="{self.start}">{self.column}</a></div>')}
        for sub in ("zwgk", "wza", "ghb", "zzms", "fanti", "login", "reg", "search", "hdjl", "yjzj",
                    "znwd", "zwgk/zcwj", "zwgk/zcjd", "zwgk/rsxx"):
            # every menu and side-box target exists (an empty column), as on a real site
            stubs[f"/{sub}/index.html"] = texts.page(
                self.site, self.site, self.code, self.host, '<div class="main">暂无信息</div>')
        for path, content in {**stubs, **self.files}.items():
            target = site / path.lstrip("/")
            target.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                target.write_bytes(content)
            else:
                target.write_text(content, "utf-8")
        if self.replay:
            (site / "_replay.json").write_text(json.dumps(self.replay, ensure_ascii=False, indent=2)
                                               + "\n", "utf-8")
        (folder / "expected.json").write_text(
            json.dumps(self.expected(), ensure_ascii=False, indent=2) + "\n", "utf-8")
        (folder / "portal.toml").write_text(
            f"# {self.comment}\nslug = \"{self.slug}\"\nname = \"{self.site}\"\n"
            f"division_code = \"{self.division}\"\nlevel = \"county\"\n"
            f"province = \"{self.province}\"\nfamily = \"generic\"\n"
            f"start_urls = [\"{self.url(self.start)}\"]\n", "utf-8")


def report_pages(items: list[Item], per: int) -> str:
    """Where each report stands: "2024: page 1, …" (pages of `per` rows, newest first)."""
    return ", ".join(f"{it.year}: page {1 + i // per}"
                     for i, it in enumerate(items) if it.is_report)


def hash_seed(slug: str, n: int) -> int:
    return sum(ord(c) * (i + 7) for i, c in enumerate(slug)) * 1000 + n


def report_title(site: str, year: int, style: int) -> str:
    return [f"{site}关于{year}年度法治政府建设情况的报告",
            f"{site}{year}年度法治政府建设年度报告",
            f"{site}关于{year}年法治政府建设工作情况的报告",
            f"{site}{year}年法治政府建设工作报告"][style % 4]


def non_reports(place: str, site: str, first_report: str) -> list[tuple[str, str]]:
    """(title, why) of the usual non-reports of a 法治政府建设 column."""
    return [
        (f"《{first_report}》解读", "interpretation"),
        (f"{site}2024年政府信息公开工作年度报告", "disclosure_report"),
        (f"{place}司法局2023年政府信息公开工作年度报告", "disclosure_report"),
        (f"{place}2025年法治政府建设工作要点", "not_a_report"),
        ("关于报送2024年度法治政府建设情况报告的通知", "not_a_report"),
        (f"{place}召开法治政府建设工作推进会", "not_a_report"),
        (f"{place}开展“宪法宣传周”集中宣传活动", "not_a_report"),
        (f"{place}行政执法主体名单公告", "not_a_report"),
        (f"{place}2023—2024年度法治宣传教育工作总结", "not_a_report"),
        (f"{place}法治政府建设示范创建实施方案（2021—2025年）", "not_a_report"),
    ]


MORE_NEWS = [
    "{p}司法局举办行政执法人员业务培训班",
    "{p}举办领导干部学法专题讲座",
    "{p}召开行政复议委员会案审会",
    "{p}开展“八五”普法中期评估工作",
    "{p}组织开展行政执法案卷集中评查",
    "{p}推进基层法治建设示范点创建",
    "{p}召开全面依法治县委员会会议",
    "{p}开展“民法典宣传月”活动",
    "{p}开展行政规范性文件专项清理",
    "{p}召开行政执法协调监督工作推进会",
    "{p}举行新任职干部宪法宣誓仪式",
    "{p}开展法治督察反馈问题整改",
    "{p}推进公共法律服务体系建设",
    "{p}召开“谁执法谁普法”履职报告评议会",
]
