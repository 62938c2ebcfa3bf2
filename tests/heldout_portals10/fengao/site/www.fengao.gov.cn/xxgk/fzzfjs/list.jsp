<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>法治政府建设_枫岙区人民政府</title>
<meta name="SiteName" content="枫岙区人民政府">
<link rel="stylesheet" href="/css/common.css">
</head>
<body>
<div class="topbar"><span>欢迎访问枫岙区人民政府门户网站</span><a href="javascript:void(0)" id="wza">无障碍版</a><a href="javascript:void(0)">关怀版</a><a href="javascript:void(0)">长者模式</a><a href="javascript:void(0)">繁體</a><span class="ipv6">网站支持IPv6</span></div>
<div class="header"><img src="/images/logo.png" alt="枫岙区人民政府"><form action="/search/" method="get"><input name="q" placeholder="请输入关键词"><button>搜索</button></form></div>
<ul class="mega-menu"><li><a href="/">首页</a><div class="sub"><a href="/zwgk/">政府信息公开指南</a><a href="/zwgk/">政府信息公开制度</a><a href="/zwgk/">法定主动公开内容</a><a href="/zwgk/">政府信息公开年报</a><a href="/zwgk/">依申请公开</a></div></li><li><a href="/">政务公开</a><div class="sub"><a href="/zwgk/">政府信息公开指南</a><a href="/zwgk/">政府信息公开制度</a><a href="/zwgk/">法定主动公开内容</a><a href="/zwgk/">政府信息公开年报</a><a href="/zwgk/">依申请公开</a></div></li><li><a href="/">政务服务</a><div class="sub"><a href="/zwgk/">政府信息公开指南</a><a href="/zwgk/">政府信息公开制度</a><a href="/zwgk/">法定主动公开内容</a><a href="/zwgk/">政府信息公开年报</a><a href="/zwgk/">依申请公开</a></div></li><li><a href="/">互动交流</a><div class="sub"><a href="/zwgk/">政府信息公开指南</a><a href="/zwgk/">政府信息公开制度</a><a href="/zwgk/">法定主动公开内容</a><a href="/zwgk/">政府信息公开年报</a><a href="/zwgk/">依申请公开</a></div></li><li><a href="/">走进枫岙区</a><div class="sub"><a href="/zwgk/">政府信息公开指南</a><a href="/zwgk/">政府信息公开制度</a><a href="/zwgk/">法定主动公开内容</a><a href="/zwgk/">政府信息公开年报</a><a href="/zwgk/">依申请公开</a></div></li><li><a href="/">专题专栏</a><div class="sub"><a href="/zwgk/">政府信息公开指南</a><a href="/zwgk/">政府信息公开制度</a><a href="/zwgk/">法定主动公开内容</a><a href="/zwgk/">政府信息公开年报</a><a href="/zwgk/">依申请公开</a></div></li></ul>
<div class="crumb">首页 &gt; 信息公开 &gt; 法治政府建设</div>
<ul class="news-list">
<li><a href="http://www.fengao.gov.cn/xxgk/fzzfjs/content/post_7301.html" target="_blank" title="枫岙区人民政府法治政府建设示范创建实施方案">枫岙区人民政府法治政府建设示范创…</a><span class="date">2026-06-22</span></li>
<li><a href="http://www.fengao.gov.cn/xxgk/fzzfjs/content/post_7308.html" target="_blank" title="枫岙区人民政府2025年法治政府建设工作报告">枫岙区人民政府2025年法治政府…</a><span class="date">2026-03-27</span></li>
<li><a href="http://www.fengao.gov.cn/xxgk/fzzfjs/content/post_7315.html" target="_blank" title="枫岙区召开2025年法治政府建设工作推进会">枫岙区召开2025年法治政府建设…</a><span class="date">2025-05-15</span></li>
<li><a href="http://www.fengao.gov.cn/xxgk/fzzfjs/content/post_7322.html" target="_blank" title="枫岙区人民政府关于2024年法治政府建设工作情况的报告">枫岙区人民政府关于2024年法治…</a><span class="date">2025-02-24</span></li>
<li><a href="http://www.fengao.gov.cn/xxgk/fzzfjs/content/post_7329.html" target="_blank" title="关于报送2023年度法治政府建设情况报告的通知">关于报送2023年度法治政府建设…</a><span class="date">2024-04-08</span></li>
<li><a href="http://www.fengao.gov.cn/xxgk/fzzfjs/content/post_7336.html" target="_blank" title="枫岙区人民政府2023年度法治政府建设年度报告">枫岙区人民政府2023年度法治政…</a><span class="date">2024-03-21</span></li>
</ul>
<div class="pagination">共16条　每页6条　第1/3页 <a href="?pageNo=1">首页</a> <a href="?pageNo=1">上一页</a> <a href="?pageNo=2">下一页</a> <a href="?pageNo=3">尾页</a></div>
<div class="float-tools"><a href="/hdjl/xxzx/">县长信箱</a><a href="/hdjl/yjzj/">意见征集</a><a href="/hdjl/znwd/">智能问答</a><a href="#top">返回顶部</a></div>
<div class="footer"><p>主办单位：枫岙区人民政府办公室　承办：枫岙区大数据中心</p><p>网站标识码：4406070002　粤ICP备06023456号　公网安备 3344060700号</p><p>版权所有 © 枫岙区人民政府　未经授权不得转载</p></div>
<script>var leaveTip = "您即将离开本站，访问外部网站，是否继续？";function leaveSite(u){ if (window.confirm(leaveTip)) { window.open(u); } }</script>
</body></html>
