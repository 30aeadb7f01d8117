"""Reader speed: Lighthouse (mobile profile) on the built site served with gzip.

Measures the start page, the heaviest chapter, the glossary and the heaviest lab in both
languages: performance
score, total blocking time, cumulative layout shift and the first view's transfer size; and the
transfer of a second page of the same language (its HTML and what the first view did not
already fetch, figures excluded). Lighthouse comes from npm (pinned below, installed once into
build/lighthouse) and drives the system Chromium. Not part of `make test`; `make bench` runs it.

Usage: python tools/reader_speed.py [site folder]   (default: build the site into build/bench-site)
"""

from __future__ import annotations

import functools
import gzip
import http.server
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
LIGHTHOUSE = "lighthouse@12.8.2"
TOOLS = REPO / "build" / "lighthouse"
CHROMIUM_FLAGS = ("--headless=new --no-sandbox --disable-gpu --disable-background-networking "
                  "--disable-component-update --disable-sync --no-first-run")
TARGETS = {"performance": 90, "tbt_ms": 200, "cls": 0.05, "first_kb": 500, "second_kb": 150}


COMPRESSIBLE = {".html", ".js", ".css", ".json", ".svg", ".xml", ".map"}


class GzipHandler(http.server.SimpleHTTPRequestHandler):
    """Static files, gzip-compressed when the browser accepts it (as any real host does).

    Bodies are compressed once, before the first measurement (`compress_all`), as a host serving
    pre-compressed files would: compressing a 1 MB page while Lighthouse watches would take CPU
    from the browser on a two-core machine and show up as the page's own blocking time."""

    compressed: dict[Path, bytes] = {}

    def log_message(self, *args):
        pass

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        body = self.compressed.get(path)
        if "gzip" not in self.headers.get("Accept-Encoding", "") or body is None:
            return super().send_head()
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        import io
        return io.BytesIO(body)


def compress_all(site: Path) -> dict[Path, bytes]:
    return {path: gzip.compress(path.read_bytes(), 6) for path in site.rglob("*")
            if path.suffix in COMPRESSIBLE and path.is_file()}


