"""Every pattern, word list, selector and threshold of the cleaning stages, as data in one place.

Stages import from here; tuning the cleaner for a new portal should mostly mean editing this file.
"""

from __future__ import annotations

import re

from settings.divisions import PROVINCES

# ----------------------------------------------------------------------------- encoding
# Declared charsets mapped to the codec we actually decode with. GB2312/GBK pages routinely
# contain characters outside those sets (喆, 堃); GB18030 is a superset and decodes them right.
CHARSET_ALIASES = {
    "gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "gb_2312-80": "gb18030",
    "cp936": "gb18030", "ms936": "gb18030", "euc-cn": "gb18030", "gb18030": "gb18030",
    "big5": "big5hkscs", "big5-hkscs": "big5hkscs", "cp950": "big5hkscs",
    "utf8": "utf-8", "utf-8": "utf-8", "unicode": "utf-8",
    "iso-8859-1": "cp1252", "latin1": "cp1252", "us-ascii": "utf-8", "ascii": "utf-8",
}
META_CHARSET_RX = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)
HEADER_CHARSET_RX = re.compile(r"charset\s*=\s*[\"']?\s*([A-Za-z0-9_\-]+)", re.I)
# Magic numbers of formats that are certainly not an HTML page.
BINARY_MAGIC = (b"%PDF", b"PK\x03\x04", b"\xd0\xcf\x11\xe0", b"\x89PNG", b"GIF8", b"\xff\xd8\xff",
                b"\x1f\x8b", b"Rar!", b"7z\xbc\xaf", b"\x00\x00\x01\x00")
BINARY_CONTROL_RATIO = 0.05      # share of NUL/control bytes above which input is binary
META_SNIFF_BYTES = 4096
# Frequent Simplified/Traditional Han characters: a wrong codec that happens to decode without
# error (GBK bytes read as Big5) yields text with few of them. Used to rank candidate codecs.
COMMON_HAN = frozenset(
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说"
    "产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使"
    "点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明"
    "看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料"
    "象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指"
    "几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶"
    "府務發國們為進設會與對於這區縣市員體機關開實現經濟發展建設工作報告職責執監督審查")
FALLBACK_CODECS = ("gb18030", "big5hkscs")
# A declared charset (or UTF-8) that fails on at most this share of the page's non-ASCII bytes
# is still the page's charset: a stray cp1252 quote, a character cut at a buffer edge. Those
# bytes are replaced and counted (a warning); a page in another encoding fails on most of them.
DECLARED_MAX_BAD_SHARE = 0.02

# Parser loss (cleaning/loss.py): the parsed tree must hold this share of the non-ASCII characters
# visible in the raw markup; a loss of at least PARSE_LOSS_MIN_CHARS below it is a warning.
PARSE_KEPT_MIN_SHARE = 0.9
PARSE_LOSS_MIN_CHARS = 100
# A script's or style's text at least this long is left out of the label scan where the loss
# check found it in the page's text: a shorter one may also be a visible text it equals.
CODE_SPAN_MIN_CHARS = 200

# ----------------------------------------------------------------------------- containers
# Container rules of the CMS families (selectors, markers) are in the family table,
# settings/families.py. Here: those of page sources that are no portal CMS, (source, kind, value),
# tried after the families' own containers and before the names other CMSs share (#zoom, generic).
SOURCE_CONTAINER_RULES: tuple[tuple[str, str, object], ...] = (
    ("wechat", "id", "js_content"),
)
MIN_CONTAINER_LETTERS = 150          # a generic container with less text is ignored
MIN_FAMILY_CONTAINER_LETTERS = 1     # a CMS family container may be (almost) empty: attachment-only
# A sibling container of the body's tag and class with this many letters is a part of the body
# (the body split around a photo); an emptier one (a share box, a blank editor div) is not.
MIN_SPLIT_PART_LETTERS = 40
# Last key part (lower-case) of the gkmlpt window._CONFIG JSON, or of a variable / JSON key in
# the inline script of a JS shell page (var pubDate = "…", "source": "…") → field. Per field,
# keys are listed in order of trust: an explicit publish time beats the generic `date`.
_SCRIPT_KEYS_BY_FIELD = {
    "title": "title doctitle articletitle",
    "index_number": "identifier syh index_no index",
    "doc_number": "document_number doc_number document_no doc_no docno file_num fileno wenhao wh",
    "publisher": "publisher publisher_name fbjg organ",
    "source": "source copyfrom laiyuan wzly",
    "published": "display_publish_time publish_time publishtime first_publish_time publish_date "
                 "publishdate pubdate pubtime fbsj fbrq release_time releasetime releasedate "
                 "date created_at createtime",
}
SCRIPT_FIELD_KEYS = {key: (name, rank) for name, keys in _SCRIPT_KEYS_BY_FIELD.items()
                     for rank, key in enumerate(keys.split())}
# JS shells (Vue/React): the visible body is empty and the report is an HTML string in an inline
# script — `var content = "<p>…<\/p>"`, `content: '…'`, `window.__INITIAL_STATE__ = {…}`. Only
# looked for when the body found is short, or when no container was found (then it must hold
# more text than the whole page's extraction), never on ordinary pages.
SCRIPT_JSON_RX = re.compile(r"(?:\bwindow\.|\b(?:var|let|const)\s+)([A-Za-z_$][\w$]*)\s*=\s*"
                            r"(?=[{\[])")
# A name is tried only where its run of [\w$.] starts (leading digits and dots skipped, as a
# match could not start on them), and every quantifier is possessive: trying each position of a
# long run of word characters made this quadratic (a 50 KB run took 55 s). Same matches.
SCRIPT_STRING_RX = re.compile(
    r"""["']?(?<![\w$.])(?:[^\W_A-Za-z]|\.)*+([A-Za-z_$][\w$.]*+)["']?\s*+[=:]\s*+("""
    r""""[^"\\\n]*+(?:\\[\s\S][^"\\\n]*+)*+"|'[^'\\\n]*+(?:\\[\s\S][^'\\\n]*+)*+'|"""
    r"""`[^`\\]*+(?:\\[\s\S][^`\\]*+)*+`)""")
SCRIPT_HTML_RX = re.compile(r"<(?:p|br|div)\b", re.I)
SCRIPT_BODY_MIN_HAN_SHARE = 0.5     # of the HTML string's letters: Chinese prose, not a widget
# A body extracted from a container with more letters than this is never short (no need to
# remove its furniture to count); below it, fewer than EMPTY_BODY_LETTERS once denoised is.
SHORT_BODY_RAW_LETTERS = 1000

# Elements pruned from the container before extraction (class/id words, matched as substrings).
NOISE_NODE_RX = re.compile(
    r"qrcode|qr_|ewm|erweima|share|fenxiang|bdshare|related|xgxx|xglj|xgwj|xgjd|prev|next|"
    r"print|dayin|tool|leave|dialog|attach|fjxz|fujian|footer|comment|xg-list|bottom|"
    # a WeChat post copied whole into an article: its byline box (原创 account date place) and
    # its tips (继续滑动看下一个)
    r"rich_media_meta|wx_tips",
    re.I)
# A <marquee> is a scrolling notice bar (预约 and phone notices over a portal's column):
# trafilatura drops it as furniture, and so does our own walk.
TICKER_TAGS = ("marquee",)
NOISE_TAGS = ("script", "style", "noscript", "iframe", "form", "button", "input", "select",
              "textarea", "object", "embed", *TICKER_TAGS)
# The label before a ticker (<b>温馨提示：</b><marquee>…) labels furniture and goes with it:
# at most this many letters, ending in a colon, with nothing but space between it and the bar.
TICKER_LABEL_MAX_LETTERS = 8
TICKER_LABEL_RX = re.compile(r"[:：]\s*$")
BLOCK_TAGS = frozenset(("p", "div", "li", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6",
                        "dd", "dt", "dl", "ul", "ol", "section", "article", "blockquote",
                        "center", "pre", "br", "hr", "tbody", "thead"))
CELL_TAGS = frozenset(("td", "th"))
TABLE_CELL_SEPARATOR = " | "
BOLD_TAGS = ("b", "strong")
# Headings inside the container are the report's own section headings: body paragraphs. They are
# handed to trafilatura as <p>, which otherwise drops every heading of a body holding two levels.
BODY_HEADING_TAGS = ("h2", "h3", "h4", "h5", "h6")
# Layout tables (page columns) versus data tables: a cell with more letters than this, or with
# this many line breaks (<br>, blocks: a navigation column, a <br>-separated body), is layout.
LAYOUT_CELL_LETTERS = 400
LAYOUT_CELL_BREAKS = 3
# With no container rule matching, a layout cell holding this share of the page's text is the body.
LAYOUT_BODY_SHARE = 0.5
# List bullets trafilatura writes before <li> items ("- 一、…"): stripped before marker detection.
LIST_BULLET_RX = re.compile(r"^(?:[-*+]\s+|[•·▪◦●■□]\s*)")
# A list (<ul>/<ol>) whose items are mostly short links (a title, maybe a date or a source) is
# link furniture (related reports, navigation), never body — even next to a body of prose <li>.
LINK_ITEM_MAX_LETTERS = 80       # a link item is short...
LINK_ITEM_OTHER_LETTERS = 16     # ...and has few letters outside its <a> (a date, a source)
LINK_LIST_SHARE = 0.6            # share of link items that makes the list furniture
# trafilatura must keep at least this share of the container's letters, else we walk it ourselves.
MIN_TRAFILATURA_SHARE = 0.85
# ...and at least this share of its lines (paragraphs), else it ran paragraphs together.
MIN_TRAFILATURA_LINE_SHARE = 0.5
# ...and every paragraph of prose: a line of at least PROSE_MIN_CHARS ending a sentence.
PROSE_MIN_CHARS = 30
PROSE_ENDS = ("。", "；", "！", "？")
# A container of more lines than this is walked, never handed to trafilatura: its XPath
# "//p//text()" grows with the square of the paragraphs in libxml2 (68,000 of them, an 8 MB page:
# 17 s; a 30 MB page: many minutes). A report has a few hundred.
TRAFILATURA_MAX_LINES = 20_000

# ----------------------------------------------------------------------------- noise
# A script shell's placeholder: the line a page shows until its scripts fill the body in
# ("加载中…", "数据加载中，请稍候", "Loading...") or when scripts cannot run ("您的浏览器未启用
# JavaScript", "You need to enable JavaScript to run this app."). Never report text; a body
# of nothing else is a shell (SCRIPT_SHELL_WARNING).
SCRIPT_SHELL_MAX_CHARS = 60
SCRIPT_SHELL_RX = re.compile(
    r"^(?:数据|内容|页面|正文|信息)?(?:正在)?(?:加载|载入)中?[，,\s]*+(?:请稍[候后等]\S{0,3})?[.。…·\s]*+$|"
    r"^loading[.…\s]*$|"
    r"(?:未启用|未开启|禁用|关闭|不支持|启用|开启|允许|enable)[^，。,.]{0,8}?"
    r"(?:javascript|js(?![a-z\u4e00-\u9fff]))|浏览器\S{0,6}?(?:启用|开启|禁用了?|不支持)脚本|请(?:启用|开启)脚本",
    re.I)
SCRIPT_SHELL_WARNING = ("script shell: the body is filled in by the page's scripts "
                        "(a loading or JavaScript notice only); none of the report is in the page")
