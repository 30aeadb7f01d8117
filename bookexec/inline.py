"""Inline directives: numbers from a run and chapter references, written inside a sentence.

    {{ value: 16-dnn-and-cnn/04_cnn.py "test accuracy" }}        the text after `test accuracy:`
    {{ value: 08-gradient-descent/02_lr.py "final loss" :.3f }}  … formatted as a number
    {{ chapter: 08-gradient-descent }}                           "8장" / "Chapter 8"
    {{ title: 08-gradient-descent }}                             that chapter's title

A value is looked up in the stdout of the snippet's last run: exactly one line must start with
the label followed by a colon, and the rest of that line is the value. The prose therefore
always says what the code printed, in both languages, and a label that is missing, ambiguous or
misspelt fails the build with the page and line. Chapter numbers come from the order of the
navigation and titles from each page's first heading, so a reference cannot drift when a
chapter moves or is renamed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

INLINE = re.compile(r"\{\{\s*(?P<kind>[a-z]+)\s*:\s*(?P<args>[^{}]*?)\s*\}\}")
KINDS = {"value", "chapter", "title"}
VALUE_ARGS = re.compile(r'^(?P<path>\S+\.py)\s+"(?P<label>[^"]+)"(?:\s+(?P<spec>:\S+))?$')
FENCE = re.compile(r"^[ \t]*(`{3,}|~{3,})")
NOT_RUN = "…"


class InlineError(ValueError):
    """An inline directive that cannot be resolved; the message names the line."""


@dataclass(frozen=True)
class ValueRef:
    path: str
    label: str
    spec: str | None
    line: int


def prose_lines(markdown: str):
    """(line number, text) of every line outside fenced code blocks."""
    fence = None
    for number, text in enumerate(markdown.split("\n"), start=1):
        opening = FENCE.match(text)
        if fence is not None:
            if opening and opening.group(1)[0] == fence[0] and len(opening.group(1)) >= len(fence):
                fence = None
            continue
        if opening:
            fence = opening.group(1)
            continue
        yield number, text


def parse_value(args: str, line: int) -> ValueRef:
    match = VALUE_ARGS.match(args)
    if not match:
        raise InlineError(f'line {line}: value directive wants `path.py "label"` '
                          f"(optionally `:format`), got '{args}'")
    return ValueRef(match["path"], match["label"], match["spec"], line)


def value_refs(markdown: str) -> list[ValueRef]:
    """Every `{{ value: … }}` of a page, so the build can run the snippets they name."""
    found = []
    for number, text in prose_lines(markdown):
        for match in INLINE.finditer(text):
            if match["kind"] == "value":
                found.append(parse_value(match["args"], number))
    return found


def printed_value(stdout: str, label: str) -> str:
    """The rest of the one line of `stdout` that starts with `label:`."""
    found = [line[len(label) + 1:].strip() for line in stdout.splitlines()
             if line.startswith(label + ":")]
    if len(found) != 1:
        problem = "prints no line" if not found else f"prints {len(found)} lines"
        raise InlineError(f'{problem} starting with "{label}:"')
    return found[0]


def formatted(value: str, spec: str | None) -> str:
    if spec is None:
        return value
    try:  # the first word after the label: "w: 1.971  b: 0.066" formats 1.971
        return format(float(value.split()[0].rstrip("%,;")), spec[1:])
    except ValueError as error:
        raise InlineError(f"cannot format '{value}' with '{spec}': {error}") from None


@dataclass
class Chapters:
    """Chapter slugs in reading order and each page's title per language."""

    order: list[str]
    titles: dict[tuple[str, str], str]  # (slug, language) -> title

    def number(self, slug: str) -> int:
        return self.order.index(slug) + 1

    def reference(self, slug: str, language: str) -> str:
        return f"{self.number(slug)}장" if language == "ko" else f"Chapter {self.number(slug)}"


def render(markdown: str, language: str, stdout_of, chapters: Chapters | None) -> str:
    """The page with every inline directive replaced.

    `stdout_of(path)` returns a snippet's stored stdout, or None when this build did not run it
    (BOOKEXEC=off or BOOKEXEC_ONLY): the value is then shown as "…".
    """
    lines = markdown.split("\n")
    for number, text in prose_lines(markdown):
        def replace(match: re.Match) -> str:
            kind, args = match["kind"], match["args"]
            if kind == "value":
                ref = parse_value(args, number)
                stdout = stdout_of(ref.path)
                if stdout is None:
                    return NOT_RUN
                try:
                    return formatted(printed_value(stdout, ref.label), ref.spec)
                except InlineError as error:
                    raise InlineError(f"line {number}: snippets/{ref.path} {error}") from None
            if kind in ("chapter", "title"):
                slug = args.split("#")[0].removesuffix(".md")
                if chapters is None or slug not in chapters.order:
                    raise InlineError(f"line {number}: '{slug}' is not a chapter in the nav")
                if kind == "chapter":
                    return chapters.reference(slug, language)
                return chapters.titles[(slug, language)]
            raise InlineError(f"line {number}: unknown inline directive '{kind}' "
                              f"(known: {', '.join(sorted(KINDS))})")

        lines[number - 1] = INLINE.sub(replace, text)
    return "\n".join(lines)


def nav_pages(nav) -> list[str]:
    """The page paths of an mkdocs.yml nav, in order (sections flattened)."""
    pages = []
    for item in nav:
        value = next(iter(item.values())) if isinstance(item, dict) else item
        pages += nav_pages(value) if isinstance(value, list) else [value]
    return pages


def read_nav(mkdocs_yml) -> list[str]:
    """The nav's pages, read from mkdocs.yml without MkDocs (its Python tags are ignored)."""
    import yaml

    class Loader(yaml.SafeLoader):
        pass

    Loader.add_multi_constructor("", lambda loader, suffix, node: None)
    with open(mkdocs_yml, encoding="utf-8") as config:
        return nav_pages(yaml.load(config, Loader=Loader).get("nav") or [])
