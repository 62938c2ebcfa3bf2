var API = "/api/article/more.do";
$(function () {
  $("#btnMore").on("click", function () {
    var n = $("#newsList li").length;
    $.getJSON(API, {channelId: 12, offset: n}, function (res) {
      if (!res.rows.length) { $("#btnMore").text("没有更多了"); return; }
      $.each(res.rows, function (i, r) {
        $("#newsList").append('<li><a href="' + r.link + '">' + r.title + '</a><span>' +
          r.date + '</span></li>');
      });
    });
  });
});
