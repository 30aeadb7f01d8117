"""The Python code blocks of every page, as the reader sees them (directives expanded).

pytest-codeblocks reads the blocks from the include-expanded page text (`reader_view`), so what is
checked is what the page shows. Two kinds of block:

- a block showing a whole snippet must equal that file byte for byte (after hiding section
  markers); the file itself is run as `python snippets/<path>.py` by test_snippets_standalone,
  so running the identical text a second time here would prove nothing more;
- blocks showing named sections of one snippet must be lines of that file in its order (their
  copy button copies the whole file: see test_paste).
"""

from __future__ import annotations

import io
import textwrap
import os
import re
import sys

import matplotlib.pyplot as plt
import pytest
from pytest_codeblocks import extract_from_buffer

from bookexec.book import Book, Settings
from bookexec.directives import strip_markers
from bookexec.inline import read_nav
from conftest import DOCS, REPO, SNIPPETS, page_files

TITLE = re.compile(r'title="snippets/(?P<path>[^"]+)"')


def reader_view(page) -> str:
    book = Book(REPO, DOCS, Settings(enabled=False))
    book.load_chapters(read_nav(REPO / "mkdocs.yml"))
    language = page.suffixes[-2][1:]
    return book.render_page(page.read_text(encoding="utf-8"),
                            page.relative_to(REPO).as_posix(),
                            page.relative_to(DOCS).as_posix(), language)


def programs(page) -> list[tuple[str, str, bool]]:
    """(snippet path, code, is whole file) for each Python block the page shows (a block folded
    into a collapsed admonition is indented in the Markdown: dedented here, as the page shows it)."""
    found = []
    for block in extract_from_buffer(io.StringIO(reader_view(page))):
        if not block.syntax or block.syntax.split()[0] != "python":
            continue
        path = TITLE.search(block.syntax)["path"]
        code = textwrap.dedent(block.code)
        whole = strip_markers((SNIPPETS / path).read_text(encoding="utf-8"))
        found.append((path, code, code == whole))
    return found


CASES = [(page, path, code, is_whole) for page in page_files()
         for path, code, is_whole in programs(page)]
SECTION_CASES = [case for case in CASES if not case[3]]


def test_pages_show_python_blocks():
    assert CASES, "no page shows a Python code block"


@pytest.mark.parametrize(
    "page, path, code, is_whole", SECTION_CASES,
    ids=[f"{page.name}::{path}#sections" for page, path, _, _ in SECTION_CASES])
def test_section_blocks_show_lines_of_the_file_in_order(page, path, code, is_whole):
    """A page that shows a file in parts shows real lines of it, in the file's order (its copy
    button copies the whole file, which the build ran; see test_paste). Running the parts
    again here would repeat the build's run of the file."""
    whole = strip_markers((SNIPPETS / path).read_text(encoding="utf-8")).split("\n")
    position = 0
    for line in code.rstrip("\n").split("\n"):
        assert line in whole[position:], f"{line!r} is not a later line of snippets/{path}"
        position = whole.index(line, position) + 1


@pytest.mark.parametrize("page", page_files(), ids=lambda p: p.name)
def test_every_whole_snippet_directive_shows_the_file_exactly(page):
    """Catches a block mangled on its way to the page (indentation inside admonitions, fences)."""
    from bookexec.directives import find_directives

    wanted = sorted({d.path for d in find_directives(page.read_text(encoding="utf-8"))
                     if d.kind == "snippet" and d.section is None})
    shown = sorted({path for path, _, is_whole in programs(page) if is_whole})
    assert shown == wanted