# A short line containing one of these is portal furniture, not report text.
NOISE_LINE_WORDS = tuple("""
无障碍 关怀版 长者模式 适老化版 网站支持ipv6 支持IPv6 分享到
字体： 字号： 打印本页 关闭窗口 【打印】 【关闭】 返回顶部 扫一扫
扫码使用手机 手机扫描 用手机浏览 关联稿件 相关附件 相关解读 相关链接
相关文章 相关新闻 相关报告 附件下载 上一篇 下一篇 责任编辑 编辑： 审核：
校对： 区长信箱 市长信箱 县长信箱 局长信箱 书记信箱 意见征集 智能问答
问卷调查 网站标识码 ICP备 公网安备 主办单位 承办单位 主办： 承办：
协办： 版权所有 技术支持 网站声明 网站地图 联系我们 隐私声明 © Copyright COPYRIGHT
您访问的链接即将离开 是否继续 继续访问 当前位置 所在位置 您的位置
现在的位置 当前的位置 浏览次数 浏览量 访问量： 阅读次数 点击数：
今天是： 设为首页 加入收藏 分辨率 网站导航 移动端 政务微博 政务微信
【字体 字体: 收藏本页 上一页 下一页 尾页 末页
打印此文 打印文章 打印本文
相关信息 相关阅读 相关推荐 延伸阅读 推荐阅读 往期推荐 往期回顾 往期精选
点击蓝字 点击上方蓝字 关注我们 长按识别 识别二维码 长按二维码 关注该公众号
微信扫一扫 预览时标签不可点
点击图片 查看大图 放大查看 点击放大 滑动查看 左右滑动 长按图片
""".split())
# The headings of a related-links box ("往期推荐", "【相关信息】", "相关文件："), the one list two
# readers share: the noise stage drops such a heading and the short lines after it (the linked
# titles) up to the next line of prose; the attachment reader takes no file under one as the
# report's (RELATED_LINKS_LABEL_RX, derived below). An opener and what the box holds, then the
# headings of other shapes. 相关附件 is never one: its files are the report's own.
RELATED_HEADING_OPENERS = ("相关", "关联", "延伸")
RELATED_HEADING_NOUNS = "信息 阅读 推荐 链接 新闻 文章 报告 稿件 文件 解读 政策 报道".split()
RELATED_BOX_HEADINGS = frozenset(
    [opener + noun for opener in RELATED_HEADING_OPENERS for noun in RELATED_HEADING_NOUNS]
    + "推荐阅读 往期推荐 往期回顾 往期精选 热点推荐 猜你喜欢".split())
# The same headings as a class, letters only (▼往期精彩▼, — 往期精彩回顾 —, 推荐阅读：): a "more
# posts" word, then what the box holds or does.
RELATED_BOX_HEADING_RX = re.compile(
    r"^(?:往期|相关|延伸|推荐|更多|热门|热点|热文|精彩|近期|猜你)"
    r"(?:精彩|推荐|回顾|精选|阅读|文章|好文|热文|链接|新闻|稿件|报道|内容|喜欢){1,2}$")
RELATED_BOX_HEADING_MAX_CHARS = 24
# A box's items are titles: they may end in ！ or ？ (拖欠工资，后果很严重！), never as prose ends.
RELATED_BOX_ENDS = ("。", "；", ";", "：", ":")
# Review lines of WeChat and portal editors ("一审：张三 二审：李四 三审：王五"), after 责任编辑:
# the colon (or a 丨 separator) keeps body lines about first-instance cases (行政诉讼一审案件) out.
REVIEW_LINE_RX = re.compile(r"(?:^|\s)[一二三初复终]\s*审\s*[:：丨｜|]")
# Credit lines of WeChat posts and portal articles ("编辑丨林晓雯", "文/张三", "排版：王五",
# "转自：某某发布"): a credit label opening a short line, then a separator (丨 | / or a colon).
CREDIT_LABELS = """
责任编辑 本期编辑 信息来源 素材来源 图文来源 本文来源 转载自 原标题 图文 编辑 责编 美编
审核 审校 校对 终审 文字 文案 图片 摄影 视频 排版 设计 监制 出品 统筹 策划 供稿 撰稿 作者
记者 通讯员 来源 转自 文 图 图片来源 编审 主编 执行主编 副主编 校审 编校 出品人 制作 制片
值班主任 值班编辑 值班领导 总监制 总编辑 责任校对 初审 复审
""".split()
CREDIT_LINE_RX = re.compile(r"^[（(【\[]?\s*(?:{})\s*[:：丨｜|/]".format("|".join(CREDIT_LABELS)))
# Photo captions and credits between a post's paragraphs ("▲区司法局开展普法宣传活动", "图为执法
# 人员现场检查", "通讯员 张三 摄", "区司法局供图"): a mark pointing up at the picture or 图为
# opening a short line, or a photographer's or supplier's credit closing a shorter one (拍摄
# is not one). Never a line ending as prose does (图为…活动现场。 may be the report's own
# sentence), nor one opening with a section marker.
CAPTION_OPEN_RX = re.compile(r"^(?:[▲△↑⬆☝]|[（(]?\s*(?:图为|图片来源))")
CAPTION_CREDIT_RX = re.compile(r"(?<!拍)(?:摄|摄影|供图)\s*[）)]?$")
CAPTION_MAX_CHARS = 60
CAPTION_CREDIT_MAX_CHARS = 24
CAPTION_PROSE_ENDS = ("。", "；", ";", "！", "？", "：", ":")
# A picture's caption as the page draws it: the first text after an image between the body's
# paragraphs, one short unfinished line in a block of its own (not bold: a heading under a
# banner is), with body text before the picture (a header image's title line is not one).
CAPTION_UNDER_IMAGE_MAX_CHARS = 40
# Lines that are only furniture tokens (exact, after removing spaces and brackets).
NOISE_EXACT = frozenset("""
打印 关闭 打印本页 关闭窗口 返回顶部 大 中 小 大中小 分享 收藏
字号 微信 微博 QQ空间 二维码 English 繁体 简体 繁體 簡體
首页 搜索 无障碍 关怀版 长者模式 TOP top 返回 【打印】【关闭】
打印关闭 在看 点赞 写留言 留言 阅读原文 分享收藏点赞在看 分享点赞在看 赞 转发 展开全文
信息公开目录 政府信息公开目录 信息公开指南 信息公开制度 信息公开年报 法定主动公开内容
政府信息公开指南 政府信息公开制度 政府信息公开年报 政务公开目录 主动公开目录 信息公开导航
""".split())
NOISE_LINE_MAX_CHARS = 90      # longer lines are body text, however they read
# A page-number line of a document pasted or converted into a page ("— 2 —", "第2页 共5页"):
# dashes or 第…页 around the number (a bare number may be a table cell).
PAGE_MARK_LINE_RX = re.compile(
    r"^[-—–－]+\s*+\d{1,3}\s*+[-—–－]+$|^第\s*+\d{1,3}\s*+页(?:\s*+[/，,]?\s*+共\s*+\d{1,3}\s*+页)?$|"
    r"^共\s*+\d{1,3}\s*+页\s*+[/，,]?\s*+第\s*+\d{1,3}\s*+页$")
# Re-post and copyright disclaimers ("声明：本文转载自…，如涉及版权问题请联系删除"): furniture
# though they end a sentence. Phrases, not bare 转载/来源/版权/侵权, which report text uses
# (版权保护, 资金来源, 侵权案件); a line opening with a disclaimer label counts too.
DISCLAIMER_PHRASES = tuple("""
联系删除 联系我们删除 侵删 如有侵权 如涉侵权 如涉及侵权 如涉及版权 涉及版权问题
版权归原作者 版权归原创作者 版权归作者 本文转载自 本文来源于 转载自 转载请注明 不得转载 禁止转载
谢绝转载 图片来源网络 图片来源于网络 素材来源于网络 仅供学习交流 仅供交流学习
不代表本平台 不代表本号 不代表本公众号 与本号联系 与本平台联系
仅代表作者观点 仅代表作者本人观点 不代表平台立场 仅提供信息发布平台 仅提供信息存储空间 作者上传发布
严禁转载 未经授权不得 未经授权，严禁 未经许可不得转载
""".split())
# The label and the phrases apart: the phrases alone start with a known character, which the
# regex engine skips to (a quarter of the time per line of the two as one alternation). The
# label's runs of spaces possessive: around the optional bracket two runs split a long run
# every way (the adversary's 声明 + 100 KB of spaces: 38 s; a space is no bracket or colon).
DISCLAIMER_LABEL_RX = re.compile(
    r"^[【\[（(]?\s*+(?:特别|免责|版权|转载)?声明\s*+[】\]）)]?\s*+[:：]")
DISCLAIMER_RX = re.compile("|".join(map(re.escape, DISCLAIMER_PHRASES)))
# A platform's machine summary box above a re-post's text ("AI摘要：本文主要介绍了… 展开全文"):
# its label opens the line; furniture however it ends (read up to DISCLAIMER_MAX_CHARS).
SUMMARY_BOX_RX = re.compile(
    r"^[【\[（(]?\s*+(?:AI|ai|智能)\s*+(?:摘要|总结|导读|速览|概要)\s*+[】\]）)]?\s*+(?:[:：]|$)")
# A column's introduction over its pages (栏目简介：本栏目发布…): its label opens the line; the
# site's, however it ends (read up to DISCLAIMER_MAX_CHARS). A report never opens a line so.
COLUMN_INTRO_RX = re.compile(
    r"^[【\[]?\s*+(?:栏目|频道|专栏|专题)(?:简介|介绍|说明|概述|导语)\s*+[】\]]?\s*+[:：]")
# A link to the page's other-language version (【조선문 보기】, 民族文字版, [藏文版]): a short line
# of a minority script's letters alone (Hangul, Tibetan, Mongolian, Arabic script, Yi), or a
# name of such a script's version, bracketed or not. A Chinese report writes no line so.
# Anchored, possessive runs: linear.
LANGUAGE_VERSION_MAX_CHARS = 30
LANGUAGE_VERSION_RX = re.compile(
    r"^[【\[（(]?\s*+(?:[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f\u0f00-\u0fff\u1800-\u18af"
    r"\u0600-\u06ff\ua000-\ua4cf][\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f\u0f00-\u0fff"
    r"\u1800-\u18af\u0600-\u06ff\ua000-\ua4cf\s·]*+"
    r"|(?:民族文字|少数民族文字|朝鲜文|朝鲜语|藏文|藏语|蒙古文|蒙文|维吾尔文|维文|哈萨克文|彝文|壮文)"
    r"版?(?:阅读|浏览|查看)?)\s*+[】\]）)]?")
# The sign-offs of WeChat posts ("喜欢就点个在看吧！", "- END -"): short lines only, and 阅读原文
# only as the button's name (report text may say 组织干部阅读原文原著).
SIGN_OFF_PHRASES = tuple("""
点击阅读原文 下方阅读原文 左下角阅读原文 “阅读原文” 阅读原文查看 阅读原文了解 点个在看 点亮在看
点在看 点击在看 点“在看” 分享给更多人 让更多人看到 欢迎关注 扫码关注 长按关注 更多精彩 精彩推荐
精彩回顾 投稿邮箱 欢迎投稿
""".split())
SIGN_OFF_RX = re.compile(r"^[-—─–_=·•\s]*(?:THE\s*)?END[-—─–_=·•\s]*$|"
                         + "|".join(map(re.escape, SIGN_OFF_PHRASES)), re.I)
SIGN_OFF_MAX_CHARS = 40
# WeChat calls to action at a post's end, as a class: a short line that is only the buttons'
# names ("分享 点赞 在看 一键三连", "点赞｜在看｜转发", "👍点赞 ❤️在看"), whatever separates them;
# or a request for them ("记得一键三连哦", "喜欢就设为星标吧") not ending a sentence as prose
# does (。；). A bare word never is: report prose says 转发上级文件, 群众点赞, 高度关注.
CTA_WORDS = tuple("""
一键三连 三连 点赞 点个赞 点赞了 在看 点在看 点亮在看 转发 转发到朋友圈 分享 分享到朋友圈 分享给朋友
收藏 关注 加关注 关注我们 星标 设为星标 加星标 标星 置顶 设为置顶 留言 写留言 评论 赞 朋友圈
""".split())
CTA_JOINERS = "和及与并再"      # Han words between two button names ("点赞和在看")
CTA_ONLY_RX = re.compile(r"^(?:{}|[{}])+$".format(
    "|".join(map(re.escape, sorted(CTA_WORDS, key=len, reverse=True))), CTA_JOINERS))
CTA_REQUEST_RX = re.compile(
    r"(?:欢迎|记得|别忘了|别忘记|麻烦|顺手|动动手指|喜欢就|觉得不错|快来|一起来)"
    r"[^。；]{0,10}?(?:一键三连|三连|点赞|点个赞|在看|转发|分享|星标|置顶|关注)")
