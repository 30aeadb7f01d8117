"""Find the snippet directives a page asks for, and cut named sections out of snippets.

A directive is an HTML comment on a line of its own (see CONTRIBUTING.md):

    <!-- snippet: 02-derivatives/01_slope.py -->
    <!-- snippet: 02-derivatives/01_slope.py#setup -->
    <!-- output: 02-derivatives/02_fig_tangent.py alt="..." -->
"""

from __future__ import annotations

import difflib
import re
import shlex
from dataclasses import dataclass, field
from pathlib import PurePosixPath

DIRECTIVE = re.compile(
    r"^(?P<indent>[ \t]*)<!--\s*(?P<kind>snippet|output)\s*:\s*(?P<args>.*?)\s*-->\s*$"
)
FENCE = re.compile(r"^[ \t]*(`{3,}|~{3,})")
# slider: show the figures one at a time, chosen with a slider;
# fold: show the output and figures, and the code in a collapsed block under them
# solution: (labs) a "your turn" answer, collapsed on the page and in Jupyter
FLAGS = {"slider", "fold", "solution"}
SECTION_MARK = re.compile(r"^\s*#\s*--8<--\s*\[(?P<which>start|end):(?P<name>[\w-]+)\]\s*$")
# Any comment on a line of its own that starts with a word: checked against the directive names,
# so that `<!-- snipet: x.py -->`, `<!-- output x.py -->` or `<!-- Snippet: x.py -->` is an error
# instead of a line that silently shows nothing.
COMMENT = re.compile(r"^[ \t]*<!--\s*(?P<word>[A-Za-z_-]+)(?P<colon>\s*:)?(?P<rest>.*?)-->\s*$")
KINDS = ("snippet", "output")


class DirectiveError(ValueError):
    """A directive that cannot be understood, or a section that does not exist."""


@dataclass(frozen=True)
class Directive:
    kind: str  # "snippet" or "output"
    path: str  # relative to snippets/, e.g. "02-derivatives/01_slope.py"
    section: str | None
    alts: tuple[str, ...]
    line: int  # 1-based line in the page source
    indent: str
    options: frozenset[str] = field(default_factory=frozenset)

    @property
    def shows_output(self) -> bool:
        return self.kind == "output" or (self.kind == "snippet" and self.section is None)

    @property
    def shows_code(self) -> bool:
        return self.kind == "snippet"


def parse_args(args: str, line: int) -> tuple[str, str | None, tuple[str, ...]]:
    try:
        words = shlex.split(args)
    except ValueError as error:
        raise DirectiveError(f"line {line}: cannot parse directive arguments: {error}")
    if not words:
        raise DirectiveError(f"line {line}: directive names no snippet")
    target, *rest = words
    path, _, section = target.partition("#")
    if not path.endswith(".py"):
        raise DirectiveError(f"line {line}: '{target}' is not a .py snippet path")
    check_path(path, line)
    alts, flags = [], set()
    for word in rest:
        key, eq, value = word.partition("=")
        if key == "alt" and eq:
            alts.append(value)
        elif word in FLAGS:
            flags.add(word)
        else:
            raise DirectiveError(f"line {line}: unknown directive option '{word}'")
    return path, section or None, tuple(alts), frozenset(flags)


def misspelt(text: str) -> str | None:
    """The directive name a comment line seems to mean, when it is not written as one."""
    match = COMMENT.match(text)
    if not match:
        return None
    word = match["word"]
    meant = difflib.get_close_matches(word.lower(), KINDS, n=1, cutoff=0.75)
    if not meant:
        return None
    if word == meant[0] and match["colon"]:
        return None  # well formed name and colon (DIRECTIVE did not match for another reason)
    if match["colon"] or ".py" in match["rest"]:
        return meant[0]
    return None


def check_path(path: str, line: int) -> None:
    """A snippet path must stay inside snippets/: relative, no '..', no drive, no backslash."""
    parts = PurePosixPath(path).parts
    if "\\" in path or path.startswith("/") or ":" in path or ".." in parts:
        raise DirectiveError(f"line {line}: '{path}' is not a path inside snippets/ (write it "
                             "relative to snippets/, as CHAPTER/NN_name.py, without '..')")


