"""A worker process: import the heavy libraries once, then run each snippet in a forked child.

Starting Python and importing torch and matplotlib costs far more than most snippets compute, so a
worker pays it once. Every snippet still runs in its own freshly forked child, so no snippet can
leak state (seeds, rcParams, open figures, globals) into another.

The child sees only what a reader who copied the listing would have: its working directory is a
fresh empty temporary folder holding a copy of the snippet and of the helpers it imports,
`sys.path[0]` is that folder, `__file__` the copy and `sys.argv[0]` its name; stdin is
/dev/null, so `input()` fails at once. So a snippet cannot write into the repository, and one
that reads a repository file fails here as it would for the reader. The child leads its own
process group, killed as soon as it ends or times out, so no process it started outlives it.
Its stdout and stderr go to files in a second private folder; the worker reads them only after
the whole group is dead, caps stdout at MAX_STDOUT bytes, decodes it as UTF-8 and checks each
figure, and only then replies. Both folders are removed before the reply: nothing of a run is
left on disk, and nothing a stray process writes later can reach the cache.

What a worker imports before forking is what its queued snippets need (`BOOKEXEC_WARM_UP`, see
runner.snippet_needs): torch, matplotlib, the first optimizer step, scikit-learn's data sets. A
snippet that needs something its worker did not preload simply imports it itself.

Protocol: one JSON object per line on stdin ({"path", "files": [[source, name], ...],
"shown_dir" (the folder messages name instead of the temporary one, "snippets/07-x/"),
"timeout", "needs", "cells": [[name, first line, last line], ...] for a lab, else []}), one
JSON object per line on stdout ({"status": "ok" | "error" | "timeout", "seconds", "error",
"stdout", "stderr", "figures": [{"label", "svg"}], "cells": [{"name", "stdout": [start, end],
"figures": [start, end]}]}).
"""

import json
import os
import shutil
import signal
import sys
import tempfile
import time
import traceback

SVG_SALT = "bookexec"
MAX_STDOUT = 1024 * 1024  # bytes; a page is for reading
MAX_STDERR_SHOWN = 4000  # characters of stderr passed on to the build log
PARENT = os.getppid()


def warm_up(needs: set[str]) -> None:
    """Pay once, in the worker, for what many snippets would each pay: importing torch and
    matplotlib, the first saved figure, the first optimizer step (it imports torch._dynamo, about
    a second) and scikit-learn's data sets, each only when a queued snippet uses it."""
    if "matplotlib" in needs:
        import io

        import matplotlib.pyplot as plt

        figure = plt.figure()
        plt.plot([0, 1], [0, 1])
        plt.xlabel("$x$")
        figure.savefig(io.BytesIO(), format="svg")
        plt.close(figure)
    if "torch" in needs:
        import torch
        import torch.utils.data  # noqa: F401

        if "optim" in needs:
            weight = torch.zeros(2, requires_grad=True)
            for optimizer in (torch.optim.SGD([weight], lr=0.1), torch.optim.Adam([weight])):
                optimizer.zero_grad()
                (weight ** 2).sum().backward()
                optimizer.step()
    if "sklearn" in needs:
        import sklearn.datasets  # noqa: F401


def describe_error(error: BaseException, path: str) -> dict:
    """Type, message, line in the snippet, and the traceback from the snippet's frame down."""
    frames = traceback.extract_tb(error.__traceback__)
    first = next((i for i, f in enumerate(frames) if os.path.abspath(f.filename) == path), 0)
    in_snippet = [f for f in frames if os.path.abspath(f.filename) == path]
    line = in_snippet[-1].lineno if in_snippet else None
    if isinstance(error, SyntaxError) and os.path.abspath(error.filename or "") == path:
        line = error.lineno
    text = ["Traceback (most recent call last):\n", *traceback.format_list(frames[first:]),
            *traceback.format_exception_only(error)]
    described = {"type": type(error).__name__, "message": str(error), "line": line,
                 "traceback": "".join(text).rstrip()}
    if isinstance(error, SystemExit):
        described.update(type="Exit", message=(
            f"exited before the end of the file (sys.exit({error.code!r})); a snippet runs to "
            "its last line, so that every check after the exit runs too"))
    elif isinstance(error, EOFError) and "input" in described["traceback"]:
        described["message"] += " (a snippet gets no input: stdin is empty during the build)"
    return described


def save_figures(out: str, first: int = 1, close: bool = False) -> list[dict]:
    """Every open figure as SVG, with its label (`plt.figure(label=...)`, shown by sliders),
    numbered from `first`; `close` closes each once saved (a lab's cell shows its own)."""
    names = []
    if "matplotlib.pyplot" not in sys.modules:
        return names
    import matplotlib.pyplot as plt

    plt.rcParams["svg.hashsalt"] = SVG_SALT
    for index, number in enumerate(plt.get_fignums(), start=first):
        name = f"figure-{index}.svg"
        figure = plt.figure(number)
        figure.savefig(os.path.join(out, name), format="svg", metadata={"Date": None})
        names.append({"file": name, "label": figure.get_label()})
        if close:
            plt.close(figure)
    return names


