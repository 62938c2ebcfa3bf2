"""The replay server: proxy and origin form, rules, dataproxy POST, conditional GET, its log."""

from __future__ import annotations

import json
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from crawler.replay.server import ReplayServer

HOST = "www.example.gov.cn"
PAGE = "<html><head><title>测试</title></head><body><p>行政复议</p></body></html>"
RECORDS = "".join(
    f'<record><![CDATA[<li><a href="/art/2024/1/{i}/art_7_{i}.html">第{i}条</a></li>]]></record>\n'
    for i in range(1, 24)
)
RULES = {
    "status": {"/art/challenge.html": 412},
    "headers": {"/gbk/*": {"Content-Type": "text/html"}},
    "delay": {"/slow/*": 0.3},
    "post": {"/module/web/jpage/dataproxy.jsp": "hanweb_dataproxy",
             "/api/search": "python:_api.py:search"},
    "first": {"/wall/*": {"times": 2, "status": 521, "body": "_wall.html",
                          "headers": {"Set-Cookie": "__jsl_clearance=1; path=/"}},
              "/busy/*": {}},
    "redirect": {"/old/*": "http://plain.gov.cn/index.html",
                 "/moved/*": {"to": "http://plain.gov.cn/index.html", "status": 301}},
}


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


@pytest.fixture
def site_root(tmp_path: Path) -> Path:
    site = tmp_path / HOST
    write(site / "index.html", PAGE)
    write(site / "col/col7/index.html", PAGE)
    write(site / "col/col7/_records.xml", f"<records>\n{RECORDS}</records>")
    write(site / "art/challenge.html", "<html><script>challenge()</script></html>")
    write(site / "gbk/page.html", "<html><meta charset=gb2312><p>喆堃</p></html>".encode("gb18030"))
    write(site / "slow/page.html", PAGE)
    write(site / "wall/page.html", PAGE)
    write(site / "busy/page.html", PAGE)
    write(site / "_wall.html", "<html><script>document.cookie='__jsl_clearance=1'</script></html>")
    write(site / "api/list@page=2&sid=1", json.dumps({"total": 1, "articles": []}))
    write(site / "_replay.json", json.dumps(RULES))
    write(site / "_api.py", "import json\n\ndef search(query, form):\n"
          "    page = int(form.get('pageNo', '1'))\n"
          "    return 200, 'application/json', json.dumps({'page': page, 'q': query.get('q')})\n")
    write(tmp_path / "plain.gov.cn/index.html", PAGE)
    write(tmp_path / "plain.gov.cn/_replay.json", json.dumps({"no_validators": True}))
    return tmp_path


@pytest.fixture
def server(site_root: Path):
    with ReplayServer(site_root) as running:
        yield running


def fetch(server: ReplayServer, url: str, *, data: bytes | None = None, headers=None):
    """GET/POST ``url`` through the server as an HTTP proxy; returns (status, headers, body)."""
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({"http": server.url}))
    request = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with opener.open(request, timeout=10) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def test_proxy_get_returns_the_file_bytes(server, site_root):
    status, headers, body = fetch(server, f"http://{HOST}/col/col7/index.html")
    assert status == 200
    assert body == (site_root / HOST / "col/col7/index.html").read_bytes()
    assert headers["Content-Type"] == "text/html; charset=utf-8"


def test_origin_form_and_directory_index(server, site_root):
    with urllib.request.urlopen(f"{server.url}/{HOST}/", timeout=10) as response:
        assert response.read() == (site_root / HOST / "index.html").read_bytes()


def test_query_string_maps_to_at_file(server):
    status, headers, body = fetch(server, f"http://{HOST}/api/list?page=2&sid=1")
    assert status == 200
    assert json.loads(body)["total"] == 1
    assert headers["Content-Type"].startswith("application/json")


def test_a_query_matches_its_saved_file_in_any_parameter_order(server):
    status, _, body = fetch(server, f"http://{HOST}/api/list?sid=1&page=2")
    assert status == 200 and json.loads(body)["total"] == 1
    assert fetch(server, f"http://{HOST}/api/list?sid=1&page=3")[0] == 404
    assert fetch(server, f"http://{HOST}/api/list?sid=1")[0] == 404


@pytest.mark.parametrize("url", [
    f"http://{HOST}/no/such/page.html",
    "http://unknown.gov.cn/index.html",
    f"http://{HOST}/_replay.json",
    f"http://{HOST}/col/col7/_records.xml",
    f"http://{HOST}/../plain.gov.cn/index.html",
])
def test_missing_unknown_and_private_files_are_404(server, url):
    status, headers, body = fetch(server, url)
    assert status == 404
    assert b"404" in body and headers["Content-Type"].startswith("text/html")


def test_status_rule_serves_the_body_with_that_status(server):
    status, _, body = fetch(server, f"http://{HOST}/art/challenge.html")
    assert status == 412
    assert b"challenge()" in body


