"""House rules of the book (team RULES, issue 11), checked on the Markdown sources in a second.

No build, no snippet run: every check reads docs/*.md (and, for listing length, the snippet
files) as text, and every failure names `page:line`. Each rule is a small scanner over a page's
text; the tests at the bottom plant a violation in a string and prove that each scanner catches
it (and does not catch its look-alikes), so no rule can pass by being unable to fail.

What a page's *prose* is (terminology, cross-references): its lines outside fenced code and
display math, with inline code, inline math `$…$`, inline directives `{{ … }}`, attribute lists
`{#anchor}`, HTML comments and tags, link targets and bare URLs blanked out; directive lines (`<!-- snippet: … -->`) are not
prose. What its *math* is (notation): the inside of `$…$` and `$$…$$`.

The rules, one test each (the scanner's docstring says exactly what it flags):

a. terminology   an avoided form of a glossary term (includes/glossary.yml) in the prose
b. notation      a TeX macro or symbol style used in the math but missing from the notation sheet
c. conflicts     a symbol the notation sheet rules out for a meaning (α as the learning rate …)
d. readings      a reading that is not words only, or an inline reading under another label
e. parity        ko/en pages that differ in headings, display math, directives or exercises
f. chapters      a hand-typed chapter number instead of `{{ chapter: slug }}`
g. listings      a snippet shown in full that is longer than 40 lines
h. nav           chapter files whose number is not their position in the nav
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pytest

from bookexec import directives as directives_mod
from bookexec import glossary
from conftest import DOCS, REPO, SNIPPETS

# ── reading a page ─────────────────────────────────────────────────────────────────────────

FENCE = re.compile(r"^[ \t]*(`{3,}|~{3,})")
COMMENT_LINE = re.compile(r"^\s*<!--.*-->\s*$")
INLINE_CODE = re.compile(r"(`+)(?!`).*?(?<!`)\1(?!`)")
DISPLAY_ONE_LINE = re.compile(r"\$\$(?P<tex>.+?)\$\$")
INLINE_MATH = re.compile(r"(?<![\\$])\$(?!\$)(?P<tex>(?:[^$\\]|\\.)+?)(?<!\\)\$(?!\$)")
INLINE_DIRECTIVE = re.compile(r"\{\{.*?\}\}")
ATTR_LIST = re.compile(r"\{:?\s*[#.][^{}]*\}")  # `## Title {#anchor}`: an id, not words
HTML_COMMENT = re.compile(r"<!--.*?-->")
HTML_TAG = re.compile(r"</?[A-Za-z][^>]*>")
LINK_TARGET = re.compile(r"\]\([^)\s]*(?:\s+\"[^\"]*\")?\)")
URL = re.compile(r"https?://\S+")
HEADING = re.compile(r"^(#{1,6})\s+\S")


@dataclass
class Line:
    number: int
    raw: str
    prose: str = ""  # the words a reader reads, code/math/URLs blanked
    math: list[str] = field(default_factory=list)  # TeX on this line
    kind: str = "text"  # text | fence | display | directive


def blank(match: re.Match) -> str:
    return " "


def parse_page(text: str) -> list[Line]:
    """Every line of a page, classified, with its prose and its math separated."""
    lines: list[Line] = []
    fence: str | None = None
    display = False
    for number, raw in enumerate(text.split("\n"), start=1):
        line = Line(number, raw)
        lines.append(line)
        opening = FENCE.match(raw)
        if fence is not None:
            line.kind = "fence"
            if opening and opening.group(1)[0] == fence[0] and len(opening.group(1)) >= len(fence):
                fence = None
            continue
        if display:
            line.kind = "display"
            body = raw
            if raw.rstrip().endswith("$$"):
                display = False
                body = raw.rstrip()[:-2]
            line.math.append(body)
            continue
        if opening:
            fence = opening.group(1)
            line.kind = "fence"
            continue
        stripped = raw.strip()
        if stripped.startswith("$$"):
            line.kind = "display"
            rest = stripped[2:]
            if rest.rstrip().endswith("$$") and rest.strip() != "":
                line.math.append(rest.rstrip()[:-2])
            else:
                line.math.append(rest)
                display = True
            continue
        if COMMENT_LINE.match(raw):
            line.kind = "directive"
            continue
        text_ = INLINE_CODE.sub(blank, raw)
        for match in DISPLAY_ONE_LINE.finditer(text_):
            line.math.append(match["tex"])
        text_ = DISPLAY_ONE_LINE.sub(blank, text_)
        for match in INLINE_MATH.finditer(text_):
            line.math.append(match["tex"])
        text_ = INLINE_MATH.sub(blank, text_)
        text_ = INLINE_DIRECTIVE.sub(blank, text_)
        text_ = ATTR_LIST.sub(blank, text_)
        text_ = HTML_COMMENT.sub(blank, text_)
        text_ = HTML_TAG.sub(blank, text_)
        text_ = LINK_TARGET.sub("]", text_)
        text_ = URL.sub(blank, text_)
        line.prose = text_
    return lines


def directives_of(text: str) -> tuple[list, str | None]:
    """The page's directives, or the error that stops the build from reading them."""
    try:
        return directives_mod.find_directives(text), None
    except directives_mod.DirectiveError as error:
        return [], str(error)


def language_of(name: str) -> str:
    return "ko" if name.endswith(".ko.md") else "en"


def slug_of(name: str) -> str:
    return name.rsplit(".", 2)[0]


def chapter_number(name: str) -> int | None:
    return int(name[:2]) if name[:2].isdigit() else None


def current_pages() -> dict[str, str]:
    """docs/*.ko.md and docs/*.en.md of the working tree by file name, and the labs' texts
    (labs/*.md, named "labs/NN-name.ko.md"): the same rules hold for both."""
    pages = {p.name: p.read_text(encoding="utf-8") for p in sorted(DOCS.glob("*.md"))
             if p.name.endswith((".ko.md", ".en.md"))}
    pages.update({f"labs/{p.name}": p.read_text(encoding="utf-8")
                  for p in sorted((DOCS / "labs").glob("*.md"))})
    return pages


