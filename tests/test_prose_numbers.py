"""A number the prose quotes from a run is rendered from that run, never typed by hand.

For every page, the results its snippets printed are compared with the numbers in its prose
and alt texts. Code is excluded, and so are formulas: a number inside `$…$` is a step of a
derivation the text carries out by hand (the page's check section asserts it against the code),
not a quote of a run. A printed number that the snippet's own
source does not contain is a result of the run (an input such as a learning rate or a seed is
in the source; so is a value the snippet asserts). If the prose writes such a result — exactly
as printed, rounded to fewer decimals, or as a percentage — outside a `{{ value: … }}`
directive, the test names page:line: bind it with `{{ value: snippet "label" }}` or assert it in
the snippet. Numbers with fewer than three significant digits (0.5, 2.5, 12) are not checked:
they are as likely an input, a shape or a value derived by hand in the text.
"""

from __future__ import annotations

import re

import pytest

from bookexec.cache import Store, environment_fingerprint, sandbox_files, snippet_key
from bookexec.directives import find_directives
from bookexec.inline import INLINE, prose_lines, value_refs
from conftest import REPO, SNIPPETS, lab_files, page_files

# ASCII word characters only around a number: Korean particles follow numbers directly (68%의).
NUMBER = re.compile(r"(?<![A-Za-z0-9_.\-/])(\d+(?:\.\d+)?(?:e[-+]?\d+)?)(%?)(?![A-Za-z0-9_/])")
INLINE_CODE = re.compile(r"`[^`]*`")
INLINE_MATH = re.compile(r"\$[^$]+\$")


def numbers(text: str) -> set[str]:
    return {match.group(1) for match in NUMBER.finditer(text)}


def decimals(token: str) -> int:
    mantissa = token.split("e")[0]
    return len(mantissa.split(".")[1]) if "." in mantissa else 0


def significant_digits(token: str) -> int:
    mantissa = token.split("e")[0].replace(".", "").lstrip("0")
    return len(mantissa.rstrip("0")) if "." not in token.split("e")[0] else len(mantissa)


def is_result_worth_checking(token: str) -> bool:
    """A printed number precise enough that writing it in the prose means quoting the run:
    three significant digits or more (0.947, 19.89, 447). Shorter ones (0.5, 2.5, 12) are as
    likely an input, a shape or a value anyone derives by hand."""
    return significant_digits(token) >= 3


def quotes(prose: str, percent: bool, result: str) -> bool:
    """Does the prose number `prose` write the printed `result` (exactly, rounded, or as %)?"""
    value, printed = float(prose), float(result)
    if prose == result:
        return True
    places = decimals(prose)
    if percent:
        return 0 < printed <= 1 and round(printed * 100, places) == value and printed * 100 != 0
    if places == 0 or printed == 0 or significant_digits(prose) < 3:
        return False
    return round(printed, places) == value and decimals(result) > places


def printed_results(snippets: set[str], stored) -> dict[str, str]:
    """Result token → the snippet that printed it."""
    found = {}
    for snippet in sorted(snippets):
        result = stored(snippet)
        assert result is not None, f"no stored run of snippets/{snippet} as it is now"
        inputs = set()  # the snippet's own numbers and those of the helpers it imports
        for source, _ in sandbox_files(SNIPPETS / snippet, SNIPPETS):
            if source.suffix == ".py":
                inputs |= numbers(source.read_text(encoding="utf-8"))
        for token in numbers(result.stdout) - inputs:
            if is_result_worth_checking(token):
                found.setdefault(token, snippet)
    return found


def unbound_quotes(markdown: str, results: dict[str, str]) -> list[tuple[int, str, str]]:
    hits = []
    in_display_math = False
    for number, line in prose_lines(markdown):
        if line.strip().startswith("$$"):
            in_display_math = not (in_display_math or line.strip().endswith("$$")
                                   and len(line.strip()) > 2)
            continue
        if in_display_math:
            continue
        text = INLINE_MATH.sub(" ", INLINE_CODE.sub(" ", INLINE.sub(" ", line)))
        for match in NUMBER.finditer(text):
            token, percent = match.group(1), bool(match.group(2))
            if significant_digits(token) < (2 if percent else 3):
                continue
            for result, snippet in results.items():
                if quotes(token, percent, result):
                    hits.append((number, token + match.group(2), f"{snippet} printed {result}"))
                    break
    return hits


@pytest.fixture(scope="module")
def stored(built_site):
    store = Store(REPO / ".cache" / "snippets")
    fingerprint = environment_fingerprint()
    return lambda snippet: store.get(snippet_key(SNIPPETS / snippet, SNIPPETS, fingerprint))


def test_quote_matching_sees_exact_rounded_and_percent_quotes():
    assert quotes("0.9467", False, "0.9467")
    assert quotes("0.947", False, "0.9467")
    assert quotes("94.7", True, "0.9467")
    assert quotes("0.951", False, "0.95123")      # rounded to 3 places: still a quote
    assert not quotes("3", False, "3.2")          # whole numbers are not rounded quotes
    assert not quotes("0.5", False, "0.4")
    assert significant_digits("0.0269384") == 6 and significant_digits("450") == 2
    assert significant_digits("447") == 3 and significant_digits("1.50") == 3
    markdown = ("The accuracy was 0.9467 and {{ value: a.py \"acc\" }} and `0.9467` in code, "
                "$0.9467$ in a formula.\n$$\n0.9467\n$$\n")
    assert unbound_quotes(markdown, {"0.9467": "a.py"}) == [(1, "0.9467", "a.py printed 0.9467")]


def pages_and_labs() -> list:
    return page_files() + lab_files()


@pytest.mark.parametrize("page", pages_and_labs(), ids=lambda p: p.name)
def test_prose_numbers_from_a_run_are_bound_to_it(page, stored):
    markdown = page.read_text(encoding="utf-8")
    snippets = {d.path for d in find_directives(markdown)} | {r.path for r in value_refs(markdown)}
    hits = unbound_quotes(markdown, printed_results(snippets, stored))
    where = page.relative_to(REPO).as_posix()
    assert not hits, "numbers quoted from a run but typed by hand (bind them with " \
        "{{ value: … }} or assert them in the snippet):\n" + "\n".join(
            f"  {where}:{line}: {token} ({origin})" for line, token, origin in hits)


if __name__ == "__main__":  # python tests/test_prose_numbers.py: the same check, on the cache
    store = Store(REPO / ".cache" / "snippets")
    fingerprint = environment_fingerprint()

    def stored_now(snippet):
        return store.get(snippet_key(SNIPPETS / snippet, SNIPPETS, fingerprint))

    for page in pages_and_labs():
        markdown = page.read_text(encoding="utf-8")
        used = {d.path for d in find_directives(markdown)} | {r.path for r in value_refs(markdown)}
        for line, token, origin in unbound_quotes(markdown, printed_results(used, stored_now)):
            print(f"{page.relative_to(REPO).as_posix()}:{line}: {token} ({origin})")
