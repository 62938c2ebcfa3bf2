/* 公共脚本：分页、返回顶部 */
function createPageHTML(divName, _nPageCount, _nCurrIndex, _sPageName, _sPageExt, _nPageSum) {
  if (_nPageCount == null || _nPageCount < 1 || _nPageSum == 0) { return; }
  function pageUrl(n) { return n == 1 ? _sPageName + "." + _sPageExt : _sPageName + "_" + n + "." + _sPageExt; }
  var s = "<span>共" + _nPageSum + "条</span><span>共" + _nPageCount + "页</span><span>当前第" + _nCurrIndex + "页</span>";
  s += _nCurrIndex > 1 ? "<a href=\"" + pageUrl(1) + "\">首页</a>" : "<a>首页</a>";
  if (_nCurrIndex > 1) { s += "<a href=\"" + pageUrl(_nCurrIndex - 1) + "\">上页</a>"; }
  if (_nCurrIndex < _nPageCount) { s += "<a href=\"" + pageUrl(_nCurrIndex + 1) + "\">下页</a>"; }
  s += _nCurrIndex < _nPageCount ? "<a href=\"" + pageUrl(_nPageCount) + "\">尾页</a>" : "<a>尾页</a>";
  s += "跳转到第<input id=\"pagination_input\">页<a onclick=\"pagination_go('" + _sPageName + "','" + _sPageExt + "'," + _nPageCount + ")\">GO</a>";
  document.getElementById(divName).innerHTML = s;
}
function pagination_go(name, ext, count) {
  var n = parseInt(document.getElementById("pagination_input").value, 10);
  if (n > 0 && n <= count) { window.location.href = n == 1 ? name + "." + ext : name + "_" + n + "." + ext; }
  return false;
}
function goTop() { window.scrollTo(0, 0); }
