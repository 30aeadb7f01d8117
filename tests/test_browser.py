"""The built book in a real browser: the system Chromium, headless, against 127.0.0.1.

Skipped on a laptop without Chromium; under CI=true a missing Chromium is a failure.
"""

from __future__ import annotations

import functools
import html
import http.server
import io
import json
import os
import re
import shutil
import threading
from urllib.parse import urlparse

import pytest

from conftest import REPO, SITE_URL, nav_paths, page_files

# SITE_URL: the 404 page links assets absolutely, and the sitemap names pages under it
CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run"]


def chromium_path() -> str | None:
    for candidate in ("/usr/bin/chromium", shutil.which("chromium"),
                      shutil.which("chromium-browser")):
        if candidate and os.path.exists(candidate):
            return candidate
    return None


@pytest.fixture(scope="module")
def browser():
    path = chromium_path()
    if path is None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("CI=true but Chromium is not installed (apt-get install chromium)")
        pytest.skip("Chromium is not installed")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=path, args=CHROMIUM_FLAGS)
        yield instance
        instance.close()


@pytest.fixture(scope="module")
def server(built_site):
    handler = functools.partial(QuietHandler, directory=str(built_site))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()
    thread.join()


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    """The built site as files, with one difference a real host does not need: the sitemap
    names each page at the address the book is built for (site_url, where `make serve` serves
    it), and this server runs on a free port, so it serves the sitemap with its own address.
    The theme's instant navigation follows only links its sitemap lists (it compares ports
    too); with the built sitemap as is, every click here loaded the next page afresh, and the
    instant-navigation tests tested fresh loads."""

    def log_message(self, *args):
        pass

    def send_head(self):
        path = self.translate_path(self.path)
        if not (path.endswith("sitemap.xml") and os.path.isfile(path)):
            return super().send_head()
        host, port = self.server.server_address[:2]
        with open(path, encoding="utf-8") as sitemap:
            body = sitemap.read().replace(SITE_URL, f"http://{host}:{port}/").encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", "application/xml")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)


SEARCH_INDEX = "/search/search_index.json"
EMPTY_SEARCH_INDEX = json.dumps({
    "config": {"lang": ["en"], "separator": "[\\s\\-]+", "pipeline": [],
               "fields": {"title": {"boost": 1000.0}, "text": {"boost": 1.0}}},
    "docs": [],
})


class Visit:
    """A browser page that records console errors and every request that leaves 127.0.0.1.

    Pages load exactly as a reader's do: MathJax typesets on its own, and every check waits for
    it to finish. Unless `search` is set, the theme's search worker gets an empty index:
    indexing the real one costs a core half a second on every page load, and only the search
    tests use it.
    """

    server: str | None = None

    def __init__(self, browser, color_scheme="light", search=False):
        self.context = browser.new_context(color_scheme=color_scheme)
        self.search = search
        self.errors: list[str] = []
        self.external: list[str] = []
        self.context.route("**/*", self.route)
        self.page = self.context.new_page()
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(
            f"{m.text} {m.location.get('url', '')}"))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))

    def route(self, route):
        url = route.request.url
        host = urlparse(url).hostname
        if url.startswith(SITE_URL) and self.server and not url.startswith(self.server):
            route.continue_(url=self.server + "/" + url[len(SITE_URL):])  # absolute site_url links
        elif not self.search and url.endswith(SEARCH_INDEX):
            route.fulfill(status=200, content_type="application/json", body=EMPTY_SEARCH_INDEX)
        elif url.startswith(("data:", "blob:")) or host == "127.0.0.1":
            route.continue_()
        else:
            self.external.append(route.request.url)
            route.abort()

    def open(self, url, timeout=30000):
        self.server = "/".join(url.split("/")[:3])
        self.page.goto(url, wait_until="load", timeout=timeout)

    def math(self, timeout=120000) -> dict:
        """The state of every formula on the page once MathJax has finished (see MATH_STATE)."""
        self.page.wait_for_function("document.readyState === 'complete'", timeout=timeout)
        return self.page.evaluate(MATH_STATE)

    def close(self):
        self.context.close()


def page_urls() -> list[str]:
    urls = ["404.html"]
    for page in page_files():
        stem, language = page.name.rsplit(".", 2)[0], page.suffixes[-2][1:]
        prefix = "" if language == "ko" else "en/"
        urls.append(prefix + ("" if stem == "index" else f"{stem}/"))
    for lab in sorted((REPO / "docs" / "labs").glob("*.md")):  # the labs (mkdocs-jupyter pages)
        stem, language = lab.name.rsplit(".", 2)[0], lab.suffixes[-2][1:]
        urls.append(("" if language == "ko" else "en/") + f"labs/{stem}/")
    return urls


