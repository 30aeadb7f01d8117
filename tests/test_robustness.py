"""A build you cannot poison (issue 15): every bad snippet or page ends in one clear bookexec
message, nothing half-done is kept, nothing a snippet starts or writes escapes its run.

End to end on the demo book of conftest.py (a copy of its one cold build, cache included), with
faults injected as a contributor would make them. Several faulty snippets share one build where
they can: the build reports every failing snippet at once. Page errors found before anything runs
are checked on the `Book` directly (no MkDocs start), and once through MkDocs to see the message
the author gets.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import nbformat
import pytest

from bookexec.book import Book, Settings, SnippetError
from bookexec.cache import Store
from conftest import REPO, TinyBook, cached_result, mkdocs

PAGE_END = ["01-demo/01_hello.py", "01-demo/02_fig_walk.py alt=\"walk {lang}\"",
            "01-demo/03_quiet.py", "01-demo/04_helper_user.py"]


def page_with(*paths: str) -> str:
    return "\n\n".join(f"<!-- snippet: {path} -->" for path in paths) + "\n"


def no_raw_traceback(stderr: str) -> None:
    """Only the snippet's own traceback (quoted with "  | "), no temporary folder named."""
    own = [line for line in stderr.splitlines() if not line.startswith("  | ")]
    assert not [line for line in own if "Traceback" in line or 'File "' in line], stderr
    assert "bookexec-run-" not in stderr and "bookexec-out-" not in stderr, stderr


def prepare_error(book: TinyBook) -> str:
    """The message `Book.prepare` stops with (what the hook shows after "bookexec:")."""
    with pytest.raises(SnippetError) as caught:
        Book(book.root, book.root / "docs", Settings(enabled=False)).prepare()
    return str(caught.value)


# ── bad runs ────────────────────────────────────────────────────────────────────────────────
BAD = {
    "05_bytes.py": "import sys\nsys.stdout.buffer.write(b'\\xff\\xfe bad \\x80\\n')\n",
    "06_exit.py": "import sys\nprint('half')\nsys.exit(0)\nassert False\n",
    "07_segfault.py": "import os, signal\nos.kill(os.getpid(), signal.SIGSEGV)\n",
    "08_killed.py": "import os, signal\nos.kill(os.getpid(), signal.SIGKILL)\n",
    "09_input.py": "n = int(input('how many? '))\n",
    "10_flood.py": "for _ in range(30):\n    print('x' * 99_999)\n",
    "11_os_exit.py": "import os\nprint('bye')\nos._exit(0)\n",
    "12_reads_repo.py": "print(open('../../docs/index.ko.md').read())\n",
    "13_hidden_import.py": "import importlib\nimportlib.import_module('_data')\n",
}


@pytest.mark.heavy
def test_each_bad_run_ends_in_one_clear_message_and_nothing_is_cached(built_book):
    book = built_book
    for name, source in BAD.items():
        book.snippet(name, source)
    book.page(page_with(*[f"01-demo/{name}" for name in BAD]))
    started = time.monotonic()
    result = book.build(BOOKEXEC_TIMEOUT="60")
    assert result.returncode != 0
    assert time.monotonic() - started < 40  # input() did not wait for the timeout
    err = result.stderr
    expected = [
        "snippets/01-demo/05_bytes.py: printed bytes that are not UTF-8 (byte 0xff on line 1 "
        "of its output)",
        "snippets/01-demo/06_exit.py, line 3: exited before the end of the file (sys.exit(0))",
        "snippets/01-demo/07_segfault.py: Crash: killed by SIGSEGV (a segmentation fault: a crash",
        "snippets/01-demo/08_killed.py: Crash: killed by SIGKILL (killed from outside; most "
        "often the out-of-memory killer",
        "snippets/01-demo/09_input.py, line 1: EOFError: EOF when reading a line (a snippet gets "
        "no input: stdin is empty during the build)",
        "snippets/01-demo/10_flood.py: printed more than 1024 KiB",
        "snippets/01-demo/11_os_exit.py: exited before the end of the file (os._exit",
        "snippets/01-demo/12_reads_repo.py, line 1: FileNotFoundError: [Errno 2] No such file "
        "or directory: '../../docs/index.ko.md'",
        "snippets/01-demo/13_hidden_import.py, line 2: ModuleNotFoundError: No module named "
        "'_data'",  # an import the key cannot see is not copied: it fails here, not for readers
    ]
    for message in expected:
        assert message in err, message
    assert err.count("embedded at docs/index.en.md:") == len(BAD)
    no_raw_traceback(err)
    for name in BAD:
        assert cached_result(book, f"01-demo/{name}") is None, name
    assert not list((book.root / ".cache" / "snippets").glob("tmp-*"))
    # nothing poisoned: the same book builds prose-only, and the good snippets still build
    assert book.build(BOOKEXEC="off").returncode == 0
    book.page(page_with(*PAGE_END))
    assert book.build().returncode == 0
    assert book.executed() == []


