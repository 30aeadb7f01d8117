"""Code blocks that may scroll are reachable with the keyboard from the start, without a script
measuring them.

A block wider than the page, or an output longer than book.css lets it grow (32em), scrolls, and
a region that scrolls must take keyboard focus (WCAG 2.1.1; axe: scrollable-region-focusable).
The theme makes a block focusable only once it has measured it, and with `content.lazy` only
when it comes on screen; measuring every block at load (a layout of the page per block) was a
large part of a long chapter's blocking time. So the build decides from the text: a block with
a line longer than the narrowest screen shows (30 characters), or an output with more lines
than its height cap holds (21), gets `tabindex="0"`. When the theme measures a block it corrects
the first kind (it only knows width); a long output is marked `data-bookexec-tall` so
docs/javascripts/accessibility.js keeps it focusable.
"""

from __future__ import annotations

import html as html_lib
import re

WIDE_CHARACTERS = 30   # code characters on a 320 px screen, after the theme's margins
TALL_LINES = 21        # lines of output that fit in book.css's 32em cap (line height 1.4em)

BLOCK = re.compile(r'(?P<pre><pre[^>]*>(?:<span></span>)?)<code(?P<attrs>[^>]*)>(?P<body>.*?)</code>',
                   re.S)
OUTPUT_START = '<div class="bookexec-output">'
TAG = re.compile(r"<[^>]+>")


def lines_of(body: str) -> list[str]:
    return html_lib.unescape(TAG.sub("", body)).rstrip("\n").split("\n")


def focusable_code(html: str) -> str:
    """The page with `tabindex="0"` on every code block that may scroll (see above)."""
    outputs = [match.start() for match in re.finditer(re.escape(OUTPUT_START), html)]

    def in_output(position: int) -> bool:
        before = [start for start in outputs if start < position]
        # an output block holds exactly one code block, right after its start
        return bool(before) and "<code" not in html[before[-1] + len(OUTPUT_START):position]

    def marked(match: re.Match) -> str:
        attrs = match["attrs"]
        if "tabindex" in attrs:
            return match[0]
        lines = lines_of(match["body"])
        tall = in_output(match.start()) and len(lines) > TALL_LINES
        wide = max(len(line.expandtabs()) for line in lines) > WIDE_CHARACTERS
        if not (tall or wide):
            return match[0]
        extra = ' tabindex="0"' + (" data-bookexec-tall" if tall else "")
        return f'{match["pre"]}<code{attrs}{extra}>{match["body"]}</code>'

    return BLOCK.sub(marked, html)
