// Typesets TeX into SVG at build time with MathJax 3 (the copy inside the pinned
// django-static-mathjax package), so that a page arrives with its formulas already drawn.
//
// Protocol: one JSON request per line on stdin, {"formulas": [[tex, display], ...]}; one JSON
// answer per line on stdout, {"svgs": [...], "defs": "<svg>…</svg>", "problems": [...]}.
// Each request is one page: the glyph shapes its formulas use are written once, in `defs`
// (MathJax's "global" font cache), and every formula refers to them.
// Usage: node tex2svg.js <mathjax es5 folder>

const readline = require("readline");
const es5 = process.argv[2];

global.MathJax = {
  loader: {
    paths: { mathjax: es5 },
    load: ["adaptors/liteDOM", "input/tex", "output/svg", "a11y/assistive-mml"],
    require: require,
  },
  tex: { processEscapes: true, processEnvironments: true },
  svg: { fontCache: "global" },
  startup: { typeset: false },
};
require(es5 + "/startup.js");

// What MathJax draws when it cannot render a formula: an error box (a TeX syntax error),
// for an unknown macro the macro's name as red text (its noundefined extension), and for a
// macro inside \text{} the macro as typed, backslash and all (\text reads no macros).
function problem(html) {
  if (html.includes('data-mml-node="merror"')) return "MathJax error";
  if (/(fill|stroke|mathcolor)="red"/.test(html)) return "undefined macro (drawn as red text)";
  if (/<mtext[^>]*>[^<]*\\/.test(html)) return "TeX drawn as text (\\text{} reads no macros)";
  return null;
}

async function page(formulas) {
  const adaptor = MathJax.startup.adaptor;
  const cache = MathJax.startup.output.fontCache;
  cache.clearCache();
  const svgs = [];
  const problems = [];
  for (const [index, [tex, display]] of formulas.entries()) {
    MathJax.texReset();
    const html = adaptor.outerHTML(await MathJax.tex2svgPromise(tex, { display }));
    const found = problem(html);
    if (found) problems.push({ index, tex, problem: found });
    svgs.push(html);
  }
  const defs = adaptor.outerHTML(cache.getCache());
  return { svgs, defs, problems };
}

MathJax.startup.promise.then(() => {
  if (process.argv[3] === "--css") {
    process.stdout.write(MathJax.startup.adaptor.textContent(MathJax.svgStylesheet()) + "\n");
    return;
  }
  const lines = readline.createInterface({ input: process.stdin });
  let queue = Promise.resolve();
  lines.on("line", (line) => {
    queue = queue.then(async () => {
      let answer;
      try {
        answer = await page(JSON.parse(line).formulas);
      } catch (error) {
        answer = { error: String(error && error.stack || error) };
      }
      process.stdout.write(JSON.stringify(answer) + "\n");
    });
  });
}).catch((error) => {
  process.stderr.write(String(error && error.stack || error) + "\n");
  process.exit(1);
});
