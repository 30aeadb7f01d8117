"""A lab page as mkdocs-jupyter renders it, fitted to the book.

mkdocs-jupyter turns a lab's executed notebook into HTML: its Markdown cells through nbconvert,
its code highlighted by Pygments, its outputs in JupyterLab's markup. Around that it puts
what a page inside a Jupyter-free site does not need, or gets wrong here:

- about 575 kB of JupyterLab CSS inlined into every page, and scripts (a clipboard element,
  a MathJax 2 configuration, a Mermaid loader naming a CDN, `<script src="">`), which
  Material's instant navigation would run again on every visit;
- headings whose ids drop every non-ASCII character, so Korean headings get `id=""` and the
  table of contents links nowhere;
- formulas left as `$…$` for a MathJax that the book does not load;
- figures inlined as base64 with the alt text "No description has been provided".

`fit()` keeps the notebook's cells and rewrites the rest in the book's own markup: code in
the theme's code blocks (its colours in light and dark mode, its copy button), outputs in the
book's output block, formulas as pymdownx.arithmatex leaves them (drawn later at build time
like every formula of the book), headings with the ids the chapters' slugify makes, figures
from the build's cached SVG files with their alt text, and each "your turn" solution
collapsed. No MkDocs import: the hook calls it with the page's HTML.
"""

from __future__ import annotations

import html as html_lib
import re
from dataclasses import dataclass, field

from bs4 import BeautifulSoup, NavigableString, Tag
from pymdownx.slugs import slugify

SLUG = slugify(case="lower")
OUTPUT_TITLE = {"ko": "출력", "en": "Output"}
SOLUTION_TITLE = {"ko": "풀이", "en": "Solution"}
DOWNLOAD = {"ko": "이 실습을 주피터 노트북으로 내려받기",
            "en": "Download this lab as a Jupyter notebook"}
DISPLAY = re.compile(r"^\s*\$\$(?P<tex>.+?)\$\$\s*$", re.S)
# `$…$` within one paragraph (a formula may wrap onto the next line of the source)
INLINE = re.compile(r"(?<![\\$])\$(?P<tex>(?:[^$\n]|\n(?!\s*\n))+?)(?<!\\)\$(?!\$)")


class LabPageError(ValueError):
    """The rendered notebook does not have the shape the lab's sources promise."""


@dataclass
class Figure:
    src: str
    alt: str
    size: tuple[int, int] | None = None


@dataclass
class Fitted:
    html: str
    toc: list[dict] = field(default_factory=list)  # MkDocs toc tokens: level, id, name, children
    description: str = ""


def fit(html: str, language: str, figures: list[Figure], download: str) -> Fitted:
    """The article's notebook, in the book's markup. `figures` are the lab's figures in page
    order; `download` the notebook's file name next to the page."""
    soup = BeautifulSoup(html, "html.parser")
    notebook = soup.find("div", class_="jp-Notebook")
    if notebook is None:
        raise LabPageError("no notebook in the page (mkdocs-jupyter did not render it)")
    for element in notebook.find_all(["script", "style", "clipboard-copy"]):
        element.decompose()
    for element in notebook.find_all(class_=["zeroclipboard-container", "clipboard-copy-txt",
                                             "jp-Collapser"]):
        element.decompose()
    for markdown in notebook.find_all(class_="jp-MarkdownOutput"):
        formulas(soup, markdown)
    toc = headings(soup, notebook)
    for block in notebook.find_all("div", class_="highlight-ipynb"):
        code_block(soup, block)
    for text in notebook.find_all(class_="jp-RenderedText"):
        output_block(soup, text, language)
    images(soup, notebook, figures)
    for cell in notebook.find_all("div", class_="celltag_solution"):
        if cell.find_parent("div", class_="celltag_solution") is None:  # nbconvert nests two
            collapse(soup, cell, SOLUTION_TITLE[language])
    title = notebook.find("h1")
    link = soup.new_tag("a", attrs={"class": "md-button", "href": download, "download": ""})
    link.string = DOWNLOAD[language]
    paragraph = soup.new_tag("p")
    paragraph.append(link)
    if title is not None:
        title.insert_after(paragraph)
    else:
        notebook.insert(0, paragraph)
    wrapper = soup.new_tag("div", attrs={"class": "bookexec-lab"})
    wrapper.extend(list(notebook.children))
    return Fitted(str(wrapper), toc, description(notebook if title is None else title))


def description(after: Tag, limit: int = 160) -> str:
    """The first paragraph of prose after the title, as plain text (the page's meta tag)."""
    for paragraph in after.find_all_next("p"):
        if paragraph.find("a", class_="md-button"):
            continue
        text = " ".join(paragraph.get_text().split())
        if text:
            return text if len(text) <= limit else text[:limit - 1].rsplit(" ", 1)[0] + "…"
    return ""


