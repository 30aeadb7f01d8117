// Name the theme's search dialog for screen readers (axe: aria-dialog-name), in the page language.
document$.subscribe(() => {
  const search = document.querySelector(".md-search[role=dialog]");
  if (search && !search.hasAttribute("aria-label")) {
    search.setAttribute("aria-label", document.documentElement.lang === "ko" ? "검색" : "Search");
  }
});