CTA_PROSE_ENDS = ("。", "；", ";")
# A follow/star/pin instruction that points at the screen ("戳上方蓝字“某司法”关注我们，再点右上角
# “···”设为★星标", "点击上方名片，设为星标", "轻点头像置顶公众号"): a tap verb, a place on the
# screen, then follow/star/pin, read with the quoted account names dropped (any name, any quotes)
# and up to CTA_INSTRUCTION_MAX_CHARS long. Report prose never points at the reader's screen;
# a line ending a sentence as prose does (。；) is still left alone.
CTA_TAP_VERBS = "戳 点 点击 轻点 轻触 长按 按住".split()
CTA_SCREEN_PLACES = "蓝字 上方 下方 右上角 顶部 底部 名片 头像 主页 小卡片".split()
CTA_FOLLOW_WORDS = "关注 星标 置顶 标星".split()
CTA_INSTRUCTION_RX = re.compile(r"(?:{})[^。；]{{0,12}}?(?:{})[^。；]{{0,16}}?(?:{})".format(
    *("|".join(sorted(words, key=len, reverse=True))
      for words in (CTA_TAP_VERBS, CTA_SCREEN_PLACES, CTA_FOLLOW_WORDS))))
CTA_QUOTED_NAME_RX = re.compile(
    r"“[^“”]{0,24}”|「[^「」]{0,24}」|『[^『』]{0,24}』|\"[^\"]{0,24}\"")
CTA_INSTRUCTION_MAX_CHARS = 90
# After a post's closing date (its signature) a report has nothing but a bracketed disclosure
# note (（此件公开发布）, 此件主动公开: every gold of every set ends so), so a short unfinished
# line there is the post's end furniture, whatever its words: credits (文字整理：某某), calls to
# action, slogans (和某司法一起学法用法). Kept: attachment and colophon lines, sections, table
# rows, bracketed notes; and any line ending a sentence (。；) or longer than the limit.
POST_TAIL_KEPT_OPENINGS = ("附件", "附表", "附：", "抄送", "抄报")
# An annex after the closing (a report file's 附件 or its table: 主要指标完成情况表): kept whole,
# from its first line on — its cells are short unfinished lines too. Its label may stand in
# square brackets (【附件】).
POST_TAIL_ANNEX_RX = re.compile(r"^[【\[]?附[件表]|[情况统计览细总]表")
POST_TAIL_NOTE_RX = re.compile(r"[（(【\[][^（(【\[）)】\]]{0,60}[）)】\]]")
# A call to write in after the closing (欢迎在留言区说说您的意见，…。, 后台回复“学法”…):
# end furniture even as a finished sentence or in brackets; a report asks for no comments there.
POST_TAIL_COMMENT_WORDS = ("留言", "评论", "后台回复", "私信")
POST_TAIL_COMMENT_MAX_CHARS = 80
# A portal's tip after the closing (温馨提示：如对本信息有疑问，请拨打12345…。, 警方提示：凡是自称
# 公检法…都是诈骗！): a tip label (a few letters and 提示, bracketed or not, then a colon) opens
# it. The portal's though it ends a sentence: the report closed at its date. Bounded: linear.
POST_TAIL_TIP_RX = re.compile(
    r"[【\[（(]?\s{0,3}[\u4e00-\u9fff]{0,4}提示\s{0,3}[】\]）)]?\s{0,3}[:：]")
# A page's button alone in square brackets after the closing (【我要纠错】, [网站纠错], 【收藏】):
# a few letters and no colon. A disclosure note stands in round brackets (（此件主动公开）) and
# a source note holds a colon (【来源：某县人民政府】): both kept.
POST_TAIL_BUTTON_RX = re.compile(r"[【\[]\s{0,3}[\u4e00-\u9fff]{1,8}\s{0,3}[】\]]")
# ...but a disclosure or page note in square brackets (【此件公开发布】, [此页无正文]) is the
# closing's own, as in round ones: never a button.
POST_TAIL_OWN_NOTE_WORDS = ("此件", "本件", "此页", "公开发布", "主动公开")
POST_TAIL_TIP_MAX_CHARS = 90
# ...but a tip speaking of the report itself (特别提示：本报告所涉数据为初步统计数，以统计部门正式
# 公布为准。, 本文所列数据…) is the report's own note: kept, and so is a trailer so speaking.
POST_TAIL_OWN_REPORT_WORDS = ("本报告", "本年度报告", "本文所", "本文数据", "本文中")
# A news client's trailer after the closing (更多精彩资讯请在应用市场下载“某某新闻”客户端，未经授权
# 请勿转载，欢迎提供新闻线索…24小时报料热线…。): the paper's, however it ends, as a platform's
# statement there is. A report's closing asks for no app, re-posts or news tips. Up to
# DISCLAIMER_MAX_CHARS long.
POST_TAIL_PLATFORM_WORDS = ("客户端", "应用市场", "转载", "报料", "新闻线索")
POST_TAIL_MAX_CHARS = 40
# A line of Latin text alone after the closing (a platform statement's English half: "Notice:
# The content above … is uploaded and posted by a user of …"): the platform's, whatever its
# length, as Latin lines above the body are the site's (HEAD_LATIN_LINE_RX). A Chinese report
# closes in Chinese; a table row (cells joined by " | ") is never one.
POST_TAIL_LATIN_LINE_RX = re.compile(r"\A(?=[^A-Za-z]*+[A-Za-z])[ -~\u00a0\u2018-\u201d]*+\Z")
# A platform's statement heading (特别声明, 免责声明, 版权声明; bracketed or not): after the
# closing it and what follows it are the platform's (本文为某号作者上传并发布，仅代表该作者观点…),
# up to an annex; anywhere else the heading alone goes (post_tail.drop_post_tail).
STATEMENT_HEADINGS = frozenset("特别声明 免责声明 版权声明".split())
STATEMENT_HEADING_STRIP_RX = re.compile(r"[\s\[\]【】]")
STATEMENT_HEADING_MAX_CHARS = 12     # longer lines are no heading: no strip run on them
# What a page (a print view above all) prints about itself (cleaning/page_stamps.py): a header of
# the site's name and its bare domain (某区人民政府门户网站www.x.gov.cn), and lines of label：value
# pairs each valued a clock time or an address (打印时间：2025-03-26 09:41:12　本页地址：http://…,
# 【本文地址】http://…).
# A report's own line never holds only these. A domain without a scheme or www. has two dots or
# more (x.gov.cn): one dot is a file name (附件1.docx) as often.
# An address starts where no letter, digit, dot or slash stands before it: else a search from
# every position inside a long run of letters (finditer over page text) re-scans the run.
_PAGE_URL = (r"(?<![a-z0-9./:-])(?:(?:https?://|www\.)[^\s，。；、（）()]+"
             r"|(?:[a-z0-9-]+\.){2,}[a-z]{2,6}(?:/[^\s，。；]*)?)")
_CLOCK_TIME = r"\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?"
# The label ends with a colon (本页地址：) or stands in brackets, a colon or none after them
# (【本文地址】http://…, [本页网址]：…). Possessive runs: the optional colon between two runs
# split a long run of spaces every way (quadratic; the 300-character cap bounded it).
_STAMP_LABEL = r"(?:[^\s:：|｜]{1,8}\s*+[:：]|[【\[][^\s:：|｜【】\[\]]{1,8}[】\]]\s*+[:：]?)"
_STAMP_PAIR = rf"{_STAMP_LABEL}\s*+(?:{_PAGE_URL}|{_CLOCK_TIME})"
# After the pairs, a copy button's word may stand (本文链接：http://…　复制链接): a short run of
# letters only, after a space, ending the line.
_STAMP_BUTTON = r"(?:\s++[^\W\d_]{2,6})?"
PAGE_STAMP_RX = re.compile(rf"{_STAMP_PAIR}(?:[\s|｜]*{_STAMP_PAIR})*{_STAMP_BUTTON}", re.I)
_SITE_NAME = r"[^\W\d_]{2,24}"
SITE_HEADER_RX = re.compile(rf"{_SITE_NAME}\s*(?:{_PAGE_URL})|(?:{_PAGE_URL})\s*{_SITE_NAME}", re.I)
PAGE_STAMP_MAX_CHARS = 300
# Before the body starts (cleaning/head_furniture.py), a short line with no punctuation at all is
# the page's head furniture whatever its words: a site or logo name (某某司法), nav items, a top
# bar of link texts (上海某区 政府网站找错), a search-result count. Kept there: lines naming an
# organisation (a red-header organ line, signers on top), a red header (…文件), a line with a
# year (a title or subtitle), a table row, a section; dropped only when a body follows.
HEAD_BARE_MAX_CHARS = 24
HEAD_PUNCTUATION_RX = re.compile(r"[，,。；;：:、？?！!“”\"‘’《》〈〉（）()〔〕]")
# A breadcrumb trail with no 当前位置 label and no 首页 (政府信息公开 > 主动公开目录 > 区政府文件):
# three or more short items, no sentence mark in them, joined by the trail's arrows (not / or |:
# dates and table rows). Items cannot hold an arrow or a space: one way to split, linear.
_CRUMB_ITEM = r"[^\s>»＞›，,。；;：:！!？?]{1,12}"
BREADCRUMB_TRAIL_RX = re.compile(rf"^{_CRUMB_ITEM}(?:\s*+[>»＞›]\s*+{_CRUMB_ITEM}){{2,}}$")
# A year in any form (2024年度, 〔2025〕3号, 二〇二五年), or a red header's 文件: not furniture.
HEAD_KEPT_RX = re.compile(r"(?:19|20)\d{2}|[〇零○一二][〇零○一二三四五六七八九]{3}年|文\s*件$")
# A longer bar of link texts (首页 机构概况 政务公开 办事服务 互动交流 专题专栏 数据开放): this
# many short items or more, separated by spaces or bars.
HEAD_NAV_ITEM_SPLIT_RX = re.compile(r"[\s|｜/·•]+")
HEAD_NAV_MIN_ITEMS = 2
HEAD_NAV_ITEM_MAX_CHARS = 8
# A short exclamation (欢迎访问某县人民政府门户网站！) and a date bar (今天是2025年3月1日 星期六)
# above the body: a welcome and a clock, not the report's first line (it opens with a
# salutation, a lead paragraph or a section).
HEAD_EXCLAMATION_ENDS = ("！", "!")
HEAD_DATE_BAR_RX = re.compile(r"星期[一二三四五六日天]|礼拜[一二三四五六日天]")
HEAD_DATE_BAR_MAX_CHARS = 30
# A byline of label：value pairs (日期：2025-01-27来源：某区司法局) and a run of bracketed page
# controls (【大】【中】【小】, [打印][关闭]): two pairs, or a control run, make the line head
# furniture; one pair alone (解读机关：某司法局) may be the body's own line.
HEAD_CONTROL_RUN_RX = re.compile(r"(?:[【\[［]\s*[^【】\[\]［］\s]{1,4}\s*[】\]］]\s*){2,}")
# Read by splitting at the labels, not by one regex of repeated pairs: that one backtracked
# exponentially on a line of many labels (12 s on 97 characters).
HEAD_LABEL_RX = re.compile(r"[\u4e00-\u9fff]{2,5}\s*[:：]")
HEAD_VALUE_STOP_RX = re.compile(r"[，,。；;、？?！!]")
HEAD_VALUE_MAX_CHARS = 40
HEAD_BYLINE_MAX_CHARS = 90
# A numeric date, and a clock time, opening a byline (2025-03-29 16:02来源：某平台): one pair of the
# byline's, whatever stands between it and the next label. Bounded: linear.
# A lone date label and a numeric date (and clock time) above the body (日期：2025-03-31,
# 发布时间：2025-03-31 10:20): the page's date line under the title, one pair but no body line.
# One numeric date and clock time for both (the space before the time: possessive or not, the
# same, as a digit follows).
_HEAD_NUMERIC_DATE = r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s*+\d{1,2}:\d{2}(?::\d{2})?)?"
HEAD_DATE_LINE_RX = re.compile(
    rf"[\u4e00-\u9fff]{{0,4}}(?:日期|时间)\s*+[:：]\s*+{_HEAD_NUMERIC_DATE}")
