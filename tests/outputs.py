"""Comparing two runs of the same program: the text exactly, the numbers within a tolerance.

Two runs of a snippet (the build's and a notebook kernel's, or a fresh interpreter's) may add
float32 numbers in a different order (thread count, instruction set), which moves the last digit
of a printed value. Snippets print at the precision their arithmetic carries, so the tolerance
is stated once, here: a printed number may differ from the other run's by at most
RELATIVE (0.1 %) of its size, or ABSOLUTE for values near zero. Everything that is not a number
must be identical.
"""

from __future__ import annotations

import math
import re

RELATIVE = 1e-3
ABSOLUTE = 1e-12
NUMBER = re.compile(r"[-+]?(?:\d+\.\d*|\.\d+|\d+)(?:[eE][-+]?\d+)?")


def differences(expected: str, actual: str) -> list[str]:
    """What differs between two outputs beyond the tolerance, line by line (empty: the same)."""
    found = []
    left, right = expected.splitlines(), actual.splitlines()
    if len(left) != len(right):
        return [f"{len(left)} lines expected, {len(right)} printed"]
    for number, (a, b) in enumerate(zip(left, right), start=1):
        if NUMBER.sub("#", a) != NUMBER.sub("#", b):
            found.append(f"line {number}: text differs: {a!r} != {b!r}")
            continue
        for x, y in zip(NUMBER.findall(a), NUMBER.findall(b)):
            if not math.isclose(float(x), float(y), rel_tol=RELATIVE, abs_tol=ABSOLUTE):
                found.append(f"line {number}: {x} != {y} (beyond {RELATIVE:g} relative)")
    return found


def assert_same_output(expected: str, actual: str, where: str = "") -> None:
    found = differences(expected, actual)
    assert not found, f"{where}: " + "; ".join(found[:5])
