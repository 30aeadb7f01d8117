"""Every snippet runs exactly as a reader runs it: `python snippets/<path>.py`."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from conftest import REPO, SNIPPETS, snippet_files


@pytest.mark.parametrize("snippet", snippet_files(),
                         ids=lambda p: p.relative_to(SNIPPETS).as_posix())
def test_snippet_runs_standalone(snippet):
    result = subprocess.run(
        [sys.executable, snippet.relative_to(REPO).as_posix()],
        cwd=REPO,
        env={**os.environ, "MPLBACKEND": "Agg"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.strip() or "plt.show()" in snippet.read_text(), (
        "a snippet should print something or draw a figure")
