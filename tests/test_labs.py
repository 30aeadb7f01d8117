"""The labs: notebooks made from labs/*.md and snippets/labs/*.py, rendered by mkdocs-jupyter.

What a reader meets is checked where the reader meets it: the built page (in the nav of both
languages, Korean headings that can be linked, no JupyterLab CSS or scripts, figures with alt
text, solutions collapsed, a download that is the notebook the page shows), the notebook run
top to bottom in a Jupyter kernel, and the page in Chromium (test_browser walks the labs with
the chapters; the dark-mode check is here). The build's cell-by-cell run is checked on a tiny
book.
"""

from __future__ import annotations

import json
import re
import textwrap
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

import nbformat
import pytest

from bookexec.directives import cells, extract_section, find_directives
from bookexec.inline import read_nav
from conftest import REPO, SNIPPETS
from outputs import assert_same_output
from verified import run_once

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")
LABS = REPO / "docs" / "labs"


def lab_slugs() -> list[str]:
    return sorted({p.name.split(".")[0] for p in LABS.glob("*.md")})


def lab_pages() -> list[tuple[str, str]]:
    return [(slug, language) for slug in lab_slugs() for language in ("ko", "en")]


def page_path(site: Path, slug: str, language: str) -> Path:
    return site / ("" if language == "ko" else "en") / "labs" / slug / "index.html"


def article(html: str) -> str:
    return html[html.index("<article"):html.index("</article>")]