def test_syntax_error_names_the_file_and_line_even_with_execution_off(built_book):
    built_book.snippet("03_quiet.py", "y = (1,\nprint(y)\n")
    result = built_book.build(BOOKEXEC="off")
    assert result.returncode != 0
    assert ("snippets/01-demo/03_quiet.py, line 1: SyntaxError: '(' was never closed\n"
            "  embedded at docs/index.en.md:8, docs/index.ko.md:8") in result.stderr
    no_raw_traceback(result.stderr)
    built_book.snippet("03_quiet.py", "y = 1\n")
    built_book.snippet("_data.py", "VALUE = = 1\n")
    assert ("snippets/01-demo/_data.py, line 1: SyntaxError: invalid syntax\n  embedded at "
            "docs/index.en.md:10, docs/index.ko.md:10 (imported by snippets/01-demo/04_helper_user"
            ".py)") in prepare_error(built_book)


def test_stderr_is_shown_in_the_build_log_not_on_the_page(built_book):
    built_book.snippet("03_quiet.py", "import warnings\nwarnings.warn('old API')\nprint('ok')\n")
    result = built_book.build()
    assert result.returncode == 0, result.stderr
    assert "INFO    -  bookexec: snippets/01-demo/03_quiet.py wrote to stderr" in result.stderr
    assert "  | snippets/01-demo/03_quiet.py:2: UserWarning: old API" in result.stderr
    assert "UserWarning" not in (built_book.root / "site" / "index.html").read_text()


# ── nothing escapes a run ───────────────────────────────────────────────────────────────────
def processes_running(marker: str) -> list[str]:
    found = []
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            text = cmdline.read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        if marker in text:
            found.append(text)
    return found


@pytest.mark.heavy
def test_processes_a_snippet_starts_die_with_it(built_book):
    book = built_book
    book.snippet("05_late.py", """\
        import subprocess
        subprocess.Popen(["sh", "-c", "sleep 1.5; echo LATE"])
        print("early")
    """)
    book.snippet("06_hangs.py", """\
        import subprocess, time
        subprocess.Popen(["sleep", "577.25"])
        time.sleep(100)
    """)
    book.page(page_with("01-demo/05_late.py", "01-demo/06_hangs.py"))
    result = book.build(BOOKEXEC_TIMEOUT="3")
    assert result.returncode != 0
    assert "snippets/01-demo/06_hangs.py: timed out after 3 s" in result.stderr
    time.sleep(2)  # "LATE" would be written by now
    assert processes_running("577.25") == []
    assert cached_result(book, "01-demo/05_late.py").stdout == "early\n"  # stored as it finished


def test_snippet_runs_in_an_empty_folder_and_leaves_the_tree_clean(built_book):
    book = built_book
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@t", "-C", str(book.root)]
    (book.root / ".gitignore").write_text(".cache/\nsite/\n")
    book.snippet("table.csv", "a,b\n1,2\n")  # a data file a chapter ships on purpose
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", "-A"], check=True)
    subprocess.run([*git, "commit", "-q", "-m", "demo"], check=True)
    book.snippet("04_helper_user.py", """\
        import os, sys
        from _data import VALUE
        print("folder:", " ".join(sorted(os.listdir("."))))
        print("argv, file:", sys.argv[0], os.path.basename(__file__))
        print("path[0] is the folder:", sys.path[0] == os.getcwd() == os.path.dirname(__file__))
        print("shipped data:", open("table.csv").read().split())
        open("model.pt", "wb").write(b"weights")
        os.makedirs("docs")
        open("docs/notes.md", "w").write("# notes")
    """)
    result = book.build()
    assert result.returncode == 0, result.stderr
    html = (book.root / "site" / "index.html").read_text()
    assert "folder: 04_helper_user.py _data.py table.csv\n" in html
    assert "argv, file: 04_helper_user.py 04_helper_user.py" in html
    assert "path[0] is the folder: True" in html
    status = subprocess.run([*git, "status", "--porcelain", "--untracked-files=all"],
                            capture_output=True, text=True, check=True).stdout
    assert status == " M snippets/01-demo/04_helper_user.py\n"  # the edit, nothing else
    assert not (book.root / "model.pt").exists()


