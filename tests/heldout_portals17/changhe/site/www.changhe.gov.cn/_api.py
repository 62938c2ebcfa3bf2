"""Epoint WebBuilder getPageInfoListNew: form (or query) field params = JSON
{siteGuid, categoryNum, kw, startDate, endDate, pageIndex (from 0), pageSize}."""
import json

RECORDS = [
 {
  "categorynum": "002005003",
  "infotype": "News",
  "infoid": "e0718f7e-fb2a-fade-3fdc-ca2537f548de",
  "title": "菖河县人民政府2026年法治政府建设工作要点",
  "infodate": "2026-04-15",
  "infourl": "/xxgk/002005/002005003/20260415/e0718f7e-fb2a-fade-3fdc-ca2537f548de.html",
  "zhuanzai": ""
 },
 {
  "categorynum": "002005003",
  "infotype": "News",
  "infoid": "2cd2fd4c-c093-e70d-9d80-1a49f0ea8129",
  "title": "《菖河县人民政府关于2025年度法治政府建设情况的报告》解读",
  "infodate": "2026-03-29",
  "infourl": "/xxgk/002005/002005003/20260329/2cd2fd4c-c093-e70d-9d80-1a49f0ea8129.html",
  "zhuanzai": ""
 },
 {
  "categorynum": "002005003",
  "infotype": "News",
  "infoid": "3e9c638b-091d-26a0-df7b-cf9b12f6ed12",
  "title": "菖河县人民政府关于2025年度法治政府建设情况的报告",
  "infodate": "2026-03-13",
  "infourl": "/xxgk/002005/002005003/20260313/3e9c638b-091d-26a0-df7b-cf9b12f6ed12.html",
  "zhuanzai": ""
 },
 {
  "categorynum": "002005003",
  "infotype": "News",
  "infoid": "27f58ff6-b049-97c3-64da-e4f24f681bda",
  "title": "菖河县人民政府2025年政府信息公开工作年度报告",
  "infodate": "2026-01-20",
  "infourl": "/xxgk/002005/002005003/20260120/27f58ff6-b049-97c3-64da-e4f24f681bda.html",
  "zhuanzai": ""
 },
 {
  "categorynum": "002005003",
  "infotype": "News",
  "infoid": "5e1c1085-56ed-904e-dcfa-2b929530143f",
  "title": "菖河县人民政府召开法治政府建设工作推进会",
  "infodate": "2025-06-18",
  "infourl": "/xxgk/002005/002005003/20250618/5e1c1085-56ed-904e-dcfa-2b929530143f.html",
  "zhuanzai": ""
 },
 {
  "categorynum": "002005003",
  "infotype": "News",
  "infoid": "79cacb5a-0e11-0ab5-fe9d-a3c1db140542",
  "title": "菖河县人民政府2024年度法治政府建设年度报告",
  "infodate": "2025-02-27",
  "infourl": "/xxgk/002005/002005003/20250227/79cacb5a-0e11-0ab5-fe9d-a3c1db140542.html",
  "zhuanzai": ""
 },
 {
  "categorynum": "002005003",
  "infotype": "News",
  "infoid": "312e000c-b332-4e40-388a-808753dcc4ef",
  "title": "菖河县人民政府2024年政府信息公开工作年度报告",
  "infodate": "2025-01-22",
  "infourl": "/xxgk/002005/002005003/20250122/312e000c-b332-4e40-388a-808753dcc4ef.html",
  "zhuanzai": ""
 },
 {
  "categorynum": "002005003",
  "infotype": "News",
  "infoid": "b05758e4-5b51-8067-1c6f-25228bc853c0",
  "title": "关于报送2024年度法治政府建设情况报告的通知",
  "infodate": "2025-01-08",
  "infourl": "/xxgk/002005/002005003/20250108/b05758e4-5b51-8067-1c6f-25228bc853c0.html",
  "zhuanzai": ""
 },
 {
  "categorynum": "002005003",
  "infotype": "News",
  "infoid": "44ab1b2d-4950-0e07-06cc-577a24d57a36",
  "title": "菖河县人民政府2022—2023年度法治宣传教育工作总结",
  "infodate": "2024-12-28",
  "infourl": "/xxgk/002005/002005003/20241228/44ab1b2d-4950-0e07-06cc-577a24d57a36.html",
  "zhuanzai": ""
 },
 {
  "categorynum": "002005003",
  "infotype": "News",
  "infoid": "48a44536-7324-2cbe-2437-638624cc84ca",
  "title": "菖河县人民政府开展“宪法宣传周”主题活动",
  "infodate": "2024-12-06",
  "infourl": "/xxgk/002005/002005003/20241206/48a44536-7324-2cbe-2437-638624cc84ca.html",
  "zhuanzai": ""
 },
 {
  "categorynum": "002005003",
  "infotype": "News",
  "infoid": "c502e69c-0385-6fc0-165a-2bf14cd636aa",
  "title": "菖河县人民政府关于2023年法治政府建设工作情况的报告",
  "infodate": "2024-02-17",
  "infourl": "/xxgk/002005/002005003/20240217/c502e69c-0385-6fc0-165a-2bf14cd636aa.html",
  "zhuanzai": ""
 },
 {
  "categorynum": "002005003",
  "infotype": "News",
  "infoid": "400a99ce-ee43-ac35-cb15-b96ba3512102",
  "title": "菖河县人民政府关于2022年度法治政府建设情况的报告",
  "infodate": "2023-01-23",
  "infourl": "/xxgk/002005/002005003/20230123/400a99ce-ee43-ac35-cb15-b96ba3512102.html",
  "zhuanzai": ""
 },
 {
  "categorynum": "002005003",
  "infotype": "News",
  "infoid": "f3cd0faf-f714-9bf2-d336-ed867a3b8b0c",
  "title": "菖河县人民政府2021年度法治政府建设年度报告",
  "infodate": "2022-03-17",
  "infourl": "/xxgk/002005/002005003/20220317/f3cd0faf-f714-9bf2-d336-ed867a3b8b0c.html",
  "zhuanzai": ""
 },
 {
  "categorynum": "002005003",
  "infotype": "News",
  "infoid": "34258730-d017-540a-db33-ef881eb8dba2",
  "title": "菖河县人民政府关于2020年法治政府建设工作情况的报告",
  "infodate": "2021-03-14",
  "infourl": "/xxgk/002005/002005003/20210314/34258730-d017-540a-db33-ef881eb8dba2.html",
  "zhuanzai": ""
 }
]
GUID = "5d2c8b7e-41a6-4f0e-9c3b-7a1e2f6d0c58"
CAT = "002005003"


def listing(query, form):
    raw = form.get("params") or query.get("params") or "{}"
    try:
        params = json.loads(raw)
        index = int(params.get("pageIndex", 0))
        size = int(params.get("pageSize", 10))
    except (ValueError, TypeError, AttributeError):
        return 200, "application/json;charset=UTF-8", json.dumps({"controls": [], "custom": {"count": 0, "infodata": []}})
    rows = RECORDS if params.get("siteGuid") == GUID and params.get("categoryNum") == CAT else []
    size = max(1, min(size, 50))
    page = rows[index * size:(index + 1) * size] if index >= 0 else []
    body = {"controls": [], "custom": {"count": len(rows), "infodata": page}}
    return 200, "application/json;charset=UTF-8", json.dumps(body, ensure_ascii=False)