class Elements(HTMLParser):
    """Tags with their attributes, in page order."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def elements(html: str) -> Elements:
    parser = Elements()
    parser.feed(html)
    return parser


def test_there_are_four_labs_each_in_both_languages():
    slugs = lab_slugs()
    assert len(slugs) >= 4, slugs
    for slug in slugs:
        assert (LABS / f"{slug}.ko.md").is_file() and (LABS / f"{slug}.en.md").is_file(), slug
        assert (SNIPPETS / "labs" / f"{slug}.py").is_file(), slug


def test_every_lab_is_in_the_nav_after_the_chapters():
    nav = read_nav(REPO / "mkdocs.yml")
    labs = [page for page in nav if page.startswith("labs/")]
    assert labs == [f"labs/{slug}.ipynb" for slug in lab_slugs()]
    last_chapter = max(i for i, page in enumerate(nav) if page[:2].isdigit())
    assert nav.index(labs[0]) == last_chapter + 1


@pytest.mark.parametrize("slug", lab_slugs())
def test_lab_text_shows_every_cell_of_its_program_once_in_order(slug):
    program = (SNIPPETS / "labs" / f"{slug}.py").read_text(encoding="utf-8")
    names = [name for name, _, _ in cells(program)]
    for language in ("ko", "en"):
        shown = [d.section for d in find_directives(
            (LABS / f"{slug}.{language}.md").read_text(encoding="utf-8"))]
        assert shown == names, (language, shown, names)


@pytest.mark.parametrize("slug,language", lab_pages())
def test_lab_page_is_rendered_by_mkdocs_jupyter_and_fitted_to_the_book(built_site, slug,
                                                                       language):
    html = page_path(built_site, slug, language).read_text(encoding="utf-8")
    body = article(html)
    assert f'<html lang="{language}"' in html
    assert "jp-Notebook-cell" in body  # mkdocs-jupyter's cells
    assert "<style" not in body and "<script" not in body  # no JupyterLab CSS, no scripts
    assert "cdnjs" not in html and 'src=""' not in html and "mathjax-config" not in html
    assert "Copied!" not in html and "clipboard-copy" not in html
    assert "--jp-" not in html and "jp-RenderedHTMLCommon {" not in html  # no JupyterLab CSS


@pytest.mark.parametrize("slug,language", lab_pages())
def test_lab_headings_have_ids_and_the_table_of_contents_reaches_them(built_site, slug,
                                                                     language):
    html = page_path(built_site, slug, language).read_text(encoding="utf-8")
    tags = elements(article(html)).tags
    ids = [attrs.get("id") for tag, attrs in tags if re.fullmatch(r"h[1-6]", tag)]
    assert ids and all(ids) and len(set(ids)) == len(ids), ids
    if language == "ko":
        assert any(re.search(r"[가-힣]", i) for i in ids), ids  # Korean kept, not dropped
    toc = html[html.index('data-md-component="toc"'):]
    toc = toc[:toc.index("</nav>")]
    links = [a["href"][1:] for tag, a in elements(toc).tags if tag == "a"]
    assert links and set(links) <= set(ids), (links, ids)


@pytest.mark.parametrize("slug,language", lab_pages())
def test_lab_figures_are_the_builds_files_with_alt_text(built_site, slug, language):
    page = page_path(built_site, slug, language)
    images = [a for tag, a in elements(article(page.read_text(encoding="utf-8"))).tags
              if tag == "img"]
    for image in images:
        assert image.get("alt") and "No description" not in image["alt"], image
        assert not image["src"].startswith("data:"), image["src"][:40]
        assert (page.parent / image["src"]).resolve().is_file(), image["src"]
        assert image.get("width") and image.get("height"), image


@pytest.mark.parametrize("slug,language", lab_pages())
def test_lab_solutions_are_collapsed_and_the_code_blocks_are_the_programs_cells(
        built_site, slug, language):
    """A copy button copies a `pre > code`: the cells, in page order, are the program's sections
    (so pasting them in order into Jupyter runs the program the build ran)."""
    page = page_path(built_site, slug, language)
    body = article(page.read_text(encoding="utf-8"))
    source = (LABS / f"{slug}.{language}.md").read_text(encoding="utf-8")
    directives = find_directives(source)
    solutions = [d for d in directives if "solution" in d.options]
    assert solutions, "a lab ends with the reader's own turn"
    assert body.count('<details class="success">') == len(solutions)
    assert all("<code" in part.split("</details>")[0]
               for part in body.split('<details class="success">')[1:])
    program = (SNIPPETS / "labs" / f"{slug}.py").read_text(encoding="utf-8")
    expected = [extract_section(program, d.section).strip("\n") for d in directives]
    blocks = re.findall(r'<div class="language-python highlight"><pre><code[^>]*>(.*?)</code>', body,
                        re.S)
    assert [unescape(re.sub(r"<[^>]+>", "", block)).strip("\n") for block in blocks] == expected


@pytest.mark.parametrize("slug,language", lab_pages())
def test_lab_download_is_the_notebook_the_page_shows(built_site, slug, language):
    page = page_path(built_site, slug, language)
    html = page.read_text(encoding="utf-8")
    link = re.search(r'<a class="md-button" download="" href="([^"]+\.ipynb)"', html)
    assert link, "a download button under the title"
    notebook = nbformat.read(page.parent / link[1], as_version=4)
    nbformat.validate(notebook)
    assert notebook.metadata["book"]["language"] == language
    code = [c for c in notebook.cells if c.cell_type == "code"]
    outputs = ["".join(o.get("text", "") for o in c.outputs if o.output_type == "stream")
               for c in code]
    shown = re.findall(r'<div class="bookexec-output">.*?<code[^>]*>(.*?)</code>', article(html), re.S)
    assert [unescape(s) for s in shown] == [o.rstrip("\n") for o in outputs if o.strip()]
    for cell in notebook.cells:
        assert "{{" not in cell.source or cell.cell_type == "code", cell.source[:80]
    tagged = [c for c in code if "solution" in c.metadata.get("tags", [])]
    assert tagged and all(c.metadata["jupyter"]["source_hidden"] for c in tagged)


@pytest.mark.parametrize("slug", lab_slugs())
def test_lab_notebooks_of_both_languages_share_every_code_cell_and_output(built_site, slug):
    def code(language):
        page = page_path(built_site, slug, language)
        notebook = nbformat.read(page.parent / f"{slug}.{language}.ipynb", as_version=4)
        return [(c.source, c.outputs) for c in notebook.cells if c.cell_type == "code"]

    assert code("ko") == code("en")


@pytest.mark.heavy
@pytest.mark.parametrize("slug", lab_slugs())
def test_lab_notebook_runs_top_to_bottom_in_a_kernel(built_site, slug, tmp_path, monkeypatch):
    """The downloaded notebook, outputs cleared, run by Jupyter in an empty folder: every cell
    prints what the page shows (text exactly, numbers within the tolerance of tests/outputs.py)
    and draws as many figures."""
    from nbclient import NotebookClient

    stored = nbformat.read(page_path(built_site, slug, "ko").parent / f"{slug}.ko.ipynb",
                           as_version=4)
    fresh = nbformat.from_dict(json.loads(json.dumps(stored)))
    for cell in fresh.cells:
        if cell.cell_type == "code":
            cell.outputs, cell.execution_count = [], None
    monkeypatch.setenv("OMP_NUM_THREADS", "1")
    monkeypatch.setenv("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    work = tmp_path / "empty"
    work.mkdir()
    text = lambda c: "".join(o.get("text", "") for o in c.outputs  # noqa: E731
                             if o.output_type == "stream" and o.get("name") == "stdout")
    figures = lambda c: sum(1 for o in c.outputs  # noqa: E731
                            if o.output_type == "display_data" and
                            any(k.startswith("image/") for k in o.get("data", {})))

    def execute() -> list[list]:
        executed = nbformat.from_dict(json.loads(json.dumps(fresh)))
        NotebookClient(executed, timeout=120, kernel_name="python3",
                       resources={"metadata": {"path": str(work)}}).execute()
        return [[text(c), figures(c)] for c in executed.cells if c.cell_type == "code"]

    # kept by content (tests/verified.py): an unchanged notebook on this machine is not re-run
    code = [c.source for c in fresh.cells if c.cell_type == "code"]  # what the kernel runs
    ran = iter(run_once(__file__, json.dumps(code).encode(), execute))
    for before in stored.cells:
        if before.cell_type != "code":
            continue
        printed, drawn = next(ran)
        where = f"{slug}: cell {before.metadata['snippet']}"
        assert_same_output(text(before), printed, where)
        assert drawn == figures(before), where


def test_lab_search_entries_hold_prose_not_prompts_or_copy_notices(built_site):
    for folder, language in ((built_site, "ko"), (built_site / "en", "en")):
        index = json.loads((folder / "search" / "search_index.json").read_text(encoding="utf-8"))
        labs = [d for d in index["docs"] if "labs/" in d["location"]]
        assert labs, language
        for doc in labs:
            assert doc["location"].startswith("en/") == (language == "en"), doc["location"]
            for noise in ("Copied!", "In\xa0[", "In [", "import torch", "jp-"):
                assert noise not in doc["text"], (doc["location"], noise)


# ── the build's cell-by-cell run, on a tiny book ──────────────────────────────────────────
LAB_PROGRAM = """\
# --8<-- [start:first]
import matplotlib.pyplot as plt
value = 6 * 7
print("value:", value)
# --8<-- [end:first]
# --8<-- [start:second]
plt.plot([0, 1], [0, value])
plt.show()
# --8<-- [end:second]
# --8<-- [start:third]
print("double:", 2 * value)
{third}
# --8<-- [end:third]
"""
LAB_TEXT = """\
# Lab {lang}

