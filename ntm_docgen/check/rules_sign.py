"""Signature and Nơi nhận rules (ô 7a, 7b, 9b)."""

from __future__ import annotations

import re

from ntm_docgen.check import fixes_text
from ntm_docgen.check.common import missing, printed, raised, style, where, wrapped
from ntm_docgen.check.elements import Letter
from ntm_docgen.check.findings import Finding, rules, short
from ntm_docgen.check.paras import Line
from ntm_docgen.check.variants import first_recipient
from ntm_docgen.i18n import N_, _
from ntm_docgen.letter.signing import spelled_out
from ntm_docgen.vietnamese.text import is_upper_vi, name_in_capitals, upper_vi

_PREFIX = re.compile(r"^(\S{1,4}\.)\s")
# a line that tries to be an authority line without its dot: "KT GIÁM ĐỐC", "TM UBND"
_PREFIX_TRY = re.compile(r"^(TM|KT|TL|TUQ|Q)\b")
# a prefix glued to the title after it: "KT.CHỦ TỊCH", "TM.ỦY BAN NHÂN DÂN"
_GLUED = re.compile(r"^(\w{1,3}\.)(?=\w)")


def check_sign(letter: Letter) -> list[Finding]:
    """Every rule of the signature block and the list of recipients."""
    return [*_signature(letter), *_noi_nhan(letter)]


def _signature(letter: Letter) -> list[Finding]:
    if letter.ho_ten is None or not letter.chuc_vu:
        return [missing("chuc_vu", _("no signature block (title and signer's name)"),
                        _("the signer's title in capitals, bold, and the name in bold under "
                          "it"))]
    out = [*style("quyen_han", letter.quyen_han), *style("chuc_vu", letter.chuc_vu),
           *style("ho_ten", [letter.ho_ten])]
    title = letter.chuc_vu[-1]
    if not is_upper_vi(title.clean) and not any(re.match(label, title.clean) for label in
                                                rules()["chuc_vu_not_title"]):
        out.append(Finding("chuc_vu.case", where(title.para), short(title.clean),
                           _('"{title}" not in capitals').format(title=short(title.clean)),
                           _("the signer's title in capitals"), anchor=title.para.el,
                           note=_('the signer\'s title "{title}" is not in capitals; write it '
                                  'in capitals: "{upper}"').format(
                               title=short(title.clean), upper=upper_vi(title.clean)),
                           fix=lambda: fixes_text.upper_text([r.el for r in title.runs])))
    if name_in_capitals(letter.ho_ten.clean):
        out.append(Finding("ho_ten.case", where(letter.ho_ten.para), short(letter.ho_ten.clean),
                           _('"{name}" in capitals').format(name=short(letter.ho_ten.clean)),
                           _('the name in lower case with capital initials (chữ in thường), '
                             'e.g. "Nguyễn Văn An"'), anchor=letter.ho_ten.para.el,
                           note=_('the signer\'s name "{name}" is in capitals; write it in lower '
                                  'case with capital initials, as "Nguyễn Văn An"').format(
                               name=short(letter.ho_ten.clean))))
    known = rules()["quyen_han"]
    prefixes: list[tuple[Line, str]] = []
    for i, line in enumerate(letter.quyen_han):
        match = _PREFIX.match(line.clean)
        prefix = match.group(1) if match else ""
        if i > 0 and not prefix and not _PREFIX_TRY.match(line.clean):
            continue  # the rest of the line above, wrapped (TM. ỦY BAN NHÂN DÂN / TỈNH ...)
        glued = _GLUED.match(line.clean)
        if not prefix and glued and glued.group(1) in known:  # "KT.CHỦ TỊCH"
            prefix = glued.group(1)
            out.append(Finding("quyen_han.prefix", where(line.para), short(line.clean),
                               _('"{prefix}" with no space after it').format(prefix=prefix),
                               _('a space after "{prefix}"').format(prefix=prefix),
                               anchor=line.para.el,
                               note=_('the authority line "{text}" has no space after "{prefix}"; '
                                      'write "{prefix} {rest}"').format(
                                   text=short(line.clean, 40), prefix=prefix,
                                   rest=short(line.clean[len(prefix):], 30))))
        elif prefix not in known:
            out.append(Finding("quyen_han.prefix", where(line.para), short(line.clean),
                               f'"{prefix or short(line.clean, 12)}"',
                               _("an authority line starting with one of {known}").format(
                                   known=", ".join(known)),
                               anchor=line.para.el,
                               note=_('the authority line "{text}" does not begin with {known}; '
                                      'begin it with one of them').format(
                                   text=short(line.clean, 40), known=", ".join(known))))
        prefixes.append((line, prefix))
        full = spelled_out(line.clean)
        if full is not None:
            out.append(Finding("quyen_han.abbreviation", where(line.para), short(line.clean),
                               f'"{short(line.clean, 30)}"', f'"{full}"', anchor=line.para.el,
                               note=_('the line of authority "{text}" names the collective or '
                                      'the title by an abbreviation; the decree writes it in '
                                      'full words: "{full}"').format(
                                   text=short(line.clean, 40), full=full)))
    first = rules()["quyen_han_first"]
    for i, (line, prefix) in enumerate(prefixes):
        if prefix in first and i > 0:
            out.append(Finding("quyen_han.order", where(line.para), short(line.clean),
                               _('"{prefix}" after "{other}"').format(prefix=prefix,
                                                                      other=prefixes[0][1]),
                               _('"{prefix}" first, then KT./TL./TUQ./Q., then the title')
                               .format(prefix=prefix),
                               anchor=line.para.el,
                               note=_('"{prefix}" comes after "{other}"; put "{prefix}" first, '
                                      'then KT./TL./TUQ./Q., then the title').format(
                                   prefix=prefix, other=prefixes[0][1])))
    return out


