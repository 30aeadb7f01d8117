"""Shared fixtures: the repository's pages and snippets, the built book, and a tiny book."""

from __future__ import annotations

import fcntl
import json
import os
import re
import shutil
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest

os.environ.setdefault("MPLBACKEND", "Agg")

REPO = Path(__file__).resolve().parent.parent
DOCS = REPO / "docs"
SNIPPETS = REPO / "snippets"
BUILD = REPO / "build"
LANGUAGES = ("ko", "en")

sys.path.insert(0, str(REPO))


LABS = DOCS / "labs"  # the labs' texts: notebooks at build time, not Markdown pages

# mkdocs.yml's site_url (where `make serve` serves the book; the sitemap names pages under it)
SITE_URL = re.search(r"^site_url:\s*(\S+)", (REPO / "mkdocs.yml").read_text(), re.M)[1]


def nav_paths() -> list[str]:
    """Each page of the nav, in order, as its address below the Korean root ("" for the start
    page, "01-notation/", "labs/01-linear-regression/"); English pages are under "en/"."""
    from bookexec.inline import read_nav

    return ["" if page == "index.md" else re.sub(r"\.(md|ipynb)$", "/", page)
            for page in read_nav(REPO / "mkdocs.yml")]


def page_files() -> list[Path]:
    """The Markdown pages of both languages (the labs' texts are not among them)."""
    return sorted(p for p in DOCS.rglob("*.md")
                  if p.suffixes[-2:-1] in ([".ko"], [".en"]) and p.parent != LABS)


def lab_files() -> list[Path]:
    return sorted(LABS.glob("*.md"))


def snippet_files() -> list[Path]:
    """Every runnable snippet (helpers starting with `_` are imported, never run alone)."""
    return sorted(p for p in SNIPPETS.rglob("*.py") if not p.name.startswith("_"))


def mkdocs(*args: str, cwd: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", *args],
        cwd=cwd,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})},
        capture_output=True,
        text=True,
    )


SITE = BUILD / "test-site"


def run_id() -> str:
    """Shared by the xdist workers of one run, different in the next run."""
    return os.environ.get("PYTEST_XDIST_TESTRUNUID", f"pid-{os.getpid()}")


