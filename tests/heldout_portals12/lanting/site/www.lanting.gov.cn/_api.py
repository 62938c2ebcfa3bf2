"""The /queryList answer (POST form: current, pageSize, webSiteCode[], channelCode[])."""
import json

RECORDS = [
 {
  "id": 40217,
  "title": "岚汀县人民政府关于2025年度法治政府建设情况的报告",
  "url": "/ltx/fzzfjsndbg/202601/t20260112_40217.html",
  "publishedTime": "2026-01-12 09:30:00",
  "source": "岚汀县人民政府"
 },
 {
  "id": 40250,
  "title": "《岚汀县人民政府2024年度法治政府建设年度报告》解读",
  "url": "/ltx/fzzfjsndbg/202504/t20250402_40250.html",
  "publishedTime": "2025-04-02 09:30:00",
  "source": "岚汀县人民政府"
 },
 {
  "id": 40224,
  "title": "岚汀县人民政府2024年度法治政府建设年度报告",
  "url": "/ltx/fzzfjsndbg/202502/t20250213_40224.html",
  "publishedTime": "2025-02-13 09:30:00",
  "source": "岚汀县人民政府"
 },
 {
  "id": 40255,
  "title": "岚汀县人民政府2024年政府信息公开工作年度报告",
  "url": "/ltx/fzzfjsndbg/202501/t20250120_40255.html",
  "publishedTime": "2025-01-20 09:30:00",
  "source": "岚汀县人民政府"
 },
 {
  "id": 40295,
  "title": "岚汀县2023—2024年度法治宣传教育工作总结",
  "url": "/ltx/fzzfjsndbg/202501/t20250110_40295.html",
  "publishedTime": "2025-01-10 09:30:00",
  "source": "岚汀县人民政府"
 },
 {
  "id": 40270,
  "title": "岚汀县召开2024年法治政府建设工作推进会",
  "url": "/ltx/fzzfjsndbg/202405/t20240516_40270.html",
  "publishedTime": "2024-05-16 09:30:00",
  "source": "岚汀县人民政府"
 },
 {
  "id": 40231,
  "title": "岚汀县人民政府关于2023年法治政府建设工作情况的报告",
  "url": "/ltx/fzzfjsndbg/202403/t20240314_40231.html",
  "publishedTime": "2024-03-14 09:30:00",
  "source": "岚汀县人民政府"
 },
 {
  "id": 40260,
  "title": "岚汀县人民政府2024年法治政府建设工作要点",
  "url": "/ltx/fzzfjsndbg/202403/t20240308_40260.html",
  "publishedTime": "2024-03-08 09:30:00",
  "source": "岚汀县人民政府"
 },
 {
  "id": 40275,
  "title": "岚汀县开展“宪法宣传周”系列活动",
  "url": "/ltx/fzzfjsndbg/202312/t20231206_40275.html",
  "publishedTime": "2023-12-06 09:30:00",
  "source": "岚汀县人民政府"
 },
 {
  "id": 40265,
  "title": "关于报送2023年度法治政府建设情况报告的通知",
  "url": "/ltx/fzzfjsndbg/202312/t20231205_40265.html",
  "publishedTime": "2023-12-05 09:30:00",
  "source": "岚汀县人民政府"
 },
 {
  "id": 40238,
  "title": "岚汀县人民政府2022年法治政府建设工作报告",
  "url": "/ltx/fzzfjsndbg/202301/t20230115_40238.html",
  "publishedTime": "2023-01-15 09:30:00",
  "source": "岚汀县人民政府"
 },
 {
  "id": 40285,
  "title": "关于公布岚汀县行政执法主体名单的公告",
  "url": "/ltx/fzzfjsndbg/202209/t20220914_40285.html",
  "publishedTime": "2022-09-14 09:30:00",
  "source": "岚汀县人民政府"
 },
 {
  "id": 40280,
  "title": "岚汀县法治政府建设示范创建实施方案",
  "url": "/ltx/fzzfjsndbg/202206/t20220610_40280.html",
  "publishedTime": "2022-06-10 09:30:00",
  "source": "岚汀县人民政府"
 },
 {
  "id": 40245,
  "title": "岚汀县人民政府关于2021年度法治政府建设情况的报告",
  "url": "/ltx/fzzfjsndbg/202202/t20220216_40245.html",
  "publishedTime": "2022-02-16 09:30:00",
  "source": "岚汀县人民政府"
 },
 {
  "id": 40290,
  "title": "岚汀县人民政府2021年政府信息公开工作年度报告",
  "url": "/ltx/fzzfjsndbg/202201/t20220125_40290.html",
  "publishedTime": "2022-01-25 09:30:00",
  "source": "岚汀县人民政府"
 }
]


def query_list(query, form):
    if form.get("channelCode[]") != "fzzfjsndbg" or form.get("webSiteCode[]") != "ltx":
        return 200, "application/json;charset=UTF-8", json.dumps({"code": 200, "msg": "success",
            "data": {"total": 0, "current": 1, "size": 10, "pages": 0, "records": []}})
    current, size = int(form.get("current") or 1), int(form.get("pageSize") or 10)
    rows = RECORDS[(current - 1) * size:current * size]
    pages = (len(RECORDS) + size - 1) // size
    return 200, "application/json;charset=UTF-8", json.dumps({"code": 200, "msg": "success",
        "data": {"total": len(RECORDS), "current": current, "size": size, "pages": pages, "records": rows}},
        ensure_ascii=False)