def find_directives(markdown: str) -> list[Directive]:
    """Every directive in a page, in page order; directives inside code fences are text.

    A comment that looks like a misspelt directive is an error, and so is a directive swallowed
    by a code fence that is never closed."""
    found = []
    fence: str | None = None
    fence_line = 0
    swallowed: int | None = None
    for number, text in enumerate(markdown.splitlines(), start=1):
        opening = FENCE.match(text)
        if fence is not None:
            if opening and opening.group(1)[0] == fence[0] and len(opening.group(1)) >= len(fence):
                fence, swallowed = None, None
            elif swallowed is None and (DIRECTIVE.match(text) or misspelt(text)):
                swallowed = number
            continue
        if opening:
            fence, fence_line = opening.group(1), number
            continue
        match = DIRECTIVE.match(text)
        if match:
            path, section, alts, flags = parse_args(match["args"], number)
            found.append(
                Directive(match["kind"], path, section, alts, number, match["indent"], flags)
            )
            continue
        meant = misspelt(text)
        if meant:
            raise DirectiveError(f"line {number}: '{text.strip()}' looks like a misspelt "
                                 f"directive; write it as <!-- {meant}: CHAPTER/NN_name.py -->")
    if fence is not None and swallowed is not None:
        raise DirectiveError(f"line {swallowed}: this directive is inside the code fence "
                             f"opened at line {fence_line} ({fence}), which is never closed")
    return found


def strip_markers(source: str) -> str:
    """The snippet as a reader sees it: section markers removed."""
    kept = [line for line in source.splitlines() if not SECTION_MARK.match(line)]
    return "\n".join(kept).strip("\n") + "\n"


def extract_section(source: str, name: str) -> str:
    """The lines between `# --8<-- [start:name]` and `# --8<-- [end:name]`, markers removed.

    A section may be opened and closed more than once (its parts are joined); a start without
    its end, or an end without its start, is an error naming the line."""
    started: int | None = None
    seen = False
    kept: list[str] = []
    for number, line in enumerate(source.splitlines(), start=1):
        mark = SECTION_MARK.match(line)
        if mark and mark["name"] == name:
            seen = True
            if mark["which"] == "start":
                if started is not None:
                    raise DirectiveError(f"line {number}: section '{name}' starts again "
                                         f"before its end (it started at line {started})")
                started = number
            else:
                if started is None:
                    raise DirectiveError(f"line {number}: section '{name}' ends without a "
                                         "start marker")
                started = None
            continue
        if mark:
            continue
        if started is not None:
            kept.append(line)
    if started is not None:
        raise DirectiveError(f"line {started}: section '{name}' starts here but never ends "
                             f"(add `# --8<-- [end:{name}]`)")
    if not seen or not kept:
        known = sorted({m["name"] for m in map(SECTION_MARK.match, source.splitlines()) if m})
        raise DirectiveError(f"section '{name}' not found (sections in this file: "
                             f"{', '.join(known) or 'none'})")
    return "\n".join(kept).strip("\n") + "\n"


def cells(source: str) -> list[tuple[str, int, int]]:
    """A lab program cut into notebook cells: (section name, first line, last line), markers
    included, in file order. Every line that is not blank must belong to exactly one section,
    so that running the cells in order runs the whole file."""
    found: list[tuple[str, int, int]] = []
    open_name, open_line = None, 0
    for number, line in enumerate(source.splitlines(), start=1):
        mark = SECTION_MARK.match(line)
        if mark and mark["which"] == "start":
            if open_name is not None:
                raise DirectiveError(f"line {number}: section '{mark['name']}' starts inside "
                                     f"section '{open_name}' (a lab's cells do not nest)")
            if any(name == mark["name"] for name, _, _ in found):
                raise DirectiveError(f"line {number}: section '{mark['name']}' appears twice "
                                     "(each cell of a lab has its own name)")
            open_name, open_line = mark["name"], number
        elif mark:
            if mark["name"] != open_name:
                raise DirectiveError(f"line {number}: end of section '{mark['name']}', but "
                                     f"the open section is {open_name or 'none'}")
            found.append((open_name, open_line, number))
            open_name = None
        elif open_name is None and line.strip():
            raise DirectiveError(f"line {number}: code outside every section (in a lab, each "
                                 "line belongs to a cell: put it inside a section)")
    if open_name is not None:
        raise DirectiveError(f"line {open_line}: section '{open_name}' starts here but never "
                             f"ends (add `# --8<-- [end:{open_name}]`)")
    return found
