"""The built book (`mkdocs build --strict`): structure, anchors, offline assets."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import BUILD, SITE_URL, nav_paths, page_files

LOADING_TAG = re.compile(
    r"""<(?:script|link|img|iframe|source)\b[^>]*\b(?:src|href)=["'](?:https?:)?//[^>]*>""", re.I)
NAMES_A_PAGE = re.compile(r"""\brel=["'](?:canonical|alternate)["']""", re.I)


def external_loads(html: str) -> list[str]:
    """Tags that make the browser fetch from another origin (a canonical or alternate-language
    link only names a page and loads nothing)."""
    return [tag for tag in LOADING_TAG.findall(html) if not NAMES_A_PAGE.search(tag)]


def site_pages(site):
    return sorted(p for p in site.rglob("*.html") if "assets" not in p.parts)


def test_strict_build_has_no_warnings(built_site):
    log = (BUILD / "test-site.log").read_text()
    assert "WARNING" not in log
    assert (built_site / "index.html").is_file()
    assert (built_site / "en" / "index.html").is_file()


def test_every_page_is_built_in_both_languages(built_site):
    for page in page_files():
        stem, language = page.name.rsplit(".", 2)[0], page.suffixes[-2][1:]
        folder = built_site if language == "ko" else built_site / "en"
        target = folder / "index.html" if stem == "index" else folder / stem / "index.html"
        assert target.is_file(), target


def test_external_load_check_spots_a_cdn_script_but_not_a_canonical_link():
    page = ('<link rel="canonical" href="http://127.0.0.1:8000/02-derivatives/">'
            '<link rel="alternate" href="http://127.0.0.1:8000/en/" hreflang="en">'
            '<script src="https://cdn.jsdelivr.net/npm/mathjax@3/es5/tex-svg.js"></script>'
            '<img src="//example.org/plot.png">')
    assert external_loads(page) == [
        '<script src="https://cdn.jsdelivr.net/npm/mathjax@3/es5/tex-svg.js">',
        '<img src="//example.org/plot.png">']


def test_pages_load_nothing_from_another_host(built_site):
    offenders = [str(p.relative_to(built_site)) for p in site_pages(built_site)
                 if external_loads(p.read_text(encoding="utf-8"))]
    assert offenders == []
    css = "\n".join(p.read_text(errors="ignore") for p in built_site.rglob("*.css"))
    assert "fonts.googleapis" not in css and "fonts.gstatic" not in css


def test_formulas_arrive_drawn_and_pages_load_no_math_script(built_site):
    """Formulas are SVG in the HTML as served (bookexec/mathrender.py); no page loads MathJax."""
    page = (built_site / "08-gradient-descent" / "index.html").read_text(encoding="utf-8")
    boxes = re.findall(r'<(span|div) class="arithmatex">(.{0,40})', page)
    assert len(boxes) > 100
    assert all(body.startswith("<mjx-container") for _, body in boxes)
    assert 'class="bookexec-math-glyphs"' in page
    assert (built_site / "assets" / "mathjax" / "svg.css").stat().st_size > 1000
    assert not list(built_site.rglob("tex-svg.js"))
    assert "mathjax" not in " ".join(re.findall(r'<script[^>]*src="([^"]+)"', page)).lower()


def test_korean_headings_get_readable_anchors(built_site):
    html = (built_site / "02-derivatives" / "index.html").read_text(encoding="utf-8")
    assert 'id="편미분"' in html
    assert not re.search(r'id="_\d+"', html)


@pytest.mark.parametrize("language", ["ko", "en"])
def test_every_page_offers_the_other_language(built_site, language):
    folder = built_site if language == "ko" else built_site / "en"
    other = "en" if language == "ko" else "ko"
    for page in site_pages(folder):
        if language == "ko" and "en" in page.relative_to(built_site).parts[:1]:
            continue
        html = page.read_text(encoding="utf-8")
        assert f'hreflang="{other}"' in html, page


def test_every_figure_has_alt_text(built_site):
    for page in site_pages(built_site):
        for tag in re.findall(r"<img\b[^>]*>", page.read_text(encoding="utf-8")):
            alt = re.search(r'alt="([^"]*)"', tag)
            assert alt and alt.group(1).strip(), f"{page}: {tag}"


def test_every_page_has_a_description(built_site):
    for page in site_pages(built_site):
        if page.name == "404.html" or "print_page" in page.parts:
            continue
        match = re.search(r'<meta name="description" content="([^"]*)"', page.read_text())
        assert match and len(match.group(1)) > 20, page
        assert "{{" not in match.group(1), f"{page}: an unrendered directive in the description"


def test_sitemap_lists_every_page_of_both_languages(built_site):
    """The theme navigates instantly only to pages its sitemap lists: every page of the nav,
    labs included, in both languages, each with its page in the other language."""
    import gzip

    sitemap = (built_site / "sitemap.xml").read_text()
    assert (built_site / "en" / "sitemap.xml").read_text() == sitemap
    assert gzip.decompress((built_site / "sitemap.xml.gz").read_bytes()).decode() == sitemap
    entries = re.findall(r"<url>(.*?)</url>", sitemap, re.S)
    by_page = {re.search(r"<loc>([^<]*)</loc>", entry)[1]: entry for entry in entries}
    assert len(by_page) == len(entries), "a page listed twice"
    for path in nav_paths():
        korean, english = SITE_URL + path, SITE_URL + "en/" + path
        for url in (korean, english):
            assert url in by_page, f"{url} is not in the sitemap"
            assert f'hreflang="ko" href="{korean}"' in by_page[url], url
            assert f'hreflang="en" href="{english}"' in by_page[url], url


