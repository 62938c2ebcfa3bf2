<?xml version="1.0" encoding="UTF-8"?>
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
<xsl:output method="html" encoding="UTF-8" indent="yes"/>
<xsl:template match="/channel">
<html><head><meta charset="utf-8"/><title><xsl:value-of select="@name"/>_<xsl:value-of select="@site"/></title>
<link rel="stylesheet" href="/css/style.css"/></head>
<body><div class="head"><h1 class="logo"><xsl:value-of select="@site"/></h1></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/">信息公开</a> &gt; <xsl:value-of select="@name"/></div>
<div class="list"><ul><xsl:for-each select="doc">
<li><a href="{url}" target="_blank" title="{title}"><xsl:value-of select="title"/></a>
<span class="date"><xsl:value-of select="pubdate"/></span></li></xsl:for-each></ul>
<div class="page">共<xsl:value-of select="pager/@total"/>条 第<xsl:value-of select="pager/@current"/>/<xsl:value-of
 select="pager/@pages"/>页
<a href="{pager/@first}">首页</a>
<xsl:if test="pager/@prev"><a href="{pager/@prev}">上一页</a></xsl:if>
<xsl:if test="pager/@next"><a href="{pager/@next}">下一页</a></xsl:if>
<a href="{pager/@last}">尾页</a></div></div>
<div class="footer">主办单位：<xsl:value-of select="@site"/>办公室　网站标识码：4401150002　ICP备05012345号-1</div>
</body></html>
</xsl:template>
</xsl:stylesheet>
