"""Pages the i18n plugin's sitemap leaves out, put back.

The i18n plugin writes one sitemap for both languages, from its own list of pages; the labs are
not on it (mkdocs-jupyter's pages are added to the build after i18n made that list, see
mkdocs_hook.on_files). Material's instant navigation follows only links its sitemap lists, so
every move into or out of a lab reloaded the whole page. `with_pages` adds an entry for each
missing page, with its alternates in every language, as the plugin writes its own. No MkDocs
import: the hook passes the text and the pages.
"""

from __future__ import annotations

import re
from html import escape


def with_pages(sitemap: str, site_url: str, pages: list[dict[str, str]]) -> str:
    """The sitemap with an entry for every page of `pages` it lacks. Each item maps a language
    to that language's path of one page (e.g. {"ko": "labs/01-x/", "en": "en/labs/01-x/"})."""
    listed = set(re.findall(r"<loc>([^<]*)</loc>", sitemap))
    lastmod = re.search(r"<lastmod>[^<]*</lastmod>", sitemap)
    base = site_url if site_url.endswith("/") else site_url + "/"
    entries = []
    for page in pages:
        alternates = "".join(
            f'\n        <xhtml:link rel="alternate" hreflang="{escape(language)}" '
            f'href="{escape(base + path)}"/>' for language, path in page.items())
        for path in page.values():
            if base + path in listed:
                continue
            entries.append(f"    <url>\n        <loc>{escape(base + path)}</loc>"
                           + (f"\n        {lastmod[0]}" if lastmod else "")
                           + "\n        <changefreq>daily</changefreq>" + alternates
                           + "\n    </url>\n")
    if not entries:
        return sitemap
    end = sitemap.rindex("</urlset>")
    return sitemap[:end] + "".join(entries) + sitemap[end:]