@lru_cache(maxsize=64)
def parsed(text: str) -> tuple[Line, ...]:
    return tuple(parse_page(text))


def paragraphs(lines: tuple[Line, ...]):
    """Runs of consecutive prose lines (a blank or non-prose line ends a run): (lines, joined)."""
    run: list[Line] = []
    for line in lines + (Line(0, ""),):
        if line.kind == "text" and line.raw.strip():
            run.append(line)
            continue
        if run:
            yield run, "\n".join(item.prose for item in run)
            run = []


def where(run: list[Line], joined: str, offset: int) -> int:
    """The page line number of a character offset in a joined paragraph."""
    return run[joined.count("\n", 0, offset)].number


# ── a. terminology ─────────────────────────────────────────────────────────────────────────

HANGUL = "가-힣"


def form_pattern(form: str, language: str) -> re.Pattern:
    """A Korean form matches at the start of a word, whatever follows (particles attach: 예제가,
    레이어를, 기울기는 are hits; 하이퍼파라미터 is not a hit for 파라미터). An English form matches
    as a whole word, case-insensitive, plural included. A space in a form matches any run of
    white space, so a form broken across two lines is still found."""
    words = [re.escape(word) for word in form.split()]
    body = r"\s+".join(words)
    if language == "ko":
        return re.compile(rf"(?<![{HANGUL}A-Za-z0-9_]){body}")
    return re.compile(rf"(?<![\w-]){body}(?:e?s)?(?![\w-])", re.I)


def ok_in(entry: glossary.Entry, slug: str, form: str) -> bool:
    """`avoid_ok_in: [02-derivatives]` exempts a chapter from all of the entry's avoided forms,
    `avoid_ok_in: [05-probability 표본]` from one of them."""
    for item in entry.avoid_ok_in:
        chapter, _, only = item.partition(" ")
        if chapter == slug and (not only or only == form):
            return True
    return False


@dataclass(frozen=True)
class Check:
    form: str
    preferred: str
    allowed: tuple[re.Pattern, ...]
    entry: glossary.Entry


@lru_cache(maxsize=8)
def term_matcher(entries: tuple[glossary.Entry, ...], language: str):
    """One regular expression for every avoided form of a language (group gN is checks[N])."""
    checks = []
    for entry in entries:
        allowed = tuple(form_pattern(a, language) for a in entry.allowed(language))
        for item in entry.avoided(language):
            form, _, instead = item.partition(" → ")
            preferred = instead or re.sub(r"\s*\(.*\)$", "", entry.term(language))
            checks.append(Check(form, preferred, allowed, entry))
    if not checks:
        return None, checks
    # the same word boundaries as form_pattern, written once around the alternatives
    order = sorted(range(len(checks)), key=lambda n: -len(checks[n].form))
    body = "|".join(f"(?P<g{n}>" + r"\s+".join(map(re.escape, checks[n].form.split())) + ")"
                    for n in order)
    if language == "ko":
        return re.compile(rf"(?<![{HANGUL}A-Za-z0-9_])(?:{body})"), checks
    return re.compile(rf"(?<![\w-])(?:{body})(?:e?s)?(?![\w-])", re.I), checks


def term_violations(pages: dict[str, str], entries: list[glossary.Entry]) -> list[str]:
    """Every avoided form of every glossary entry in the prose of the pages of its language,
    except inside one of the entry's allowed phrases (`ko_allow`/`en_allow`, e.g. 직선의 기울기)
    and except in the chapters of its `avoid_ok_in` (see ok_in)."""
    found = []
    for name, text in pages.items():
        language = language_of(name)
        pattern, checks = term_matcher(tuple(entries), language)
        if pattern is None:
            continue
        for run, joined in paragraphs(parsed(text)):
            for match in pattern.finditer(joined):
                check = checks[int(match.lastgroup[1:])]
                if ok_in(check.entry, slug_of(name), check.form):
                    continue
                if any(s <= match.start() and match.end() <= e
                       for a in check.allowed for s, e in (m.span() for m in a.finditer(joined))):
                    continue
                words = " ".join(match.group(0).split())
                found.append(f"{name}:{where(run, joined, match.start())}: "
                             f"'{words}' → '{check.preferred}'")
    return found


# ── b. notation coverage ───────────────────────────────────────────────────────────────────

# Macros that lay out, space, size or label math rather than name a symbol. Each line says why.
STRUCTURAL = {
    r"\frac", r"\dfrac", r"\tfrac",  # fraction layout; the fraction itself is on the sheet
    r"\left", r"\right", r"\big", r"\bigl", r"\bigr", r"\Big", r"\Bigl", r"\Bigr",  # sizing
    r"\bigg", r"\biggl", r"\biggr", r"\Bigg", r"\Biggl", r"\Biggr",  # … of delimiters
    r"\text", r"\mathrm", r"\textbf", r"\textit",  # words inside math, read as words
    r"\quad", r"\qquad", r"\hspace", r"\displaystyle", r"\limits", r"\phantom",  # spacing
    r"\begin", r"\end", r"\tag", r"\notag", r"\nonumber",  # environments and equation tags
    r"\underbrace", r"\overbrace", r"\overset", r"\underset", r"\xrightarrow",  # annotations
    r"\operatorname",  # the operator names are checked one by one (\operatorname{ReLU}, …)
    r"\mathcal", r"\mathbb", r"\mathbf", r"\boldsymbol", r"\bm",  # checked per letter/style
}
MACRO = re.compile(r"\\([A-Za-z]+)")
OPERATOR = re.compile(r"\\operatorname\*?\s*\{(?P<name>[^{}]+)\}")
# A letter style names one object per letter (ℒ, 𝔼, ℝ, 𝒩): each letter is a symbol of its own.
LETTER_STYLE = re.compile(r"\\(?P<style>mathcal|mathbb|mathscr|mathfrak)\s*\{\s*(?P<arg>\w)\s*\}")
# Bold marks a kind of object (vector, bold Greek, the all-ones vector): a family.
BOLD_STYLE = re.compile(r"\\(?P<style>mathbf|boldsymbol|bm)\s*\{\s*(?P<arg>\\?[A-Za-z]+|\d)\s*\}")
GREEK = {"alpha", "beta", "gamma", "delta", "epsilon", "varepsilon", "zeta", "eta", "theta",
         "vartheta", "iota", "kappa", "lambda", "mu", "nu", "xi", "pi", "rho", "sigma", "tau",
         "upsilon", "phi", "varphi", "chi", "psi", "omega"}


