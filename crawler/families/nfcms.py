"""NFCMS (Guangdong portal pages): list pages index.html, index_2.html … with a rendered 下一页."""

from __future__ import annotations

from typing import ClassVar

from crawler.families.base import FamilySpider


class NfcmsSpider(FamilySpider):
    family = "nfcms"
    article_url_pattern: ClassVar[str] = r"/content/(mpost|post)_\d+\.html$"
    attachment_scope_css: ClassVar[str] = ".news_cont_d_wrap, .article-content, .content"
