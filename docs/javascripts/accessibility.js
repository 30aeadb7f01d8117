// Small accessibility fixes to the theme, on every page change (instant navigation included).
// Nothing here measures the page: a size read after the theme's writes lays out the whole
// page again, and that was a large part of a long chapter's blocking time.

// A long output scrolls (book.css caps its height). The build gives it tabindex="0" and
// data-bookexec-tall (bookexec/scrolling.py); the theme, which only knows about width, takes
// the tabindex away from a block that is not wide when it measures it, so put it back.
const keepFocusable = new MutationObserver((records) => {
  for (const { target } of records) {
    if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "0");
  }
});

document$.subscribe(() => {
  // Name the search dialog for screen readers (axe: aria-dialog-name), in the page language.
  const search = document.querySelector(".md-search[role=dialog]");
  if (search && !search.hasAttribute("aria-label")) {
    search.setAttribute("aria-label", document.documentElement.lang === "ko" ? "검색" : "Search");
  }
  for (const code of document.querySelectorAll("code[data-bookexec-tall]")) {
    keepFocusable.observe(code, { attributes: true, attributeFilter: ["tabindex"] });
  }
});