def bold_family(style: str, arg: str) -> str:
    """`\\mathbf{x}` → "\\mathbf{lowercase}", `\\mathbf{1}` → "\\mathbf{1}",
    `\\boldsymbol{\\theta}` → "\\boldsymbol{greek}", `\\mathbf{X}` → "\\mathbf{uppercase}"."""
    if arg.isdigit():
        kind = arg
    elif arg.startswith("\\"):
        kind = "greek" if arg[1:].lower() in GREEK else arg
    elif len(arg) == 1:
        kind = "lowercase" if arg.islower() else "uppercase"
    else:
        kind = "word"
    return f"\\{style}{{{kind}}}"


def symbols_of(tex: str) -> set[str]:
    """The symbols a piece of TeX uses: non-structural macros, operator names, styled letters
    (per letter for calligraphic/blackboard, per family for bold)."""
    found = {f"\\{m}" for m in MACRO.findall(tex)} - STRUCTURAL
    found |= {r"\operatorname{" + re.sub(r"\\[,;!]|\s", "", m["name"]) + "}"
              for m in OPERATOR.finditer(tex)}
    found |= {f"\\{m['style']}{{{m['arg']}}}" for m in LETTER_STYLE.finditer(tex)}
    found |= {bold_family(m["style"], m["arg"]) for m in BOLD_STYLE.finditer(tex)}
    return found


def notation_violations(pages: dict[str, str], sheets: dict[str, str]) -> list[str]:
    """Every symbol (see symbols_of) used in the math of a page but absent from the math of a
    notation sheet (docs/notation.ko.md and docs/notation.en.md), at its first page:line."""
    covered = {language: set().union(*(symbols_of(t) for line in parsed(text)
                                       for t in line.math))
               for language, text in sheets.items()}
    first: dict[str, str] = {}
    for name, text in pages.items():
        if name.startswith("notation."):
            continue
        for line in parsed(text):
            for tex in line.math:
                for symbol in symbols_of(tex):
                    first.setdefault(symbol, f"{name}:{line.number}")
    found = []
    for symbol, place in sorted(first.items(), key=lambda item: item[1]):
        missing = [language for language, have in covered.items() if symbol not in have]
        if missing:
            found.append(f"{place}: {symbol} is not on the notation sheet ({', '.join(missing)})")
    return found


# ── c. notation conflicts ──────────────────────────────────────────────────────────────────

LEARNING_RATE = re.compile(r"학습률|learning[ -]rate|step size", re.I)
ALPHA = re.compile(r"\\alpha(?![A-Za-z])")
ALPHA_STEP = re.compile(
    r"-\s*\\alpha(?![A-Za-z])\s*(?:\\[,;:!]\s*)*(?:\\nabla|\\frac\s*\{\s*\\partial|\\partial|"
    r"\\mathbf\s*\{\s*g|g_|\\dfrac\s*\{\s*\\partial)")
CONFLICTS = [
    (re.compile(r"(?<![\\A-Za-z])J\s*\("), "J(…) as the cost: write \\mathcal{L}(…)"),
    (re.compile(r"\\(?:partial|nabla)(?:_\{[^{}]*\}|_\\?\w+)?\s*J(?![A-Za-z])"),
     "J as the cost: write \\mathcal{L}"),
    (re.compile(r"(?<![\\A-Za-z])H\s*\(\s*(?:\\mathbf\s*\{\s*)?x"),
     "H(x) as the model: write \\hat{y} = f(x)"),
    (re.compile(r"\\(?:text|mathrm|operatorname)\s*\{\s*cost\s*\}"),
     "\\text{cost} as a symbol: write \\mathcal{L}"),
    (re.compile(r"(?<![\\A-Za-z])(?:y|\\mathbf\s*\{\s*y\s*\}|Y)"
                r"(?:_\{[^{}]*\}|_\w|\^\{\([^{}]*\)\})?"
                r"\s*-\s*\\hat\s*\{\s*(?:y|\\mathbf\s*\{\s*y\s*\}|Y)\s*\}"),
     "y − ŷ as the residual: write e = \\hat{y} - y"),
    (re.compile(r"(?<!f)(?<!g)\^\s*\{\s*\(\s*[A-Za-z0-9+\- ]+\s*\)\s*\}(?!\s*\()"),
     "superscript (·) index: layers are W^{[l]}, examples are subscripts x_i"),
    (ALPHA_STEP, "α as the learning rate: write \\eta"),
    (re.compile(r"\\frac\s*\{\s*1\s*\}\s*\{\s*[nm]\s*\}\s*\\sum"
                r"|\\sum_\{?\s*i\s*=\s*1\s*\}?\^\{?\s*m\b"),
     "a mean over n or m examples: the book's count of examples is N"),
]
PROSE_CONFLICTS = [
    (re.compile(r"(?<![\w\u0302ŷ])y\s*[−-]\s*(?:ŷ|y\u0302)"),
     "y − ŷ as the residual: the residual is e = ŷ − y"),
]
BEFORE_PROBABILITY = 5  # 𝔼 is taught in chapter 05-probability
# Lines that show a ruled-out symbol in order to say the book does not use it: (page, phrase on
# the same line). Nothing else is exempt.
NAMES_THE_OTHER_CONVENTION = [
    ("01-notation.ko.md", "이 책은 아래첨자만 씁니다"),
    ("01-notation.en.md", "this book uses subscripts only"),
]


