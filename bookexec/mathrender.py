"""Formulas drawn at build time: TeX in a built page becomes MathJax's SVG before it is served.

pymdownx.arithmatex (generic mode) leaves each formula in the HTML as
`<span class="arithmatex">\\(…\\)</span>` or `<div class="arithmatex">\\[…\\]</div>`. This
module hands a page's formulas to MathJax 3 running in Node.js (`tex2svg.js`, one process for
the whole build, MathJax from the pinned django-static-mathjax package) and puts the SVG back
inside the same element, with the glyph shapes the page uses written once at the end of its
article. The reader's browser runs no MathJax: the page is light, shows its formulas at once
and after instant navigation, and prints as it looks.

A formula that MathJax cannot render — a TeX error, or a macro it does not know, which it would
draw as red text — fails the build with the page, the line of its source and the TeX. Results
are cached per page and per formula under `.cache/math/`, keyed by the formulas, MathJax's
version and this renderer's own source, so a warm build starts no Node.js at all and a page
with one new formula draws only that one.
"""

from __future__ import annotations

import hashlib
import html as html_lib
import json
import os
import re
import shutil
import subprocess
from pathlib import Path

from .assets import mathjax_root

FORMULA = re.compile(
    r'(?P<open><(?P<tag>span|div) class="arithmatex">)(?P<body>.*?)(?P<close></(?P=tag)>)', re.S)
DEFS_CLASS = "bookexec-math-glyphs"
# One glyph shape of MathJax's global font cache (id → the whole element), and a use of one.
GLYPH = re.compile(r'(?=<path id="([^"]+)")(<path id="[^"]+"[^>]*>(?:</path>)?)')
GLYPH_USE = re.compile(r'xlink:href="#([^"]+)"')
SCRIPT = Path(__file__).with_name("tex2svg.js")
MATHML = re.compile(r"<math[ >].*?</math>", re.S)


# A long chapter holds hundreds of formulas and tens of thousands of SVG nodes; styling and
# laying them all out at load was most of a page's blocking time (and a minute for a print
# page). With `content-visibility: auto` the browser draws a formula only when it comes near
# the viewport; until then its box keeps the size MathJax gave the SVG, so nothing moves.
CONTAINED_CSS = """
/* bookexec (mathrender.py): formulas off screen are drawn when they come near the viewport */
mjx-container[jax="SVG"] { content-visibility: auto; }
mjx-container[jax="SVG"]:not([display="true"]) { display: inline-block; line-height: 0; }
mjx-container[jax="SVG"] > svg { display: block; }
mjx-container[jax="SVG"][display="true"] > svg { margin: 0 auto; }
@media print { mjx-container[jax="SVG"] { content-visibility: visible; } }
"""
CONTAINER = re.compile(r'<mjx-container (?P<attrs>[^>]*?)style="(?P<style>[^"]*)">'
                       r'(?P<svg><svg style="vertical-align: (?P<align>-?[\d.]+ex);"[^>]*?'
                       r' width="(?P<width>[\d.]+ex)" height="(?P<height>[\d.]+ex)")')


def contained(drawn: str) -> str:
    """A drawn formula whose box has its SVG's size (and, inline, its baseline offset) before
    the browser draws it (see CONTAINED_CSS)."""
    def sized(match: re.Match) -> str:
        if 'display="true"' in match["attrs"]:
            size = f"contain-intrinsic-block-size: auto {match['height']};"
        else:
            size = (f"contain-intrinsic-size: auto {match['width']} auto {match['height']}; "
                    f"vertical-align: {match['align']};")
        return (f'<mjx-container {match["attrs"]}style="{match["style"]} {size}">'
                f'{match["svg"]}')

    return CONTAINER.sub(sized, drawn, count=1)


class MathError(Exception):
    """A formula that MathJax cannot render, or Node.js missing; the message says where."""


def formulas(html: str) -> list[tuple[str, bool]]:
    """(TeX, display?) of every formula of a page, in page order."""
    found = []
    for match in FORMULA.finditer(html):
        if match["body"].lstrip().startswith("<mjx-container"):
            continue  # drawn already
        body = html_lib.unescape(match["body"]).strip()
        display = match["tag"] == "div"
        if body[:2] in ("\\(", "\\[") and body[-2:] in ("\\)", "\\]"):
            body = body[2:-2]
        found.append((body.strip(), display))
    return found


def fingerprint() -> str:
    from importlib.metadata import version

    parts = [SCRIPT.read_bytes(), Path(__file__).read_bytes(),
             version("django-static-mathjax").encode()]
    return hashlib.sha256(b"\0".join(parts)).hexdigest()[:16]


def node_path() -> str:
    node = shutil.which("node") or shutil.which("nodejs")
    if node is None:
        raise MathError("Node.js is needed to draw the book's formulas at build time "
                        "and was not found (Debian: apt-get install nodejs)")
    return node