HEAD_BYLINE_DATE_RX = re.compile(rf"{_HEAD_NUMERIC_DATE}\s*")
# A line of Latin letters alone above the body of a Chinese page (a logo's English subtitle,
# "Meizhou Municipal Bureau of Justice", a motto): the site's, whatever its length; a report's
# head lines (title, organ, doc number, salutation) are Chinese. No digits: a date or a code
# may be a report's.
HEAD_LATIN_LINE_RX = re.compile(r"^[A-Za-z][A-Za-z\s'’.,&-]*$")
# A side box's phone line above the body (旅游投诉电话：0898-86622345, 医保服务热线：12393):
# a short label ending in 电话/热线/专线 and nothing but numbers after it. A report's head
# (title, organ, doc number, salutation) gives no phone; its contact line closes it. Bounded.
HEAD_HOTLINE_MAX_CHARS = 60
HEAD_HOTLINE_RX = re.compile(
    r"[\u4e00-\u9fff（）()]{0,16}(?:电话|热线|专线)\s*+[:：]?\s*+"
    r"(?:[\d()（）+][\d\s()（）+\-－—]{2,19}[、，,/；;\s]*+){1,4}"
    # its office hours in brackets after the numbers (（工作日8:00-12:00，14:30-17:30）)
    r"(?:[（(][^（）()]{1,30}[）)])?")
# An accessible view's tip above the page (您正在访问某县人民政府网站无障碍版，按Alt+1进入主内容区，
# 按Alt+T返回顶部。): it names a key combination, which no report does, and may end a sentence.
HEAD_KEY_TIP_RX = re.compile(r"(?:Alt|Ctrl|Shift)\s{0,2}\+\s{0,2}[A-Za-z0-9]", re.I)
HEAD_KEY_TIP_MAX_CHARS = 120
# A column's slogan above a post's lead-in (普法小课堂，每日学一点; 学法用法 护航发展): two or
# more short clauses of Chinese characters only, split by commas or spaces, with no sentence end,
# no year, no number and no section marker (a report's heading has 、 or brackets); kept when a
# clause or the line ends like an organisation (某县人民政府，某县司法局: signers on top).
# Read by splitting at the commas and checking each clause: no regex of repeated clauses.
HEAD_SLOGAN_SPLIT_RX = re.compile(r"[，,\s]+")
HEAD_SLOGAN_CLAUSE_RX = re.compile(r"[\u4e00-\u9fff]{2,10}")
HEAD_SLOGAN_MIN_CLAUSES = 2
HEAD_SLOGAN_MAX_CHARS = 24
# A read or view counter in the byline above the body (某融媒 2025-03-26 17:45 阅读 2306, 浏览量：
# 1024, 点击数 56): the page counting its visitors. The line is furniture when the rest of it is
# no sentence (a source, a time); a report's sentence counting readers (组织干部阅读原著120人次，…)
# has its commas and stops. One counter, then digits: linear.
_READ_COUNTER = r"(?:阅读|浏览|点击|访问)(?:量|数|率|次数|人数)?"    # its label, both below
HEAD_READ_COUNT_RX = re.compile(rf"{_READ_COUNTER}[:：]?\s*\d+")
# The counter's label with no count, ending the line (发布人：某办 发布时间：… 点击率：<script>):
# a script writes the count. Furniture when a label or a date opens the rest of the line (a
# byline); a salutation ends in a colon but holds no counter.
HEAD_EMPTY_COUNT_RX = re.compile(rf"{_READ_COUNTER}\s*+[:：]\s*+$")
HEAD_READ_COUNT_STOP_RX = re.compile(r"[，,。；;？?！!、《》“”]")
HEAD_READ_COUNT_MAX_CHARS = 60
# A prompt to get the site's app or client above the body (一部手机办事通 下载“某某通”APP,
# 扫码下载客户端, 客户端下载), or a news client's share page asking to open the article in it
# (打开某某云APP，阅读体验更佳; 打开某某 阅读体验更佳; 在客户端打开，体验更好): the portal or
# client selling its app, not the report's. A download or open verb and an app or client within
# a few characters (a quoted app name between them), or the better reading the app promises, on
# a short line that ends no sentence. Bounded gaps: linear.
_APP = r"(?:客户端|APP|App|app)"
HEAD_APP_TIP_RX = re.compile(
    rf"(?:下载|扫码|扫一扫|安装|打开)[^。；;，,]{{0,16}}?{_APP}|{_APP}\s*+[内中里]?(?:下载|打开)|"
    rf"(?:阅读|浏览|观看|{_APP})体验更(?:佳|好)")
HEAD_APP_TIP_MAX_CHARS = 40
# A re-post's lead-in above the report it gives whole (近日，某县人民政府公布了…报告，全文如下：):
# it opens with 近日/日前/近期, tells of the report's publication and says the full text follows
# (全文). Not the report's: its own lead says 现将…报告如下 and opens otherwise. An
# interpretation's lead-in (…解读如下, 一图读懂…) names no full text and is that page's own
# text. One under an editor's note label (编者按：日前…) is an editor's note (EDITOR_NOTE_RX).
# A news dateline may open it (某某新闻讯（通讯员 某某）近日，…): a few letters and 讯, then the
# reporter in brackets. Anchored, bounded: linear.
REPOST_LEAD_IN_OPEN_RX = re.compile(
    r"^(?:[\u4e00-\u9fff]{1,8}讯\s{0,2}(?:[（(][^（）()]{0,20}[）)])?\s{0,2})?(?:近日|日前|近期)[，,]")
REPOST_LEAD_IN_VERB_RX = re.compile(r"公布|发布|刊发|转发|转载|印发|公开")
REPOST_LEAD_IN_WORDS = ("报告", "全文")     # each one in the line
REPOST_LEAD_IN_MAX_CHARS = 120
# An editor's note (【编者按】为主动接受社会监督，现将报告全文刊发。, 编者按：近日…现全文转发):
# the site's editor speaking about the report, never the report's own text, wherever it stands
# and however it ends (the gold has it neutral or noise, never body).
EDITOR_NOTE_RX = re.compile(r"[【\[（(]?\s{0,3}编者(?:按|的话)\s{0,3}[】\]）)]?")
# A short line pointing down at what follows (戳↓了解某县2024年法治政府建设情况, 往下看👇): a post's
# call to read on above the report; a report's own line never points at the screen.
HEAD_POINTER_MARKS = ("↓", "⬇", "👇", "⇩")
HEAD_POINTER_MAX_CHARS = 40
# A site's menu drawn as a <ul> of plain items, no links (机构职能 领导信息 内设机构 工作动态):
# with no article container found, a list of this many items or more, each this short, none
# with punctuation or opening with a digit, is navigation wherever it stands on the page.
NAV_LIST_MIN_ITEMS = 3
NAV_LIST_ITEM_MAX_CHARS = 10
# An account's slogan at a post's end or start ("某司法局 · 守护您身边的法治", "看某地 · 知天下事",
# "守护您身边的法治"): two short parts joined by a middle dot, or a short line speaking to the
# reader (您, 你), which a report's text never does outside a sentence.
SLOGAN_RX = re.compile(
    r"^[\u4e00-\u9fffA-Za-z0-9]{2,16}\s*[·•・‧∙]\s*[\u4e00-\u9fffA-Za-z0-9]{2,16}$")
READER_WORDS = ("您", "你")
SLOGAN_MAX_CHARS = 30
# The colophon (版记) under an official document: the 抄送 list and the "office (date) 印发" line.
COLOPHON_RX = re.compile(
    r"^抄\s*送\s*[:：]|^[\u4e00-\u9fff（）()]{1,40}?(?:办公室|办公厅|政府|委员会|局|委|厅|院|部|处|"
    r"中心|司|室)\s*(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*)?印\s*发$")
# A portal's notice on the page ("【温馨提示】因网络传输中断，本页内容可能显示不完整…"): a line
# opening with a notice label and speaking of the page or site, though it ends a sentence.
PORTAL_NOTICE_RX = re.compile(
    r"^[【\[（(]\s*(?:温馨|友情|重要)?提示\s*[】\]）)]|^(?:温馨|友情)提示\s*[:：]")
# A notice pointing the reader to the paper copy (温馨提示：如需查阅纸质文件，请到…查阅点查阅。)
# is the portal's too.
# A notice that the posted text yields to the official one (温馨提示：本文内容以正式文件为准) too.
PORTAL_NOTICE_WORDS = ("本页", "页面", "网页", "本站", "网站", "浏览器", "刷新", "管理员", "客户端",
                       "纸质文件", "查阅点", "为准")
# A prompt to install a document reader beside an attached file (（如无法正常浏览，请下载安装
# PDF阅读器：Adobe Reader）, 请下载OFD阅读器): the portal's help for its file links, never the
# report's, though it ends a sentence. An install verb and a reader a few characters on; bounded.
READER_PROMPT_RX = re.compile(
    r"(?:下载|安装)[^。；;，,]{0,12}?阅读(?:器|软件|工具)|Adobe\s{0,3}(?:Acrobat\s{0,3})?Reader",
    re.I)
READER_PROMPT_MAX_CHARS = 60
# A source note in brackets after the signature ((本文信息由某县司法局提供), (稿件由…供稿)): the
# portal's credit for who sent the page in, never the report's own line.
SOURCE_NOTE_RX = re.compile(
    r"^[（(]\s*+(?:本文|本条|本篇|此文|本页)?(?:信息|内容|稿件|图文|文章|资料|素材)?由"
    r"[^，,。；;（）()]{2,30}?(?:提供|供稿|报送)\s*+[。.]?\s*+[）)]$")
# A notice link standing in the body (【公告】某局2025年公开招聘编外工作人员公告（点击查看）): a
# short line ending in a bracketed click prompt labels a link to another page.
CLICK_LINK_RX = re.compile(r"[（(【\[]\s*+点(?:击|此)\s*+(?:查看|进入|浏览|阅读|报名|下载)?"
                           r"(?:详情|全文|原文)?\s*+[）)】\]]$")
DISCLAIMER_MAX_CHARS = 200     # a disclaimer or colophon is a line or two; longer text is body
# Furniture that trafilatura glues onto a real line: cut these spans out.
NOISE_INLINE_RX = re.compile(
    r"【\s*字[体号][:：]?\s*[大中小\s]*】|字[体号][:：]\s*\[?\s*大\s*中\s*小\s*\]?|"
    r"【\s*打印(本页|此文|本文|文章)?\s*】|【\s*关闭(窗口)?\s*】|\[\s*打印本页\s*\]|\[\s*关闭窗口\s*\]")
# Metadata block rows (META_LINE_RX, with the metadata labels below) and bylines that may
# leak into the extracted text.
BYLINE_RX = re.compile(
    r"^[•·\s]*(\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(\s+\d{1,2}:\d{2}(:\d{2})?)?)$")
# A date, or an organisation and a date, on a line of its own above the body ("芜湖市水利局
# 2025年1月24日" centred under the byline, "（二〇二五年三月十日）" under a title): the closing
# signature repeated at the top, never body before it starts.
HEAD_SIGNATURE_RX = re.compile(
    r"^[（(]?[\u4e00-\u9fff（）()]{0,40}?\s*(?:\d{4}|[〇零○一二三四五六七八九]{4})\s*年"
    r"\s*[\d一二三四五六七八九十]{1,3}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日[）)]?$")
# A byline opening with its date, then further labels ("2024-02-26 10:31:05　来源：某局　评论：0"):
# group 1 is the date.
DATED_BYLINE_RX = re.compile(
    r"^[•·\s]*(\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)"
    r"\s+[^\s:：]{1,6}\s*[:：]")
# A platform's byline date said with a verb, no label (微博 头条文章 and 知乎 "发布于 2025-03-28
# 10:15", a Discuz forum post "发表于 2025-3-28 10:15:23"), alone or before more of the byline
# (・IP 属地…): read in the title block only (title_block.py), never from a sidebar. 编辑于
# (知乎) dates the last edit, not the post: not read.
_POSTED_DATE = r"\s*(\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?)"
POSTED_BYLINE_RX = re.compile(rf"^[•·\s]*(?:发布|发表)于{_POSTED_DATE}(?=$|[\s・·|｜,，])")
# Such a byline, 编辑于 too, as a line of its own above the body is head furniture
# (head_furniture.py): the poster's name before it or not, a short tail after a dot or bar
# (・IP 属地广东), no sentence.
HEAD_POSTED_BYLINE_RX = re.compile(
    rf"(?:[\u4e00-\u9fffA-Za-z0-9_]{{1,20}}\s*)?(?:发布|发表|编辑)于{_POSTED_DATE}"
    r"(?:\s*[・·|｜][^，,。；;！!？?]{1,20})?")

