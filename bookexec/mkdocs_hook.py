"""MkDocs hook: run the snippets pages embed and put their real output on the page.

Thin on purpose; the work happens in `bookexec.book`. MkDocs loads this file by path
(`hooks:` in mkdocs.yml), so the repository root is put on `sys.path` to import the package.
"""

from __future__ import annotations

import json
import logging
import shutil
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bookexec.assets import mathjax_files  # noqa: E402
from bookexec import glossary  # noqa: E402
from bookexec.book import Book, Settings, SnippetError  # noqa: E402

log = logging.getLogger("mkdocs.hooks.bookexec")
book: Book | None = None


def is_secondary_language_build(config) -> bool:
    i18n = config.plugins.get("i18n")
    return bool(i18n and i18n.building)


def page_language(config) -> str:
    return config.theme["language"] if config.theme["language"] in ("ko", "en") else "en"


def on_files(files, config):
    global book
    if book is None or not is_secondary_language_build(config):
        root = Path(config.config_file_path).resolve().parent
        book = Book(root, Path(config.docs_dir), Settings.from_environment())
        try:
            book.prepare()
        except SnippetError as error:
            raise PluginError(f"bookexec: snippet failed\n{error}") from None
        record_run(book)
    generated = {**mathjax_files(), **book.figure_files()}
    for uri, path in generated.items():
        files.append(File.generated(config, uri, abs_src_path=str(path)))
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
    book.store.root.mkdir(parents=True, exist_ok=True)
    (book.store.root / "last-run.json").write_text(json.dumps(ran, indent=1))


def on_post_build(config):
    """Material's instant navigation reads the sitemap of the language it switches to; the i18n
    plugin writes one sitemap (at the root) for both languages, so /en/ gets a copy."""
    site = Path(config.site_dir)
    if is_secondary_language_build(config) and (site / "sitemap.xml").is_file():
        (site / "en").mkdir(exist_ok=True)
        shutil.copyfile(site / "sitemap.xml", site / "en" / "sitemap.xml")


def on_page_markdown(markdown, page, config, files):
    language = page_language(config)
    try:
        markdown = book.render_page(markdown, f"docs/{page.file.src_uri}", page.file.src_uri,
                                    language)
    except SnippetError as error:
        raise PluginError(f"bookexec: {error}") from None
    entries = glossary.load(book.root / "includes" / "glossary.yml")
    depth = "../" * page.file.src_uri.count("/")
    markdown = glossary.GLOSSARY_LINE.sub(
        lambda m: glossary.table(entries, language, depth), markdown)
    return markdown + "\n\n" + glossary.abbreviations(entries, language) + "\n"
