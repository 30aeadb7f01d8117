// Small accessibility fixes to the theme, on every page change (instant navigation included).
document$.subscribe(() => {
  // Name the search dialog for screen readers (axe: aria-dialog-name), in the page language.
  const search = document.querySelector(".md-search[role=dialog]");
  if (search && !search.hasAttribute("aria-label")) {
    search.setAttribute("aria-label", document.documentElement.lang === "ko" ? "검색" : "Search");
  }
  // A code block wider than the page, or a long output (book.css caps its height), scrolls;
  // make it reachable with the keyboard (axe: scrollable-region-focusable). The theme does
  // this only for wide blocks, and only once they are on screen.
  // All sizes are read first and the attributes written after: reading a size after a write
  // makes the browser lay out the whole page again, once per block.
  const codes = [...document.querySelectorAll(".highlight pre > code:not([tabindex])")];
  const scrolling = codes.filter(
    (code) => code.scrollWidth > code.clientWidth || code.scrollHeight > code.clientHeight);
  for (const code of scrolling) code.setAttribute("tabindex", "0");
});