def serve(site: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    # A class of its own per site: two sites served at once (an A/B) each keep their files.
    site_handler = type("SiteHandler", (GzipHandler,), {"compressed": compress_all(site.resolve())})
    handler = functools.partial(site_handler, directory=str(site.resolve()))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd, f"http://127.0.0.1:{httpd.server_address[1]}"


def lighthouse_bin() -> str:
    binary = TOOLS / "node_modules" / ".bin" / "lighthouse"
    if not binary.exists():
        TOOLS.mkdir(parents=True, exist_ok=True)
        subprocess.run(["npm", "install", "--no-audit", "--no-fund", "--prefix", str(TOOLS),
                        LIGHTHOUSE], check=True, capture_output=True)
    return str(binary)


RUNS = 5  # Lighthouse's own advice (five runs, the median): blocking time moves between runs


def lighthouse_rounds(urls: dict[tuple[str, str], str]) -> dict[tuple[str, str], dict]:
    """RUNS Lighthouse runs of every page, in rounds (each round visits every page once), and
    each page's median run by total blocking time (the target most runs move), with the range
    of its runs. This machine's speed changes within a minute (its benchmark index moved by up
    to 740 between two consecutive runs): five runs of one page in a row could all fall into
    one slow minute, and that page alone would look slow. Rounds spread slow minutes over all
    pages alike."""
    runs: dict[tuple[str, str], list[dict]] = {name: [] for name in urls}
    for _ in range(RUNS):
        for name, url in urls.items():
            runs[name].append(lighthouse_once(url))
    medians = {}
    for name, page_runs in runs.items():
        page_runs.sort(key=lambda run: run["tbt_ms"])
        BENCHMARKS.extend(run["benchmark"] for run in page_runs if run["benchmark"])
        SLOW_HOST_RUNS.extend(run["slow_host"] for run in page_runs)
        medians[name] = {**page_runs[len(page_runs) // 2],
                         "tbt_range": (page_runs[0]["tbt_ms"], page_runs[-1]["tbt_ms"])}
    return medians


def lighthouse_once(url: str) -> dict:
    with tempfile.TemporaryDirectory() as scratch:
        report = Path(scratch) / "report.json"
        subprocess.run(
            [lighthouse_bin(), url, "--quiet", "--only-categories=performance",
             "--output=json", f"--output-path={report}", f"--chrome-flags={CHROMIUM_FLAGS}"],
            check=True, capture_output=True, env={**os.environ, "CHROME_PATH": "/usr/bin/chromium"})
        data = json.loads(report.read_text())
    audits = data["audits"]
    requests = audits["network-requests"]["details"]["items"]
    return {
        "performance": round(data["categories"]["performance"]["score"] * 100),
        "tbt_ms": audits["total-blocking-time"]["numericValue"],
        "cls": audits["cumulative-layout-shift"]["numericValue"],
        "first_kb": audits["total-byte-weight"]["numericValue"] / 1000,
        # Lighthouse's measure of this machine's speed; blocking times scale with its inverse
        "benchmark": data.get("environment", {}).get("benchmarkIndex"),
        # Lighthouse's own warning: this machine is too slow for its 4x profile (index ≤ 1,000)
        "slow_host": any("slower CPU" in warning for warning in data.get("runWarnings", [])),
        "requests": {r["url"]: r.get("transferSize", 0) for r in requests},
    }


def second_view_kb(first: dict, second: dict) -> float:
    """What a second page of the same language adds: requests the first did not make,
    figures excluded (they are the page's own content, loaded lazily)."""
    new = [size for url, size in second["requests"].items()
           if url not in first["requests"] and "/assets/figures/" not in url]
    return sum(new) / 1000


def heaviest_chapter(site: Path) -> str:
    chapters = [p for p in site.glob("[0-9][0-9]-*/index.html")]
    return max(chapters, key=lambda p: p.stat().st_size).parent.name


def heaviest_lab(site: Path) -> str | None:
    labs = list(site.glob("labs/*/index.html"))
    return max(labs, key=lambda p: p.stat().st_size).parent.name if labs else None


def measure(site: Path) -> list[tuple]:
    httpd, base = serve(site)
    rows = []
    try:
        chapter, lab = heaviest_chapter(site), heaviest_lab(site)
        pages = {"start page": "", f"heaviest chapter ({chapter})": f"{chapter}/",
                 "glossary": "glossary/"}
        if lab:  # a notebook page (mkdocs-jupyter)
            pages[f"heaviest lab ({lab})"] = f"labs/{lab}/"
        urls = {(prefix, name): f"{base}/{prefix}{path}"
                for prefix in ("", "en/") for name, path in pages.items()}
        results = lighthouse_rounds(urls)
        for (prefix, name), result in results.items():
            start = results[(prefix, "start page")]
            second_kb = None if name == "start page" else second_view_kb(start, result)
            low, high = result["tbt_range"]
            rows.append((f"{prefix or 'ko/'}{name}", result["performance"],
                         f"{result['tbt_ms']:.0f}", f"{low:.0f}–{high:.0f}", f"{result['cls']:.3f}",
                         f"{result['first_kb']:.0f}",
                         "" if second_kb is None else f"{second_kb:.0f}",
                         f"{result['benchmark']:.0f}" if result["benchmark"] else "",
                         missed(result, second_kb)))
    finally:
        httpd.shutdown()
    return rows


BENCHMARKS: list[float] = []  # Lighthouse's benchmark index of every run, for the table's header
SLOW_HOST_RUNS: list[bool] = []  # whether Lighthouse warned of a slow host, per run


def missed(result: dict, second_kb: float | None) -> str:
    """The targets a page misses, or ✓."""
    misses = [name for name, bad in (
        ("performance", result["performance"] < TARGETS["performance"]),
        ("TBT", result["tbt_ms"] > TARGETS["tbt_ms"]),
        ("CLS", result["cls"] > TARGETS["cls"]),
        ("first view", result["first_kb"] > TARGETS["first_kb"]),
        ("second page", second_kb is not None and second_kb > TARGETS["second_kb"])) if bad]
    return ", ".join(misses) or "✓"


def print_table(rows) -> None:
    header = ("page", "performance", "TBT ms", "TBT of runs", "CLS", "first view kB",
              "second page kB", "machine", "targets")
    print(f"reader speed (Lighthouse mobile, gzip, median of {RUNS} runs in rounds over all pages; "
          "targets: performance ≥ 90, "
          "TBT ≤ 200 ms, CLS ≤ 0.05, first view ≤ 500 kB, second page ≤ 150 kB)")
    if BENCHMARKS:
        print(f"machine speed (Lighthouse benchmark index, higher is faster): "
              f"{min(BENCHMARKS):.0f}–{max(BENCHMARKS):.0f}; \"machine\" is the median run's. "
              "Blocking time scales with its inverse: Lighthouse's throttling calculator pairs "
              "its 4x slowdown with an index of about 1,530")
    if SLOW_HOST_RUNS:
        print(f"Lighthouse warned in {sum(SLOW_HOST_RUNS)} of {len(SLOW_HOST_RUNS)} runs that this "
              "machine's CPU is slower than its profile expects (benchmark index at most 1,000); "
              "those runs are counted like the others")
    widths = [max(len(str(row[i])) for row in [header, *rows]) for i in range(len(header))]
    for row in [header, *rows]:
        print("  ".join(f"{str(cell):>{w}}" if i else f"{str(cell):<{w}}"
                        for i, (cell, w) in enumerate(zip(row, widths))))


def main() -> None:
    if shutil.which("node") is None or not Path("/usr/bin/chromium").exists():
        sys.exit("reader speed needs Node.js and /usr/bin/chromium")
    if len(sys.argv) > 1:
        site = Path(sys.argv[1])
    else:
        site = REPO / "build" / "bench-site"
        subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(site)],
                       cwd=REPO, check=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    print_table(measure(site))


if __name__ == "__main__":
    main()