def test_favicon_is_served_and_linked(built_site):
    assert (built_site / "assets" / "favicon.svg").is_file()
    assert 'rel="icon" href="assets/favicon.svg"' in (built_site / "index.html").read_text()


def test_404_page_speaks_both_languages(built_site):
    text = (built_site / "404.html").read_text(encoding="utf-8")
    assert "페이지를 찾을 수 없습니다" in text and "Page not found" in text


@pytest.mark.parametrize("language, marker", [("ko", 'lang="ko"'), ("en", 'lang="en"')])
def test_print_page_holds_the_whole_book_in_one_language(built_site, language, marker):
    folder = built_site if language == "ko" else built_site / "en"
    text = (folder / "print_page" / "index.html").read_text(encoding="utf-8")
    assert f"<html {marker}" in text
    chapters = [p.name.split(".")[0] for p in page_files() if p.name.endswith(f".{language}.md")]
    for chapter in chapters:
        if chapter != "index":
            assert f'id="{chapter}' in text or f"{chapter}/" in text, chapter
    assert "bookexec-figure" in text and "arithmatex" in text


def test_every_page_loads_each_script_and_stylesheet_once(built_site):
    """A second <script src> of one file runs it again; a second <link rel=stylesheet> makes the
    browser parse the sheet and apply it to the whole page again (the print-site plugin's files
    were listed twice on every English page)."""
    repeated = {}
    for page in sorted(built_site.glob("**/index.html")):
        html = page.read_text(encoding="utf-8")
        assets = re.findall(r'<script[^>]*\ssrc="([^"]+)"', html)
        assets += re.findall(r'<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"', html)
        twice = sorted({asset for asset in assets if assets.count(asset) > 1})
        if twice:
            repeated[str(page.relative_to(built_site))] = twice
    assert not repeated, list(repeated.items())[:5]


def test_the_theme_script_is_marked_for_eager_compilation_and_its_map_still_fits(built_site):
    """The theme's script carries V8's compile hint on its first line (issue 14); everything
    after it is the theme's file unchanged, and its source map is the theme's moved down that
    one line, so a debugger still shows the theme's own source."""
    import json

    import material

    from bookexec.assets import COMPILE_HINT

    theme = Path(material.__file__).parent / "templates" / "assets" / "javascripts"
    built = sorted((built_site / "assets" / "javascripts").glob("bundle.*.min.js"))
    assert [script.name for script in built] == [s.name for s in theme.glob("bundle.*.min.js")]
    script = built[0].read_text(encoding="utf-8")
    assert script.startswith(COMPILE_HINT)
    assert script[len(COMPILE_HINT):] == (theme / built[0].name).read_text(encoding="utf-8")
    built_map = json.loads((built_site / "assets" / "javascripts" / (built[0].name + ".map"))
                           .read_text(encoding="utf-8"))
    theme_map = json.loads((theme / (built[0].name + ".map")).read_text(encoding="utf-8"))
    assert built_map["mappings"] == ";" + theme_map["mappings"]
    assert {k: v for k, v in built_map.items() if k != "mappings"} == {
        k: v for k, v in theme_map.items() if k != "mappings"}


def test_each_language_has_its_own_search_index(built_site):
    import json

    korean = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    english = json.loads((built_site / "en" / "search" / "search_index.json").read_text(
        encoding="utf-8"))
    assert len(korean["docs"]) > 100 and len(english["docs"]) > 100
    assert not [d["location"] for d in korean["docs"] if d["location"].startswith("en/")]
    assert all(d["location"].startswith("en/") for d in english["docs"])
    assert english["config"]["lang"] == ["en"]


def test_search_index_holds_formulas_as_text_not_tex(built_site):
    """The theme shows an entry's text under a search result: its formulas are text made from
    their MathML (bookexec/mathtext.py), not TeX; code keeps its backslashes."""
    import json

    for index in (built_site / "search" / "search_index.json",
                  built_site / "en" / "search" / "search_index.json"):
        docs = json.loads(index.read_text(encoding="utf-8"))["docs"]
        for doc in docs:
            for field in ("title", "text"):
                prose = re.sub(r"<code>.*?</code>", "", doc[field], flags=re.S)
                assert not re.findall(r"\\[()\[\]]|\\[a-zA-Z]{2,}", prose), (doc["location"], prose)
        text = " ".join(doc["text"] for doc in docs)
        assert text.count("ℒ") > 50 and "∂" in text, index


def test_chapter_code_blocks_have_no_span_that_draws_nothing(built_site):
    """Names and whitespace in the chapters' listings are plain text, and no two neighbouring
    tokens drawn in one colour have a span each (bookexec/codespans.py; issue 14: chapter 8's
    code was 8,970 of its 19,860 elements). The listings are still highlighted."""
    from bookexec.codespans import GROUP

    for page in site_pages(built_site):
        html = page.read_text(encoding="utf-8")
        for block in re.findall(r'<div class="highlight">.*?</pre></div>', html, re.S):
            assert not re.search(r'<span class="(?:n|w|kc)">', block), page
            for first, second in re.findall(
                    r'<span class="([\w-]+)">[^<]*</span>\s*(?=<span class="([\w-]+)">)', block):
                assert GROUP.get(first, first) != GROUP.get(second, second), (page, first, second)
    chapter = (built_site / "08-gradient-descent" / "index.html").read_text(encoding="utf-8")
    assert chapter.count('<span class="k">') > 10
