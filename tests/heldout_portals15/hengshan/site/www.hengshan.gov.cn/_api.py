"""yearList.do: one publication year's rows of the column as an HTML fragment."""

FRAGS = {
 "2025": "<ul class=\"list\">\n<li><a href=\"/zwgk/fzzfjs/ndbg/202504/t20250427_88100.html\" target=\"_blank\" title=\"蘅山区2025年法治政府建设工作要点\">蘅山区2025年法治政府建设工作要点</a><span class=\"time\">2025-04-27</span></li>\n<li><a href=\"/zwgk/fzzfjs/ndbg/202504/t20250416_88113.html\" target=\"_blank\" title=\"蘅山区召开2025年法治政府建设工作推进会\">蘅山区召开2025年法治政府建设工作推进会</a><span class=\"time\">2025-04-16</span></li>\n<li><a href=\"/zwgk/fzzfjs/ndbg/202502/t20250218_88126.html\" target=\"_blank\" title=\"《蘅山区人民政府2024年度法治政府建设年度报告》解读\">《蘅山区人民政府2024年度法治政府建设年度报告》解读</a><span class=\"time\">2025-02-18</span></li>\n<li><a href=\"/zwgk/fzzfjs/ndbg/202502/t20250217_88139.html\" target=\"_blank\" title=\"蘅山区人民政府2024年度法治政府建设年度报告\">蘅山区人民政府2024年度法治政府建设年度报告</a><span class=\"time\">2025-02-17</span></li>\n<li><a href=\"/zwgk/fzzfjs/ndbg/202501/t20250116_88152.html\" target=\"_blank\" title=\"蘅山区人民政府关于公布行政执法主体名单的公告\">蘅山区人民政府关于公布行政执法主体名单的公告</a><span class=\"time\">2025-01-16</span></li>\n<li><a href=\"/zwgk/fzzfjs/ndbg/202501/t20250111_88165.html\" target=\"_blank\" title=\"关于报送2024年度法治政府建设情况报告的通知\">关于报送2024年度法治政府建设情况报告的通知</a><span class=\"time\">2025-01-11</span></li>\n</ul>",
 "2024": "<ul class=\"list\">\n<li><a href=\"/zwgk/fzzfjs/ndbg/202409/t20240922_88178.html\" target=\"_blank\" title=\"蘅山区人民政府2023年政府信息公开工作年度报告\">蘅山区人民政府2023年政府信息公开工作年度报告</a><span class=\"time\">2024-09-22</span></li>\n<li><a href=\"/zwgk/fzzfjs/ndbg/202403/t20240313_88191.html\" target=\"_blank\" title=\"蘅山区人民政府关于2023年度法治政府建设情况的报告\">蘅山区人民政府关于2023年度法治政府建设情况的报告</a><span class=\"time\">2024-03-13</span></li>\n</ul>",
 "2023": "<ul class=\"list\">\n<li><a href=\"/zwgk/fzzfjs/ndbg/202310/t20231018_88204.html\" target=\"_blank\" title=\"蘅山区人民政府2024年政府信息公开工作年度报告\">蘅山区人民政府2024年政府信息公开工作年度报告</a><span class=\"time\">2023-10-18</span></li>\n<li><a href=\"/zwgk/fzzfjs/ndbg/202302/t20230227_88217.html\" target=\"_blank\" title=\"蘅山区人民政府2022年法治政府建设工作报告\">蘅山区人民政府2022年法治政府建设工作报告</a><span class=\"time\">2023-02-27</span></li>\n</ul>",
 "2022": "<ul class=\"list\">\n<li><a href=\"/zwgk/fzzfjs/ndbg/202212/t20221227_88230.html\" target=\"_blank\" title=\"蘅山区开展“宪法宣传周”系列宣传活动\">蘅山区开展“宪法宣传周”系列宣传活动</a><span class=\"time\">2022-12-27</span></li>\n<li><a href=\"/zwgk/fzzfjs/ndbg/202203/t20220319_88243.html\" target=\"_blank\" title=\"蘅山区人民政府关于2021年法治政府建设工作情况的报告\">蘅山区人民政府关于2021年法治政府建设工作情况的报告</a><span class=\"time\">2022-03-19</span></li>\n</ul>",
 "2021": "<ul class=\"list\">\n<li><a href=\"/zwgk/fzzfjs/ndbg/202103/t20210319_88256.html\" target=\"_blank\" title=\"蘅山区人民政府2020年度法治政府建设年度报告\">蘅山区人民政府2020年度法治政府建设年度报告</a><span class=\"time\">2021-03-19</span></li>\n</ul>"
}


def year_list(query, form):
    """POST year=YYYY&channelId=3307: that year's <ul>; another channel or year: an empty list."""
    if form.get("channelId") != "3307":
        return 200, "text/html;charset=UTF-8", '<ul class="list"></ul>'
    return 200, "text/html;charset=UTF-8", FRAGS.get(form.get("year", ""), '<ul class="list"></ul>')