def formulas(soup: BeautifulSoup, markdown: Tag) -> None:
    """`$$…$$` paragraphs and `$…$` in text become arithmatex's markup. Code is left alone."""
    for paragraph in markdown.find_all("p"):
        match = DISPLAY.match(paragraph.get_text())
        if match and not paragraph.find(True):
            block = soup.new_tag("div", attrs={"class": "arithmatex"})
            block.string = f"\\[{match['tex'].strip()}\\]"
            paragraph.replace_with(block)
    for text in list(markdown.find_all(string=True)):
        if text.find_parent(["code", "pre"]) or "$" not in text:
            continue
        parts = re.split(INLINE, str(text))
        if len(parts) == 1:
            continue
        pieces = []
        for index, part in enumerate(parts):
            if index % 2 == 0:
                if part:
                    pieces.append(NavigableString(part))
            else:
                span = soup.new_tag("span", attrs={"class": "arithmatex"})
                span.string = f"\\({part}\\)"
                pieces.append(span)
        text.replace_with(*pieces)


def headings(soup: BeautifulSoup, notebook: Tag) -> list[dict]:
    """Ids as the chapters make them (Unicode kept), Material's permalink, and the toc."""
    seen: dict[str, int] = {}
    flat = []
    for heading in notebook.find_all(re.compile(r"^h[1-6]$")):
        for anchor in heading.find_all("a", class_="anchor-link"):
            anchor.decompose()
        name = heading.get_text().strip()
        slug = SLUG(name, "-") or "section"
        if slug in seen:
            seen[slug] += 1
            slug = f"{slug}_{seen[slug]}"
        else:
            seen[slug] = 0
        heading["id"] = slug
        link = soup.new_tag("a", attrs={"class": "headerlink", "href": f"#{slug}",
                                         "title": "Permanent link"})
        link.string = "¶"
        heading.append(link)
        flat.append({"level": int(heading.name[1]), "id": slug,
                     "name": html_lib.escape(name), "children": []})
    return nest(flat)


def nest(flat: list[dict]) -> list[dict]:
    top: list[dict] = []
    stack: list[dict] = []
    for token in flat:
        while stack and stack[-1]["level"] >= token["level"]:
            stack.pop()
        (stack[-1]["children"] if stack else top).append(token)
        stack.append(token)
    return top


def code_block(soup: BeautifulSoup, block: Tag) -> None:
    """Pygments' markup kept, in the theme's code block: `pre > code` gets its copy button."""
    pre = block.find("pre")
    code = soup.new_tag("code")
    for child in list(pre.children):
        if isinstance(child, Tag) and child.name == "span" and not child.contents:
            child.decompose()  # Pygments' empty leading span
            continue
        code.append(child.extract())
    pre.clear()
    pre.append(code)
    block["class"] = ["language-python", "highlight"]
    editor = block.find_parent(class_="jp-InputArea-editor")
    if editor is not None:
        editor.replace_with(block)


def output_block(soup: BeautifulSoup, rendered: Tag, language: str) -> None:
    """Printed text in the book's output block, titled like the chapters' outputs."""
    pre = rendered.find("pre")
    text = pre.get_text() if pre else rendered.get_text()
    outer = soup.new_tag("div", attrs={"class": "bookexec-output"})
    block = soup.new_tag("div", attrs={"class": "language-text highlight"})
    title = soup.new_tag("span", attrs={"class": "filename"})
    title.string = OUTPUT_TITLE[language]
    new_pre = soup.new_tag("pre")
    code = soup.new_tag("code")
    code.string = text.rstrip("\n")
    new_pre.append(code)
    block.extend([title, new_pre])
    outer.append(block)
    rendered.replace_with(outer)


def images(soup: BeautifulSoup, notebook: Tag, figures: list[Figure]) -> None:
    """Each inlined figure replaced by the build's SVG file, its alt text and its size."""
    found = [img for img in notebook.find_all("img")
             if img.get("src", "").startswith("data:image/svg+xml")]
    if len(found) != len(figures):
        raise LabPageError(f"the page shows {len(found)} figures, the lab's run drew "
                           f"{len(figures)}")
    for img, figure in zip(found, figures):
        attrs = {"src": figure.src, "alt": figure.alt, "class": "bookexec-figure",
                 "loading": "lazy"}
        if figure.size:
            attrs.update(width=str(figure.size[0]), height=str(figure.size[1]))
        replacement = soup.new_tag("img", attrs=attrs)
        paragraph = soup.new_tag("p")
        paragraph.append(replacement)
        img.replace_with(paragraph)


def collapse(soup: BeautifulSoup, cell: Tag, title: str) -> None:
    """A solution cell inside a collapsed box, as the chapters show exercise answers."""
    details = soup.new_tag("details", attrs={"class": "success"})
    summary = soup.new_tag("summary")
    summary.string = title
    cell.wrap(details)
    details.insert(0, summary)
