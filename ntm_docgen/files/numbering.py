"""Word's automatic list numbers and bullets (``numbering.xml``), as the printed page shows them.

A clerk's ``1.``, ``2.``, ``a)`` or ``-`` is often not typed but drawn by Word from the list
definition the paragraph points to (``w:numPr``, directly or through its style): the text of
the paragraph lacks it. ``list_labels`` gives each such paragraph the label Word prints.
"""

from __future__ import annotations

from typing import Any

from ntm_docgen.files.revisions import taken_away

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
#: Word's nine list levels.
LEVELS = 9
#: Bullets drawn from a symbol font (Symbol, Wingdings) are private-use characters.
_SYMBOL_BULLET = "•"
#: The longest label read (characters): a level whose number would print longer (a level text
#: of hundreds of placeholders, a letter count of thousands of letters) draws no number a page
#: shows before a paragraph, and is read as none, its label never built whole.
LABEL_MAX = 40


def list_labels(document: Any) -> dict[Any, str]:
    """``{w:p element: label}`` for every paragraph of the body Word numbers or bullets, the
    label followed by its space (``"3. "``, ``"- "``, ``"a) "``)."""
    return labels_of(document.element.body, _part_element(document, "numbering_part"),
                     _part_element(document, "_styles_part"))


def labels_of(body: Any, numbering: Any, styles: Any,
              seen: dict[Any, tuple[str, int, tuple[int | None, ...]]] | None = None
              ) -> dict[Any, str]:
    """:func:`list_labels` of a body read from its parts' roots (``numbering.xml``'s and
    ``styles.xml``'s, None when the file has none): a copy reads a file so. A paragraph that
    Track Changes took away and no one accepted yet takes no number, as in the letter its
    changes accepted. ``seen``, when given, gets each list paragraph's list (numId), its
    level and the counts of its levels there: where a copy that keeps a part restarts them."""
    if numbering is None:
        return {}
    abstracts = {a.get(W + "abstractNumId"): a for a in numbering.iterchildren(W + "abstractNum")}
    nums: dict[str, tuple[str, dict[int, int]]] = {}
    for num in numbering.iterchildren(W + "num"):
        ref = num.find(W + "abstractNumId")
        starts = {}
        for override in num.iterchildren(W + "lvlOverride"):
            start = override.find(W + "startOverride")
            if start is not None and _int(override.get(W + "ilvl")) is not None:
                starts[_int(override.get(W + "ilvl")) or 0] = _int(start.get(W + "val")) or 0
        if ref is not None:
            nums[num.get(W + "numId")] = (ref.get(W + "val"), starts)
    style_lists = _style_lists(styles)
    counters: dict[str, list[int | None]] = {}
    restarted: set[str] = set()
    labels: dict[Any, str] = {}
    for paragraph in body.iter(W + "p"):
        num_id, level = _num_pr(paragraph, style_lists)
        if num_id not in nums or level >= LEVELS or taken_away(paragraph):
            continue
        abstract_id, overrides = nums[num_id]
        abstract = abstracts.get(abstract_id)
        if abstract is None:
            continue
        levels = {(_int(lvl.get(W + "ilvl")) or 0): lvl for lvl in abstract.iterchildren(W + "lvl")}
        counts = counters.setdefault(abstract_id, [None] * LEVELS)
        if overrides and num_id not in restarted:  # a list that starts again at its override
            restarted.add(num_id)
            counts[:] = [None] * LEVELS
        start = overrides.get(level, _start(levels.get(level)))
        counts[level] = start if counts[level] is None else (counts[level] or 0) + 1
        counts[level + 1:] = [None] * (LEVELS - level - 1)
        label = _label(levels, level, counts, overrides)
        if seen is not None:
            seen[paragraph] = (num_id, level, tuple(counts))
        if label:
            labels[paragraph] = label + " "
    return labels


def list_indents(document: Any) -> dict[Any, tuple[int | None, int | None]]:
    """``{w:p element: (left, first_line)}`` in twips: the indent the list level of each
    paragraph Word numbers or bullets sets (``w:ind`` of its ``w:lvl``; a hanging indent is a
    negative first line, None where the level leaves it). Word lays such a paragraph out with
    it unless the paragraph sets its own ``w:ind``: it outranks the paragraph's style."""
    out: dict[Any, tuple[int | None, int | None]] = {}
    for paragraph, lvl in list_levels(document).items():
        ind = lvl.find(f"{W}pPr/{W}ind")
        if ind is None:
            continue
        left = _int(ind.get(W + "left") or ind.get(W + "start"))
        hanging, first = _int(ind.get(W + "hanging")), _int(ind.get(W + "firstLine"))
        out[paragraph] = (left, -hanging if hanging is not None else first)
    return out