def run_child(job: dict, work: str, out: str) -> None:
    """In the forked child: run the copy as `python <name>` would in an empty folder, then
    save its figures. `figures.json` is written only when the file ran to its end."""
    os.setpgid(0, 0)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    path = os.path.join(work, os.path.basename(job["path"]))
    os.chdir(work)
    sys.argv = [os.path.basename(path)]
    sys.path[0] = work
    null = os.open(os.devnull, os.O_RDONLY)
    os.dup2(null, 0)
    sys.stdin = open(0, closefd=False)
    stdout = open(os.path.join(out, "stdout.txt"), "w", encoding="utf-8")
    stderr = open(os.path.join(out, "stderr.txt"), "w", encoding="utf-8")
    os.dup2(stdout.fileno(), 1)
    os.dup2(stderr.fileno(), 2)
    sys.stdout, sys.stderr = stdout, stderr
    if "torch" in sys.modules:
        sys.modules["torch"].set_num_threads(1)  # else OMP_NUM_THREADS=1 (runner) does it
    if "matplotlib" in job["needs"] or "matplotlib.pyplot" in sys.modules:
        import matplotlib.pyplot as plt

        plt.show = lambda *args, **kwargs: None
    status = 0
    cell = {}
    try:
        if job.get("cells"):
            figures = run_cells(path, job["cells"], out, stdout, cell)
        else:
            run_as_main(path)
            figures = save_figures(out)
        with open(os.path.join(out, "figures.json"), "w") as handle:
            json.dump(figures, handle)
    except BaseException as error:  # noqa: BLE001 - report everything, even SystemExit
        described = describe_error(error, path)
        if cell:
            described["cell"] = cell["name"]
        with open(os.path.join(out, "error.json"), "w") as handle:
            json.dump(described, handle)
        status = 1
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(status)


def main_module(path: str):
    """A fresh `__main__` as `python <name>` run in its folder has: an absolute `__file__`,
    `sys.argv[0]` the bare name (runpy.run_path would set it to the path)."""
    import builtins
    import types

    main = types.ModuleType("__main__")
    main.__dict__.update(__file__=path, __cached__=None, __package__=None, __spec__=None,
                         __loader__=None, __builtins__=builtins)
    sys.modules["__main__"] = main
    return main


def run_as_main(path: str) -> None:
    main = main_module(path)
    with open(path, "rb") as handle:
        code = compile(handle.read(), path, "exec")
    exec(code, main.__dict__)


def run_cells(path: str, cells: list, out: str, stdout, current: dict) -> list[dict]:
    """A lab: the file's cells run one after another in one `__main__`, as a notebook runs
    them; after each, where its printed text ends and the figures it drew (saved, closed) are
    written to cells.json. Line numbers in tracebacks are the file's own."""
    main = main_module(path)
    with open(path, encoding="utf-8") as handle:
        lines = handle.read().splitlines(keepends=True)
    figures, recorded = [], []
    for name, first, last in cells:
        current["name"] = name
        code = compile("\n" * (first - 1) + "".join(lines[first - 1:last]), path, "exec")
        exec(code, main.__dict__)
        sys.stdout.flush()
        figures += save_figures(out, first=len(figures) + 1, close=True)
        recorded.append({"name": name, "stdout_end": os.lseek(stdout.fileno(), 0, os.SEEK_CUR),
                         "figures_end": len(figures)})
    with open(os.path.join(out, "cells.json"), "w") as handle:
        json.dump(recorded, handle)
    return figures


