"""Third-party browser assets, taken at build time from pinned Python packages.

MathJax comes from `django-static-mathjax` (pinned in requirements.txt): its static files are
served from the site itself, so viewing a page never contacts another host.
"""

from __future__ import annotations

from pathlib import Path

MATHJAX_PARTS = ("tex-svg.js", "input/tex/extensions", "ui", "a11y", "sre", "adaptors")


def mathjax_root() -> Path:
    import mathjax  # the django-static-mathjax package

    return Path(mathjax.__file__).parent / "static" / "mathjax" / "es5"


def mathjax_files(prefix: str = "assets/mathjax") -> dict[str, Path]:
    """Site path → file, for the parts of MathJax the pages load (and load lazily)."""
    root = mathjax_root()
    found = {}
    for part in MATHJAX_PARTS:
        target = root / part
        paths = [target] if target.is_file() else sorted(p for p in target.rglob("*") if p.is_file())
        for path in paths:
            found[f"{prefix}/{path.relative_to(root).as_posix()}"] = path
    return found
