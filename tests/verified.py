"""What the suite's re-executions printed, kept by content, so an unchanged program is not run
again on the same machine.

Three kinds of test run the book's code a second time: every chapter notebook in a Jupyter kernel,
every lab notebook in a kernel, and listings as `python file.py` in an empty folder. Each runs
exactly what a reader gets (the notebook, the copied file and its helpers) and then compares what
it printed with what the page shows. The run is the costly half, and its result depends only on
what ran and where: the program's bytes, the test's own procedure (its source file), the Python
and library versions, the Jupyter stack, and the machine (processor model, instruction-set flags,
core count, and the variables that pick kernels or threads). This module keeps a run's output
under `.cache/verified/<key>.json`, keyed by all of that, and only after the run succeeded; the
comparison with the page is made every time.

So a warm `make test` re-runs exactly the notebooks and listings whose content (or whose machine)
changed, as the build re-runs exactly the changed snippets; a fresh clone (CI) has no cache and
runs everything. `BOOK_RERUN=1 make test` ignores stored runs (and refreshes them).
"""

from __future__ import annotations

import hashlib
import json
import os
import platform
from importlib import metadata
from pathlib import Path
from typing import Callable

from bookexec.cache import environment_fingerprint

REPO = Path(__file__).resolve().parent.parent
STORE = REPO / ".cache" / "verified"
JUPYTER = ("nbclient", "nbformat", "ipykernel", "jupyter_client", "matplotlib-inline")
RUN_VARIABLES = ("ONEDNN_MAX_CPU_ISA", "ATEN_CPU_CAPABILITY", "OMP_NUM_THREADS", "MKL_NUM_THREADS",
                 "MPLBACKEND", "PYTHONHASHSEED")


def processor() -> str:
    """Model name and instruction-set flags of the first processor, as Linux reports them."""
    try:
        info = Path("/proc/cpuinfo").read_text(encoding="utf-8").split("\n\n")[0]
    except OSError:
        return platform.processor()
    keep = ("model name", "flags", "cpu family", "model\t")
    return "\n".join(line for line in info.splitlines() if line.startswith(keep))


def machine() -> str:
    parts = [environment_fingerprint(), processor(), f"cores {os.cpu_count()}", platform.platform()]
    for package in JUPYTER:
        try:
            parts.append(f"{package}=={metadata.version(package)}")
        except metadata.PackageNotFoundError:
            parts.append(f"{package} absent")
    parts += [f"{name}={os.environ.get(name)}" for name in RUN_VARIABLES]
    return "\n".join(parts)


def key(test_file: str, program: bytes) -> str:
    digest = hashlib.sha256(machine().encode())
    digest.update(b"\0" + Path(test_file).read_bytes())
    digest.update(b"\0" + program)
    return digest.hexdigest()[:32]


def run_once(test_file: str, program: bytes, run: Callable[[], object]) -> object:
    """`run()`'s JSON-able result for this program on this machine: stored, or run now (and
    stored if it returned; a run that raises is never stored)."""
    path = STORE / f"{key(test_file, program)}.json"
    if path.is_file() and not os.environ.get("BOOK_RERUN"):
        try:
            return json.loads(path.read_text(encoding="utf-8"))["result"]
        except (OSError, ValueError, KeyError):
            pass  # a damaged entry: run again
    result = run()
    STORE.mkdir(parents=True, exist_ok=True)
    scratch = path.with_suffix(f".tmp-{os.getpid()}")
    scratch.write_text(json.dumps({"result": result}), encoding="utf-8")
    scratch.replace(path)
    return result