# A platform's byline of a bare timestamp and the poster's IP region beside it, nothing
# labelling the date (百家号: <span data-testid="updatetime">2025-03-27 16:05</span><span
# data-testid="address">江西</span>, or 发布于：江西 / IP属地：湖北 after it): the element after the
# timestamp is a region line (metadata.region_byline_date). Class names are hashed: not read.
# The region is a province's short name (江西, 内蒙古, 广西), from the project's GB/T 2260 list.
_PROVINCES = "|".join(sorted({re.sub(r"(?:壮族|回族|维吾尔)?(?:自治区|特别行政区|省|市)$", "", name)
                              for name in PROVINCES.values()}))
# Possessive runs: a long run of spaces was split every way between the two \s*.
IP_REGION_LINE_RX = re.compile(
    rf"^(?:(?:IP\s*+属地|IP|发布于|来自|属地)\s*+[:：]?\s*+)?(?:{_PROVINCES})$", re.I)
REGION_BYLINE_MAX_CHARS = 16     # a region line is this short at most

# Publication time in an element named for it (WeChat <em id="publish_time">, portals'
# <span class="pubtime">): substrings of a lower-cased id or class.
PUBLISHED_NODE_NAMES = ("publish_time", "publish-time", "publishtime", "pubtime", "pub_time",
                        "pubdate", "pub-date", "fbsj", "fbrq", "release-time", "releasetime")
# The date beside the article's heading when nothing labels one (cleaning/title_block.py):
# looked for in this many elements after the heading, up to the body or a list or heading
# (a related list, the sidebar); in attributes a script writes into an empty element
# (data-time="2025-03-12 11:06:45"), <time datetime>, <meta itemprop="datePublished">; as the
# text of an element named for a date or time (class="date", id="riqi"), a label before it
# allowed; with no such name, only a numeric date or one with a time (a 年月日 date alone
# under a title is the 成文 date, not the publication's).
TITLE_BLOCK_ELEMENTS = 30
# A date card beside the heading, above or below it: the day and the year-month in two elements
# of one box (<div class="date-card"><b>18</b><i>2025-03</i></div>), either order. Looked for
# in this many elements before the heading (its preceding siblings) when none follows it.
DATE_CARD_DAY_RX = re.compile(r"(\d{1,2})日?")
DATE_CARD_MONTH_RX = re.compile(r"((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})月?")
DATE_CARD_SIBLINGS = 2
TITLE_BLOCK_STOP_TAGS = frozenset(("ul", "ol", "li", "h1", "h2", "h3", "h4", "iframe"))
DATE_ATTRIBUTES = ("data-time", "data-date", "data-pubtime", "data-pubdate", "data-publish-time",
                   "data-publishtime", "data-release-time", "datetime")
DATE_ITEMPROPS = ("datepublished",)
DATE_NODE_RX = re.compile(r"date|time|pub|fbsj|fbrq|riqi|shijian|(?<![a-z])rq(?![a-z])",
                          re.I | re.A)
_DATE_TIME = (r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"
              r"(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?")
TITLE_DATE_RX = re.compile(
    rf"^[\[【（(]?\s*(?:([^\d:：\s][^\d:：]{{0,7}}?)\s*[:：]\s*)?((?>{_DATE_TIME}))\s*+[\]】）)]?$")
UNNAMED_DATE_RX = re.compile(r"^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$|"
                             r"^\d{4}年\d{1,2}月\d{1,2}日\s*\d{1,2}:\d{2}(?::\d{2})?$")
# Under the title, a line of a numeric date and an organisation and nothing else, no label
# (2025-03-27　某区人民政府, 某县司法局 2025-01-08 10:20, or glued: 2025-03-27某区人民政府, its
# spans given no space): a mobile page's info line, its date the publication's. A 年月日 date
# beside an organisation there is the signature repeated (成文 date) and is not read so.
# The organisation must end like one (ORG_SUFFIX_RX). Anchored: linear.
_INFO_ORG = r"[\u4e00-\u9fff（）()]{2,30}"
_INFO_DATE = r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?"
DATED_ORG_LINE_RX = re.compile(
    rf"^(?:(?P<date>{_INFO_DATE})\s*(?P<org>{_INFO_ORG})"
    rf"|(?P<org2>{_INFO_ORG})\s*(?P<date2>{_INFO_DATE}))$")
# <meta> names of the publication time, trusted as PubDate is (lower-cased; og:/article: tags
# name themselves in property=): the national site spec's PubDate, CMSs' own names, Dublin Core.
PUBLISHED_META_NAMES = ("pubdate", "publishdate", "firstpublishedtime", "pubtime", "publishtime",
                        "publish_time", "publish-time", "releasedate", "release_date",
                        "dcterms.issued", "dc.date.issued", "datepublished")
# A JSON-LD block's key for the publication time (schema.org Article/NewsArticle).
JSON_LD_DATE_KEYS = ("datePublished",)
# The article's own heading in an element named for it (<div class="cs_title">, id="biaoti",
# class="tit", "news-tit", "xxgk_bt", "detail-tt"), read when the <title> is only the site's
# name; a subtitle (作者 来源 line) is not one.
TITLE_NODE_RX = re.compile(r"(?<!sub)title|biaoti|(?<![a-z])(?:tit|bt|tt)(?![a-z])",
                           re.I | re.A)
TITLE_NODE_MAX_CHARS = 80
# <meta> names of the site's name (og:site_name is a property): a <title> equal to one of them
# names the site, not the article.
SITE_NAME_METAS = ("og:site_name", "sitename", "site_name", "site")
# The header's logo (<div class="logo">, <h1 id="logo"><img alt="…">): its text or image alt is
# the site's name too.
LOGO_NODE_RX = re.compile(r"logo", re.I | re.A)
# With no content container found, boxes named as related links, share bars or QR codes holding
# less than this share of the page's letters are pruned before the whole page is extracted
# (trafilatura keeps a 【相关信息】 box after the signature). Fewer names than NOISE_NODE_RX: on
# the whole page, "tool", "bottom" or "print" also name wrappers and viewer UI.
PAGE_NOISE_NODE_RX = re.compile(
    r"qrcode|qr_|erweima|share|fenxiang|bdshare|related|xgxx|xglj|xgwj|xgjd|xg-list|xgwz|xgxw",
    re.I)
PAGE_NOISE_BOX_MAX_SHARE = 0.3
# A publication time only an inline script holds (WeChat: var ct = "1706222892", var createTime
# = '2025-02-19 17:16', var oriCreateTime = '1737259200', and in window.cgiData an object's
# create_time: JsDecode('2025-01-19 12:00')): trusted least, after every label, <meta> and
# byline. svr_time is the server's time when the page was fetched: never named. The lookahead
# names the first letters, so the regex engine skips to them (~40 % less time over 30 KB of
# inline scripts than trying every name at every position).
SCRIPT_DATE_NAMES = ("ct", "createTime", "create_time", "oriCreateTime", "ori_create_time",
                     "publish_time", "publishTime", "pubDate", "pubTime")
SCRIPT_DATE_RX = re.compile(
    r"""(?=[cpo])\b(?:{})\s*[=:]\s*(?:JsDecode\(\s*)?""".format("|".join(SCRIPT_DATE_NAMES))
    + r"""(?:["']\s*)?(\d{10}(?:\d{3})?|\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2})""")

# ----------------------------------------------------------------------------- script
TRADITIONAL_MIN_RATIO = 0.08   # share of Han characters that t2s changes, above which we convert
SCRIPT_SAMPLE_CHARS = 6000
# A Traditional text that writes 著 and never 着 writes both zhù and zhe as 著 (Taiwan's
# standard, and Big5, which has no 着): read with OpenCC's Taiwan config (著力 → 着力, 著名 kept).
# A text that has 着 at all keeps the two apart: its 著 are zhù (卓著, 编著), read with t2s.
TRADITIONAL_CONFIG = "t2s"
ONE_ZHU_CONFIG = "tw2s"
ZHU, ZHE = "著", "着"
# CJK compatibility and small forms (vertical ︰ ︐, small ﹑ ﹔ of Taiwan and Big5 pages): read
# as the ordinary punctuation before anything else, so 一﹑ is a heading marker like 一、. Each
# is its NFKC form, made full-width where that is ASCII punctuation (﹔ → ； not ;), but for the
# overrides: ︰ (two dot leader) is Big5's full-width colon, ︙ an ellipsis.
PRESENTATION_FORM_RANGES = ((0xFE10, 0xFE1F), (0xFE30, 0xFE4F), (0xFE50, 0xFE6F))
PRESENTATION_FORM_OVERRIDES = {"\ufe30": "：", "\ufe19": "…"}

# ----------------------------------------------------------------------------- metadata
# label (spaces removed) -> field
_LABELS_BY_FIELD = {
    "index_number": "索引号 信息索引号 信息索引 索取号",
    "publisher": "发布机构 发文机关 制发机构 发布单位 发文单位 发文机构 公开主体 信息公开主体 "
                 "发布机关 发布部门 公开责任部门",
    "written": "成文日期 发文日期 公文生成日期 生成日期 印发日期 制发日期",
    # 上载/上传日期: the day a gkml system took the file in (its 发文日期 is the writing date)
    "published": "发布日期 发布时间 公开日期 公开时间 发表时间 上线时间 上网时间 上网日期 "
                 "上载日期 上载时间 上传日期 上传时间",
    "doc_number": "文号 发文字号 备注/文号 文件编号 发文文号 文件字号",
    "title": "标题 名称 文件名称 信息名称",
    "source": "来源 信息来源 文章来源 稿件来源",
    # byline dates of old CMSs (动易 ASP: 更新时间), and a re-post's 转载时间 (the date this page
    # carried the text): publication, trusted less than PubDate or a 发布日期 beside them
    "published_byline": "更新时间 更新日期 发稿时间 发稿日期 录入时间 添加时间 转载时间 转载日期",
    # bare 时间/日期 in a byline: publication, but trusted least
    "published_weak": "时间 日期 发布",
}
METADATA_LABELS = {label: name for name, labels in _LABELS_BY_FIELD.items()
                   for label in labels.split()}
# Labels of metadata rows that name no field we keep: still rows, never report text.
_OTHER_ROW_LABELS = ("主题分类 分类 主题词 有效性 时效 内容概述 公开属性 公开方式 签发人 "
                     "信息分类 体裁分类 组配分类 服务对象 关键词 效力状态 生效日期 废止日期 "
                     "失效日期 失效时间 成文机关")
# Every row label: a value ends where the next one starts, spaced or not (索引号：A-1公开属性：…).
ROW_LABELS = (*METADATA_LABELS, *_OTHER_ROW_LABELS.split())
# A leaked metadata row (noise): a label, spaces allowed between its characters, then a colon.
# The bare 时间/日期/发布 of bylines are left out: "时间：" opens body lines too.
META_LINE_RX = re.compile(r"^[•·\-\s]*({})\s*[:：|]".format("|".join(
    r"\s*".join(map(re.escape, label))
    for label in ROW_LABELS
    if METADATA_LABELS.get(label) != "published_weak")))
METADATA_LABEL_MAX_CHARS = 10
# A table cell holding a label and its value (公开单位：某县人民政府办公室): a short label, a
# colon, a value (label_rows: a disclosure table's row of such cells).
LABEL_VALUE_CELL_RX = re.compile(rf"^[^:：]{{1,{METADATA_LABEL_MAX_CHARS}}}[:：]\s*\S")
METADATA_VALUE_MAX_CHARS = 200
# A label on a line of its own before the body (<dl><dt>索　引　号：</dt><dd>…): the next line is
# its value unless it ends as a sentence or a salutation does (the body after an empty value).
LABEL_VALUE_ENDS = ("。", "；", ";", "！", "？", "：", ":")
# Before the body, a label glued to its value with no colon (<li><span>索引号</span><span>K-1…,
# 来源 某县司法局, [标题] …): any row label but the bare 时间/日期/发布 of bylines, which open a
# report's own first lines too.
HEAD_GLUED_LABEL_RX = re.compile(r"^[•·\-\s\[【]*(?:{})".format("|".join(
    r"\s*".join(map(re.escape, label))
    for label in sorted(ROW_LABELS, key=len, reverse=True)
    if METADATA_LABELS.get(label) != "published_weak")))
