"""The column's list API: POST JSON {"page": {"current", "size"}, "query": {...}}."""
import json

RECORDS = [
 {
  "id": 8803,
  "title": "莘浦区2026年法治政府建设工作要点",
  "linkUrl": "/zwgk/fzzfjsndbg/content/post_8803.html",
  "publishTime": "2026-04-10 10:00:00",
  "source": "莘浦区人民政府"
 },
 {
  "id": 8766,
  "title": "《莘浦区人民政府关于2025年度法治政府建设情况的报告》解读",
  "linkUrl": "/zwgk/fzzfjsndbg/content/post_8766.html",
  "publishTime": "2026-03-28 10:00:00",
  "source": "莘浦区人民政府"
 },
 {
  "id": 8729,
  "title": "莘浦区人民政府关于2025年度法治政府建设情况的报告",
  "linkUrl": "/zwgk/fzzfjsndbg/content/post_8729.html",
  "publishTime": "2026-03-17 10:00:00",
  "source": "莘浦区人民政府"
 },
 {
  "id": 8692,
  "title": "莘浦区人民政府2025年政府信息公开工作年度报告",
  "linkUrl": "/zwgk/fzzfjsndbg/content/post_8692.html",
  "publishTime": "2026-01-20 10:00:00",
  "source": "莘浦区人民政府"
 },
 {
  "id": 8655,
  "title": "关于报送2025年度法治政府建设情况报告的通知",
  "linkUrl": "/zwgk/fzzfjsndbg/content/post_8655.html",
  "publishTime": "2026-01-08 10:00:00",
  "source": "莘浦区人民政府"
 },
 {
  "id": 8618,
  "title": "莘浦区召开2025年法治政府建设工作推进会",
  "linkUrl": "/zwgk/fzzfjsndbg/content/post_8618.html",
  "publishTime": "2025-06-14 10:00:00",
  "source": "莘浦区人民政府"
 },
 {
  "id": 8581,
  "title": "莘浦区人民政府2024年度法治政府建设年度报告",
  "linkUrl": "/zwgk/fzzfjsndbg/content/post_8581.html",
  "publishTime": "2025-03-20 10:00:00",
  "source": "莘浦区人民政府"
 },
 {
  "id": 8544,
  "title": "莘浦区人民政府2024年政府信息公开工作年度报告",
  "linkUrl": "/zwgk/fzzfjsndbg/content/post_8544.html",
  "publishTime": "2025-01-18 10:00:00",
  "source": "莘浦区人民政府"
 },
 {
  "id": 8507,
  "title": "莘浦区开展2024年“宪法宣传周”系列活动",
  "linkUrl": "/zwgk/fzzfjsndbg/content/post_8507.html",
  "publishTime": "2024-12-06 10:00:00",
  "source": "莘浦区人民政府"
 },
 {
  "id": 8470,
  "title": "关于公布莘浦区行政执法主体名单的公告",
  "linkUrl": "/zwgk/fzzfjsndbg/content/post_8470.html",
  "publishTime": "2024-09-22 10:00:00",
  "source": "莘浦区人民政府"
 },
 {
  "id": 8433,
  "title": "莘浦区人民政府关于2023年法治政府建设工作情况的报告",
  "linkUrl": "/zwgk/fzzfjsndbg/content/post_8433.html",
  "publishTime": "2024-03-23 10:00:00",
  "source": "莘浦区人民政府"
 },
 {
  "id": 8396,
  "title": "莘浦区2022年法治政府建设工作报告",
  "linkUrl": "/zwgk/fzzfjsndbg/content/post_8396.html",
  "publishTime": "2023-03-26 10:00:00",
  "source": "莘浦区人民政府"
 },
 {
  "id": 8359,
  "title": "莘浦区法治政府建设示范创建实施方案（2021—2025年）",
  "linkUrl": "/zwgk/fzzfjsndbg/content/post_8359.html",
  "publishTime": "2022-05-16 10:00:00",
  "source": "莘浦区人民政府"
 },
 {
  "id": 8322,
  "title": "莘浦区人民政府关于2021年度法治政府建设情况的报告",
  "linkUrl": "/zwgk/fzzfjsndbg/content/post_8322.html",
  "publishTime": "2022-03-29 10:00:00",
  "source": "莘浦区人民政府"
 }
]


def page(query, form):
    pg = form.get("page") if isinstance(form, dict) else None
    q = form.get("query") if isinstance(form, dict) else None
    if not isinstance(pg, dict) or not isinstance(q, dict):
        return 400, "application/json;charset=UTF-8", json.dumps(
            {"code": 400, "msg": "请求参数格式错误", "data": None}, ensure_ascii=False)
    try:
        current, size = int(pg.get("current", 1)), int(pg.get("size", 10))
    except (TypeError, ValueError):
        return 400, "application/json;charset=UTF-8", '{"code":400,"msg":"分页参数错误"}'
    rows = RECORDS if q.get("channelCode") == "fzzfjsndbg" else []
    size = max(1, min(size, 50))
    pages = max(1, -(-len(rows) // size))
    data = {"records": rows[(current - 1) * size: current * size], "total": len(rows),
            "size": size, "current": current, "pages": pages}
    return 200, "application/json;charset=UTF-8", json.dumps(
        {"code": 200, "msg": "操作成功", "data": data}, ensure_ascii=False)
