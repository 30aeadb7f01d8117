"""Content-addressed store of snippet results.

The key of a snippet covers everything that can change what it prints or draws: its own source,
the source of every repository module it imports (helpers such as `snippets/07-x/_data.py`), the
Python, torch, numpy and matplotlib versions, and the executor's own source.

A snippet runs in an empty temporary folder holding only a copy of itself and of the helpers it
imports (see worker.py), so it cannot read a file of the repository: the helpers are all the
"data" a snippet can depend on, and they are in the key. A non-.py file in the snippet's own
chapter folder whose name the snippet (or a helper) spells out literally is also in the key and
copied next to it, for a chapter that ships a data file on purpose.

An entry `.cache/snippets/<key>/` holds `stdout.txt`, `stderr.txt`, `figure-N.svg` and
`meta.json`, which records the SHA-256 of every other file. It is written only after a complete,
decoded and verified run, into a temporary folder renamed into place in one step, so a crash
never leaves half a result behind; each result is committed as soon as it completes, so an
interrupted build keeps the ones that finished. Every read checks the hashes: a damaged or
unreadable entry (or one written in an older format) is removed and counts as a miss, so the
snippet runs again.
"""

from __future__ import annotations

import ast
import hashlib
import json
import os
import re
import shutil
import sys
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

EXECUTOR_FILES = ("worker.py", "runner.py", "cache.py")
VERSIONED_PACKAGES = ("torch", "numpy", "matplotlib", "scikit-learn")
FORMAT = 2  # meta.json layout; an entry of another format is a miss
SCRATCH = re.compile(r"^tmp-(?:[0-9a-f]+)-(?P<pid>\d+)$")


class CacheError(Exception):
    """The store cannot be written (read-only folder, disk full...). The message says what."""


class SourceError(ValueError):
    """A snippet or a helper it imports cannot be parsed. `path`, `line` say where."""

    def __init__(self, path: Path, line: int | None, message: str):
        super().__init__(message)
        self.path, self.line, self.message = path, line, message


def parse(path: Path) -> ast.Module:
    try:
        return ast.parse(path.read_bytes(), filename=str(path))
    except SyntaxError as error:  # IndentationError is a SyntaxError too
        raise SourceError(path, error.lineno, f"{type(error).__name__}: {error.msg}") from None
    except ValueError as error:  # null bytes
        raise SourceError(path, None, f"cannot be parsed: {error}") from None


