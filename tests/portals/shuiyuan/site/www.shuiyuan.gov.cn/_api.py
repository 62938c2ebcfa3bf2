"""all.do: the whole column as an HTML fragment (POST cat)."""

LIST = "<ul><li><a href=\"/gk/content/601.html\">水源县2026年法治政府建设工作要点</a><span>2026-03-02</span></li><li><a href=\"/gk/content/588.html\">水源县2025年度法治政府建设情况报告</a><span>2026-02-06</span></li><li><a href=\"/gk/content/589.html\">图解：水源县2025年度法治政府建设情况报告</a><span>2026-02-08</span></li><li><a href=\"/gk/content/570.html\">水源县2025年政府信息公开工作年度报告</a><span>2026-01-20</span></li><li><a href=\"/gk/content/512.html\">水源县召开法治政府建设推进会</a><span>2025-06-11</span></li><li><a href=\"/gk/content/480.html\">水源县2024年度法治政府建设情况报告</a><span>2025-01-24</span></li><li><a href=\"/gk/content/455.html\">水源县2024年法治政府建设工作要点</a><span>2024-04-08</span></li><li><a href=\"/gk/content/430.html\">水源县2023年度法治政府建设情况报告</a><span>2024-01-30</span></li><li><a href=\"/gk/content/402.html\">关于开展行政执法案卷评查的通知</a><span>2023-09-15</span></li><li><a href=\"/gk/content/377.html\">水源县2022年度法治政府建设情况报告</a><span>2023-02-10</span></li></ul>"


def all_items(query, form):
    if form.get("cat") != "66":
        return 200, "text/html;charset=UTF-8", "<p>暂无信息</p>"
    return 200, "text/html;charset=UTF-8", LIST