def test_first_rule_answers_the_first_requests_of_each_url_then_the_page(server):
    url = f"http://{HOST}/wall/page.html"
    answers = [fetch(server, url) for _ in range(3)]
    assert [status for status, _, _ in answers] == [521, 521, 200]
    assert b"__jsl_clearance" in answers[0][2] and answers[2][2] == PAGE.encode()
    assert answers[0][1]["Set-Cookie"] == "__jsl_clearance=1; path=/"
    assert fetch(server, url + "?x=1")[0] == 521          # another URL is counted apart
    status, headers, body = fetch(server, f"http://{HOST}/busy/page.html")   # the defaults
    assert status == 503 and b"503" in body and headers["Content-Type"].startswith("text/html")
    assert fetch(server, f"http://{HOST}/busy/page.html")[0] == 200


def test_header_rule_serves_gbk_page_without_charset(server, site_root):
    status, headers, body = fetch(server, f"http://{HOST}/gbk/page.html")
    assert status == 200
    assert headers["Content-Type"] == "text/html"
    assert body == (site_root / HOST / "gbk/page.html").read_bytes()
    assert "喆堃" in body.decode("gb18030")


def test_hanweb_dataproxy_returns_the_record_window(server):
    form = (b"col=1&appid=1&webid=3&path=%2F&columnid=7&sourceContentType=1&unitid=9"
            b"&webname=x&permissiontype=0")
    url = f"http://{HOST}/module/web/jpage/dataproxy.jsp?startrecord=16&endrecord=30&perpage=15"
    status, headers, body = fetch(server, url, data=form)
    text = body.decode("utf-8")
    assert status == 200 and headers["Content-Type"].startswith("text/xml")
    assert "<totalrecord>23</totalrecord>" in text
    assert text.count("<record>") == 8  # records 16..23: the window is clipped at the total
    assert "第16条" in text and "第23条" in text and "第15条" not in text


def test_dataproxy_for_unknown_column_is_404(server):
    url = f"http://{HOST}/module/web/jpage/dataproxy.jsp?startrecord=1&endrecord=15"
    assert fetch(server, url, data=b"columnid=999")[0] == 404


def test_dataproxy_with_junk_parameters_answers_500(server):
    url = f"http://{HOST}/module/web/jpage/dataproxy.jsp?startrecord=abc"
    assert fetch(server, url, data=b"columnid=7")[0] == 500
    assert fetch(server, f"http://{HOST}/index.html")[0] == 200


def test_redirect_rule_and_head(server):
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({"http": server.url}))
    with opener.open(f"http://{HOST}/old/page.html", timeout=10) as response:
        assert response.url == "http://plain.gov.cn/index.html"  # urllib followed the 302
    assert ("GET", f"http://{HOST}/old/page.html", 302) in server.requests
    head = urllib.request.Request(f"http://{HOST}/index.html", method="HEAD")
    with opener.open(head, timeout=10) as response:
        assert response.status == 200 and response.read() == b""
        assert int(response.headers["Content-Length"]) == len(PAGE.encode())


def test_redirect_rule_with_a_status(server):
    status, headers, _ = fetch(server, f"http://{HOST}/moved/a.html")
    assert status == 200  # urllib followed it
    assert ("GET", f"http://{HOST}/moved/a.html", 301) in server.requests


def test_post_rule_runs_the_sites_own_handler(server):
    status, headers, body = fetch(server, f"http://{HOST}/api/search?q=x", data=b"pageNo=3")
    assert status == 200 and headers["Content-Type"] == "application/json"
    assert json.loads(body) == {"page": 3, "q": "x"}
    assert fetch(server, f"http://{HOST}/_api.py")[0] == 404  # the handler is never served


def test_a_json_body_reaches_the_handler_as_its_object(server):
    url, json_type = f"http://{HOST}/api/search", {"Content-Type": "application/json"}
    status, _, body = fetch(server, url, data=b'{"pageNo": "4"}', headers=json_type)
    assert status == 200 and json.loads(body) == {"page": 4, "q": None}
    for bad in (b"[1, 2]", b"{pageNo: 4"):     # not an object; not JSON
        assert fetch(server, url, data=bad, headers=json_type)[0] == 400


def test_post_without_rule_is_refused(server):
    assert fetch(server, f"http://{HOST}/index.html", data=b"a=1")[0] == 405


def test_conditional_get_answers_304(server):
    url = f"http://{HOST}/index.html"
    _, headers, _ = fetch(server, url)
    etag, last_modified = headers["ETag"], headers["Last-Modified"]
    assert fetch(server, url, headers={"If-None-Match": etag})[0] == 304
    assert fetch(server, url, headers={"If-None-Match": '"other"'})[0] == 200
    assert fetch(server, url, headers={"If-Modified-Since": last_modified})[0] == 304
    old = "Mon, 01 Jan 2001 00:00:00 GMT"
    assert fetch(server, url, headers={"If-Modified-Since": old})[0] == 200


def test_no_validators_rule_turns_conditional_get_off(server):
    url = "http://plain.gov.cn/index.html"
    status, headers, _ = fetch(server, url, headers={"If-None-Match": "*"})
    assert status == 200
    assert "ETag" not in headers and "Last-Modified" not in headers


