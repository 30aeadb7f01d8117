"""Code blocks that may scroll are focusable from the build (bookexec/scrolling.py); the
browser side (axe on every page, with the theme mounting code blocks lazily) is in
test_browser.py."""

from bookexec.scrolling import TALL_LINES, WIDE_CHARACTERS, focusable_code


def block(text: str, output: bool = False) -> str:
    code = f'<div class="highlight"><pre><span></span><code>{text}</code></pre></div>'
    return f'<div class="bookexec-output">\n{code}\n</div>' if output else code


def test_a_wide_line_makes_a_block_focusable():
    narrow = "x = 1\n" * 3
    wide = "y" * (WIDE_CHARACTERS + 1) + "\n"
    assert 'tabindex' not in focusable_code(block(narrow))
    marked = focusable_code(block(narrow + wide))
    assert '<code tabindex="0">' in marked and "data-bookexec-tall" not in marked


def test_width_counts_characters_not_markup():
    spans = "".join(f'<span class="n">a</span>' for _ in range(WIDE_CHARACTERS))
    assert "tabindex" not in focusable_code(block(spans))
    assert "tabindex" not in focusable_code(block("&lt;" * WIDE_CHARACTERS))
    assert "tabindex" in focusable_code(block("&lt;" * (WIDE_CHARACTERS + 1)))


def test_only_a_long_output_is_tall():
    lines = "ok\n" * (TALL_LINES + 1)
    assert "tabindex" not in focusable_code(block("ok\n" * TALL_LINES, output=True))
    assert 'tabindex="0" data-bookexec-tall' in focusable_code(block(lines, output=True))
    # a long listing grows with its text (only outputs are capped)
    assert "tabindex" not in focusable_code(block(lines))
    # a listing after an output is not part of it
    page = block("ok\n", output=True) + block(lines)
    assert "tabindex" not in focusable_code(page)


def test_a_block_keeps_a_tabindex_it_has():
    text = '<div class="highlight"><pre><code tabindex="-1">' + "z" * 80 + "</code></pre></div>"
    assert focusable_code(text) == text
