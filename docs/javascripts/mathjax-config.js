// MathJax settings for pymdownx.arithmatex (generic mode). MathJax itself is served from
// assets/mathjax/, copied at build time from a pinned package: no CDN.
window.MathJax = {
  tex: {
    inlineMath: [["\\(", "\\)"]],
    displayMath: [["\\[", "\\]"]],
    processEscapes: true,
    processEnvironments: true,
  },
  options: {
    ignoreHtmlClass: ".*|",
    processHtmlClass: "arithmatex",
  },
  svg: { fontCache: "global" },
};

// Material's instant navigation swaps page content without a reload: typeset each new page.
document$.subscribe(() => {
  if (!window.MathJax.typesetPromise) return;  // first load: MathJax typesets by itself
  MathJax.typesetClear();
  MathJax.texReset();
  MathJax.typesetPromise();
});
