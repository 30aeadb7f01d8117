"""Every directive resolves, every snippet is used, and the two languages match."""

from __future__ import annotations

import re
from collections import Counter

import pytest
import yaml

from bookexec.directives import find_directives
from conftest import DOCS, LANGUAGES, REPO, SNIPPETS, page_files, snippet_files


def directives_of(page):
    return find_directives(page.read_text(encoding="utf-8"))


def page_stems() -> dict[str, set[str]]:
    stems: dict[str, set[str]] = {language: set() for language in LANGUAGES}
    for page in page_files():
        stem, language = page.name.rsplit(".", 2)[0], page.suffixes[-2][1:]
        stems[language].add(page.relative_to(DOCS).parent.joinpath(stem).as_posix())
    return stems


def test_every_page_exists_in_both_languages():
    stems = page_stems()
    assert stems["ko"], "no pages found"
    assert stems["ko"] - stems["en"] == set(), "Korean pages without an English page"
    assert stems["en"] - stems["ko"] == set(), "English pages without a Korean page"


def test_both_languages_embed_the_same_snippets_in_the_same_order():
    for stem in sorted(page_stems()["ko"]):
        ko = [(d.kind, d.path, d.section, len(d.alts)) for d in directives_of(DOCS / f"{stem}.ko.md")]
        en = [(d.kind, d.path, d.section, len(d.alts)) for d in directives_of(DOCS / f"{stem}.en.md")]
        assert ko == en, f"{stem}: Korean and English pages embed different snippets"


def test_every_directive_names_an_existing_snippet():
    missing = [f"{page.relative_to(REPO)}:{d.line}: snippets/{d.path}"
               for page in page_files() for d in directives_of(page)
               if not (SNIPPETS / d.path).is_file()]
    assert missing == []


def lab_texts() -> list:
    return sorted((DOCS / "labs").glob("*.md"))


def test_no_snippet_is_orphaned():
    used = {d.path for page in page_files() + lab_texts() for d in directives_of(page)}
    orphans = [p.relative_to(SNIPPETS).as_posix() for p in snippet_files()
               if p.relative_to(SNIPPETS).as_posix() not in used]
    assert orphans == []


def test_every_nav_entry_is_a_page_in_both_languages():
    from bookexec.inline import read_nav

    for entry in read_nav(REPO / "mkdocs.yml"):
        if entry.startswith("labs/"):  # a lab: its text in both languages, and its program
            stem = entry.removeprefix("labs/").removesuffix(".ipynb")
            assert (SNIPPETS / "labs" / f"{stem}.py").is_file(), f"snippets/labs/{stem}.py"
            for language in LANGUAGES:
                assert (DOCS / "labs" / f"{stem}.{language}.md").is_file(), entry
            continue
        stem = entry.removesuffix(".md")
        for language in LANGUAGES:
            assert (DOCS / f"{stem}.{language}.md").is_file(), f"{stem}.{language}.md missing"


@pytest.mark.parametrize("page", page_files(), ids=lambda p: p.name)
def test_page_has_no_hand_written_python_block(page):
    """Code lives once, in snippets/: pages embed it instead of pasting it."""
    fences = re.findall(r"^\s*```+\s*(?:python|py)\b", page.read_text(encoding="utf-8"), re.M)
    assert fences == []


def test_snippet_names_follow_the_convention():
    pattern = re.compile(r"^(\d{2}_(fig_)?[a-z0-9_]+|ex\d+_[a-z0-9_]+|_[a-z0-9_]+)\.py$")
    lab = re.compile(r"^\d{2}-[a-z0-9-]+\.py$")  # snippets/labs/NN-name.py, named as its lab
    chapters = {p.stem.split(".")[0] for p in page_files()}
    bad = [p.relative_to(SNIPPETS).as_posix() for p in SNIPPETS.rglob("*.py")
           if not (lab.match(p.name) and p.parent.name == "labs"
                   and (DOCS / "labs" / f"{p.stem}.ko.md").is_file())
           and (not pattern.match(p.name) or p.parent.name not in chapters | {"00-start"})]
    assert bad == []
    counts = Counter(p.name for p in snippet_files())
    assert counts, "no snippets found"
