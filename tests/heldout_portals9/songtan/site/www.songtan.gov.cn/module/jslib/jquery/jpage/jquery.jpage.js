/* jquery.jpage.js: pages a column from the Jcms dataproxy (XML datastore). */
(function ($) {
  $.fn.jpage = function (o) {
    var box = this, group = o.perPage * o.groupSize;
    function load(start) {
      var url = o.proxyUrl + '?startrecord=' + start + '&endrecord=' + (start + group - 1)
        + '&perpage=' + o.perPage;
      $.ajax({url: url, type: 'POST', data: o.ajaxParam, dataType: 'text', success: function (xml) {
        var total = parseInt(/<totalrecord>(\d+)<\/totalrecord>/.exec(xml)[1], 10);
        var rows = [], re = /<record><!\[CDATA\[([\s\S]*?)\]\]><\/record>/g, m;
        while ((m = re.exec(xml))) { rows.push(m[1]); }
        box.html(o.dataBefore + rows.slice(0, o.perPage).join('') + o.dataAfter);
        box.data('total', total);
      }});
    }
    load(1);
    return this;
  };
})(jQuery);
