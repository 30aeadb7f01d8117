"""Run snippets in parallel on a small pool of pre-warmed worker processes.

One worker per core (or `BOOKEXEC_JOBS`), started only when some snippet actually needs to run,
so a warm build never pays for Python, torch or matplotlib at all. Each outcome is handed to a
callback as soon as it arrives (the build stores it at once, so an interrupted build keeps what
finished). If the build is interrupted, the workers are told to stop: each kills the snippet it
is running, with everything that snippet started, and removes its temporary folders.
"""

from __future__ import annotations

import atexit
import json
import os
import queue
import signal
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

WORKER = Path(__file__).with_name("worker.py")


@dataclass(frozen=True)
class Job:
    path: Path  # absolute path of the snippet
    files: tuple[tuple[Path, str], ...]  # (source, name in the run folder): snippet, helpers
    shown_dir: str  # "snippets/07-x/": what messages say instead of the temporary folder
    # A lab: (name, first line, last line) of each cell; its output is recorded cell by cell
    cells: tuple[tuple[str, int, int], ...] = ()


@dataclass(frozen=True)
class Outcome:
    job: Job
    status: str  # "ok", "error" or "timeout"
    seconds: float
    error: dict | None = None
    stdout: str = ""
    stderr: str = ""
    figures: tuple[tuple[str, bytes], ...] = ()  # (label, SVG)
    cells: tuple[dict, ...] = ()  # a lab's cells: {"name", "stdout": [start, end], "figures"}


NEEDS = (("torch", "torch"), ("matplotlib", "matplotlib"), ("optim", "optim"),
         ("sklearn", "sklearn"))


def snippet_needs(job: Job) -> set[str]:
    """What a worker should import before forking this snippet, judged from its text."""
    source = job.path.read_text(encoding="utf-8", errors="replace") if job.path.is_file() else ""
    return {need for need, marker in NEEDS if marker in source}


class WorkerProcess:
    def __init__(self, warm_up: set[str] = frozenset()) -> None:
        env = dict(os.environ, MPLBACKEND="Agg", PYTHONHASHSEED="0", PYTHONUNBUFFERED="1",
                   OMP_NUM_THREADS="1",  # results independent of the machine's core count
                   OMP_WAIT_POLICY="PASSIVE",  # idle OpenMP threads sleep instead of spinning
                   BOOKEXEC_WARM_UP=",".join(sorted(warm_up)))
        self.warm_up = set(warm_up)
        self.log = tempfile.TemporaryFile()
        self.process = subprocess.Popen(
            [sys.executable, str(WORKER)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self.log,
            text=True,
            env=env,
        )

    def wait_ready(self) -> None:
        line = self.process.stdout.readline()
        if not line:
            self.log.seek(0)
            raise RuntimeError("snippet worker failed to start:\n" + self.log.read().decode())

    def run(self, job: Job, timeout: float, needs: set[str]) -> Outcome:
        request = {"path": str(job.path), "timeout": timeout, "needs": sorted(needs),
                   "files": [[str(source), name] for source, name in job.files],
                   "shown_dir": job.shown_dir, "cells": [list(cell) for cell in job.cells]}
        try:
            self.process.stdin.write(json.dumps(request) + "\n")
            self.process.stdin.flush()
            line = self.process.stdout.readline()
        except OSError:
            line = ""
        if not line:
            return self.died(job)
        reply = json.loads(line)
        figures = tuple((f["label"], f["svg"].encode("utf-8")) for f in reply.get("figures", ()))
        return Outcome(job, reply["status"], reply["seconds"], reply.get("error"),
                       reply.get("stdout", ""), reply.get("stderr", ""), figures,
                       tuple(reply.get("cells", ())))

    def died(self, job: Job) -> Outcome:
        """The worker itself died while running `job` (killed, out of memory)."""
        code = self.process.wait()
        self.log.seek(0)
        log = self.log.read().decode(errors="replace").strip().splitlines()[-5:]
        how = f"exit status {code}"
        if code < 0:
            how = f"killed by {signal.Signals(-code).name}"
            if -code == signal.SIGKILL:
                how += " (most often the out-of-memory killer: the snippet used too much memory)"
        return Outcome(job, "error", 0.0, {"type": "Crash", "line": None,
                                           "message": f"the worker running it died, {how}",
                                           "traceback": "\n".join(log)})

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.stdin.close()
            self.process.wait(timeout=10)
        self.log.close()

    def stop(self) -> None:
        """Interrupted: the worker kills its snippet's process group and cleans up."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
        self.log.close()


def default_jobs() -> int:
    return int(os.environ.get("BOOKEXEC_JOBS") or os.cpu_count() or 1)


class Pool:
    """Workers kept alive for the life of the MkDocs process: `mkdocs serve` pays the import
    cost once, and each later edit costs only the edited snippet's own compute time."""

    def __init__(self) -> None:
        self.workers: list[WorkerProcess] = []
        self.stopping = False

    def grow(self, count: int, warm_up: set[str]) -> None:
        """`count` live workers that have imported at least `warm_up`."""
        for worker in self.workers:
            if not warm_up <= worker.warm_up:
                worker.close()
        self.workers = [w for w in self.workers
                        if w.process.poll() is None and warm_up <= w.warm_up]
        fresh = [WorkerProcess(warm_up) for _ in range(count - len(self.workers))]
        for worker in fresh:
            worker.wait_ready()
        self.workers += fresh

    def run(self, jobs: list[Job], timeout: float, count: int, on_done) -> list[Outcome]:
        self.stopping = False
        needs = {job: snippet_needs(job) for job in jobs}
        # Preloading pays off only when a worker forks more than one snippet; a lone snippet's
        # child imports what it needs itself, and its recorded run time includes that.
        shared = len(jobs) > count
        self.grow(count, set().union(*needs.values()) if shared else set())
        idle: queue.Queue[WorkerProcess] = queue.Queue()
        for worker in self.workers[:count]:
            idle.put(worker)

        def run_one(job: Job) -> Outcome:
            worker = idle.get()
            try:
                outcome = worker.run(job, timeout, needs[job])
                if self.stopping:
                    return outcome
                if worker.process.poll() is not None:  # it died: a fresh one takes its place
                    self.workers.remove(worker)
                    worker = WorkerProcess(worker.warm_up)
                    worker.wait_ready()
                    self.workers.append(worker)
            finally:
                idle.put(worker)
            on_done(outcome)
            return outcome

        executor = ThreadPoolExecutor(max_workers=count)
        try:
            outcomes = list(executor.map(run_one, jobs))
        except BaseException:  # Ctrl-C, or an error storing a result: stop everything now
            executor.shutdown(wait=False, cancel_futures=True)
            self.stop()
            raise
        executor.shutdown()
        return outcomes

    def stop(self) -> None:
        self.stopping = True
        for worker in self.workers:
            worker.stop()
        self.workers = []

    def close(self) -> None:
        for worker in self.workers:
            worker.close()
        self.workers = []


POOL = Pool()
atexit.register(POOL.close)


def run_all(jobs: list[Job], timeout: float, workers: int | None = None,
            on_done=lambda outcome: None) -> list[Outcome]:
    """Run every job in parallel, calling `on_done(outcome)` as each finishes (from a pool
    thread); return the outcomes in the order of `jobs`."""
    if not jobs:
        return []
    count = max(1, min(workers or default_jobs(), len(jobs)))
    return POOL.run(jobs, timeout, count, on_done)
