/* TRS WCM 分页 */
function createPageHTML(_nPageCount, _nCurrIndex, _sPageName, _sPageExt){
	if(_nPageCount == null || _nPageCount<=1){ return; }
	var nCurrIndex = _nCurrIndex || 0;
	document.write("<span class=\"page-total\">共" + _nPageCount + "页</span>");
	if(nCurrIndex == 0) document.write("<span class=\"disabled\">首页</span><span class=\"disabled\">上一页</span>");
	else {
		document.write("<a href=\"" + _sPageName + "." + _sPageExt + "\">首页</a>");
		document.write("<a href=\"" + _sPageName + (nCurrIndex-1>0 ? "_" + (nCurrIndex-1) : "") + "." + _sPageExt + "\">上一页</a>");
	}
	for(var i=0; i<_nPageCount; i++){
		var href = _sPageName + (i>0 ? "_" + i : "") + "." + _sPageExt;
		if(i == nCurrIndex) document.write("<span class=\"current\">" + (i+1) + "</span>");
		else document.write("<a href=\"" + href + "\">" + (i+1) + "</a>");
	}
	if(nCurrIndex == _nPageCount-1) document.write("<span class=\"disabled\">下一页</span><span class=\"disabled\">尾页</span>");
	else {
		document.write("<a href=\"" + _sPageName + "_" + (nCurrIndex+1) + "." + _sPageExt + "\">下一页</a>");
		document.write("<a href=\"" + _sPageName + "_" + (_nPageCount-1) + "." + _sPageExt + "\">尾页</a>");
	}
}