METADATA_SEGMENT_MAX_CHARS = 160     # longer texts are body prose, not label/value rows
LABEL_CLIMB_LEVELS = 3     # <td><span><B>label</B></span></td>: wrappers around a label
# Inline elements that only pad a label's characters apart (索<em>　</em>引<em>　</em>号：):
# empty, they leave the label whole when it is read as one text.
LABEL_PADDING_TAGS = frozenset(("em", "i", "span", "font", "b", "strong", "u", "br", "img"))
# A field name in a link or button is a search filter or a menu item (范围：全部 标题 正文), not a
# label cell: the element after it is not its value.
NOT_LABEL_TAGS = frozenset(("a", "button"))
# Source bylines that name no organisation (本站原创, 本网, 网站编辑...): never the publisher.
NOT_PUBLISHER_RX = re.compile(
    r"^(本站|本网)|^(原创|网站编辑|本站编辑|编辑部|网络|互联网|转载|网络转载|佚名|未知|不详|"
    r"admin|administrator|管理员|系统管理员)$", re.I)
# Boxes whose labels are never the page's metadata (cleaning/labels.py): the footer (its 更新日期
# is the site's), and a listing's row, an item whose link is a headline this long (a sidebar's
# 发布时间 of another article; a metadata item's linked value is a short site name).
FOOTER_NODE_RX = re.compile(r"footer|(?<![a-z])foot(?![a-z])|copyright|banquan|bqxx", re.I | re.A)
HEADLINE_MIN_CHARS = 12
# A website named as a 来源 or site name (某县人民政府网, 某市司法局门户网站): its owner, before
# the suffix, is the publisher when it is an organisation's name.
SITE_NAME_SUFFIX_RX = re.compile(r"(?:门户网站|政务网|网站|网)$")
# A 来源 naming a news outlet (a report re-posted from 人民网, a sidebar item from 新华社, a
# county's 融媒 or "某县发布" account): the outlet carried the text, it did not publish the report.
NEWS_OUTLET_RX = re.compile(
    r"新华社|新华网|人民网|人民日报|中新社|中新网|中国新闻网|央视|央广|中央广播电视|光明网|澎湃|"
    r"新京报|环球网|日报|晚报|晨报|商报|报社|电视台|广播电视|融媒|新闻网|新闻中心|网易|腾讯|发布$|"
    r"新浪|搜狐|今日头条|学习强国")
EMPTY_VALUES = frozenset(("无", "无号", "暂无", "-", "—", "——", "/", "null", "none", "空", "— —",
                          "undefined", "nan", "n/a"))
# Unrendered template placeholders (Vue/Angular {{…}}, JS ${…}, ASP/JSP <%…%>, Thymeleaf #{…},
# Smarty {$…}): the HTML shell of a script-rendered page holds these instead of values.
PLACEHOLDER_MARKS = (("{{", "}}"), ("${", "}"), ("<%", "%>"), ("#{", "}"), ("@{", "}"),
                     ("{$", "}"), ("[[", "]]"))      # (opening, closing)
DATE_RX = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")
EPOCH_RX = re.compile(r"^\d{10}(\d{3})?$")
# A date run together (20250305, a CMS's compact form) and one in Chinese numerals (二〇二五年
# 三月五日, a Traditional or old page's 发布日期).
COMPACT_DATE_RX = re.compile(r"^((?:19|20)\d{2})(\d{2})(\d{2})$")
CN_DATE_RX = re.compile(r"([〇零○一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月"
                        r"\s*([一二三四五六七八九十]{1,3})\s*日")
DOC_NUMBER_RX = re.compile(
    r"^[\u4e00-\u9fff]{1,12}\s*[〔\[［【（(]\s*\d{4}\s*[〕\]］】）)]\s*(?:第\s*)?\d{1,5}\s*号$")
# The 文号 line atop a body is looked for in this many texts of the container, before the first
# that starts the body (this long, or ending a sentence or a salutation).
DOC_HEAD_TEXTS = 12
BODY_START_CHARS = 40
BODY_START_ENDS = ("：", ":", "。", "；", ";", "！")
YEAR_IN_TITLE_RX = re.compile(r"(\d{4})\s*年")
YEAR_IN_BODY_RX = re.compile(r"^(\d{4})年(度)?[，,以来我全]")
CN_DIGITS = {"〇": 0, "零": 0, "○": 0, "Ｏ": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5,
             "六": 6, "七": 7, "八": 8, "九": 9}
CN_YEAR_RX = re.compile(r"([〇零○一二三四五六七八九]{4})年")
TITLE_SUFFIX_SEPARATORS = ("_", "-", "－", "—", "|", "｜", " ")
# A bracketed tag after a page's <title> (…报告（无障碍版）, …报告（关怀版）): the view's, when the
# page's own title line shows the title without it (cleaning/fields.py).
TITLE_TAG_SUFFIX_RX = re.compile(r"[（(][^（）()]{1,8}[)）]$")
# A paged document's page number after its title (…报告（1）, …报告(2), …报告（第2页）): never
# part of the title. One or two digits: a year in brackets (…报告（2024）) is no page number.
PAGE_NUMBER_SUFFIX_RX = re.compile(r"(?<!\s)\s*+[（(]\s*+(?:第\s*+)?\d{1,2}\s*+(?:页\s*+)?[)）]$")
# A <title> naming a kind of page, not a document (搜索结果-某市人民政府): the page has no title
# (the site's name beside it is none either).
UI_PAGE_TITLE_RX = re.compile(r"^(?:站内|全站|全文|高级)?(?:搜索|检索|查询)(?:结果|页面?)?$")
# A file cover's red header (莆田市人民政府文件, 中共某县委 某县人民政府文件, letter-spaced or
# not): the organisation issuing the file, its publisher when nothing else names one.
RED_HEADER_RX = re.compile(r"^(\S.{1,60}?)\s*文\s*件$")
RED_HEADER_ISSUER_MAX_CHARS = 30
# Signing bodies: short closing lines ending like an organisation.
ORG_SUFFIX_RX = re.compile(
    r"(人民政府|政府|行政公署|委员会|管委会|办公室|办公厅|司法局|局|厅|委|院|中心|街道办事处|办事处|公司)$")
# The issuer a report title names before its year or 关于 ("阳曲县2024年…报告", "某市司法局关于…"):
# the publisher of last resort (a scanned file names no signer). A bare region is its
# government (REGION_GOVERNMENT appended); an organisation is itself.
TITLE_ISSUER_RX = re.compile(
    r"^([\u4e00-\u9fff]{2,24}?)(?=\d{4}|[〇零一二][〇零一二三四五六七八九]{3}|关于)")
REGION_RX = re.compile(r"(省|自治区|市|县|区|旗|州|盟|自治县)$")
REGION_GOVERNMENT = "人民政府"
SIGNATURE_MAX_CHARS = 40
# Signers over a closing date (a committee, then a government): this many organisation lines.
SIGNERS_MAX_LINES = 3
# A signer's name shortened above the body (a logo's 嘉定区人民政府, the report signed 上海市
# 嘉定区人民政府): at least this long, and what it leaves off a region's name ending so.
SIGNER_SHORT_MIN_CHARS = 5
REGION_ENDS = ("省", "市", "自治区", "州", "盟", "地区")
SIGNATURE_WINDOW = 6

# ----------------------------------------------------------------------------- report / title
# A report's name in its title: 法治政府建设 (or 依法行政) and 报告 a few characters on, anywhere
# in the title; or, ending the title, a long formal name ("关于报送某县2021年度法治政府建设工作
# 情况暨党政主要负责人履行推进法治建设第一责任人职责情况的报告").
REPORT_TITLE_RX = re.compile(r"法治政府建设.{0,20}报告|法治政府建设报告|依法行政.{0,12}报告")
FORMAL_REPORT_TITLE_RX = re.compile(
    r"(?:法治政府建设|依法行政)[^《》〈〉<>]{0,90}?报告[》」』”\"）)]*$")
# Words of a page that is no report, inside the report's name as well as around it (督察反馈问题
# 整改情况的报告, 工作要点, 实施方案); NOT_REPORT_RX below is judged around the name only.
NOT_REPORT_NAME_RX = re.compile(r"督察|督查|整改|要点|通知|通告|公告|会议|方案|意见|办法|述法|"
                                r"考核|评估|征求|答复|批复|讲话|新闻|动态|简报|"
                                # a third party's survey of the government's work, not its report
                                r"测评|满意度|第三方|民意调查|"
                                # a legislature's (人大, 政协) 调研/视察 report on that work
                                r"调研|视察")
# A government's own submission ("某县人民政府关于报送…情况的报告"): 报送 names the report it
# sends when the title itself ends in 报告 (not in 报告的函 / 报告的通知).
OWN_SUBMISSION_WORDS = ("报送", "呈报")
REPORT_TITLE_END_RX = re.compile(r"报告[》」』”\"）)]*$")
# A notice about a report, its title quoting the report's name in 《》 and ending in its own kind
# (关于《…报告》有关内容的更正说明, 《…报告》勘误, 《…报告》的补充说明): read after the quoted name,
# which the title must end in one of these words (…报告》（更正版） is the report, corrected).
# A draft's tag may stand inside the quote (关于《…报告（送审稿）》的起草说明).
QUOTED_REPORT_NOTICE_RX = re.compile(
    r"^(?:[（(][^（）()《》]{1,8}[）)])?[》」』]\s*[^《》]{0,30}?"
    r"(?:更正|勘误|说明|声明|启事|致歉|通知|公告|通告)"
    r"(?:说明|公告|声明|启事|表|函)?[!！。]?$")
# A re-post's headline that is news of a report's publication (某州2024年法治政府建设工作情况报告
# 公布, …报告全文发布): the report's own title is a line opening the body or the one the opening
# quotes in 《》 (日前，州人民政府公开发布《…的报告》。), and that is the document's title.
NEWS_OF_REPORT_RX = re.compile(r"报告(?:全文)?(?:正式|今日|近日)?(?:公布|发布|公开|全文)[!！。]?$")
QUOTED_REPORT_RX = re.compile(r"《([^《》]{8,80})》")
# A re-post's headline tagged with its column (权威发布｜某县2024年法治政府建设年度报告, 法治
# 专栏：…, 重磅 | …): a short tag, a bar or colon, then a title, often the report's shortened.
# When the body holds the report's own title of the same year (a line opening it, or the one its
# opening lines quote in 《》) that is the document's title. An interpretation's tag (一图读懂｜,
# 图解：) makes no report of the page and is never read so. Anchored, one bounded run: linear.
COLUMN_TAGGED_TITLE_RX = re.compile(r"^[^\s｜|丨:：《》“”]{2,8}\s*[｜|丨:：]\s*\S")
INTERPRETATION_RX = re.compile(r"解读|图解|一图读懂|一图看懂|图说|答记者问|新闻发布会|问答|"
                               r"一图|速览|读懂|划重点")
DISCLOSURE_REPORT_RX = re.compile(r"政府信息公开.{0,10}(年度)?(工作)?报告|信息公开年报")
# Other annual reports and summaries of one kind of work (政务公开工作总结, 信息公开年报, 行政复议
# 和行政应诉工作情况报告: built like the annual report, numbered parts, problems, plans, signer): a
# title that names one and not the report's own name is no report (a report naming 行政复议 in
# passing names 法治政府建设 too, which is read first); nor is a body whose opening frames one
# (现将政务公开工作总结如下) unless that framing names 法治政府建设 too.
OTHER_WORK_REPORT_RX = re.compile(
    r"(?:政务公开|信息公开|行政复议|行政应诉)[^，。；]{0,12}?(?:总结|报告|年报)")
# Report kinds with their own name, however report-shaped their body (numbered parts, 特此报告,
# the government as signer): a 示范 creation or project application's 自评/自查报告, a 党组/党委
# report on its 全面从严治党 主体责任; a self-inspection of how the reports themselves were made
# (关于法治政府建设年度报告制度落实情况的自查报告: the report's name, then the inspection's own
# 自查/自评报告; or the 年度报告制度, the system of reports, named). Read in the title
# (cleaning/report.py).
OTHER_REPORT_KIND_RX = re.compile(
    r"示范[^，。；]{0,20}?(?:自评|自查)(?:情况)?报告|从严治党|(?:党组|党委)[^，。；]{0,40}?主体责任|"
    r"报告制度|报告[^，。；]{1,30}?(?:自评|自查)(?:情况)?报告")
