"""Shared page furniture for the sample portals: navigation, toolbars, share/QR widgets, footers.

Every portal family renders these with its own markup (class names, nesting), the way real
CMS templates differ; the words are the ones real portals show.
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass, field
from pathlib import Path

TEXTS = Path(__file__).parent / "texts"
esc = html.escape


@dataclass
class Site:
    slug: str
    host: str
    name: str          # 汕尾市人民政府
    short: str         # 汕尾
    unit: str          # 汕尾市 (for 主办单位 lines)
    leader_mail: str   # 市长信箱
    site_code: str     # 网站标识码
    icp: str
    police: str        # 公网安备 number
    column: str        # column name, e.g. 法治政府建设
    column_path: list[str] = field(default_factory=list)  # breadcrumb above the column
    organizer: str = ""  # 主办单位 (defaults to the office of the government)

    @property
    def host_organizer(self) -> str:
        return self.organizer or f"{self.unit}人民政府办公室"


@dataclass
class Item:
    title: str
    date: str                 # YYYY-MM-DD, as the listing shows it
    path: str                 # URL path of the article (or of the PDF for a PDF-only report)
    kind: str                 # report | interpretation | xxgk_report | meeting | notice | news
    text: str | None = None   # report text file in texts/
    source: str = ""          # 来源 / 发布机构
    doc_number: str = ""
    index_number: str = ""
    time: str = "09:30"

    @property
    def url_date(self) -> str:
        return self.date.replace("-", "")


def read_text(name: str) -> list[str]:
    return [line for line in (TEXTS / name).read_text("utf-8").splitlines() if line.strip()]


def paragraphs(lines: list[str], indent: str = "", style: str = "") -> str:
    """Report lines as <p> elements; headings keep their numbering as the report has it."""
    attr = f' style="{style}"' if style else ""
    return "\n".join(f"<p{attr}>{indent}{esc(line)}</p>" for line in lines)


NAV = [
    ("首页", []),
    ("走进{short}", ["{short}概况", "历史沿革", "行政区划", "自然地理", "人口民族", "领导之窗",
                   "机构设置", "统计数据", "{short}印象"]),
    ("政务公开", ["政府信息公开", "政府文件", "政策解读", "人事信息", "财政预决算", "规划计划",
              "重点领域信息公开", "法治政府建设", "建议提案办理", "政府工作报告", "新闻发布会",
              "政府常务会议"]),
    ("政务服务", ["个人办事", "法人办事", "部门服务", "便民服务", "办件查询", "好差评",
              "政务服务地图", "12345热线"]),
    ("互动交流", ["{mail}", "意见征集", "在线访谈", "问卷调查", "智能问答", "热点回应",
              "留言选登"]),
    ("专题专栏", ["优化营商环境", "乡村振兴", "安全生产", "扫黑除恶", "普法宣传", "生态环境保护",
              "双拥工作"]),
    ("数据开放", ["数据目录", "数据接口", "统计公报", "开放动态"]),
]


def nav_items(site: Site):
    fill = {"short": site.short, "mail": site.leader_mail}
    for top, subs in NAV:
        yield top.format(**fill), [sub.format(**fill) for sub in subs]


def mega_menu(site: Site, ul_class: str, item_class: str, sub_class: str) -> str:
    """The top navigation with its drop-down panels (real portals ship them all in the HTML)."""
    out = [f'<ul class="{ul_class}">']
    for index, (top, subs) in enumerate(nav_items(site)):
        href = "/" if index == 0 else f"/col/nav{index}/index.html"
        out.append(f'<li class="{item_class}"><a href="{href}" target="_self">{esc(top)}</a>')
        if subs:
            out.append(f'<div class="{sub_class}"><dl>')
            out += [f'<dd><a href="/col/nav{index}_{n}/index.html" target="_blank">{esc(sub)}</a></dd>'
                    for n, sub in enumerate(subs)]
            out.append("</dl></div>")
        out.append("</li>")
    out.append("</ul>")
    return "\n".join(out)


def top_bar(site: Site, cls: str, traditional_toggle: str = "繁體") -> str:
    links = ["无障碍版", "关怀版", "长者模式", traditional_toggle, "登录", "注册"]
    spans = "".join(f'<a href="javascript:void(0);" class="tb-{n}">{esc(word)}</a><span>|</span>'
                    for n, word in enumerate(links))
    return (f'<div class="{cls}"><div class="wrap"><span class="welcome">欢迎访问{esc(site.name)}'
            f'门户网站！</span><span class="ipv6">网站支持IPv6</span>'
            f'<div class="links">{spans}</div></div></div>')


def search_box(action: str) -> str:
    return (f'<form class="search" action="{action}" method="get" target="_blank">'
            '<input type="text" name="q" placeholder="请输入关键词" />'
            '<input type="submit" value="搜索" /></form>')


def font_tools(cls: str) -> str:
    return (f'<div class="{cls}">【字体：<a href="javascript:doZoom(18)">大</a> '
            '<a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】'
            '<a href="javascript:window.print()">打印本页</a>'
            '<a href="javascript:window.close()">关闭窗口</a></div>')


def share_widget(cls: str) -> str:
    return (f'<div class="{cls}"><span>分享到：</span>'
            '<a class="share-wx" href="javascript:void(0)" title="微信">微信</a>'
            '<a class="share-wb" href="javascript:void(0)" title="新浪微博">微博</a>'
            '<a class="share-qz" href="javascript:void(0)" title="QQ空间">QQ空间</a></div>')


def qr_block(cls: str, caption: str = "扫一扫在手机打开当前页") -> str:
    return (f'<div class="{cls}"><div class="qrcode" id="qrcode"></div>'
            f'<p>{caption}</p></div>')


def footer(site: Site, cls: str) -> str:
    return f"""<div class="{cls}">
