"""A disclosure block a script writes into the page (document.write, innerHTML, jQuery's
.html()) from string literals and the names of a JS object: its fields are the page's."""

from __future__ import annotations

import lxml.html
import pytest

from cleaning import clean
from cleaning.scripted import _WRITE_CALL_RX, _may_write, written_markup

BODY = ("<div class='article-content'>" + "<p>2024年，我县坚持依法行政，推进法治政府建设。</p>" * 8
        + "</div>")


def _clean(block: str, url: str = "http://www.example.gov.cn/public/1/2.html"):
    page = f"<html><head><meta charset='utf-8'></head><body>{block}{BODY}</body></html>"
    return clean([page.encode()], url)


def _fields(doc) -> tuple:
    return doc.index_number, doc.publisher, doc.doc_number, doc.published


OBJECT = """var meta = {"syh": "W-1/2025-00009", "org": "某县司法局", "wh": "某政〔2025〕5号",
  "fbrq": "2025-03-05"};
"""


def test_a_table_written_row_by_row_from_an_object():
    doc = _clean(f"""<div class="xxgk"><script type="text/javascript">{OBJECT}
document.write('<table>');
document.write('<tr><th>索引号：</th><td>' + meta.syh + '</td><th>发布机构：</th><td>'
  + meta.org + '</td></tr>');
document.writeln("<tr><th>文号：</th><td>" + meta.wh + "</td><th>发布日期：</th><td>" +
  meta.fbrq + "</td></tr>");
document.write('</table>');
</script></div>""")
    assert _fields(doc) == ("W-1/2025-00009", "某县司法局", "某政〔2025〕5号", "2025-03-05")


def test_inner_html_and_jquery_html_write_the_block_too():
    doc = _clean(f"""<div id="info"></div><p id="more"></p><script>{OBJECT}
document.getElementById("info").innerHTML = '<span>索引号：' + meta.syh + '</span>'
  + '<span>发布机构：' + meta.org + '</span>';
$("#more").html('<b>文号：</b>' + meta.wh + '　<b>发布日期：</b>' + meta.fbrq);
</script>""")
    assert _fields(doc) == ("W-1/2025-00009", "某县司法局", "某政〔2025〕5号", "2025-03-05")


def test_each_kind_of_call_is_read_however_spaced_beside_scripts_that_write_nothing():
    # Scripts are passed over unless they hold a word a call is written with: each kind counts.
    menu = "<script>var m = [" + ",".join(f'"/c/{n}/index.html"' for n in range(50)) + "];</script>"
    calls = ("document .write (", "document.writeln(", "$('#x').html  (", "$('#x').append (",
             "box.innerHTML = ")
    for call in calls:
        script = f"<script>{OBJECT}{call}'<p>文号：' + meta.wh + '</p>';</script>"
        tree = lxml.html.fromstring(f"<html><body>{menu}{script}{menu}</body></html>")
        written = written_markup(tree, lambda source: "文号" in source)
        assert written == "<p>文号：某政〔2025〕5号</p>", call


def test_the_visible_block_comes_first_and_unknown_names_write_nothing():
    doc = _clean(f"""<p>文号：某政〔2025〕1号</p><script>{OBJECT}
document.write('<p>文号：' + meta.wh + '</p><p>索引号：' + other.syh + '</p>');</script>""")
    assert (doc.doc_number, doc.index_number) == ("某政〔2025〕1号", None)


def test_scripts_without_a_label_are_not_read():
    page = ("<html><body><script>var n = {\"a\": \"<p>索引号：X</p>\"};"
            "document.write(n.a);</script><script>document.write('共' + n + '页');</script>"
            "</body></html>")
    tree = lxml.html.fromstring(page)
    assert written_markup(tree, lambda source: "共" in source) == "共页"


def test_a_call_inside_a_written_string_is_not_written_twice():
    page = ("<html><body><script>document.write('<p>索引号：A</p><script>document.write(\"x\")"
            "<\\/script>' + ');</script></body></html>")
    tree = lxml.html.fromstring(page)
    assert written_markup(tree, lambda source: True).count("索引号") == 1


