"""A formula as one line of plain text, for the search index.

The theme's search shows a matching section's text under its title, as HTML: a formula there
was its TeX source (`\\(\\mathcal{L}_{1/2}\\)`), which the reader saw as raw TeX and which the
index tokenised into words like `mathcal` that matched every page. The search index instead
gets the formula as text built from the MathML that MathJax made of it (the same MathML a
screen reader reads on the page): `ℒ_(1/2)`, `w ← w − η (∂ℒ)/(∂w)`, `x²`, `ŷ`, `√(a + b)`.

Only what fits on a line is kept: a fraction becomes `a/b`, a script `_` or `^` (digits as
Unicode sub/superscripts), an accent a combining mark, a table its rows separated by `;`.
No MkDocs here: the hook calls it on the finished index (mkdocs_hook.split_search_index).
"""

from __future__ import annotations

import html
import re
import unicodedata
import xml.etree.ElementTree as ET

SUPERSCRIPT = str.maketrans("0123456789+-−()nT⊤", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻⁽⁾ⁿᵀᵀ")
SUBSCRIPT = str.maketrans("0123456789+-−()", "₀₁₂₃₄₅₆₇₈₉₊₋₋₍₎")
ACCENT = {"^": "\u0302", "ˆ": "\u0302", "¯": "\u0304", "‾": "\u0305", "~": "\u0303",
          "˜": "\u0303", "˙": "\u0307", "¨": "\u0308", "→": "\u20d7", "⃗": "\u20d7"}
# Relations and binary operators get a space either side; other operators sit close.
SPACED = set("=≠≈≡<>≤≥←→↦⇒⇔⟹∈∉⊂⊆+−±×⋅·÷∘∝∼≔:")
INVISIBLE = {"\u2061": " ", "\u2062": "", "\u2063": "", "\u2064": ""}  # function application, …
SCRIPT_CAPITALS = dict(zip("BEFHILMR", "ℬℰℱℋℐℒℳℛ"))
DOUBLE_STRUCK = dict(zip("CHNPQRZ", "ℂℍℕℙℚℝℤ"))


def styled(text: str, variant: str | None) -> str:
    """A letter in a script or double-struck alphabet as its own Unicode character."""
    if variant in ("script", "-tex-calligraphic", "-tex-calligraphic-bold", "bold-script"):
        return "".join(SCRIPT_CAPITALS.get(c) or (chr(0x1D49C + ord(c) - 65) if "A" <= c <= "Z"
                                                  else c) for c in text)
    if variant == "double-struck":
        return "".join(DOUBLE_STRUCK.get(c) or (chr(0x1D538 + ord(c) - 65) if "A" <= c <= "Z"
                                                else c) for c in text)
    return text


def linear(mathml: str) -> str:
    """One MathML `<math>` element as a line of text (see the module's docstring)."""
    text = re.sub(r"\s+", " ", text_of(ET.fromstring(mathml))).strip()
    text = re.sub(r" (?=[)\]},;])|(?<=[(\[{]) ", "", text)  # no space inside brackets
    text = re.sub(r"(^|[(\[{,;=] ?)([−+]) ", r"\1\2", text)  # a sign, not an operator: −4
    return unicodedata.normalize("NFC", text.replace(",;", ";"))  # y + ̂ is ŷ, as typed


def name(element: ET.Element) -> str:
    return element.tag.rsplit("}", 1)[-1]


def grouped(element: ET.Element) -> str:
    """An element's text, in parentheses when it is more than one symbol or number."""
    text = text_of(element).strip()
    simple = re.fullmatch(r"(?:[^\W_]|[.′″])+|.", text) is not None
    return text if simple else f"({text})"


def script(text: str, table: dict, mark: str) -> str:
    """Digits and signs as Unicode sub/superscripts when each one has one, else `_x` / `^(x+y)`."""
    inner = text[1:-1] if text.startswith("(") and text.endswith(")") else text
    converted = inner.translate(table)
    if all(a != b for a, b in zip(inner, converted)):
        return converted
    if mark == "^" and text in ("′", "″", "‴", "∗", "*"):
        return text
    return mark + text


def text_of(element: ET.Element, first: bool = False) -> str:
    """`first`: the element opens its row, so an operator there is a sign (−4), not spaced."""
    kind = name(element)
    children = list(element)
    if kind in ("mi", "mn", "mtext", "ms"):
        return styled(element.text or "", element.get("mathvariant"))
    if kind == "mo":
        symbol = (element.text or "").strip()
        if symbol in INVISIBLE:
            return INVISIBLE[symbol]
        if symbol == ",":
            return ", "
        return f" {symbol} " if symbol in SPACED and not first else symbol
    if kind == "mspace":
        return " "
    if kind == "mphantom":
        return ""
    if kind == "mfrac":
        return f"{grouped(children[0])}/{grouped(children[1])}"
    if kind == "msqrt":
        inner = "".join(text_of(child) for child in children)
        return "√" + (inner.strip() if len(children) == 1 and len(inner.strip()) == 1
                      else f"({inner.strip()})")
    if kind == "mroot":
        return f"{grouped(children[1])}√{grouped(children[0])}"
    if kind in ("msub", "msup", "msubsup", "munder", "mover", "munderover"):
        base = text_of(children[0])
        mark = (children[1].text or "").strip() if name(children[1]) == "mo" else None
        if kind == "mover" and mark in ACCENT and len(base.strip()) == 1:
            return base.strip() + ACCENT[mark]  # ŷ, x̄, ṽ
        if kind == "mover" and mark in ("‾", "¯", "―"):
            return "".join(c + "\u0305" for c in base.strip())  # a bar over several symbols
        if kind in ("mover", "munder") and mark in ("⏟", "⏞", "_"):
            return base  # a brace or line under or over: the text is the base
        below = children[1] if kind in ("msub", "msubsup", "munder", "munderover") else None
        above = (children[2] if kind in ("msubsup", "munderover") else
                 children[1] if kind in ("msup", "mover") else None)
        text = base
        if below is not None:
            text += script(grouped(below), SUBSCRIPT, "_")
        if above is not None:
            text += script(grouped(above), SUPERSCRIPT, "^")
        # a script written out with _ or ^ ends with a space, so that x_i y reads as two symbols
        return text + " " if re.search(r"[_^][^_^]*$", text) else text
    if kind == "mtable":
        return "; ".join(text_of(row).strip() for row in children)
    if kind == "mtr":  # cells of a case (`1, z > 0`) or of an aligned equation (`a = b`)
        cells = [text_of(cell).strip() for cell in children]
        return "".join(cell if index == 0 else (" " if cell[:1] in SPACED else ", ") + cell
                       for index, cell in enumerate(cells))
    # math, mrow, mstyle, mpadded, menclose, mtd, …: their children in order
    return "".join(text_of(child, first=index == 0) for index, child in enumerate(children))


# A formula in the index's text, which is HTML: its TeX is escaped, so it holds no "<".
TEX = re.compile(r"\\\((?P<inline>[^<]*?)\\\)|\\\[(?P<display>[^<]*?)\\\]")


def formulas_as_text(docs: list[dict], mathml) -> None:
    """Each formula in the theme's search index (`docs`: its entries, changed in place) as a
    line of text made from its MathML; `mathml` gives that for a list of (TeX, display?)."""
    def key(match: re.Match) -> tuple[str, bool]:
        tex = match["inline"] if match["inline"] is not None else match["display"]
        return html.unescape(tex).strip(), match["inline"] is None

    items = list(dict.fromkeys(key(m) for doc in docs for field in ("title", "text")
                               for m in TEX.finditer(doc.get(field) or "")))
    text = {item: html.escape(linear(found), quote=False)
            for item, found in zip(items, mathml(items) if items else [])}
    for doc in docs:
        for field in ("title", "text"):
            if doc.get(field):
                doc[field] = TEX.sub(lambda m: text[key(m)], doc[field])