class Renderer:
    def __init__(self, cache_dir: Path):
        self.cache_dir = cache_dir
        self.process: subprocess.Popen | None = None
        self.salt = fingerprint()
        self.rendered_pages = 0

    # ── Node.js ───────────────────────────────────────────────────────────
    def node(self) -> subprocess.Popen:
        if self.process is None or self.process.poll() is not None:
            self.process = subprocess.Popen(
                [node_path(), str(SCRIPT), str(mathjax_root())], stdin=subprocess.PIPE,
                stdout=subprocess.PIPE, text=True, encoding="utf-8")
        return self.process

    def close(self) -> None:
        if self.process is not None:
            self.process.stdin.close()
            self.process.wait(timeout=10)
            self.process.stdout.close()
            self.process = None

    def typeset(self, items: list[tuple[str, bool]]) -> dict:
        process = self.node()
        process.stdin.write(json.dumps({"formulas": items}) + "\n")
        process.stdin.flush()
        line = process.stdout.readline()
        if not line:
            raise MathError("the MathJax process (bookexec/tex2svg.js) stopped unexpectedly")
        answer = json.loads(line)
        if "error" in answer:
            raise MathError(f"MathJax failed: {answer['error']}")
        self.rendered_pages += 1
        return answer

    def stylesheet(self) -> Path:
        """MathJax's own CSS for its SVG output (layout of displayed formulas, the hidden
        MathML that screen readers read), from the same MathJax, cached like the pages."""
        path = self.cache_dir / f"svg-{self.salt}.css"
        if not path.is_file():
            css = subprocess.run([node_path(), str(SCRIPT), str(mathjax_root()), "--css"],
                                 check=True, capture_output=True, text=True,
                                 encoding="utf-8").stdout
            self.cache_dir.mkdir(parents=True, exist_ok=True)
            path.write_text(css + CONTAINED_CSS, encoding="utf-8")
        return path

    # ── pages ─────────────────────────────────────────────────────────────
    def rendered(self, items: list[tuple[str, bool]]) -> dict:
        """A page's formulas drawn: {"svgs", "defs", "problems"} as tex2svg.js answers. Kept
        per page (a warm build reads one file) and per formula: a page with one new or changed
        formula — an edited line, or a number that a snippet's run puts into a formula — draws
        only that one (a cold build after a plain one redrew eight whole pages before)."""
        key = hashlib.sha256(json.dumps([self.salt, items]).encode()).hexdigest()[:32]
        path = self.cache_dir / f"{key}.json"
        if path.is_file():
            try:
                return json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                pass  # a damaged entry is drawn again
        answer = self.drawn_each(items)
        if not answer["problems"]:
            self.store(path, answer)
        return answer

    def formula_path(self, item: tuple[str, bool]) -> Path:
        key = hashlib.sha256(json.dumps([self.salt, list(item)]).encode()).hexdigest()[:32]
        return self.cache_dir / "formulas" / key[:2] / f"{key}.json"

    def drawn_each(self, items: list[tuple[str, bool]]) -> dict:
        """The page's formulas, each from the per-formula cache or, all missing ones in one
        request, from MathJax; the page's glyph shapes are those its formulas use."""
        items = [tuple(item) for item in items]
        known: dict[tuple[str, bool], dict] = {}
        for item in dict.fromkeys(items):
            try:
                known[item] = json.loads(self.formula_path(item).read_text(encoding="utf-8"))
            except (OSError, ValueError):
                pass  # not drawn yet, or a damaged entry: drawn again
        missing = [item for item in dict.fromkeys(items) if item not in known]
        problems = []
        if missing:
            answer = self.typeset([list(item) for item in missing])
            shapes = dict(GLYPH.findall(answer["defs"]))
            failed = {problem["index"] for problem in answer["problems"]}
            problems = answer["problems"]
            for index, (item, svg) in enumerate(zip(missing, answer["svgs"])):
                entry = {"svg": svg, "glyphs": {ref: shapes[ref] for ref in GLYPH_USE.findall(svg)
                                                if ref in shapes}}
                known[item] = entry
                if index not in failed:
                    self.store(self.formula_path(item), entry)
        glyphs: dict[str, str] = {}
        for item in items:
            glyphs.update(known[item]["glyphs"])
        return {"svgs": [known[item]["svg"] for item in items],
                "defs": "<defs>" + "".join(glyphs.values()) + "</defs>",
                "problems": problems}

    def mathml(self, items: list[tuple[str, bool]]) -> list[str]:
        """The MathML (`<math>…</math>`) MathJax makes of each formula, as a screen reader gets
        it on the page; from the formula cache, or drawn now if a formula is not in it."""
        return [MATHML.search(svg)[0] for svg in self.drawn_each(items)["svgs"]]

    @staticmethod
    def store(path: Path, answer: dict) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        scratch = path.with_suffix(f".tmp-{os.getpid()}")
        scratch.write_text(json.dumps(answer), encoding="utf-8")
        scratch.replace(path)

    def render_page(self, html: str, where: str, source: str | None = None) -> str:
        """The page with every formula drawn. `where` names the page in messages; `source`
        (its Markdown) lets a message give the line of a failing formula."""
        items = formulas(html)
        if not items:
            return html
        answer = self.rendered(items)
        if answer["problems"]:
            raise MathError("\n".join(
                f"{where}{line_of(source, p['tex'])}: {p['problem']} in ${p['tex']}$"
                for p in answer["problems"]))
        svgs = iter(answer["svgs"])

        def drawn(match: re.Match) -> str:
            if match["body"].lstrip().startswith("<mjx-container"):
                return match[0]
            return match["open"] + contained(next(svgs)) + match["close"]

        html = FORMULA.sub(drawn, html)
        glyphs = (f'<svg class="{DEFS_CLASS}" style="display: none" aria-hidden="true" '
                  f'xmlns="http://www.w3.org/2000/svg">{answer["defs"]}</svg>')
        end = html.rfind("</article>")
        if end < 0:
            end = html.rfind("</body>")
        return html[:end] + glyphs + html[end:] if end >= 0 else html + glyphs


def line_of(source: str | None, tex: str) -> str:
    if not source:
        return ""
    probe = tex.strip().split("\n")[0][:40]
    for number, line in enumerate(source.splitlines(), start=1):
        if probe and probe in line:
            return f":{number}"
    return ""
