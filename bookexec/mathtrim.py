"""Drawn formulas without the attributes only MathJax's in-browser tools read.

MathJax marks every node of its SVG with the MathML it came from (`data-mml-node="mi"`), every
glyph with its character (`data-c`) and atoms with their TeX class, for its menu, explorer and
re-rendering. The book runs no MathJax in the browser, so a page keeps only what drawing uses,
with the node kinds MathJax's own CSS styles (tables, actions and errors — an error stays
recognisable to the browser tests). That is an eighth of a long chapter's HTML (chapter 8:
1,169 kB → 1,031 kB), parsed at every load. Glyphs stay referenced with `xlink:href`: the theme
rewrites the `href` of every element that has one, which an SVG <use> does not allow.

MathJax also nests a group (`<g>`) for every MathML node: a group with no attribute draws
nothing of its own, and a group that only moves a single shape can hand its move to that shape
(`transform="A"` around `transform="B"` is `transform="A B"`). Flattening them takes chapter 8
from 23,200 elements to about 19,700; the browser builds every one of them at each load, and
the theme searches all of them when it starts.
"""

from __future__ import annotations

import functools
import re

STYLED = ("mtable", "maction", "merror")  # the data-mml-node values MathJax's svg.css selects
UNUSED = re.compile(r' data-mml-node="(?!(?:%s)")[^"]*"| data-c="[^"]*"| data-mjx-texclass="[^"]*"'
                    % "|".join(STYLED))


def trimmed(html: str) -> str:
    """The page with its formulas' SVG stripped of MathJax's bookkeeping (see above)."""
    if "<mjx-container" not in html:
        return html
    html = FORMULA_SVG.sub(lambda m: m.group(1) + flattened(m.group(2)), UNUSED.sub("", html))
    return without_redundant(html)


def without_redundant(html: str) -> str:
    """Every drawn formula and the glyph definitions without what HTML says anyway (below)."""
    return DRAWN.sub(lambda m: GLYPH_ID.sub("M", REDUNDANT.sub("", m[0])), html)


# What an HTML page already says without MathJax's attributes: the parser puts an inline <svg>
# and <math> in their namespaces and an xlink:href in XLink's with no xmlns declaration; a
# drawing hidden from assistive technology (aria-hidden: a screen reader reads the MathML next
# to it) needs no role; focusable and unselectable are Internet Explorer's. With glyph ids
# shortened (#MJX-TEX-I-1D464 → #MI-1D464, 3,000 uses on chapter 8) that is 80 kB of chapter 8.
DRAWN = re.compile(r'<mjx-container.*?</mjx-container>|<svg class="bookexec-math-glyphs".*?</svg>',
                   re.S)
REDUNDANT = re.compile(r' xmlns(?::xlink)?="http://www\.w3\.org/(?:2000/svg|1999/xlink|1998/Math/'
                       r'MathML)"| role="img" focusable="false"(?=[^>]* aria-hidden="true")'
                       r'| unselectable="on"')
GLYPH_ID = re.compile(r'(?<= id=")MJX-TEX-|(?<=xlink:href="#)MJX-TEX-')


# A drawn formula: the container's opening tag, then its <svg> (nested <svg> elements only
# occur inside, so the first </svg> followed by the assistive MathML closes it).
FORMULA_SVG = re.compile(r'(<mjx-container[^>]*>)(<svg.*?</svg>)(?=<mjx-assistive-mml)', re.S)
TOKEN = re.compile(r'<(/?)([A-Za-z][\w:-]*)((?:\s+[^\s=>/]+="[^"]*")*)\s*(/?)>|([^<]+)')
ATTRIBUTE = re.compile(r'\s+([^\s=>/]+)="([^"]*)"')
MOVABLE = {"g", "use", "rect", "path", "line", "polygon", "text"}  # take a transform attribute


@functools.lru_cache(maxsize=8192)  # a formula repeated on a page, and again on the print page
def flattened(svg: str) -> str:
    """The same drawing with fewer groups (see the module's docstring)."""
    root: list = ["#root", [], []]
    stack = [root]
    for closing, tag, attributes, empty, text in TOKEN.findall(svg):
        if text:
            stack[-1][2].append(text)
        elif closing:
            stack.pop()
        else:
            node = [tag, ATTRIBUTE.findall(attributes), []]
            stack[-1][2].append(node)
            if not empty:
                stack.append(node)
    return "".join(serialise(node) for node in simplify(root)[0][2])


def simplify(node) -> list:
    """The node, its descendants' needless groups removed, as the list of nodes that replaces it
    (empty for a group that draws nothing, several for a group that only held them)."""
    if isinstance(node, str):
        return [node]
    tag, attributes, children = node
    flat = [result for child in children for result in simplify(child)]
    if tag != "g" or (attributes and [name for name, _ in attributes] != ["transform"]):
        return [[tag, attributes, flat]]
    if not attributes or not flat:
        return flat  # nothing of its own, or moves nothing
    if len(flat) == 1 and isinstance(flat[0], list) and flat[0][0] in MOVABLE:
        child_tag, child_attributes, grandchildren = flat[0]
        move = attributes[0][1]
        own = dict(child_attributes).get("transform")
        kept = [(name, value) for name, value in child_attributes if name != "transform"]
        return [[child_tag, kept + [("transform", f"{move} {own}" if own else move)],
                 grandchildren]]
    return [[tag, attributes, flat]]


def serialise(node) -> str:
    if isinstance(node, str):
        return node
    tag, attributes, children = node
    opening = tag + "".join(f' {name}="{value}"' for name, value in attributes)
    return f"<{opening}>{''.join(serialise(child) for child in children)}</{tag}>"
