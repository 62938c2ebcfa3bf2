"""POST /api/list for sfj.wutong.gov.cn: a window of the 法治政府建设 channel (channelCode=fzzfjs), newest first.

Called by the replay server as listing(query, form) -> (status, content_type, body).
"""
import json

CHANNEL = "fzzfjs"
RECORDS = [
 {
  "id": 21377,
  "title": "梧桐县2025年全面依法治县工作要点",
  "url": "/xxgk/fdzdgknr/fzzfjs/202503/content_21377.html",
  "publishTime": "2025-03-12 09:30:00",
  "source": "梧桐县司法局",
  "channelName": "法治政府建设"
 },
 {
  "id": 21190,
  "title": "《梧桐县人民政府2024年法治政府建设年度报告》解读",
  "url": "/xxgk/fdzdgknr/fzzfjs/202502/content_21190.html",
  "publishTime": "2025-02-20 09:30:00",
  "source": "梧桐县司法局",
  "channelName": "法治政府建设"
 },
 {
  "id": 21176,
  "title": "梧桐县人民政府2024年法治政府建设年度报告",
  "url": "/xxgk/fdzdgknr/fzzfjs/202502/content_21176.html",
  "publishTime": "2025-02-18 09:30:00",
  "source": "梧桐县人民政府",
  "channelName": "法治政府建设"
 },
 {
  "id": 21034,
  "title": "梧桐县司法局2024年度法治政府建设工作情况报告",
  "url": "/xxgk/fdzdgknr/fzzfjs/202501/content_21034.html",
  "publishTime": "2025-01-21 09:30:00",
  "source": "梧桐县司法局",
  "channelName": "法治政府建设"
 },
 {
  "id": 20987,
  "title": "梧桐县司法局2024年政府信息公开工作年度报告",
  "url": "/xxgk/fdzdgknr/fzzfjs/202501/content_20987.html",
  "publishTime": "2025-01-15 09:30:00",
  "source": "梧桐县司法局",
  "channelName": "法治政府建设"
 },
 {
  "id": 20802,
  "title": "关于征集2025年度重大行政决策事项的公告",
  "url": "/xxgk/fdzdgknr/fzzfjs/202412/content_20802.html",
  "publishTime": "2024-12-02 09:30:00",
  "source": "梧桐县司法局",
  "channelName": "法治政府建设"
 },
 {
  "id": 20711,
  "title": "梧桐县获评第三批省级法治政府建设示范县",
  "url": "/xxgk/fdzdgknr/fzzfjs/202411/content_20711.html",
  "publishTime": "2024-11-20 09:30:00",
  "source": "梧桐县司法局",
  "channelName": "法治政府建设"
 },
 {
  "id": 20544,
  "title": "关于开展2024年度行政执法案卷评查工作的通知",
  "url": "/xxgk/fdzdgknr/fzzfjs/202410/content_20544.html",
  "publishTime": "2024-10-09 09:30:00",
  "source": "梧桐县司法局",
  "channelName": "法治政府建设"
 },
 {
  "id": 20236,
  "title": "我县召开全面依法治县委员会第五次会议",
  "url": "/xxgk/fdzdgknr/fzzfjs/202407/content_20236.html",
  "publishTime": "2024-07-24 09:30:00",
  "source": "梧桐县司法局",
  "channelName": "法治政府建设"
 },
 {
  "id": 19811,
  "title": "梧桐县2024年法治政府建设工作要点",
  "url": "/xxgk/fdzdgknr/fzzfjs/202403/content_19811.html",
  "publishTime": "2024-03-20 09:30:00",
  "source": "梧桐县司法局",
  "channelName": "法治政府建设"
 },
 {
  "id": 19604,
  "title": "梧桐县人民政府2023年法治政府建设年度报告",
  "url": "/xxgk/fdzdgknr/fzzfjs/202402/content_19604.html",
  "publishTime": "2024-02-23 09:30:00",
  "source": "梧桐县人民政府",
  "channelName": "法治政府建设"
 },
 {
  "id": 19522,
  "title": "县司法局2023年度法治政府建设工作情况报告解读",
  "url": "/xxgk/fdzdgknr/fzzfjs/202401/content_19522.html",
  "publishTime": "2024-01-30 09:30:00",
  "source": "梧桐县司法局",
  "channelName": "法治政府建设"
 },
 {
  "id": 19497,
  "title": "梧桐县司法局2023年度法治政府建设工作情况报告",
  "url": "/xxgk/fdzdgknr/fzzfjs/202401/content_19497.html",
  "publishTime": "2024-01-26 09:30:00",
  "source": "梧桐县司法局",
  "channelName": "法治政府建设"
 },
 {
  "id": 19433,
  "title": "梧桐县司法局2023年政府信息公开工作年度报告",
  "url": "/xxgk/fdzdgknr/fzzfjs/202401/content_19433.html",
  "publishTime": "2024-01-18 09:30:00",
  "source": "梧桐县司法局",
  "channelName": "法治政府建设"
 },
 {
  "id": 19391,
  "title": "县政府常务会议专题学习新修订的《中华人民共和国行政复议法》",
  "url": "/xxgk/fdzdgknr/fzzfjs/202401/content_19391.html",
  "publishTime": "2024-01-10 09:30:00",
  "source": "梧桐县司法局",
  "channelName": "法治政府建设"
 },
 {
  "id": 19208,
  "title": "关于报送2023年度法治政府建设情况报告的通知",
  "url": "/xxgk/fdzdgknr/fzzfjs/202312/content_19208.html",
  "publishTime": "2023-12-15 09:30:00",
  "source": "梧桐县司法局",
  "channelName": "法治政府建设"
 },
 {
  "id": 19122,
  "title": "县司法局开展“宪法宣传周”系列活动",
  "url": "/xxgk/fdzdgknr/fzzfjs/202312/content_19122.html",
  "publishTime": "2023-12-06 09:30:00",
  "source": "梧桐县司法局",
  "channelName": "法治政府建设"
 },
 {
  "id": 18570,
  "title": "梧桐县司法局关于公开招聘政府法律顾问的公告",
  "url": "/xxgk/fdzdgknr/fzzfjs/202306/content_18570.html",
  "publishTime": "2023-06-14 09:30:00",
  "source": "梧桐县司法局",
  "channelName": "法治政府建设"
 },
 {
  "id": 18233,
  "title": "县司法局2023年度法治建设工作要点",
  "url": "/xxgk/fdzdgknr/fzzfjs/202303/content_18233.html",
  "publishTime": "2023-03-08 09:30:00",
  "source": "梧桐县司法局",
  "channelName": "法治政府建设"
 },
 {
  "id": 18061,
  "title": "梧桐县司法局2022年度法治政府建设工作情况报告",
  "url": "/xxgk/fdzdgknr/fzzfjs/202302/content_18061.html",
  "publishTime": "2023-02-03 09:30:00",
  "source": "梧桐县司法局",
  "channelName": "法治政府建设"
 },
 {
  "id": 17954,
  "title": "梧桐县司法局2022年政府信息公开工作年度报告",
  "url": "/xxgk/fdzdgknr/fzzfjs/202301/content_17954.html",
  "publishTime": "2023-01-20 09:30:00",
  "source": "梧桐县司法局",
  "channelName": "法治政府建设"
 },
 {
  "id": 17902,
  "title": "关于做好2022年度法治政府建设年度报告公开工作的通知",
  "url": "/xxgk/fdzdgknr/fzzfjs/202301/content_17902.html",
  "publishTime": "2023-01-05 09:30:00",
  "source": "梧桐县司法局",
  "channelName": "法治政府建设"
 },
 {
  "id": 17655,
  "title": "县司法局举办2022年度行政执法人员培训班",
  "url": "/xxgk/fdzdgknr/fzzfjs/202211/content_17655.html",
  "publishTime": "2022-11-16 09:30:00",
  "source": "梧桐县司法局",
  "channelName": "法治政府建设"
 },
 {
  "id": 17231,
  "title": "梧桐县司法局关于2021年度法治政府建设工作的报告",
  "url": "/xxgk/fdzdgknr/fzzfjs/202201/content_17231.html",
  "publishTime": "2022-01-27 09:30:00",
  "source": "梧桐县司法局",
  "channelName": "法治政府建设"
 }
]


def listing(query, form):
    params = dict(query)
    params.update(form)
    if params.get("channelCode") != CHANNEL:
        body = {"code": 200, "msg": "success", "total": 0, "pageCount": 0, "pageNo": 1, "pageSize": 10, "data": []}
        return 200, "application/json;charset=UTF-8", json.dumps(body, ensure_ascii=False)
    try:
        page_no = max(1, int(params.get("pageNo") or 1))
        page_size = min(50, max(1, int(params.get("pageSize") or 10)))
    except ValueError:
        return 400, "application/json;charset=UTF-8", '{"code":400,"msg":"参数错误","data":null}'
    total = len(RECORDS)
    page_count = -(-total // page_size)
    start = (page_no - 1) * page_size
    body = {"code": 200, "msg": "success", "total": total, "pageCount": page_count, "pageNo": page_no,
            "pageSize": page_size, "data": RECORDS[start:start + page_size]}
    return 200, "application/json;charset=UTF-8", json.dumps(body, ensure_ascii=False)
