"""Every snippet runs as a reader runs it: `python snippets/<path>.py`, from the repository root.

One test per file. Starting Python and importing torch costs more than most snippets compute,
and paying it ~200 times would blow the suite's 5-minute budget, so each file runs in a child
forked from an interpreter that has only imported the libraries (bookexec's worker): the child
sets `cwd`, `sys.argv`, `sys.path[0]` and `__name__ == "__main__"` exactly as `python path.py`
does, with torch's default thread count. The first snippet of every chapter also runs as a real
`python snippets/<path>.py` subprocess, so the fresh-interpreter path itself stays covered.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from bookexec.runner import Job, run_all
from conftest import REPO, SNIPPETS, snippet_files


def describe(outcome) -> str:
    if outcome.status == "timeout":
        return "timed out"
    error = outcome.error
    return f"line {error['line']}: {error['type']}: {error['message']}\n{error['traceback']}"


@pytest.mark.parametrize("snippet", snippet_files(),
                         ids=lambda p: p.relative_to(SNIPPETS).as_posix())
def test_snippet_runs_as_a_script(snippet, tmp_path):
    [outcome] = run_all([Job(snippet, tmp_path, single_thread=False)], REPO, timeout=120,
                        workers=1)
    assert outcome.status == "ok", describe(outcome)
    printed = (tmp_path / "stdout.txt").read_text()
    assert printed.strip() or "plt.show()" in snippet.read_text(), (
        "a snippet should print something or draw a figure")


def first_of_each_chapter():
    firsts = {}
    for path in snippet_files():
        firsts.setdefault(path.parent, path)
    return sorted(firsts.values())


@pytest.mark.parametrize("snippet", first_of_each_chapter(),
                         ids=lambda p: p.relative_to(SNIPPETS).as_posix())
def test_snippet_runs_in_a_fresh_interpreter(snippet):
    result = subprocess.run(
        [sys.executable, snippet.relative_to(REPO).as_posix()],
        cwd=REPO, env={**os.environ, "MPLBACKEND": "Agg"},
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.strip() or "plt.show()" in snippet.read_text()