<div class="footer-links"><a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a> | <a href="/sybz/">使用帮助</a> | <a href="/mzsm/">免责声明</a></div>
<div class="footer-info">
<p>主办单位：{esc(site.host_organizer)}　承办单位：{esc(site.unit)}政务服务数据管理局</p>
<p>版权所有：{esc(site.name)}　网站标识码：{site.site_code}　<a href="https://beian.miit.gov.cn/" target="_blank">{esc(site.icp)}</a></p>
<p><img src="/images/gaba.png" alt="" /><a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode={site.police}" target="_blank">公网安备 {site.police}号</a></p>
<p>建议使用1366×768分辨率 IE10以上版本浏览器</p>
</div>
<div class="footer-logos"><a href="http://bszs.conac.cn/sitename?method=show&amp;id=0B{site.site_code}" target="_blank"><img src="/images/dzjg.png" alt="党政机关" /></a>
<a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code={site.site_code}" target="_blank"><img src="/images/jiucuo.png" alt="政府网站找错" /></a></div>
</div>"""


def leave_site_script(site: Site) -> str:
    """The leave-site dialog lives in script text: cleaners must not pick it up."""
    return f"""<script type="text/javascript">
$(function () {{
  $("a[href^='http']").not("[href*='{site.host}']").click(function (e) {{
    var target = this.href;
    e.preventDefault();
    layer.confirm('您访问的链接即将离开“{site.name}门户网站”，是否继续？', {{title: '提示', btn: ['继续访问', '放弃']}}, function () {{
      window.open(target);
    }});
  }});
}});
</script>"""


def stats_script(code: str) -> str:
    return f"""<script type="text/javascript">
var _hmt = _hmt || [];
(function() {{
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?{code}";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
}})();
function doZoom(size) {{ var el = document.getElementById("zoom"); if (el) {{ el.style.fontSize = size + "px"; }} }}
</script>"""


def meta_tags(site: Site, item: Item, column: str) -> str:
    tags = {"SiteName": site.name, "SiteDomain": site.host, "ColumnName": column,
            "ArticleTitle": item.title, "PubDate": f"{item.date} {item.time}",
            "ContentSource": item.source or site.name, "Keywords": "", "Description": item.title}
    return "\n".join(f'<meta name="{k}" content="{esc(v)}">' for k, v in tags.items())


def prev_next(prev: Item | None, nxt: Item | None, cls: str) -> str:
    def link(label: str, item: Item | None) -> str:
        if item is None:
            return f"<p>{label}：没有了</p>"
        return f'<p>{label}：<a href="{item.path}">{esc(item.title)}</a></p>'
    return f'<div class="{cls}">{link("上一篇", prev)}{link("下一篇", nxt)}</div>'


def related_box(items: list[Item], title: str, cls: str) -> str:
    lis = "".join(f'<li><a href="{i.path}" target="_blank">{esc(i.title)}</a><span>{i.date}</span></li>'
                  for i in items)
    return f'<div class="{cls}"><div class="hd">{title}</div><ul>{lis}</ul></div>'


def jsonify(data) -> str:
    return json.dumps(data, ensure_ascii=False)
