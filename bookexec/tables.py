"""Every table of a page inside a plain block of its own.

The theme puts each table without a class into a scrolling wrapper when a page starts: it
replaces the table with the wrapper. Its stylesheet has rules that count and compare siblings
(`:nth-child`, `~`), so the browser re-styles every block after a replaced one: on chapter 8,
whose table sits among the article's blocks, the start-up re-styled 486 elements for one table
(issue 14). Inside a block of its own the table has no siblings to re-style. The block has no
style: the wrapper's margins pass through it, and the page looks the same.
"""

from __future__ import annotations

import re

TABLE = re.compile(r"<table>.*?</table>", re.S)  # the Markdown tables; the theme wraps only these
BLOCK = "bookexec-table"


def boxed(html: str) -> str:
    """The page's HTML with each Markdown table inside `<div class="bookexec-table">`."""
    return TABLE.sub(lambda table: f'<div class="{BLOCK}">{table[0]}</div>', html)
