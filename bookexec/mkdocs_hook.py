"""MkDocs hook: run the snippets pages embed and put their real output on the page.

Thin on purpose; the work happens in `bookexec.book`. MkDocs loads this file by path
(`hooks:` in mkdocs.yml), so the repository root is put on `sys.path` to import the package.
"""

from __future__ import annotations

import gzip
import json
import logging
import re
import shutil
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File
from mkdocs.structure.toc import get_toc

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bookexec.mathrender import MathError, Renderer  # noqa: E402
from bookexec import (assets, codespans, glossary, labpage, mathtext, mathtrim,  # noqa: E402
                      print_site_speedup, scrolling, sitemap, tables)
from bookexec.book import Book, Settings, SnippetError  # noqa: E402
from bookexec.inline import nav_pages  # noqa: E402

log = logging.getLogger("mkdocs.hooks.bookexec")
book: Book | None = None
math: Renderer | None = None
MATH_CSS = "assets/mathjax/svg.css"


def is_secondary_language_build(config) -> bool:
    i18n = config.plugins.get("i18n")
    return bool(i18n and i18n.building)


def page_language(config) -> str:
    return config.theme["language"] if config.theme["language"] in ("ko", "en") else "en"


def on_config(config):
    if "print-site" in config.plugins:
        print_site_speedup.install()
    split_search_index_after_i18n(config)
    keep_notebook_cache_across_languages(config)
    load_each_asset_once(config)
    return config


def load_each_asset_once(config) -> None:
    """The print-site plugin adds its script and stylesheets to the config in its on_config,
    which the i18n plugin's second (English) build runs again on the same config: English pages
    loaded print-site.js, print-site.css and print-site-material.css twice each (two more
    stylesheets to parse and apply to a long page). Keep the first of each."""
    for key in ("extra_javascript", "extra_css"):
        seen, kept = set(), []
        for item in config[key]:
            if str(item) not in seen:
                seen.add(str(item))
                kept.append(item)
        config[key][:] = kept


def keep_notebook_cache_across_languages(config) -> None:
    """mkdocs-jupyter caches each rendered notebook and, after a build, deletes the entries
    that build did not use. The i18n plugin builds twice (Korean, then English inside the
    Korean build's last step), so each build deleted the other language's entries and no
    entry was ever found again. Here its record of used entries starts with the Korean build
    and is pruned once, after the English one."""
    jupyter = config.plugins.get("mkdocs-jupyter")
    if jupyter is None:
        return
    for event, primary_only in (("pre_build", True), ("post_build", False)):
        handlers = config.plugins.events[event]
        for index, handler in enumerate(handlers):
            if getattr(handler, "__self__", None) is not jupyter:
                continue

            def wrapped(config, handler=handler, primary_only=primary_only):
                if is_secondary_language_build(config) != primary_only:
                    return handler(config=config)

            handlers[index] = wrapped


def split_search_index_after_i18n(config) -> None:
    """The i18n plugin writes the theme's search index for both languages as its very last step,
    by calling the search plugin's on_post_build itself. That call is wrapped here so that the
    index is split (split_search_index) right after it is written, in `build` and `serve`."""
    search = config.plugins.get("material/search") or config.plugins.get("search")
    if search is None or getattr(search.on_post_build, "splits_index", False):
        return
    write_index = search.on_post_build

    def on_post_build(config):
        write_index(config=config)
        split_search_index(Path(config.site_dir), math.mathml if math is not None else None)

    on_post_build.splits_index = True
    search.on_post_build = on_post_build


class LabPage(File):
    """A lab: an executed notebook that mkdocs-jupyter renders as a page."""

    def is_documentation_page(self) -> bool:
        return True


@event_priority(-110)  # after the i18n plugin (-100), which rebuilds the list of files
def on_files(files, config):
    global book
    if book is None or not is_secondary_language_build(config):
        root = Path(config.config_file_path).resolve().parent
        book = Book(root, Path(config.docs_dir), Settings.from_environment())
        book.load_chapters(nav_pages(config["nav"] or []))
        try:
            book.prepare()
        except SnippetError as error:
            raise PluginError(f"bookexec: snippet failed\n{error}") from None
        finally:
            for note in book.notes:  # INFO, not WARNING: see README, "How it works"
                log.info(note)
            book.notes.clear()
        try:
            book.notebooks = book.notebook_files()
            book.labs = book.lab_notebooks()
            record_run(book)
        except SnippetError as error:
            raise PluginError(f"bookexec: {error}") from None
    global math
    if math is None:
        math = Renderer(book.store.root.parent / "math")
    try:
        generated = {MATH_CSS: math.stylesheet(), **book.figure_files(), **book.notebooks}
    except MathError as error:
        raise PluginError(f"bookexec: {error}") from None
    for uri, path in generated.items():
        files.append(File.generated(config, uri, abs_src_path=str(path)))
    language = page_language(config)
    for (lab_language, uri), path in book.labs.items():
        if lab_language == language:
            page = LabPage.generated(config, uri, abs_src_path=str(path))
            if is_secondary_language_build(config):
                page.dest_uri = f"{language}/{page.dest_uri}"
            files.append(page)
    return files


