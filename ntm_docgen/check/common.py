"""What the rule modules share: places in the file, and size/bold/italic checks of an element."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

from ntm_docgen.check import fixes
from ntm_docgen.check.findings import Finding, element, short
from ntm_docgen.check.paras import Line, Para, Run
from ntm_docgen.check.props import NS, w
from ntm_docgen.i18n import N_, _, language
from ntm_docgen.vietnamese.text import so


def where(para: Para) -> str:
    """Where a paragraph is, for a finding: ``paragraph 4 (table row 1, column 2)``."""
    n = para.index + 1
    if para.container == "table":
        return _("paragraph {n} (table row {row}, column {col})").format(
            n=n, row=para.row + 1, col=para.col + 1)
    if para.container == "textbox":
        return _("paragraph {n} (text box)").format(n=n)
    return _("paragraph {n}").format(n=n)


def pt(value: float) -> str:
    """Points for a message.

    >>> pt(12.0), pt(10.5)
    ('12 pt', '10.5 pt')
    """
    return f"{value:g} pt"


def num(value: float) -> str:
    """A measure for a sentence, to a tenth, with the decimal sign of the language spoken
    (babel's number format of the locale: "17,5" in Vietnamese, "17.5" in English).

    >>> from ntm_docgen.i18n import set_language
    >>> set_language("vi"); num(17.5), num(57.0), num(28.94)
    ('17,5', '57', '28,9')
    >>> set_language("en"); num(17.5)
    '17.5'
    >>> set_language(None)
    """
    return so(round(value, 1), "vi_VN" if language() == "vi" else "en_US")


def num_pt(value: float) -> str:
    """Points for a sentence.

    >>> from ntm_docgen.i18n import set_language
    >>> set_language("vi"); num_pt(10.5), num_range(13, 13.5)
    ('10,5 pt', '13–13,5 pt')
    >>> set_language(None)
    """
    return f"{num(value)} pt"


def num_range(lo: float, hi: float) -> str:
    """A size range for a sentence (see ``size_range`` for the data)."""
    return num_pt(lo) if lo == hi else f"{num(lo)}–{num(hi)} pt"


def size_range(lo: float, hi: float) -> str:
    """A size range for a message.

    >>> size_range(12, 12), size_range(13, 14)
    ('12 pt', '13–14 pt')
    """
    return pt(lo) if lo == hi else f"{lo:g}–{hi:g} pt"


def _letters(runs: Sequence[Run]) -> list[Run]:
    return [r for r in runs if any(c.isalnum() for c in r.text)]


def raised(run: Run) -> bool:
    """A subscript or superscript ("L<sub>t</sub>" in a formula, a note's mark): it prints
    smaller than its size, so its size is not the text's in the body. (In the Nơi nhận, the
    drafter's initials typed as a subscript inside an item are held to the items' size, as
    round 1 judged "- Lưu: VT, KT (T.Q.Hùng)."; at the Lưu line's very end they are the
    văn thư's practice: rules_sign._without_initials.)"""
    found = run.el.find("w:rPr/w:vertAlign", NS)
    return found is not None and found.get(w("val")) in ("subscript", "superscript")


#: What to say of an element not found at all, with the fix.
MISSING = {
    "quoc_hieu": N_('no Quốc hiệu found; type "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" at the top '
                    "right, in bold capitals"),
    "tieu_ngu": N_('no Tiêu ngữ found; type "Độc lập - Tự do - Hạnh phúc" under the Quốc hiệu, '
                   "in bold"),
    "co_quan": N_("no issuer's name (cơ quan ban hành) found; type it at the top left, in bold "
                  "capitals"),
    "so": N_('no number line found; type "Số: …/<ký hiệu>" under the issuer\'s name'),
    "ngay": N_('no place and date line found; type "<địa danh>, ngày … tháng … năm …" in '
               "italics under the Tiêu ngữ"),
    "ten_loai": N_("no tên loại (KẾ HOẠCH, BÁO CÁO, …) nor V/v line found; type the type name "
                   "centred in bold capitals, or for a công văn a V/v line under the number"),
    "chuc_vu": N_("no signature block found; type the signer's title in bold capitals and the "
                  "name in bold under it"),
    "noi_nhan": N_('no Nơi nhận found; type "Nơi nhận:" at the bottom left, then the '
                   'recipients and "- Lưu: VT, <unit>."'),
}


def missing(key: str, found: str, required: str) -> Finding:
    """A finding for an element that could not be found at all: ``found`` and ``required``
    said in the user's language (``no Quốc hiệu``)."""
    return Finding(f"{key}.missing", _("whole document"), "", found, required,
                   note=_(MISSING[key]) if key in MISSING else "")


#: How a rule or a box is drawn (``Rule.how``, ``Box.how``, ``DrawnLine.how``) -> its words.
HOW = {
    "group shape": N_("group shape"), "line shape": N_("line shape"),
    "inline shape": N_("inline shape"), "VML line": N_("VML line"),
    "text box": N_("text box"), "character border": N_("character border"),
    "paragraph border": N_("paragraph border"), "table cell": N_("table cell"),
    "rectangle": N_("rectangle"), "typed underscores": N_("typed underscores"),
    "typed hyphens": N_("typed hyphens"), "underline": N_("underline"),
    "cell border": N_("cell border"), "underlined spaces": N_("underlined spaces"),
}


def how_said(how: str) -> str:
    """How a rule or a box is drawn, in the user's language."""
    return _(HOW[how]) if how in HOW else how


def style(key: str, lines: Sequence[Line | Para], label: str | None = None) -> list[Finding]:
    """Check size, bold and italic of an element's runs against ``data/check_rules.yaml``.

    One finding per aspect, naming the first line that departs (its own words, not the
    whole paragraph it shares with others: "Vương Thành Chung", not the signature cell),
    with a fix for all of them.
    """
    data = element(key)
    out: list[Finding] = []
    pieces = [(item.para if isinstance(item, Line) else item, _letters(item.runs),
               short(item.clean)) for item in lines]
    pieces = [(para, runs, text) for para, runs, text in pieces if runs]
    if not pieces:
        return out
    name = label or data["name"]
    if "size" in data:
        lo, hi = data["size"]
        bad = [(p, r, t) for p, runs, t in pieces for r in runs
               if not lo <= r.props.size <= hi and not (key == "body" and raised(r))]
        if bad:
            found = ", ".join(sorted({num_pt(r.props.size) for _, r, _t in bad}))
            target = min(max(bad[0][1].props.size, lo), hi)
            els = [r.el for _, r, _t in bad]
            note = _('{name} "{text}" is in {found}; set it to {wanted}')
            first = next(runs for p, runs, t in pieces if p is bad[0][0] and t == bad[0][2])
            part = [r for r in first if any(r is b for _p, b, _t in bad)]
            if len(part) < len(first):  # only some words of the line: name them
                note = _('"{part}" in the {name_lower} "{text}" is in {found}; set it to '
                         '{wanted}')
            out.append(Finding(f"{key}.size", where(bad[0][0]), bad[0][2],
                               found, _("{size} for the {name}").format(
                                   size=num_range(lo, hi), name=name),
                               partial(fixes.set_size, els, target), anchor=bad[0][0].el,
                               note=note.format(
                                   name=_cap(name), name_lower=name, text=bad[0][2],
                                   found=found, wanted=num_range(lo, hi),
                                   part=short(" ".join(r.text.strip() for r in part), 30))))
    for aspect in ("bold", "italic"):
        if aspect not in data:
            continue
        want = data[aspect]
        bad = [(p, r, t) for p, runs, t in pieces for r in runs
               if getattr(r.props, aspect) != want]
        if bad:
            els = [r.el for _, r, _t in bad]
            notes = {("bold", True): N_('{name} "{text}" is not bold; make it bold'),
                     ("bold", False): N_('{name} "{text}" is bold; it is printed without bold'),
                     ("italic", True): N_('{name} "{text}" is not in italics; set it in '
                                          "italics"),
                     ("italic", False): N_('{name} "{text}" is in italics; set it upright')}
            first = next(runs for p, runs, t in pieces if p is bad[0][0] and t == bad[0][2])
            part = [r for r in first if any(r is b for _p, b, _t in bad)]
            note = _(notes[aspect, want]) if len(part) == len(first) else \
                _(_PART_NOTES[aspect, want])  # only some words of the line: name them
            out.append(Finding(
                f"{key}.{aspect}", where(bad[0][0]), bad[0][2],
                _(_TOGGLE_FOUND[aspect, want]),
                _(_TOGGLE_REQUIRED[aspect, want]).format(name=name),
                partial(fixes.set_toggle, els, aspect, want), anchor=bad[0][0].el,
                note=note.format(name=_cap(name), name_lower=name, text=bad[0][2],
                                 part=short(" ".join(r.text.strip() for r in part), 30))))
    return out


#: Some words of an element's line not bold or italic as the rest: (aspect, wanted) -> note.
_PART_NOTES = {
    ("bold", True): N_('"{part}" in the {name_lower} "{text}" is not bold; make it bold'),
    ("bold", False): N_('"{part}" in the {name_lower} "{text}" is bold; it is printed without '
                        "bold"),
    ("italic", True): N_('"{part}" in the {name_lower} "{text}" is not in italics; set those '
                         "words in italics"),
    ("italic", False): N_('"{part}" in the {name_lower} "{text}" is in italics; set those words '
                          "upright"),
}


#: A paragraph's alignment as read (``w:jc``) -> its words.
_ALIGNED = {"left": N_("aligned left"), "start": N_("aligned left"), "center": N_("centred"),
            "right": N_("aligned right"), "end": N_("aligned right"), "both": N_("justified"),
            "distribute": N_("distributed")}


def aligned(align: str) -> str:
    """How a paragraph is aligned, in the user's language."""
    return _(_ALIGNED[align]) if align in _ALIGNED else \
        _("aligned {align}").format(align=align)


#: What a bold or italic finding found and requires: (aspect, wanted) -> words.
_TOGGLE_FOUND = {("bold", True): N_("not bold"), ("bold", False): N_("bold"),
                 ("italic", True): N_("not italic"), ("italic", False): N_("italic")}
_TOGGLE_REQUIRED = {("bold", True): N_("bold for the {name}"),
                    ("bold", False): N_("not bold for the {name}"),
                    ("italic", True): N_("italic for the {name}"),
                    ("italic", False): N_("not italic for the {name}")}


def _cap(name: str) -> str:
    """An element name opening a sentence.

    >>> _cap("cơ quan ban hành"), _cap("Nơi nhận")
    ('Cơ quan ban hành', 'Nơi nhận')
    """
    return name[:1].upper() + name[1:]


def printed(line: Line, first: bool = True) -> str:
    """A line's text as it prints: the first line of an item of Word's list with the dash or
    bullet the list draws before it ("- UBND tỉnh;" where the text holds "UBND tỉnh;")."""
    text, para = line.clean, line.para
    mark = para.label.strip() if para.bullet else ""
    return f"{mark} {text}" if first and mark and not text.startswith(mark) else text


def wrapped(lines: Sequence[Line], marks: str = "-+") -> list[tuple[Line, str]]:
    """Recipients as printed: an item that runs on to a line of its own (no ``-`` before it,
    the item above without its ``;`` or ``.``) is one item; each with its first line. An item
    of Word's list reads with the dash the list prints before it.
    """
    out: list[tuple[Line, str]] = []
    for i, line in enumerate(lines):
        text = printed(line, i == 0 or lines[i - 1].para is not line.para)
        if out and text[:1] not in marks and not out[-1][1].endswith((";", ".", ":")):
            out[-1] = (out[-1][0], f"{out[-1][1]} {text}")
        else:
            out.append((line, text))
    return out
