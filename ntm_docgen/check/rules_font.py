"""Font rules: the typeface and its size, text in NFC, and the colour of the print (Phụ lục I,
Phần I, Mục I), in the document, its styles, headers and footers."""

from __future__ import annotations

from collections import Counter
from functools import partial

from lxml import etree

from ntm_docgen.check import fixes, fixes_text
from ntm_docgen.check.common import where
from ntm_docgen.check.findings import Finding, rules, short
from ntm_docgen.check.paras import Para, Run
from ntm_docgen.check.props import w
from ntm_docgen.check.reader import Document
from ntm_docgen.i18n import _, ngettext, said_n
from ntm_docgen.vietnamese.legacy import encoding_of_font
from ntm_docgen.vietnamese.text import decomposed as typed_decomposed
from ntm_docgen.vietnamese.text import nfc


def part_roots(doc: Document) -> list[etree._Element]:
    """The XML of the document, its styles, headers and footers: where fonts are set."""
    roots = [doc.doc.element]
    if doc.styles.by_id or doc.styles.rpr_default is not None:
        roots.append(doc.doc.part.styles.element)
    for rel in doc.doc.part.rels.values():
        if rel.reltype.endswith(("/header", "/footer")) and not rel.is_external:
            roots.append(rel.target_part.element)
    return roots


def check_font(doc: Document) -> list[Finding]:
    """Times New Roman in black, text in NFC, everywhere in the body."""
    out: list[Finding] = []
    data = rules()["page"]
    font = data["font"]
    bad: Counter[str] = Counter()
    first: dict[str, Para] = {}
    colored: list[tuple[Para, etree._Element]] = []
    legacy: list[tuple[Para, Run, str, str]] = []
    for para in doc.paras:
        for run in para.runs:
            if not run.text.strip():
                continue
            names = {run.props.fonts[slot] for slot in data["font_slots"]} - {font}
            encoding = next((e for e in map(encoding_of_font, sorted(names)) if e), None)
            if encoding:
                typed = next(n for n in sorted(names) if encoding_of_font(n))
                legacy.append((para, run, encoding, typed))
                continue  # its own finding: the text is converted as the font is changed
            faces = {run.props.fonts[slot] for slot in data["font_slots"]}
            signs = fixes.signs_only(run.text, data["font_math_drawn"], faces)
            for name in names if not signs else ():
                face = word_face(name)
                bad[face] += 1
                first.setdefault(face, para)
            if not _prints_black(run.props.color, data):
                colored.append((para, run.el))
    roots = part_roots(doc)
    for name, count in sorted(bad.items()):
        out.append(Finding("font.name", where(first[name]), short(first[name].clean),
                           ngettext("{name} ({count} run)", "{name} ({count} runs)", count)
                           .format(name=name, count=count),
                           _("{font} (TCVN 6909:2001 Unicode)").format(font=font),
                           partial(fixes.set_fonts, roots, font, data["font_math_drawn"]),
                           anchor=first[name].el,
                           note=ngettext('{count} run of text is in {name}, from "{text}" on; '
                                         "set it in {font}",
                                         '{count} runs of text are in {name}, from "{text}" on; '
                                         "set them in {font}", count).format(
                               count=count, name=name, text=short(first[name].clean, 40),
                               font=font)))
    # text in the old encoding (read in Unicode by reader.py, converted by --fix), and text
    # typed in Unicode that is merely set in an old face (--fix sets the face only): apart
    typed = [item for item in legacy if item[1].typed]
    faced = [item for item in legacy if not item[1].typed]
    if typed:
        out.append(_legacy_typed(typed, roots, font, data))
    if faced:
        out.append(_legacy_face(faced, roots, font, data))
    if colored:
        para = colored[0][0]
        out.append(Finding("font.color", where(para), short(para.clean),
                           ngettext("coloured text ({count} run)", "coloured text ({count} runs)",
                                    len(colored)).format(count=len(colored)), _("black text"),
                           lambda: fixes.set_color_black(el for _, el in colored),
                           anchor=para.el,
                           note=ngettext('{count} run of text is coloured: "{run}", in the '
                                         'paragraph "{text}"; make it black',
                                         '{count} runs of text are coloured, the first "{run}", '
                                         'in the paragraph "{text}"; make them black',
                                         len(colored)).format(
                               count=len(colored), text=short(para.clean, 40),
                               run=short(_run_text(colored[0][1]).strip(), 40))))
    decomposed = [p for p in doc.paras if typed_decomposed(p.text)]
    if decomposed:
        out.append(Finding("font.nfc", where(decomposed[0]), short(nfc(decomposed[0].clean)),
                           ngettext("text not in NFC ({count} paragraph)",
                                    "text not in NFC ({count} paragraphs)", len(decomposed))
                           .format(count=len(decomposed)),
                           _("composed Unicode (NFC), TCVN 6909:2001"),
                           lambda: fixes_text.nfc_text(roots), anchor=decomposed[0].el,
                           note=ngettext('{count} paragraph is typed in decomposed Unicode, '
                                         'from "{text}" on; convert it to composed Unicode '
                                         "(NFC, TCVN 6909:2001)",
                                         '{count} paragraphs are typed in decomposed Unicode, '
                                         'from "{text}" on; convert them to composed Unicode '
                                         "(NFC, TCVN 6909:2001)", len(decomposed)).format(
                               count=len(decomposed), text=short(nfc(decomposed[0].clean), 40))))
    return out


