"""Formulas drawn at build time (bookexec/mathrender.py): found, drawn, cached, and refused
loudly when MathJax cannot draw them."""

from __future__ import annotations

import re

import pytest

from bookexec.mathrender import MathError, Renderer, formulas

PAGE = """<html><body><article>
<p>The slope <span class="arithmatex">\\(\\frac{dy}{dx} &lt; 1\\)</span> is small.</p>
<div class="arithmatex">\\[\\boldsymbol{\\theta} = (W, b)\\]</div>
</article></body></html>"""


def test_formulas_are_found_in_page_order_with_entities_decoded():
    assert formulas(PAGE) == [("\\frac{dy}{dx} < 1", False), ("\\boldsymbol{\\theta} = (W, b)", True)]


def test_page_arrives_drawn_with_its_glyphs_once_inside_the_article(tmp_path):
    renderer = Renderer(tmp_path)
    html = renderer.render_page(PAGE, "docs/x.md")
    assert html.count("<mjx-container") == 2
    assert 'display="true"' in html  # the displayed formula stays a block
    assert "\\frac" not in html and "\\boldsymbol" not in html
    glyphs = html.index('class="bookexec-math-glyphs"')
    assert glyphs < html.index("</article>")
    assert "<use" in html and "<path" in html[glyphs:]
    assert formulas(html) == []  # drawn formulas are not drawn again
    assert renderer.render_page(html, "docs/x.md") == html
    renderer.close()


def test_warm_render_starts_no_node_process(tmp_path):
    first = Renderer(tmp_path)
    drawn = first.render_page(PAGE, "docs/x.md")
    first.close()
    second = Renderer(tmp_path)
    assert second.render_page(PAGE, "docs/x.md") == drawn
    assert second.process is None and second.rendered_pages == 0


@pytest.mark.parametrize("tex, problem", [
    ("\\notamacro{x}", "undefined macro"),   # MathJax would draw it as red text
    ("x^1^2", "MathJax error"),              # a TeX error: MathJax's merror box
    ("\\text{one\\_hot}", "TeX drawn as text"),  # \text reads no macros: the reader saw "\_"
])
def test_a_formula_mathjax_cannot_draw_fails_with_page_line_and_tex(tmp_path, tex, problem):
    source = "# Title\n\nSome text\n\nwith $" + tex + "$ in it.\n"
    page = f'<article><p>with <span class="arithmatex">\\({tex}\\)</span> in it.</p></article>'
    renderer = Renderer(tmp_path)
    with pytest.raises(MathError) as error:
        renderer.render_page(page, "docs/07-x.ko.md", source)
    assert f"docs/07-x.ko.md:5: {problem}" in str(error.value)
    assert tex in str(error.value)
    renderer.close()
    assert not list(tmp_path.glob("*.json")), "a failed page must not be cached"


def page_of(*texs: str) -> str:
    return "<article>" + "".join(f'<p><span class="arithmatex">\\({tex}\\)</span></p>'
                                 for tex in texs) + "</article>"


def test_a_page_with_one_new_formula_draws_only_that_one(tmp_path):
    """Formulas are kept one by one as well as per page: changing one formula of a page (an
    edit, or a number a snippet's run puts into a formula) sends MathJax that formula only,
    and the page comes out as if it had been drawn whole."""
    renderer = Renderer(tmp_path)
    sent = []
    typeset = renderer.typeset
    renderer.typeset = lambda items: sent.append(items) or typeset(items)
    before = (r"\frac{\partial L}{\partial w}", r"w \gets w - \eta g", r"\sqrt{x^2 + y^2}")
    renderer.render_page(page_of(*before), "docs/a.md")
    after = (before[0], r"w \gets w - 0.1 g", before[2], before[0])
    drawn = renderer.render_page(page_of(*after), "docs/b.md")
    batches = [[tuple(item) for item in batch] for batch in sent]
    assert batches == [[(tex, False) for tex in before], [(r"w \gets w - 0.1 g", False)]]
    fresh = Renderer(tmp_path / "elsewhere")
    whole = fresh.render_page(page_of(*after), "docs/b.md")
    fresh.close()
    glyph_shapes = lambda html: sorted(re.findall(r'<path id="[^"]+"[^>]*></path>', html))
    without_glyphs = lambda html: html[:html.index('<svg class="bookexec-math-glyphs"')]
    assert without_glyphs(drawn) == without_glyphs(whole)
    assert glyph_shapes(drawn) == glyph_shapes(whole) != []
    renderer.close()
