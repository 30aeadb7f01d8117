"""The book as the build sees it: which pages embed which snippets, and their results.

`Book.prepare()` reads every page once, runs every snippet whose result is not cached (all of
them at once, in parallel, each stored as soon as it succeeds), and fails with one clear message
naming each failing snippet, its line and the pages that embed it. `Book.render_page()` then
only reads results. Everything that can go wrong with a page, a snippet or the cache ends in a
`SnippetError` whose message says what and where; the hook shows it without a traceback.
"""

from __future__ import annotations

import fnmatch
import os
import re
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from . import inline, notebooks, render
from .cache import (CacheError, Result, SourceError, Store, environment_fingerprint,
                    sandbox_files, snippet_key)
from .directives import (Directive, DirectiveError, cells, check_path, extract_section,
                         find_directives, strip_markers)
from .runner import Job, run_all


def is_lab(snippet: str) -> bool:
    """A lab's program (snippets/labs/…): a notebook's cells, each with its own output."""
    return snippet.startswith("labs/")


class SnippetError(Exception):
    """A snippet is missing, raised, hung, or a directive is wrong. The message says where."""


@dataclass(frozen=True)
class Settings:
    enabled: bool = True
    only: str | None = None  # glob over snippet paths such as "07-*"
    timeout: float = 120.0
    jobs: int | None = None

    @classmethod
    def from_environment(cls) -> "Settings":
        enabled = os.environ.get("BOOKEXEC", "on").lower() not in {"off", "0", "false", "no"}
        jobs = os.environ.get("BOOKEXEC_JOBS")
        return cls(
            enabled=enabled,
            only=os.environ.get("BOOKEXEC_ONLY") or None,
            timeout=float(os.environ.get("BOOKEXEC_TIMEOUT", "120")),
            jobs=int(jobs) if jobs else None,
        )

    def wants(self, snippet: str) -> bool:
        return self.enabled and (self.only is None or fnmatch.fnmatch(snippet, self.only))


@dataclass
class Usage:
    """Where a snippet is embedded: (page source path, line) pairs."""

    places: list[tuple[str, int]] = field(default_factory=list)

    def describe(self) -> str:
        return ", ".join(f"{page}:{line}" for page, line in self.places)


