"""Shared fixtures: the repository's pages and snippets, the built book, and a tiny book."""

from __future__ import annotations

import fcntl
import os
import subprocess
import sys
import textwrap
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


@pytest.fixture(scope="session")
def built_site() -> Path:
    """The whole book, built once per test run with `mkdocs build --strict` (shared by xdist
    workers through a lock file; snippets come from the cache when it is warm)."""
    site = BUILD / "test-site"
    BUILD.mkdir(exist_ok=True)
    run_id = os.environ.get("PYTEST_XDIST_TESTRUNUID", f"pid-{os.getpid()}")
    marker = BUILD / "test-site.run"
    with open(BUILD / "test-site.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (marker.is_file() and marker.read_text() == run_id):
            result = mkdocs("build", "--strict", "-d", str(site), cwd=REPO)
            log = result.stdout + result.stderr
            (BUILD / "test-site.log").write_text(log)
            if result.returncode != 0:
                marker.unlink(missing_ok=True)
                pytest.fail(f"mkdocs build --strict failed:\n{log[-6000:]}")
            marker.write_text(run_id)
    return site


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

    def __init__(self, root: Path):
        self.root = root
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
        return mkdocs("build", "--strict", cwd=self.root, env=env)

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
