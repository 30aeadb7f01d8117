"""bookexec/sitemap.py: pages the i18n plugin's sitemap leaves out, added with alternates."""

from __future__ import annotations

import re

from bookexec.sitemap import with_pages

SITE = "http://127.0.0.1:8000/"
WRITTEN = """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
    <url>
        <loc>http://127.0.0.1:8000/01-notation/</loc>
        <lastmod>2026-12-07</lastmod>
        <changefreq>daily</changefreq>
        <xhtml:link rel="alternate" hreflang="ko" href="http://127.0.0.1:8000/01-notation/"/>
        <xhtml:link rel="alternate" hreflang="en" href="http://127.0.0.1:8000/en/01-notation/"/>
    </url>
</urlset>"""
LAB = {"ko": "labs/01-x/", "en": "en/labs/01-x/"}


def entries(sitemap: str) -> dict[str, str]:
    return {re.search(r"<loc>([^<]*)</loc>", entry)[1]: entry
            for entry in re.findall(r"<url>(.*?)</url>", sitemap, re.S)}


def test_a_missing_page_is_added_in_each_language_with_both_alternates():
    added = entries(with_pages(WRITTEN, SITE, [LAB]))
    assert set(added) == {SITE + "01-notation/", SITE + "labs/01-x/", SITE + "en/labs/01-x/"}
    for url in (SITE + "labs/01-x/", SITE + "en/labs/01-x/"):
        assert f'hreflang="ko" href="{SITE}labs/01-x/"' in added[url]
        assert f'hreflang="en" href="{SITE}en/labs/01-x/"' in added[url]
        assert "<lastmod>2026-12-07</lastmod>" in added[url]


def test_pages_already_listed_are_left_as_they_are():
    once = with_pages(WRITTEN, SITE, [LAB])
    assert with_pages(once, SITE, [LAB]) == once  # `mkdocs serve` builds again and again
    chapter = with_pages(WRITTEN, SITE, [{"ko": "01-notation/", "en": "en/01-notation/"}])
    assert chapter.startswith(WRITTEN.removesuffix("</urlset>"))  # the plugin's entry untouched
    assert list(entries(chapter)) == [SITE + "01-notation/", SITE + "en/01-notation/"]


def test_the_result_is_well_formed_xml():
    import xml.etree.ElementTree as ElementTree

    root = ElementTree.fromstring(with_pages(WRITTEN, SITE, [LAB, {"ko": "a&b/"}]))
    namespace = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
    assert len(root.findall(f"{namespace}url")) == 4
    assert f"{SITE}a&b/" in [loc.text for loc in root.iter(f"{namespace}loc")]