def test_delay_rule_is_honoured(server):
    started = time.monotonic()
    assert fetch(server, f"http://{HOST}/slow/page.html")[0] == 200
    slow = time.monotonic() - started
    started = time.monotonic()
    fetch(server, f"http://{HOST}/index.html")
    assert slow >= 0.3 > time.monotonic() - started


def test_request_log_and_reset(server):
    fetch(server, f"http://{HOST}/index.html")
    fetch(server, f"http://{HOST}/missing.html")
    assert server.requests == [
        ("GET", f"http://{HOST}/index.html", 200),
        ("GET", f"http://{HOST}/missing.html", 404),
    ]
    server.reset_log()
    assert server.requests == []


def address(server: ReplayServer) -> tuple[str, int]:
    host, port = server.url.removeprefix("http://").split(":")
    return host, int(port)


def raw_request(server: ReplayServer, request: bytes) -> bytes:
    with socket.create_connection(address(server), timeout=10) as sock:
        sock.sendall(request)
        return sock.recv(4096)


def test_connect_is_refused(server):
    answer = raw_request(server, b"CONNECT www.example.gov.cn:443 HTTP/1.1\r\n\r\n")
    assert answer.startswith(b"HTTP/1.1 501")
    assert ("CONNECT", "www.example.gov.cn:443", 501) in server.requests


def test_early_disconnect_does_not_break_the_server(server):
    for _ in range(5):
        with socket.create_connection(address(server)) as sock:
            sock.sendall(f"GET http://{HOST}/slow/page.html HTTP/1.1\r\n\r\n".encode())
    assert fetch(server, f"http://{HOST}/index.html")[0] == 200


# The spec table's start URLs and report URLs (shared with the crawler): each must be served.
BUNDLED = [
    ("http://www.lyghz.gov.cn/col/col1589/index.html", "/art/2025/3/24/art_1589_2895731.html"),
    ("http://www.shanwei.gov.cn/shanwei/zwgk/fzzfjs/index.html",
     "http://www.shanwei.gov.cn/shanwei/zwgk/fzzfjs/content/post_747125.html"),
    ("http://www.hanyang.gov.cn/zwgk/zc/fzzfjs/index.shtml", "./202203/t20220328_1945123.shtml"),
    ("http://www.zbgx.gov.cn/col/col2345/index.html", "/art/2023/1/10/art_2345_87123.html"),
    ("http://www.shishi.gov.cn/zwgk/zfxxgkzl/fdzdgknr/fzzfjs/index.htm",
     "./202501/t20250126_3123456.htm"),
    ("http://sfj.xiyang.gov.cn/xxgk/fzzfjsndbg/", "./202402/t20240220_1001.html"),
    ("http://www.donghai.gov.cn/gkmlpt/api/all/2858?page=1&sid=441899",
     "/gkmlpt/content/0/100/post_100123.html"),
    ("http://www.beicheng.gov.cn/zfxxgk/fzzf/list.html", "/zfxxgk/fzzf/2024/0315/123.html"),
]


@pytest.mark.parametrize(("listing", "link"), BUNDLED)
def test_bundled_listing_links_its_report(replay_server, listing, link):
    status, headers, body = fetch(replay_server, listing)
    assert status == 200
    assert link in body.decode("gb18030" if "zbgx" in listing else "utf-8")
    report_url = urllib.parse.urljoin(listing, link.split("#")[0])
    assert fetch(replay_server, report_url)[0] == 200


def test_bundled_quirks(replay_server):
    """The quirks the sample portals promise (see tests/portals/README.md)."""
    _, headers, body = fetch(replay_server, "http://www.zbgx.gov.cn/art/2023/1/10/art_2345_87123.html")
    assert headers["Content-Type"] == "text/html"
    assert "喆" in body.decode("gb18030")
    with pytest.raises(UnicodeDecodeError):
        body.decode("utf-8")
    blocked = "http://sfj.xiyang.gov.cn/xxgk/fzzfjsndbg/202202/t20220218_0871.html"
    assert fetch(replay_server, blocked)[0] == 412
    dead = "http://sfj.xiyang.gov.cn/xxgk/fzzfjsndbg/202102/t20210205_0702.html"
    assert fetch(replay_server, dead)[0] == 404
    page_2 = ("http://www.lyghz.gov.cn/module/web/jpage/dataproxy.jsp"
              "?startrecord=16&endrecord=30&perpage=15")
    form = b"col=1&appid=1&webid=17&columnid=1589&unitid=5521"
    _, _, xml = fetch(replay_server, page_2, data=form)
    assert xml.decode().count("<record>") == 3 and "<totalrecord>18</totalrecord>" in xml.decode()
    _, _, api = fetch(replay_server, "http://www.donghai.gov.cn/gkmlpt/api/all/2858?page=2&sid=441899")
    assert json.loads(api)["total"] == 14


def test_bundled_sites_hide_their_build_script(replay_server, sites_dir):
    assert (sites_dir / "_build").is_dir()
    assert fetch(replay_server, "http://www.lyghz.gov.cn/col/col1589/_records.xml")[0] == 404