def conflict_violations(pages: dict[str, str]) -> list[str]:
    """Symbols the notation sheet rules out for a meaning: J(·), ∂J, H(x), \\text{cost}; y − ŷ
    as the residual (in math and in prose); a parenthesised superscript index x^{(i)}, W^{(l)}
    (not a derivative order f^{(n)}(x)); α as a step size (− α∇, − α ∂…) or \\alpha (α) on a line
    that names the learning rate; 1/n, 1/m or Σ to m for a mean over examples; 𝔼 before the
    probability chapter (pages numbered below 05 and the home page)."""
    found = []
    for name, text in pages.items():
        number = chapter_number(name)
        early = (name.startswith("index.") if number is None
                 else number < BEFORE_PROBABILITY)
        for line in parsed(text):
            if any(name == page_ and phrase in line.raw
                   for page_, phrase in NAMES_THE_OTHER_CONVENTION):
                continue
            for tex in line.math:
                for pattern, why in CONFLICTS:
                    if pattern.search(tex):
                        found.append(f"{name}:{line.number}: {why}")
                if early and "\\mathbb{E}" in tex.replace(" ", ""):
                    found.append(f"{name}:{line.number}: 𝔼 before chapter 05 teaches it")
            if LEARNING_RATE.search(line.prose) and (
                    any(ALPHA.search(t) for t in line.math) or "α" in line.prose):
                found.append(f"{name}:{line.number}: α next to the learning rate: write η")
            for pattern, why in PROSE_CONFLICTS:
                if pattern.search(line.prose):
                    found.append(f"{name}:{line.number}: {why}")
    return sorted(set(found), key=lambda s: (s.split(":")[0], int(s.split(":")[1])))


# ── d. readings ────────────────────────────────────────────────────────────────────────────

LABEL = {"ko": "**읽기**", "en": "**Read aloud**"}
READING_START = re.compile(r"^\s*(?:[-*] |\d+\. )?\*\*(?:읽기|Read aloud)\*\*")
BLOCK_START = re.compile(r"^\s*(?:\$\$|<!--|#|\||!!!|\?\?\?|[-*] |\d+\. |\*\*(?:읽기|Read aloud))")
NOT_WORDS = re.compile(r"[$\\`^_{}=]|[α-ωΑ-Ω∂∇∑∏√≤≥≠≈×÷±∈→←⊙∞]|\u0302")
LATIN = re.compile(r"[A-Za-z]")
OTHER_LABEL = re.compile(
    r"\*\*(?:Reading|Read|Readings|읽는 법|읽는 방법|읽어 보기|읽기 ?:)\*\*"
    r"|^\s*(?:Reading|Read|읽는 법|읽는 방법)\s*:"
    r"|(?:^|[.;,:]\s+)[Rr]ead(?:ing)?:?\s+[\"“]"
    r"|[\"”]\s*(?:이)?라고\s*읽(?:습니다|는다|어요|으면|으십시오)"
    r"|읽으면\s*[:\"“]")


QUOTES = re.compile(r'["“”]')


def reading_violations(pages: dict[str, str]) -> list[str]:
    """A reading is the line that starts with **읽기** (Korean page) or **Read aloud** (English
    page), and the lines after it while its quotation is still open (a reading wrapped over
    several lines). It is words only: no `$`, backslash, backtick, `^ _ { } =`, Greek letters or
    math symbols, and on Korean pages no Latin letters (엑스, 에타, 렐루, not x, η, ReLU). The
    whole label line counts, so prose that needs symbols goes on a line of its own. Inline
    directives count as the words they render ({{ chapter: … }} → "1장"). Flagged too: another
    language's label on a page, other labels ("**Reading**", "읽는 법:"), and inline readings
    ("…"라고 읽습니다, read "…", 읽으면 "…")."""
    found = []
    for name, text in pages.items():
        language = language_of(name)
        lines = parsed(text)
        for index, line in enumerate(lines):
            if line.kind != "text":
                continue
            if READING_START.match(line.raw):
                if LABEL[language] not in line.raw:
                    found.append(f"{name}:{line.number}: the label on a {language} page is "
                                 f"{LABEL[language]}")
                body = [line.raw.split("**", 2)[2]]
                for following in lines[index + 1:]:
                    if len(QUOTES.findall(INLINE_DIRECTIVE.sub("", " ".join(body)))) % 2 == 0:
                        break
                    if (following.kind != "text" or not following.raw.strip()
                            or BLOCK_START.match(following.raw)):
                        break
                    body.append(following.raw)
                reading = INLINE_DIRECTIVE.sub("", " ".join(body))
                bad = sorted(set(NOT_WORDS.findall(reading)))
                if bad:
                    found.append(f"{name}:{line.number}: reading with symbols {' '.join(bad)}")
                if language == "ko" and LATIN.search(reading):
                    latin = " ".join(sorted(set(re.findall(r"[A-Za-z]+", reading)))[:6])
                    found.append(f"{name}:{line.number}: Korean reading with Latin letters "
                                 f"({latin})")
            elif OTHER_LABEL.search(line.raw if "**" in line.raw else line.prose):
                found.append(f"{name}:{line.number}: a reading under another label or inline "
                             f"(use a paragraph starting with {LABEL[language]})")
    return found


# ── e. parity ──────────────────────────────────────────────────────────────────────────────

EXERCISES = re.compile(r"^##\s+(?:연습 문제|Exercises)\s*$")
ITEM = re.compile(r"^\d+\.\s")


@dataclass
class Shape:
    headings: list[tuple[int, int]]  # (level, line)
    directives: list[tuple[tuple, int]]  # ((kind, path, section, options), line)
    exercises: list[int]  # line of each exercise


def shape_of(text: str) -> Shape:
    shape = Shape([], [], [])
    in_exercises = False
    for line in parsed(text):
        if line.kind != "text":
            continue
        heading = HEADING.match(line.raw)
        if heading:
            shape.headings.append((len(heading.group(1)), line.number))
            if len(heading.group(1)) <= 2:
                in_exercises = bool(EXERCISES.match(line.raw))
        elif in_exercises and ITEM.match(line.raw):
            shape.exercises.append(line.number)
    for d in directives_of(text)[0]:
        shape.directives.append(((d.kind, d.path, d.section, tuple(sorted(d.options))), d.line))
    return shape