# Every way MathJax shows a formula it could not render, looked for on the page as the reader
# sees it: a formula left as TeX (its box holds no rendered output), a MathJax error box
# (merror), an undefined macro (MathJax's noundefined extension draws its name as red text, not
# as an error), TeX drawn as text inside a formula (`\text{one\_hot}`: MathJax's \text does not
# read macros, so the reader saw the backslash), and TeX outside any formula box (a delimiter the
# Markdown did not pick up).
MATH_STATE = r"""async () => {
  const pending = () => window.MathJax && MathJax.startup && MathJax.startup.promise;
  for (let i = 0; i < 600 && window.MathJax && !pending(); i++) {
    await new Promise(r => setTimeout(r, 50));  // the script is loaded but not yet started
  }
  if (pending()) {
    let before;
    do { before = MathJax.startup.promise; await before; } while (before !== MathJax.startup.promise);
  }
  const boxes = [...document.querySelectorAll('.arithmatex')];
  const short = t => t.replace(/\s+/g, ' ').trim().slice(0, 100);
  const raw = boxes.filter(b => !b.querySelector('mjx-container'));
  const red = [...document.querySelectorAll('mjx-container')].filter(c =>
    c.querySelector('[fill="red"], [stroke="red"], [mathcolor="red"], [style*="color: red"]'));
  const errors = [...document.querySelectorAll('mjx-container')].filter(c =>
    c.querySelector('mjx-merror, [data-mjx-error], [data-mml-node="merror"]'));
  const assistive = c => (c.querySelector('mjx-assistive-mml') || c).textContent;
  const literal = [...document.querySelectorAll('mjx-container')].filter(c =>
    !red.includes(c) && assistive(c).includes('\\'));  // an undefined macro is red, counted above
  const tex = [];
  const root = document.querySelector('article') || document.body;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement.closest('pre, code, script, style, mjx-container, .arithmatex')) continue;
    if (/\\[a-zA-Z]{2,}|\\[()\[\]]|\$\$|\$[^$\s][^$]*\$/.test(node.textContent)) {
      tex.push(short(node.textContent));
    }
  }
  return {
    total: boxes.length,
    rendered: boxes.length - raw.length,
    raw: raw.slice(0, 5).map(b => short(b.textContent)),
    red: red.slice(0, 5).map(c => short(assistive(c))),
    red_count: red.length,
    errors: errors.slice(0, 5).map(c => short(assistive(c))),
    error_count: errors.length,
    literal: literal.slice(0, 5).map(c => short(assistive(c))),
    literal_count: literal.length,
    tex: tex.slice(0, 5),
    tex_count: tex.length,
  };
}"""


def assert_math_rendered(state: dict, where: str = "") -> int:
    """Every formula rendered, none an error, no undefined macro, no stray TeX; returns how
    many formulas the page has."""
    problems = {key: state[key] for key in ("raw", "red", "errors", "literal", "tex") if state[key]}
    assert not problems, f"{where}: {state['total'] - state['rendered']} left as TeX, " \
        f"{state['red_count']} with an undefined macro, {state['error_count']} errors, " \
        f"{state['literal_count']} drawing TeX as text, " \
        f"{state['tex_count']} stray TeX texts, e.g. {problems}"
    return state["total"]


STRIP_MATH = """() => document.querySelectorAll('mjx-container').forEach(c => c.replaceWith(
  Object.assign(document.createElement('span'), {textContent: '[math]'})))"""


def loaded_images(page, timeout=20000) -> list[str]:
    """Load every image (lazy ones too) and return their sources; fails on a broken one."""
    page.evaluate("document.querySelectorAll('img').forEach(i => i.loading = 'eager')")
    page.wait_for_function("[...document.images].every(i => i.complete)", timeout=timeout)
    broken = page.evaluate(
        "[...document.images].filter(i => i.naturalWidth === 0).map(i => i.src)")
    assert broken == []
    return page.evaluate("[...document.images].map(i => i.src)")


FORMULAS_CHECKED: dict[str, int] = {}


@pytest.mark.parametrize("path", page_urls())
def test_page_loads_cleanly_and_accessibly(browser, server, path):
    """A reader's first load: every formula on the page renders (no error, no undefined macro,
    no raw TeX), no console error, no request off 127.0.0.1, every image loads, and axe-core
    finds no serious or critical violation. axe runs after the formulas are checked and replaced
    by placeholders: MathJax's SVG is more than half of a chapter's nodes, and its accessibility
    is the same on every page, checked once on the notation sheet (test_rendered_math_is_accessible)."""
    visit = Visit(browser)
    try:
        visit.open(f"{server}/{path}")
        assert_math_rendered(visit.math(), path)
        visit.page.evaluate(STRIP_MATH)
        violations = accessibility_violations(visit.page)
        loaded_images(visit.page)
        assert visit.errors == []
        assert visit.external == []
        assert violations == []
    finally:
        visit.close()


# Dark mode (the slate scheme) changes colours only: its text styles are the light ones in other
# colours, and colours come from the scheme's variables, the same on every page. One page of each
# kind is enough to meet every text style the book has in dark mode (the start page, a chapter with
# admonitions and a table, the heaviest chapter with a figure slider, the glossary, the notation
# sheet, a lab and the not-found page), and colour contrast is the only rule of axe whose answer
# depends on the scheme; every page is checked with every rule in light mode above.
DARK_MODE_PAGES = ["", "07-cost-functions/", "08-gradient-descent/", "glossary/", "notation/",
                   "labs/04-debugging/", "404.html"]


@pytest.mark.parametrize("path", DARK_MODE_PAGES)
def test_page_is_accessible_in_dark_mode(browser, server, path):
    """axe-core's colour contrast in dark mode (the theme's button colour, its link colour on
    code and two of its code colours were under WCAG's 4.5:1 on the slate scheme's backgrounds)."""
    visit = Visit(browser, color_scheme="dark")
    try:
        visit.open(f"{server}/{path}")
        assert visit.page.evaluate("document.body.dataset.mdColorScheme") == "slate"
        visit.page.evaluate(STRIP_MATH)
        assert accessibility_violations(visit.page, rules=("color-contrast",)) == []
    finally:
        visit.close()


