"""NFCMS (Guangdong portal pages): list pages index.html, index_2.html … with a rendered 下一页.

Article URL pattern, attachment scope and pagers: settings/families.py.
"""

from __future__ import annotations

from crawler.families.base import FamilySpider


class NfcmsSpider(FamilySpider):
    family = "nfcms"