# A report on another kind of work by its title's shape (某局2024年度公平竞争审查工作情况报告,
# 关于…备案审查工作情况的报告, 审计工作报告): a title ending in a work or situation report that
# names no rule-of-law work at all. Its body may mention 法治政府建设 in passing (纳入法治政府
# 建设考核) and be built like the report (numbered parts, problems, plans, 特此报告); the
# report's own titles name it (法治政府建设, 依法行政, or 法治 in a 法治建设 report's).
WORK_REPORT_TITLE_END_RX = re.compile(r"(?:工作|情况)的?报告[》」』”\"）)]*$")
RULE_OF_LAW_TITLE_WORDS = ("法治", "依法", "法制")
OTHER_WORK_FRAMING_RX = re.compile(
    r"现将[^。]{0,30}?(?:政务公开|信息公开)[^，。；]{0,12}?(?:总结|报告)如下")
NOT_REPORT_RX = re.compile(
    r"通知|通告|公告|会议|工作要点|要点|计划|方案|督察|意见|办法|规定|考核|培训|座谈|调研|部署|召开|举办|"
    r"启动|获评|公示|评估|述法|简报|动态|新闻|征求|答复|批复|函$|决定|目录|清单|报送|讲话|"
    # pages about reports: a 通报 on them, a check's results, a guide or template for writing them,
    # a meeting hearing one, a collection of several
    r"通报|结果|反馈|排名|评查|抽查|评议|指引|指南|模板|提纲|范本|听取|审议|汇编|汇总|名单|述职|出炉|"
    r"测评|满意度|第三方|民意调查")
REPORT_BODY_WORDS = ("法治政府建设", "依法行政")
# A title cut short by a listing or a <title> tag: it ends in ..., … or ⋯.
# Starts only where a run of spaces or marks starts, possessive runs: retried from each of a
# long run of spaces, it split the run every way between the two \s* (cubic).
TRUNCATED_TITLE_RX = re.compile(r"(?<!\s)\s*+(?:(?<!\.)\.{2,}+|(?<!…)…++|(?<!⋯)⋯++)\s*+$")
# Pages about reports (cleaning/page_kind.py). A report's own voice: a salutation line at its
# head ("市人民政府：", "中共某县委："), its formulas. A reporter's voice in the first lines.
VOICE_SCAN_LINES = 4
# A salutation among the walk's first lines that trafilatura dropped goes back (walk_checks).
SALUTATION_SCAN_LINES = 6
SALUTATION_RX = re.compile(r"^[\u4e00-\u9fff、\s]{2,30}(政府|委员会|委|局|厅|办|院|会|部)[：:]$")
REPORT_VOICE_RX = re.compile(r"现将.{0,30}报告如下|特此报告|报告如下[：:]")
NEWS_VOICE_RX = re.compile(
    r"^(近日|日前|近期|昨天|昨日|今天|今日|本报讯|本网讯)|^.{0,20}讯[\s（(]|记者|通讯员|据了解|"
    r"据悉|获悉|据介绍|报告显示|报告指出|报告称|该报告")
# A page about other bodies' reports, by how its opening frames it (cleaning/page_kind.py): a
# 通报 or notice (现将…通报如下, 对各县市…年度报告公开情况进行了检查), a request to send reports
# (请各单位…报送…报告), a meeting that heard one, a guide or plan (制定本指引), the 政府信息公开
# annual report (根据《政府信息公开条例》…编制本报告). Read in its opening (up to ABOUT_SCAN_LINES
# lines, before the first numbered part) of a page that nowhere speaks as a report does (现将…
# 报告如下, 特此报告).
ABOUT_SCAN_LINES = 6
_REPORT_CHECKS = "检查|评查|抽查|审查|评估|考核|督察|督查|评议|点评|核查|测评|通报"
ABOUT_REPORTS_FRAMING_RX = re.compile(
    r"现将[^。；]{0,40}?(?:通报|公布|公示|反馈|通知|印发|发布)如下|"
    rf"(?:对|就)[^。；]{{0,60}}?报告[^。；]{{0,30}}?(?:{_REPORT_CHECKS})|"
    r"请[^。；]{0,60}?(?:报送|提交|上报)[^。；]{0,60}?报告|请[^。；]{0,60}?报告[^。；]{0,30}?(?:报送|提交|上报)|"
    r"(?:召开|举行)[^。；]{0,40}?(?:会议|常委会|常务会)[^。；]{0,40}?(?:听取|审议)[^。；]{0,40}?报告|"
    r"会议[^。；]{0,20}?(?:听取|审议)[^。；]{0,40}?报告|"
    # a 解读 retelling the report in the third person (该报告共分为五个部分, 《…报告》指出)
    r"(?:该|这份|此份)报告|《报告》(?:共|主要)?(?:分为|包括|包含|指出|显示|提到|明确|总结)|"
    r"制定本(?:工作)?(?:指引|指南|方案|要点|计划|办法|细则)|"
    r"(?:提出|制定|作出)(?:如下|以下)[^。；]{0,6}?(?:要点|计划|安排|意见|措施)|"
    r"政府信息公开条例[^。；]{0,60}?(?:编制|制作|发布)本(?:年度)?报告|本(?:年度)?报告[^。；]{0,30}?依据"
    r"[^。；]{0,20}?政府信息公开条例")
# A page judging several reports at once (有的报告未写明…, 个别报告缺少…, at least twice): a
# report never speaks of itself so.
REPORTS_CRITIQUE_RX = re.compile(r"(?:有的|个别|部分|少数)(?:年度)?报告")
REPORTS_CRITIQUE_MIN = 2      # a report's own shortcomings may name one unit's late report once
# A document title quoted in a line (《关于对…报告进行督查的通知》): read as 《报告》 when it
# names a report, else as 《》, so a report citing a notice about reports is not framed by it.
QUOTED_TITLE_RX = re.compile(r"《[^《》]{0,80}?(报告)?》")
# A question-and-answer page (问：… 答：…, a 解读 by interview): this many question lines.
QA_LINE_RX = re.compile(r"^[【\[]?\s*(?:问|答)\s*[】\]]?\s*[:：]")
QA_MIN_LINES = 2
# A letter and its reply (县长信箱, 书记信箱, 留言板, 网上咨询): lines opening with a label of the
# letter's (来信内容, 信件编号, 留言人…) and lines opening with a label of the reply's (回复内容,
# 办理单位, 答复时间…), a colon after it or the label a row's first cell (来信内容 | 您好…); a
# run of spaces may set two label pairs apart on one line (办理单位：某局　　回复时间：…). With
# both roles, a letter's opening the page, the page is no report, whatever it asks.
# The letter's labels name a letter, a message or a consultation: a report's table of problems
# and results (问题描述 | 整改措施 | 办理结果) or a case told as 问题描述：… 处理结果：… is none.
LETTER_LABELS = ("来信", "来信内容", "来信人", "来信时间", "来信日期", "来信标题", "来信主题",
                 "群众来信", "信件编号", "信件标题", "信件内容", "信件类型", "留言", "留言内容",
                 "留言人", "留言时间", "留言标题", "网友留言", "咨询内容", "写信人")
REPLY_LABELS = ("回复内容", "答复内容", "回复单位", "答复单位", "回复部门", "答复部门", "回复机构",
                "办理单位", "承办单位", "处理单位", "回复时间", "答复时间", "回复日期", "答复日期",
                "办理结果", "处理结果", "回复意见", "答复意见", "部门回复", "单位回复", "官方回复",
                "回复", "答复")
LETTER_ROLE_RX = re.compile(
    rf"(?:(?P<letter>{'|'.join(LETTER_LABELS)})|(?P<reply>{'|'.join(REPLY_LABELS)}))"
    rf"\s*+(?:[:：]|{re.escape(TABLE_CELL_SEPARATOR.strip())}|$)")
# Label pairs on one line, set apart by a run of spaces; each run is read once: linear.
LETTER_CELL_SPLIT_RX = re.compile(r"\s{2,}+")
# A letter page opens with its letter's labels (信件编号, 来信人, 来信内容): in its first lines,
# before any numbered part. A report may label lines so only further on, past its opening: a
# table of its mailbox's counts (来信 | 356 over 回复 | 350), a case it tells (来信内容：…
# 办理结果：…), its mailbox's figures (来信：全年受理…。 答复：…。).
LETTER_OPENING_LINES = 6
# A listing page shows several reports: this many distinct report titles linked from its body.
LISTING_MIN_REPORT_LINKS = 2
# A listing laid out as a table of records (序号 | 标题 | 发布日期 over one row per document,
# linked or opened by script): body rows holding a cell that is a date alone and a cell of a
# title's length. This many rows and no report voice: a listing, whatever its titles.
LISTING_MIN_RECORD_ROWS = 2
RECORD_TITLE_MIN_CHARS = 8
RECORD_DATE_CELL_RX = re.compile(
    r"^[\[［(（]?\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?[\]］)）]?$")
# Script types holding markup a page's script renders (Hanweb column records in a
# <script type="text/xml"> datastore, client-side templates): their links are the page's links.
TEMPLATE_SCRIPT_TYPES = ("text/xml", "text/template", "text/html", "text/x-template")
# News columns, in the URL or the ColumnName <meta>.
NEWS_COLUMN_RX = re.compile(r"/(xwzx|xwdt|gzdt|zwdt|bmdt|jrtt|tpxw|news|xw|ywdt|yw)/|"
                            r"工作动态|新闻|要闻|动态|图片报道", re.I)
REPORT_REQUIRED_PARTS = frozenset(("leadership", "shortcomings", "plans"))

# ----------------------------------------------------------------------------- sections
CN_NUM = "一二三四五六七八九十"
SECTION_MARKERS: tuple[tuple[int, re.Pattern[str]], ...] = (
    (1, re.compile(r"^第([一二三四五六七八九十]{1,3})部分[、，,:：\s]*")),
    (1, re.compile(r"^([一二三四五六七八九十]{1,3})\s*[、．.]\s*")),
    (2, re.compile(r"^[（(]\s*([一二三四五六七八九十]{1,3})\s*[）)][、，,.．]?\s*")),
    (3, re.compile(r"^(\d{1,2})\s*[.．、](?!\d)\s*")),
    (4, re.compile(r"^[（(]\s*(\d{1,2})\s*[）)][、，,.．]?\s*")),
    (5, re.compile(r"^([\u2460-\u2473])\s*")),
)
# Headings drawn as images (cleaning/image_alt.py): an alt opening with a Chinese numeral marker
# (一、, （一）, 第一部分) is the heading's text; no other alt is.
ALT_HEADING_RXS = tuple(rx for level, rx in SECTION_MARKERS if level <= 2)
ALT_HEADING_MAX_CHARS = 60
ALT_HEADING_MIN_LETTERS = 2
LOST_NUMERAL_RX = re.compile(r"^[、．]\s*(?=\S)")
HEADING_END = "。"
HEADING_MAX_CHARS = 80          # an unterminated "heading" longer than this is body text
SPLIT_HEADING_MAX_CHARS = 30    # continuation line of a heading broken over two lines
SPLIT_HEADING_TAIL_CHARS = "的和与及、，,"
# A heading broken with no joining character (DOCX/PDF paragraphs: "四、下一步工作" + "思路和措施"):
# the second half has no punctuation, some letters, is no "nothing to report" line (无, 暂无),
# and the next heading follows it at once (a section of one such line is no section).
SPLIT_HEADING_BARE_PUNCT_RX = re.compile(r"[，,、。；;：:！!？?（）()“”\"]")
SPLIT_HEADING_BARE_MIN_LETTERS = 3
SPLIT_HEADING_NOTHING_RX = re.compile(r"^(?:无|暂无|没有|未)")
BOLD_HEADING_MIN_LETTERS = 4    # a bold run opening an unterminated marker line is its heading
# A WeChat editor's banner heading (cleaning/heading_blocks.py): a badge block holding the
# marker (一、) beside a block holding the heading, up to this many characters.
BANNER_BLOCK_TAGS = ("section", "div", "p")
BANNER_HEADING_MAX_CHARS = 50
BANNER_PIECE_MAX_ELEMENTS = 12     # a badge or heading block: a few nested wrappers and spans
# A decorated heading in a WeChat editor's markup (cleaning/heading_blocks.py): a kicker block
# (聚焦成效, PART.01, 壹) beside a numbered heading's block; the kicker is up to this long and
# holds none of these marks (a line of the report's own has them).
DECORATION_MAX_CHARS = 10
DECORATION_STOP_CHARS = frozenset("。；，、：！？,;:!?“”\"（）()")
EDITOR_MARKUP_ATTRS = ("powered-by", "data-tools")
EDITOR_CLASS_RX = re.compile(r"135editor|135brush|xiumi", re.I)
# An editor's decoration over a numbered heading (秀米/135编辑器 badges: PART.01, NO.2, 01, a kicker
# word such as REVIEW, 壹): a line of its own right above a line opening with a section marker,
# or glued in front of that marker. Latin letters, digits and marks only (a report's own line
# over a heading is Chinese), or a capital numeral alone. 第一部分 alone is one only over the
# heading of the same numeral (一、…): over another it is the report's own part.
_BADGE_WORD = (r"(?:PART|NO|SECTION|CHAPTER|STEP|P)\s*+[.．:：#_\-—]?\s*+"
               r"(?:\d{1,2}|[IVX]{1,4}|ONE|TWO|THREE|FOUR|FIVE|SIX|SEVEN|EIGHT|NINE|TEN)")