def test_math_check_sees_every_kind_of_failure(browser, server, tmp_path):
    """The checker above must fail on each failure MathJax can show, planted on a real page as
    MathJax itself draws them: an undefined macro (red text), a TeX syntax error (merror), TeX
    drawn as text (a macro inside \\text), a formula left as TeX, and TeX outside any formula."""
    from bookexec.mathrender import Renderer

    renderer = Renderer(tmp_path)
    try:
        drawn = renderer.typeset([("\\notamacro{x}", False), ("x^1^2", False),
                                  ("\\text{one\\_hot}", False)])["svgs"]
    finally:
        renderer.close()
    visit = Visit(browser)
    try:
        visit.open(f"{server}/02-derivatives/")
        assert assert_math_rendered(visit.math()) > 100
        visit.page.evaluate("""(drawn) => document.querySelector('article').insertAdjacentHTML(
          'beforeend', drawn.map(svg => `<p><span class="arithmatex">${svg}</span></p>`).join('') +
          '<p><span class="arithmatex">\\\\(y\\\\)</span></p><p>stray \\\\alpha in prose</p>')""",
                            drawn)
        state = visit.math()
        assert state["red_count"] == 1 and "notamacro" in state["red"][0], state
        assert state["error_count"] == 1, state
        assert state["literal"] == ["one\\_hot"], state
        assert state["total"] - state["rendered"] == 1 and state["raw"] == ["\\(y\\)"], state
        assert state["tex_count"] == 1, state
        with pytest.raises(AssertionError):
            assert_math_rendered(state)
    finally:
        visit.close()


# axe-core (shipped inside the pinned axe-playwright-python package) walks every node of a page,
# and two kinds of node make up nine tenths of a chapter: MathJax's SVG (more than half) and the
# highlighter's token spans. A full run took 5-15 s per chapter; this one takes about 1.5 s:
# - the page is checked as the theme renders it, before MathJax runs (MathJax's output, the same
#   kind on every page, is checked once, on the notation sheet, by
#   test_rendered_math_is_accessible);
# - colour contrast is checked on one sample of every distinct text style: the same colour,
#   size, weight and ancestry (tags and classes up to <body>) means the same foreground and
#   background, so the same contrast;
# - every other token span (a span whose only attribute is its highlighter class, so it carries
#   nothing but a colour) is replaced by its text, which halves the cost of the contrast rule;
# - one axe run checks every rule, colour contrast on the samples only.
MARK_TEXT_STYLE_SAMPLES = """() => {
  const seen = new Set();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    const element = text.parentElement;
    if (!element || !text.textContent.trim()) continue;
    const style = getComputedStyle(element);
    let ancestry = "";
    for (let e = element; e && e !== document.body; e = e.parentElement) {
      ancestry = `${e.tagName}.${e.getAttribute("class") || ""}>${ancestry}`;
    }
    const key = [style.color, style.fontSize, style.fontWeight, ancestry].join("|");
    if (!seen.has(key)) {
      seen.add(key);
      element.setAttribute("data-axe-sample", "");
    }
  }
  return seen.size;
}"""
TOKENS_TO_TEXT = """() => {
  for (const token of document.querySelectorAll(".highlight code span:not([data-axe-sample])")) {
    if (!token.firstElementChild && token.attributes.length === 1 && token.hasAttribute("class")) {
      token.replaceWith(token.textContent);
    }
  }
}"""
CHECK_CONTRAST_ON_SAMPLES_ONLY = (
    "axe.configure({rules: [{id: 'color-contrast', selector: '[data-axe-sample]'}]})")
RUN_AXE = """(rules) => axe.run(document, rules.length
  ? {runOnly: {type: "rule", values: rules}, resultTypes: ["violations"]}
  : {resultTypes: ["violations"]}).then(results => results.violations)"""


@functools.cache
def axe_source() -> str:
    from axe_playwright_python.sync_playwright import Axe

    return Axe().axe_script


# axe finds a text's background by hit-testing at the text's place; a block the browser has not
# drawn yet (book.css: content-visibility: auto, off screen) is not there to be hit, so axe saw
# the footer behind it. The reader sees every block drawn once it is on screen: draw them all.
DRAW_EVERY_BLOCK = """() => document.head.insertAdjacentHTML('beforeend',
  '<style>.md-content__inner * { content-visibility: visible !important; }</style>')"""


def accessibility_violations(page, rules: tuple[str, ...] = ()) -> list[str]:
    """Serious and critical axe-core violations on the page as it is now, in one axe run of
    every rule or of the rules named (afterwards the code blocks hold plain text: check the page
    before this, or leave it)."""
    page.evaluate(DRAW_EVERY_BLOCK)
    page.evaluate(axe_source())
    samples = page.evaluate(MARK_TEXT_STYLE_SAMPLES)
    assert samples > 0
    page.evaluate(TOKENS_TO_TEXT)
    page.evaluate(CHECK_CONTRAST_ON_SAMPLES_ONLY)
    found = page.evaluate(RUN_AXE, list(rules))
    return [f"{v['id']} ({v['impact']}): {v['help']} — {len(v['nodes'])} node(s), e.g. "
            f"{v['nodes'][0]['target']}"
            for v in found if v["impact"] in ("serious", "critical")]


def test_accessibility_check_catches_faint_text_and_an_unnamed_button(browser, server):
    visit = Visit(browser)
    try:
        visit.open(f"{server}/glossary/")
        visit.page.evaluate("""() => {
            const article = document.querySelector('article');
            article.insertAdjacentHTML('beforeend',
              '<p style="color: #c8c8c8">faint</p><button><svg width="9" height="9"></svg></button>');
        }""")
        found = " ".join(accessibility_violations(visit.page))
        assert "color-contrast" in found and "button-name" in found
    finally:
        visit.close()


