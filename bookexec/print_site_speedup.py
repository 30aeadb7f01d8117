"""A faster drop-in for one function of mkdocs-print-site-plugin (pinned in requirements.txt).

To keep heading ids unique on the print page, the plugin prefixes the ids of h1-h6, sup and li
tags with the page's key. It finds them with `<([^\\s]+).*?id="([^"]*?)".*?>`, which on every
`<` of a line without an id backtracks across the rest of the line; a highlighted code line has
dozens of tags, so a chapter takes half a second and the two languages' print pages 9 s of a
23 s build. The regex below only looks inside one tag (and, like the plugin's, within one line),
so it does the same work in linear time.

On this book the result is identical: tests/test_print_site_speedup.py compares the two on every
built page. Should a new plugin version rename the function, `install()` fails loudly
rather than silently doing nothing.
"""

from __future__ import annotations

import re

CHANGED_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6", "sup", "li")
TAG_WITH_ID = re.compile(r"<(h[1-6]|sup|li)(?=[\s>])[^>\n]*?\bid=\"([^\"\n]*?)\"[^>\n]*>", re.I)


def update_anchor_ids(page_html: str, page_key: str) -> str:
    """id="anchor" becomes id="<page_key>-anchor" on the heading, footnote and list tags."""
    for match in list(TAG_WITH_ID.finditer(page_html)):
        if match.group(1) not in CHANGED_TAGS:  # the plugin compares case-sensitively too
            continue
        tag, anchor = match.group(), match.group(2)
        page_html = page_html.replace(tag, tag.replace(anchor, f"{page_key}-{anchor}"))
    return page_html


def install() -> None:
    from mkdocs_print_site_plugin import urls

    if not callable(getattr(urls, "update_anchor_ids", None)):
        raise RuntimeError("mkdocs-print-site-plugin changed: update_anchor_ids is gone; "
                           "remove bookexec/print_site_speedup.py")
    urls.update_anchor_ids = update_anchor_ids
