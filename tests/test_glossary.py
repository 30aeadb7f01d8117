"""The glossary: one entry per term, working links, and tooltips on the pages."""

from __future__ import annotations

import html
import re
from urllib.parse import unquote

import pytest

from bookexec import glossary
from conftest import DOCS, REPO, page_files

ENTRIES = glossary.load(REPO / "includes" / "glossary.yml")
ABBREVIATION = re.compile(r"^\*\[(?P<term>[^\]]+)\]:", re.M)


def known_terms() -> set[str]:
    return {e.ko for e in ENTRIES} | {e.en for e in ENTRIES} | {e.abbr for e in ENTRIES if e.abbr}


def test_glossary_has_entries_with_both_languages():
    assert ENTRIES
    for entry in ENTRIES:
        assert entry.ko.strip() and entry.en.strip() and entry.ko_def.strip() and entry.en_def.strip()


def test_no_term_is_defined_twice():
    for language in ("ko", "en"):
        terms = [e.term(language).lower() for e in ENTRIES]
        assert len(terms) == len(set(terms)), language


def test_every_term_in_glossary_markup_has_an_entry():
    """Hand-written abbreviation markup (`*[term]: ...`) in any page must be a glossary term."""
    known = known_terms()
    unknown = [(page.name, match["term"]) for page in page_files()
               for match in ABBREVIATION.finditer(page.read_text(encoding="utf-8"))
               if match["term"] not in known]
    assert unknown == []


ENTRY = glossary.Entry("편미분", "partial derivative", "정의", "definition", "a.md", "a.md")
LOSS = glossary.Entry("손실 함수", "loss function", "정의2", "definition 2", "b.md", "b.md", "LF")


def test_korean_terms_get_tooltips_with_particles_attached():
    html = glossary.annotate("<p>편미분은 쉽고, 부분편미분은 아니다.</p>", [ENTRY], "ko")
    assert html == ('<p><abbr title="partial derivative — 정의">편미분</abbr>은 쉽고, '
                    "부분편미분은 아니다.</p>")


def test_english_terms_and_abbreviations_match_whole_words_and_plurals():
    html = glossary.annotate("<p>Two loss functions (LF) and an LFO.</p>", [LOSS], "en")
    assert '<abbr title="definition 2">loss functions</abbr>' in html
    assert '<abbr title="definition 2">LF</abbr>)' in html
    assert "an LFO" in html


def test_code_headings_links_and_math_get_no_tooltips():
    html = ('<h2 id="편미분">편미분</h2><p><code>편미분</code> <a href="x">편미분</a> '
            '<span class="arithmatex">\\(편미분\\)</span> 편미분</p>')
    out = glossary.annotate(html, [ENTRY], "ko")
    assert out.count("<abbr") == 1
    assert out.endswith('<abbr title="partial derivative — 정의">편미분</abbr></p>')


@pytest.mark.parametrize("language", ["ko", "en"])
def test_every_glossary_link_reaches_an_existing_section(built_site, language):
    root = built_site if language == "ko" else built_site / "en"
    broken = []
    for entry in ENTRIES:
        page, _, anchor = entry.link(language).partition("#")
        stem = page.removesuffix(".md")
        assert (DOCS / f"{stem}.{language}.md").is_file(), entry.link(language)
        target = root / ("index.html" if stem == "index" else f"{stem}/index.html")
        text = target.read_text(encoding="utf-8")
        if anchor and f'id="{unquote(anchor)}"' not in text:
            broken.append(entry.link(language))
    assert broken == []


@pytest.mark.parametrize("language", ["ko", "en"])
def test_glossary_page_lists_every_entry(built_site, language):
    root = built_site if language == "ko" else built_site / "en"
    page = (root / "glossary" / "index.html").read_text(encoding="utf-8")
    text = html.unescape(re.sub(r"</?abbr[^>]*>", "", page))
    missing = [e.term(language) for e in ENTRIES
               if f"<strong>{e.term(language)}</strong>" not in text]
    assert missing == []


