"""The faster anchor-id rewrite gives the print-site plugin's own result on every built page."""

from __future__ import annotations

from bookexec.print_site_speedup import update_anchor_ids


def lines_with_ids(html: str) -> str:
    """Both functions work line by line (their regexes never cross a newline), so the lines
    without an id are left as they are and can be skipped: the plugin's regex is slow on them."""
    return "\n".join(line for line in html.split("\n") if 'id="' in line)


def test_fast_anchor_rewrite_matches_the_plugin_on_every_page(built_site):
    from mkdocs_print_site_plugin.urls import update_anchor_ids as plugin_version

    pages = sorted(built_site.glob("**/index.html"))
    assert len(pages) > 30
    changed = 0
    for page in pages:
        html = lines_with_ids(page.read_text(encoding="utf-8"))
        ours = update_anchor_ids(html, "page-key")
        assert ours == plugin_version(html, "page-key"), page
        changed += ours != html
    assert changed > 20  # the headings of nearly every page were renamed


def test_install_replaces_the_plugin_function():
    from mkdocs_print_site_plugin import urls

    from bookexec import print_site_speedup

    original = urls.update_anchor_ids
    try:
        print_site_speedup.install()
        assert urls.update_anchor_ids is update_anchor_ids
    finally:
        urls.update_anchor_ids = original
