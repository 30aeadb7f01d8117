"""Inline directives (bookexec/inline.py): values from a run and chapter references."""

from __future__ import annotations

import pytest

from bookexec.inline import Chapters, InlineError, render, value_refs

STDOUT = {"a/01_x.py": "test accuracy: 0.9467\nw: 1.971  b: 0.066\nloss: 1\nloss: 2\n"}
CHAPTERS = Chapters(["01-notation", "08-gradient-descent"],
                    {("01-notation", "ko"): "수학 기호 읽기", ("01-notation", "en"): "Reading math",
                     ("08-gradient-descent", "ko"): "경사 하강법",
                     ("08-gradient-descent", "en"): "Gradient descent"})


def page(text: str, language: str = "ko") -> str:
    return render(text, language, STDOUT.get, CHAPTERS)


def test_a_value_is_what_the_snippet_printed_after_its_label():
    assert page('정확도는 {{ value: a/01_x.py "test accuracy" }}입니다.') == "정확도는 0.9467입니다."
    assert page('$w = {{ value: a/01_x.py "w" :.2f }}$') == "$w = 1.97$"


def test_a_missing_or_ambiguous_label_fails_with_the_line():
    with pytest.raises(InlineError, match=r'line 2: snippets/a/01_x.py prints no line starting'):
        page('title\n{{ value: a/01_x.py "accuracy" }}\n')
    with pytest.raises(InlineError, match="prints 2 lines"):
        page('{{ value: a/01_x.py "loss" }}')


def test_a_value_from_a_snippet_that_did_not_run_is_an_ellipsis():
    assert page('{{ value: b/02_y.py "loss" }}') == "…"


def test_chapter_numbers_and_titles_come_from_the_nav():
    assert page("{{ chapter: 08-gradient-descent }}에서") == "2장에서"
    assert page("see {{ chapter: 08-gradient-descent }}, {{ title: 08-gradient-descent }}",
                "en") == "see Chapter 2, Gradient descent"
    with pytest.raises(InlineError, match="not a chapter in the nav"):
        page("{{ chapter: 99-nowhere }}")


def test_misspelt_directives_are_errors_and_code_is_left_alone():
    with pytest.raises(InlineError, match="unknown inline directive 'valeu'"):
        page('{{ valeu: a/01_x.py "w" }}')
    code = '```python\nprint(f"{{ value: x }}")\n```\n'
    assert page(code) == code
    assert [r.label for r in value_refs('x {{ value: a/01_x.py "w" }} y')] == ["w"]
