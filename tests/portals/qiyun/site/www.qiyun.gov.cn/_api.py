"""A JSON-body list API (written by ../../../lanjing/_make_pages.py): the rows
of page N of the column, asked by the JSON object's fields; any other body is refused (400)."""
import json

ROWS = [
 {
  "id": 601,
  "articleTitle": "栖云县2026年法治政府建设工作要点",
  "linkUrl": "/xxgk/fdzdgknr/fzzfjs/2026/601.html",
  "publishTime": "2026-03-02 10:30:00"
 },
 {
  "id": 588,
  "articleTitle": "栖云县2025年度法治政府建设情况报告",
  "linkUrl": "/xxgk/fdzdgknr/fzzfjs/2026/588.html",
  "publishTime": "2026-02-06 10:30:00"
 },
 {
  "id": 589,
  "articleTitle": "图解：栖云县2025年度法治政府建设情况报告",
  "linkUrl": "/xxgk/fdzdgknr/fzzfjs/2026/589.html",
  "publishTime": "2026-02-08 10:30:00"
 },
 {
  "id": 570,
  "articleTitle": "栖云县2025年政府信息公开工作年度报告",
  "linkUrl": "/xxgk/fdzdgknr/fzzfjs/2026/570.html",
  "publishTime": "2026-01-20 10:30:00"
 },
 {
  "id": 512,
  "articleTitle": "栖云县召开法治政府建设推进会",
  "linkUrl": "/xxgk/fdzdgknr/fzzfjs/2025/512.html",
  "publishTime": "2025-06-11 10:30:00"
 },
 {
  "id": 480,
  "articleTitle": "栖云县2024年度法治政府建设情况报告",
  "linkUrl": "/xxgk/fdzdgknr/fzzfjs/2025/480.html",
  "publishTime": "2025-01-24 10:30:00"
 },
 {
  "id": 455,
  "articleTitle": "栖云县2024年法治政府建设工作要点",
  "linkUrl": "/xxgk/fdzdgknr/fzzfjs/2024/455.html",
  "publishTime": "2024-04-08 10:30:00"
 },
 {
  "id": 430,
  "articleTitle": "栖云县2023年度法治政府建设情况报告",
  "linkUrl": "/xxgk/fdzdgknr/fzzfjs/2024/430.html",
  "publishTime": "2024-01-30 10:30:00"
 },
 {
  "id": 402,
  "articleTitle": "关于开展行政执法案卷评查的通知",
  "linkUrl": "/xxgk/fdzdgknr/fzzfjs/2023/402.html",
  "publishTime": "2023-09-15 10:30:00"
 },
 {
  "id": 377,
  "articleTitle": "栖云县2022年度法治政府建设情况报告",
  "linkUrl": "/xxgk/fdzdgknr/fzzfjs/2023/377.html",
  "publishTime": "2023-02-10 10:30:00"
 }
]
PER_PAGE = 4


def listing(query, form):
    if form.get("columnId") != "1588" or not isinstance(form.get("current"), int):
        return refused()
    page = form["current"]
    start = (page - 1) * PER_PAGE
    rows = ROWS[start:start + PER_PAGE] if page >= 1 else []
    return 200, "application/json; charset=utf-8", json.dumps({"code": 200, "msg": "操作成功", "data": {"records": rows, "total": len(ROWS), "size": PER_PAGE, "current": page, "pages": -(-len(ROWS) // PER_PAGE)}}, ensure_ascii=False)


def refused():
    return 400, "application/json; charset=utf-8", '{"code": 400, "msg": "参数错误"}'
