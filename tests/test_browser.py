"""The built book in a real browser: the system Chromium, headless, against 127.0.0.1.

Skipped on a laptop without Chromium; under CI=true a missing Chromium is a failure.
"""

from __future__ import annotations

import functools
import http.server
import io
import os
import shutil
import threading
from urllib.parse import urlparse

import pytest

from conftest import page_files

SITE_URL = "http://127.0.0.1:8000/"  # mkdocs.yml site_url: the 404 page links assets absolutely
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
    def log_message(self, *args):
        pass


class Visit:
    """A browser page that records console errors and every request that leaves 127.0.0.1."""

    server: str | None = None

    def __init__(self, browser, color_scheme="light"):
        self.context = browser.new_context(color_scheme=color_scheme)
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
        elif url.startswith(("data:", "blob:")) or host == "127.0.0.1":
            route.continue_()
        else:
            self.external.append(route.request.url)
            route.abort()

    def open(self, url):
        self.server = "/".join(url.split("/")[:3])
        self.page.goto(url, wait_until="load")
        self.wait_for_math()

    def wait_for_math(self):
        self.page.wait_for_function(
            "window.MathJax && MathJax.startup && MathJax.startup.promise", timeout=20000)
        self.page.evaluate("MathJax.startup.promise")
        self.page.evaluate("MathJax.typesetPromise ? MathJax.typesetPromise() : null")

    def close(self):
        self.context.close()


def page_urls() -> list[str]:
    urls = ["print_page/", "en/print_page/", "404.html"]
    for page in page_files():
        stem, language = page.name.rsplit(".", 2)[0], page.suffixes[-2][1:]
        prefix = "" if language == "ko" else "en/"
        urls.append(prefix + ("" if stem == "index" else f"{stem}/"))
    return urls


@pytest.mark.parametrize("path", page_urls())
def test_page_loads_cleanly_with_math_and_images(browser, server, path):
    visit = Visit(browser)
    try:
        visit.open(f"{server}/{path}")
        page = visit.page
        math = page.evaluate("""() => {
            const boxes = [...document.querySelectorAll('.arithmatex')];
            return {
              total: boxes.length,
              rendered: boxes.filter(b => b.querySelector('mjx-container')).length,
              errors: document.querySelectorAll('mjx-merror, [data-mjx-error]').length,
              raw: boxes.filter(b => !b.querySelector('mjx-container')).map(b => b.textContent),
            };
        }""")
        assert math["errors"] == 0
        assert math["rendered"] == math["total"], math["raw"][:3]
        page.evaluate("document.querySelectorAll('img').forEach(i => i.loading = 'eager')")
        page.wait_for_function(
            "[...document.images].every(i => i.complete)", timeout=20000)
        broken = page.evaluate(
            "[...document.images].filter(i => i.naturalWidth === 0).map(i => i.src)")
        assert broken == []
        assert visit.errors == []
        assert visit.external == []
        serious = accessibility_violations(page)
        assert serious == []
    finally:
        visit.close()


def accessibility_violations(page) -> list[str]:
    """axe-core (shipped inside the pinned axe-playwright-python package), serious or worse."""
    from axe_playwright_python.sync_playwright import Axe

    report = Axe().run(page).response
    return [f"{v['id']} ({v['impact']}): {v['help']} — {len(v['nodes'])} node(s), e.g. "
            f"{v['nodes'][0]['target']}"
            for v in report["violations"] if v["impact"] in ("serious", "critical")]


def test_learning_rate_explorer_slider_changes_the_figure(browser, server):
    visit = Visit(browser)
    try:
        visit.open(f"{server}/07-gradient-descent/")
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
        visit.page.emulate_media(color_scheme="dark")
        assert page.evaluate("getComputedStyle(document.querySelector("
                             "'.bookexec-slider img:not([hidden])')).filter").startswith("invert")
    finally:
        visit.close()


def test_math_survives_instant_navigation(browser, server):
    visit = Visit(browser)
    try:
        visit.open(f"{server}/")
        visit.page.click("a.md-nav__link[href$='02-derivatives/']")
        visit.page.wait_for_url("**/02-derivatives/")
        visit.wait_for_math()
        visit.page.wait_for_function(
            "document.querySelectorAll('.arithmatex mjx-container').length > 0")
        left = visit.page.evaluate(
            "[...document.querySelectorAll('.arithmatex')]"
            ".filter(b => !b.querySelector('mjx-container')).length")
        assert left == 0
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
    visit = Visit(browser)
    try:
        links = search(visit, server, "", "편미분")
        assert any("/02-derivatives/" in link for link in links), links
        assert not any("/en/" in link for link in links)
    finally:
        visit.close()


def test_english_term_in_korean_parentheses_is_found(browser, server, built_site):
    visit = Visit(browser)
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
    visit = Visit(browser)
    try:
        links = search(visit, server, "en/", "partial derivative")
        assert any("/en/02-derivatives/" in link for link in links), links
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
        page.wait_for_function("[...document.images].every(i => i.complete)")
        shot = Image.open(io.BytesIO(figure.screenshot())).convert("L")
        pixels = list(shot.getdata())
        mean = sum(pixels) / len(pixels)
        bright = sum(1 for p in pixels if p > 170) / len(pixels)
        assert mean < 110, "the figure background should turn dark in dark mode"
        assert bright > 0.005, "lines and labels should stay light enough to read"
    finally:
        visit.close()
