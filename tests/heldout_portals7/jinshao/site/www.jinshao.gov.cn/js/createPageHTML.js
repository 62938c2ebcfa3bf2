function createPageHTML(divId, pageCount, currentPage, prefix, suffix, total) {
  var html = '<span>共' + total + '条 ' + currentPage + '/' + pageCount + '页</span>';
  function href(n) { return n == 1 ? prefix + '.' + suffix : prefix + '_' + n + '.' + suffix; }
  if (currentPage > 1) html += '<a href="' + href(1) + '">首页</a><a href="' + href(currentPage - 1) + '">上一页</a>';
  if (currentPage < pageCount) html += '<a href="' + href(currentPage + 1) + '">下一页</a><a href="' + href(pageCount) + '">尾页</a>';
  document.getElementById(divId).innerHTML = html;
}