def list_levels(document: Any) -> dict[Any, Any]:
    """``{w:p element: w:lvl element}``: the list level each paragraph of the body that Word
    numbers or bullets prints its label through. Its ``w:rPr`` formats the label over the
    paragraph mark's (bold, size, font: a heading's "II." drawn by Word is bold only where
    they make it so), and the indent it sets is :func:`list_indents`'."""
    numbering = _part_element(document, "numbering_part")
    if numbering is None:
        return {}
    abstracts = {a.get(W + "abstractNumId"): a for a in numbering.iterchildren(W + "abstractNum")}
    nums = {num.get(W + "numId"): num.find(W + "abstractNumId")
            for num in numbering.iterchildren(W + "num")}
    style_lists = _style_lists(_part_element(document, "_styles_part"))
    out: dict[Any, Any] = {}
    for paragraph in document.element.body.iter(W + "p"):
        num_id, level = _num_pr(paragraph, style_lists)
        ref = nums.get(num_id)
        abstract = abstracts.get(ref.get(W + "val")) if ref is not None else None
        lvl = next((lv for lv in abstract.iterchildren(W + "lvl")
                    if (_int(lv.get(W + "ilvl")) or 0) == level), None) \
            if abstract is not None else None
        if lvl is not None:
            out[paragraph] = lvl
    return out


def _part_element(document: Any, name: str) -> Any:
    try:
        return getattr(document.part, name).element
    except (KeyError, NotImplementedError, AttributeError):
        return None


def _style_lists(styles: Any) -> dict[str, tuple[str, int]]:
    """The list a paragraph style puts its paragraphs in: ``{styleId: (numId, level)}``."""
    out: dict[str, tuple[str, int]] = {}
    if styles is None:
        return out
    for style in styles.iterchildren(W + "style"):
        num_pr = style.find(f"{W}pPr/{W}numPr")
        if num_pr is not None:
            num_id = num_pr.find(W + "numId")
            level = num_pr.find(W + "ilvl")
            if num_id is not None:
                depth = (_int(level.get(W + "val")) or 0) if level is not None else 0
                out[style.get(W + "styleId")] = (num_id.get(W + "val"), depth)
    return out


def _num_pr(paragraph: Any, style_lists: dict[str, tuple[str, int]]) -> tuple[str, int]:
    """The list (numId) and level of a paragraph; numId ``"0"`` or none: not in a list."""
    props = paragraph.find(W + "pPr")
    num_pr = props.find(W + "numPr") if props is not None else None
    style = props.find(W + "pStyle") if props is not None else None
    num_id, level = style_lists.get(style.get(W + "val") if style is not None else "", ("0", 0))
    if num_pr is not None:
        found = num_pr.find(W + "numId")
        ilvl = num_pr.find(W + "ilvl")
        num_id = found.get(W + "val") if found is not None else num_id
        level = (_int(ilvl.get(W + "val")) or 0) if ilvl is not None else level
    return num_id or "0", level


def _start(level: Any) -> int:
    start = level.find(W + "start") if level is not None else None
    value = _int(start.get(W + "val")) if start is not None else None
    return 1 if value is None else value


def _label(levels: dict[int, Any], level: int, counts: list[int | None],
           overrides: dict[int, int] | None = None) -> str:
    lvl = levels.get(level)
    if lvl is None:
        return ""
    text = _val(lvl, "lvlText")
    if len(text) > 2 * LABEL_MAX:
        return ""
    if _val(lvl, "numFmt") == "bullet":
        return "" if not text or len(text) > LABEL_MAX else text \
            if text.isprintable() and ord(text[0]) < 0xE000 else _SYMBOL_BULLET
    for k in range(LEVELS, 0, -1):
        if f"%{k}" in text:
            number = counts[k - 1]
            if number is None:  # a level not counted yet prints its start
                number = (overrides or {}).get(k - 1, _start(levels.get(k - 1)))
            shown = _format(number, _val(levels.get(k - 1), "numFmt"))
            if text.count(f"%{k}") * len(shown) > 2 * LABEL_MAX:
                return ""
            text = text.replace(f"%{k}", shown)
    text = text.strip()
    return text if len(text) <= LABEL_MAX else ""


def _val(lvl: Any, name: str) -> str:
    node = lvl.find(W + name) if lvl is not None else None
    return (node.get(W + "val") or "") if node is not None else ""


def _format(number: int, fmt: str) -> str:
    """A counter as the level's format shows it.

    >>> _format(3, "decimal"), _format(3, "lowerLetter"), _format(4, "upperRoman")
    ('3', 'c', 'IV')
    >>> _format(5, "decimalZero"), _format(2, "none")
    ('05', '')
    """
    if fmt == "none":
        return ""
    if fmt in ("lowerLetter", "upperLetter"):
        letter = chr(ord("a") + (number - 1) % 26) * min((number - 1) // 26 + 1, LABEL_MAX + 1)
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt in ("lowerRoman", "upperRoman"):
        roman = _roman(number)
        return roman.lower() if fmt == "lowerRoman" else roman
    if fmt == "decimalZero":
        return f"{number:02d}"
    return str(number)


def _roman(number: int) -> str:
    out = ""
    for value, digits in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"),
                          (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"),
                          (4, "IV"), (1, "I")):
        while number >= value > 0:
            out, number = out + digits, number - value
    return out


def _int(value: str | None) -> int | None:
    return int(value) if value is not None and value.isdigit() and len(value) < 6 else None
