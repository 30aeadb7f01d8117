"""bookexec/codespans.py: code blocks keep their text and colours with fewer elements (the
pages are compared in the browser by test_browser.py's listing and screenshot checks)."""

import html
import re

from bookexec.codespans import lighter_code

BLOCK = ('<div class="highlight"><pre><span></span><code>'
         '<span class="n">loss</span><span class="w"> </span><span class="o">=</span>'
         '<span class="w"> </span><span class="p">(</span><span class="n">y</span>'
         '<span class="o">-</span><span class="n">t</span><span class="p">)</span>'
         '<span class="o">**</span><span class="mi">2</span><span class="p">.</span>'
         '<span class="n">mean</span><span class="p">()</span>  '
         '<span class="c1"># &lt;MSE&gt;</span>\n</code></pre></div>')


def text(fragment: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", fragment))


def test_names_and_whitespace_lose_their_spans_and_tokens_of_one_colour_share_one():
    lighter = lighter_code(BLOCK)
    assert text(lighter) == text(BLOCK) == "loss = (y-t)**2.mean()  # <MSE>\n"
    assert lighter == (
        '<div class="highlight"><pre><span></span><code>'
        'loss <span class="o">= (</span>y<span class="o">-</span>t<span class="p">)**</span>'
        '<span class="mi">2</span><span class="p">.</span>mean'
        '<span class="p">()  # &lt;MSE&gt;</span>\n</code></pre></div>')
    assert lighter.count("<span") == 7 and BLOCK.count("<span") == 16


def test_joining_runs_of_one_colour():
    block = ('<div class="highlight"><pre><code><span class="p">(</span><span class="p">[</span>'
             '<span class="p">]</span><span class="mi">1</span> <span class="mf">2.0</span>'
             '<span class="o">-</span><span class="s2">f"a</span><span class="si">{</span>'
             '</code></pre></div>')
    assert lighter_code(block) == (
        '<div class="highlight"><pre><code><span class="p">([]</span><span class="mi">1 2.0</span>'
        '<span class="o">-</span><span class="s2">f"a{</span></code></pre></div>')


def test_each_group_is_one_colour_in_the_installed_theme_light_and_dark():
    """SAME_COLOUR is what the pinned theme draws: read its stylesheets (token class → colour
    variable in main.css; each variable's value in the default and the slate scheme)."""
    from pathlib import Path

    import material

    from bookexec.codespans import SAME_COLOUR

    sheets = Path(material.__file__).parent / "templates" / "assets" / "stylesheets"
    main = next(sheets.glob("main.*.min.css")).read_text(encoding="utf-8")
    palette = next(sheets.glob("palette.*.min.css")).read_text(encoding="utf-8")
    variable = {}
    for selectors, var in re.findall(r"((?:\.highlight \.[\w-]+,?)+)\{color:var\((--md-code-hl-[\w-]+)\)\}", main):
        for kind in re.findall(r"\.highlight \.([\w-]+)", selectors):
            variable[kind] = var

    def colour(kind: str, sheet: str) -> str:
        return re.search(re.escape(variable[kind]) + r":([^;}]+)", sheet)[1]

    for group in SAME_COLOUR:
        kinds = group.split()
        for sheet in (main, palette):
            assert len({colour(kind, sheet) for kind in kinds}) == 1, (group, sheet[:40])
    for kind in ("n", "kc"):  # unwrapped: drawn in the code's own colour
        assert colour(kind, main) == colour(kind, palette) == "var(--md-code-fg-color)"


def test_only_the_chapters_code_blocks_change():
    outside = '<p><span class="n">n</span></p><div class="highlight hl-ipython3"><pre>' \
              '<span class="n">x</span></pre></div>'
    assert lighter_code(outside) == outside
