"""Formulas drawn at build time (bookexec/mathrender.py): found, drawn, cached, and refused
loudly when MathJax cannot draw them."""

from __future__ import annotations

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
