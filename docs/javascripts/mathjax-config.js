// MathJax settings for pymdownx.arithmatex (generic mode). MathJax itself is served from
// assets/mathjax/, copied at build time from a pinned package: no CDN.
//
// One typeset at a time. MathJax typesets the first page by itself once it has loaded
// (startup.pageReady); Material's instant navigation then swaps the page content, and each new
// page is typeset after everything before it has finished. Typesetting twice at once broke
// every formula that needs an extension MathJax loads on demand (\boldsymbol drawn as red
// text): the second typeset reset the TeX input while the first was waiting for the extension.
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

let firstPage = true;
document$.subscribe(() => {
  if (firstPage) {  // the page MathJax's own startup typesets
    firstPage = false;
    return;
  }
  MathJax.startup.promise = MathJax.startup.promise.then(() => {
    MathJax.typesetClear();
    MathJax.texReset();
    return MathJax.typesetPromise();
  });
});
