"""Benchmark the build: plain (execution off), cold, warm, and after editing one snippet.

Prints the times and the ratios the foundation issue budgets, all measured in this one run:

    warm ÷ plain                      ≤ 1.15
    one-edit ÷ plain                  ≤ 1.15 plus that snippet's own run time
    cold vs plain + Σ(snippet time) ÷ cores

Usage: python tools/bench.py [--repeat N] [--snippet snippets/<path>.py]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def build(cache: Path, site: Path, **env: str) -> float:
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(site)],
        cwd=REPO, capture_output=True, text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "BOOKEXEC_CACHE": str(cache), **env},
    )
    seconds = time.perf_counter() - started
    if result.returncode != 0:
        sys.exit(f"build failed:\n{result.stderr[-4000:]}")
    return seconds


def median_of(repeat: int, run) -> float:
    return statistics.median(run() for _ in range(repeat))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--snippet", default=None, help="the snippet to edit (default: first)")
    args = parser.parse_args()
    snippets = sorted(p for p in (REPO / "snippets").rglob("*.py") if not p.name.startswith("_"))
    edited = Path(args.snippet).resolve() if args.snippet else snippets[0]
    cores = os.cpu_count() or 1

    with tempfile.TemporaryDirectory() as scratch:
        cache, site = Path(scratch) / "cache", Path(scratch) / "site"
        plain = median_of(args.repeat, lambda: build(cache, site, BOOKEXEC="off"))
        cold = build(cache, site)
        metas = [json.loads(p.read_text()) for p in cache.glob("*/meta.json")]
        compute = sum(m["seconds"] for m in metas)
        warm = median_of(args.repeat, lambda: build(cache, site))
        original = edited.read_text()
        try:
            edited.write_text(original + "\n# bench: an edit that changes the cache key\n")
            one_edit = build(cache, site)
            ran = json.loads((cache / "last-run.json").read_text())["snippets"]
        finally:
            edited.write_text(original)
    edit_compute = sum(item["seconds"] for item in ran)

    rows = [
        ("snippets", f"{len(metas)}"),
        ("cores", f"{cores}"),
        ("sum of snippet run times", f"{compute:.2f} s"),
        ("plain build (execution off)", f"{plain:.2f} s"),
        ("cold build", f"{cold:.2f} s"),
        ("  expected ≈ plain + sum ÷ cores", f"{plain + compute / cores:.2f} s"),
        ("warm build", f"{warm:.2f} s"),
        (f"one-edit build ({edited.relative_to(REPO)})", f"{one_edit:.2f} s"),
        ("  snippets re-run by the edit", f"{len(ran)} ({edit_compute:.2f} s)"),
        ("warm ÷ plain (≤ 1.15)", f"{warm / plain:.3f}"),
        ("one-edit ÷ plain (≤ 1.15 + run ÷ plain)",
         f"{one_edit / plain:.3f} (budget {1.15 + edit_compute / plain:.3f})"),
        ("cold ÷ (plain + sum ÷ cores)", f"{cold / (plain + compute / cores):.3f}"),
    ]
    width = max(len(name) for name, _ in rows)
    for name, value in rows:
        print(f"{name:<{width}}  {value}")


if __name__ == "__main__":
    main()
