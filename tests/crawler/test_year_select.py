"""A year `<select>` whose onchange navigates to the option's value names the column's year
listings (crawler/year_tabs.py); the crawl: tests/portals/heyan."""

from crawler.year_tabs import year_tab_links

COLUMN = "http://www.example.gov.cn/zwgk/fzbg/index.html"


def page(select: str) -> str:
    return (f"<html><body><div>{select}</div>"
            "<ul><li><a href='/a.html'>报告</a></li></ul></body></html>")


def test_year_select_options_are_year_listings() -> None:
    select = ('<select onchange="window.location.href=this.options[this.selectedIndex].value">'
              '<option value="">--请选择年份--</option><option value="./index.html" selected>2025年'
              '</option><option value="./2024/index.html">2024年</option>'
              '<option value="list_2023.html">2023</option></select>')
    assert year_tab_links(page(select), COLUMN) == [
        "http://www.example.gov.cn/zwgk/fzbg/2024/index.html",
        "http://www.example.gov.cn/zwgk/fzbg/list_2023.html"]


def test_window_open_select_counts_and_other_hosts_do_not() -> None:
    select = ('<select onchange="window.open(this.value)"><option value="/y/2024.html">2024年度'
              '</option><option value="http://other.gov.cn/2023.html">2023年度</option></select>')
    assert year_tab_links(page(select), COLUMN) == ["http://www.example.gov.cn/y/2024.html"]


def test_menu_of_sites_and_select_without_navigation_are_no_year_listings() -> None:
    sites = ('<select onchange="window.open(this.value)"><option value="http://a.gov.cn/">甲县'
             '</option><option value="http://www.example.gov.cn/b/">乙县</option>'
             '<option value="http://www.example.gov.cn/2024/">2024年</option></select>')
    form_field = ('<select name="year" onchange="filterRows(this.value)">'
                  '<option value="/zwgk/fzbg/2024/">2024年</option></select>')
    assert year_tab_links(page(sites + form_field), COLUMN) == []


def test_a_year_listing_on_the_www_twin_is_the_columns() -> None:
    select = ('<select onchange="location.href=this.value"><option value="index.html">2025年'
              '</option><option value="http://example.gov.cn/zwgk/fzbg/2024/">2024年</option>'
              '<option value="http://www.other.gov.cn/2023/">2023年</option></select>')
    assert year_tab_links(page(select), COLUMN) == ["http://example.gov.cn/zwgk/fzbg/2024/"]