def kill_group(child: int) -> None:
    try:
        os.killpg(child, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


SIGNAL_HINTS = {
    "SIGKILL": "killed from outside; most often the out-of-memory killer: the snippet used "
               "too much memory",
    "SIGSEGV": "a segmentation fault: a crash inside compiled code such as torch, numpy or "
               "ctypes",
    "SIGABRT": "aborted by compiled code: an assertion inside a library failed",
    "SIGBUS": "a bus error: a crash inside compiled code",
    "SIGFPE": "an arithmetic fault inside compiled code",
}


def crash(code: int) -> dict:
    if code < 0:
        try:
            name = signal.Signals(-code).name
        except ValueError:
            name = f"signal {-code}"
        hint = SIGNAL_HINTS.get(name, signal.strsignal(-code) or "")
        message = f"killed by {name} ({hint})" if hint else f"killed by {name}"
    else:
        message = f"exit status {code} without a Python error"
    return {"type": "Crash", "message": message, "line": None, "traceback": ""}


def error_reply(seconds: float, type_: str, message: str, line=None) -> dict:
    return {"status": "error", "seconds": seconds,
            "error": {"type": type_, "message": message, "line": line, "traceback": ""}}


def collect(job: dict, work: str, out: str, status: int, seconds: float) -> dict:
    """The reply for a finished child, after checking what it left."""
    def read(name: str) -> bytes:
        try:
            with open(os.path.join(out, name), "rb") as handle:
                return handle.read()
        except FileNotFoundError:
            return b""

    raw_stderr = read("stderr.txt").decode("utf-8", errors="replace")
    stderr = raw_stderr.replace(work + os.sep, job["shown_dir"])
    code = os.waitstatus_to_exitcode(status)
    error_file = os.path.join(out, "error.json")
    if os.path.exists(error_file):
        with open(error_file) as handle:
            error = json.load(handle)
        for field in ("traceback", "message"):
            error[field] = error[field].replace(work + os.sep, job["shown_dir"])
        return {"status": "error", "seconds": seconds, "error": error}
    if code != 0:
        return {"status": "error", "seconds": seconds, "error": crash(code)}
    if not os.path.exists(os.path.join(out, "figures.json")):
        return error_reply(seconds, "Exit", "exited before the end of the file (os._exit, or "
                           "a process that ended it early)")
    data = read("stdout.txt")
    if len(data) > MAX_STDOUT:
        return too_much(seconds, len(data))
    try:
        stdout = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        return error_reply(seconds, "Output", f"printed bytes that are not UTF-8 (byte "
                           f"0x{data[error.start]:02x} on line {line} of its output); print "
                           "text, or decode bytes before printing them")
    figures = []
    with open(os.path.join(out, "figures.json")) as handle:
        listed = json.load(handle)
    for figure in listed:
        svg = read(figure["file"])
        if not svg.rstrip().endswith(b"</svg>"):
            return error_reply(seconds, "Figure", f"{figure['file']} is not a complete SVG")
        figures.append({"label": figure["label"], "svg": svg.decode("utf-8")})
    cells, start, shown = [], 0, 0
    if os.path.exists(os.path.join(out, "cells.json")):
        with open(os.path.join(out, "cells.json")) as handle:
            for cell in json.load(handle):  # byte offsets to character offsets
                end = len(data[:cell["stdout_end"]].decode("utf-8", errors="replace"))
                cells.append({"name": cell["name"], "stdout": [start, end],
                              "figures": [shown, cell["figures_end"]]})
                start, shown = end, cell["figures_end"]
    if len(stderr) > MAX_STDERR_SHOWN:
        stderr = stderr[:MAX_STDERR_SHOWN] + "\n… (stderr cut here)\n"
    return {"status": "ok", "seconds": seconds, "stdout": stdout, "stderr": stderr,
            "figures": figures, "cells": cells}


def too_much(seconds: float, size: int) -> dict:
    return error_reply(seconds, "Output", f"printed more than {MAX_STDOUT // 1024} KiB "
                       f"(at least {size:,} bytes) to stdout; a page is for reading: print a "
                       "summary, or every n-th step")


def run_job(job: dict) -> dict:
    work = tempfile.mkdtemp(prefix="bookexec-run-")
    out = tempfile.mkdtemp(prefix="bookexec-out-")
    child = None
    try:
        for source, name in job["files"]:
            target = os.path.join(work, name)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            shutil.copyfile(source, target)
        started = time.perf_counter()
        child = os.fork()
        if child == 0:
            try:
                run_child(job, work, out)
            finally:
                os._exit(2)
        try:
            os.setpgid(child, child)  # also done by the child: whichever runs first
        except (PermissionError, ProcessLookupError):
            pass
        deadline = started + job["timeout"]
        stdout_file = os.path.join(out, "stdout.txt")
        checks = 0
        while True:
            finished, status = os.waitpid(child, os.WNOHANG)
            if finished:
                break
            now = time.perf_counter()
            if now > deadline:
                kill_group(child)
                os.waitpid(child, 0)
                return {"status": "timeout", "seconds": job["timeout"]}
            checks += 1
            if checks % 20 == 0:
                if os.getppid() != PARENT:  # the build was killed: stop, clean up, go
                    kill_group(child)
                    os.waitpid(child, 0)
                    raise SystemExit(1)
                try:
                    size = os.path.getsize(stdout_file)
                except OSError:
                    size = 0
                if size > MAX_STDOUT:
                    kill_group(child)
                    os.waitpid(child, 0)
                    return too_much(round(now - started, 3), size)
            time.sleep(0.005)
        kill_group(child)  # whatever the snippet started dies with it
        seconds = round(time.perf_counter() - started, 3)
        return collect(job, work, out, status, seconds)
    finally:
        if child:
            kill_group(child)
        shutil.rmtree(work, ignore_errors=True)
        shutil.rmtree(out, ignore_errors=True)


def stop(signum, frame):
    raise SystemExit(128 + signum)


def main() -> None:
    reply = sys.stdout
    sys.stdout = sys.stderr
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the build decides; it sends SIGTERM
    signal.signal(signal.SIGTERM, stop)  # run_job's `finally` kills the child and cleans up
    warm_up(set(filter(None, os.environ.get("BOOKEXEC_WARM_UP", "").split(","))))
    print(json.dumps({"status": "ready"}), file=reply, flush=True)
    for line in sys.stdin:
        if line.strip():
            print(json.dumps(run_job(json.loads(line))), file=reply, flush=True)


if __name__ == "__main__":
    main()
