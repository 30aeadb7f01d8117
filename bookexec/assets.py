"""Third-party assets, taken at build time from pinned Python packages.

MathJax comes from `django-static-mathjax` (pinned in requirements.txt). The build draws every
formula with it (bookexec/mathrender.py), so pages carry SVG and no browser loads MathJax.
The theme's script comes from `mkdocs-material`; the build marks it for eager compilation.
"""

from __future__ import annotations

import json
from pathlib import Path

COMPILE_HINT = "//# allFunctionsCalledOnLoad\n"


def mathjax_root() -> Path:
    """MathJax 3's ready-made components (es5/), which also run under Node.js."""
    import mathjax  # the django-static-mathjax package

    return Path(mathjax.__file__).parent / "static" / "mathjax" / "es5"


def compile_eagerly(script: Path) -> bool:
    """Mark a script whose functions nearly all run while a page loads (the theme's: it mounts
    every component at start-up) with V8's explicit compile hint, a comment on its first line.
    Chromium (136 and later) then compiles all of its functions on a background thread while
    the file arrives; without it, each function was compiled on the main thread the first time
    it ran, inside the script's start-up task (issue 14). Other browsers read a comment.

    The script's source map, if it has one, moves down one line with it. Returns whether the
    file changed: a script already marked is left alone, so the build can call this after each
    copy of the theme's files (the i18n plugin copies them once per language)."""
    text = script.read_text(encoding="utf-8")
    if text.startswith(COMPILE_HINT):
        return False
    script.write_text(COMPILE_HINT + text, encoding="utf-8")
    source_map = script.with_name(script.name + ".map")
    if source_map.is_file():
        mapping = json.loads(source_map.read_text(encoding="utf-8"))
        mapping["mappings"] = ";" + mapping["mappings"]  # an empty first generated line
        source_map.write_text(json.dumps(mapping), encoding="utf-8")
    return True
