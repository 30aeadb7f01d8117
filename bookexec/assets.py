"""Third-party assets, taken at build time from pinned Python packages.

MathJax comes from `django-static-mathjax` (pinned in requirements.txt). The build draws every
formula with it (bookexec/mathrender.py), so pages carry SVG and no browser loads MathJax.
"""

from __future__ import annotations

from pathlib import Path


def mathjax_root() -> Path:
    """MathJax 3's ready-made components (es5/), which also run under Node.js."""
    import mathjax  # the django-static-mathjax package

    return Path(mathjax.__file__).parent / "static" / "mathjax" / "es5"
