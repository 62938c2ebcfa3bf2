<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>法治政府建设年度报告_澄丰县人民政府门户网站</title>
<meta name="SiteName" content="澄丰县人民政府门户网站">
<meta name="ColumnName" content="法治政府建设年度报告">
<link rel="stylesheet" href="/images/common.css">
<script src="/js/jquery.min.js"></script>
</head>
<body>
<div class="topbar"><div class="w1200"><span class="welcome">欢迎访问澄丰县人民政府门户网站！</span><span class="tools"><a href="javascript:;" id="wza">无障碍版</a> | <a href="javascript:;" id="ghb">关怀版</a> | <a href="javascript:;" id="zhft">繁體</a> | <a href="/">手机版</a> | 网站支持IPv6</span></div></div>
<div class="header"><div class="logo"><a href="/"><img src="/images/logo.png" alt="澄丰县人民政府门户网站"></a></div><form class="search" action="/search/search.jsp" method="get"><input name="q" placeholder="请输入关键词"><button type="submit">搜索</button></form></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/">政务公开</a></li><li><a href="/">政务服务</a></li><li><a href="/">互动交流</a></li><li><a href="/">走进本地</a></li></ul></div>
<div class="dqwz">当前位置：<a href="/">首页</a> &gt;&gt; <a href="/zfxxgk/">政府信息公开</a> &gt;&gt; 法治政府建设年度报告</div>
<div class="list-box"><h2>法治政府建设年度报告</h2>
<ul id="newsList">
<li><a href="/zfxxgk/fzzfjsbg/202603/content_88931.html" target="_blank" title="澄丰县2026年法治政府建设工作要点">澄丰县2026年法治政府建设工作要点</a><span class="date">2026/03/27</span></li>
<li><a href="/zfxxgk/fzzfjsbg/202602/content_88710.html" target="_blank" title="澄丰县2025年度法治政府建设情况报告">澄丰县2025年度法治政府建设情况报告</a><span class="date">2026/02/13</span></li>
<li><a href="/zfxxgk/fzzfjsbg/202602/content_88716.html" target="_blank" title="【图文解读】澄丰县2025年度法治政府建设情况报告">【图文解读】澄丰县2025年度法治政府建设情况报告</a><span class="date">2026/02/14</span></li>
<li><a href="/zfxxgk/fzzfjsbg/202601/content_88402.html" target="_blank" title="澄丰县人民政府2025年政府信息公开工作年度报告">澄丰县人民政府2025年政府信息公开工作年度报告</a><span class="date">2026/01/23</span></li>
<li><a href="/zfxxgk/fzzfjsbg/202512/content_88115.html" target="_blank" title="澄丰县召开2025年度述法工作会议">澄丰县召开2025年度述法工作会议</a><span class="date">2025/12/30</span></li>
<li><a href="/zfxxgk/fzzfjsbg/202502/content_84027.html" target="_blank" title="澄丰县2024年度法治政府建设情况报告">澄丰县2024年度法治政府建设情况报告</a><span class="date">2025/02/20</span></li>
</ul>
<div class="more-btn"><a href="javascript:;" id="loadMore">加载更多</a></div>
<noscript><div class="page"><b>1</b> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">下一页</a></div></noscript>
</div>
<script>
var page = 1, totalPage = 3;
$('#loadMore').on('click', function(){
  if (page >= totalPage) { $(this).text('没有更多了'); return; }
  $.getJSON('list_json.jsp', {page: page + 1, channelId: '1452'}, function(res){
    $('#newsList').append(res.html); page = res.page;
    if (!res.hasMore) { $('#loadMore').text('没有更多了'); }
  });
});
</script>
<div class="float-bar"><a href="/">县长信箱</a><a href="/">意见征集</a><a href="/">智能问答</a><a href="#top">返回顶部</a></div>
<div class="footer"><div class="links">政府网站 | 关于本网 | 网站地图 | 联系我们 | 隐私声明</div><p>主办单位：澄丰县人民政府办公室　承办单位：澄丰县人民政府办公室办公室</p><p>版权所有：澄丰县人民政府办公室　湘ICP备05007731号　网站标识码：4312310008</p><p>湘公网安备 43123102000109号</p><p>建议使用1366×768分辨率</p></div>
<script>function leaveSite(u){if(confirm("您访问的链接即将离开本网站，是否继续？")){window.open(u);}}</script>
</body>
</html>