def build_book_once() -> str | None:
    """`mkdocs build --strict` of the whole book into build/test-site, once per test run however
    many workers ask (a lock file and a marker holding the run id). Returns None on success, the
    end of the build log on failure. Snippets come from the cache when it is warm."""
    BUILD.mkdir(exist_ok=True)
    done, failed = BUILD / "test-site.run", BUILD / "test-site.failed"
    with open(BUILD / "test-site.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if done.is_file() and done.read_text() == run_id():
            return None
        if failed.is_file() and failed.read_text().startswith(run_id() + "\n"):
            return failed.read_text().split("\n", 1)[1]
        result = mkdocs("build", "--strict", "-d", str(SITE), cwd=REPO)
        log = result.stdout + result.stderr
        (BUILD / "test-site.log").write_text(log)
        if result.returncode != 0:
            done.unlink(missing_ok=True)
            failed.write_text(run_id() + "\n" + log[-6000:])
            return log[-6000:]
        done.write_text(run_id())
        return None


@pytest.fixture(scope="session")
def built_site() -> Path:
    """The whole book as `mkdocs build --strict` makes it (see build_book_once)."""
    failure = build_book_once()
    if failure is not None:
        pytest.fail(f"mkdocs build --strict failed:\n{failure}")
    return SITE


TINY_CONFIG = """\
site_name: tiny
hooks: [{hook}]
watch: [snippets]
theme: {{name: material, language: ko, font: false}}
markdown_extensions: [attr_list, md_in_html, admonition, pymdownx.superfences]
plugins:
  - i18n:
      docs_structure: suffix
      fallback_to_default: false
      languages:
        - {{locale: ko, name: 한국어, default: true, build: true}}
        - {{locale: en, name: English, build: true}}
"""


class TinyBook:
    """A throwaway book in a temporary folder, built with the real hook (sphinx-gallery's
    `tinybuild`)."""

    def __init__(self, root: Path, existing: bool = False):
        self.root = root
        if existing:
            return
        (root / "docs").mkdir(parents=True)
        (root / "snippets" / "01-demo").mkdir(parents=True)
        hook = REPO / "bookexec" / "mkdocs_hook.py"
        (root / "mkdocs.yml").write_text(TINY_CONFIG.format(hook=hook))

    def snippet(self, name: str, source: str) -> Path:
        path = self.root / "snippets" / "01-demo" / name
        path.write_text(textwrap.dedent(source))
        return path

    def page(self, body: str) -> None:
        for language in LANGUAGES:
            text = f"# Demo {language}\n\n" + textwrap.dedent(body).replace("{lang}", language)
            (self.root / "docs" / f"index.{language}.md").write_text(text)

    def build(self, **env: str) -> subprocess.CompletedProcess:
        """`mkdocs build --strict` with one snippet worker (a tiny book gains nothing from a
        second one, and each costs an interpreter with torch); the whole book uses every core."""
        return mkdocs("build", "--strict", cwd=self.root, env={"BOOKEXEC_JOBS": "1", **env})

    def executed(self) -> list[str]:
        import json

        record = self.root / ".cache" / "snippets" / "last-run.json"
        return [item["snippet"] for item in json.loads(record.read_text())["snippets"]]

    def notebooks_written(self) -> list[str]:
        import json

        record = self.root / ".cache" / "snippets" / "last-run.json"
        return json.loads(record.read_text())["notebooks"]


@pytest.fixture
def tiny_book(tmp_path: Path) -> TinyBook:
    return TinyBook(tmp_path / "book")


# The demo book of test_execution and test_robustness: built from cold once per test run by
# whichever worker asks first (`cold_build`); a test edits a copy of it, cache included
# (`built_book`), and so pays only for what it changes.
FIGURE = """\
    \"\"\"A seeded random walk, drawn.\"\"\"
    import matplotlib.pyplot as plt
    import torch

    torch.manual_seed(0)
    steps = torch.randn(50).cumsum(0)
    plt.plot(steps.numpy())
    plt.xlabel("step")
    plt.show()
    print("last:", round(steps[-1].item(), 4))
"""
ALL_SNIPPETS = ["01-demo/01_hello.py", "01-demo/02_fig_walk.py", "01-demo/03_quiet.py",
                "01-demo/04_helper_user.py"]


def make_book(tiny_book):
    tiny_book.snippet("01_hello.py", 'x = 2 + 3\nprint("x:", x)\n')
    tiny_book.snippet("02_fig_walk.py", FIGURE)
    tiny_book.snippet("03_quiet.py", "y = 1\n")
    tiny_book.snippet("_data.py", "VALUE = 1\n")
    tiny_book.snippet("04_helper_user.py", "from _data import VALUE\nprint('value:', VALUE)\n")
    tiny_book.page("""
        <!-- snippet: 01-demo/01_hello.py -->

        <!-- snippet: 01-demo/02_fig_walk.py alt="walk {lang}" -->

        <!-- snippet: 01-demo/03_quiet.py -->

        <!-- snippet: 01-demo/04_helper_user.py -->
    """)
    return tiny_book


@pytest.fixture(scope="session")
def cold_build(tmp_path_factory) -> tuple[TinyBook, subprocess.CompletedProcess]:
    shared = tmp_path_factory.getbasetemp().parent / f"cold-demo-book-{run_id()}"
    shared.mkdir(exist_ok=True)  # the same folder for every xdist worker of this run
    with open(shared / "lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        outcome = shared / "outcome.json"
        if not outcome.is_file():
            book = make_book(TinyBook(shared / "book"))
            result = book.build()
            outcome.write_text(json.dumps([result.returncode, result.stdout, result.stderr]))
        code, stdout, stderr = json.loads(outcome.read_text())
    book = TinyBook(shared / "book", existing=True)
    return book, subprocess.CompletedProcess(["mkdocs", "build"], code, stdout, stderr)


@pytest.fixture
def built_book(cold_build, tmp_path) -> TinyBook:
    """A copy of the cold-built demo book, its snippet cache warm."""
    book, result = cold_build
    assert result.returncode == 0, result.stderr
    copy = tmp_path / "copy"
    shutil.copytree(book.root, copy, ignore=shutil.ignore_patterns("site"))
    return TinyBook(copy, existing=True)


def cached_result(book: TinyBook, snippet: str):
    """The stored (and verified) result of a demo book's snippet as it is now, or None."""
    from bookexec.cache import Store, environment_fingerprint, snippet_key

    snippets = book.root / "snippets"
    key = snippet_key(snippets / snippet, snippets, environment_fingerprint())
    return Store(book.root / ".cache" / "snippets").get(key)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Schedule for two cores. The first worker starts building the book in the background as
    soon as tests are collected. The tests that do not need the built book (some ask for it
    only at their end) run meanwhile, the heavy ones first; then the tests that need it, heavy
    first, so that none is left running alone at the end. xdist's worksteal mode hands each
    worker one contiguous half of this order, so each half gets its share of both kinds."""
    def heavy_first(group):
        return sorted(group, key=lambda item: item.get_closest_marker("heavy") is None)

    before = heavy_first(i for i in items if "built_site" not in i.fixturenames)
    after = heavy_first(i for i in items if "built_site" in i.fixturenames)
    items[:] = before[0::2] + after[0::2] + before[1::2] + after[1::2]
    first_worker = os.environ.get("PYTEST_XDIST_WORKER", "gw0") == "gw0"
    if after and first_worker and not config.option.collectonly:
        threading.Thread(target=build_book_once, name="build-the-book", daemon=True).start()