def display_blocks(text: str) -> list[int]:
    """The first line of every display-math block ($$ … $$ over one or more lines)."""
    starts, inside = [], False
    for line in parsed(text):
        if line.kind == "display":
            if not inside:
                starts.append(line.number)
            stripped = line.raw.strip()
            opens_and_closes = stripped.startswith("$$") and stripped.endswith("$$") and len(
                stripped) > 2
            if inside:
                inside = not stripped.endswith("$$")
            else:
                inside = not opens_and_closes
        else:
            inside = False
    return starts


def first_difference(a: list, b: list) -> int:
    for index, (x, y) in enumerate(zip(a, b)):
        if x != y:
            return index
    return min(len(a), len(b))


def extra(lines: list[int], other: list[int]) -> int | str:
    """The line of the first item that `lines` has beyond `other` ("end" if it has none)."""
    return lines[len(other)] if len(lines) > len(other) else "end"


def parity_violations(pages: dict[str, str]) -> list[str]:
    """For every ko/en pair: the same heading levels in the same order, the same number of
    display-math blocks, the same snippet/output directives (kind, path, section, options; not
    alt texts) in the same order, and the same number of exercises (numbered items under
    ## 연습 문제 / ## Exercises). The failure names the first place where the pair differs."""
    found = []
    for name in sorted(pages):
        if not name.endswith(".ko.md"):
            continue
        other = name.replace(".ko.md", ".en.md")
        if other not in pages:
            found.append(f"{name}:1: no English page {other}")
            continue
        for page_name in (name, other):
            error = directives_of(pages[page_name])[1]
            if error:
                found.append(f"{page_name}: {error}")
        ko, en = shape_of(pages[name]), shape_of(pages[other])
        levels = ([lvl for lvl, _ in ko.headings], [lvl for lvl, _ in en.headings])
        if levels[0] != levels[1]:
            i = first_difference(*levels)
            at_ko = ko.headings[i][1] if i < len(ko.headings) else "end"
            at_en = en.headings[i][1] if i < len(en.headings) else "end"
            found.append(f"{name}:{at_ko} / {other}:{at_en}: heading trees differ "
                         f"({len(levels[0])} vs {len(levels[1])} headings; "
                         f"first difference at heading {i + 1})")
        ko_d, en_d = display_blocks(pages[name]), display_blocks(pages[other])
        if len(ko_d) != len(en_d):
            found.append(f"{name}:{extra(ko_d, en_d)} / {other}:{extra(en_d, ko_d)}: "
                         f"{len(ko_d)} vs {len(en_d)} display-math blocks")
        keys = ([k for k, _ in ko.directives], [k for k, _ in en.directives])
        if keys[0] != keys[1]:
            i = first_difference(*keys)
            at_ko = ko.directives[i][1] if i < len(ko.directives) else "end"
            at_en = en.directives[i][1] if i < len(en.directives) else "end"
            found.append(f"{name}:{at_ko} / {other}:{at_en}: directives differ from number "
                         f"{i + 1} on ({len(keys[0])} vs {len(keys[1])})")
        if len(ko.exercises) != len(en.exercises):
            found.append(f"{name}:{extra(ko.exercises, en.exercises)} / "
                         f"{other}:{extra(en.exercises, ko.exercises)}: "
                         f"{len(ko.exercises)} vs {len(en.exercises)} exercises")
    return found


# ── f. chapter references ──────────────────────────────────────────────────────────────────

# Things counted in 장 (sheets): "이미지 5장", "특징 지도 16장", "5장의 이미지" are counts.
SHEETS = r"(?:이미지|그림|사진|지도|카드|종이|페이지|슬라이드|숫자|손글씨|도판)"
# What follows a chapter name: 7장에서, 7장의, 7장부터, 7장까지, 7장과 8장, 7장은, 7장을 보면,
# 7장으로 돌아가, 7장 참고, (7장), "7장." — not 이/가/을/으로/입니다, which follow a count.
KO_CHAPTER = re.compile(
    r"(?<![\d.,])(?P<num>\d{1,2}(?:\s*[-–~]\s*\d{1,2})?)\s?장"
    r"(?=에서|에|의|부터|까지|과|와|은|는|을\s*보|를\s*보|으로\s*돌아|\s*참고|\s*참조"
    r"|\s*[.,;:)\]」]|\s*$)", re.M)
EN_CHAPTER = re.compile(r"\b(?:chapters?|ch\.)\s*\d{1,2}\b", re.I)


def chapter_violations(pages: dict[str, str]) -> list[str]:
    """A chapter number typed by hand in prose: "7장에서", "5–8장의", "7장과 8장" (Korean) or
    "Chapter 7", "chapters 5–8", "Ch. 3" (English). `{{ chapter: slug }}` renders the number
    from the nav, so it is not prose and is never flagged.

    Korean 장 also counts sheets (이미지 5장), so "N장" is a chapter reference only when 장 is
    followed by what follows a chapter name (에서, 에, 의, 부터, 까지, 과/와, 은/는, 을 보-,
    으로 돌아-, 참고/참조, or the end of the clause: . , ) and so on); and even then it is a count
    when a thing counted in sheets comes just before it (이미지 5장, 특징 지도 16장) or just
    after it (5장의 이미지). So "배치에 3장이 남습니다", "2장을 틀렸습니다", "16장입니다" are
    counts, and "7장에서 보았듯이", "7장을 보면", "(7장)" are references."""
    found = []
    for name, text in pages.items():
        language = language_of(name)
        for run, joined in paragraphs(parsed(text)):
            if language == "ko":
                for match in KO_CHAPTER.finditer(joined):
                    before = joined[max(0, match.start() - 12):match.start()]
                    after = joined[match.end():match.end() + 12]
                    if re.search(SHEETS + r"\S{0,2}\s*$", before) or re.match(
                            r"의\s*" + SHEETS, after):
                        continue
                    found.append(f"{name}:{where(run, joined, match.start())}: "
                                 f"'{match.group(0)}' → {{{{ chapter: slug }}}}")
            else:
                for match in EN_CHAPTER.finditer(joined):
                    found.append(f"{name}:{where(run, joined, match.start())}: "
                                 f"'{match.group(0)}' → {{{{ chapter: slug }}}}")
    return found


