# ruff: noqa: E501 - HTML templates and report texts are long lines on purpose
"""Shared pieces: output folder, writing files, furniture, report body rendering."""
import html
import json
import shutil
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent


class Portal:
    def __init__(self, slug: str, host: str):
        self.slug, self.host = slug, host
        self.root = OUT / slug
        if self.root.exists():
            shutil.rmtree(self.root)
        self.site = self.root / "site" / host
        self.reports, self.skipped, self.failures = [], [], []

    def url(self, path: str) -> str:
        return f"http://{self.host}{path}"

    def write(self, path: str, content, host: str | None = None) -> None:
        """`path` is the URL path (with ?query → @query)."""
        rel = path.lstrip("/")
        if path.endswith("/"):
            rel += "index.html"
        rel = rel.replace("?", "@")
        file = (self.root / "site" / (host or self.host)) / rel
        file.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            file.write_bytes(content)
        else:
            file.write_text(content, "utf-8")

    def rules(self, rules: dict) -> None:
        self.write("/_replay.json", json.dumps(rules, ensure_ascii=False, indent=1))

    def report(self, url: str, rep: dict, *, level1: bool = True) -> None:
        entry = {"url": url, "year": rep["year"], "title": rep["title"]}
        if level1 and rep.get("level1"):
            entry["level1"] = rep["level1"]
        self.reports.append(entry)

    def skip(self, url: str, title: str, why: str) -> None:
        self.skipped.append({"url": url, "title": title, "why": why})

    def fail(self, url: str, why: str) -> None:
        self.failures.append({"url": url, "why": why})

    def finish(self, *, name, code, level, province, family, start, notes, home=None) -> None:
        toml = (f'slug = "{self.slug}"\nname = "{name}"\ndivision_code = "{code}"\n'
                f'level = "{level}"\nprovince = "{province}"\nfamily = "{family}"\n'
                f'start_urls = ["{start}"]\n')
        (self.root / "portal.toml").write_text(toml, "utf-8")
        expected = {"notes": notes}
        if home:
            expected["home"] = home
        expected.update({"column": start, "reports": self.reports, "skipped": self.skipped,
                         "failures": self.failures})
        (self.root / "expected.json").write_text(
            json.dumps(expected, ensure_ascii=False, indent=2) + "\n", "utf-8")


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def body_html(paras, *, style: str = "plain") -> str:
    """Report paragraphs as HTML; headings bold in 'word' style."""
    out = []
    for kind, text in paras:
        t = esc(text)
        if kind == "head1":
            if style == "word":
                out.append(f'<p style="text-indent:2em;line-height:2"><span style="font-family:黑体">{t}</span></p>')
            else:
                out.append(f'<p style="text-indent: 2em;"><strong>{t}</strong></p>')
        elif kind == "sign":
            out.append(f'<p style="text-align: right;">{t}</p>')
        elif style == "word":
            out.append(f'<p style="text-indent:2em;line-height:2"><span style="font-family:仿宋_GB2312;font-size:16pt">{t}</span></p>')
        else:
            out.append(f'<p style="text-indent: 2em;">{t}</p>')
    return "\n".join(out)


def plain_text(paras) -> list[str]:
    return [text for _, text in paras]


TOPBAR = ('<div class="topbar"><div class="w1200"><span class="date" id="today"></span>'
          '<a href="javascript:void(0)" id="wza">无障碍版</a> | <a href="javascript:void(0)" id="ghb">关怀版</a>'
          ' | <a href="javascript:void(0)">长者模式</a> | <span>网站支持IPv6</span>'
          ' | <a href="javascript:void(0)" id="jft">繁體</a></div></div>')
LEAVE_SCRIPT = ('<script>$(function(){$("a[href^=\'http\']").not("[href*=\'.gov.cn\']").click(function(){'
                'return confirm("您访问的链接即将离开本网站，是否继续？");});});</script>')


def footer(site_name: str, icp: str, code: str) -> str:
    return (f'<div class="footer"><div class="w1200"><p>主办单位：{site_name}办公室　'
            f'承办：{site_name}大数据中心</p><p>网站标识码：{code}　<a href="https://beian.miit.gov.cn/">{icp}</a>'
            f'　<img src="/images/ga.png" alt="">公网安备 00000002000123号</p>'
            f'<p>版权所有：{site_name}　建议使用1366×768分辨率浏览</p>'
            f'<p><a href="javascript:void(0)">网站地图</a> | <a href="javascript:void(0)">联系我们</a>'
            f' | <a href="javascript:void(0)">隐私声明</a></p></div></div>{LEAVE_SCRIPT}')


SHARE = ('<div class="share">分享到：<a class="wx" href="javascript:void(0)">微信</a>'
         '<a class="wb" href="javascript:void(0)">微博</a><a class="qq" href="javascript:void(0)">QQ空间</a></div>'
         '<div class="qrcode"><img src="/images/qr.png" alt=""><p>扫一扫在手机打开当前页</p></div>')
TOOLS = ('<div class="tools">【字体：<a href="javascript:void(0)">大</a> <a href="javascript:void(0)">中</a>'
         ' <a href="javascript:void(0)">小</a>】　<a href="javascript:window.print()">打印本页</a>'
         '　<a href="javascript:window.close()">关闭窗口</a></div>')
FLOAT = ('<div class="float-bar"><a href="javascript:void(0)">县长信箱</a><a href="javascript:void(0)">意见征集</a>'
         '<a href="javascript:void(0)">智能问答</a><a href="#top">返回顶部</a></div>')