def test_rendered_math_is_accessible(browser, server):
    visit = Visit(browser)
    try:
        visit.open(f"{server}/notation/")  # every symbol of the book, inline and displayed
        assert assert_math_rendered(visit.math(), "notation") > 100
        assert accessibility_violations(visit.page) == []
    finally:
        visit.close()


def language_pages(site, language) -> list:
    folder = site if language == "ko" else site / "en"
    return [page for page in folder.glob("**/index.html")
            if "print_page" not in page.parts
            and (language == "en" or "en" not in page.relative_to(site).parts[:1])]


def formulas(pages) -> list[str]:
    """The TeX of every formula on the pages, as the browser's textContent will read it."""
    found = []
    for page in pages:
        found += [html.unescape(m.group(2)) for m in re.finditer(
            r'<(span|div) class="arithmatex">(.*?)</\1>', page.read_text(encoding="utf-8"), re.S)]
    return found


@pytest.mark.heavy
@pytest.mark.parametrize("language", ["ko", "en"])
def test_print_page_shows_the_whole_book_with_math_and_figures(browser, server, built_site,
                                                               language):
    """The print page gathers every page of a language, loaded as a reader loads it: every
    formula of the book renders there (the same checks as on each page), every figure loads."""
    pages = language_pages(built_site, language)
    tex = formulas(pages)
    figures = sum(p.read_text(encoding="utf-8").count('class="bookexec-figure"') for p in pages)
    visit = Visit(browser)
    try:
        visit.open(f"{server}/{'' if language == 'ko' else 'en/'}print_page/", timeout=600000)
        assert assert_math_rendered(visit.math(timeout=240000), "print page") == len(tex) > 3000
        shown = [src for src in loaded_images(visit.page, timeout=60000)
                 if "/assets/figures/" in src]
        assert len(shown) >= figures > 40
        assert visit.errors == [] and visit.external == []
    finally:
        visit.close()


def test_learning_rate_explorer_slider_changes_the_figure(browser, server):
    visit = Visit(browser)
    try:
        visit.open(f"{server}/08-gradient-descent/")
        page = visit.page
        slider = page.locator(".bookexec-slider input[type=range]").first
        slider.scroll_into_view_if_needed()
        visible = ("[...document.querySelectorAll('.bookexec-slider img')]"
                   ".filter(i => !i.hidden).map(i => i.getAttribute('src'))")
        label = ".bookexec-slider output"
        start, start_label = page.evaluate(visible), page.inner_text(label)
        assert len(start) == 1
        slider.focus()
        page.keyboard.press("ArrowRight")
        after_key, key_label = page.evaluate(visible), page.inner_text(label)
        assert len(after_key) == 1 and after_key != start and key_label != start_label
        slider.fill("0")  # a pointer drag to the far left end
        after_drag = page.evaluate(visible)
        assert len(after_drag) == 1 and after_drag not in (start, after_key)
        page.click("form.md-header__option label:not([hidden])")  # the dark toggle
        assert page.evaluate("document.body.getAttribute('data-md-color-scheme')") == "slate"
        assert page.evaluate("getComputedStyle(document.querySelector("
                             "'.bookexec-slider img:not([hidden])')).filter").startswith("invert")
    finally:
        visit.close()


def nav_order(language: str) -> list[str]:
    """The pages of one language in the order the footer's "next" link walks them."""
    prefix = "/" if language == "ko" else "/en/"
    return [prefix + path for path in nav_paths()]


# The page reached by a footer "next" link is the one shown: its article is there and visible,
# and its own "next" (if any) leads on, not to the page just clicked (the old footer's link).
NEW_PAGE_IN = """(clicked) => {
  const article = document.querySelector('article');
  const next = document.querySelector('a.md-footer__link--next');
  return !!article && !!article.querySelector('h1') && !article.hasAttribute('hidden')
    && (!next || next.href !== clicked);
}"""


def ready_for_instant_navigation(page) -> None:
    """Waits until the theme has read its sitemap (it navigates instantly only to pages the
    sitemap lists), and marks the page: a page loaded afresh loses the mark (follow_next)."""
    page.wait_for_load_state("networkidle")
    page.evaluate("window.bookSamePage = true")


def follow_next(page, path: str) -> None:
    """Follows the footer's "next" link to `path` and waits until that page is shown; it must
    have been swapped in by instant navigation, not loaded afresh."""
    clicked = page.eval_on_selector("a.md-footer__link--next", "a => a.href")
    # The click event goes to the link itself, as the theme's handler receives a reader's
    # click. A pointer click at the link's position could land elsewhere when the page
    # moves between Playwright's scroll into view and the press: in one full run the
    # click on English lab 1's "next" changed nothing for 30 s (not reproduced alone).
    page.eval_on_selector("a.md-footer__link--next", "a => a.click()")
    page.wait_for_url(f"**{path}")
    # The address can change before the new page is swapped in; until then the old page
    # (whose "next" is the page we are on) would be checked, and clicked again.
    page.wait_for_function(NEW_PAGE_IN, arg=clicked)
    assert page.evaluate("window.bookSamePage === true"), \
        f"{path} was loaded afresh, not by instant navigation"


@pytest.mark.heavy
@pytest.mark.parametrize("language", ["ko", "en"])
def test_math_renders_after_instant_navigation_on_every_page(browser, server, language):
    """A reader who moves through the book with the footer's "next" link never reloads: the
    theme swaps the content. Every page reached that way shows every formula rendered, with the
    same checks as a first load."""
    order = nav_order(language)
    visit = Visit(browser)
    try:
        visit.open(f"{server}{order[0]}")
        assert_math_rendered(visit.math(), order[0])
        ready_for_instant_navigation(visit.page)
        for path in order[1:]:
            follow_next(visit.page, path)
            assert_math_rendered(visit.math(), f"{path} after instant navigation")
        assert visit.errors == [] and visit.external == []
    finally:
        visit.close()


