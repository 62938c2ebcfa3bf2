/* pager.js: draws the column's pager from data-total / data-size and location.search */
(function () {
  var box = document.getElementById("pager");
  if (!box) { return; }
  var total = parseInt(box.getAttribute("data-total"), 10);
  var size = parseInt(box.getAttribute("data-size"), 10);
  var pages = Math.ceil(total / size);
  var m = /[?&]page=(\d+)/.exec(location.search);
  var cur = m ? parseInt(m[1], 10) : 1;
  var html = "共" + total + "条 第" + cur + "/" + pages + "页 ";
  for (var i = 1; i <= pages; i++) {
    html += i === cur ? "<span>" + i + "</span> " : "<a href=\"list.html?page=" + i + "\">" + i + "</a> ";
  }
  box.innerHTML = html;
})();
