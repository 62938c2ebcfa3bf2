"""Hanweb JCMS jpage dataproxy of www.caohu.gov.cn (replay POST handler, see _replay.json).

POST /module/xxgk/jpage/dataproxy.jsp?startrecord=S&endrecord=E&perpage=P with the jpage ajaxParam as form fields
(col, appid, webid, path, columnid, sourceContentType, unitid, webname, permissiontype).
Answers <datastore> XML with records S..E of column 5128; like the real server it hands out
at most one page (perPage x groupSize = 8 records) per call, so a client must keep asking
until it has <totalrecord> records.
"""

COLUMN, UNIT, MAX_PER_CALL = "5128", "40117", 8
NEXTGROUP = '<a href="/module/xxgk/jpage/dataproxy.jsp?page=1&appid=1&webid=23&path=/&columnid=5128&unitid=40117&webname=漕湖区人民政府&permissiontype=0"></a>'
RECORDS = [
    '<record><![CDATA[<li><a href="/art/2026/3/10/art_5128_3061842.html" target="_blank" title="漕湖区人民政府办公室关于印发《漕湖区2026年法治政府建设工作要点》的通知">漕湖区人民政府办公室关于印发《漕湖区20...</a><span class="bt-data-time">[2026-03-10]</span></li>]]></record>',
    '<record><![CDATA[<li><a href="/art/2026/2/6/art_5128_3058177.html" target="_blank" title="《漕湖区2025年度法治政府建设情况报告》解读">《漕湖区2025年度法治政府建设情况报告...</a><span class="bt-data-time">[2026-02-06]</span></li>]]></record>',
    '<record><![CDATA[<li><a href="/art/2026/2/6/art_5128_3058160.html" target="_blank" title="漕湖区2025年度法治政府建设情况报告">漕湖区2025年度法治政府建设情况报告</a><span class="bt-data-time">[2026-02-06]</span></li>]]></record>',
    '<record><![CDATA[<li><a href="/art/2026/1/22/art_5128_3055309.html" target="_blank" title="漕湖区人民政府2025年政府信息公开工作年度报告">漕湖区人民政府2025年政府信息公开工作...</a><span class="bt-data-time">[2026-01-22]</span></li>]]></record>',
    '<record><![CDATA[<li><a href="/art/2025/11/14/art_5128_3047722.html" target="_blank">漕湖区召开全面依法治区委员会会议暨法治政...</a><span class="bt-data-time">[2025-11-14]</span></li>]]></record>',
    '<record><![CDATA[<li><a href="/art/2025/2/18/art_5128_2981231.html" target="_blank" title="漕湖区人民政府关于2024年度法治政府建设情况的报告">漕湖区人民政府关于2024年度法治政府建...</a><span class="bt-data-time">[2025-02-18]</span></li>]]></record>',
    '<record><![CDATA[<li><a href="/art/2025/1/21/art_5128_2978840.html" target="_blank" title="漕湖区人民政府2024年政府信息公开工作年度报告">漕湖区人民政府2024年政府信息公开工作...</a><span class="bt-data-time">[2025-01-21]</span></li>]]></record>',
    '<record><![CDATA[<li><a href="/art/2024/12/2/art_5128_2969115.html" target="_blank">漕湖区召开2024年度法治政府建设工作推...</a><span class="bt-data-time">[2024-12-02]</span></li>]]></record>',
    '<record><![CDATA[<li><a href="/art/2024/4/9/art_5128_2912034.html" target="_blank">漕湖区人民政府办公室关于印发《漕湖区20...</a><span class="bt-data-time">[2024-04-09]</span></li>]]></record>',
    '<record><![CDATA[<li><a href="/art/2024/2/27/art_5128_2903377.html" target="_blank" title="图文解读：漕湖区2023年度法治政府建设情况报告">图文解读：漕湖区2023年度法治政府建设...</a><span class="bt-data-time">[2024-02-27]</span></li>]]></record>',
    '<record><![CDATA[<li><a href="/art/2024/2/26/art_5128_2903301.html" target="_blank" title="漕湖区2023年度法治政府建设情况报告">漕湖区2023年度法治政府建设情况报告</a><span class="bt-data-time">[2024-02-26]</span></li>]]></record>',
    '<record><![CDATA[<li><a href="/art/2024/1/19/art_5128_2899612.html" target="_blank" title="漕湖区人民政府2023年政府信息公开工作年度报告">漕湖区人民政府2023年政府信息公开工作...</a><span class="bt-data-time">[2024-01-19]</span></li>]]></record>',
    '<record><![CDATA[<li><a href="/art/2023/8/8/art_5128_2861045.html" target="_blank">漕湖区人民政府办公室关于开展2023年度...</a><span class="bt-data-time">[2023-08-08]</span></li>]]></record>',
    '<record><![CDATA[<li><a href="/art/2023/5/10/art_5128_2840733.html" target="_blank" title="关于2022年度全区法治政府建设考核结果的通报">关于2022年度全区法治政府建设考核结果...</a><span class="bt-data-time">[2023-05-10]</span></li>]]></record>',
    '<record><![CDATA[<li><a href="/attach/0/6d77cbc6d2eebf7520a503cb9ed24250.pdf" target="_blank" title="漕湖区2022年度法治政府建设情况报告">漕湖区2022年度法治政府建设情况报告</a><span class="bt-data-time">[2023-02-14]</span></li>]]></record>',
    '<record><![CDATA[<li><a href="/art/2023/1/17/art_5128_2826654.html" target="_blank" title="漕湖区人民政府2022年政府信息公开工作年度报告">漕湖区人民政府2022年政府信息公开工作...</a><span class="bt-data-time">[2023-01-17]</span></li>]]></record>',
    '<record><![CDATA[<li><a href="/art/2022/6/20/art_5128_2790158.html" target="_blank">漕湖区召开全面依法治区委员会第三次会议</a><span class="bt-data-time">[2022-06-20]</span></li>]]></record>',
    '<record><![CDATA[<li><a href="/art/2022/3/15/art_5128_2771402.html" target="_blank">漕湖区人民政府办公室关于印发《漕湖区20...</a><span class="bt-data-time">[2022-03-15]</span></li>]]></record>',
    '<record><![CDATA[<li><a href="/attach/0/298b69dbef3aeb37329aceca2e4e664d.pdf" target="_blank">漕湖区人民政府关于2021年度法治政府建...</a><span class="bt-data-time">[2022-02-25]</span></li>]]></record>',
    '<record><![CDATA[<li><a href="/art/2022/1/20/art_5128_2764310.html" target="_blank" title="漕湖区人民政府2021年政府信息公开工作年度报告">漕湖区人民政府2021年政府信息公开工作...</a><span class="bt-data-time">[2022-01-20]</span></li>]]></record>',
    '<record><![CDATA[<li><a href="/art/2021/9/3/art_5128_2738871.html" target="_blank">漕湖区召开2021年法治政府建设工作会议</a><span class="bt-data-time">[2021-09-03]</span></li>]]></record>',
    '<record><![CDATA[<li><a href="/art/2021/4/16/art_5128_2712590.html" target="_blank">漕湖区人民政府办公室关于印发《漕湖区20...</a><span class="bt-data-time">[2021-04-16]</span></li>]]></record>',
    '<record><![CDATA[<li><a href="/art/2021/3/5/art_5128_2706644.html" target="_blank" title="漕湖区2020年度法治政府建设情况报告">漕湖区2020年度法治政府建设情况报告</a><span class="bt-data-time">[2021-03-05]</span></li>]]></record>',
    '<record><![CDATA[<li><a href="/art/2021/1/22/art_5128_2702117.html" target="_blank" title="漕湖区人民政府2020年政府信息公开工作年度报告">漕湖区人民政府2020年政府信息公开工作...</a><span class="bt-data-time">[2021-01-22]</span></li>]]></record>',
    '<record><![CDATA[<li><a href="/art/2020/6/11/art_5128_2655308.html" target="_blank">漕湖区人民政府办公室关于开展2020年度...</a><span class="bt-data-time">[2020-06-11]</span></li>]]></record>',
    '<record><![CDATA[<li><a href="/art/2020/3/20/art_5128_2641902.html" target="_blank" title="关于漕湖区2019年度法治政府建设情况的报告">关于漕湖区2019年度法治政府建设情况的...</a><span class="bt-data-time">[2020-03-20]</span></li>]]></record>',
    '<record><![CDATA[<li><a href="/art/2020/1/16/art_5128_2632275.html" target="_blank" title="漕湖区人民政府2019年政府信息公开工作年度报告">漕湖区人民政府2019年政府信息公开工作...</a><span class="bt-data-time">[2020-01-16]</span></li>]]></record>',
]


def dataproxy(query, form):
    def get(key, default=""):
        return query.get(key) or form.get(key) or default

    head = '<?xml version="1.0" encoding="UTF-8"?>\n<datastore>\n'
    if get("columnid") != COLUMN:
        return 200, "text/xml;charset=UTF-8", head + "<totalrecord>0</totalrecord>\n<recordset>\n</recordset>\n</datastore>\n"
    try:
        per = int(get("perpage", str(MAX_PER_CALL)))
        start = max(1, int(get("startrecord", "1")))
        end = int(get("endrecord", str(start + per - 1)))
    except ValueError:
        return 400, "text/html;charset=UTF-8", "<html><body><h1>400 Bad Request</h1></body></html>"
    end = min(end, start + MAX_PER_CALL - 1, len(RECORDS))
    total = len(RECORDS)
    body = (head + f"<nextgroup><![CDATA[{NEXTGROUP}]]></nextgroup>\n"
            f"<totalrecord>{total}</totalrecord>\n<totalpage>{-(-total // MAX_PER_CALL)}</totalpage>\n<recordset>\n"
            + "\n".join(RECORDS[start - 1:end]) + "\n</recordset>\n</datastore>\n")
    return 200, "text/xml;charset=UTF-8", body