def test_math_is_readable_in_dark_mode(browser, server):
    """Formulas take the text colour: light on the dark background of the slate scheme."""
    visit = Visit(browser, color_scheme="dark")
    try:
        visit.open(f"{server}/08-gradient-descent/")
        assert_math_rendered(visit.math())
        assert visit.page.evaluate("document.body.getAttribute('data-md-color-scheme')") == "slate"
        colours = visit.page.evaluate("""() => {
          const rgb = s => s.match(/[\\d.]+/g).slice(0, 3).map(Number);
          const lum = ([r, g, b]) => (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
          const math = document.querySelector('article mjx-container svg');
          return {math: lum(rgb(getComputedStyle(math).color)),
                  background: lum(rgb(getComputedStyle(document.body).backgroundColor))};
        }""")
        assert colours["math"] > 0.6 and colours["background"] < 0.3, colours
    finally:
        visit.close()


# Every change to <body>'s attributes while the page loads, with how much of the article existed
# then: a change after the article is parsed re-styles every element of a long chapter.
BODY_CHANGES = """
  window.bodyChanges = [];
  new MutationObserver((records) => {
    for (const record of records) {
      if (record.target !== document.body) continue;
      const article = document.querySelector('article');
      window.bodyChanges.push({attribute: record.attributeName,
                               articleElements: article ? article.querySelectorAll('*').length : 0});
    }
  }).observe(document, {attributes: true, subtree: true});
"""


# Every change to a stylesheet's <link> while the page loads, with how much of the article
# existed then; and <html>'s classes when the article first appears.
RESTYLING_CHANGES = """
  window.sheetChanges = [];
  window.classesAtArticle = null;
  new MutationObserver((records) => {
    const article = document.querySelector('article');
    if (article && window.classesAtArticle === null)
      window.classesAtArticle = document.documentElement.className;
    for (const record of records) {
      if (record.type === 'attributes' && record.target.matches('link[rel=stylesheet]'))
        window.sheetChanges.push({href: record.target.getAttribute('href'),
          articleElements: article ? article.querySelectorAll('*').length : 0});
    }
  }).observe(document, {attributes: true, childList: true, subtree: true,
                        attributeFilter: ['href']});
"""


@pytest.mark.parametrize("path", ["08-gradient-descent/", "labs/04-debugging/"])
def test_start_up_does_not_reload_stylesheets_once_the_article_exists(browser, server, path):
    """The theme's start-up makes every relative address absolute and switches <html> from
    "no-js" to "js"; on a stylesheet's <link> the first made the browser read every stylesheet
    again and re-style the whole page (traced: 726 elements of lab 4), and the second re-styled
    it too, as did its focus-visible helper adding a class to <html> (756 elements of chapter
    8: any new class on <html> re-styles every element, though no rule names this one). The
    page does all three before its body exists: no stylesheet changes once the article is
    there, <html> has its classes already when it appears and gets none later, and the page
    is still styled."""
    visit = Visit(browser)
    try:
        visit.context.add_init_script(RESTYLING_CHANGES)
        visit.open(f"{server}/{path}")
        visit.page.wait_for_timeout(500)
        late = [c for c in visit.page.evaluate("window.sheetChanges") if c["articleElements"]]
        assert late == [], late
        classes = visit.page.evaluate("window.classesAtArticle").split()
        assert "js" in classes and "no-js" not in classes, classes
        now = visit.page.evaluate("document.documentElement.className").split()
        assert sorted(classes) == sorted(now)  # nothing added later (the focus-visible class)
        header = visit.page.evaluate("getComputedStyle(document.querySelector('.md-header'))"
                                     ".backgroundColor")
        assert header == "rgb(64, 81, 181)"  # the theme's indigo: its stylesheets apply
        assert visit.errors == []
    finally:
        visit.close()


UNWRAP_A_TABLE = """() => {
  window.table = document.querySelector(".md-content__inner .md-typeset__scrollwrap table");
  window.table.closest(".md-typeset__scrollwrap").replaceWith(window.table);
  getComputedStyle(window.table).width;
}"""
WRAP_IT_AS_THE_THEME_DOES = """() => {
  const sentinel = document.createElement("table");
  const wrapper = document.createElement("div");
  wrapper.className = "md-typeset__scrollwrap";
  wrapper.append(document.createElement("div"));
  wrapper.firstChild.className = "md-typeset__table";
  window.table.replaceWith(sentinel);
  wrapper.firstChild.append(window.table);
  sentinel.replaceWith(wrapper);
  getComputedStyle(wrapper).width;  // the browser styles what changed, now
  return wrapper.querySelectorAll("*").length + 1;
}"""


def traced(browser, visit, action, categories=("devtools.timeline",)) -> tuple[list[dict], object]:
    """The trace events Chromium records while `action()` runs on the visit's page, and what
    `action()` returned."""
    browser.start_tracing(page=visit.page, categories=list(categories))
    try:
        result = action()
    finally:
        events = json.loads(browser.stop_tracing())
    return (events["traceEvents"] if isinstance(events, dict) else events), result


def theme_evaluation(events: list[dict]) -> dict:
    """The one evaluation of the theme's script in a trace."""
    theme = [e for e in events if e.get("name") == "EvaluateScript"
             and "/assets/javascripts/bundle." in e["args"]["data"].get("url", "")]
    assert len(theme) == 1, theme
    return theme[0]


