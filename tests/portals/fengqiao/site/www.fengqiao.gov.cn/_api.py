"""fengqiao's list API of older reports: it wants a signature computed by the site's script
(signOf, in a file this portal never serves), so every crawl's call is refused 403."""
import json


def listing(query, form):
    return 403, "application/json;charset=UTF-8", json.dumps(
        {"code": 403, "msg": "签名无效", "data": None}, ensure_ascii=False)
