"""A listing row whose only link is an action button (查看, 详情, >>) titles its item with the
row's title-like cell: `<tr><td>1</td><td class="bt">…2024年法治政府建设工作报告</td>
<td>2025-01-19</td><td><a href="detail.jsp?id=7703">查看</a></td></tr>` (government tables read
from cells, the title as plain text). Only a dated row with no other link is read so: a menu's
更多 beside a heading carries no date and is left as it is."""

from __future__ import annotations

from parsel import Selector

from crawler.families.links import DATE_LABEL_CHARS, DATE_RE, ROW_XPATH, clean_text, date_near

# What an action button says (brackets and spaces dropped before comparing): not a title.
ACTION_TEXTS = frozenset({
    "查看", "详情", "详细", "浏览", "更多", "查看详情", "详细信息", "详细内容", "点击查看",
    "查看全文", "阅读全文", "全文", ">>", ">>>", "»", "more", "More", "MORE"})
ACTION_BRACKETS = str.maketrans("", "", "[]【】()（）<> \u3000")
MIN_TITLE_CHARS = 5     # a title cell says more than a serial number, a state or a unit's name


def is_action_text(text: str) -> bool:
    """Whether a link's text is an action word (查看, [详细], 更多>>), not an item's title."""
    bare = text.translate(ACTION_BRACKETS)
    return text.strip() in ACTION_TEXTS or bare in ACTION_TEXTS or (
        bool(bare) and bare.rstrip(">»") in ACTION_TEXTS)


def row_title(link: Selector) -> str | None:
    """The title of the dated `<tr>`/`<li>` row whose only link is `link` (an action button):
    its longest cell that is neither the button's, a date nor a number; None elsewhere."""
    rows = link.xpath(ROW_XPATH)
    if not rows or not date_near(link):
        return None
    row, href = rows[0], link.attrib.get("href")
    if any(a.attrib.get("href") != href for a in row.css("a[href]")):
        return None     # another link in the row is the item's own
    best = ""
    for text in _cell_texts(row):
        dated = bool(DATE_RE.search(text)) and len(DATE_RE.sub("", text)) <= DATE_LABEL_CHARS
        if text.isdigit() or dated or is_action_text(text):
            continue
        best = max(best, text, key=len)
    return best if len(best) >= MIN_TITLE_CHARS else None


def _cell_texts(row: Selector) -> list[str]:
    """The texts of a row's cells without a link: its child elements, and its own text (an
    `<li>` holding the title as text beside a date `<span>`)."""
    cells = [cell for cell in row.xpath("./*") if not cell.css("a[href]")]
    texts = [clean_text(cell.xpath("string(.)").get("")) for cell in cells]
    texts.append(clean_text(" ".join(row.xpath("./text()").getall())))
    return [text for text in texts if text]
