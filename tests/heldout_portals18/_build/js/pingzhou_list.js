var page = 1, size = 6, busy = false, done = false;
function loadNext() {
  if (busy || done) { return; }
  busy = true;
  $.getJSON("/api/content/list", {columnId: 3107, page: page, size: size}, function (res) {
    var d = res.data;
    $.each(d.content, function (i, it) {
      $("#newsList").append('<li><a href="' + it.url + '">' + it.title + '</a><span>' + it.publishDate + '</span></li>');
    });
    done = d.last;
    page += 1;
    busy = false;
    $("#loadMore").text(done ? "没有更多了" : "上拉加载更多");
  });
}
$(window).on("scroll", function () {
  if ($(window).scrollTop() + $(window).height() >= $(document).height() - 60) { loadNext(); }
});
loadNext();
