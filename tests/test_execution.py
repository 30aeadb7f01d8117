"""Build-time execution, end to end on a tiny book: caching, failures, determinism.

The demo book is built from cold once per test run, by whichever worker asks first
(`cold_build`, in conftest.py, shared with test_robustness); a test that needs a built book edits
a copy of it, cache included (`built_book`), and so pays only for what it changes.
"""

from __future__ import annotations

import re

from conftest import ALL_SNIPPETS, cached_result, make_book

def test_cold_build_runs_each_snippet_once_for_both_languages(cold_build):
    book, result = cold_build
    assert result.returncode == 0, result.stderr
    assert sorted(book.executed()) == ALL_SNIPPETS
    korean = (book.root / "site" / "index.html").read_text()
    english = (book.root / "site" / "en" / "index.html").read_text()
    assert "x: 5" in korean and "x: 5" in english
    assert '<span class="filename">출력</span>' in korean
    assert '<span class="filename">Output</span>' in english
    assert 'alt="walk ko"' in korean and 'alt="walk en"' in english


def test_warm_build_runs_no_snippet(built_book):
    result = built_book.build()
    assert result.returncode == 0
    assert built_book.executed() == []
    assert "none ran" in result.stderr
    assert "x: 5" in (built_book.root / "site" / "index.html").read_text()


def test_editing_one_snippet_reruns_exactly_that_one(built_book):
    built_book.snippet("01_hello.py", 'x = 2 + 4\nprint("x:", x)\n')
    assert built_book.build().returncode == 0
    assert built_book.executed() == ["01-demo/01_hello.py"]
    assert "x: 6" in (built_book.root / "site" / "index.html").read_text()


def test_editing_an_imported_helper_reruns_its_importer(built_book):
    built_book.snippet("_data.py", "VALUE = 2\n")
    assert built_book.build().returncode == 0
    assert built_book.executed() == ["01-demo/04_helper_user.py"]
    assert "value: 2" in (built_book.root / "site" / "index.html").read_text()


def test_broken_snippet_error_names_file_line_and_page(built_book):
    built_book.snippet("03_quiet.py", "a = 1\nb = 0\nprint(a / b)\n")
    result = built_book.build()
    assert result.returncode != 0
    assert "snippets/01-demo/03_quiet.py, line 3: ZeroDivisionError: division by zero" in (
        result.stderr)
    assert "docs/index.ko.md:8" in result.stderr
    assert "docs/index.en.md:8" in result.stderr


def test_hanging_snippet_is_stopped_and_named(built_book):
    built_book.snippet("03_quiet.py", "import time\nwhile True:\n    time.sleep(0.1)\n")
    result = built_book.build(BOOKEXEC_TIMEOUT="3")
    assert result.returncode != 0
    assert "snippets/01-demo/03_quiet.py: timed out after 3 s" in result.stderr
    assert "docs/index.ko.md:8" in result.stderr


def test_missing_snippet_fails_the_build_with_the_page(built_book):
    built_book.page("<!-- snippet: 01-demo/09_nowhere.py -->\n")
    result = built_book.build()
    assert result.returncode != 0
    assert "snippet not found: snippets/01-demo/09_nowhere.py" in result.stderr
    assert "docs/index.ko.md:3" in result.stderr


def test_wrong_number_of_alt_texts_fails_the_build(built_book):
    built_book.page("<!-- snippet: 01-demo/02_fig_walk.py -->\n")
    result = built_book.build()
    assert result.returncode != 0
    assert "draws 1 figure(s) but the directive gives 0 alt text(s)" in result.stderr


def test_failed_snippet_is_not_cached(built_book):
    built_book.snippet("03_quiet.py", "print('half')\nraise RuntimeError('nope')\n")
    for _ in range(2):  # the second build runs it again rather than replaying a stored failure
        result = built_book.build()
        assert result.returncode != 0
        assert "RuntimeError: nope" in result.stderr
        assert cached_result(built_book, "01-demo/03_quiet.py") is None
    assert not list((built_book.root / ".cache" / "snippets").glob("tmp-*"))
    built_book.snippet("03_quiet.py", "y = 1\n")  # back to the version the cold build stored
    assert built_book.build().returncode == 0
    assert built_book.executed() == []


def test_snippets_cannot_leak_state_into_each_other(built_book):
    built_book.snippet("01_hello.py", "import builtins\nbuiltins.LEAK = 1\nprint('set')\n")
    built_book.snippet("03_quiet.py",
                       "import builtins\nprint('leak:', hasattr(builtins, 'LEAK'))\n")
    assert built_book.build(BOOKEXEC_JOBS="1").returncode == 0
    assert sorted(built_book.executed()) == ["01-demo/01_hello.py", "01-demo/03_quiet.py"]
    assert "leak: False" in (built_book.root / "site" / "index.html").read_text()


def test_two_cold_builds_give_identical_outputs_and_figures(cold_build, built_book, tmp_path):
    first = cold_build[0].root / ".cache" / "snippets"
    second = tmp_path / "second-cache"
    assert built_book.build(BOOKEXEC_CACHE=str(second)).returncode == 0
    assert sorted(built_book.executed()) == ALL_SNIPPETS  # from cold again
    files = sorted(p.relative_to(first) for p in first.rglob("*")
                   if p.is_file() and p.suffix in {".svg", ".txt"})
    assert any(p.suffix == ".svg" for p in files)
    for relative in files:
        assert (first / relative).read_bytes() == (second / relative).read_bytes(), relative
    svg = next((first / p) for p in files if p.suffix == ".svg").read_text()
    assert not re.search(r"<dc:date>", svg)


def test_execution_off_builds_prose_only(tiny_book):
    book = make_book(tiny_book)  # from cold: nothing cached, so nothing to show
    result = book.build(BOOKEXEC="off")
    assert result.returncode == 0
    assert book.executed() == []
    html = (book.root / "site" / "index.html").read_text()
    assert "01_hello.py" in html and "x: 5" not in html
    assert "실행하지 않았습니다" in html


def test_serve_rebuilds_the_page_when_a_snippet_changes(built_book):
    import os
    import socket
    import subprocess
    import sys
    import time
    import urllib.request

    book = built_book
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}"],
        cwd=book.root, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        env={**os.environ, "BOOKEXEC_JOBS": "1", "NO_MKDOCS_2_WARNING": "1"})

    def page_when(condition, timeout=90):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                text = urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5).read()
                if condition(text.decode()):
                    return True
            except OSError:
                pass
            time.sleep(0.5)
        return False

    try:
        assert page_when(lambda html: "x: 5" in html)
        book.snippet("01_hello.py", 'x = 2 + 5\nprint("x:", x)\n')
        assert page_when(lambda html: "x: 7" in html)
    finally:
        server.terminate()
        server.wait(timeout=20)


def test_section_directive_shows_only_its_lines_and_output_directive_only_the_run(built_book):
    book = built_book
    book.snippet("04_parts.py", """\
        import torch
        # --8<-- [start:model]
        weight = torch.tensor([2.0, -1.0])
        # --8<-- [end:model]
        print("sum of weights:", weight.sum().item())
    """)
    book.page("""
        <!-- snippet: 01-demo/04_parts.py#model -->

        <!-- output: 01-demo/04_parts.py -->
    """)
    assert book.build().returncode == 0
    html = (book.root / "site" / "index.html").read_text()
    assert "weight" in html and "--8&lt;--" not in html and "--8<--" not in html
    assert '<span class="kn">import</span>' not in html  # the line outside the section
    assert "sum of weights: 1.0" in html