@pytest.mark.parametrize("path", ["08-gradient-descent/", "en/notation/"])
def test_wrapping_a_table_restyles_the_table_and_not_the_article(browser, server, path):
    """The theme replaces each table of the article with its scrolling wrapper when it starts,
    and its stylesheet has rules that count siblings (`:nth-child`, `~`): the browser then
    re-styled every block after the table (chapter 8: 486 elements in the theme's start-up;
    issue 14). It may re-style the wrapper and the table, and nothing else. Traced in Chromium:
    a table of the settled page put back as it was built, then wrapped as the theme does."""
    visit = Visit(browser)
    try:
        visit.open(f"{server}/{path}")
        visit.page.wait_for_timeout(300)
        visit.page.evaluate(UNWRAP_A_TABLE)
        events, wrapped = traced(browser, visit,
                                 lambda: visit.page.evaluate(WRAP_IT_AS_THE_THEME_DOES))
        restyled = sum(event.get("args", {}).get("elementCount") or 0 for event in events
                       if event.get("name") == "UpdateLayoutTree")
        assert 0 < restyled <= wrapped + 10, (wrapped, restyled)
        assert visit.errors == []
    finally:
        visit.close()


def test_the_theme_starts_after_the_page_is_parsed_not_inside_parsing(browser, server):
    """The theme's script ran inside the browser's last piece of parsing (a plain <script> at
    the end of <body>): the rest of the page's parsing and styling and all of the script's
    start-up made one long task (issue 14). Deferred, it runs in a task of its own once the
    page is parsed. Traced in Chromium on chapter 8: no parsing step contains the script's
    evaluation, and the book's own scripts still run after the theme's (they use its
    `document$`)."""
    visit = Visit(browser)
    try:
        events, _ = traced(browser, visit, lambda: visit.open(f"{server}/08-gradient-descent/"))
        parsing = [e for e in events if e.get("name") == "ParseHTML" and "dur" in e]
        theme = theme_evaluation(events)
        inside = [p for p in parsing if p["tid"] == theme["tid"]
                  and p["ts"] <= theme["ts"] < p["ts"] + p["dur"]]
        assert inside == [], inside
        assert visit.page.evaluate("typeof document$") == "object"
        assert visit.errors == []
    finally:
        visit.close()


def test_the_theme_script_is_compiled_in_the_background(browser, server):
    """The theme's script runs nearly all of its functions while a page starts, and V8 compiled
    each on the main thread the first time it ran, inside the script's start-up task (about
    360 functions on chapter 8). Marked with V8's compile hint (bookexec/assets.py), Chromium
    compiles them on a background thread as the file arrives. Traced in Chromium: the functions
    compiled on the main thread while the theme's script is evaluated are fewer than a tenth of
    those compiled in the background (issue 14)."""
    visit = Visit(browser)
    try:
        events, _ = traced(browser, visit, lambda: visit.open(f"{server}/08-gradient-descent/"),
                           categories=("devtools.timeline", "disabled-by-default-v8.compile"))
        theme = theme_evaluation(events)
        start, end, main = theme["ts"], theme["ts"] + theme["dur"], theme["tid"]
        compiled = [e for e in events if e.get("name") == "V8.CompileIgnition"]
        on_main = [e for e in compiled if e["tid"] == main and start <= e["ts"] <= end]
        in_background = [e for e in compiled if e["tid"] != main]
        assert len(on_main) * 10 < len(in_background), (len(on_main), len(in_background))
        assert len(in_background) > 100, len(in_background)
        assert visit.page.evaluate("typeof document$") == "object"
        assert visit.errors == []
    finally:
        visit.close()


@pytest.mark.parametrize("scheme", ["light", "dark", "stored dark"])
def test_colour_scheme_is_set_before_the_article_is_parsed(browser, server, scheme):
    """The light/dark switch sets <body>'s colour attributes while only the header exists, for a
    light or dark system and for a reader's stored choice, and leaves them alone afterwards
    (the theme's own component wrote them after the page had loaded, re-styling the whole page
    three times; issue 14). The scheme is still the right one."""
    visit = Visit(browser, color_scheme="dark" if scheme == "dark" else "light")
    try:
        visit.context.add_init_script(BODY_CHANGES)
        if scheme == "stored dark":  # a light system, and the reader chose dark on another page
            visit.open(f"{server}/")
            visit.page.click("form.md-header__option label:not([hidden])")
        visit.open(f"{server}/08-gradient-descent/")
        visit.page.wait_for_timeout(500)  # the theme's start-up has run by now
        changes = visit.page.evaluate("window.bodyChanges")
        late = [change for change in changes if change["articleElements"]]
        assert late == [], late
        expected = "default" if scheme == "light" else "slate"
        assert visit.page.evaluate("document.body.dataset.mdColorScheme") == expected
        assert visit.errors == []
    finally:
        visit.close()


def language_links(page) -> dict[str, str]:
    """The header's language switcher: hreflang → the path it leads to."""
    return page.eval_on_selector_all(
        ".md-select__link[hreflang]",
        "links => Object.fromEntries(links.map(a => [a.hreflang, new URL(a.href).pathname]))")


def test_language_switch_leads_to_the_same_page_after_instant_navigation(browser, server):
    """docs/javascripts/language-switch.js points the switcher at the page's counterpart
    (/x/ ↔ /en/x/), on the first page and on every page instant navigation brings, labs
    included; following it opens that page in the other language."""
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(f"{server}/16-dnn-and-cnn/", wait_until="load")
        assert language_links(page) == {"ko": "/16-dnn-and-cnn/", "en": "/en/16-dnn-and-cnn/"}
        lab = "labs/01-linear-regression/"
        ready_for_instant_navigation(page)
        follow_next(page, f"/{lab}")
        assert language_links(page) == {"ko": f"/{lab}", "en": f"/en/{lab}"}
        page.eval_on_selector(".md-select__link[hreflang=en]", "a => a.click()")
        page.wait_for_url(f"**/en/{lab}")
        page.wait_for_function("() => document.documentElement.lang === 'en'")
        assert language_links(page) == {"ko": f"/{lab}", "en": f"/en/{lab}"}
    finally:
        context.close()


