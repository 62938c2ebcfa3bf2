$(function () {
  $('script[parseType=buildstatic]').each(function () {
    var s = $(this), q = JSON.parse(s.attr('queryData').replace(/'/g, '"'));
    $.get(s.attr('url'), q, function (res) { $('#' + q.tagId).html(res.data.html); });
  });
});
