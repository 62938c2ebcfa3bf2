"""gouping's list API: POST form channelId, pageNo, pageSize, timestamp (ms)."""
import json

ITEMS = [
 {
  "id": 61000,
  "title": "枸坪县2026年法治政府建设工作要点",
  "url": "/zwgk/fzzfjsndbg/202604/t20260415_61000.html",
  "publishDate": "2026-04-15 10:00:00",
  "source": "枸坪县人民政府"
 },
 {
  "id": 61011,
  "title": "《枸坪县人民政府2025年度法治政府建设年度报告》解读",
  "url": "/zwgk/fzzfjsndbg/202603/t20260328_61011.html",
  "publishDate": "2026-03-28 10:00:00",
  "source": "枸坪县人民政府"
 },
 {
  "id": 61022,
  "title": "枸坪县人民政府2025年度法治政府建设年度报告",
  "url": "/zwgk/fzzfjsndbg/202602/t20260226_61022.html",
  "publishDate": "2026-02-26 10:00:00",
  "source": "枸坪县人民政府"
 },
 {
  "id": 61033,
  "title": "枸坪县人民政府2025年政府信息公开工作年度报告",
  "url": "/zwgk/fzzfjsndbg/202601/t20260120_61033.html",
  "publishDate": "2026-01-20 10:00:00",
  "source": "枸坪县人民政府"
 },
 {
  "id": 61044,
  "title": "关于报送2025年度法治政府建设情况报告的通知",
  "url": "/zwgk/fzzfjsndbg/202601/t20260108_61044.html",
  "publishDate": "2026-01-08 10:00:00",
  "source": "枸坪县人民政府"
 },
 {
  "id": 61055,
  "title": "枸坪县开展“宪法宣传周”系列活动",
  "url": "/zwgk/fzzfjsndbg/202512/t20251206_61055.html",
  "publishDate": "2025-12-06 10:00:00",
  "source": "枸坪县人民政府"
 },
 {
  "id": 61066,
  "title": "枸坪县召开2025年法治政府建设工作推进会",
  "url": "/zwgk/fzzfjsndbg/202506/t20250618_61066.html",
  "publishDate": "2025-06-18 10:00:00",
  "source": "枸坪县人民政府"
 },
 {
  "id": 61077,
  "title": "枸坪县人民政府关于2024年法治政府建设工作情况的报告",
  "url": "/zwgk/fzzfjsndbg/202502/t20250221_61077.html",
  "publishDate": "2025-02-21 10:00:00",
  "source": "枸坪县人民政府"
 },
 {
  "id": 61088,
  "title": "枸坪县人民政府2024年政府信息公开工作年度报告",
  "url": "/zwgk/fzzfjsndbg/202501/t20250122_61088.html",
  "publishDate": "2025-01-22 10:00:00",
  "source": "枸坪县人民政府"
 },
 {
  "id": 61099,
  "title": "枸坪县人民政府2023年法治政府建设工作报告",
  "url": "/zwgk/fzzfjsndbg/202403/t20240326_61099.html",
  "publishDate": "2024-03-26 10:00:00",
  "source": "枸坪县人民政府"
 },
 {
  "id": 61110,
  "title": "枸坪县2022—2023年度法治宣传教育工作总结",
  "url": "/zwgk/fzzfjsndbg/202401/t20240112_61110.html",
  "publishDate": "2024-01-12 10:00:00",
  "source": "枸坪县人民政府"
 },
 {
  "id": 61121,
  "title": "关于公布枸坪县行政执法主体名单的公告",
  "url": "/zwgk/fzzfjsndbg/202307/t20230702_61121.html",
  "publishDate": "2023-07-02 10:00:00",
  "source": "枸坪县人民政府"
 },
 {
  "id": 61132,
  "title": "枸坪县人民政府关于2022年度法治政府建设情况的报告",
  "url": "/zwgk/fzzfjsndbg/202302/t20230224_61132.html",
  "publishDate": "2023-02-24 10:00:00",
  "source": "枸坪县人民政府"
 },
 {
  "id": 61143,
  "title": "枸坪县人民政府2021年度法治政府建设年度报告",
  "url": "/zwgk/fzzfjsndbg/202203/t20220322_61143.html",
  "publishDate": "2022-03-22 10:00:00",
  "source": "枸坪县人民政府"
 },
 {
  "id": 61154,
  "title": "枸坪县法治政府建设示范创建实施方案（2021—2025年）",
  "url": "/zwgk/fzzfjsndbg/202109/t20210910_61154.html",
  "publishDate": "2021-09-10 10:00:00",
  "source": "枸坪县人民政府"
 }
]
CHANNEL = "6021"


def listing(query, form):
    stamp = form.get("timestamp") or form.get("_") or ""
    if not stamp.isdigit() or len(stamp) < 10:
        return 403, "application/json;charset=UTF-8", json.dumps(
            {"code": 403, "msg": "非法请求：时间戳无效", "data": None}, ensure_ascii=False)
    if form.get("channelId") != CHANNEL:
        return 200, "application/json;charset=UTF-8", json.dumps(
            {"code": 200, "msg": "success", "data": {"total": 0, "records": []}})
    page, size = int(form.get("pageNo") or 1), int(form.get("pageSize") or 6)
    rows = ITEMS[(page - 1) * size: page * size]
    data = {"total": len(ITEMS), "pageNo": page, "pageSize": size,
            "pages": -(-len(ITEMS) // size), "records": rows}
    return 200, "application/json;charset=UTF-8", json.dumps(
        {"code": 200, "msg": "success", "data": data}, ensure_ascii=False)
