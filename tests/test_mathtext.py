"""Formulas in the search index as a line of text (bookexec/mathtext.py), from the MathML that
MathJax itself makes of the book's TeX."""

import pytest

from bookexec.mathrender import Renderer
from bookexec.mathtext import formulas_as_text, linear

CASES = [  # TeX as the chapters write it → the text a search result shows
    (r"w \leftarrow w - \eta \, \frac{\partial \mathcal{L}}{\partial w}", "w ← w − η (∂ℒ)/(∂w)"),
    (r"\mathcal{L}_{1/2} = \mathcal{L}/2", "ℒ_(1/2) = ℒ/2"),
    (r"x_i^2 + x_{ij}", "x_i² + x_ij"),
    (r"\hat{y} = \sigma(z)", "ŷ = σ(z)"),
    (r"\overline{x^2}", "x̅²̅"),
    (r"\sqrt{a + b} < 10^{-4}", "√(a + b) < 10⁻⁴"),
    (r"\sum_{i=1}^{N} x_i", "∑_(i = 1)^N x_i"),
    (r"\mathbf{X}^\top \in \mathbb{R}^{n \times d}", "Xᵀ ∈ ℝ^(n × d)"),
    (r"\sin x", "sin x"),
    (r"\operatorname{ReLU}(z) = \begin{cases} z & z > 0 \\ 0 & z \le 0 \end{cases}",
     "ReLU(z) = {z, z > 0; 0, z ≤ 0"),
]


@pytest.fixture(scope="module")
def mathml(tmp_path_factory):
    renderer = Renderer(tmp_path_factory.mktemp("math"))
    yield renderer.mathml
    renderer.close()


@pytest.mark.parametrize("tex, text", CASES)
def test_a_formula_reads_as_one_line_of_text(mathml, tex, text):
    assert linear(mathml([(tex, False)])[0]) == text


def test_the_search_index_gets_text_for_inline_and_displayed_formulas(mathml):
    docs = [{"location": "x/", "title": r"The \(\frac{1}{2}\) rule",
             "text": r"<p>Put \(a &lt; b\) and</p> \[ \hat{y} = \sigma(z) \] <code>r'\d'</code>"}]
    asked = []
    formulas_as_text(docs, lambda items: asked.extend(items) or mathml(items))
    assert docs[0]["title"] == "The 1/2 rule"
    assert docs[0]["text"] == r"<p>Put a &lt; b and</p> ŷ = σ(z) <code>r'\d'</code>"
    assert asked == [(r"\frac{1}{2}", False), ("a < b", False), (r"\hat{y} = \sigma(z)", True)]