# ── the cache ───────────────────────────────────────────────────────────────────────────────
def test_damaged_cache_entries_are_detected_and_run_again(built_book):
    book = built_book
    entries = {s: cached_result(book, s).folder for s in
               ["01-demo/01_hello.py", "01-demo/03_quiet.py", "01-demo/04_helper_user.py"]}
    (entries["01-demo/01_hello.py"] / "stdout.txt").write_text("")  # emptied
    (entries["01-demo/03_quiet.py"] / "meta.json").write_text("{")  # corrupt
    meta = entries["01-demo/04_helper_user.py"] / "meta.json"
    meta.write_text(json.dumps({k: v for k, v in json.loads(meta.read_text()).items()
                                if k != "format"}))  # an entry of the old format
    result = book.build()
    assert result.returncode == 0, result.stderr
    assert sorted(book.executed()) == sorted(entries)
    assert result.stderr.count("was damaged") == 3
    html = (book.root / "site" / "index.html").read_text()
    assert "x: 5" in html and "value: 1" in html


def test_unwritable_cache_is_one_clear_message(built_book, tmp_path):
    in_the_way = tmp_path / "a-file"
    in_the_way.write_text("")
    built_book.page(page_with("01-demo/03_quiet.py"))
    result = built_book.build(BOOKEXEC_CACHE=str(in_the_way / "cache"))
    assert result.returncode != 0
    assert f"cannot write the snippet cache {in_the_way / 'cache'}" in result.stderr
    assert "set BOOKEXEC_CACHE to a writable folder" in result.stderr
    no_raw_traceback(result.stderr)


def test_notebook_of_a_partial_build_is_not_served_by_a_full_one(built_book):
    book = built_book
    book.snippet("01_hello.py", 'x = 2 + 4\nprint("x:", x)\n')  # not cached yet
    assert book.build(BOOKEXEC="off").returncode == 0
    assert book.build().returncode == 0
    assert book.executed() == ["01-demo/01_hello.py"]
    assert "index.ko.md" in book.notebooks_written()
    notebook = nbformat.read(book.root / "site" / "notebooks" / "index.ko.ipynb", as_version=4)
    hello = next(c for c in notebook.cells if c.metadata.get("snippet", "").endswith("hello.py"))
    assert hello.outputs[0]["text"] == "x: 6\n"


# ── interrupted builds ──────────────────────────────────────────────────────────────────────
@pytest.mark.heavy
@pytest.mark.parametrize("how", [signal.SIGINT, signal.SIGKILL], ids=["SIGINT", "SIGKILL"])
def test_interrupted_build_keeps_finished_results_and_leaves_nothing(tiny_book, tmp_path, how):
    book = tiny_book
    pid_file = tmp_path / "grandchild.pid"
    book.snippet("01_fast.py", "print('fast')\n")
    book.snippet("02_slow.py", f"""\
        import subprocess, time
        child = subprocess.Popen(["sleep", "599.5"])
        open({str(pid_file)!r}, "w").write(str(child.pid))
        time.sleep(60)
    """)
    book.page(page_with("01-demo/01_fast.py", "01-demo/02_slow.py"))
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    build = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=book.root,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "BOOKEXEC_JOBS": "1",
             "TMPDIR": str(scratch)})
    try:
        deadline = time.monotonic() + 60
        while not pid_file.is_file() or not pid_file.read_text():
            assert time.monotonic() < deadline and build.poll() is None
            time.sleep(0.1)
        build.send_signal(how)
        build.wait(timeout=30)
    finally:
        build.kill()
    assert cached_result(book, "01-demo/01_fast.py").stdout == "fast\n"
    assert cached_result(book, "01-demo/02_slow.py") is None
    deadline = time.monotonic() + 10  # after SIGKILL the worker notices within a moment
    while (list(scratch.iterdir()) or processes_running("599.5")) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert list(scratch.iterdir()) == []
    assert processes_running("599.5") == []
    assert not list((book.root / ".cache" / "snippets").glob("tmp-*"))