def local_imports(path: Path, roots: list[Path]) -> list[Path]:
    """Repository modules a snippet imports, followed transitively."""
    seen: list[Path] = []
    pending = [path]
    while pending:
        current = pending.pop()
        tree = parse(current)
        names = []
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names += [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.append(node.module)
        for name in names:
            relative = Path(*name.split("."))
            for root in [current.parent, *roots]:
                for candidate in (root / f"{relative}.py", root / relative / "__init__.py"):
                    if candidate.is_file() and candidate not in seen and candidate != path:
                        seen.append(candidate)
                        pending.append(candidate)
    return sorted(seen)


def data_files(path: Path, helpers: list[Path]) -> list[Path]:
    """Non-.py files of the snippet's own folder whose name its source (or a helper's) spells
    out literally: a chapter that ships a data file on purpose. None does today."""
    folder = path.parent
    texts = [source.read_text(encoding="utf-8", errors="replace") for source in [path, *helpers]]
    return sorted(candidate for candidate in folder.iterdir()
                  if candidate.is_file() and candidate.suffix not in {".py", ".pyc"}
                  and any(candidate.name in text for text in texts))


def sandbox_files(path: Path, snippets_dir: Path) -> list[tuple[Path, str]]:
    """(source, name in the run folder) for the snippet, its helpers and its data files: what a
    reader who copied them into an empty folder would have."""
    helpers = local_imports(path, [snippets_dir])
    files = [(path, path.name)]
    for helper in helpers:
        name = (f"{helper.parent.name}/__init__.py" if helper.name == "__init__.py"
                else helper.name)
        files.append((helper, name))
    files += [(data, data.name) for data in data_files(path, helpers)]
    return files


def environment_fingerprint() -> str:
    parts = [sys.version]
    for package in VERSIONED_PACKAGES:
        try:
            parts.append(f"{package}=={metadata.version(package)}")
        except metadata.PackageNotFoundError:
            parts.append(f"{package} absent")
    here = Path(__file__).parent
    for name in EXECUTOR_FILES:
        parts.append(hashlib.sha256((here / name).read_bytes()).hexdigest())
    return "\n".join(parts)


def snippet_key(path: Path, snippets_dir: Path, fingerprint: str) -> str:
    digest = hashlib.sha256(fingerprint.encode())
    digest.update(path.relative_to(snippets_dir).as_posix().encode())
    for source, _ in sandbox_files(path, snippets_dir):
        digest.update(b"\0" + source.relative_to(snippets_dir).as_posix().encode() + b"\0")
        digest.update(source.read_bytes())
    return digest.hexdigest()[:24]


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class Result:
    key: str
    folder: Path
    stdout: str
    figures: tuple[Path, ...]
    labels: tuple[str, ...]
    seconds: float
    stderr: str = ""
    cells: tuple[dict, ...] = ()  # a lab's cells: {"name", "stdout": [a, b], "figures": [c, d]}

    def cell(self, name: str) -> tuple[str, tuple[Path, ...]]:
        """What one cell of a lab printed and drew."""
        for cell in self.cells:
            if cell["name"] == name:
                (a, b), (c, d) = cell["stdout"], cell["figures"]
                return self.stdout[a:b], self.figures[c:d]
        raise KeyError(name)


class Store:
    def __init__(self, root: Path):
        self.root = root
        self.damaged: list[tuple[str, str]] = []  # (key, what was wrong), healed by a re-run

    def folder(self, key: str) -> Path:
        return self.root / key

    def get(self, key: str) -> Result | None:
        """The verified entry, or None. A damaged entry is removed (and noted in `damaged`)."""
        folder = self.folder(key)
        if not (folder / "meta.json").is_file():
            return None
        try:
            return self.read(key, folder)
        except (OSError, ValueError, KeyError, TypeError) as error:
            self.damaged.append((key, str(error) or type(error).__name__))
            shutil.rmtree(folder, ignore_errors=True)
            return None

    def read(self, key: str, folder: Path) -> Result:
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
        if meta.get("format") != FORMAT:
            raise ValueError(f"written in format {meta.get('format', 1)}, not {FORMAT}")
        contents = {}
        for name, digest in meta["files"].items():
            data = (folder / name).read_bytes()
            if sha256(data) != digest:
                raise ValueError(f"{name} does not match its recorded hash")
            contents[name] = data
        figures = tuple(folder / figure["file"] for figure in meta["figures"])
        if any(figure.name not in contents for figure in figures):
            raise ValueError("a figure has no recorded hash")
        return Result(key, folder, contents["stdout.txt"].decode("utf-8"), figures,
                      tuple(figure["label"] for figure in meta["figures"]), meta["seconds"],
                      contents["stderr.txt"].decode("utf-8"), tuple(meta.get("cells", ())))

    def remove_stale_scratch(self) -> None:
        """`tmp-…` folders left by a build that was killed (its process is gone)."""
        if not self.root.is_dir():
            return
        for scratch in self.root.glob("tmp-*"):
            match = SCRATCH.match(scratch.name)
            if match and not pid_alive(int(match["pid"])):
                shutil.rmtree(scratch, ignore_errors=True)

    def commit(self, key: str, stdout: str, stderr: str, figures: list[tuple[str, bytes]],
               meta: dict) -> Result:
        """Store a complete run: its stdout, stderr and (label, SVG bytes) figures."""
        scratch = self.root / f"tmp-{key}-{os.getpid()}"
        try:
            shutil.rmtree(scratch, ignore_errors=True)
            scratch.mkdir(parents=True)
            files = {"stdout.txt": stdout.encode("utf-8"), "stderr.txt": stderr.encode("utf-8")}
            listed = []
            for index, (label, svg) in enumerate(figures, start=1):
                files[f"figure-{index}.svg"] = svg
                listed.append({"file": f"figure-{index}.svg", "label": label})
            for name, data in files.items():
                (scratch / name).write_bytes(data)
            meta = {**meta, "format": FORMAT, "figures": listed,
                    "files": {name: sha256(data) for name, data in files.items()}}
            (scratch / "meta.json").write_text(json.dumps(meta, indent=1, sort_keys=True),
                                               encoding="utf-8")
            final = self.folder(key)
            if final.exists() and self.get(key) is None:
                shutil.rmtree(final, ignore_errors=True)  # damaged: replace it
            try:
                os.replace(scratch, final)
            except OSError:
                if not final.is_dir():  # not "another build stored it first"
                    raise
        except OSError as error:
            raise CacheError(f"cannot write the snippet cache {self.root}: {error} "
                             "(make it writable, or set BOOKEXEC_CACHE to a writable folder)"
                             ) from None
        finally:
            shutil.rmtree(scratch, ignore_errors=True)
        result = self.get(key)
        if result is None:
            raise CacheError(f"the snippet cache {self.root} did not keep the result of key "
                             f"{key} ({self.damaged[-1][1] if self.damaged else 'missing'})")
        return result


def pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