class Book:
    def __init__(self, root: Path, docs_dir: Path, settings: Settings):
        self.root = root
        self.docs_dir = docs_dir
        self.snippets_dir = root / "snippets"
        self.store = Store(Path(os.environ.get("BOOKEXEC_CACHE", root / ".cache" / "snippets")))
        self.settings = settings
        self.keys: dict[str, str] = {}
        self.results: dict[str, Result] = {}
        self.executed: list[dict] = []
        self.notebooks_made: list[str] = []
        self.notes: list[str] = []  # for the build log (INFO): stderr of runs, healed entries
        self.chapters: inline.Chapters | None = None
        self.notebooks: dict[str, Path] = {}  # chapter notebooks (downloads), by site path
        self.labs: dict[tuple[str, str], Path] = {}  # (language, "labs/x.ipynb") → notebook
        self.lock = threading.Lock()

    # ── reading pages ──────────────────────────────────────────────────────
    def lab_sources(self) -> list[Path]:
        """docs/labs/NN-name.LANG.md: a lab's text in one language, made into a notebook (the
        Markdown page itself is not built: mkdocs.yml's exclude_docs)."""
        return sorted((self.docs_dir / "labs").glob("*.md"))

    def is_lab_source(self, page: Path) -> bool:
        return page.parent == self.docs_dir / "labs"

    def page_directives(self) -> dict[str, list[Directive]]:
        """Directives of every chapter page and every lab text, by path from the root."""
        pages = {}
        for page in sorted(self.docs_dir.rglob("*.md")):
            name = page.relative_to(self.root).as_posix()
            try:
                pages[name] = find_directives(page.read_text(encoding="utf-8"))
            except DirectiveError as error:
                raise SnippetError(f"{name}: {error}") from None
        return pages

    def usages(self) -> dict[str, Usage]:
        """Every snippet a page embeds or quotes a value from, with where it does."""
        used: dict[str, Usage] = {}
        for page, directives in self.page_directives().items():
            for directive in directives:
                used.setdefault(directive.path, Usage()).places.append((page, directive.line))
            try:
                refs = inline.value_refs((self.root / page).read_text(encoding="utf-8"))
            except inline.InlineError as error:
                raise SnippetError(f"{page}: {error}") from None
            for ref in refs:
                try:
                    check_path(ref.path, ref.line)
                except DirectiveError as error:
                    raise SnippetError(f"{page}: {error}") from None
                used.setdefault(ref.path, Usage()).places.append((page, ref.line))
        return used

    def load_chapters(self, nav_pages: list[str]) -> None:
        """Chapter numbers from the nav's order, titles from each page's first heading."""
        order = [p.removesuffix(".md") for p in nav_pages if p[:2].isdigit() and p[2] == "-"]
        titles = {}
        for slug in order:
            for language in ("ko", "en"):
                page = self.docs_dir / f"{slug}.{language}.md"
                heading = next((line[2:].strip() for line in page.read_text(
                    encoding="utf-8").splitlines() if line.startswith("# ")), slug)
                titles[(slug, language)] = heading
        self.chapters = inline.Chapters(order, titles)

    def snippet_file(self, snippet: str) -> Path:
        return self.snippets_dir / snippet

    def inside_snippets(self, snippet: str) -> bool:
        """False for a path that leaves snippets/ (through a symbolic link, say)."""
        return self.snippet_file(snippet).resolve().is_relative_to(self.snippets_dir.resolve())

    # ── running ────────────────────────────────────────────────────────────
    def prepare(self) -> None:
        used = self.usages()
        outside = [s for s in used if not self.inside_snippets(s)]
        if outside:
            raise SnippetError("\n".join(
                f"snippets/{s} leads outside snippets/ (embedded at {used[s].describe()})"
                for s in outside))
        missing = [s for s in used if not self.snippet_file(s).is_file()]
        if missing:
            raise SnippetError("\n".join(
                f"snippet not found: snippets/{s} (embedded at {used[s].describe()})"
                for s in missing))
        self.check_sections()
        self.store.remove_stale_scratch()
        fingerprint = environment_fingerprint()
        pending, unreadable = [], []
        for snippet in sorted(used):
            try:
                key = snippet_key(self.snippet_file(snippet), self.snippets_dir, fingerprint)
            except SourceError as error:
                where = error.path.relative_to(self.root).as_posix()
                if error.line:
                    where += f", line {error.line}"
                unreadable.append(f"{where}: {error.message}\n"
                                  f"  embedded at {used[snippet].describe()}"
                                  + ("" if error.path == self.snippet_file(snippet)
                                     else f" (imported by snippets/{snippet})"))
                continue
            self.keys[snippet] = key
            cached = self.store.get(key)
            if cached is not None:
                self.results[snippet] = cached
            elif self.settings.wants(snippet):
                pending.append(snippet)
        if unreadable:
            raise SnippetError("\n\n".join(unreadable))
        for key, problem in self.store.damaged:
            self.notes.append(f"bookexec: cache entry {key} was damaged ({problem}); removed, "
                              "its snippet runs again")
        self.run(pending, used)

    def lab_cells(self, snippet: str) -> tuple[tuple[str, int, int], ...]:
        try:
            return tuple(cells(self.snippet_file(snippet).read_text(encoding="utf-8")))
        except DirectiveError as error:
            raise SnippetError(f"snippets/{snippet}: {error}") from None

    def check_sections(self) -> None:
        """Every `path#section` a page names exists and is well formed, before anything runs."""
        for page, directives in self.page_directives().items():
            for directive in directives:
                if directive.section:
                    self.section_code(directive, f"{page}:{directive.line}")

    def section_code(self, directive: Directive, place: str) -> str:
        source = self.snippet_file(directive.path).read_text(encoding="utf-8")
        try:
            return (extract_section(source, directive.section) if directive.section
                    else strip_markers(source))
        except DirectiveError as error:
            message, where = str(error), f"snippets/{directive.path}"
            line = re.match(r"line (\d+): ", message)
            if line:  # a line of the snippet file
                where, message = f"{where}, line {line[1]}", message[line.end():]
            raise SnippetError(f"{place}: {where}: {message}") from None

    def run(self, snippets: list[str], used: dict[str, Usage]) -> None:
        if not snippets:
            return
        jobs = []
        for snippet in snippets:
            path = self.snippet_file(snippet)
            jobs.append(Job(path.resolve(), tuple(sandbox_files(path, self.snippets_dir)),
                            f"snippets/{snippet.rsplit('/', 1)[0]}/",
                            self.lab_cells(snippet) if is_lab(snippet) else ()))
        names = {job: snippet for job, snippet in zip(jobs, snippets)}
        failures: dict[str, str] = {}

        def store(outcome) -> None:
            """Called as each run finishes: a good result is stored at once."""
            snippet = names[outcome.job]
            if outcome.status != "ok":
                failures[snippet] = self.describe_failure(snippet, outcome, used[snippet])
                return
            meta = {"snippet": snippet, "seconds": outcome.seconds}
            if outcome.cells:
                meta["cells"] = list(outcome.cells)
            result = self.store.commit(self.keys[snippet], outcome.stdout, outcome.stderr,
                                       list(outcome.figures), meta)
            with self.lock:
                self.results[snippet] = result
                self.executed.append({**meta, "figures": len(result.figures)})
                if outcome.stderr.strip():
                    self.notes.append(
                        f"bookexec: snippets/{snippet} wrote to stderr (shown here, not on the "
                        "page):\n" + "\n".join(f"  | {row}"
                                                for row in outcome.stderr.rstrip().splitlines()))

        started = time.perf_counter()
        try:
            run_all(jobs, self.settings.timeout, self.settings.jobs, on_done=store)
        except CacheError as error:
            raise SnippetError(str(error)) from None
        finally:
            self.wall_seconds = time.perf_counter() - started
        if failures:
            raise SnippetError("\n\n".join(failures[s] for s in snippets if s in failures))

    def describe_failure(self, snippet, outcome, usage: Usage) -> str:
        where = f"snippets/{snippet}"
        if outcome.status == "timeout":
            return (f"{where}: timed out after {outcome.seconds:g} s "
                    f"(BOOKEXEC_TIMEOUT)\n  embedded at {usage.describe()}")
        error = outcome.error
        if error.get("line"):
            where += f", line {error['line']}"
        if error.get("cell"):
            where += f" (cell '{error['cell']}')"
        what = (error["message"] if error["type"] in {"Exit", "Output", "Figure"}
                else f"{error['type']}: {error['message']}")
        return (f"{where}: {what}\n"
                f"  embedded at {usage.describe()}"
                + "".join(f"\n  | {row}" for row in error["traceback"].splitlines()))

    # ── notebooks ──────────────────────────────────────────────────────────
    def notebook_uri(self, page_src_uri: str) -> str:
        return f"notebooks/{page_src_uri.removesuffix('.md')}.ipynb"

    def notebook_files(self) -> dict[str, Path]:
        """Site path → notebook, for every page that embeds a snippet (both languages)."""
        made = {}
        for page_name, directives in self.page_directives().items():
            page = self.root / page_name
            if not directives or self.is_lab_source(page):
                continue
            src_uri = page.relative_to(self.docs_dir).as_posix()
            made[self.notebook_uri(src_uri)] = self.notebook(page, src_uri)
        return made

    def lab_notebooks(self) -> dict[tuple[str, str], Path]:
        """(language, "labs/NN-name.ipynb") → the lab's executed notebook, as a file named
        for the reader (.cache/labs/<key>/NN-name.LANG.ipynb): the page's download has that
        name."""
        made = {}
        for source in self.lab_sources():
            stem, language = source.name.removesuffix(".md").rsplit(".", 1)
            keyed = self.notebook(source, source.relative_to(self.docs_dir).as_posix(), lab=True)
            named = self.store.root.parent / "labs" / keyed.stem / f"{stem}.{language}.ipynb"
            try:
                if not named.is_file():
                    named.parent.mkdir(parents=True, exist_ok=True)
                    scratch = named.with_suffix(f".{os.getpid()}.tmp")
                    scratch.write_bytes(keyed.read_bytes())
                    scratch.replace(named)
            except OSError as error:
                raise SnippetError(f"cannot write {named}: {error}") from None
            made[(language, f"labs/{stem}.ipynb")] = named
        return made

    def lab_figures(self, language: str, uri: str, depth: int) -> list[tuple[str, str, tuple]]:
        """(site-relative src, alt text, pixel size) of each figure a lab page shows, in page
        order. Each cell's directive gives one alt text per figure the cell drew."""
        source = self.docs_dir / f"{uri.removesuffix('.ipynb')}.{language}.md"
        page = source.relative_to(self.root).as_posix()
        shown = []
        try:  # alt texts may quote values from the run, as on chapter pages
            text = inline.render(source.read_text(encoding="utf-8"), language, self.stdout_of,
                                 self.chapters)
        except inline.InlineError as error:
            raise SnippetError(f"{page}: {error}") from None
        for directive in find_directives(text):
            result = self.results.get(directive.path)
            if result is None or not result.cells:
                continue
            _, figures = result.cell(directive.section)
            if len(figures) != len(directive.alts):
                raise SnippetError(
                    f"{page}:{directive.line}: cell '{directive.section}' of snippets/"
                    f"{directive.path} draws {len(figures)} figure(s) but the directive gives "
                    f"{len(directive.alts)} alt text(s)")
            for figure, alt in zip(figures, directive.alts):
                index = result.figures.index(figure) + 1
                size = render.svg_size(figure.open(encoding="utf-8").read(600))
                shown.append(("../" * depth + self.figure_uri(directive.path, index), alt, size))
        return shown

    def notebook(self, page: Path, src_uri: str, lab: bool = False) -> Path:
        """The cached notebook of a chapter page or a lab text, its inline directives filled."""
        cache = self.store.root.parent / "notebooks"
        page_name = page.relative_to(self.root).as_posix()
        language = page.suffixes[-2][1:] if len(page.suffixes) > 1 else "ko"
        before = {p.name for p in cache.glob("*.ipynb")} if cache.is_dir() else set()
        try:
            text = inline.render(page.read_text(encoding="utf-8"), language,
                                 self.stdout_of, self.chapters)
            path = notebooks.cached_notebook(cache, text, language, self.snippets_dir,
                                             self.results, self.keys, lab)
        except (inline.InlineError, DirectiveError) as error:
            raise SnippetError(f"{page_name}: {error}") from None
        except OSError as error:
            raise SnippetError(f"cannot write the notebook cache {cache}: {error} (make it "
                               "writable, or set BOOKEXEC_CACHE to a writable folder)") from None
        if path.name not in before:
            self.notebooks_made.append(src_uri)
        return path

    # ── rendering ──────────────────────────────────────────────────────────
    def figure_uri(self, snippet: str, index: int) -> str:
        stem = snippet.removesuffix(".py")
        return f"assets/figures/{stem}-{index}-{self.keys[snippet][:10]}.svg"

    def figure_files(self) -> dict[str, Path]:
        """Site path → cached SVG, for every figure of every snippet that ran."""
        files = {}
        for snippet, result in self.results.items():
            for index, figure in enumerate(result.figures, start=1):
                files[self.figure_uri(snippet, index)] = figure
        return files

    def render_directive(self, directive: Directive, page_src: str, src_uri: str,
                         language: str) -> str:
        place = f"{page_src}:{directive.line}"
        if not self.snippet_file(directive.path).is_file():
            raise SnippetError(f"{place}: snippet not found: snippets/{directive.path}")
        blocks = []
        code_blocks = blocks
        if "fold" in directive.options:
            code_blocks = []
        if directive.shows_code:
            code = self.section_code(directive, place)
            block = render.code_block(code, f"snippets/{directive.path}", directive.indent)
            if directive.section:  # the copy button copies the whole runnable file
                source = self.snippet_file(directive.path).read_text(encoding="utf-8")
                block = render.copies_whole_file(block, strip_markers(source), directive.indent)
            code_blocks.append(block)
        if directive.shows_output:
            result = self.results.get(directive.path)
            if result is None:
                blocks.append(render.not_run_note(language, directive.indent))
            else:
                if len(directive.alts) != len(result.figures):
                    raise SnippetError(
                        f"{place}: snippets/{directive.path} draws {len(result.figures)} "
                        f"figure(s) but the directive gives {len(directive.alts)} alt text(s)")
                blocks.append(render.output_block(result.stdout, language, directive.indent))
                depth = src_uri.count("/")
                figures = [render.figure("../" * depth + self.figure_uri(directive.path, index),
                                         alt, directive.indent, render.svg_size(
                                             svg.open(encoding="utf-8").read(600)))
                           for index, (alt, svg) in enumerate(
                               zip(directive.alts, result.figures), start=1)]
                if "slider" in directive.options:
                    figures = [render.slider(figures, result.labels, language, directive.indent)]
                blocks += figures
        if code_blocks is not blocks:
            result = self.results.get(directive.path)
            draws = bool(directive.alts) or bool(result and result.figures)
            blocks += [render.folded(block, language, draws, directive.indent)
                       for block in code_blocks]
        return render.join_blocks(blocks)

    def stdout_of(self, snippet: str) -> str | None:
        result = self.results.get(snippet)
        return None if result is None else result.stdout

    def render_page(self, markdown: str, page_src: str, src_uri: str, language: str) -> str:
        """Replace each directive line of a page with what it shows.

        `page_src` names the page in messages; `src_uri` (relative to docs/) places figure links.
        """
        try:
            markdown = inline.render(markdown, language, self.stdout_of, self.chapters)
        except inline.InlineError as error:
            raise SnippetError(f"{page_src}: {error}") from None
        lines = markdown.split("\n")
        try:
            directives = find_directives(markdown)
        except DirectiveError as error:
            raise SnippetError(f"{page_src}: {error}") from None
        for directive in reversed(directives):
            rendered = self.render_directive(directive, page_src, src_uri, language)
            lines[directive.line - 1] = rendered
        return "\n".join(lines)
