"""The book's glossary: one YAML file, two uses.

`includes/glossary.yml` lists every technical term once (Korean, English, a one-line definition in
each language, and the section that teaches it). From it the build makes

- the glossary page of each language (the `<!-- glossary -->` line of docs/glossary.*.md), and
- the hover tooltips: abbreviation lines (`*[term]: definition`) appended to every page, so the
  theme shows the definition wherever the term appears. Korean nouns take particles
  (편미분은, 편미분을), so the common particle forms of each Korean term are listed too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

PARTICLES = ("은", "는", "이", "가", "을", "를", "의", "에", "에서", "과", "와", "로", "으로",
             "도", "만", "이다", "입니다")
GLOSSARY_LINE = re.compile(r"^(?P<indent>[ \t]*)<!--\s*glossary\s*-->\s*$", re.M)
HEADERS = {
    "ko": "| 용어 | English | 뜻 | 배우는 곳 |\n| --- | --- | --- | --- |",
    "en": "| Term | 한국어 | Meaning | Where it is taught |\n| --- | --- | --- | --- |",
}


@dataclass(frozen=True)
class Entry:
    ko: str
    en: str
    ko_def: str
    en_def: str
    ko_link: str
    en_link: str
    abbr: str | None = None

    def term(self, language: str) -> str:
        return self.ko if language == "ko" else self.en

    def definition(self, language: str) -> str:
        return self.ko_def if language == "ko" else self.en_def

    def link(self, language: str) -> str:
        return self.ko_link if language == "ko" else self.en_link


def load(path: Path) -> list[Entry]:
    if not path.is_file():
        return []
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    return [Entry(**item) for item in raw]


def tooltip(entry: Entry, language: str) -> str:
    other = entry.en if language == "ko" else entry.ko
    text = f"{other} — {entry.definition(language)}"
    return text.replace("\n", " ")


def abbreviations(entries: list[Entry], language: str) -> str:
    """Abbreviation lines for one language, longest terms first."""
    lines = {}
    for entry in entries:
        words = [entry.term(language)]
        if entry.abbr:
            words.append(entry.abbr)
        if language == "ko":
            words += [entry.ko + particle for particle in PARTICLES]
        for word in words:
            lines.setdefault(word, tooltip(entry, language))
    ordered = sorted(lines.items(), key=lambda item: -len(item[0]))
    return "\n".join(f"*[{word}]: {text}" for word, text in ordered)


def table(entries: list[Entry], language: str, link_prefix: str = "") -> str:
    """The glossary page's table, sorted by the term in the page's language."""
    other = "en" if language == "ko" else "ko"
    rows = [HEADERS[language]]
    for entry in sorted(entries, key=lambda e: e.term(language).lower()):
        link = entry.link(language)
        page, _, anchor = link.partition("#")
        number = page.split("-")[0] if page[:2].isdigit() else page.removesuffix(".md")
        place = f"{number} · {anchor.replace('-', ' ')}" if anchor else number
        abbr = f" ({entry.abbr})" if entry.abbr else ""
        cell = lambda text: text.replace("|", "\\|")  # noqa: E731
        rows.append(f"| **{cell(entry.term(language))}**{abbr} | {cell(entry.term(other))} | "
                    f"{cell(entry.definition(language))} | [{place}]({link_prefix}{link}) |")
    return "\n".join(rows)