def _noi_nhan(letter: Letter, vt: bool = True) -> list[Finding]:
    """The Nơi nhận's rules; ``vt``: its Lưu line names the văn thư (a letter's; a copy's
    names the unit that keeps it)."""
    data = rules()
    label = letter.noi_nhan
    if label is None:
        return [missing("noi_nhan", _("no Nơi nhận block"),
                        _('"{label}" bottom left, then the recipients and "- Lưu: VT, <unit>."')
                        .format(label=data["noi_nhan_label"]))]
    out = style("noi_nhan", [label])
    if label.clean != data["noi_nhan_label"]:
        out.append(Finding("noi_nhan.text", where(label.para), short(label.clean),
                           f'"{short(label.clean, 20)}"', f'"{data["noi_nhan_label"]}"',
                           anchor=label.para.el,
                           note=_('the line reads "{text}"; write "{label}"').format(
                               text=short(label.clean, 20), label=data["noi_nhan_label"])))
    out += style("noi_nhan_item", [_without_initials(s) for s in letter.noi_nhan_items])
    joined = wrapped([s for s in letter.noi_nhan_items
                      if printed(s)[:1] in "-+" or s is not letter.noi_nhan_items[0]])
    items = [line for line, _text in joined]
    texts = {id(line): text for line, text in joined}
    luu = [i for i, s in enumerate(items) if s.clean.startswith(("- Lưu", "-Lưu"))]
    if not luu:
        out.append(Finding("noi_nhan_item.luu", where(label.para), short(label.clean),
                           _("no Lưu line"), _('"- Lưu: VT, <unit>." as the last recipient'),
                           anchor=label.para.el,
                           note=_('the Nơi nhận has no Lưu line; end it with "- Lưu: VT, '
                                  '<unit>."')))
    else:
        line = items[luu[-1]]
        if not re.match(data["luu_pattern" if vt else "luu_pattern_copy"], line.clean):
            out.append(Finding("noi_nhan_item.luu", where(line.para), short(line.clean),
                               f'"{short(line.clean)}"',
                               '"- Lưu: VT, <unit>."' if vt else '"- Lưu: <unit>."',
                               anchor=line.para.el,
                               note=_(_luu_defect(line.clean, vt)).format(
                                   text=short(line.clean, 50))))
        if luu[-1] != len(items) - 1:
            out.append(Finding("noi_nhan_item.luu", where(line.para), short(line.clean),
                               _("recipients after the Lưu line"), _("the Lưu line last"),
                               anchor=line.para.el,
                               note=_("recipients follow the Lưu line; move the Lưu line to the "
                                      "end of the Nơi nhận")))
    for i, item in enumerate(items):
        if luu and i == luu[-1]:
            continue
        text = texts[id(item)]
        follows = i + 1 < len(items) and items[i + 1].clean.startswith("+")
        ends = (";", ":") if follows else (";",)
        if not text.startswith(("- ", "+ ")) or not text.endswith(ends):
            out.append(Finding("noi_nhan_item.form", where(item.para), short(text), f'"{text}"',
                               _('each recipient as "- <name>;"'), anchor=item.para.el,
                               note=_('the recipient "{text}" is not written "- <name>;"; '
                                      'begin it with "- " and end it with ";"').format(
                                   text=short(text, 50))))
    nhu_tren = [s for s in items if s.clean == data["nhu_tren"]]
    above = " ".join(p.clean.casefold() for p in letter.body)
    if nhu_tren and not letter.kinh_gui and not any(w in above for w in data["nhu_tren_refers_to"]):
        out.append(Finding("noi_nhan_item.nhu_tren", where(nhu_tren[0].para), nhu_tren[0].clean,
                           _('"{nhu_tren}" with no Kính gửi above').format(
                               nhu_tren=data["nhu_tren"]),
                           _('a "Kính gửi:" line for "{nhu_tren}" to refer to, or the '
                             'recipients named').format(nhu_tren=data["nhu_tren"]),
                           anchor=nhu_tren[0].para.el,
                           note=_('"{nhu_tren}" refers to a Kính gửi line, and the letter has '
                                  'none; name the recipients, or add "Kính gửi:"').format(
                               nhu_tren=data["nhu_tren"])))
    if letter.kinh_gui and items and not first_recipient(items[0].clean):
        out.append(Finding("noi_nhan_item.nhu_tren", where(items[0].para), short(items[0].clean),
                           _('"{text}" first').format(text=short(items[0].clean)),
                           _('"{nhu_tren}" first, after a Kính gửi').format(
                               nhu_tren=data["nhu_tren"]),
                           anchor=items[0].para.el,
                           note=_('the Nơi nhận begins with "{text}"; after a Kính gửi it '
                                  'begins with "{nhu_tren}"').format(
                               text=short(items[0].clean, 40), nhu_tren=data["nhu_tren"])))
    return out


