"""The furniture every page of a round-7 portal carries (navigation, toolbars, footer, dialogs)."""

from __future__ import annotations

from dataclasses import dataclass

TOOLBAR = ("无障碍版", "关怀版", "长者模式", "繁體")
NAV = {"走进{p}": ["{p}概况", "历史沿革", "行政区划", "领导之窗"],
       "政务公开": ["政府信息公开", "政府文件", "政策解读", "法治政府建设", "财政预决算"],
       "政务服务": ["个人办事", "法人办事", "便民服务", "12345热线"],
       "互动交流": ["{b}信箱", "意见征集", "在线访谈", "智能问答"]}


@dataclass(frozen=True)
class Site:
    name: str       # 霞岚县人民政府
    place: str      # 霞岚
    boss: str       # 县长 (for the 信箱)
    code: str       # 网站标识码
    icp: str        # 闽ICP备…


def header(site: Site) -> str:
    items = []
    for i, (top, subs) in enumerate(NAV.items()):
        dd = "".join(f'<dd><a href="/col/nav{i}_{j}/index.html" target="_blank">'
                     f'{s.format(p=site.place, b=site.boss)}</a></dd>' for j, s in enumerate(subs))
        items.append(f'<li><a href="/col/nav{i}/index.html">{top.format(p=site.place)}</a>'
                     f'<div class="drop"><dl>{dd}</dl></div></li>')
    links = "|".join(f'<a href="javascript:void(0);">{t}</a>' for t in TOOLBAR)
    return (f'<div class="topbar"><span>欢迎访问{site.name}门户网站！</span>'
            '<span>网站支持IPv6</span>'
            f'{links}</div>\n'
            f'<div class="header"><a href="/"><img src="/images/logo.png" alt="{site.name}"></a>'
            '<form action="/search/" method="get"><input name="q" placeholder="请输入关键词">'
            '<input type="submit" value="搜索"></form></div>\n'
            f'<div class="nav"><ul><li><a href="/">首页</a></li>{"".join(items)}</ul></div>')


def footer(site: Site) -> str:
    return (f'<div class="float"><a href="/col/nav3_0/index.html">{site.boss}信箱</a>'
            '<a href="/col/nav3_1/index.html">意见征集</a>'
            '<a href="/col/nav3_3/index.html">智能问答</a>'
            '<a href="#top">返回顶部</a></div>\n'
            f'<div class="footer"><p>主办单位：{site.name}办公室　承办：{site.place}大数据中心</p>'
            f'<p>版权所有：{site.name}　网站标识码：{site.code}　<a href="https://beian.miit.gov.cn/">'
            f'{site.icp}</a>　<a href="#">公网安备 {site.code}02000123号</a></p></div>\n'
            '<script>function leave(u){if(confirm("您访问的链接即将离开“' + site.name +
            '”门户网站，是否继续？")){window.open(u);}}</script>')


def page(site: Site, title: str, column: str, main: str, *, head: str = "",
         charset: str = "utf-8") -> str:
    """A whole page: head metas, header, breadcrumb, `main`, footer."""
    return (f'<!DOCTYPE html>\n<html>\n<head>\n<meta charset="{charset}">\n'
            f'<title>{title}_{site.name}</title>\n'
            f'<meta name="SiteName" content="{site.name}">\n'
            f'<meta name="ColumnName" content="{column}">\n'
            f'{head}<link rel="stylesheet" href="/css/style.css">\n'
            '<script src="/js/jquery.min.js"></script>\n</head>\n<body>\n'
            f'{header(site)}\n<div class="crumb">当前位置：<a href="/">首页</a> &gt; '
            f'<a href="/col/nav1/index.html">政务公开</a> &gt; {column}</div>\n'
            f'<div class="main">\n{main}\n</div>\n{footer(site)}\n</body>\n</html>\n')


def article(site: Site, *, title: str, column: str, date: str, source: str, body: str,
            body_open: str = '<div class="TRS_Editor">', extra: str = "",
            index_no: str = "", prev_next: tuple[str, str] = ("", ""),
            h1: str = 'class="title"') -> str:
    """An article page: xxgk th/td table, title, info line, toolbar, body, related box."""
    head = (f'<meta name="ArticleTitle" content="{title}">\n'
            f'<meta name="PubDate" content="{date} 09:30">\n'
            f'<meta name="ContentSource" content="{source}">\n')
    table = (f'<table class="xxgk"><tr><th>索 引 号：</th><td>{index_no}</td><th>主题分类：</th>'
             f'<td>综合政务</td></tr><tr><th>发布机构：</th><td>{source}</td><th>发布日期：</th>'
             f'<td>{date}</td></tr><tr><th>标　　题：</th>'
             f'<td colspan="3">{title}</td></tr></table>')
    prev, nxt = prev_next
    main = (f'{table}\n<h1 {h1}>{title}</h1>\n<div class="info">发布时间：{date}　来源：{source}'
            '　【字体：<a href="javascript:;">大</a> <a href="javascript:;">中</a> '
            '<a href="javascript:;">小</a>】　<a href="javascript:window.print()">打印本页</a>'
            '　<a href="javascript:window.close()">关闭窗口</a></div>\n'
            f'{body_open}\n{body}\n</div>\n{extra}'
            '<div class="share">分享到：微信 微博 QQ空间</div>\n'
            '<div class="qr"><img src="/images/qr.png" alt=""><p>扫一扫在手机打开当前页</p></div>\n'
            f'<div class="related"><h3>相关解读</h3><ul><li><a href="/col/nav1_2/index.html">'
            f'政策解读</a></li></ul></div>\n<div class="pn"><p>上一篇：{prev or "没有了"}</p>'
            f'<p>下一篇：{nxt or "没有了"}</p></div>\n<div class="editor">责任编辑：李明</div>')
    return page(site, title, column, main, head=head)