def test_colour_switch_is_kept_and_otherwise_follows_the_system(browser, server):
    """Without a choice of their own, a reader sees the system's scheme, also when the system
    changes while the page is open; the switch (click, or Enter on it) changes the scheme, is
    remembered across pages and reloads, and then wins over the system. Its labels are in the
    page's language."""
    visit = Visit(browser)
    page = visit.page
    scheme = "document.body.dataset.mdColorScheme"
    visible_label = "form.md-header__option label:not([hidden])"
    try:
        visit.open(f"{server}/02-derivatives/")
        assert page.evaluate(scheme) == "default"
        assert page.get_attribute(visible_label, "title") == "어두운 화면으로 바꾸기"
        page.emulate_media(color_scheme="dark")
        page.wait_for_function(f"{scheme} === 'slate'")
        assert page.get_attribute(visible_label, "title") == "밝은 화면으로 바꾸기"
        assert page.evaluate("document.querySelector('meta[name=color-scheme]').content") == "dark"
        page.click(visible_label)  # the reader picks light on a dark system
        assert page.evaluate(scheme) == "default"
        page.reload()
        assert page.evaluate(scheme) == "default"
        page.focus("form.md-header__option input:checked")
        page.keyboard.press("Enter")
        assert page.evaluate(scheme) == "slate"
        page.emulate_media(color_scheme="light")  # a choice was made: the system no longer decides
        page.wait_for_timeout(200)
        assert page.evaluate(scheme) == "slate"
        visit.open(f"{server}/en/02-derivatives/")
        assert page.evaluate(scheme) == "slate"
        assert page.get_attribute(visible_label, "title") == "Switch to light mode"
        assert visit.errors == []
    finally:
        visit.close()


def test_lab_page_follows_the_dark_scheme(browser, server):
    """A lab (a notebook page) in the slate scheme: its code, its output and its formulas are
    drawn by the theme, light on dark, like a chapter's (no JupyterLab white boxes)."""
    lab = sorted((REPO / "docs" / "labs").glob("*.ko.md"))[0].name.split(".")[0]
    visit = Visit(browser, color_scheme="dark")
    try:
        visit.open(f"{server}/labs/{lab}/")
        assert_math_rendered(visit.math())
        colours = visit.page.evaluate("""() => {
          const rgb = s => s.match(/[\\d.]+/g).slice(0, 3).map(Number);
          const lum = e => { const [r, g, b] = rgb(getComputedStyle(e).color);
                             return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255; };
          const back = e => { for (; e; e = e.parentElement) {
              const c = getComputedStyle(e).backgroundColor;
              if (!/rgba\\(.*, 0\\)$/.test(c) && c !== 'transparent') {
                const [r, g, b] = rgb(c); return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255; } }
              return 1; };
          const code = document.querySelector('article .language-python code');
          const output = document.querySelector('article .bookexec-output code');
          const prose = document.querySelector('article .jp-MarkdownOutput p');
          return {code: [lum(code), back(code)], output: [lum(output), back(output)],
                  prose: [lum(prose), back(prose)]};
        }""")
        for part, (text, background) in colours.items():
            assert text > 0.6 and background < 0.3, (part, colours)
        assert visit.errors == [] and visit.external == []
    finally:
        visit.close()


def search(visit, server, path, query):
    visit.open(f"{server}/{path}")
    visit.page.locator("input.md-search__input").click()
    visit.page.locator("input.md-search__input").fill(query)
    visit.page.locator("input.md-search__input").press("End")  # the theme searches on keyup
    visit.page.wait_for_selector(".md-search-result__item", timeout=15000)
    return visit.page.eval_on_selector_all(
        ".md-search-result__item a", "links => links.map(a => a.href)")


def test_korean_search_finds_the_derivatives_chapter(browser, server):
    visit = Visit(browser, search=True)
    try:
        links = search(visit, server, "", "편미분")
        korean = [i for i, link in enumerate(links) if urlparse(link).path == "/02-derivatives/"]
        english = [link for link in links if "/en/" in link]
        assert korean, links
        assert english == [], "a Korean page searches the Korean book only"
    finally:
        visit.close()


def test_english_term_in_korean_parentheses_is_found(browser, server, built_site):
    visit = Visit(browser, search=True)
    try:
        links = search(visit, server, "", "PyTorch")
        found = {urlparse(link).path.split("#")[0] for link in links}
        with_term = {"/" + str(p.parent.relative_to(built_site)).strip(".") + "/"
                     for p in built_site.glob("**/index.html")
                     if "파이토치(PyTorch)" in p.read_text(encoding="utf-8")
                     and "en" not in p.relative_to(built_site).parts[:1]}
        assert with_term, "no Korean page writes 파이토치(PyTorch)"
        assert found & {p.replace("//", "/") for p in with_term}, (found, with_term)
    finally:
        visit.close()


