"""The book on a CPU with a reduced instruction set: every assert and every quoted value holds.

PyTorch picks its kernels by the CPU's instruction set (AVX-512, AVX2, …), and different kernels
may add float32 numbers in a different order. A reader's computer is not the build machine, so
CI builds the whole book once more with every snippet limited to SSE4.1 kernels
(`ONEDNN_MAX_CPU_ISA=SSE41`, `ATEN_CPU_CAPABILITY=default`), with a cache of its own:

- the build passes `--strict`: every snippet runs and every assert in it holds there too;
- every value the prose quotes (`{{ value: … }}`) is the same there, and so is every printed
  output, within the stated tolerance of tests/outputs.py.

It costs a cold build (about a minute on two cores), so it is not part of `make test`; CI runs it
with `make test-isa` (pytest -m isa).
"""

from __future__ import annotations

import os

import pytest

from bookexec.cache import Store, environment_fingerprint, snippet_key
from bookexec.inline import printed_value, value_refs
from conftest import REPO, SNIPPETS, mkdocs, page_files, snippet_files
from outputs import differences

pytestmark = pytest.mark.isa
REDUCED = {"ONEDNN_MAX_CPU_ISA": "SSE41", "ATEN_CPU_CAPABILITY": "default"}


@pytest.fixture(scope="module")
def reduced_store(tmp_path_factory, built_site):
    cache = tmp_path_factory.mktemp("isa") / "snippets"
    result = mkdocs("build", "--strict", "-d", str(cache.parent / "site"), cwd=REPO,
                    env={**REDUCED, "BOOKEXEC_CACHE": str(cache)})
    assert result.returncode == 0, (result.stdout + result.stderr)[-6000:]
    return Store(cache)


def test_every_snippet_prints_the_same_under_the_reduced_instruction_set(reduced_store):
    fingerprint = environment_fingerprint()
    usual = Store(REPO / ".cache" / "snippets")
    problems, compared = [], 0
    for path in snippet_files():
        key = snippet_key(path, SNIPPETS, fingerprint)
        here, there = usual.get(key), reduced_store.get(key)
        if here is None or there is None:
            continue
        compared += 1
        for difference in differences(here.stdout, there.stdout):
            problems.append(f"snippets/{path.relative_to(SNIPPETS).as_posix()}: {difference}")
    assert compared > 150
    assert not problems, "\n".join(problems)


def test_every_quoted_value_holds_under_the_reduced_instruction_set(reduced_store):
    fingerprint = environment_fingerprint()
    usual = Store(REPO / ".cache" / "snippets")
    problems, compared = [], 0
    for page in page_files():
        for ref in value_refs(page.read_text(encoding="utf-8")):
            key = snippet_key(SNIPPETS / ref.path, SNIPPETS, fingerprint)
            here = printed_value(usual.get(key).stdout, ref.label)
            there = printed_value(reduced_store.get(key).stdout, ref.label)
            compared += 1
            if differences(here, there):
                problems.append(f"{page.name}:{ref.line}: {ref.label}: {here} here, "
                                f"{there} with {' '.join(f'{k}={v}' for k, v in REDUCED.items())}")
    assert compared > 0
    assert not problems, "\n".join(problems)


def test_the_variables_change_the_kernels_pytorch_picks():
    """The reduced build proves something only if PyTorch obeys the variables."""
    import subprocess
    import sys

    code = "import os, torch; print(os.environ.get('ATEN_CPU_CAPABILITY'), " \
           "torch.backends.cpu.get_cpu_capability())"
    out = subprocess.run([sys.executable, "-c", code], env={**os.environ, **REDUCED},
                         capture_output=True, text=True, check=True).stdout.split()
    assert out == ["default", "DEFAULT"]