#: What is wrong in a Lưu line, in the order a văn thư reads it: the sentence for each.
LUU_DEFECTS = (
    (r"^- Lưu:", N_('the Lưu line reads "{text}": "Lưu" has no colon after it; write '
                    '"- Lưu: VT, <unit>."')),
    (r"^- Lưu: (?!VT[^\W\d_])", N_('the Lưu line reads "{text}": VT (the văn thư) is typed '
                                   'together with the unit; put a comma and a space after it: '
                                   '"- Lưu: VT, <unit>."')),
    (r"^- Lưu: VT\b", N_('the Lưu line reads "{text}": it does not begin with VT (the văn '
                         'thư); write "- Lưu: VT, <unit>."')),
    (r"^- Lưu: VT(?!\s+[^\W\d_])", N_('the Lưu line reads "{text}": there is no comma after '
                                      'VT; write "- Lưu: VT, <unit>."')),
    (r".*\.$", N_('the Lưu line reads "{text}": it has no full stop at the end; add "."')),
)


def _luu_defect(text: str, vt: bool = True) -> str:
    """The sentence naming the first defect of a Lưu line (``vt``: one that must name VT).

    >>> "no colon" in _luu_defect("- Lưu VT."), "no full stop" in _luu_defect("- Lưu: VT, NC")
    (True, True)
    >>> "no full stop" in _luu_defect("- Lưu: NC", vt=False)
    True
    >>> "together" in _luu_defect("- Lưu: VTMTTQ."), "no comma" in _luu_defect("- Lưu: VT MTTQ.")
    (True, True)
    """
    defects = [d for d in LUU_DEFECTS if vt or "VT" not in d[0]]
    return next((note for pattern, note in defects if not re.match(pattern, text)),
                LUU_DEFECTS[-1][1])


def _without_initials(line: Line) -> Line:
    """A Lưu line without the drafter's initials typed small at its end ("NC.Châu",
    "Hg(05b)"), or lowered as a subscript, which prints them small whatever their size
    ("CN(Dũng)."): a practice of the văn thư, not a recipient's size."""
    if not line.clean.startswith(("- Lưu", "-Lưu")) or len(line.runs) < 2:
        return line
    size = line.runs[0].props.size
    runs = list(line.runs)
    while len(runs) > 1 and (runs[-1].props.size < size or raised(runs[-1])) \
            and " " not in runs[-1].text.strip() and "," not in runs[-1].text:
        runs.pop()
    return Line(line.para, runs)
