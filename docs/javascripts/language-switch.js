// Point the language switcher at this page's counterpart: /x/ <-> /en/x/.
// Runs on every page change, so it stays right under instant navigation.
document$.subscribe(() => {
  const root = new URL(__md_scope.href);  // the site root, shared by both languages
  const page = location.pathname.slice(root.pathname.length).replace(/^en\//, "");
  for (const link of document.querySelectorAll(".md-select__link[hreflang]")) {
    const prefix = link.getAttribute("hreflang") === "en" ? "en/" : "";
    link.href = new URL(prefix + page, root).href + location.hash;
    link.target = "_self";  // a full load: the other language has its own search index
  }
});