BADGE_LINE_RX = re.compile(
    rf"^(?:{_BADGE_WORD}|[/／\-—·•\s]*+\d{{1,2}}[.．/／\-—·•\s]*+|[A-Za-z][A-Za-z\s.'&\-]{{1,20}}|"
    r"[壹贰叁肆伍陆柒捌玖拾])$", re.I)
BADGE_MAX_CHARS = 22
PART_BADGE_RX = re.compile(r"第([一二三四五六七八九十]{1,3})部分")
# The same badges glued in front of the heading's marker ("PART.01 一、…", "02（二）…").
GLUED_BADGE_RX = re.compile(
    rf"^(?:{_BADGE_WORD}|\d{{1,2}}|[A-Za-z]{{2,12}})\s*+[.．/／|｜\-—·•]?\s*+"
    r"(?=[一二三四五六七八九十]{1,3}\s*、|[（(]\s*[一二三四五六七八九十]{1,3}\s*[）)])", re.I)
# An account's follow or intro line at a post's head, worded its own way ("关注「某融媒」，读懂
# 家门口的大事小情", "点击蓝色字关注“某司法”", "这里是某融媒", "星标我们，不错过每一条推送", "某融媒
# 出品", "【某融媒】", "某融媒 | 权威发布", "本文约3000字，预计阅读8分钟", 小编 speaking): a follow
# verb before a quoted account name or an account word, an account's words; before the body only.
# A tap-the-blue-words call (戳蓝字“某融媒”，第一时间获取某资讯) needs no follow verb.
ACCOUNT_INTRO_RX = re.compile(
    r"^\W{0,3}(?:点击|点|戳|轻触|轻点|按)(?:上方|下方|上面|标题下)?\s*蓝(?:色)?字|"
    r"^\W{0,3}(?:欢迎|点击|点|戳|长按|扫码)?(?:关注|订阅|添加)\s*[「“『\"《]|"
    r"^\W{0,3}(?:欢迎|点击|点|戳|长按|扫码)?(?:关注|订阅)[^。；]{0,20}?"
    r"(?:公众号|视频号|抖音号|头条号|微信号|服务号|订阅号)|^\W{0,3}这里是|"
    r"(?:关注|订阅)\s*[「“『\"][^「“『\"」”』]{1,24}[」”』\"]|星标|设为置顶|不错过[^。；]{0,10}推送|"
    r"预计阅读|阅读时长|小编|(?:公众号|视频号|出品)$|^【[^【】]{2,20}】$|"
    r"^[\u4e00-\u9fffA-Za-z0-9]{2,16}\s*[|｜∣丨]\s*[\u4e00-\u9fffA-Za-z0-9]{2,8}$")
ACCOUNT_INTRO_MAX_CHARS = 40
# Level-1 categories: (category, words). A heading gets every category whose words it contains;
# "measures" only when its own words match or nothing else does (thematic headings). Categories
# are checked in this order and a match is used up: "存在的主要问题" is shortcomings, its 主要
# is not left for the measures words. "…" in a word: up to CATEGORY_WORD_GAP characters
# (qualifiers: 存在的主要问题, 存在的突出问题, 问题和不足的原因).
CATEGORY_WORD_GAP = 4
_CATEGORY_WORDS = (
    ("leadership", "第一责任人 主要负责人 党政主要负责 一把手"),
    ("shortcomings", "不足 存在…问题 问题…原因 短板 差距 薄弱"),
    ("plans", "下一年度 下一步 主要安排 工作安排 打算 计划 展望 工作思路 主要思路 "
              "明年 来年 努力方向"),
    ("other", "督察整改 整改 其他 其它"),
    ("measures", "举措 成效 工作情况 开展情况 进展 主要做法 主要工作 工作成绩 "
                 "大力推进 聚焦 建设情况"),
)


def _category_rx(words: str) -> re.Pattern[str]:
    gap = f".{{0,{CATEGORY_WORD_GAP}}}?"
    return re.compile("|".join(gap.join(map(re.escape, word.split("…")))
                               for word in words.split()))


CATEGORY_RX = tuple((cat, _category_rx(words)) for cat, words in _CATEGORY_WORDS)
DEFAULT_CATEGORY = "measures"

# ----------------------------------------------------------------------------- attachments
ATTACHMENT_EXTS = (".pdf", ".doc", ".docx", ".wps", ".ofd", ".xls", ".xlsx", ".et", ".zip",
                   ".rar", ".7z")
# The extensions as a regex alternation, no dot (noise's file-name line, the download counter).
ATTACHMENT_EXT_ALT = "|".join(ext.lstrip(".") for ext in ATTACHMENT_EXTS)
EXTRACTABLE_EXTS = (".pdf", ".docx", ".doc", ".wps", ".ofd")
# A download counter after an attachment's file name (附件【某报告.pdf】已下载<script>…</script>次,
# 某报告.docx（下载次数：12）): the site's count, not the file's name; cut from the line's end.
# Group 1 is the name's extension and closing bracket, kept. Possessive runs: the three
# spaces runs around the optional brackets split a long run of spaces every way (cubic).
FILE_DOWNLOAD_COUNT_LABELS = ("已下载", "下载次数", "下载量")
FILE_DOWNLOAD_COUNT_RX = re.compile(
    rf"(\.(?:{ATTACHMENT_EXT_ALT})\s*+[】\]）)]?)\s*+[（(【\[]?\s*+"
    rf"(?:{'|'.join(FILE_DOWNLOAD_COUNT_LABELS)})"
    r"\s*+[:：]?\s*+\d*+\s*+次?\s*+[）)】\]]?$", re.I)
FILE_DOWNLOAD_COUNT_HINT = "下载"    # in each counter label: a line without it is spared the regex
# Files a report itself may be published as: the crawler downloads these, the cleaner reads them.
REPORT_FILE_EXTS = (".pdf", ".doc", ".docx", ".wps", ".ofd")
NOT_EXTRACTABLE_REASONS = {
    ".xls": "spreadsheet, not a report text", ".xlsx": "spreadsheet, not a report text",
    ".et": "spreadsheet, not a report text",
    ".zip": "archive, not extracted", ".rar": "archive, not extracted",
    ".7z": "archive, not extracted",
}
ATTACHMENT_SEARCH_LEVELS = 3          # container ancestors searched for attachment links
ATTACHMENT_FOLLOWING_SIBLINGS = 2     # ...and elements after a container right under <body>
# A label over links to other documents (相关文件：…, 【相关链接】, a 相关解读 heading over a list):
# a related-box heading (RELATED_BOX_HEADINGS), alone or before a colon. The files under it are
# not the report's. Looked for as the first text before the link in its parent, up to
# RELATED_LABEL_LEVELS ancestors up.
RELATED_LINKS_LABEL_RX = re.compile(r"^[【\[]?\s*+(?:{})\s*+[】\]]?\s*+(?:[:：]|$)".format(
    "|".join(sorted(RELATED_BOX_HEADINGS))))
RELATED_LABEL_LEVELS = 3
MAX_ATTACHMENT_BYTES = 30 * 1024 * 1024
MAX_PDF_PAGES = 300
MAX_DOCX_UNCOMPRESSED = 60 * 1024 * 1024
MAX_DOCX_MEMBERS = 2000
# OFD text objects whose boundaries' tops differ by at most this (mm) are one line.
OFD_LINE_TOLERANCE = 1.0
# An OFD line indented past its font size's left margin by more than this many characters
# starts a paragraph (first-line indent: two characters).
OFD_INDENT_CHARS = 0.9
# PDF text is broken at the page width (pdf_text.join_wrapped_lines): a full line is this
# percentile of the line lengths; a line under PDF_SHORT_LINE_RATIO of it ends its paragraph,
# and a line opening with a section marker under PDF_HEADING_LINE_RATIO of it is a heading on
# its own line (a paragraph's first line falls short of a full one only by its indent).
PDF_FULL_LINE_PERCENTILE = 0.8
PDF_SHORT_LINE_RATIO = 0.6
PDF_HEADING_LINE_RATIO = 0.85
PDF_PARAGRAPH_ENDS = ("。", "：", ":", "；", "！", "？", "）")
# A wrapped line opening with punctuation no paragraph starts with ("、风险评估…", "，纠错率…"):
# the line before it goes on, and it is never a heading (with a numeral lost).
PDF_CONTINUATION_STARTS = ("、", "，", ",", "。", "；", "：", "）", "”", "’", "》", "%", "％")
# Page furniture of a PDF: a line among the first or last PDF_RUNNING_EDGE_LINES lines of a
# page (page numbers aside) on more than PDF_RUNNING_MIN_SHARE of its pages, two at least, is
# a running header or footer (the report's title above a rule on every page): it goes, like
# page numbers. Counted on the pages after the first (so three pages at least), each edge apart;
# on the first page a header line found once stays: it may be the title itself.
PDF_RUNNING_EDGE_LINES = 2
PDF_RUNNING_MIN_SHARE = 0.5
PDF_RUNNING_MIN_LETTERS = 2
# A report file's title broken over two lines: the first line ends with a word a title goes on
# after ("某县人民政府关于" / "2024年度…报告"), never a red-header line.
FILE_TITLE_SPLIT_TAIL_RX = re.compile(r"(?:关于|[的和与及、暨]|\d{4}\s*年度?)$")
# A file's title line naming no issuer (关于…的报告, 2024年度…报告): the organisation on the line
# above it, centred over it, is the title's start.
TITLE_WITHOUT_ISSUER_RX = re.compile(
    r"^\s*(?:关于|\d{4}\s*年|[〇零○一二][〇零○一二三四五六七八九]{3}\s*年)")
# A line of a file's text that is only a page number ("— 3 —", "第2页 共5页").
PAGE_NUMBER_LINE_RX = re.compile(r"[-—\s\d/第页共]+")
# The warning of a PDF without a text layer (a scan): recorded, never an empty report.
SCANNED_PDF_WARNING = "scanned_pdf: no text layer (a scanned document?)"
EMPTY_BODY_LETTERS = 200              # a page body shorter than this counts as (almost) empty
# A page with no known body container that links its report file: its lines are viewer or
# portal UI, except a sentence this long (an intro paragraph saying the report is attached).
# A viewer's own sentences (加载 PDF 文档时发生错误。) are shorter.
INTRO_SENTENCE_LETTERS = 20
INTRO_SENTENCE_ENDS = ("。", "！", "？")
# A body a lazy loader holds in a <textarea> (lazy_bodies): a comment box's default words or a
# form's sample text are short and hold no markup; a held body is paragraphs of text.
LAZY_BODY_HAN = 40
LAZY_MARKUP_OPENINGS = ("<p", "<div", "<table", "<h", "<span", "<br", "<section")
