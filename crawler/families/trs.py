"""TRS WCM (拓尔思): listings and split articles paginated only by `createPageHTML(...)`.

Listing `index.<ext>` announces `index_1.<ext>` … in an inline script call and never renders a
下一页 link in the raw HTML; a long article `t…_<id>.<ext>` is split into `t…_<id>_1.<ext>` …
announced the same way. Article URL pattern, attachment scope and pagers: settings/families.py.
"""

from __future__ import annotations

from crawler.families.base import FamilySpider


class TrsSpider(FamilySpider):
    family = "trs"
