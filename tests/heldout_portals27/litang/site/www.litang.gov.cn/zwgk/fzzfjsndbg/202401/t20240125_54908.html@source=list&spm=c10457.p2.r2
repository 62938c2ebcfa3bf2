<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>藜塘市司法局2023年政府信息公开工作年度报告_藜塘市人民政府</title>
<link rel="stylesheet" href="/css/style.css"><script src="/js/jquery.min.js"></script>
<meta name="SiteName" content="藜塘市人民政府">
<meta name="ColumnName" content="法治政府建设年度报告">
<meta name="ArticleTitle" content="藜塘市司法局2023年政府信息公开工作年度报告">
<meta name="PubDate" content="2024-01-25 09:30">
<meta name="ContentSource" content="藜塘市司法局">
<link rel="canonical" href="http://www.litang.gov.cn/zwgk/fzzfjsndbg/202401/t20240125_54908.html">
</head>
<body>
<div class="topbar"><span>网站支持IPv6</span> <a href="/wza/">无障碍版</a> <a href="/ghb/">关怀版</a> <a href="/zzms/">长者模式</a> <a href="/fanti/">繁體</a> <a href="/login/">登录</a> <a href="/reg/">注册</a></div>
<div class="head"><img src="/images/logo.png" alt="藜塘市人民政府"><form action="/search/" method="get"><input name="q" placeholder="请输入关键词"><button>搜索</button></form></div>
<ul class="nav"><li><a href="/">首页</a><div class="sub"><a href="/zwgk/">政府文件</a><a href="/zwgk/">政策解读</a><a href="/zwgk/">人事信息</a><a href="/zwgk/">财政信息</a><a href="/zwgk/">规划计划</a><a href="/zwgk/">统计信息</a><a href="/zwgk/">应急管理</a></div></li><li><a href="/">政务公开</a><div class="sub"><a href="/zwgk/">政府文件</a><a href="/zwgk/">政策解读</a><a href="/zwgk/">人事信息</a><a href="/zwgk/">财政信息</a><a href="/zwgk/">规划计划</a><a href="/zwgk/">统计信息</a><a href="/zwgk/">应急管理</a></div></li><li><a href="/">政务服务</a><div class="sub"><a href="/zwgk/">政府文件</a><a href="/zwgk/">政策解读</a><a href="/zwgk/">人事信息</a><a href="/zwgk/">财政信息</a><a href="/zwgk/">规划计划</a><a href="/zwgk/">统计信息</a><a href="/zwgk/">应急管理</a></div></li><li><a href="/">互动交流</a><div class="sub"><a href="/zwgk/">政府文件</a><a href="/zwgk/">政策解读</a><a href="/zwgk/">人事信息</a><a href="/zwgk/">财政信息</a><a href="/zwgk/">规划计划</a><a href="/zwgk/">统计信息</a><a href="/zwgk/">应急管理</a></div></li><li><a href="/">走进藜塘市</a><div class="sub"><a href="/zwgk/">政府文件</a><a href="/zwgk/">政策解读</a><a href="/zwgk/">人事信息</a><a href="/zwgk/">财政信息</a><a href="/zwgk/">规划计划</a><a href="/zwgk/">统计信息</a><a href="/zwgk/">应急管理</a></div></li><li><a href="/">专题专栏</a><div class="sub"><a href="/zwgk/">政府文件</a><a href="/zwgk/">政策解读</a><a href="/zwgk/">人事信息</a><a href="/zwgk/">财政信息</a><a href="/zwgk/">规划计划</a><a href="/zwgk/">统计信息</a><a href="/zwgk/">应急管理</a></div></li></ul>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 法治政府建设年度报告</div>
<table class="xxgk"><tr><th>索 引 号：</th><td>0990008/2024-0011</td><th>发布机构：</th><td>藜塘市司法局</td></tr><tr><th>主题分类：</th><td>综合政务</td><th>发布日期：</th><td>2024-01-25</td></tr><tr><th>名　　称：</th><td colspan="3">藜塘市司法局2023年政府信息公开工作年度报告</td></tr></table>
<div class="article"><h1>藜塘市司法局2023年政府信息公开工作年度报告</h1>
<div class="info">发布时间：2024-01-25　来源：藜塘市司法局　【字体：<a>大</a> <a>中</a> <a>小</a>】 <a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div>
<div id="zoom">
<p>为深入贯彻落实上级部署要求，藜塘市围绕“藜塘市司法局2023年政”相关工作作出安排。</p>
<p>深化“谁执法谁普法”普法责任制，开展法治宣传活动80场次，受众9万人次。</p>
<p>组织开展行政执法案卷评查，抽查案卷16卷，发现问题5个，均已督促整改到位。</p>
<p>推进政务公开标准化规范化，主动公开政府信息83条，办理依申请公开4件。</p>
<p>下一步，将持续抓好各项工作落实，不断提升依法行政水平。</p>
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
