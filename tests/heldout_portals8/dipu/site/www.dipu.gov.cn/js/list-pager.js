/* list pager: page buttons that call the column's loader */
function drawPager(current, count, load) {
  var box = document.getElementById("pager"), html = [];
  for (var n = 1; n <= count; n++) {
    html.push(n === current ? "<span>" + n + "</span>" : '<a href="javascript:;" data-page="'
      + n + '">' + n + "</a>");
  }
  box.innerHTML = html.join(" ");
  $(box).find("a").click(function () { load(parseInt($(this).attr("data-page"), 10)); });
}
