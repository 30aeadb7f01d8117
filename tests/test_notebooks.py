"""The chapter notebooks: generated from the pages, they run top to bottom and print what the
pages show.

The Korean and English notebook of a chapter share every code cell (the pages embed the same
snippets in the same order, see test_references); the English one must equal the Korean one cell
for cell, and the Korean one is executed.
"""

from __future__ import annotations

import json

import nbformat
import pytest

from bookexec.directives import strip_markers
from conftest import DOCS, REPO, SNIPPETS, page_files
from outputs import assert_same_output
from verified import run_once

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


def notebook_names():
    from bookexec.directives import find_directives

    return sorted(f"{p.name.removesuffix('.md')}.ipynb" for p in page_files()
                  if find_directives(p.read_text(encoding="utf-8")))


def test_every_chapter_page_links_its_notebook(built_site):
    for name in notebook_names():
        stem, language = name.removesuffix(".ipynb").rsplit(".", 1)
        assert (built_site / "notebooks" / name).is_file(), name
        folder = built_site if language == "ko" else built_site / "en"
        page = folder / ("index.html" if stem == "index" else f"{stem}/index.html")
        assert f"notebooks/{name}" in page.read_text(encoding="utf-8"), page


def code_cells(path):
    notebook = nbformat.read(path, as_version=4)
    return [(c.source, c.outputs) for c in notebook.cells if c.cell_type == "code"]


@pytest.mark.parametrize("name", [n for n in notebook_names() if n.endswith(".en.ipynb")])
def test_english_notebook_has_the_korean_code_cells_and_outputs(built_site, name):
    korean = name.removesuffix(".en.ipynb") + ".ko.ipynb"
    assert code_cells(built_site / "notebooks" / name) == code_cells(
        built_site / "notebooks" / korean)


@pytest.mark.heavy
@pytest.mark.parametrize("name", [n for n in notebook_names() if n.endswith(".ko.ipynb")])
def test_notebook_runs_top_to_bottom_and_prints_what_the_page_shows(name, tmp_path, monkeypatch,
                                                                   request):
    """The notebook is made from the page here, without outputs, exactly as the build makes it
    (checked below), so that it can run while the book is still being built. What a notebook
    printed is kept by content (tests/verified.py): an unchanged notebook on the same machine
    is not run again, the comparison with the page is made every time."""
    from nbclient import NotebookClient

    from bookexec.notebooks import make_notebook

    page = DOCS / name.replace(".ipynb", ".md")
    fresh = make_notebook(page.read_text(encoding="utf-8"), "ko", SNIPPETS, results={})
    monkeypatch.setenv("OMP_NUM_THREADS", "1")
    monkeypatch.setenv("MPLBACKEND", "Agg")
    work = tmp_path / "run"
    work.mkdir()

    def execute() -> list[str]:
        executed = nbformat.from_dict(json.loads(json.dumps(fresh)))
        NotebookClient(executed, timeout=120, kernel_name="python3",
                       resources={"metadata": {"path": str(work)}}).execute()
        return ["".join(o.get("text", "") for o in c.outputs
                        if o.output_type == "stream" and o.get("name") == "stdout")
                for c in executed.cells if c.cell_type == "code"]

    code = [c.source for c in fresh.cells if c.cell_type == "code"]  # what the kernel runs
    stdout = iter(run_once(__file__, json.dumps(code).encode(), execute))

    built_site = request.getfixturevalue("built_site")
    stored = nbformat.read(built_site / "notebooks" / name, as_version=4)
    # The build fills in the prose's inline values and chapter references; the code is the same.
    assert [c.source for c in stored.cells if c.cell_type == "code"] == \
        [c.source for c in fresh.cells if c.cell_type == "code"]
    # A program is a cell holding a whole snippet, or consecutive cells holding its parts (prose
    # cells may stand between them); the page shows its output once, on its last cell.
    shown, printed = {}, {}
    run, last = None, None
    for before in stored.cells:
        if before.cell_type != "code":
            continue
        after = next(stdout)
        snippet = before.metadata.get("snippet")
        if snippet is None:  # the setup cells
            run = last = None
            continue
        whole = strip_markers((REPO / snippet).read_text(encoding="utf-8")).rstrip("\n")
        if run is None or snippet != last or before.source == whole:
            run = (snippet, len(shown))
        last = snippet
        shown[run] = shown.get(run, "") + "".join(
            o.get("text", "") for o in before.outputs if o.output_type == "stream")
        printed[run] = printed.get(run, "") + after
    for run, text in shown.items():
        if text:  # the page shows this program's output
            assert_same_output(text, printed[run], run[0])


@pytest.mark.parametrize("name", notebook_names())
def test_notebook_prose_has_its_values_and_chapter_references_filled_in(built_site, name):
    """The prose says "8장", not `{{ chapter: 08-gradient-descent }}`, and quotes the printed
    numbers, as the page does."""
    notebook = nbformat.read(built_site / "notebooks" / name, as_version=4)
    prose = [c.source for c in notebook.cells if c.cell_type == "markdown"]
    assert prose and not [text for text in prose if "{{" in text], name
