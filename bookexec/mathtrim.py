"""Drawn formulas without the attributes only MathJax's in-browser tools read.

MathJax marks every node of its SVG with the MathML it came from (`data-mml-node="mi"`), every
glyph with its character (`data-c`) and atoms with their TeX class, for its menu, explorer and
re-rendering. The book runs no MathJax in the browser, so a page keeps only what drawing uses,
with the node kinds MathJax's own CSS styles (tables, actions and errors — an error stays
recognisable to the browser tests). That is an eighth of a long chapter's HTML (chapter 8:
1,169 kB → 1,031 kB), parsed at every load. Glyphs stay referenced with `xlink:href`: the theme
rewrites the `href` of every element that has one, which an SVG <use> does not allow.
"""

from __future__ import annotations

import re

STYLED = ("mtable", "maction", "merror")  # the data-mml-node values MathJax's svg.css selects
UNUSED = re.compile(r' data-mml-node="(?!(?:%s)")[^"]*"| data-c="[^"]*"| data-mjx-texclass="[^"]*"'
                    % "|".join(STYLED))


def trimmed(html: str) -> str:
    """The page with its formulas' SVG stripped of MathJax's bookkeeping (see above)."""
    if "<mjx-container" not in html:
        return html
    return UNUSED.sub("", html)
