"""Every snippet runs as a reader runs it: `python snippets/<path>.py`, from the repository root.

One test per file. The build is what runs them: bookexec's worker runs each snippet in a child
forked from an interpreter that has only imported the libraries, and the child sets `cwd`,
`sys.argv`, `sys.path[0]` and `__name__ == "__main__"` exactly as `python path.py` does (see
test_execution for the isolation). A result is stored only after a clean run, under a key made of
the file, every repository module it imports, the library versions and the executor itself, so a
stored result is a clean standalone run of the file exactly as it is now. Running all ~200 files
a second time here would cost another minute of the suite's 5-minute budget for no new fact.

What the forked run cannot show (a fresh interpreter's own imports, the default backend and
thread count) is covered by running the first snippet of every chapter, and every snippet that
imports a helper, as a real `python file.py` in an empty folder holding only the file and the
helpers the page shows.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from bookexec.cache import Store, environment_fingerprint, snippet_key
from conftest import REPO, SNIPPETS, snippet_files
from verified import run_once

SECONDS_ON_ONE_CORE = 60  # measured during the suite, which builds and tests at once: a minute is wrong


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


def helpers_of(snippet) -> list:
    """The local helper modules a snippet imports, transitively (a reader saves each beside it,
    as the page shows it)."""
    from test_paste import local_imports

    found, queue = [], [snippet]
    while queue:
        for module in sorted(local_imports(queue.pop().read_text(encoding="utf-8"))):
            helper = snippet.parent / f"{module}.py"
            if helper.is_file() and helper not in found:
                found.append(helper)
                queue.append(helper)
    return found


def fresh_runs():
    """The first snippet of every chapter, and every snippet that imports a helper."""
    firsts = {}
    chapters = [p for p in snippet_files() if p.parent.name != "labs"]  # labs: test_labs runs
    for path in chapters:                                                # them in a kernel
        firsts.setdefault(path.parent, path)
    return sorted(set(firsts.values()) | {p for p in chapters if helpers_of(p)})


@pytest.mark.parametrize("snippet", fresh_runs(),
                         ids=lambda p: p.relative_to(SNIPPETS).as_posix())
def test_snippet_runs_in_a_fresh_interpreter_in_an_empty_folder(snippet, tmp_path, request):
    """As a reader who copied the listing (and the helpers the page shows) into an empty folder:
    `python file.py` there prints what the page shows (text exactly, numbers within the
    tolerance of tests/outputs.py). Runs while the book is still being built; only the
    comparison waits for the build."""
    from outputs import assert_same_output

    files = [snippet, *helpers_of(snippet)]
    for path in files:
        shutil.copyfile(path, tmp_path / path.name)
    environment = {key: value for key, value in os.environ.items()
                   if not key.startswith(("MPL", "OMP_", "BOOKEXEC", "PYTHONPATH"))}

    def execute() -> str:
        result = subprocess.run(
            [sys.executable, snippet.name], cwd=tmp_path, env=environment, capture_output=True,
            text=True, timeout=120,
        )
        assert result.returncode == 0, result.stderr[-3000:]
        return result.stdout

    # kept by content (tests/verified.py): an unchanged file on this machine is not re-run
    program = b"".join(path.name.encode() + b"\0" + path.read_bytes() + b"\0" for path in files)
    stdout = run_once(__file__, program, execute)
    stored_run = request.getfixturevalue("stored_run")
    assert_same_output(stored_run(snippet).stdout, stdout, snippet.name)
