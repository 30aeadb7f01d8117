"""Shared fixtures: the repository's pages and snippets, the built book, and a tiny book."""

from __future__ import annotations

import fcntl
import os
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


def page_files() -> list[Path]:
    return sorted(p for p in DOCS.rglob("*.md") if p.suffixes[-2:-1] in ([".ko"], [".en"]))


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
