var API = "/zwgk/api/cms/article/page";
function parseHash() {
  var h = location.hash.replace(/^#/, "");
  var path = h.split("?")[0];
  var q = new URLSearchParams(h.split("?")[1] || "");
  return {path: path, channel: q.get("channelCode") || "tzgg", pageNo: parseInt(q.get("pageNo") || "1", 10)};
}
function render() {
  var r = parseHash();
  if (r.path !== "/list") { location.hash = "#/list?channelCode=tzgg&pageNo=1"; return; }
  $.getJSON(API, {channelCode: r.channel, pageNo: r.pageNo, pageSize: 6}, function (res) {
    var html = "";
    $.each(res.data.list, function (i, it) {
      html += '<li><a href="' + it.linkUrl + '" target="_blank">' + it.title + '</a><span>' + it.publishTime.substring(0, 10) + '</span></li>';
    });
    $("#list").html(html || '<li class="empty">暂无数据</li>');
    var pages = Math.ceil(res.data.total / 6), p = "";
    for (var n = 1; n <= pages; n++) {
      p += n === r.pageNo ? "<b>" + n + "</b>" : '<a href="#/list?channelCode=' + r.channel + '&pageNo=' + n + '">' + n + "</a>";
    }
    $("#pager").html(p);
  });
}
window.addEventListener("hashchange", render);
$(render);
