"""Markdown for what a directive shows: the code, its output block and its figures."""

from __future__ import annotations

import html
import re

OUTPUT_TITLE = {"ko": "출력", "en": "Output"}
NOT_RUN = {
    "ko": "이 빌드에서는 실행하지 않았습니다 (BOOKEXEC 설정). 출력은 전체 빌드에서 나타납니다.",
    "en": "Not executed in this build (BOOKEXEC setting). The output appears in a full build.",
}


def fence_for(text: str) -> str:
    longest = max((len(run) for run in re.findall(r"`{3,}", text)), default=2)
    return "`" * max(3, longest + 1)


def indented(lines: list[str], indent: str) -> str:
    """Every line indented, blank ones too, so a block nested in an admonition stays whole."""
    return "\n".join(f"{indent}{line}" for line in lines)


def code_block(code: str, title: str, indent: str) -> str:
    fence = fence_for(code)
    lines = [f'{fence}python title="{title}"', *code.rstrip("\n").split("\n"), fence]
    return indented(lines, indent)


MARKDOWN_ACTIVE = set("&<>\"'\n$`*_[]{}\\!#|~^:")


def copies_whole_file(block: str, whole: str, indent: str) -> str:
    """A block showing part of a file, whose copy button copies the whole file: the theme
    copies the `data-copy` text of the nearest ancestor that has one. A fragment pasted alone
    would not run; the whole file does."""
    # HTML's special characters, and (inside an admonition the opening tag goes through
    # Markdown's inline patterns: math, emphasis, code, links) the characters those act on, are
    # written as character references.
    text = "".join(f"&#{ord(c)};" if c in MARKDOWN_ACTIVE else c for c in whole.rstrip("\n"))
    return "\n".join([f'{indent}<div class="bookexec-part" data-copy="{text}" markdown>', "",
                      block, "", f"{indent}</div>"])


def output_block(stdout: str, language: str, indent: str) -> str:
    if not stdout.strip():
        return ""
    fence = fence_for(stdout)
    title = OUTPUT_TITLE[language]
    lines = [
        '<div class="bookexec-output" markdown>',
        "",
        f'{fence}text title="{title}"',
        *stdout.rstrip("\n").split("\n"),
        fence,
        "",
        "</div>",
    ]
    return indented(lines, indent)


SVG_SIZE = re.compile(r'<svg[^>]*?\swidth="([\d.]+)pt"\s+height="([\d.]+)pt"')


def svg_size(svg_head: str) -> tuple[int, int] | None:
    """Pixel size of a matplotlib SVG (its width and height are in points: 1 pt = 4/3 px)."""
    match = SVG_SIZE.search(svg_head)
    return (round(float(match[1]) * 4 / 3), round(float(match[2]) * 4 / 3)) if match else None


def figure(src: str, alt: str, indent: str, size: tuple[int, int] | None = None) -> str:
    """An image with its size given, so the page does not shift when it loads (lazily)."""
    alt_text = alt.replace("\\", "\\\\").replace("]", "\\]").replace("[", "\\[")
    dimensions = f' width="{size[0]}" height="{size[1]}"' if size else ""
    return f'{indent}![{alt_text}]({src}){{ .bookexec-figure loading="lazy"{dimensions} }}'


SLIDER_LABEL = {"ko": "그림 선택", "en": "Choose a figure"}


def slider(figures: list[str], labels: tuple[str, ...], language: str, indent: str) -> str:
    """Figures shown one at a time; docs/javascripts/figure-slider.js adds the slider."""
    stops = "|".join(label.replace("|", "/").replace('"', "'") for label in labels)
    opening = (f'{indent}<div class="bookexec-slider" markdown data-labels="{stops}" '
               f'data-label="{SLIDER_LABEL[language]}">')
    return "\n\n".join([opening, *figures, f"{indent}</div>"])


def not_run_note(language: str, indent: str) -> str:
    return indented([f'!!! info "{OUTPUT_TITLE[language]}"', "", f"    {NOT_RUN[language]}"],
                    indent)


def join_blocks(blocks: list[str]) -> str:
    return "\n\n".join(block for block in blocks if block)


FOLD_TITLE = {
    "ko": {True: "이 그림을 그린 코드", False: "전체 코드"},
    "en": {True: "The code that draws this figure", False: "The whole program"},
}


def folded(block: str, language: str, draws_figures: bool, indent: str) -> str:
    """A code block inside a collapsed admonition (pymdownx.details), one click away."""
    title = FOLD_TITLE[language][draws_figures]
    inner = ["    " + line[len(indent):] for line in block.split("\n")]  # blank lines too
    return indented([f'??? abstract "{title}"', "", *inner], indent)
