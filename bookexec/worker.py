"""A worker process: import the heavy libraries once, then run each snippet in a forked child.

Starting Python and importing torch and matplotlib costs far more than most snippets compute, so a
worker pays it once. Every snippet still runs in its own freshly forked child, so no snippet can
leak state (seeds, rcParams, open figures, globals) into another.

What a worker imports before forking is what its queued snippets need (`BOOKEXEC_WARM_UP`, see
runner.snippet_needs): torch, matplotlib, the first optimizer step, scikit-learn's data sets. A
snippet that needs something its worker did not preload simply imports it itself.

Protocol: one JSON object per line on stdin ({"path", "out", "cwd", "timeout", "needs"}), one
JSON object per line on stdout ({"status": "ok" | "error" | "timeout", "seconds", "error"}).
"""

import json
import os
import signal
import sys
import time
import traceback

SVG_SALT = "bookexec"


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
    return {
        "type": type(error).__name__,
        "message": str(error),
        "line": line,
        "traceback": "".join(text).rstrip(),
    }


def save_figures(out: str) -> list[dict]:
    """Every open figure as SVG, with its label (`plt.figure(label=...)`, shown by sliders)."""
    names = []
    if "matplotlib.pyplot" not in sys.modules:
        return names
    import matplotlib.pyplot as plt

    plt.rcParams["svg.hashsalt"] = SVG_SALT
    for index, number in enumerate(plt.get_fignums(), start=1):
        name = f"figure-{index}.svg"
        figure = plt.figure(number)
        figure.savefig(os.path.join(out, name), format="svg", metadata={"Date": None})
        names.append({"file": name, "label": figure.get_label()})
    return names


def run_child(job: dict) -> None:
    """In the forked child: run the snippet as `python <path>` would, then save its figures."""
    path, out = job["path"], job["out"]
    os.chdir(job["cwd"])
    sys.argv = [path]
    sys.path[0] = os.path.dirname(path)
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
    try:
        import runpy

        runpy.run_path(path, run_name="__main__")
        figures = save_figures(out)
        with open(os.path.join(out, "figures.json"), "w") as handle:
            json.dump(figures, handle)
    except BaseException as error:  # noqa: BLE001 - report everything, even SystemExit
        if isinstance(error, SystemExit) and error.code in (None, 0):
            figures = save_figures(out)
            with open(os.path.join(out, "figures.json"), "w") as handle:
                json.dump(figures, handle)
        else:
            with open(os.path.join(out, "error.json"), "w") as handle:
                json.dump(describe_error(error, path), handle)
            status = 1
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(status)


def run_job(job: dict) -> dict:
    started = time.perf_counter()
    child = os.fork()
    if child == 0:
        try:
            run_child(job)
        finally:
            os._exit(2)
    deadline = started + job["timeout"]
    while True:
        finished, status = os.waitpid(child, os.WNOHANG)
        if finished:
            break
        if time.perf_counter() > deadline:
            os.kill(child, signal.SIGKILL)
            os.waitpid(child, 0)
            return {"status": "timeout", "seconds": job["timeout"]}
        time.sleep(0.005)
    seconds = round(time.perf_counter() - started, 3)
    if os.waitstatus_to_exitcode(status) == 0:
        return {"status": "ok", "seconds": seconds}
    error_file = os.path.join(job["out"], "error.json")
    if os.path.exists(error_file):
        with open(error_file) as handle:
            error = json.load(handle)
    else:
        code = os.waitstatus_to_exitcode(status)
        error = {"type": "Crash", "message": f"exit status {code}", "line": None,
                 "traceback": ""}
    return {"status": "error", "seconds": seconds, "error": error}


def main() -> None:
    reply = sys.stdout
    sys.stdout = sys.stderr
    warm_up(set(filter(None, os.environ.get("BOOKEXEC_WARM_UP", "").split(","))))
    print(json.dumps({"status": "ready"}), file=reply, flush=True)
    for line in sys.stdin:
        if line.strip():
            print(json.dumps(run_job(json.loads(line))), file=reply, flush=True)


if __name__ == "__main__":
    main()
