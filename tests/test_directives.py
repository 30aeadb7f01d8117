"""Parsing what a page asks for, and cutting named sections out of snippets."""

import pytest

from bookexec.directives import DirectiveError, extract_section, find_directives, strip_markers

SOURCE = """\
import torch
# --8<-- [start:model]
w = torch.zeros(1)
# --8<-- [end:model]
print(w)
"""


def test_directives_are_found_with_path_section_alts_and_line():
    page = ('# T\n\n<!-- snippet: 02-d/01_a.py -->\n\n    <!-- output: 02-d/02_fig_b.py '
            'alt="첫 그림" alt="second one" -->\n<!-- snippet: 02-d/01_a.py#model -->\n')
    first, second, third = find_directives(page)
    assert (first.kind, first.path, first.section, first.line) == ("snippet", "02-d/01_a.py",
                                                                  None, 3)
    assert first.shows_code and first.shows_output
    assert second.kind == "output" and second.alts == ("첫 그림", "second one")
    assert second.indent == "    " and not second.shows_code
    assert third.section == "model" and not third.shows_output


def test_directives_inside_code_fences_are_left_as_text():
    page = "```markdown\n<!-- snippet: 02-d/01_a.py -->\n```\n"
    assert find_directives(page) == []


def test_unknown_option_is_an_error_naming_the_line():
    with pytest.raises(DirectiveError, match="line 2: unknown directive option 'colour=red'"):
        find_directives("\n<!-- snippet: a/01_b.py colour=red -->\n")


def test_non_python_target_is_an_error():
    with pytest.raises(DirectiveError, match="not a .py snippet path"):
        find_directives("<!-- snippet: a/notes.txt -->")


def test_section_markers_are_hidden_from_the_reader():
    assert "--8<--" not in strip_markers(SOURCE)
    assert strip_markers(SOURCE).splitlines() == ["import torch", "w = torch.zeros(1)",
                                                  "print(w)"]


def test_named_section_is_extracted():
    assert extract_section(SOURCE, "model") == "w = torch.zeros(1)\n"


def test_missing_section_is_an_error():
    with pytest.raises(DirectiveError, match="section 'train' not found"):
        extract_section(SOURCE, "train")


@pytest.mark.parametrize("path", ["../x.py", "02-d/../../x.py", "/etc/x.py", "C:/x.py"])
def test_paths_outside_snippets_are_refused(path):
    with pytest.raises(DirectiveError, match=r"line 1: .* is not a path inside snippets/"):
        find_directives(f"<!-- snippet: {path} -->")


@pytest.mark.parametrize("line, meant", [
    ("<!-- snipet: 02-d/01_a.py -->", "snippet"),
    ("<!-- output 02-d/01_a.py -->", "output"),
    ("<!-- Snippet: 02-d/01_a.py -->", "snippet"),
    ("<!-- OUTPUT: 02-d/01_a.py -->", "output"),
    ("  <!-- snippets: 02-d/01_a.py -->", "snippet"),
])
def test_comment_that_looks_like_a_misspelt_directive_is_an_error(line, meant):
    with pytest.raises(DirectiveError, match=f"line 2: .* looks like a misspelt directive; "
                                             f"write it as <!-- {meant}: "):
        find_directives(f"text\n{line}\n")


def test_ordinary_comments_are_not_directives():
    page = "<!-- glossary -->\n<!-- Output below is from the run -->\n<!-- TODO: fix -->\n"
    assert find_directives(page) == []


def test_directive_swallowed_by_an_unclosed_fence_is_an_error():
    with pytest.raises(DirectiveError, match=r"line 4: this directive is inside the code fence "
                                             r"opened at line 2 \(~~~\), which is never closed"):
        find_directives("x\n~~~\ncode\n<!-- snippet: 02-d/01_a.py -->\n")
    assert find_directives("x\n```\ncode, never closed\n") == []  # nothing swallowed: fine


def test_unterminated_or_unopened_section_is_an_error_naming_the_line():
    with pytest.raises(DirectiveError, match=r"line 2: section 'model' starts here but never "
                                             r"ends \(add `# --8<-- \[end:model\]`\)"):
        extract_section("import torch\n# --8<-- [start:model]\nw = 1\n", "model")
    with pytest.raises(DirectiveError, match="line 2: section 'model' ends without a start"):
        extract_section("w = 1\n# --8<-- [end:model]\n", "model")
