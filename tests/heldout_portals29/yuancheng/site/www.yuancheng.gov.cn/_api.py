"""The signed list API of www.yuancheng.gov.cn: form fields channelId,
pageNo, pageSize, ts, sign; sign = sha256 of the sorted "k=v" pairs joined by & plus
"&key=<secret>"."""
import hashlib
import json

SECRET = 'yc#gov@2023'
RECORDS = json.loads('[{"id": 9100, "title": "《芫城市人民政府关于2025年度法治政府建设情况的报告》解读", "url": "/zwgk/fzzfjsndbg/202603/t20260320_70914.html", "publishDate": "2026-03-20"}, {"id": 9101, "title": "芫城市人民政府关于2025年度法治政府建设情况的报告", "url": "/zwgk/fzzfjsndbg/202603/t20260316_71204.html", "publishDate": "2026-03-16"}, {"id": 9102, "title": "芫城市人民政府2024年度法治政府建设年度报告", "url": "/zwgk/fzzfjsndbg/202503/t20250312_71215.html", "publishDate": "2025-03-12"}, {"id": 9103, "title": "芫城市2025年法治政府建设工作要点", "url": "/zwgk/fzzfjsndbg/202502/t20250218_70928.html", "publishDate": "2025-02-18"}, {"id": 9104, "title": "芫城市人民政府2024年政府信息公开工作年度报告", "url": "/zwgk/fzzfjsndbg/202501/t20250124_70921.html", "publishDate": "2025-01-24"}, {"id": 9105, "title": "芫城市2023—2024年度法治宣传教育工作总结", "url": "/zwgk/fzzfjsndbg/202412/t20241226_70963.html", "publishDate": "2024-12-26"}, {"id": 9106, "title": "关于报送2024年度法治政府建设情况报告的通知", "url": "/zwgk/fzzfjsndbg/202412/t20241210_70935.html", "publishDate": "2024-12-10"}, {"id": 9107, "title": "芫城市开展2024年“宪法宣传周”系列活动", "url": "/zwgk/fzzfjsndbg/202412/t20241205_70956.html", "publishDate": "2024-12-05"}, {"id": 9108, "title": "芫城市召开全面依法治县委员会第五次会议", "url": "/zwgk/fzzfjsndbg/202411/t20241106_70942.html", "publishDate": "2024-11-06"}, {"id": 9109, "title": "芫城市人民政府关于2023年法治政府建设工作情况的报告", "url": "/zwgk/fzzfjsndbg/202403/t20240315_71226.html", "publishDate": "2024-03-15"}, {"id": 9110, "title": "芫城市法治政府建设示范创建实施方案（2021—2025年）", "url": "/zwgk/fzzfjsndbg/202307/t20230714_70949.html", "publishDate": "2023-07-14"}, {"id": 9111, "title": "芫城市2022年法治政府建设工作报告", "url": "/zwgk/fzzfjsndbg/202303/t20230310_71237.html", "publishDate": "2023-03-10"}, {"id": 9112, "title": "芫城市人民政府关于2021年度法治政府建设情况的报告", "url": "/zwgk/fzzfjsndbg/202203/t20220318_71248.html", "publishDate": "2022-03-18"}]')
KEYS = ("channelId", "pageNo", "pageSize", "ts")


def listing(query, form):
    def answer(body):
        return 200, "application/json; charset=utf-8", json.dumps(body, ensure_ascii=False)
    if any(k not in form for k in KEYS + ("sign",)):
        return answer({"code": 1003, "msg": "请求参数缺失", "data": None})
    raw = "&".join(k + "=" + form[k] for k in sorted(KEYS)) + "&key=" + SECRET
    right = hashlib.sha256(raw.encode("utf-8")).hexdigest()
    if form["sign"] != right or form["channelId"] != "1207":
        return answer({"code": 1002, "msg": "签名校验错误", "data": None})
    size, page = max(1, int(form["pageSize"])), max(1, int(form["pageNo"]))
    pages = (len(RECORDS) + size - 1) // size
    rows = RECORDS[(page - 1) * size: page * size]
    return answer({"code": 200, "msg": "success", "data": {"records": rows, "total": len(RECORDS),
                   "current": page, "size": size, "pages": pages}})