def record_run(book: Book) -> None:
    ran = book.executed
    total = len(book.keys)
    if ran:
        compute = sum(item["seconds"] for item in ran)
        log.info(f"bookexec: ran {len(ran)} of {total} snippets "
                 f"({compute:.1f} s of snippet time in {book.wall_seconds:.1f} s wall)")
    else:
        log.info(f"bookexec: all {total} snippets from cache, none ran")
    if book.notebooks_made:
        log.info(f"bookexec: wrote {len(book.notebooks_made)} chapter notebooks")
    record = {"snippets": ran, "notebooks": book.notebooks_made}
    try:
        book.store.root.mkdir(parents=True, exist_ok=True)
        (book.store.root / "last-run.json").write_text(json.dumps(record, indent=1))
    except OSError as error:
        raise SnippetError(f"cannot write the snippet cache {book.store.root}: {error} (make it "
                           "writable, or set BOOKEXEC_CACHE to a writable folder)") from None


PRINT_PAGE = Path("print_page") / "index.html"
saved_print_page: str | None = None


def on_post_page(output, page, config):
    """Every formula of the page drawn as SVG (see bookexec/mathrender.py and mathtrim.py)."""
    source = Path(config.docs_dir) / page.file.src_uri
    where = f"docs/{page.file.src_uri}"
    try:
        return mathtrim.trimmed(math.render_page(output, where, source.read_text(encoding="utf-8")
                                                 if source.is_file() else None))
    except MathError as error:
        raise PluginError(f"bookexec: {error}") from None


def on_shutdown():
    if math is not None:
        math.close()


def render_math_in_file(path: Path, where: str) -> None:
    try:
        path.write_text(mathtrim.trimmed(math.render_page(path.read_text(encoding="utf-8"), where)),
                        encoding="utf-8")
    except MathError as error:
        raise PluginError(f"bookexec: {error}") from None


def on_post_build(config):
    """The theme's script is marked for eager compilation (bookexec/assets.py), after each
    build, since each copies the theme's files again. Then two fixes for the second (English)
    build of the i18n plugin:

    - Material's instant navigation reads the sitemap of the language it switches to, and the
      i18n plugin writes one (at the root) for both, without the labs (bookexec/sitemap.py):
      the labs are added, and /en/ gets a copy.
    - The print-site plugin always writes /print_page/, so the English build overwrites the
      Korean one: the English page moves to /en/print_page/ (its relative links one level
      deeper) and the Korean one is put back.
    """
    global saved_print_page
    site = Path(config.site_dir)
    for script in (site / "assets" / "javascripts").glob("bundle.*.min.js"):
        assets.compile_eagerly(script)
    if not is_secondary_language_build(config):
        if (site / PRINT_PAGE).is_file():
            render_math_in_file(site / PRINT_PAGE, "the Korean print page")
            saved_print_page = (site / PRINT_PAGE).read_text(encoding="utf-8")
        return
    (site / "en").mkdir(exist_ok=True)
    if (site / "sitemap.xml").is_file():
        add_labs_to_sitemap(site / "sitemap.xml", config["site_url"] or "/")
        shutil.copyfile(site / "sitemap.xml", site / "en" / "sitemap.xml")
    if saved_print_page is not None and (site / PRINT_PAGE).is_file():
        english = (site / PRINT_PAGE).read_text(encoding="utf-8")
        (site / "en" / PRINT_PAGE).parent.mkdir(parents=True, exist_ok=True)
        (site / "en" / PRINT_PAGE).write_text(one_level_deeper(english), encoding="utf-8")
        render_math_in_file(site / "en" / PRINT_PAGE, "the English print page")
        (site / PRINT_PAGE).write_text(saved_print_page, encoding="utf-8")


def add_labs_to_sitemap(path: Path, site_url: str) -> None:
    labs: dict[str, dict[str, str]] = {}
    for language, uri in book.labs:
        prefix = "" if language == "ko" else f"{language}/"
        labs.setdefault(uri, {})[language] = f"{prefix}{uri.removesuffix('.ipynb')}/"
    text = sitemap.with_pages(path.read_text(encoding="utf-8"), site_url, list(labs.values()))
    path.write_text(text, encoding="utf-8")
    zipped = path.with_name(path.name + ".gz")
    if zipped.is_file():
        zipped.write_bytes(gzip.compress(text.encode("utf-8"), mtime=0))


