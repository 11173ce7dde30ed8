"""Put the parts of an imported letter together as a spec (contract §1), with warnings."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ntm_docgen.files.limits import IMPORT_LINES
from ntm_docgen.files.pdfinput import pdf_errors
from ntm_docgen.i18n import N_, _, said
from ntm_docgen.importer.afterend import (
    after_the_end,
    attachments_after_end,
    quoted,
    seal_after_end,
)
from ntm_docgen.importer.attachments import (
    find_attachments,
    find_copy,
    hinh_thuc,
    own_page,
)
from ntm_docgen.importer.authoritytitle import from_authority
from ntm_docgen.importer.body import read_body
from ntm_docgen.importer.citemend import mend_citations
from ntm_docgen.importer.cleaning import key, rules
from ntm_docgen.importer.cleanlines import clean_lines
from ntm_docgen.importer.columns import date_over_gui
from ntm_docgen.importer.emphasis import marks_of, with_markup
from ntm_docgen.importer.familyname import name_cut
from ntm_docgen.importer.fields import copy_spec, letter_spec
from ntm_docgen.importer.fromappendix import from_attachment, number_from_attachment
from ntm_docgen.importer.header import Header, read_header
from ntm_docgen.importer.kind import (
    OutsideTheTableError,
    judge_kind,
    nothing_found,
)
from ntm_docgen.importer.lost import lost_lines
from ntm_docgen.importer.luuzone import doubtful
from ntm_docgen.importer.numberdate import digits_printed, split_cells
from ntm_docgen.importer.ownnote import own_notes_left
from ntm_docgen.importer.ownread import own_read_told
from ntm_docgen.importer.pageend import page_after_end
from ntm_docgen.importer.parent import code_loai, split_ky_hieu
from ntm_docgen.importer.pdfstamps import stamp_notes
from ntm_docgen.importer.pdftable import cells_went
from ntm_docgen.importer.pennumber import pen_number
from ntm_docgen.importer.reading import read_source
from ntm_docgen.importer.reflow import expand_flat
from ntm_docgen.importer.romans import mend_romans, told
from ntm_docgen.importer.setapart import (
    by_hand,
    draft_marks,
    marks_put_back,
    on_scan,
    set_apart,
    without_signing_note,
)
from ntm_docgen.importer.signature import read_signature
from ntm_docgen.importer.signnoise import unread_signer
from ntm_docgen.importer.signzone import Signature, find_signature
from ntm_docgen.importer.titlemarks import portal_over_addressee
from ntm_docgen.importer.unsure import gathering
from ntm_docgen.importer.wordnotes import oriented
from ntm_docgen.importer.yearname import year_names_spelt
from ntm_docgen.vietnamese.loai import find_loai
from ntm_docgen.vietnamese.text import marked_share, nfc


@dataclass(frozen=True)
class ImportResult:
    """The spec read from a letter (plain data, contract §1 order) and what could not be read."""

    spec: dict[str, Any]
    warnings: list[str] = field(default_factory=list)
    #: the lines of the letter read into no field (one of the warnings says so)
    unread: list[str] = field(default_factory=list)
    #: the pages read by OCR (from 1), and the words OCR was unsure of there
    ocr_pages: tuple[int, ...] = ()
    unsure: tuple[str, ...] = ()
    #: the first row of each table of a PDF read as running text (``pdftable``, ``ocrblank``)
    tables: tuple[str, ...] = ()
    #: the Roman headings of a scan set by their neighbours (``romans``): (as read, as written)
    headings_set: tuple[tuple[str, str], ...] = ()
    #: the number's digits as its Số line prints them (``3``, ``03``), which ``spec["so"]``
    #: holds as a whole number; "" when the line prints none
    so_printed: str = ""
    #: the body's lines printed with bold or italic parts: {text: markup} (``emphasis.marks_of``)
    marked: dict[str, str] = field(default_factory=dict)


def import_letter(path: Path | str, markup: bool = True, mend: bool = True) -> ImportResult:
    """Read a letter from a .txt, .docx or .pdf file (or a scan) into a spec dict. With
    ``markup`` its body is written in the body's markup: a Word paragraph's bold and italic
    parts marked, a literal star escaped (contract §2); without, as plain text. Without
    ``mend``, a scan's căn cứ are kept as OCR read them: a copy copies its original as it is
    (Điều 25), the clerk checks it against the paper."""
    with gathering() as unsure, pdf_errors(path):  # a damaged PDF told naming it
        source = read_source(path)
    IMPORT_LINES.check(len(source.lines), path)  # the structure read's time grows with them
    own: list[str] = []  # a word OCR misread once, as the letter writes it elsewhere
    lines = own_read_told(source.lines, own) if source.ocr_pages else source.lines
    result = import_lines(lines, source=path, bold=source.bold, wrapped=source.wrapped)
    warnings = [*own, *(on_scan(w) for w in result.warnings)] if source.ocr_pages \
        else result.warnings
    if 1 in source.ocr_pages:  # a number written by hand read as digits and letters: Số: 2C
        warnings = pen_number(result.spec, warnings)
    headings = mend_romans(result.spec) if source.ocr_pages else []  # H. for II.
    if source.ocr_pages:  # a heading's number OCR misread; a title or a name read as signs
        warnings = [*warnings, *told(headings),  # or cut by the ring; a title whose first
                    *from_authority(result.spec),  # words the seal hid, from the thẩm quyền
                    *unread_signer(result.spec), *name_cut(result.spec), *doubtful(result.spec)]
    if mend and 1 in source.ocr_pages:  # a căn cứ's number OCR misread: 92/201 7/NĐ-CP
        warnings = [*warnings, *mend_citations(result.spec)]
    spec = oriented(with_markup(result.spec, source.emphasis) if markup else result.spec,
                    source.landscape)
    tables = [(page, text) for kind, page, text in source.set_apart if kind == "table"]
    warnings = [*warnings, *cells_went(tables, str(spec.get("noi_dung") or ""))]
    return ImportResult(spec, [*set_apart(source), *source.told,
                               *stamp_notes(source.set_apart, result.spec),
                               *by_hand(source, result.spec), *warnings],
                        result.unread, source.ocr_pages, tuple(unsure),
                        tuple(text for _page, text in tables), tuple(headings),
                        result.so_printed, marks_of(result.spec, source.emphasis))


def import_lines(raw: list[str], source: Path | str = "<text>",
                 bold: frozenset[str] = frozenset(), wrapped: bool = True) -> ImportResult:
    """Read a letter from its text lines; ``bold``: the wholly bold lines of a Word document;
    ``wrapped``: the body's lines may be wrapped paragraphs (text copied from a PDF or a web
    page), not so in a Word document, whose lines are its paragraphs."""
    warnings: list[str] = []
    raw = year_names_spelt(marks_put_back(raw, warnings), warnings)
    raw = after_the_end(raw, warnings, mend=wrapped)  # a closing ./. misread: not in Word
    raw = without_signing_note(raw, warnings)
    cleaned = clean_lines(expand_flat(raw), typed=not wrapped)
    lines = date_over_gui(draft_marks(split_cells(cleaned), warnings))
    head = read_header(lines, bold)
    if head.outside is not None:
        raise OutsideTheTableError(source, nfc(lines[head.body]), head.outside.ten,
                                   head.outside.nhom)
    judge_kind(lines, head.body, head.ky_hieu, source)
    sig_at = find_signature(lines, head.body)
    after = sig_at if sig_at is not None else head.body
    copy_at = find_copy(lines, after)
    starts = [i for i in find_attachments(lines, after) if copy_at is None or i < copy_at]
    end = min([*starts, *([copy_at] if copy_at is not None else [])], default=len(lines))
    if sig_at is not None and sig_at >= end:
        sig_at = None
    # the Kính gửi label lost in the header: its list opens the body
    label = [nfc("Kính gửi:")] if head.gui_lost and lines[head.body:head.body + 1] \
        and lines[head.body].startswith("- ") else []
    body_lines = _trim([*label, *lines[head.body:sig_at if sig_at is not None else end]])
    body_lines = portal_over_addressee(body_lines, warnings)
    body = read_body(seal_after_end(attachments_after_end(page_after_end(body_lines, warnings),
                                                          warnings), warnings),
                     wrapped,
                     can_cu=not _cong_van(head), thuc_hien=not _bao_cao(head))
    sig = read_signature([x for x in lines[sig_at:end] if x != "---"]) if sig_at is not None \
        else Signature()
    bounds = [*starts, copy_at if copy_at is not None else len(lines)]
    phu_luc = [own_page(_trim(lines[a:b]), n, wrapped, warnings)
               for n, (a, b) in enumerate(zip(starts, bounds[1:], strict=True))]
    from_attachment(head, phu_luc, warnings)
    number_from_attachment(head, phu_luc, warnings)
    if head.loai is None and not head.ky_hieu:
        _loai_from_opening(head, body.noi_dung[:2])
    if head.loai is None and not head.ky_hieu:
        _loai_from_closing(head, body.noi_dung[-1:])
    if not (head.found or sig.chuc_vu or sig.ho_ten or sig.noi_nhan):
        judge_kind(lines, len(lines), None, source)  # a heading of another kind, further down
        raise nothing_found(source, raw)
    if _without_diacritics(lines):
        warnings.append(_("the text has almost no Vietnamese diacritics (an OCR copy?): every "
                          "value is kept as written; check names, places and the trích yếu by "
                          "hand"))
    loai = head.loai or (code_loai(split_ky_hieu(head.ky_hieu)[0] or "") if head.ky_hieu
                         else None)
    enacting = (key("QUYẾT ĐỊNH"), key("QUYẾT NGHỊ"), key(loai.ten_hoa)) if loai else ()
    if wrapped and loai is not None and loai.layout == "quyet_dinh" and len(body.noi_dung) > 1 \
            and key(body.noi_dung[1]).rstrip(" :") in enacting and _speck(body.noi_dung[0]):
        # a scan's speck (the seal's ink) between the căn cứ and "QUYẾT ĐỊNH:": no paragraph;
        # a Word file's paragraph there is typed, kept (found by a review)
        warnings.append(_("noi_dung: “{line}”, read between the căn cứ and “{enacting}”, was "
                          "left out of the text (a speck of the scan?); check the paper")
                        .format(line=body.noi_dung[0], enacting=body.noi_dung[1]))
        body.noi_dung = body.noi_dung[1:]
    if loai is not None and loai.layout == "quyet_dinh" and body.noi_dung \
            and key(body.noi_dung[0]).rstrip(" :") in enacting:
        body.noi_dung = body.noi_dung[1:]  # "QUYẾT ĐỊNH:" / "QUYẾT NGHỊ:": the template prints it
    warnings.extend(head.warnings)
    spec = letter_spec(head, body, sig, warnings)
    if phu_luc:
        spec["phu_luc"] = phu_luc
    if copy_at is not None:
        if any(hinh_thuc(line) == "TRÍCH SAO" for line in lines[copy_at:copy_at + 8]):
            warnings.append(said(N_("ban_sao: the file is a TRÍCH SAO, an extract of a letter: "
                                    "the text read holds only the parts extracted, not the whole "
                                    "letter; read the original for the rest")))
        copy = copy_spec(lines[copy_at:], warnings)
        if copy:
            spec["ban_sao"] = copy
    spec = _nfc(spec)
    unread = lost_lines(raw, spec, warnings)
    if unread:
        warnings.append(unread_note(unread))
    if phu_luc:  # read, but a note restating the letter's own number is the letter's to write
        kept = own_notes_left(spec, spec["phu_luc"])
        warnings += [said(N_("phu_luc[{index}].ghi_chu: “{note}” only restates this letter's own "
                             "number and date, left blank: it is left out, and the letter "
                             "writes it with its number once issued"),
                          index=i, note=item["ghi_chu"])
                     for i, (item, now) in enumerate(zip(spec["phu_luc"], kept, strict=True))
                     if "ghi_chu" in item and "ghi_chu" not in now]
        spec["phu_luc"] = kept
    return ImportResult(spec=spec, warnings=warnings, unread=unread,
                        so_printed=digits_printed(head.so_line, head.so))


def unread_note(lines: list[str]) -> str:
    """The warning of an import about the lines read into no field."""
    return said(N_("these lines were read into no field and are not in the spec; add each one by "
                   "hand where it belongs: {lines}"), lines=quoted(lines))


def _cong_van(head: Header) -> bool:
    """The header says this is a công văn: ``V/v`` under the number, or a ký hiệu that names
    no type (``BHXH-KHTC``)."""
    if head.loai is not None:
        return head.loai.is_cong_van
    return bool(head.ky_hieu) and split_ky_hieu(head.ky_hieu or "")[0] is None


def _bao_cao(head: Header) -> bool:
    """The header names a type whose opening ``Thực hiện ...`` is its content, not a căn cứ
    (data/nhap.yaml: thuc_hien_noi_dung), by its type name or its ký hiệu."""
    ma = head.loai.ma if head.loai is not None else split_ky_hieu(head.ky_hieu or "")[0]
    return ma in rules()["thuc_hien_noi_dung"]


def _trim(lines: list[str]) -> list[str]:
    """Without the page breaks (``---``) and blank lines at its end: they part it from what
    follows."""
    end = len(lines)
    while end and lines[end - 1] in ("", "---"):
        end -= 1
    return lines[:end]


def _loai_from_opening(head: Header, paras: list[str]) -> None:
    """A letter with no type name nor ký hiệu: the paragraph that opens its body ("UBND xã X
    thông báo ... như sau:") names the type by its verb (data/nhap.yaml: loai_theo_loi_mo)."""
    opening = next((p for p in paras if rules()["mo_than_bai"].search(key(p))), None)
    if opening is None:
        return
    for code, verb in rules()["loai_theo_loi_mo"].items():
        if verb.search(key(opening)):
            head.loai, head.loai_from = find_loai(code), "the opening paragraph"
            head.found.add("loai")
            return


def _loai_from_closing(head: Header, paras: list[str]) -> None:
    """A letter with no type name, ký hiệu nor opening that names one: its closing paragraph
    calls it "this" ("... tinh thần Thông báo này ./", data/nhap.yaml: loai_theo_loi_ket)."""
    for code, this in rules()["loai_theo_loi_ket"].items():
        if paras and this.search(key(paras[-1])):
            head.loai, head.loai_from = find_loai(code), "the closing paragraph"
            head.found.add("loai")
            return


def _speck(line: str) -> bool:
    """A line of one or two short words and no number, no sentence's: a scan's speck or a
    seal's ink read as letters (``bờt,``).

    >>> _speck("bờt,"), _speck("Căn cứ Luật Đất đai;"), _speck("Điều 1.")
    (True, False, False)
    """
    words = line.split()
    return 0 < len(words) <= 2 and len(line) <= 12 and not any(c.isdigit() for c in line)


def _without_diacritics(lines: list[str]) -> bool:
    """True when fewer than 5 % of the letters carry a Vietnamese mark (OCR that lost them)."""
    letters, share = marked_share(lines)
    return letters > 200 and share < 0.05


def _nfc(value: Any) -> Any:
    if isinstance(value, str):
        return nfc(value)
    if isinstance(value, dict):
        return {k: _nfc(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_nfc(v) for v in value]
    return value