<!-- snippet: labs/00-demo.py#first -->

The value is {{{{ value: labs/00-demo.py "value" }}}}.

<!-- snippet: labs/00-demo.py#second alt="a line {lang}" -->

## Your turn

<!-- snippet: labs/00-demo.py#third solution -->
"""


def tiny_lab(tiny_book, third="assert value == 42"):
    (tiny_book.root / "snippets" / "labs").mkdir(exist_ok=True)
    (tiny_book.root / "snippets" / "labs" / "00-demo.py").write_text(
        LAB_PROGRAM.format(third=third))
    (tiny_book.root / "docs" / "labs").mkdir(exist_ok=True)
    for language in ("ko", "en"):
        (tiny_book.root / "docs" / "labs" / f"00-demo.{language}.md").write_text(
            LAB_TEXT.format(lang=language))
    tiny_book.page("Nothing to run.\n")
    config = tiny_book.root / "mkdocs.yml"
    config.write_text("exclude_docs: 'labs/*.md'\n" + config.read_text() + textwrap.dedent("""\
          - mkdocs-jupyter:
              ignore: ["*.md", "*.py", "notebooks/*.ipynb"]
              include_source: true
        nav:
          - index.md
          - labs/00-demo.ipynb
        """))
    return tiny_book


@pytest.mark.heavy
def test_a_lab_cell_shows_only_its_own_output_and_figures(tiny_book):
    book = tiny_lab(tiny_book)
    result = book.build()
    assert result.returncode == 0, result.stderr[-3000:]
    site = book.root / "site"
    for language in ("ko", "en"):
        page = page_path(site, "00-demo", language)
        notebook = nbformat.read(page.parent / f"00-demo.{language}.ipynb", as_version=4)
        code = [c for c in notebook.cells if c.cell_type == "code"]
        assert [[o.get("text") for o in c.outputs if o.output_type == "stream"] for c in code] \
            == [["value: 42\n"], [], ["double: 84\n"]]
        assert [len([o for o in c.outputs if o.output_type == "display_data"])
                for c in code] == [0, 1, 0]
        html = page.read_text(encoding="utf-8")
        assert "The value is 42." in html
        assert f'alt="a line {language}"' in html
        assert html.count('<details class="success">') == 1


@pytest.mark.heavy
def test_a_failing_lab_cell_fails_the_build_with_the_lab_cell_and_line(tiny_book):
    book = tiny_lab(tiny_book, third="assert value == 41, 'not the answer'")
    result = book.build()
    assert result.returncode != 0
    log = result.stdout + result.stderr
    assert "snippets/labs/00-demo.py, line 12 (cell 'third')" in log, log[-2000:]
    assert "docs/labs/00-demo.ko.md:11" in log and "not the answer" in log, log[-2000:]


def test_a_lab_program_with_code_outside_every_cell_is_refused():
    from bookexec.directives import DirectiveError

    with pytest.raises(DirectiveError, match="line 4: code outside every section"):
        cells("# --8<-- [start:a]\nx = 1\n# --8<-- [end:a]\ny = 2\n")
    assert cells("# --8<-- [start:a]\nx = 1\n# --8<-- [end:a]\n\n") == [("a", 1, 3)]
