"""Find the snippet directives a page asks for, and cut named sections out of snippets.

A directive is an HTML comment on a line of its own (see CONTRIBUTING.md):

    <!-- snippet: 02-derivatives/01_slope.py -->
    <!-- snippet: 02-derivatives/01_slope.py#setup -->
    <!-- output: 02-derivatives/02_fig_tangent.py alt="..." -->
"""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass, field

DIRECTIVE = re.compile(
    r"^(?P<indent>[ \t]*)<!--\s*(?P<kind>snippet|output)\s*:\s*(?P<args>.*?)\s*-->\s*$"
)
FENCE = re.compile(r"^[ \t]*(`{3,}|~{3,})")
# slider: show the figures one at a time, chosen with a slider;
# fold: show the output and figures, and the code in a collapsed block under them
FLAGS = {"slider", "fold"}
SECTION_MARK = re.compile(r"^\s*#\s*--8<--\s*\[(?P<which>start|end):(?P<name>[\w-]+)\]\s*$")


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


def find_directives(markdown: str) -> list[Directive]:
    """Every directive in a page, in page order; directives inside code fences are text."""
    found = []
    fence: str | None = None
    for number, text in enumerate(markdown.splitlines(), start=1):
        opening = FENCE.match(text)
        if fence is not None:
            if opening and opening.group(1)[0] == fence[0] and len(opening.group(1)) >= len(fence):
                fence = None
            continue
        if opening:
            fence = opening.group(1)
            continue
        match = DIRECTIVE.match(text)
        if match:
            path, section, alts, flags = parse_args(match["args"], number)
            found.append(
                Directive(match["kind"], path, section, alts, number, match["indent"], flags)
            )
    return found


def strip_markers(source: str) -> str:
    """The snippet as a reader sees it: section markers removed."""
    kept = [line for line in source.splitlines() if not SECTION_MARK.match(line)]
    return "\n".join(kept).strip("\n") + "\n"


def extract_section(source: str, name: str) -> str:
    """The lines between `# --8<-- [start:name]` and `# --8<-- [end:name]`, markers removed."""
    inside = False
    seen = False
    kept: list[str] = []
    for line in source.splitlines():
        mark = SECTION_MARK.match(line)
        if mark and mark["name"] == name:
            inside = mark["which"] == "start"
            seen = True
            continue
        if mark:
            continue
        if inside:
            kept.append(line)
    if not seen or not kept:
        raise DirectiveError(f"section '{name}' not found")
    return "\n".join(kept).strip("\n") + "\n"
