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


def test_names_and_whitespace_lose_their_spans_and_neighbours_of_a_kind_are_joined():
    lighter = lighter_code(BLOCK)
    assert text(lighter) == text(BLOCK) == "loss = (y-t)**2.mean()  # <MSE>\n"
    assert lighter == (
        '<div class="highlight"><pre><span></span><code>'
        'loss <span class="o">=</span> <span class="p">(</span>y<span class="o">-</span>t'
        '<span class="p">)</span><span class="o">**</span><span class="mi">2</span>'
        '<span class="p">.</span>mean<span class="p">()</span>  '
        '<span class="c1"># &lt;MSE&gt;</span>\n</code></pre></div>')
    assert lighter.count("<span") == 10 and BLOCK.count("<span") == 16


def test_joining_runs_of_one_kind():
    block = ('<div class="highlight"><pre><code><span class="p">(</span><span class="p">[</span>'
             '<span class="p">]</span><span class="o">-</span></code></pre></div>')
    assert lighter_code(block) == ('<div class="highlight"><pre><code><span class="p">([]</span>'
                                   '<span class="o">-</span></code></pre></div>')


def test_only_the_chapters_code_blocks_change():
    outside = '<p><span class="n">n</span></p><div class="highlight hl-ipython3"><pre>' \
              '<span class="n">x</span></pre></div>'
    assert lighter_code(outside) == outside
