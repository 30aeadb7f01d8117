"""Formulas keep what drawing uses and lose MathJax's bookkeeping (bookexec/mathtrim.py). That
the trimmed page draws the same is checked in the browser: every formula renders on every page
(test_browser.py)."""

from bookexec.mathrender import Renderer
from bookexec.mathtrim import trimmed


def test_trimming_keeps_glyph_references_tables_and_errors(tmp_path):
    renderer = Renderer(tmp_path)
    try:
        drawn = renderer.typeset([(r"\begin{matrix} a & b \end{matrix} + x_1", False),
                                  ("x^1^2", False)])["svgs"]
    finally:
        renderer.close()
    page = "".join(f'<span class="arithmatex">{svg}</span>' for svg in drawn)
    out = trimmed(page)
    assert 'data-mml-node="mi"' in page and 'data-c="' in page and "xlink:href" in page
    assert 'data-mml-node="mi"' not in out and 'data-c="' not in out
    # every glyph still drawn, referenced as before (the theme rewrites a plain href)
    assert out.count('<use xlink:href="#') == page.count('<use data-c=') > 0
    assert 'data-mml-node="mtable"' in out  # MathJax's CSS lays tables out by this
    assert 'data-mml-node="merror"' in out  # and an error is still an error
    assert len(out) < 0.9 * len(page)


def test_a_page_without_formulas_is_left_alone():
    text = '<p>data-c="x" xlink:href="#y"</p>'
    assert trimmed(text) == text


def drawn_shapes(svg: str) -> list[tuple]:
    """Every shape of a drawn formula with the position it ends up at: its tag, its own
    attributes (transform aside) and the product of every transform from the root down to it,
    as an affine matrix (a, b, c, d, e, f)."""
    import re

    def matrix(transform: str) -> tuple:
        total = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
        for kind, args in re.findall(r"(\w+)\(([^)]*)\)", transform):
            n = [float(x) for x in re.split(r"[\s,]+", args.strip())]
            step = {"translate": lambda: (1, 0, 0, 1, n[0], n[1] if len(n) > 1 else 0),
                    "scale": lambda: (n[0], 0, 0, n[-1], 0, 0),
                    "matrix": lambda: tuple(n)}[kind]()
            total = compose(total, step)
        return total

    def compose(m, k):
        a, b, c, d, e, f = m
        a2, b2, c2, d2, e2, f2 = k
        return (a * a2 + c * b2, b * a2 + d * b2, a * c2 + c * d2, b * c2 + d * d2,
                a * e2 + c * f2 + e, b * e2 + d * f2 + f)

    shapes, stack = [], [(1.0, 0.0, 0.0, 1.0, 0.0, 0.0)]
    for closing, tag, attributes, empty in re.findall(
            r'<(/?)([A-Za-z][\w:-]*)((?:\s+[^\s=>/]+="[^"]*")*)\s*(/?)>', svg):
        if closing:
            stack.pop()
            continue
        pairs = re.findall(r'\s+([^\s=>/]+)="([^"]*)"', attributes)
        here = compose(stack[-1], matrix(dict(pairs).get("transform", "")))
        if tag in ("use", "rect", "path", "text", "line", "polygon"):
            shapes.append((tag, tuple(p for p in pairs if p[0] != "transform"),
                           tuple(round(x, 6) for x in here)))
        if not empty:
            stack.append(here)
    return shapes


def test_flattening_draws_every_shape_at_the_same_place_with_fewer_elements(tmp_path):
    """Groups that draw nothing or only move one shape are removed, and every glyph, bar and
    path ends up exactly where it was: same shape, same attributes, same total transform."""
    import re

    renderer = Renderer(tmp_path)
    try:
        drawn = renderer.typeset([
            (r"\frac{\partial \mathcal{L}}{\partial w} = \sum_{i=1}^{n} 2 (\hat{y}_i - y_i) x_i",
             True),
            (r"\mathbf{W}^{\top} \sqrt{\sigma^2 + \epsilon}\;\left(\begin{matrix} a & b \\ c & d"
             r"\end{matrix}\right)", True),
            (r"w \gets w - \eta \, \nabla_w \mathcal{L}", False),
            ("x^1^2", False)])["svgs"]
    finally:
        renderer.close()
    page = "".join(f'<span class="arithmatex">{svg}</span>' for svg in drawn)
    out = trimmed(page)
    elements = lambda html: len(re.findall(r"<[A-Za-z]", html))
    assert elements(out) < 0.85 * elements(page)
    formula = re.compile(r"<svg.*?</svg>(?=<mjx-assistive)", re.S)
    shapes = 0
    for before, after in zip(formula.findall(trimmed_attributes(page)), formula.findall(out),
                             strict=True):
        assert drawn_shapes(after) == drawn_shapes(before)
        shapes += len(drawn_shapes(before))
    assert shapes > 40
    assert 'data-mml-node="merror"' in out and 'data-mml-node="mtable"' in out


def trimmed_attributes(page: str) -> str:
    """Only the attribute trimming (and shorter glyph ids), for comparing the flattened drawing
    with the unflattened."""
    from bookexec.mathtrim import UNUSED, without_redundant

    return without_redundant(UNUSED.sub("", page))


def test_a_move_is_handed_down_in_the_right_order():
    """A group's move applies after its child's own (translate then scale is not scale then
    translate); groups with no attribute or nothing inside disappear."""
    from bookexec.mathtrim import flattened

    svg = ('<svg viewBox="0 0 9 9"><g stroke="currentColor" transform="scale(1,-1)">'
           '<g transform="translate(10,0)"><g transform="scale(2)"><use xlink:href="#a"></use>'
           '<use xlink:href="#b" transform="translate(5 0)"></use></g></g>'
           '<g><g><use xlink:href="#c"></use></g></g><g transform="translate(3,0)"><g></g></g>'
           '<g transform="translate(0,7)"><rect width="4" height="1"></rect></g></g></svg>')
    out = flattened(svg)
    assert drawn_shapes(out) == drawn_shapes(svg)
    assert out.count("<g") == 2 and out.count("<use") == 3 and "<rect" in out


def test_a_formula_loses_what_an_html_page_says_anyway_and_keeps_its_glyphs(tmp_path):
    """No xmlns declarations, no role or IE attributes on a drawing hidden from screen readers,
    short glyph ids; every glyph a formula uses is still defined on the page under its new id."""
    import re

    renderer = Renderer(tmp_path)
    try:
        page = renderer.render_page('<article><p><span class="arithmatex">\\(\\hat{y} = '
                                    '\\sum_i w_i x_i\\)</span></p></article>', "docs/x.md")
    finally:
        renderer.close()
    out = trimmed(page)
    for noise in ('xmlns="', "xmlns:xlink", 'role="img"', "focusable=", "unselectable=",
                  "MJX-TEX-"):
        assert noise in page and noise not in out, noise
    assert 'aria-hidden="true"' in out and "<mjx-assistive-mml" in out and "<math" in out
    used = set(re.findall(r'<use xlink:href="#([^"]+)"', out))
    defined = set(re.findall(r'<path id="([^"]+)"', out))
    assert used and used <= defined and all(ref.startswith("M") for ref in used)
