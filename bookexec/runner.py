"""Run snippets in parallel on a small pool of pre-warmed worker processes.

One worker per core (or `BOOKEXEC_JOBS`), started only when some snippet actually needs to run,
so a warm build never pays for Python, torch or matplotlib at all.
"""

from __future__ import annotations

import json
import os
import queue
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
    out: Path  # empty folder the run writes stdout.txt and figure-N.svg into


@dataclass(frozen=True)
class Outcome:
    job: Job
    status: str  # "ok", "error" or "timeout"
    seconds: float
    error: dict | None = None


class WorkerProcess:
    def __init__(self) -> None:
        env = dict(os.environ, MPLBACKEND="Agg", PYTHONHASHSEED="0", PYTHONUNBUFFERED="1")
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

    def run(self, job: Job, cwd: Path, timeout: float) -> Outcome:
        request = {"path": str(job.path), "out": str(job.out), "cwd": str(cwd),
                   "timeout": timeout}
        self.process.stdin.write(json.dumps(request) + "\n")
        self.process.stdin.flush()
        line = self.process.stdout.readline()
        if not line:
            self.log.seek(0)
            raise RuntimeError("snippet worker died:\n" + self.log.read().decode())
        reply = json.loads(line)
        return Outcome(job, reply["status"], reply["seconds"], reply.get("error"))

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.stdin.close()
            self.process.wait(timeout=10)
        self.log.close()


def default_jobs() -> int:
    return int(os.environ.get("BOOKEXEC_JOBS") or os.cpu_count() or 1)


def run_all(jobs: list[Job], cwd: Path, timeout: float, workers: int | None = None
            ) -> list[Outcome]:
    """Run every job; return the outcomes in the order of `jobs`."""
    if not jobs:
        return []
    count = max(1, min(workers or default_jobs(), len(jobs)))
    pool: queue.Queue[WorkerProcess] = queue.Queue()
    started = [WorkerProcess() for _ in range(count)]
    try:
        for worker in started:
            worker.wait_ready()
            pool.put(worker)

        def run_one(job: Job) -> Outcome:
            worker = pool.get()
            try:
                return worker.run(job, cwd, timeout)
            finally:
                pool.put(worker)

        with ThreadPoolExecutor(max_workers=count) as executor:
            return list(executor.map(run_one, jobs))
    finally:
        for worker in started:
            worker.close()
