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
        def plain_build() -> float:
            return build(cache, site, BOOKEXEC="off")

        plain_build()  # draws the formulas once: every later build reads them
        cold = build(cache, site)
        metas = [json.loads(p.read_text()) for p in cache.glob("*/meta.json")]
        compute = sum(m["seconds"] for m in metas)
        # Plain and warm builds alternate, and each ratio compares neighbours: these virtual
        # machines change speed by a third within minutes, which separate series would measure.
        pairs = [(plain_build(), build(cache, site)) for _ in range(args.repeat)]
        plain = statistics.median(p for p, _ in pairs)
        warm = statistics.median(w for _, w in pairs)
        warm_ratio = statistics.median(w / p for p, w in pairs)
        original = edited.read_text()
        try:
            edited.write_text(original + "\n# bench: an edit that changes the cache key\n")
            plain_before_edit = plain_build()
            one_edit = build(cache, site)
            ran = json.loads((cache / "last-run.json").read_text())["snippets"]
        finally:
            edited.write_text(original)
        plain_after = plain_build()
    edit_compute = sum(item["seconds"] for item in ran)
    edit_plain = (plain_before_edit + plain_after) / 2
    cold_plain = pairs[0][0]  # the plain build nearest in time to the cold one

    rows = [
        ("snippets", f"{len(metas)}"),
        ("cores", f"{cores}"),
        ("sum of snippet run times", f"{compute:.2f} s"),
        ("plain build (execution off, median)", f"{plain:.2f} s"),
        ("cold build", f"{cold:.2f} s"),
        ("  expected ≈ plain + sum ÷ cores", f"{cold_plain + compute / cores:.2f} s"),
        ("warm build (median)", f"{warm:.2f} s"),
        (f"one-edit build ({edited.relative_to(REPO)})", f"{one_edit:.2f} s"),
        ("  snippets re-run by the edit", f"{len(ran)} ({edit_compute:.2f} s)"),
        ("warm ÷ plain (≤ 1.15; median of neighbouring pairs)", f"{warm_ratio:.3f}"),
        ("one-edit ÷ plain (≤ 1.15 + run ÷ plain; plain around the edit)",
         f"{one_edit / edit_plain:.3f} (budget {1.15 + edit_compute / edit_plain:.3f})"),
        ("cold ÷ (plain + sum ÷ cores)", f"{cold / (cold_plain + compute / cores):.3f}"),
    ]
    width = max(len(name) for name, _ in rows)
    for name, value in rows:
        print(f"{name:<{width}}  {value}")


if __name__ == "__main__":
    main()