# ── g. listing length ──────────────────────────────────────────────────────────────────────

MAX_LISTING = 40
# Listings shown whole although longer, because their length is the lesson (snippet: reason).
LONG_LISTINGS = {
}


def listing_violations(pages: dict[str, str], snippets: Path = SNIPPETS) -> list[str]:
    """Every `<!-- snippet: path -->` shown in full (no #section, no `fold`) whose file, as the
    reader sees it (section markers removed), has more than 40 lines, unless it is in
    LONG_LISTINGS. Each long file is named once per page, at its first directive."""
    found = []
    for name, text in pages.items():
        seen = set()
        found_directives, error = directives_of(text)
        if error:
            found.append(f"{name}: {error}")
        for d in found_directives:
            if d.kind != "snippet" or d.section or "fold" in d.options or d.path in seen:
                continue
            seen.add(d.path)
            file = snippets / d.path
            if d.path in LONG_LISTINGS or not file.is_file():
                continue
            shown = directives_mod.strip_markers(file.read_text(encoding="utf-8"))
            count = len(shown.rstrip("\n").split("\n"))
            if count > MAX_LISTING:
                found.append(f"{name}:{d.line}: {d.path} shows {count} lines (at most "
                             f"{MAX_LISTING}: a #section, `fold`, or a shorter snippet)")
    return found


# ── h. nav order ───────────────────────────────────────────────────────────────────────────

NAV_ITEM = re.compile(r"^\s*-\s*(?:[^:\n]+:\s*)?(?P<file>[\w./-]+\.md)\s*$")


def nav_pages(config: str) -> list[str]:
    """The .md files of mkdocs.yml's nav, in order."""
    lines = config.split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith("nav:"))
    found = []
    for line in lines[start + 1:]:
        if line and not line.startswith((" ", "-", "#")):
            break
        match = NAV_ITEM.match(line)
        if match:
            found.append(match["file"])
    return found


def nav_violations(config: str) -> list[str]:
    """Chapter files (NN-name.md) in the nav must be numbered 01, 02, … in nav order, so that
    `{{ chapter: slug }}` (numbered by nav position) says the number the file name says."""
    chapters = [p for p in nav_pages(config) if re.match(r"\d\d-", p)]
    return [f"mkdocs.yml nav: {page} is chapter {position} in the nav"
            for position, page in enumerate(chapters, start=1) if int(page[:2]) != position]


# ── the tests on the book ──────────────────────────────────────────────────────────────────

ENTRIES = glossary.load(REPO / "includes" / "glossary.yml")


def report(found: list[str], rule: str) -> str:
    return f"{len(found)} {rule} violation(s):\n  " + "\n  ".join(found)


def sheets_of(pages: dict[str, str]) -> dict[str, str]:
    return {lang: pages.get(f"notation.{lang}.md", "") for lang in ("ko", "en")}


def test_prose_uses_the_glossary_form_of_every_term():
    found = term_violations(current_pages(), ENTRIES)
    assert not found, report(found, "terminology")


def test_every_symbol_of_the_math_is_on_the_notation_sheet():
    pages = current_pages()
    found = notation_violations(pages, sheets_of(pages))
    assert not found, report(found, "notation coverage")


def test_no_symbol_the_notation_sheet_rules_out():
    found = conflict_violations(current_pages())
    assert not found, report(found, "notation conflict")


def test_readings_are_words_under_one_label():
    found = reading_violations(current_pages())
    assert not found, report(found, "reading")


def test_korean_and_english_pages_have_the_same_shape():
    found = parity_violations(current_pages())
    assert not found, report(found, "parity")


def test_chapter_references_are_not_typed_by_hand():
    found = chapter_violations(current_pages())
    assert not found, report(found, "chapter reference")


def test_listings_shown_in_full_are_at_most_40_lines():
    found = listing_violations(current_pages())
    assert not found, report(found, "listing length")


def test_long_listing_allow_list_names_real_long_snippets():
    stale = [path for path in LONG_LISTINGS if not (SNIPPETS / path).is_file() or len(
        directives_mod.strip_markers((SNIPPETS / path).read_text()).split("\n")) <= MAX_LISTING]
    assert stale == []


def test_nav_numbers_chapters_in_order():
    found = nav_violations((REPO / "mkdocs.yml").read_text(encoding="utf-8"))
    assert not found, report(found, "nav order")


def test_glossary_avoid_lists_do_not_contain_the_preferred_form():
    clash = [(e.ko, e.en) for e in ENTRIES for lang in ("ko", "en")
             if e.term(lang) in e.avoided(lang)]
    assert clash == []


# ── the scanners on planted violations ─────────────────────────────────────────────────────

def page(text: str) -> str:
    return text.strip("\n") + "\n"


TERMS = [
    glossary.Entry("훈련 집합", "training set (data)", "d", "d", "a.md", "a.md",
                   ko_avoid=("훈련 세트", "학습 데이터", "시험 데이터 → 테스트 데이터"),
                   en_avoid=("training split",)),
    glossary.Entry("그래디언트", "gradient", "d", "d", "a.md", "a.md", ko_avoid=("기울기",),
                   ko_allow=("직선의 기울기",), avoid_ok_in=("02-derivatives",)),
    glossary.Entry("매개변수", "parameter", "d", "d", "a.md", "a.md", ko_avoid=("파라미터",)),
    glossary.Entry("샘플", "example", "d", "d", "a.md", "a.md", ko_avoid=("예제", "표본"),
                   avoid_ok_in=("05-probability 표본",)),
]