SEARCH_INDEX = Path("search") / "search_index.json"
LISTING = re.compile(r"(?:snippets/\S+\.py\s*)?<pre>.*?</pre>", re.S)
def split_search_index(site: Path, mathml=None) -> None:
    """One search index per language. The theme writes one index holding both books at
    /search/; the Korean pages keep the Korean half there and the English pages get theirs at
    /en/search/ (overrides/main.html points their search there). A reader downloads and
    searches only the book they are reading, and the index holds the prose, not the code
    listings and outputs, its formulas as text (`mathml`: the Renderer's; see bookexec/mathtext.py).
    Locations stay relative to the site root, the `base` of every page."""
    path = site / SEARCH_INDEX
    if not path.is_file():
        return
    index = json.loads(path.read_text(encoding="utf-8"))
    for doc in index["docs"]:  # prose only: listings and outputs are three fifths of the text
        doc["text"] = LISTING.sub(" ", doc["text"])
    if mathml is not None:
        mathtext.formulas_as_text(index["docs"], mathml)
    english = [doc for doc in index["docs"] if doc["location"].startswith("en/")]
    korean = [doc for doc in index["docs"] if not doc["location"].startswith("en/")]
    for folder, docs, languages in ((site, korean, ["ko", "en"]), (site / "en", english, ["en"])):
        target = folder / SEARCH_INDEX
        target.parent.mkdir(parents=True, exist_ok=True)
        config = {**index["config"], "lang": languages}
        target.write_text(json.dumps({"config": config, "docs": docs}, ensure_ascii=False,
                                     separators=(",", ":")), encoding="utf-8")


def one_level_deeper(html: str) -> str:
    """Relative URLs of a page moved one folder down: ../x becomes ../../x."""
    html = re.sub(r"""(?<=["'(])\.\./""", "../../", html)
    return html.replace('"base": ".."', '"base": "../.."')


NOTEBOOK_LINK = {
    "ko": "[:material-notebook-outline: 이 장을 주피터 노트북으로 내려받기]({href}){{ .md-button download }}",
    "en": "[:material-notebook-outline: Download this chapter as a Jupyter notebook]({href}){{ .md-button download }}",
}


def add_notebook_link(markdown: str, src_uri: str, language: str) -> str:
    """A download button right under the page title."""
    href = "../" * src_uri.count("/") + book.notebook_uri(src_uri)
    link = NOTEBOOK_LINK[language].format(href=href)
    lines = markdown.split("\n")
    title = next((i for i, line in enumerate(lines) if line.startswith("# ")), -1)
    lines.insert(title + 1, f"\n{link}\n")
    return "\n".join(lines)


def first_paragraph(markdown: str, limit: int = 160) -> str:
    """Plain text of a page's first paragraph, for its description meta tag."""
    for block in re.split(r"\n\s*\n", markdown):
        block = block.strip()
        if not block or block[0] in "#<!|`-=*>:[" or block.startswith(("---", "???")):
            continue
        text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", block)
        text = re.sub(r"\$+([^$]*)\$+", lambda m: m.group(1).replace("\\", ""), text)
        text = re.sub(r"[*_`]", "", text)
        text = " ".join(text.split())
        return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"
    return ""


def on_page_markdown(markdown, page, config, files):
    language = page_language(config)
    try:
        markdown = book.render_page(markdown, f"docs/{page.file.src_uri}", page.file.src_uri,
                                    language)
    except SnippetError as error:
        raise PluginError(f"bookexec: {error}") from None
    if not page.meta.get("description"):  # from the page as rendered: values and titles filled in
        page.meta["description"] = first_paragraph(markdown) or config.site_description
    notebook = book.notebooks.get(book.notebook_uri(page.file.src_uri))
    if notebook is not None:
        markdown = add_notebook_link(markdown, page.file.src_uri, language)
    entries = glossary.load(book.root / "includes" / "glossary.yml")
    depth = "../" * page.file.src_uri.count("/")
    return glossary.GLOSSARY_LINE.sub(lambda m: glossary.table(entries, language, depth),
                                      markdown)


def fit_lab(html: str, page, config) -> str:
    """A lab page in the book's markup (see bookexec/labpage.py), with a table of contents."""
    language = page_language(config)
    depth = page.file.dest_uri.count("/")
    try:
        figures = [labpage.Figure(src, alt, size) for src, alt, size in
                   book.lab_figures(language, page.file.src_uri, depth)]
        fitted = labpage.fit(html, language, figures, Path(page.file.abs_src_path).name)
    except (SnippetError, labpage.LabPageError) as error:
        raise PluginError(f"bookexec: {page.file.src_uri} ({language}): {error}") from None
    page.toc = get_toc(fitted.toc)
    page.meta["description"] = fitted.description or config.site_description
    return fitted.html


@event_priority(60)  # before the print-site plugin copies the page into the print page
def on_page_content(html, page, config, files):
    """Labs in the book's markup; glossary tooltips on every page (see bookexec/glossary.py);
    code blocks that may scroll focusable (bookexec/scrolling.py) and with fewer elements
    (bookexec/codespans.py); each table in a block of its own (bookexec/tables.py)."""
    if isinstance(page.file, LabPage):
        html = fit_lab(html, page, config)
    entries = glossary.load(book.root / "includes" / "glossary.yml")
    html = glossary.annotate(html, entries, page_language(config))
    return tables.boxed(codespans.lighter_code(scrolling.focusable_code(html)))
