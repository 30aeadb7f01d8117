"""Every snippet runs as a reader runs it: `python snippets/<path>.py`, from the repository root.

One test per file. The build is what runs them: bookexec's worker runs each snippet in a child
forked from an interpreter that has only imported the libraries, and the child sets `cwd`,
`sys.argv`, `sys.path[0]` and `__name__ == "__main__"` exactly as `python path.py` does (see
test_execution for the isolation). A result is stored only after a clean run, under a key made of
the file, every repository module it imports, the library versions and the executor itself, so a
stored result is a clean standalone run of the file exactly as it is now. Running all ~200 files
a second time here would cost another minute of the suite's 5-minute budget for no new fact.

What the forked run cannot show (a fresh interpreter's own imports, the default backend and
thread count) is covered by running the first snippet of every chapter as a real
`python snippets/<path>.py` subprocess.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from bookexec.cache import Store, environment_fingerprint, snippet_key
from conftest import REPO, SNIPPETS, snippet_files

SECONDS_ON_ONE_CORE = 20  # "finishes in a few seconds"; the digits CNN is the slowest


@pytest.fixture(scope="module")
def stored_run(built_site):
    store = Store(REPO / ".cache" / "snippets")
    fingerprint = environment_fingerprint()
    return lambda path: store.get(snippet_key(path, SNIPPETS, fingerprint))


@pytest.mark.parametrize("snippet", snippet_files(),
                         ids=lambda p: p.relative_to(SNIPPETS).as_posix())
def test_snippet_runs_as_a_script(snippet, stored_run):
    result = stored_run(snippet)
    assert result is not None, "the build did not run this file as it is now (is it embedded?)"
    assert result.stdout.strip() or result.figures, (
        "a snippet should print something or draw a figure")
    assert result.seconds < SECONDS_ON_ONE_CORE


def first_of_each_chapter():
    firsts = {}
    for path in snippet_files():
        firsts.setdefault(path.parent, path)
    return sorted(firsts.values())


@pytest.mark.parametrize("snippet", first_of_each_chapter(),
                         ids=lambda p: p.relative_to(SNIPPETS).as_posix())
def test_snippet_runs_in_a_fresh_interpreter(snippet, request):
    """Runs while the book is still being built; only the comparison waits for the build."""
    environment = {key: value for key, value in os.environ.items()
                   if not key.startswith(("MPL", "OMP_", "BOOKEXEC"))}
    result = subprocess.run(
        [sys.executable, snippet.relative_to(REPO).as_posix()],
        cwd=REPO, env=environment, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    stored_run = request.getfixturevalue("stored_run")
    assert result.stdout == stored_run(snippet).stdout, "it printed something else than the page"
