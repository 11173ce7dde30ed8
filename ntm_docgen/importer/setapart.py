"""What the importer sets apart from a letter's lines before it reads its fields, each with the
warning that names it: what the PDF reader left out (page furniture, OCR noise, a scanner's
mark), tone marks put back, a digital signature's note, ``DỰ THẢO``; what stands after the
letter's end is set apart in ``afterend``."""

from __future__ import annotations

from datetime import date
from typing import Any

from ntm_docgen.i18n import N_, _, ngettext, said, said_n, shortened
from ntm_docgen.importer.afterend import quoted
from ntm_docgen.importer.cleaning import key, rules
from ntm_docgen.importer.pdfstamps import KINDS as STAMPS
from ntm_docgen.importer.penread import missing
from ntm_docgen.importer.reading import Source
from ntm_docgen.importer.signing import labelled_note, signed_on, signing_note
from ntm_docgen.vietnamese.legacy import NAMES
from ntm_docgen.vietnamese.marks import attach_loose_marks, loose

#: A digital signature's note is read among a scan's first lines.
_NOTE_LINES = 12


def on_scan(warning: str) -> str:
    """The warning of a number or a day not read, as a scan gives it: written by hand over the
    blank, most often, not a draft's blank."""
    if warning == _("so: no number found (a draft?); it is left blank"):
        return said(N_("so: the number could not be read on the scan (written by hand?); it is "
                       "left blank: write it from the paper"))
    if warning == _("ngay: no complete date found; the letter is written as a draft"):
        return said(N_("ngay: the day could not be read on the scan (written by hand?); the "
                       "letter is written as a draft: write the date from the paper"))
    return warning


#: the tables a warning names by their first row; more are counted
TABLES_NAMED = 5
#: The page numbers and running headers a warning names: the rest are counted.
FURNITURE_NAMED = 6
#: Page furniture set apart (a copy, which prints its own, does not tell it: trich_pdf.py).
FURNITURE = N_("page numbers and running headers left out of the letter: {lines}")
#: A footnote set apart (a copy of the letter tells it as its own: copies/trich_pdf.py).
FOOTNOTE_KEPT = N_("page {page}: a footnote was kept out of the body: {text!r}; put it back in "
                   "noi_dung if the letter needs it")


def set_apart(source: Source) -> list[str]:
    """A warning for what the PDF reader set apart, naming its lines (a long PDF's page
    furniture: the first few, the rest counted)."""
    out = []
    for encoding in source.legacy:
        out.append(_("the text was typed in {encoding} fonts and was read as Unicode: check "
                     "names and places against the paper").format(encoding=NAMES[encoding]))
    if source.ocr_pages:
        pages = ", ".join(str(n) for n in source.ocr_pages)
        out.append(ngettext(
            "page {pages} is a scanned image and was read by OCR: check names, numbers and "
            "dates against the paper",
            "pages {pages} are scanned images and were read by OCR: check names, numbers and "
            "dates against the paper", len(source.ocr_pages)).format(pages=pages))
    furniture = [_("{text} (p. {page})").format(text=f"“{text}”", page=page)
                 for kind, page, text in source.set_apart
                 if kind not in ("footnote", "ocr noise", "scanner app", "table", "mark box",
                                 *STAMPS) and not kind.startswith("by hand: ")]
    scanner = [_("{text} (p. {page})").format(text=f"“{text}”", page=page)
               for kind, page, text in source.set_apart if kind == "scanner app"]
    if scanner:
        out.append(_("the mark of the app the pages were scanned with was left out of the "
                     "letter: {lines}").format(lines=", ".join(scanner)))
    noise = [_("{text} (p. {page})").format(text=f"“{text}”", page=page)
             for kind, page, text in source.set_apart if kind == "ocr noise"]
    if noise:
        out.append(_("marks OCR read that make no words (a stamp, a signature, a smudge) were "
                     "left out of the letter: {lines}; check the paper for a word among them")
                   .format(lines=", ".join(noise)))
    if len(furniture) > FURNITURE_NAMED:  # a long PDF's every page: a few named, the rest counted
        rest = len(furniture) - FURNITURE_NAMED
        out.append(said_n(
            "page numbers and running headers left out of the letter: {lines} and {count} more "
            "line like them", "page numbers and running headers left out of the letter: {lines} "
            "and {count} more lines like them", rest,
            lines=", ".join(furniture[:FURNITURE_NAMED]), count=rest))
    elif furniture:
        out.append(said(FURNITURE, lines=", ".join(furniture)))
    tables: dict[str, list[str]] = {}  # a table's first row: its pages (a header repeated)
    for kind, page, text in source.set_apart:
        if kind == "table":
            tables.setdefault(text, []).append(str(page))
    if tables:
        named = [_("“{text}” (p. {page})").format(text=shortened(text, 80), page=", ".join(pages))
                 for text, pages in list(tables.items())[:TABLES_NAMED]]
        out.append(ngettext(
            "the PDF holds a table (rows of cells side by side) that was read as running text, "
            "its cells one after another; it begins {tables}; check it against the PDF and set "
            "it out as a table where the letter needs one",
            "the PDF holds {count} tables (rows of cells side by side) that were read as running "
            "text, their cells one after another; they begin {tables}; check them against the "
            "PDF and set them out as tables where the letter needs them", len(tables)).format(
            count=len(tables), tables=", ".join(named) + (", …" if len(tables) > TABLES_NAMED
                                                         else "")))
    for kind, page, text in source.set_apart:
        if kind == "mark box":
            out.append(_("page {page}: the header holds a framed mark that OCR could not read "
                         "as KHẨN, THƯỢNG KHẨN, HỎA TỐC, MẬT, TỐI MẬT or TUYỆT MẬT (it read "
                         "“{text}”); read it on the paper and write it as do_khan or do_mat")
                       .format(page=page, text=text))
        if kind == "footnote":
            out.append(said(FOOTNOTE_KEPT, page=page, text=text))
    return out


