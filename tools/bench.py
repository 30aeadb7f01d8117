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
        # The edit, args.repeat times (each a new cache key), each edit build between two plain
        # builds; the ratio is the median over edits. One edit build alone is one minute of the
        # machine: the same edit took 33 s in one run and 21 s in the next (stop 23).
        original = edited.read_text()
        edits = []  # (edit build seconds, its snippets' seconds, mean of the plain builds around)
        plain_before = plain_build()
        try:
            for n in range(args.repeat):
                edited.write_text(original + f"\n# bench: edit {n} changes the cache key\n")
                seconds = build(cache, site)
                ran = json.loads((cache / "last-run.json").read_text())["snippets"]
                plain_after = plain_build()
                edits.append((seconds, sum(item["seconds"] for item in ran),
                              (plain_before + plain_after) / 2))
                plain_before = plain_after
        finally:
            edited.write_text(original)
    one_edit = statistics.median(seconds for seconds, _, _ in edits)
    edit_compute = statistics.median(compute for _, compute, _ in edits)
    edit_ratios = [seconds / plain for seconds, _, plain in edits]
    edit_ratio = statistics.median(edit_ratios)
    edit_budget = statistics.median(1.15 + compute / plain for _, compute, plain in edits)
    cold_plain = pairs[0][0]  # the plain build nearest in time to the cold one

    rows = [
        ("snippets", f"{len(metas)}"),
        ("cores", f"{cores}"),
        ("sum of snippet run times", f"{compute:.2f} s"),
        ("plain build (execution off, median)", f"{plain:.2f} s"),
        ("cold build", f"{cold:.2f} s"),
        ("  expected ≈ plain + sum ÷ cores", f"{cold_plain + compute / cores:.2f} s"),
        ("warm build (median)", f"{warm:.2f} s"),
        (f"one-edit build ({edited.relative_to(REPO)}; median)", f"{one_edit:.2f} s"),
        ("  snippets re-run by each edit", f"{len(ran)} ({edit_compute:.2f} s, median)"),
        ("warm ÷ plain (≤ 1.15; median of neighbouring pairs)", f"{warm_ratio:.3f}"),
        ("one-edit ÷ plain (≤ 1.15 + run ÷ plain; plain around each edit; median)",
         f"{edit_ratio:.3f} (budget {edit_budget:.3f}; edits "
         + ", ".join(f"{ratio:.2f}" for ratio in edit_ratios) + ")"),
        ("cold ÷ (plain + sum ÷ cores)", f"{cold / (cold_plain + compute / cores):.3f}"),
    ]
    width = max(len(name) for name, _ in rows)
    for name, value in rows:
        print(f"{name:<{width}}  {value}")


if __name__ == "__main__":
    main()