def test_terms_show_a_tooltip_on_chapter_pages(built_site):
    korean = (built_site / "02-derivatives" / "index.html").read_text(encoding="utf-8")
    english = (built_site / "en" / "02-derivatives" / "index.html").read_text(encoding="utf-8")
    assert re.search(r'<abbr title="partial derivative — [^"]+">편미분', korean)
    assert re.search(r'<abbr title="[A-Z][^"]+">partial derivative', english, re.I)


def test_english_tooltips_are_in_english(built_site):
    """The English edition is fully localised: no tooltip on an English page holds Korean."""
    pages = sorted((built_site / "en").glob("**/index.html"))
    titles = [title for page in pages
              for title in re.findall(r'<abbr title="([^"]*)"', page.read_text(encoding="utf-8"))]
    assert len(titles) > 1000
    assert [t for t in titles if re.search(r"[가-힣ㄱ-ㅎ]", t)] == []


def test_collapsible_block_titles_get_no_tooltips():
    """`??? success "정답"` is an exercise's answer, not the glossary's 정답 (target)."""
    target = glossary.Entry("정답", "target", "정의", "definition", "a.md", "a.md")
    html = "<details><summary>정답</summary><p>정답은 2입니다.</p></details>"
    out = glossary.annotate(html, [target], "ko")
    assert out.count("<abbr") == 1 and "<summary>정답</summary>" in out


def test_glossary_page_names_the_forms_to_avoid():
    entry = glossary.Entry("훈련 집합", "training set", "정의", "definition", "a.md#x", "a.md#y",
                           ko_avoid=("훈련 세트", "학습 데이터"), en_avoid=("training split",))
    assert "정의 (쓰지 않는 말: 훈련 세트, 학습 데이터) |" in glossary.table([entry], "ko")
    assert "definition (not: training split) |" in glossary.table([entry], "en")


def test_glossary_file_parses_avoid_lists_as_tuples():
    """The entries are hashable (the tooltip matcher is cached per tuple of entries)."""
    assert all(isinstance(e.ko_avoid, tuple) and isinstance(e.avoid_ok_in, tuple)
               for e in ENTRIES)
    assert any(e.ko_avoid for e in ENTRIES) and hash(tuple(ENTRIES))


def test_glossary_page_has_one_table_per_initial_under_its_own_heading():
    """Korean terms by the first consonant (tense ones with their plain ones), Latin terms under
    A–Z on the Korean page and by letter on the English one; every entry in the group of its
    initial, each group a block of its own (laid out only when on screen)."""
    for language, expected in (("ko", ["A–Z", "ㄱ", "ㄷ"]), ("en", ["D", "G", "P", "T"])):
        entries = [
            glossary.Entry(ko="경사 하강법", en="gradient descent", ko_def="k", en_def="e",
                           ko_link="08-gradient-descent.md", en_link="08-gradient-descent.md"),
            glossary.Entry(ko="꼬리", en="tail", ko_def="k", en_def="e",
                           ko_link="01-notation.md", en_link="01-notation.md"),
            glossary.Entry(ko="도함수", en="derivative", ko_def="k", en_def="e",
                           ko_link="02-derivatives.md", en_link="02-derivatives.md"),
            glossary.Entry(ko="PyTorch", en="PyTorch", ko_def="k", en_def="e",
                           ko_link="index.md", en_link="index.md"),
        ]
        page = glossary.table(entries, language)
        headings = re.findall(r"^## (.+)$", page, re.M)
        assert headings == expected, (language, headings)
        assert page.count('<div class="bookexec-glossary-group" markdown>') == len(headings)
        groups = dict(zip(headings, re.split(r"^## .+$", page, flags=re.M)[1:]))
        if language == "ko":
            assert "**경사 하강법**" in groups["ㄱ"] and "**꼬리**" in groups["ㄱ"]
            assert "**PyTorch**" in groups["A–Z"] and "**도함수**" in groups["ㄷ"]
        else:
            assert "**gradient descent**" in groups["G"] and "**tail**" in groups["T"]