def test_terminology_scanner_finds_avoided_forms_with_particles_and_line_breaks():
    text = page("""
# 제목

훈련 세트를 나누고 학습
데이터로 훈련합니다. 기울기는 0입니다. 시험 데이터는 따로 둡니다.
직선의 기울기는 2이고 하이퍼파라미터는 그대로입니다. 파라미터가 많습니다.
`훈련 세트` 와 $기울기$ 는 코드와 수식입니다.

```python
# 훈련 세트
```
""")
    found = term_violations({"08-x.ko.md": text}, TERMS)
    assert found == ["08-x.ko.md:3: '훈련 세트' → '훈련 집합'",
                     "08-x.ko.md:3: '학습 데이터' → '훈련 집합'",
                     "08-x.ko.md:4: '기울기' → '그래디언트'",
                     "08-x.ko.md:4: '시험 데이터' → '테스트 데이터'",
                     "08-x.ko.md:5: '파라미터' → '매개변수'"]


def test_terminology_scanner_respects_language_and_chapter_exceptions():
    assert term_violations({"02-derivatives.ko.md": "기울기가 2입니다.\n"}, TERMS) == []
    assert term_violations({"05-probability.ko.md": "표본 평균과 예제\n"}, TERMS) == [
        "05-probability.ko.md:1: '예제' → '샘플'"]
    assert term_violations({"08-x.en.md": "The 훈련 세트 and training splits.\n"}, TERMS) == [
        "08-x.en.md:1: 'training splits' → 'training set'"]
    assert term_violations({"08-x.en.md": "Pre-training split-brain.\n"}, TERMS) == []


def test_prose_excludes_code_math_directives_and_urls():
    lines = parse_page(page("""
Text `code 7장` and $x^2$ and {{ chapter: 07-x }} and [link](07-x.md#a) https://a.b/7장 {#기울기}
<!-- snippet: 07-x/01_a.py -->
$$
\\eta
$$
"""))
    assert "code" not in lines[0].prose and "x^2" not in lines[0].prose
    assert "chapter" not in lines[0].prose and "07-x.md" not in lines[0].prose
    assert "a.b" not in lines[0].prose and "link" in lines[0].prose
    assert "기울기" not in lines[0].prose
    assert lines[0].math == ["x^2"]
    assert lines[1].kind == "directive"
    assert [line.kind for line in lines[2:5]] == ["display"] * 3
    assert "\\eta" in lines[3].math


def test_notation_scanner_finds_macros_styles_and_operators_missing_from_the_sheet():
    sheet = "$\\eta$, $\\mathcal{L}$, $\\mathbf{x}$, $\\operatorname{ReLU}$, $\\frac{a}{b}$\n"
    text = page("""
$\\eta \\mathcal{L} \\mathbf{w} \\frac{1}{2} \\text{out}$ and $\\operatorname{ReLU}(z)$
$$
\\odot \\mathbb{E} \\mathcal{N} \\mathbf{1} \\operatorname*{arg\\,max} \\boldsymbol{\\theta}
$$
""")
    found = notation_violations({"08-x.ko.md": text}, {"ko": sheet, "en": sheet})
    missing = sorted(item.split(": ")[1].split(" ")[0] for item in found)
    assert missing == ["\\boldsymbol{greek}", "\\mathbb{E}", "\\mathbf{1}", "\\mathcal{N}",
                       "\\odot", "\\operatorname{argmax}", "\\theta"]
    assert all(item.startswith("08-x.ko.md:3: ") for item in found)
    partial = notation_violations({"08-x.ko.md": "$\\eta$\n"}, {"ko": sheet, "en": "$x$"})
    assert partial == ["08-x.ko.md:1: \\eta is not on the notation sheet (en)"]


