"""Each chapter page, also as a Jupyter notebook: prose as Markdown cells, snippets as code cells.

Made at build time from the same sources as the page (never a hand-kept copy). Code cells carry
the outputs of the build's own run (stdout and SVG figures), so the notebook opens showing what
the page shows. Notebooks are cached by the page source and, for each snippet, its key and
whether this build has its result: a notebook made while some snippets were not run (BOOKEXEC=off,
BOOKEXEC_ONLY) is stored under another key than the complete one, so it is never served in place
of the notebook with every output.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import textwrap
from pathlib import Path

import nbformat

from .cache import Result, local_imports
from .directives import Directive, extract_section, find_directives, strip_markers

FORMAT_VERSION = "5"
FRESH_DEFAULTS = """\
# Every code cell below is a complete program from the book's snippets/ folder. A fresh
# `python` starts each of them with PyTorch's defaults and imports the chapter's helper modules
# anew; this cell gives the notebook the same start, so that a cell that switches to float64 or
# changes print options does not change the next.
import os
import sys

import torch


def fresh_defaults(info=None):
    if info is not None and info.raw_cell.startswith(CONTINUED):
        return  # the next part of the same program: keep its state
    torch.set_default_dtype(torch.float32)
    torch.set_printoptions(profile="default")
    torch.use_deterministic_algorithms(False)
    here = os.getcwd()
    for name, module in list(sys.modules.items()):
        if name.startswith("_") and os.path.dirname(getattr(module, "__file__", "") or "") == here:
            del sys.modules[name]  # a helper written by %%writefile: import it again


CONTINUED = "# (continued)"
get_ipython().events.register("pre_run_cell", fresh_defaults)"""
CONTINUED = "# (continued)"
FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.S)
ADMONITION = re.compile(r'^(?P<indent>\s*)(?:\?\?\?\+?|!!!)\s*(?P<kind>[\w-]+)(?:\s+"(?P<title>[^"]*)")?\s*$')


def prose_cell(lines: list[str]) -> nbformat.NotebookNode | None:
    converted = []
    for line in lines:
        match = ADMONITION.match(line)
        if match:
            title = match["title"] or match["kind"].capitalize()
            converted.append(f"{match['indent']}**{title}**")
            converted.append("")
        else:
            converted.append(line)
    text = textwrap.dedent("\n".join(converted)).strip("\n")
    return nbformat.v4.new_markdown_cell(text) if text.strip() else None


def outputs_of(result: Result) -> list:
    outputs = []
    if result.stdout:
        outputs.append(nbformat.v4.new_output("stream", name="stdout", text=result.stdout))
    for figure in result.figures:
        svg = figure.read_text(encoding="utf-8")
        outputs.append(nbformat.v4.new_output("display_data", data={"image/svg+xml": svg,
                                                                    "text/plain": "<Figure>"}))
    return outputs


def outputs_of_cell(result: Result, name: str) -> list:
    """A lab's cell: only what that cell printed and drew (the build recorded them apart)."""
    stdout, figures = result.cell(name)
    outputs = []
    if stdout:
        outputs.append(nbformat.v4.new_output("stream", name="stdout", text=stdout))
    for figure in figures:
        outputs.append(nbformat.v4.new_output("display_data", data={
            "image/svg+xml": figure.read_text(encoding="utf-8"), "text/plain": "<Figure>"}))
    return outputs


def code_cell(directive: Directive, snippets_dir: Path, result: Result | None,
              lab: bool = False):
    source = (snippets_dir / directive.path).read_text(encoding="utf-8")
    code = (extract_section(source, directive.section) if directive.section
            else strip_markers(source))
    cell = nbformat.v4.new_code_cell(code.rstrip("\n"))
    cell.metadata["snippet"] = f"snippets/{directive.path}"
    if lab:
        cell.metadata["snippet"] += f"#{directive.section}"
        if result is not None and result.cells:
            cell.outputs = outputs_of_cell(result, directive.section)
        if "solution" in directive.options:  # collapsed in Jupyter and on the page
            cell.metadata["tags"] = ["solution"]
            cell.metadata["jupyter"] = {"source_hidden": True}
    elif result is not None and directive.shows_output:
        cell.outputs = outputs_of(result)
    return cell


