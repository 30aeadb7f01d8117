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
