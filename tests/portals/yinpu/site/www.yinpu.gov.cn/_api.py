"""A JSON-body list API (written by ../../../lanjing/_make_pages.py): the rows
of page N of the column, asked by the JSON object's fields; any other body is refused (400)."""
import json

ROWS = [
 {
  "infoid": "601",
  "title": "银浦区2026年法治政府建设工作要点",
  "infourl": "/zwgk/fzzfjsndbg/20260302/601.html",
  "infodate": "2026-03-02"
 },
 {
  "infoid": "588",
  "title": "银浦区2025年度法治政府建设情况报告",
  "infourl": "/zwgk/fzzfjsndbg/20260206/588.html",
  "infodate": "2026-02-06"
 },
 {
  "infoid": "589",
  "title": "图解：银浦区2025年度法治政府建设情况报告",
  "infourl": "/zwgk/fzzfjsndbg/20260208/589.html",
  "infodate": "2026-02-08"
 },
 {
  "infoid": "570",
  "title": "银浦区2025年政府信息公开工作年度报告",
  "infourl": "/zwgk/fzzfjsndbg/20260120/570.html",
  "infodate": "2026-01-20"
 },
 {
  "infoid": "512",
  "title": "银浦区召开法治政府建设推进会",
  "infourl": "/zwgk/fzzfjsndbg/20250611/512.html",
  "infodate": "2025-06-11"
 },
 {
  "infoid": "480",
  "title": "银浦区2024年度法治政府建设情况报告",
  "infourl": "/zwgk/fzzfjsndbg/20250124/480.html",
  "infodate": "2025-01-24"
 },
 {
  "infoid": "455",
  "title": "银浦区2024年法治政府建设工作要点",
  "infourl": "/zwgk/fzzfjsndbg/20240408/455.html",
  "infodate": "2024-04-08"
 },
 {
  "infoid": "430",
  "title": "银浦区2023年度法治政府建设情况报告",
  "infourl": "/zwgk/fzzfjsndbg/20240130/430.html",
  "infodate": "2024-01-30"
 },
 {
  "infoid": "402",
  "title": "关于开展行政执法案卷评查的通知",
  "infourl": "/zwgk/fzzfjsndbg/20230915/402.html",
  "infodate": "2023-09-15"
 },
 {
  "infoid": "377",
  "title": "银浦区2022年度法治政府建设情况报告",
  "infourl": "/zwgk/fzzfjsndbg/20230210/377.html",
  "infodate": "2023-02-10"
 }
]
PER_PAGE = 4


def listing(query, form):
    if form.get("categoryNum") != "012003" or not isinstance(
            form.get("currentPageIndex"), int):
        return refused()
    page = form["currentPageIndex"]
    start = (page - 0) * PER_PAGE
    rows = ROWS[start:start + PER_PAGE] if page >= 0 else []
    return 200, "application/json; charset=utf-8", json.dumps({"custom": {"total": len(ROWS), "infoList": rows}, "status": {"code": 200}}, ensure_ascii=False)


def refused():
    return 400, "application/json; charset=utf-8", '{"code": 400, "msg": "参数错误"}'