def make_notebook(page_text: str, language: str, snippets_dir: Path,
                  results: dict[str, Result], lab: bool = False) -> nbformat.NotebookNode:
    """A chapter page as a notebook of its programs (each cell a whole program, or the parts
    of one); or, with `lab`, a lab: one program whose sections are the cells, in order."""
    text = FRONT_MATTER.sub("", page_text)
    lines = text.split("\n")
    cells, start = [], 0
    directives = find_directives(text)
    for directive in directives:
        prose = prose_cell(lines[start:directive.line - 1])
        if prose is not None:
            cells.append(prose)
        if directive.shows_code:
            cell = code_cell(directive, snippets_dir, results.get(directive.path), lab)
            earlier = [c for c in cells if c.cell_type == "code"]
            if (not lab and directive.section and earlier
                    and earlier[-1].metadata.get("snippet") == f"snippets/{directive.path}"):
                cell.source = f"{CONTINUED}\n{cell.source}"  # a later part of one program
            cells.append(cell)
        elif directive.path in results:  # an output shown after the parts of its program
            same = [c for c in cells if c.cell_type == "code"
                    and c.metadata.get("snippet") == f"snippets/{directive.path}"]
            if same and not same[-1].outputs:
                same[-1].outputs = outputs_of(results[directive.path])
        start = directive.line
    prose = prose_cell(lines[start:])
    if prose is not None:
        cells.append(prose)
    helpers = sorted({helper for d in directives
                      for helper in local_imports(snippets_dir / d.path, [snippets_dir])})
    setup_cells = [] if lab else [nbformat.v4.new_code_cell(FRESH_DEFAULTS)]
    setup_cells += [
        nbformat.v4.new_code_cell(f"%%writefile {h.name}\n{h.read_text()}".rstrip())
        for h in helpers]
    title = 1 if cells and cells[0].cell_type == "markdown" else 0
    cells[title:title] = setup_cells
    notebook = nbformat.v4.new_notebook(cells=cells)
    notebook.metadata.update({
        "kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"},
        "language_info": {"name": "python"},
        "book": {"language": language},
    })
    for index, cell in enumerate(notebook.cells):
        cell["id"] = f"cell-{index}"
    return notebook


def notebook_key(page_text: str, snippet_keys: list[str]) -> str:
    digest = hashlib.sha256(FORMAT_VERSION.encode() + Path(__file__).read_bytes())
    digest.update(page_text.encode())
    for key in snippet_keys:
        digest.update(key.encode())
    return digest.hexdigest()[:24]


def cached_notebook(cache_dir: Path, page_text: str, language: str, snippets_dir: Path,
                    results: dict[str, Result], keys: dict[str, str], lab: bool = False) -> Path:
    """The notebook file for a page, written only when its key is new. `page_text` is the
    page with its inline directives already replaced (values, chapter references)."""
    used = [d.path for d in find_directives(page_text)]
    key = notebook_key(page_text, [f"{keys[path]} ran" if path in results else f"{path} not run"
                                   for path in used] + (["lab"] if lab else []))
    target = cache_dir / f"{key}.ipynb"
    if not target.is_file():
        cache_dir.mkdir(parents=True, exist_ok=True)
        notebook = make_notebook(page_text, language, snippets_dir, results, lab)
        scratch = target.with_name(f"{key}.{os.getpid()}.tmp")
        try:
            scratch.write_text(json.dumps(notebook, indent=1, ensure_ascii=False) + "\n",
                               encoding="utf-8")
            scratch.replace(target)
        finally:
            scratch.unlink(missing_ok=True)
    return target
