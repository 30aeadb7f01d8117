"""Highlighted code with fewer elements and the same look.

Pygments wraps every token of a listing in a <span>: names (`n`) and whitespace (`w`) too,
although the theme draws a name in the code's own colour (`--md-code-hl-name-color` is
`--md-code-fg-color` in both schemes) and whitespace not at all; and it opens a new span for
each token even when the next has the same kind. The build unwraps the first two and joins the
third, inside the chapters' code blocks: chapter 8 has 8,970 elements in its code blocks of
19,860 on the page, and the browser builds every one at each load (issue 14). The text, what
the copy button copies, is unchanged; so is every colour. Tokens of different kinds that the
theme draws in one colour (an operator after a bracket, a string's parts around an f-string's
interpolation) share a span too, with the whitespace between them.
"""

from __future__ import annotations

import re

BLOCK = re.compile(r'<div class="highlight">.*?</pre></div>', re.S)
# The token kinds the theme draws in one colour, in its light and its dark scheme alike (its
# main.css gives each group one --md-code-hl-*-color; the first group's five variables are all
# --md-default-fg-color--light in both schemes). tests/test_codespans.py reads the installed
# theme's stylesheets and fails if a new version draws two kinds of a group differently.
SAME_COLOUR = (
    "o ow p c c1 ch cm cs sd ge gh go gp gr gs gt gu na nv vc vg vi",  # operators, punctuation, comments
    "cpf l s s1 s2 sb sc si ss",                                       # strings
    "cp se sh sr sx",                                                  # special strings
    "il m mb mf mh mi mo",                                             # numbers
    "k kd kn kp kr kt nd ni nl nt",                                    # keywords, decorators
    "bp nb no",                                                        # built-ins, constants
    "nc ne nf nn",                                                     # class, function, module names
)
GROUP = {kind: group for group in SAME_COLOUR for kind in group.split()}
# Names (and True/False/None) are drawn in the code's own colour (--md-code-hl-name-color is
# --md-code-fg-color), whitespace in none.
DRAWS_NOTHING = re.compile(r'<span class="(?:n|w|kc)">([^<]*)</span>')
PIECE = re.compile(r'<span class="([\w-]+)">([^<]*)</span>|([ \t\n]+)|(<[^>]*>|[^<]+?(?=<|$))', re.S)


def lighter(block: str) -> str:
    """One code block without the spans that draw nothing, and tokens drawn in one colour that
    are next to each other (or apart by whitespace only) in one span."""
    out: list[str] = []
    kind, text, space = None, "", ""  # the open token span, and whitespace after it

    def close() -> None:
        nonlocal kind, text, space
        if kind is not None:
            out.append(f'<span class="{kind}">{text}</span>')
        out.append(space)
        kind, text, space = None, "", ""

    for piece in PIECE.finditer(DRAWS_NOTHING.sub(r"\1", block)):
        token_kind, token, blank, other = piece.groups()
        if token_kind is not None and kind is not None and \
                GROUP.get(token_kind, token_kind) == GROUP.get(kind, kind):
            text += space + token
            space = ""
        elif token_kind is not None:
            close()
            kind, text = token_kind, token
        elif blank is not None:
            space += blank
        else:
            close()
            out.append(other)
    close()
    return "".join(out)


def lighter_code(html: str) -> str:
    """The page's HTML with every code block `lighter`."""
    return BLOCK.sub(lambda block: lighter(block[0]), html)