def marks_put_back(raw: list[str], warnings: list[str]) -> list[str]:
    """The lines with the tone marks that stand apart from their letters put back on them
    (vietnamese/marks.py), with a warning saying how many were put back and how many not."""
    out, placed, left = [], 0, 0
    for line in raw:
        line, count = attach_loose_marks(line)
        out.append(line)
        placed += count
        left += sum(len(mark) for mark in map(loose, line.split()) if mark)
    if placed:
        warnings.append(_("{count} tone marks stood apart from their letters (a PDF that draws "
                          "them on their own) and were put back on the words the dictionary "
                          "gives: check the trích yếu, names and places against the paper")
                        .format(count=placed))
    if left:
        warnings.append(_("{count} tone marks stand apart from their letters and could not be "
                          "put back: they are left where they were read; mend the words that "
                          "lack them by hand").format(count=left))
    return out


def without_signing_note(raw: list[str], warnings: list[str]) -> list[str]:
    """The lines without the note a digital signature prints over the header (signing.py),
    with a warning naming them: they are part of no field, and nothing to write back."""
    start, end = 0, signing_note(raw)
    if not end:
        start, end = labelled_note(raw) or (0, 0)
    if not end:
        return raw
    warnings.append(_("the note of the digital signature over the header (who signed this copy "
                      "and when) was left out of the letter: {lines}").format(
        lines=quoted([x.strip() for x in raw[start:end] if x.strip()])))
    return raw[:start] + raw[end:]


def draft_marks(lines: list[str], warnings: list[str]) -> list[str]:
    """The lines without ``DỰ THẢO`` standing alone (over the heading, in a corner of the
    header: data/nhap.yaml: du_thao), with a warning naming it: it marks the letter as a draft
    and is part of no field."""
    out: list[str] = []
    for n, line in enumerate(lines):
        if _body_begins(line):  # a DỰ THẢO of the body (a draft sent with it) is its text
            return out + lines[n:]
        if rules()["du_thao"].match(key(line.strip())):
            warnings.append(_("the letter is marked as a draft: “{line}” was left out of its "
                              "fields").format(line=line.strip()))
        else:
            out.append(line)
    return out


def _body_begins(line: str) -> bool:
    """The line opens the letter's body, below its header: Kính gửi, Căn cứ, or a sentence
    (lower case in it, ending in . : or ;).

    >>> _body_begins("Kính gửi: Các sở"), _body_begins("đề nghị các đơn vị góp ý:")
    (True, True)
    >>> _body_begins("V/v góp ý dự thảo Quy chế"), _body_begins("Số: 12/UBND-VP")
    (False, False)
    """
    text = line.strip()
    mo_dau = rules()["mo_dau"]
    return bool(mo_dau["kinh_gui"].match(key(text)) or mo_dau["can_cu"].match(key(text))
                or (text.endswith((".", ":", ";")) and any(c.islower() for c in text)))


def by_hand(source: Source, spec: dict[str, Any]) -> list[str]:
    """A warning for the number and the day read from a pen's hand in a scan's blanks
    (``importer/handwritten.py``) that the spec holds; for a scan's day not read, the day of
    its digital signature's note, as a hint only."""
    out = []
    for kind, page, value in source.set_apart:
        if kind == "by hand: so" and spec.get("so") == int(value):
            out.append(_("so: the number {so} was read from the digits written by hand in the "
                         "blank on the scan (page {page}); handwritten digits are easily "
                         "misread: check it against the paper").format(so=value, page=page))
        if kind == "by hand: ngay" and isinstance(spec.get("ngay"), date) \
                and spec["ngay"].strftime("%d/%m/%Y") == value:
            out.append(_("ngay: the day of {date} was read from the digits written by hand in "
                         "the blank on the scan (page {page}); handwritten digits are easily "
                         "misread: check the date against the paper").format(date=value,
                                                                            page=page))
        if kind == "by hand: luu" and _bare(spec.get("luu")) == _bare(value):
            out.append(_("luu: writing by hand after the Lưu line's units on the scan (page "
                         "{page}: a count of copies, a stroke) was left out of “{luu}”: check "
                         "the line against the paper").format(page=page, luu=value))
    if source.ocr_pages and (wanting := missing()) is not None:
        out.append(_("{reason}: the number and the day written by hand on the scan were read "
                     "by Tesseract alone, which misses most of them").format(reason=wanting))
    if source.ocr_pages and "ngay" not in spec:
        signed = signed_on(source.lines[:_NOTE_LINES])
        if signed is not None:
            out.append(_("ngay: the scan's digital signature was made on {date}; the letter is "
                         "dated that day or a few days before it: write its date from the "
                         "paper").format(date=signed.strftime("%d/%m/%Y")))
    return out


def _bare(luu: Any) -> str:
    """A Lưu's units without their spaces and their last full stop, to be compared."""
    return "".join(str(luu or "").split()).rstrip(".")
