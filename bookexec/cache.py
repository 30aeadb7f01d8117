"""Content-addressed store of snippet results.

The key of a snippet covers everything that can change what it prints or draws: its own source,
the source of every repository module it imports (helpers such as `snippets/07-x/_data.py`), the
Python, torch, numpy and matplotlib versions, and the executor's own source. A result is written
to `.cache/snippets/<key>/` only after a successful run, by renaming a finished temporary folder,
so a crash never leaves half a result behind.
"""

from __future__ import annotations

import ast
import hashlib
import json
import os
import shutil
import sys
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

EXECUTOR_FILES = ("worker.py", "runner.py", "cache.py")
VERSIONED_PACKAGES = ("torch", "numpy", "matplotlib", "scikit-learn")


def local_imports(path: Path, roots: list[Path]) -> list[Path]:
    """Repository modules a snippet imports, followed transitively."""
    seen: list[Path] = []
    pending = [path]
    while pending:
        current = pending.pop()
        tree = ast.parse(current.read_bytes(), filename=str(current))
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
    for source in [path, *local_imports(path, [snippets_dir])]:
        digest.update(b"\0" + source.relative_to(snippets_dir).as_posix().encode() + b"\0")
        digest.update(source.read_bytes())
    return digest.hexdigest()[:24]


@dataclass(frozen=True)
class Result:
    key: str
    folder: Path
    stdout: str
    figures: tuple[Path, ...]
    labels: tuple[str, ...]
    seconds: float


class Store:
    def __init__(self, root: Path):
        self.root = root

    def folder(self, key: str) -> Path:
        return self.root / key

    def get(self, key: str) -> Result | None:
        folder = self.folder(key)
        meta_file = folder / "meta.json"
        if not meta_file.is_file():
            return None
        meta = json.loads(meta_file.read_text())
        figures = tuple(folder / figure["file"] for figure in meta["figures"])
        labels = tuple(figure["label"] for figure in meta["figures"])
        stdout = (folder / "stdout.txt").read_text(encoding="utf-8")
        return Result(key, folder, stdout, figures, labels, meta["seconds"])

    def scratch(self, key: str) -> Path:
        scratch = self.root / f"tmp-{key}-{os.getpid()}"
        shutil.rmtree(scratch, ignore_errors=True)
        scratch.mkdir(parents=True)
        return scratch

    def commit(self, key: str, scratch: Path, meta: dict) -> Result:
        (scratch / "meta.json").write_text(json.dumps(meta, indent=1, sort_keys=True))
        final = self.folder(key)
        if final.exists():
            shutil.rmtree(scratch)
        else:
            os.replace(scratch, final)
        result = self.get(key)
        assert result is not None
        return result
