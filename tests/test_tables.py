"""bookexec/tables.py: each Markdown table in a plain block of its own (the browser side is
test_browser.py's test_wrapping_a_table_restyles_the_table_and_not_the_article)."""

from bookexec.tables import boxed


def test_each_table_gets_a_block_of_its_own():
    html = ("<p>a</p>\n<table>\n<tr><td>1</td></tr>\n</table>\n<p>b</p>\n"
            "<table>\n<tr><td>2</td></tr>\n</table>")
    assert boxed(html) == (
        '<p>a</p>\n<div class="bookexec-table"><table>\n<tr><td>1</td></tr>\n</table></div>\n'
        '<p>b</p>\n<div class="bookexec-table"><table>\n<tr><td>2</td></tr>\n</table></div>')


def test_tables_the_theme_leaves_alone_stay_as_they_are():
    html = '<table class="dataframe"><tr><td>1</td></tr></table><p>no table</p>'
    assert boxed(html) == html
