"""A JSON-body list API (written by ../../../lanjing/_make_pages.py): the rows
of page N of the column, asked by the JSON object's fields; any other body is refused (400)."""
import json

ROWS = [
 {
  "id": 601,
  "title": "澜井县2026年法治政府建设工作要点",
  "url": "/zwgk/fzzfjs/202603/t20260302_601.html",
  "publishDate": "2026-03-02 09:00:00"
 },
 {
  "id": 588,
  "title": "澜井县2025年度法治政府建设情况报告",
  "url": "/zwgk/fzzfjs/202602/t20260206_588.html",
  "publishDate": "2026-02-06 09:00:00"
 },
 {
  "id": 589,
  "title": "图解：澜井县2025年度法治政府建设情况报告",
  "url": "/zwgk/fzzfjs/202602/t20260208_589.html",
  "publishDate": "2026-02-08 09:00:00"
 },
 {
  "id": 570,
  "title": "澜井县2025年政府信息公开工作年度报告",
  "url": "/zwgk/fzzfjs/202601/t20260120_570.html",
  "publishDate": "2026-01-20 09:00:00"
 },
 {
  "id": 512,
  "title": "澜井县召开法治政府建设推进会",
  "url": "/zwgk/fzzfjs/202506/t20250611_512.html",
  "publishDate": "2025-06-11 09:00:00"
 },
 {
  "id": 480,
  "title": "澜井县2024年度法治政府建设情况报告",
  "url": "/zwgk/fzzfjs/202501/t20250124_480.html",
  "publishDate": "2025-01-24 09:00:00"
 },
 {
  "id": 455,
  "title": "澜井县2024年法治政府建设工作要点",
  "url": "/zwgk/fzzfjs/202404/t20240408_455.html",
  "publishDate": "2024-04-08 09:00:00"
 },
 {
  "id": 430,
  "title": "澜井县2023年度法治政府建设情况报告",
  "url": "/zwgk/fzzfjs/202401/t20240130_430.html",
  "publishDate": "2024-01-30 09:00:00"
 },
 {
  "id": 402,
  "title": "关于开展行政执法案卷评查的通知",
  "url": "/zwgk/fzzfjs/202309/t20230915_402.html",
  "publishDate": "2023-09-15 09:00:00"
 },
 {
  "id": 377,
  "title": "澜井县2022年度法治政府建设情况报告",
  "url": "/zwgk/fzzfjs/202302/t20230210_377.html",
  "publishDate": "2023-02-10 09:00:00"
 }
]
PER_PAGE = 4


def listing(query, form):
    if not isinstance(form.get("pageNum"), int) or form.get("channelId") != "fzzfjs" or form.get("siteId") != 3:
        return refused()
    page = form["pageNum"]
    start = (page - 1) * PER_PAGE
    rows = ROWS[start:start + PER_PAGE] if page >= 1 else []
    return 200, "application/json; charset=utf-8", json.dumps({"code": 200, "msg": "ok", "data": {"total": len(ROWS), "pageNum": page, "list": rows}}, ensure_ascii=False)


def refused():
    return 400, "application/json; charset=utf-8", '{"code": 400, "msg": "参数错误"}'
