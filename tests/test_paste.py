"""Every Python block on the built pages, as its copy button copies it, is a whole program that
runs alone in an empty folder.

What the copy button copies is read from the HTML as served: the theme copies the `data-copy`
text of the nearest ancestor that has one (a block showing a named section of a file copies the
whole file) and otherwise the code's own text. Each copied text must be a complete snippet file
(or a helper module the page shows), and every local helper it imports must be shown, as its own
block, on the same page, so the reader can save it beside the program.

That each file runs alone in an empty folder is proved by the build itself: bookexec runs every
snippet in an empty temporary folder holding only the file and the helper modules it imports
(see bookexec/worker.py), so a stored result is such a run. A fresh interpreter, rather than a
child forked from a warm one, is covered by test_snippets_standalone (one real `python file.py`
in an empty folder for every chapter and every helper-using snippet).
"""

from __future__ import annotations

import html
import re

import pytest

from bookexec.directives import strip_markers
from conftest import SNIPPETS

BLOCK = re.compile(
    r'(?P<part><div class="bookexec-part" data-copy="(?P<copy>[^"]*)"[^>]*>\s*)?'
    r'<div class="highlight"><span class="filename">snippets/(?P<path>[^<]+\.py)</span>'
    r'<pre><span></span><code[^>]*>(?P<code>.*?)</code></pre></div>', re.S)
TAG = re.compile(r"<[^>]+>")
LOCAL_IMPORT = re.compile(r"^\s*(?:from\s+(_\w+)\s+import|import\s+(_\w+))", re.M)


def built_pages(site):
    return sorted(p for p in site.rglob("index.html")
                  if "print_page" not in p.parts and p.parent != site / "assets")


def copied_blocks(page_html: str) -> list[tuple[str, str]]:
    """(path in the block's title, the text its copy button copies), in page order."""
    found = []
    for match in BLOCK.finditer(page_html):
        if match["copy"] is not None:
            text = html.unescape(match["copy"])
        else:
            text = html.unescape(TAG.sub("", match["code"]))
        found.append((match["path"], text.rstrip()))
    return found


def local_imports(code: str) -> set[str]:
    return {a or b for a, b in LOCAL_IMPORT.findall(code)}


def test_copy_text_follows_the_theme_rule():
    page = ('<div class="bookexec-part" data-copy="import os&#10;print(1)">\n'
            '<div class="highlight"><span class="filename">snippets/a/b.py</span><pre><span>'
            '</span><code><span class="n">print</span>(1)\n</code></pre></div></div>'
            '<div class="highlight"><span class="filename">snippets/a/c.py</span><pre><span>'
            '</span><code tabindex="0">x <span class="o">=</span> 1 &lt; 2\n</code></pre></div>')
    assert copied_blocks(page) == [("a/b.py", "import os\nprint(1)"), ("a/c.py", "x = 1 < 2")]
    assert local_imports("import torch\nfrom _sine import make\nimport _fit as f\n") == {
        "_sine", "_fit"}


def test_every_python_block_copies_a_whole_file_with_its_helpers_on_the_page(built_site):
    problems, checked = [], 0
    for page in built_pages(built_site):
        where = page.relative_to(built_site).parent.as_posix() or "/"
        page_html = page.read_text(encoding="utf-8")
        blocks = copied_blocks(page_html)
        titled = page_html.count('<span class="filename">snippets/')
        assert len(blocks) == titled, f"{where}: {titled} listings, {len(blocks)} understood"
        shown = {path for path, _ in blocks}
        for path, text in blocks:
            checked += 1
            whole = strip_markers((SNIPPETS / path).read_text(encoding="utf-8")).rstrip()
            if text != whole:
                problems.append(f"{where}: the copy button of snippets/{path} copies a "
                                "fragment, not the whole file")
            folder = path.rsplit("/", 1)[0]
            for module in sorted(local_imports(text)):
                helper = f"{folder}/{module}.py"
                if (SNIPPETS / helper).is_file() and helper not in shown:
                    problems.append(f"{where}: snippets/{path} imports {module}, but the page "
                                    f"does not show snippets/{helper}")
    assert checked > 300
    assert not problems, "\n".join(problems)
