"""The book's glossary: one YAML file, two uses.

`includes/glossary.yml` lists every technical term once (Korean, English, a one-line definition in
each language, and the section that teaches it). From it the build makes

- the glossary page of each language (the `<!-- glossary -->` line of docs/glossary.*.md), and
- the hover tooltips: wherever a term appears in a page's prose, it is wrapped in
  `<abbr title="definition">` (what Markdown's abbreviations produce, styled by the theme's
  tooltips). One regular expression per language does this after the page is rendered: Python
  Markdown's own abbreviations cost a pattern each, and with every Korean particle form
  (편미분은, 편미분을 …) that made a build minutes slower. Korean nouns take particles, so a Korean
  term matches at the start of a word whatever follows; an English term matches as a whole word,
  plural included. Code, links, headings, math and the titles of collapsible blocks
  (`??? success "정답"`: an exercise's answer, not the target) are left alone.

The glossary also decides the one form of each term: `ko_avoid` / `en_avoid` list the forms the
book does not use for that idea (the page shows them after the definition), `ko_allow` /
`en_allow` longer phrases in which an avoided form is fine (직선의 기울기: a slope, not a
gradient), and `avoid_ok_in` the chapters where the avoided forms are fine (표본 in the
probability chapter). tests/test_style.py fails on an avoided form in any page's prose.
"""

from __future__ import annotations

import html as html_lib
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

SKIPPED_TAGS = {"code", "pre", "a", "abbr", "script", "style", "h1", "h2", "h3", "h4", "h5",
                "h6", "svg", "button", "label", "kbd", "figcaption", "img", "summary"}
TAG = re.compile(r"<(/?)([a-zA-Z][\w-]*)([^>]*)>")
GLOSSARY_LINE = re.compile(r"^(?P<indent>[ \t]*)<!--\s*glossary\s*-->\s*$", re.M)
AVOID = {"ko": "쓰지 않는 말", "en": "not"}
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
    ko_avoid: tuple[str, ...] = ()
    en_avoid: tuple[str, ...] = ()
    ko_allow: tuple[str, ...] = ()
    en_allow: tuple[str, ...] = ()
    avoid_ok_in: tuple[str, ...] = ()

    def avoided(self, language: str) -> tuple[str, ...]:
        return self.ko_avoid if language == "ko" else self.en_avoid

    def allowed(self, language: str) -> tuple[str, ...]:
        return self.ko_allow if language == "ko" else self.en_allow

    def term(self, language: str) -> str:
        return self.ko if language == "ko" else self.en

    def definition(self, language: str) -> str:
        return self.ko_def if language == "ko" else self.en_def

    def link(self, language: str) -> str:
        return self.ko_link if language == "ko" else self.en_link


def load(path: Path) -> list[Entry]:
    """The entries, parsed once per version of the file (every page asks for them)."""
    if not path.is_file():
        return []
    return list(parse(path.read_text(encoding="utf-8")))


@lru_cache(maxsize=4)
def parse(text: str) -> tuple[Entry, ...]:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    items = yaml.load(text, Loader=loader) or []
    return tuple(Entry(**{key: tuple(value) if isinstance(value, list) else value
                          for key, value in item.items()}) for item in items)


def tooltip(entry: Entry, language: str) -> str:
    """A Korean page's tooltip gives the term's English form before the definition (the book's
    rule: a term's English in parentheses); an English page's is the definition alone, in
    English (the English edition carries no Korean)."""
    text = entry.definition(language)
    if language == "ko":
        text = f"{entry.en} — {text}"
    return text.replace("\n", " ")


def abbreviations(entries: list[Entry], language: str) -> dict[str, str]:
    """Term (and abbreviation) → tooltip text, for one language."""
    tooltips = {}
    for entry in entries:
        for word in (entry.term(language), entry.abbr):
            if word:
                tooltips.setdefault(word, tooltip(entry, language))
    return tooltips


