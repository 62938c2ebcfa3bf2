<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>藜塘市人民政府关于2024年度法治政府建设情况的报告_藜塘市人民政府</title>
<link rel="stylesheet" href="/css/style.css"><script src="/js/jquery.min.js"></script>
<meta name="SiteName" content="藜塘市人民政府">
<meta name="ColumnName" content="法治政府建设年度报告">
<meta name="ArticleTitle" content="藜塘市人民政府关于2024年度法治政府建设情况的报告">
<meta name="PubDate" content="2025-03-11 09:30">
<meta name="ContentSource" content="藜塘市人民政府">
<link rel="canonical" href="http://www.litang.gov.cn/zwgk/fzzfjsndbg/202503/t20250311_54986.html">
</head>
<body>
<div class="topbar"><span>网站支持IPv6</span> <a href="/wza/">无障碍版</a> <a href="/ghb/">关怀版</a> <a href="/zzms/">长者模式</a> <a href="/fanti/">繁體</a> <a href="/login/">登录</a> <a href="/reg/">注册</a></div>
<div class="head"><img src="/images/logo.png" alt="藜塘市人民政府"><form action="/search/" method="get"><input name="q" placeholder="请输入关键词"><button>搜索</button></form></div>
<ul class="nav"><li><a href="/">首页</a><div class="sub"><a href="/zwgk/">政府文件</a><a href="/zwgk/">政策解读</a><a href="/zwgk/">人事信息</a><a href="/zwgk/">财政信息</a><a href="/zwgk/">规划计划</a><a href="/zwgk/">统计信息</a><a href="/zwgk/">应急管理</a></div></li><li><a href="/">政务公开</a><div class="sub"><a href="/zwgk/">政府文件</a><a href="/zwgk/">政策解读</a><a href="/zwgk/">人事信息</a><a href="/zwgk/">财政信息</a><a href="/zwgk/">规划计划</a><a href="/zwgk/">统计信息</a><a href="/zwgk/">应急管理</a></div></li><li><a href="/">政务服务</a><div class="sub"><a href="/zwgk/">政府文件</a><a href="/zwgk/">政策解读</a><a href="/zwgk/">人事信息</a><a href="/zwgk/">财政信息</a><a href="/zwgk/">规划计划</a><a href="/zwgk/">统计信息</a><a href="/zwgk/">应急管理</a></div></li><li><a href="/">互动交流</a><div class="sub"><a href="/zwgk/">政府文件</a><a href="/zwgk/">政策解读</a><a href="/zwgk/">人事信息</a><a href="/zwgk/">财政信息</a><a href="/zwgk/">规划计划</a><a href="/zwgk/">统计信息</a><a href="/zwgk/">应急管理</a></div></li><li><a href="/">走进藜塘市</a><div class="sub"><a href="/zwgk/">政府文件</a><a href="/zwgk/">政策解读</a><a href="/zwgk/">人事信息</a><a href="/zwgk/">财政信息</a><a href="/zwgk/">规划计划</a><a href="/zwgk/">统计信息</a><a href="/zwgk/">应急管理</a></div></li><li><a href="/">专题专栏</a><div class="sub"><a href="/zwgk/">政府文件</a><a href="/zwgk/">政策解读</a><a href="/zwgk/">人事信息</a><a href="/zwgk/">财政信息</a><a href="/zwgk/">规划计划</a><a href="/zwgk/">统计信息</a><a href="/zwgk/">应急管理</a></div></li></ul>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 法治政府建设年度报告</div>
<table class="xxgk"><tr><th>索 引 号：</th><td>0990008/2025-0031</td><th>发布机构：</th><td>藜塘市人民政府</td></tr><tr><th>主题分类：</th><td>综合政务</td><th>发布日期：</th><td>2025-03-11</td></tr><tr><th>名　　称：</th><td colspan="3">藜塘市人民政府关于2024年度法治政府建设情况的报告</td></tr></table>
<div class="article"><h1>藜塘市人民政府关于2024年度法治政府建设情况的报告</h1>
<div class="info">发布时间：2025-03-11　来源：藜塘市人民政府　【字体：<a>大</a> <a>中</a> <a>小</a>】 <a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div>
<div id="zoom">
<p style="text-indent:2em">市委、市人民政府：</p>
<p style="text-indent:2em">2024年，藜塘市人民政府坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，全面落实《法治政府建设实施纲要（2021—2025年）》，扎实推进法治政府建设各项工作。现将有关情况报告如下：</p>
<p style="text-indent:2em"><strong>一、2024年推进法治政府建设的主要举措和成效</strong></p>
<p style="text-indent:2em"><span style="font-family:楷体_GB2312">（一）优化法治化营商环境，深化“放管服”改革</span></p>
<p style="text-indent:2em">组织开展行政执法案卷评查，抽查案卷19卷，发现问题3个，均已督促整改到位。</p>
<p style="text-indent:2em">完成50件规范性文件合法性审核，清理规范性文件3件，废止3件。</p>
<p style="text-indent:2em"><span style="font-family:楷体_GB2312">（二）加强规范性文件监督管理，维护法制统一</span></p>
<p style="text-indent:2em">完成61件规范性文件合法性审核，清理规范性文件10件，废止10件。</p>
<p style="text-indent:2em">深化“谁执法谁普法”普法责任制，开展法治宣传活动96场次，受众6万人次。</p>
<p style="text-indent:2em"><span style="font-family:楷体_GB2312">（三）健全依法决策机制，提升行政决策质量</span></p>
<p style="text-indent:2em">组织开展行政执法案卷评查，抽查案卷68卷，发现问题7个，均已督促整改到位。</p>
<p style="text-indent:2em">全面落实行政执法公示、执法全过程记录、重大执法决定法制审核制度，执法信息公示59条。</p>
<p style="text-indent:2em"><span style="font-family:楷体_GB2312">（四）依法化解社会矛盾纠纷，发挥行政复议主渠道作用</span></p>
<p style="text-indent:2em">推进政务公开标准化规范化，主动公开政府信息63条，办理依申请公开8件。</p>
<p style="text-indent:2em">全面落实行政执法公示、执法全过程记录、重大执法决定法制审核制度，执法信息公示18条。</p>
<p style="text-indent:2em"><strong>二、党政主要负责人履行推进法治建设第一责任人职责情况</strong></p>
<p style="text-indent:2em">严格落实政府常务会议会前学法制度，全年集体学法47次。</p>
<p style="text-indent:2em">坚持把法治政府建设纳入经济社会发展总体规划，与中心工作同部署、同推进、同督促、同考核。</p>
<p style="text-indent:2em"><strong>三、存在的不足和原因</strong></p>
<p style="text-indent:2em">一是行政执法规范化水平仍需提高，个别执法人员依法行政意识不够强。</p>
<p style="text-indent:2em">二是基层法治力量相对薄弱，镇（街道）合法性审查能力有待加强。</p>
<p style="text-indent:2em">三是法治宣传教育的针对性和实效性还需进一步增强。</p>
<p style="text-indent:2em">产生上述问题的原因，主要是对法治政府建设的系统性认识还不够深入，工作推进的统筹力度还需加大。</p>
<p style="text-indent:2em"><strong>四、2025年推进法治政府建设的主要安排</strong></p>
<p style="text-indent:2em"><span style="font-family:楷体_GB2312">（一）持续深入学习贯彻习近平法治思想</span></p>
<p style="text-indent:2em">深化“谁执法谁普法”普法责任制，开展法治宣传活动88场次，受众3万人次。</p>
<p style="text-indent:2em"><span style="font-family:楷体_GB2312">（二）扎实做好行政复议和应诉工作</span></p>
<p style="text-indent:2em">完成18件规范性文件合法性审核，清理规范性文件4件，废止4件。</p>
<p style="text-indent:2em"><span style="font-family:楷体_GB2312">（三）加快推进数字法治政府建设</span></p>
<p style="text-indent:2em">持续推进“一网通办”，政务服务事项网上可办率达到19%，即办件占比提升5个百分点。</p>
<p style="text-indent:2em">特此报告。</p>
<p style="text-indent:2em">藜塘市人民政府</p>
<p style="text-indent:2em">2025年3月8日</p>
</div>
<div class="share">分享到：<a>微信</a><a>微博</a>　<span>扫一扫在手机打开当前页</span></div>
<div class="related"><h3>相关解读</h3><ul><li><a href="/zwgk/zcjd/">政策解读</a></li></ul></div>
<div class="prevnext"><p>上一篇：<a href="/zwgk/">无</a></p><p>下一篇：<a href="/zwgk/">无</a></p></div>
<p class="editor">责任编辑：王晓</p></div>
<div class="float"><a href="/hdjl/">藜塘市信箱</a><a href="/yjzj/">意见征集</a><a href="/znwd/">智能问答</a><a href="#top">返回顶部</a></div>
<div class="footer"><p>主办单位：藜塘市人民政府办公室　承办：藜塘市大数据中心</p><p>网站标识码：3607990008　浙ICP备05012345号-1　公网安备 33010202000123号</p><p>版权所有 © 藜塘市人民政府</p></div>
<script>function leave(u){if(confirm("您访问的链接即将离开本网站，是否继续？")){window.open(u);}}</script>
</body>
</html>