def test_scratch_left_by_a_killed_build_is_removed_by_the_next(tmp_path):
    store = Store(tmp_path / "cache")
    dead = subprocess.Popen(["true"])
    dead.wait()
    (tmp_path / "cache" / f"tmp-abc123-{dead.pid}").mkdir(parents=True)
    (tmp_path / "cache" / f"tmp-abc123-{os.getpid()}").mkdir()  # a live build's: kept
    store.remove_stale_scratch()
    assert [p.name for p in (tmp_path / "cache").iterdir()] == [f"tmp-abc123-{os.getpid()}"]


# ── pages ───────────────────────────────────────────────────────────────────────────────────
def test_directive_paths_outside_snippets_are_refused(built_book):
    (built_book.root / "outside.py").write_text("print('outside')\n")
    built_book.page(page_with("../outside.py"))
    result = built_book.build()
    assert result.returncode != 0
    assert ("docs/index.en.md: line 3: '../outside.py' is not a path inside snippets/"
            in result.stderr)
    no_raw_traceback(result.stderr)
    built_book.page(page_with(str(built_book.root / "outside.py")))
    assert "line 3: '/" in prepare_error(built_book)
    built_book.page('Value {{ value: ../outside.py "x" }}.\n')
    assert "docs/index.en.md: line 3: '../outside.py' is not a path inside snippets/" in (
        prepare_error(built_book))


def test_misspelt_directive_and_one_after_an_unclosed_fence_are_errors(built_book):
    built_book.page("<!-- snipet: 01-demo/01_hello.py -->\n")
    result = built_book.build()
    assert result.returncode != 0
    assert ("docs/index.en.md: line 3: '<!-- snipet: 01-demo/01_hello.py -->' looks like a "
            "misspelt directive; write it as <!-- snippet: CHAPTER/NN_name.py -->") in (
        result.stderr)
    no_raw_traceback(result.stderr)
    for wrong in ("<!-- output 01-demo/01_hello.py -->", "<!-- Snippet: 01-demo/01_hello.py -->"):
        built_book.page(wrong + "\n")
        assert "line 3: '" + wrong + "' looks like a misspelt directive" in prepare_error(
            built_book)
    built_book.page("```text\nan example\n\n<!-- snippet: 01-demo/01_hello.py -->\n")
    assert ("docs/index.en.md: line 6: this directive is inside the code fence opened at line 3 "
            "(```), which is never closed") in prepare_error(built_book)


def test_missing_or_unterminated_section_names_the_page_and_the_file(built_book):
    built_book.page(page_with("01-demo/01_hello.py#setup"))
    result = built_book.build()
    assert result.returncode != 0
    assert ("docs/index.en.md:3: snippets/01-demo/01_hello.py: section 'setup' not found "
            "(sections in this file: none)") in result.stderr
    no_raw_traceback(result.stderr)
    built_book.snippet("05_parts.py", "import math\n# --8<-- [start:setup]\nx = 1\nprint(x)\n")
    built_book.page(page_with("01-demo/05_parts.py#setup"))
    assert ("docs/index.en.md:3: snippets/01-demo/05_parts.py, line 2: section 'setup' starts "
            "here but never ends (add `# --8<-- [end:setup]`)") in prepare_error(built_book)


# ── the real book ───────────────────────────────────────────────────────────────────────────
SOURCE_FOLDERS = ("docs/", "snippets/", "bookexec/", "tests/", "tools/", "includes/",
                  "overrides/", ".ci/")
SOURCE_SUFFIXES = (".md", ".py", ".yml", ".yaml", ".js", ".css", ".html", ".txt", ".json")


def test_building_the_book_leaves_no_file_in_the_working_tree(request):
    """Every snippet runs in an empty temporary folder, so the build cannot write into the
    repository. Files people are writing right now are untracked too, so what is checked is
    that no untracked file is of a kind nobody writes by hand: not a source file in a source
    folder (a `model.pt`, a `scratch.pt` left by a test, a figure, a notebook).

    The built book is asked for inside the test, not as an argument: conftest starts building
    the whole book at collection for any test that names `built_site`, and this file is run on
    its own while the glue is developed."""
    request.getfixturevalue("built_site")
    status = subprocess.run(["git", "-C", str(REPO), "status", "--porcelain", "-z",
                             "--untracked-files=all"], capture_output=True, text=True,
                            check=True).stdout
    untracked = [entry[3:] for entry in status.split("\0") if entry.startswith("?? ")]
    strays = [path for path in untracked
              if not (path.startswith(SOURCE_FOLDERS) and path.endswith(SOURCE_SUFFIXES))]
    assert strays == []