def test_a_string_built_step_by_step_then_written():
    doc = _clean(f"""<div id="gk"></div><script>{OBJECT}
var html = '<table><tr><td>索引号</td><td>' + meta.syh + '</td>';
html += '<td>发布机构</td><td>' + meta.org + '</td></tr>';
html += "<tr><td>文号</td><td>" + meta.wh + "</td><td>发布日期</td><td>" + meta.fbrq + "</td></tr>";
html += '</table>';
$('#gk').html(html);
</script>""")
    assert _fields(doc) == ("W-1/2025-00009", "某县司法局", "某政〔2025〕5号", "2025-03-05")


def test_an_element_variables_inner_html_is_written():
    doc = _clean(f"""<div id="gk"></div><script>{OBJECT}
var box = document.getElementById('gk');
box.innerHTML = '<p>文号：' + meta.wh + '</p>';</script>""")
    assert doc.doc_number == "某政〔2025〕5号"


def test_a_template_literal_writes_its_substitutions():
    doc = _clean(f"""<div id="gk"></div><script>{OBJECT}
document.getElementById('gk').innerHTML = `<table><tr><th>索引号：</th><td>${{meta.syh}}</td>
<th>发布机构：</th><td>${{ meta.org }}</td></tr><tr><th>文号：</th><td>${{meta.wh}}</td>
<th>发布日期：</th><td>${{meta.fbrq.slice(0, 10)}}</td></tr></table>`;</script>""")
    # ${…} other than a name is not evaluated: its piece of the template is left unread.
    assert (doc.index_number, doc.publisher, doc.doc_number) == (
        "W-1/2025-00009", "某县司法局", "某政〔2025〕5号")


def test_an_unclosed_literal_writes_nothing_and_costs_one_pass():
    """A literal cut short (a truncated page) ends the expression: what came before it is still
    written, the cut piece is not. Scanning for terms over a run of escaped quotes is linear."""
    import time

    from cleaning.scripted import _WRITE_TERM_RX

    doc = _clean(f"""<script>{OBJECT}
document.write('<p>文号：' + meta.wh + '</p><p>索引号：' + "W-1/2025-0""")
    assert (doc.doc_number, doc.index_number) == ("某政〔2025〕5号", None)
    started = time.process_time()
    for text in ('"' + '\\"' * 50_000, "`" * 100_000, "'\\" * 50_000):
        sum(1 for _ in _WRITE_TERM_RX.finditer(text))
    assert time.process_time() - started < 1.0      # 16 s when an unclosed quote failed


@pytest.mark.parametrize("call", [
    "document.write(", "document . writeln (", "el.innerHTML = ", "el.innerHTML += ",
    "$('#x').html(", "$('#x').append (",
])
def test_every_write_call_passes_the_quick_test(call: str) -> None:
    """scripted._may_write passes over a script holding no write word before the label test:
    a write form _WRITE_CALL knows but the word list forgets would be skipped in silence."""
    source = f"var a = 1; {call}'<span>文号：某政发〔2025〕1号</span>');"
    assert _WRITE_CALL_RX.search(source) and _may_write(source)


def test_the_loss_check_hands_over_the_script_texts_written_markup_reads():
    from cleaning import loss
    page = ("<html><head><script>var a = 1;</script><script src='/x.js'></script>"
            "<style>p {}</style></head><body><script></script><noscript><p>无脚本</p>"
            "</noscript><p>正文</p><script>document.write('<p>文号：1号</p>');</script>"
            "</body></html>")
    tree = lxml.html.document_fromstring(page)
    scripts = loss.tree_parts(tree).scripts
    assert scripts == [script.text for script in tree.iter("script")
                       if script.text and not script.get("src")]
    assert scripts == ["var a = 1;", "document.write('<p>文号：1号</p>');"]
    has = lambda source: "文号" in source  # noqa: E731
    assert written_markup(tree, has, scripts) == written_markup(tree, has) == "<p>文号：1号</p>"