def test_english_search_finds_english_pages(browser, server):
    visit = Visit(browser, search=True)
    try:
        links = search(visit, server, "en/", "partial derivative")
        assert any("/en/02-derivatives/" in link for link in links), links
        assert all("/en/" in link for link in links), "an English page searches English only"
        requested = []
        visit.page.on("request", lambda r: requested.append(urlparse(r.url).path))
        visit.page.reload()
        visit.page.wait_for_load_state("networkidle")
        with visit.page.expect_request(lambda r: r.url.endswith("/search_index.json")):
            visit.page.locator("input.md-search__input").focus()
        assert "/en/search/search_index.json" in requested
        assert "/search/search_index.json" not in requested
    finally:
        visit.close()


def index_requests(page) -> list[str]:
    return page.evaluate("""performance.getEntriesByType('resource').map(e => new URL(e.name))
        .filter(u => u.pathname.endsWith('/search_index.json')).map(u => u.pathname)""")


def worker_requests(page) -> list[str]:
    """The theme's search worker script, as often as the page fetched it."""
    return page.evaluate("""performance.getEntriesByType('resource').map(e => new URL(e.name))
        .filter(u => /\\/workers\\/search\\.\\w+\\.min\\.js$/.test(u.pathname))
        .map(u => u.pathname)""")


@pytest.mark.parametrize("language, reach", [
    ("", "pointer"), ("en/", "pointer"), ("", "tap"), ("en/", "keyboard")])
def test_search_index_loads_when_the_reader_reaches_for_search(browser, server, language, reach):
    """Opening a page does not download its language's search index (half of a first view's
    bytes, and half a second of a core to index); reaching for search does, by pointer, by a
    tap on a phone's search button or by the theme's keyboard shortcut, and results come."""
    phone = reach == "tap"
    context = browser.new_context(**({"viewport": {"width": 412, "height": 823},
                                       "is_mobile": True, "has_touch": True} if phone else {}))
    try:
        page = context.new_page()
        page.goto(f"{server}/{language}08-gradient-descent/", wait_until="load")
        page.wait_for_load_state("networkidle")
        page.wait_for_timeout(300)
        assert index_requests(page) == [], "the index was downloaded before anyone searched"
        assert worker_requests(page) == [], "the search worker started before anyone searched"
        field = page.locator("input.md-search__input")
        if reach == "pointer":
            field.hover()
        elif reach == "tap":
            page.locator("label.md-header__button[for=__search]").tap()
        else:
            page.keyboard.press("/")
        page.wait_for_function("""() => performance.getEntriesByType('resource')
            .some(e => e.name.endsWith('/search_index.json'))""", timeout=10000)
        assert index_requests(page) == [f"/{language}search/search_index.json"]
        if reach == "pointer":
            field.click()
        page.keyboard.type("gradient" if language else "경사")
        page.wait_for_selector(".md-search-result__item", timeout=15000)
        assert len(worker_requests(page)) == 1
    finally:
        context.close()


def test_search_works_after_instant_navigation_to_a_page_at_another_depth(browser, server):
    """The search worker is created when the reader first searches (overrides/main.html), from
    the address the theme gave it on the first page: relative to that page, not to the page
    instant navigation has moved to since (here from / to /01-notation/)."""
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(f"{server}/", wait_until="load")
        ready_for_instant_navigation(page)
        follow_next(page, "/01-notation/")
        page.locator("input.md-search__input").click()
        page.keyboard.type("경사")
        page.wait_for_selector(".md-search-result__item", timeout=15000)
        workers = worker_requests(page)
        assert len(workers) == 1 and workers[0].startswith("/assets/"), workers
    finally:
        context.close()


def test_a_page_opened_from_a_search_result_highlights_its_words(browser, server):
    """A result's link carries the query (?h=); that page needs the index to mark the words, so
    it downloads the index without waiting for the reader."""
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(f"{server}/en/02-derivatives/?h=partial+derivative", wait_until="load")
        page.wait_for_selector("article mark", timeout=15000)
        assert index_requests(page) == ["/en/search/search_index.json"]
        marked = {" ".join(text.lower().split())
                  for text in page.locator("article mark").all_inner_texts()} - {""}
        assert "partial derivative" in marked, marked
        assert marked <= {"partial", "derivative", "derivatives", "partial derivative",
                          "partial derivatives"}, marked
    finally:
        context.close()


@pytest.mark.parametrize("language, query", [("", "학습률"), ("en/", "learning rate")])
def test_search_results_show_formulas_as_text_not_tex(browser, server, language, query):
    """A result shows the text of its section: its formulas are read as text (ℒ, η), not shown
    as their TeX source (the index held `\\(\\mathcal{L}\\)`; bookexec/mathtext.py)."""
    visit = Visit(browser, search=True)
    try:
        search(visit, server, language, query)
        shown = visit.page.inner_text(".md-search-result")
        assert not re.findall(r"\\[()\[\]]|\\[a-zA-Z]{2,}", shown), shown[:2000]
        assert "η" in shown and "ℒ" in shown, shown[:2000]
    finally:
        visit.close()


def test_dark_mode_keeps_figures_visible(browser, server):
    from PIL import Image

    visit = Visit(browser, color_scheme="dark")
    try:
        visit.open(f"{server}/02-derivatives/")
        page = visit.page
        assert page.evaluate("document.body.getAttribute('data-md-color-scheme')") == "slate"
        figure = page.locator("img.bookexec-figure").first
        figure.scroll_into_view_if_needed()
        figure.evaluate("i => i.decode()")
        shot = Image.open(io.BytesIO(figure.screenshot())).convert("L")
        counts = shot.histogram()  # pixels per grey level 0..255
        total = sum(counts)
        mean = sum(level * n for level, n in enumerate(counts)) / total
        bright = sum(counts[171:]) / total
        assert mean < 110, "the figure background should turn dark in dark mode"
        assert bright > 0.005, "lines and labels should stay light enough to read"
    finally:
        visit.close()