def test_conflict_scanner_finds_ruled_out_symbols():
    text = page("""
학습률 $\\alpha$를 씁니다.
$J(w) = 1$
$\\theta \\leftarrow \\theta - \\alpha \\nabla \\mathcal{L}$
$H(x) = Wx + b$
$r = y - \\hat{y}$
$W^{(l)}$ and $x^{(i)}$
$\\text{cost}$
$\\frac{1}{m} \\sum_i$
잔차 y − ŷ 입니다. 또는 y − ŷ.
$\\mathbb{E}[x]$
""")
    found = conflict_violations({"04-x.ko.md": text})
    assert [int(f.split(":")[1]) for f in found] == [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
    clean = page("""
Leaky ReLU의 기울기 $\\alpha$입니다.
$e = \\hat{y} - y$, $W^{[l]}$, $x_i$, $f^{(n)}(a)$, $J_{ij}$, $H(p)$
$\\mathcal{L}(w) = \\frac{1}{N} \\sum_{i=1}^{N} \\ell_i$
He 초기화의 분산 $v = \\frac{2}{n}$, $\\frac{1}{n}$
$\\mathbb{E}[x]$
""")
    assert conflict_violations({"06-x.ko.md": clean}) == []
    mention = "Some books write $x^{(i)}$; this book uses subscripts only.\n"
    assert conflict_violations({"01-notation.en.md": mention}) == []
    assert len(conflict_violations({"02-x.en.md": mention})) == 1


def test_reading_scanner_wants_words_under_one_label():
    ko = page("""
**읽기**: "엑스 제곱 더하기 일"

**읽기**: "x 제곱"

**읽기**: "엑스의 제곱은
$x^2$이다."
(자세한 것은 `x`와 [{{ chapter: 01-x }}](01-x.md)에서 봅니다.)

**Read aloud**: "x squared"

$x^2$은 "엑스 제곱"이라고 읽습니다.

미분의 정의를 거꾸로 읽으면 딥러닝의 형태가 나옵니다.
""")
    found = reading_violations({"01-x.ko.md": ko})
    assert [f.split(": ")[0] for f in found] == ["01-x.ko.md:3", "01-x.ko.md:5",
                                                  "01-x.ko.md:5", "01-x.ko.md:9",
                                                  "01-x.ko.md:9", "01-x.ko.md:11"]
    assert "Latin letters (x)" in found[0] and "symbols $ ^" in found[1]
    en = page("""
**Read aloud**: "x squared plus one, {{ value: 01-x/a.py "loss" }}"

**Read aloud**: "x squared." That is $x^2$.

**Reading**: "x squared"

Read: "x squared"

The symbol is read "partial". Reading the definition backwards gives more.
""")
    found = reading_violations({"01-x.en.md": en})
    assert [f.split(": ")[0] for f in found] == ["01-x.en.md:3", "01-x.en.md:5",
                                                  "01-x.en.md:7"]


def test_parity_scanner_compares_headings_math_directives_and_exercises():
    ko = page("""
# 제목
## 수식
$$
x
$$
<!-- snippet: 01-x/01_a.py alt="그림" -->
<!-- snippet: 01-x/02_b.py#part -->
## 연습 문제
1. 하나
2. 둘
""")
    en = page("""
# Title
## The math
<!-- snippet: 01-x/01_a.py alt="figure" -->
<!-- snippet: 01-x/02_b.py#part -->
## Exercises
1. One
2. Two
""")
    assert parity_violations({"01-x.ko.md": ko, "01-x.en.md": ko.replace("제목", "T")}) == []
    assert parity_violations({"01-x.ko.md": ko, "01-x.en.md": en}) == [
        "01-x.ko.md:3 / 01-x.en.md:end: 1 vs 0 display-math blocks"]
    shifted = en.replace("## The math", "### The math").replace("#part", "#other").replace(
        "2. Two", "") + "$$x$$\n"
    found = parity_violations({"01-x.ko.md": ko, "01-x.en.md": shifted})
    assert [f.split(": ")[1].split(" (")[0] for f in found] == [
        "heading trees differ", "directives differ from number 2 on", "2 vs 1 exercises"]
    assert found[0].startswith("01-x.ko.md:2 / 01-x.en.md:2")


def test_chapter_scanner_flags_typed_numbers_but_not_counts():
    ko = page("""
7장에서 보았듯이, 5–8장은 훈련을 다룹니다.
{{ chapter: 07-x }}에서 봅니다. 숫자 이미지 5장을 그립니다. 10장의 그림과 그림 3장.
이 장점은 2장면이 아닙니다. 7장과 8장. 배치에 3장이 남고, 3장으로 평균을 냅니다.
MLP는 14장을, CNN은 2장을 틀렸습니다. 특징 지도 16장입니다. 자세한 것은 7장을 보면
됩니다(12장).
""")
    found = chapter_violations({"08-x.ko.md": ko})
    assert [f.split("'")[1] for f in found] == ["7장", "5–8장", "7장", "8장", "7장", "12장"]
    assert [f.split(":")[1] for f in found] == ["1", "1", "3", "3", "4", "5"]
    en = page("""
As Chapter 7 showed, chapters 5–8 train; see Ch. 3.
{{ chapter: 07-x }} and five images; a chaptered book.
""")
    found = chapter_violations({"08-x.en.md": en})
    assert [f.split("'")[1] for f in found] == ["Chapter 7", "chapters 5", "Ch. 3"]


def test_listing_scanner_counts_displayed_lines(tmp_path):
    folder = tmp_path / "01-x"
    folder.mkdir()
    (folder / "01_long.py").write_text("\n".join(f"x = {i}" for i in range(41)) + "\n")
    (folder / "02_marked.py").write_text(
        "# --8<-- [start:a]\n" + "\n".join(f"x = {i}" for i in range(40)) + "\n# --8<-- [end:a]\n")
    text = page("""
<!-- snippet: 01-x/01_long.py -->
<!-- snippet: 01-x/01_long.py#a -->
<!-- snippet: 01-x/01_long.py fold -->
<!-- output: 01-x/01_long.py -->
<!-- snippet: 01-x/02_marked.py -->
""")
    found = listing_violations({"01-x.ko.md": text}, tmp_path)
    assert found == ["01-x.ko.md:1: 01-x/01_long.py shows 41 lines (at most 40: a #section, "
                     "`fold`, or a shorter snippet)"]


def test_nav_scanner_wants_file_numbers_in_nav_order():
    good = "nav:\n  - index.md\n  - 01-a.md\n  - 02-b.md\n  - glossary.md\n"
    bad = "site_name: x\nnav:\n  - index.md\n  - 01-a.md\n  - Title: 03-c.md\n  - 04-d.md\nx: 1\n"
    assert nav_violations(good) == []
    assert nav_violations(bad) == ["mkdocs.yml nav: 03-c.md is chapter 2 in the nav",
                                   "mkdocs.yml nav: 04-d.md is chapter 3 in the nav"]


@pytest.mark.parametrize("planted", ["$$\nx\n$$\n", "$$ x $$\n"])
def test_display_blocks_are_counted_once(planted):
    assert display_blocks("a\n\n" + planted + "\n" + planted) == [3, 3 + planted.count("\n") + 1]


def test_glossary_definitions_use_the_glossary_forms():
    """The glossary's own definitions follow it (a definition is prose a reader hovers over)."""
    definitions = {
        f"glossary-definitions.{lang}.md": "\n\n".join(
            f"{e.term(lang)}: {e.definition(lang)}" for e in ENTRIES) for lang in ("ko", "en")}
    found = term_violations(definitions, ENTRIES)
    assert not found, report(found, "terminology (line = 2 × entry number − 1)")


def test_glossary_exceptions_name_real_forms_and_chapters():
    """Every allowed phrase contains one of its entry's avoided forms, and every `avoid_ok_in`
    names an existing chapter (and, when it names a form, one of the entry's avoided forms)."""
    bad = []
    for e in ENTRIES:
        for lang in ("ko", "en"):
            forms = [item.partition(" → ")[0] for item in e.avoided(lang)]
            for phrase in e.allowed(lang):
                if not any(form_pattern(f, lang).search(phrase) for f in forms):
                    bad.append((e.term(lang), phrase))
        for item in e.avoid_ok_in:
            chapter, _, form = item.partition(" ")
            known = [i.partition(" → ")[0] for i in e.ko_avoid + e.en_avoid]
            if not (DOCS / f"{chapter}.ko.md").is_file() or (form and form not in known):
                bad.append((e.ko, item))
    assert bad == []