@lru_cache(maxsize=8)
def matcher(entries: tuple[Entry, ...], language: str) -> tuple[re.Pattern, dict[str, str]]:
    tooltips = abbreviations(list(entries), language)
    alternatives = []
    for word in sorted(tooltips, key=len, reverse=True):
        escaped = re.escape(word)
        if re.search(r"[가-힣]", word):
            alternatives.append(rf"(?<![\w]){escaped}")
        else:
            alternatives.append(rf"(?<![\w-]){escaped}(?:e?s)?(?![\w-])")
    pattern = re.compile("|".join(alternatives)) if alternatives else re.compile(r"(?!x)x")
    return pattern, tooltips


def annotate(html: str, entries: list[Entry], language: str) -> str:
    """Wrap every glossary term in the prose of a rendered page in an <abbr> tooltip."""
    pattern, tooltips = matcher(tuple(entries), language)

    def wrap(match: re.Match) -> str:
        text = match.group(0)
        word = text if text in tooltips else re.sub(r"e?s$", "", text)
        if word not in tooltips:
            word = text[:-1] if text[:-1] in tooltips else text[:-2]
        title = html_lib.escape(tooltips[word], quote=True)
        return f'<abbr title="{title}">{text}</abbr>'

    out, skipping, depth = [], None, 0
    position = 0
    for tag in TAG.finditer(html):
        text = html[position:tag.start()]
        out.append(text if skipping else pattern.sub(wrap, text))
        closing, name, rest = tag.group(1), tag.group(2).lower(), tag.group(3)
        self_closing = rest.rstrip().endswith("/")
        if skipping:
            if name == skipping and not self_closing:
                depth += -1 if closing else 1
                if depth == 0:
                    skipping = None
        elif not closing and not self_closing and (
                name in SKIPPED_TAGS or "arithmatex" in rest):
            skipping, depth = name, 1
        out.append(tag.group(0))
        position = tag.end()
    tail = html[position:]
    out.append(tail if skipping else pattern.sub(wrap, tail))
    return "".join(out)


CHOSEONG = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
PLAIN = {"ㄲ": "ㄱ", "ㄸ": "ㄷ", "ㅃ": "ㅂ", "ㅆ": "ㅅ", "ㅉ": "ㅈ"}
LATIN = {"ko": "A–Z", "en": "#"}


def initial(term: str, language: str) -> str:
    """The group a term is listed under: its first letter (A, B, …) or, for a Korean term, the
    first consonant of its first syllable (ㄱ, ㄴ, …, tense consonants with their plain ones); a
    term in Latin letters on the Korean page goes under A–Z."""
    first = term[0]
    if "가" <= first <= "힣":
        consonant = CHOSEONG[(ord(first) - ord("가")) // 588]
        return PLAIN.get(consonant, consonant)
    if first.isascii() and first.isalpha():
        return LATIN["ko"] if language == "ko" else first.upper()
    return LATIN[language]


def table(entries: list[Entry], language: str, link_prefix: str = "") -> str:
    """The glossary page's tables: one per initial (see `initial`), each under its own heading
    (the page's table of contents is then an index), sorted by the term in the page's language.
    Each group is a block of its own, so the browser lays out only the groups on screen (the
    glossary as one table was a long task of its own at every load)."""
    other = "en" if language == "ko" else "ko"
    groups: dict[str, list[str]] = {}
    for entry in sorted(entries, key=lambda e: e.term(language).lower()):
        link = entry.link(language)
        page, _, anchor = link.partition("#")
        number = page.split("-")[0] if page[:2].isdigit() else page.removesuffix(".md")
        place = f"{number} · {anchor.replace('-', ' ')}" if anchor else number
        abbr = f" ({entry.abbr})" if entry.abbr else ""
        cell = lambda text: text.replace("|", "\\|")  # noqa: E731
        meaning = entry.definition(language)
        if entry.avoided(language):
            meaning += f" ({AVOID[language]}: {', '.join(entry.avoided(language))})"
        groups.setdefault(initial(entry.term(language), language), []).append(
            f"| **{cell(entry.term(language))}**{abbr} | {cell(entry.term(other))} | "
            f"{cell(meaning)} | [{place}]({link_prefix}{link}) |")
    return "\n\n".join(f'## {group}\n\n<div class="bookexec-glossary-group" markdown>\n\n'
                       f'{HEADERS[language]}\n' + "\n".join(rows) + "\n\n</div>"
                       for group, rows in groups.items())