def word_face(name: str) -> str:
    """The face Word names for a run: the first of the list LibreOffice writes for a .doc's
    face with its alternative ("Times New Roman Bold;Times New Roman").

    >>> word_face("Times New Roman Bold;Times New Roman"), word_face("Calibri")
    ('Times New Roman Bold', 'Calibri')
    """
    return name.split(";")[0].strip() or name


def _run_text(run: etree._Element) -> str:
    """The text a run prints (its w:t), to name a coloured run by its own words."""
    return "".join(t.text or "" for t in run.iter(w("t")))


def _prints_black(color: str, data: dict) -> bool:
    """True when text of ``color`` (``auto`` or RRGGBB) prints black: one of the page's colours,
    or so dark that paper cannot tell it from black.

    >>> data = {"colors": ["auto", "000000"], "near_black": 48}
    >>> [_prints_black(c, data) for c in ("auto", "000000", "1B1C1D", "303030", "404040", "EE0000")]
    [True, True, True, True, False, False]
    """
    if color.lower() in [c.lower() for c in data["colors"]]:
        return True
    try:
        channels = [int(color[i:i + 2], 16) for i in (0, 2, 4)] if len(color) == 6 else []
    except ValueError:
        return False
    return bool(channels) and max(channels) <= data["near_black"]


def _legacy_typed(legacy: list[tuple[Para, Run, str, str]], roots: list[etree._Element],
                  font: str, data: dict) -> Finding:
    """The runs whose text is in the old encoding: --fix converts it and sets the font."""
    para, _run, encoding, typed = legacy[0]
    runs = [(run.el, e, n) for _p, run, e, n in legacy]

    def convert() -> None:
        fixes_text.legacy_to_unicode(runs)
        fixes.set_fonts(roots, font, data["font_math_drawn"])

    return Finding("font.legacy", where(para), short(para.clean),
                   ngettext("{name} ({encoding}, {count} run)",
                            "{name} ({encoding}, {count} runs)", len(legacy)).format(
                       name=typed, encoding=encoding, count=len(legacy)),
                   _("{font} (TCVN 6909:2001 Unicode)").format(font=font), convert,
                   anchor=para.el,
                   note=said_n('{count} run of text is typed in {name}, a font of the '
                               "old {encoding} encoding, from \"{text}\" on; --fix "
                               "converts it to Unicode and sets it in {font}",
                               '{count} runs of text are typed in {name}, a font of the '
                               "old {encoding} encoding, from \"{text}\" on; --fix "
                               "converts them to Unicode and sets them in {font}",
                               len(legacy), count=len(legacy), name=typed,
                               encoding=encoding.upper(), text=short(para.clean, 40),
                               font=font))


def _legacy_face(legacy: list[tuple[Para, Run, str, str]], roots: list[etree._Element],
                 font: str, data: dict) -> Finding:
    """The runs typed in Unicode under an old encoding's font: the words are right, the face is
    not (it has no glyph for most Vietnamese letters); --fix sets the font, the text as typed."""
    para, _run, encoding, face = legacy[0]
    count = len(legacy)
    return Finding("font.legacy_face", where(para), short(para.clean),
                   ngettext("{name} ({encoding}), {count} run typed in Unicode",
                            "{name} ({encoding}), {count} runs typed in Unicode", count).format(
                       name=face, encoding=encoding, count=count),
                   _("{font} (TCVN 6909:2001 Unicode)").format(font=font),
                   partial(fixes.set_fonts, roots, font, data["font_math_drawn"]),
                   anchor=para.el,
                   note=said_n('{count} run of text typed in Unicode is set in {name}, a font '
                               "of the old {encoding} encoding, from \"{text}\" on: its words "
                               "are right, its font is not; --fix sets it in {font}",
                               '{count} runs of text typed in Unicode are set in {name}, a font '
                               "of the old {encoding} encoding, from \"{text}\" on: their words "
                               "are right, their font is not; --fix sets them in {font}",
                               count, count=count, name=face, encoding=encoding.upper(),
                               text=short(para.clean, 40), font=font))
