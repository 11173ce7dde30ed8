"""Put the parts of an imported letter together as a spec (contract §1), with warnings."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ntm_docgen.files.limits import IMPORT_LINES
from ntm_docgen.i18n import _, ngettext
from ntm_docgen.importer.attachments import find_attachments, find_copy, hinh_thuc, read_attachment
from ntm_docgen.importer.body import read_body
from ntm_docgen.importer.cleaning import clean_lines, key, rules
from ntm_docgen.importer.columns import date_over_gui
from ntm_docgen.importer.ends import letter_ends
from ntm_docgen.importer.header import (
    Header,
    read_header,
    read_ngay,
    read_so,
    split_cells,
)
from ntm_docgen.importer.issuer import read_issuer
from ntm_docgen.importer.kind import (
    OutsideTheTableError,
    judge_kind,
    nothing_found,
)
from ntm_docgen.importer.lost import lost_lines
from ntm_docgen.importer.namemarks import marked_as_written
from ntm_docgen.importer.parent import (
    Parent,
    agency,
    code_loai,
    mend_ky_hieu,
    read_kem_theo,
    split_ky_hieu,
)
from ntm_docgen.importer.reading import Source, read_source
from ntm_docgen.importer.reflow import expand_flat
from ntm_docgen.importer.signature import read_signature
from ntm_docgen.importer.signing import labelled_note, signing_note
from ntm_docgen.importer.signzone import Signature, find_signature
from ntm_docgen.vietnamese.donvi import place_as_issuer_writes
from ntm_docgen.vietnamese.loai import find_loai
from ntm_docgen.vietnamese.marks import attach_loose_marks, loose
from ntm_docgen.vietnamese.text import nfc, strip_diacritics

#: Written where a required field could not be read, so that the spec still renders.
PLACEHOLDER = "..."


@dataclass(frozen=True)
class ImportResult:
    """The spec read from a letter (plain data, contract §1 order) and what could not be read."""

    spec: dict[str, Any]
    warnings: list[str] = field(default_factory=list)
    #: the lines of the letter read into no field (one of the warnings says so)
    unread: list[str] = field(default_factory=list)


def import_letter(path: Path | str) -> ImportResult:
    """Read a letter from a .txt, .docx or .pdf file (or a scan) into a spec dict."""
    source = read_source(path)
    IMPORT_LINES.check(len(source.lines), path)  # the structure read's time grows with them
    result = import_lines(source.lines, source=path, bold=source.bold, wrapped=source.wrapped)
    warnings = [_on_scan(w) for w in result.warnings] if source.ocr_pages else result.warnings
    return ImportResult(result.spec, [*_set_apart(source), *warnings], result.unread)


def _on_scan(warning: str) -> str:
    """The warning of a number or a day not read, as a scan gives it: written by hand over the
    blank, most often, not a draft's blank."""
    if warning == _("so: no number found (a draft?); it is left blank"):
        return _("so: the number could not be read on the scan (written by hand?); it is left "
                 "blank: write it from the paper")
    if warning == _("ngay: no complete date found; the letter is written as a draft"):
        return _("ngay: the day could not be read on the scan (written by hand?); the letter "
                 "is written as a draft: write the date from the paper")
    return warning


def _set_apart(source: Source) -> list[str]:
    """A warning for what the PDF reader set apart, naming every line of it."""
    out = []
    names = {"tcvn3": "TCVN3 (ABC, .VnTime)", "vni": "VNI (VNI-Times)"}
    for encoding in source.legacy:
        out.append(_("the text was typed in {encoding} fonts and was read as Unicode: check "
                     "names and places against the paper").format(encoding=names[encoding]))
    if source.ocr_pages:
        pages = ", ".join(str(n) for n in source.ocr_pages)
        out.append(ngettext(
            "page {pages} is a scanned image and was read by OCR: check names, numbers and "
            "dates against the paper",
            "pages {pages} are scanned images and were read by OCR: check names, numbers and "
            "dates against the paper", len(source.ocr_pages)).format(pages=pages))
    furniture = [_("{text} (p. {page})").format(text=repr(text), page=page)
                 for kind, page, text in source.set_apart
                 if kind not in ("footnote", "ocr noise", "scanner app")]
    scanner = [_("{text} (p. {page})").format(text=repr(text), page=page)
               for kind, page, text in source.set_apart if kind == "scanner app"]
    if scanner:
        out.append(_("the mark of the app the pages were scanned with was left out of the "
                     "letter: {lines}").format(lines=", ".join(scanner)))
    noise = [_("{text} (p. {page})").format(text=repr(text), page=page)
             for kind, page, text in source.set_apart if kind == "ocr noise"]
    if noise:
        out.append(_("marks OCR read that make no words (a stamp, a signature, a smudge) were "
                     "left out of the letter: {lines}; check the paper for a word among them")
                   .format(lines=", ".join(noise)))
    if furniture:
        out.append(_("page numbers and running headers left out of the letter: {lines}")
                   .format(lines=", ".join(furniture)))
    for kind, page, text in source.set_apart:
        if kind == "footnote":
            out.append(_("page {page}: a footnote was kept out of the body: {text!r}; put it "
                         "back in noi_dung if the letter needs it").format(page=page, text=text))
    return out


def import_lines(raw: list[str], source: Path | str = "<text>",
                 bold: frozenset[str] = frozenset(), wrapped: bool = True) -> ImportResult:
    """Read a letter from its text lines; ``bold``: the wholly bold lines of a Word document;
    ``wrapped``: the body's lines may be wrapped paragraphs (text copied from a PDF or a web
    page), not so in a Word document, whose lines are its paragraphs."""
    warnings: list[str] = []
    raw = _marks_put_back(raw, warnings)
    raw = _after_the_end(raw, warnings)
    raw = _without_signing_note(raw, warnings)
    lines = date_over_gui(_draft_marks(split_cells(clean_lines(expand_flat(raw))), warnings))
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
    body = read_body(_trim([*label, *lines[head.body:sig_at if sig_at is not None else end]]),
                     wrapped,
                     can_cu=not _cong_van(head), thuc_hien=not _bao_cao(head))
    sig = read_signature([x for x in lines[sig_at:end] if x != "---"]) if sig_at is not None \
        else Signature()
    bounds = [*starts, copy_at if copy_at is not None else len(lines)]
    phu_luc = [read_attachment(_trim(lines[a:b]), wrapped)
               for a, b in zip(starts, bounds[1:], strict=True)]
    _from_attachment(head, phu_luc, warnings)
    _number_from_attachment(head, phu_luc, warnings)
    if head.loai is None and not head.ky_hieu:
        _loai_from_opening(head, body.noi_dung[:2])
    if not (head.found or sig.chuc_vu or sig.ho_ten or sig.noi_nhan):
        judge_kind(lines, len(lines), None, source)  # a heading of another kind, further down
        raise nothing_found(source, raw)
    if _without_diacritics(lines):
        warnings.append(_("the text has almost no Vietnamese diacritics (an OCR copy?): every "
                          "value is kept as written; check names, places and the trích yếu by "
                          "hand"))
    loai = head.loai or (code_loai(split_ky_hieu(head.ky_hieu)[0] or "") if head.ky_hieu
                         else None)
    if loai is not None and loai.layout == "quyet_dinh" and body.noi_dung \
            and key(body.noi_dung[0]).rstrip(" :") in (key("QUYẾT ĐỊNH"), key("QUYẾT NGHỊ"),
                                                       key(loai.ten_hoa)):
        body.noi_dung = body.noi_dung[1:]  # "QUYẾT ĐỊNH:" / "QUYẾT NGHỊ:": the template prints it
    warnings.extend(head.warnings)
    spec = _letter(head, body, sig, warnings)
    if phu_luc:
        spec["phu_luc"] = phu_luc
    if copy_at is not None:
        copy = _copy(lines[copy_at:], warnings)
        if copy:
            spec["ban_sao"] = copy
    spec = _nfc(spec)
    unread = lost_lines(raw, spec, warnings)
    if unread:
        warnings.append(unread_note(unread))
    return ImportResult(spec=spec, warnings=warnings, unread=unread)


def unread_note(lines: list[str]) -> str:
    """The warning of an import about the lines read into no field."""
    return _("these lines were read into no field and are not in the spec; add each one by hand "
             "where it belongs: {lines}").format(lines=quoted(lines))


def quoted(lines: list[str]) -> str:
    """Lines in curly quotes, one after another.

    >>> quoted(["Điều 4.", "như sau:"])
    '“Điều 4.”; “như sau:”'
    """
    return "; ".join(f"“{x}”" for x in lines)


def _marks_put_back(raw: list[str], warnings: list[str]) -> list[str]:
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


def _after_the_end(raw: list[str], warnings: list[str]) -> list[str]:
    """The lines with the marks of no word after a closing ``./.``, the last sentence or the
    Lưu line left out (ends.py: letter_ends), with a warning naming them, as the scans' reader
    sets such marks apart."""
    out, marks = [], []
    for line, tail in letter_ends(raw):
        out.append(line)
        if tail:
            marks.append(tail)
    if marks:
        warnings.append(_("marks after the letter's last sentence (its closing ./. or full "
                          "stop) or after its Lưu line that make no words (a tick, a stroke "
                          "of the signature, the seal's edge, a smudge) were left out of the "
                          "letter: {marks}; check the paper for a word among them")
                        .format(marks=quoted(marks)))
    return out


def _without_signing_note(raw: list[str], warnings: list[str]) -> list[str]:
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


def _draft_marks(lines: list[str], warnings: list[str]) -> list[str]:
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


def _from_attachment(head: Header, phu_luc: list[dict[str, Any]], warnings: list[str]) -> None:
    """A lone attachment names its letter in ``(Kèm theo ...)``: take what the header lacks."""
    if head.so is not None or head.loai is not None:
        return
    parent = _cited_parent(phu_luc)
    if parent is None:
        return
    head.loai, head.loai_from = parent.loai, "the (Kèm theo ...) line"
    head.so, head.ky_hieu, head.ngay = parent.so, parent.ky_hieu, parent.ngay
    head.nam = parent.ngay.year if parent.ngay else None
    if head.ten is None:
        head.ten = parent.co_quan
    head.found.add("so")
    warnings.append(_("only an attachment was found: type, number, date and issuer were taken "
                      "from its (Kèm theo ...) line"))


def _cited_parent(phu_luc: list[dict[str, Any]]) -> Parent | None:
    """The letter the first appendix that cites one names in its ``(Kèm theo ...)`` line."""
    return next((p for p in (read_kem_theo(x.get("ghi_chu", "")) for x in phu_luc) if p), None)


def _number_from_attachment(head: Header, phu_luc: list[dict[str, Any]],
                            warnings: list[str]) -> None:
    """A letter whose Số line gave no number (OCR lost it, a number typed over the line) while
    its own appendix cites it in full (``(Kèm theo Công văn số 1849/BGDĐT-GDPT ngày 10/4/2026``):
    the number, and the ký hiệu and date the header lacks, are that line's, with a warning;
    only when the line names the letter's type and agrees with what the header did read."""
    if head.so is not None or head.loai is None:
        return
    parent = _cited_parent(phu_luc)
    if parent is None or parent.ngay is None or parent.loai != head.loai \
            or head.ky_hieu not in (None, parent.ky_hieu) or head.ngay not in (None, parent.ngay) \
            or head.nam not in (None, parent.ngay.year):
        return
    head.so, head.ky_hieu, head.ngay = parent.so, head.ky_hieu or parent.ky_hieu, parent.ngay
    head.found.add("so")
    warnings.append(_("so: the Số line gave no number; {number}/{ky_hieu} of {day} was taken "
                      "from the (Kèm theo ...) line of its appendix: check it against the "
                      "letter").format(number=parent.so, ky_hieu=parent.ky_hieu,
                                       day=parent.ngay.strftime("%d/%m/%Y")))


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


def _letter(head: Header, body: Any, sig: Signature, warnings: list[str]) -> dict[str, Any]:
    if head.ky_hieu:
        head.ky_hieu = mend_ky_hieu(head.ky_hieu, head.loai)
    code, viet_tat, don_vi = split_ky_hieu(head.ky_hieu) if head.ky_hieu else (None, None, None)
    loai = _loai(head, code, bool(body.kinh_gui), warnings)
    co_quan: dict[str, Any] = {}
    known = agency(viet_tat) if head.ten is None and viet_tat else None
    if known:
        head.ten = known["ten"]
        warnings.append(_("co_quan.ten: no header found; '{name}' is the body the ký hiệu "
                          "abbreviation {abbr} stands for (data/viet_tat.yaml): check it")
                        .format(name=head.ten, abbr=viet_tat))
    if head.chu_quan:
        co_quan["chu_quan"] = head.chu_quan = _as_written(head.chu_quan, body, warnings)
    head.ten = _as_written(head.ten, body, warnings) if head.ten else head.ten
    co_quan["ten"] = head.ten or _missing("co_quan.ten", _("the issuer's name"), warnings)
    if viet_tat:
        co_quan["viet_tat"] = viet_tat
    spec: dict[str, Any] = {"loai": loai.ma or "CV", "co_quan": co_quan}
    if head.so is not None:
        spec["so"] = head.so
    else:
        warnings.append(_("so: no number found (a draft?); it is left blank"))
    if head.ky_hieu:
        spec["ky_hieu"] = head.ky_hieu
    if don_vi and loai.is_cong_van:
        spec["don_vi"] = don_vi
    if head.dia_danh and head.ten:
        head.dia_danh = place_as_issuer_writes(head.dia_danh, head.ten)
    spec["dia_danh"] = head.dia_danh or _missing("dia_danh", _("the place"), warnings)
    if head.ngay:
        spec["ngay"] = head.ngay
    else:
        if head.nam:
            spec["nam"] = head.nam
        warnings.append(_("ngay: no complete date found; the letter is written as a draft"))
    if head.trich_yeu:
        spec["trich_yeu"] = head.trich_yeu
    elif loai.ma != "GM":
        spec["trich_yeu"] = _missing("trich_yeu", _("the summary line (trích yếu)"), warnings)
    for name, value in (("kinh_gui", body.kinh_gui), ("can_cu", body.can_cu),
                        ("tham_quyen", head.tham_quyen), ("noi_dung", "\n".join(body.noi_dung))):
        if value:
            spec[name] = value
    if not body.noi_dung:
        warnings.append(_("noi_dung: no body text found"))
    ky: dict[str, Any] = {"quyen_han": sig.quyen_han} if sig.quyen_han else {}
    ky["chuc_vu"] = sig.chuc_vu or _missing("ky.chuc_vu", _("the signer's title"), warnings)
    ky["ho_ten"] = sig.ho_ten or _missing("ky.ho_ten", _("the signer's name"), warnings)
    if sig.hoc_ham:
        warnings.append(_("ky.ho_ten: the title {title} before the name in “{line}” was left "
                          "out; Nghị định 30 prints no academic title before the signer's name")
                        .format(title=sig.hoc_ham[0], line=sig.hoc_ham[1]))
    if sig.strokes:
        warnings.append(_("ky.ho_ten: “{marks}” before the name in “{line}” was read as the "
                          "strokes of the signature and left out; check the name against the "
                          "paper").format(marks=sig.strokes[0], line=sig.strokes[1]))
    if sig.cap_bac:
        warnings.append(_("ky.ho_ten: the rank {rank} before the name in “{line}” was left out; "
                          "write it back by hand if the letter prints it").format(
            rank=sig.cap_bac[0], line=sig.cap_bac[1]))
    if sig.passed:
        warnings.append(_("ky: the letter is signed by {count} parties side by side; the "
                          "signature under “{title}” was read as the issuer's, not the one "
                          "under “{passed}”, whose title names an enterprise: check which "
                          "signature is the issuer's").format(
            count=len(sig.others) + 1, title=sig.chuc_vu, passed=sig.passed))
    elif sig.others:
        warnings.append(_("ky: the letter is signed by {count} people; only the first signature "
                          "was read, the others begin with: {lines}").format(
            count=len(sig.others) + 1, lines="; ".join(f"“{x}”" for x in sig.others)))
    spec["ky"] = ky
    if sig.label:
        warnings.append(_("noi_nhan: “{line}” stands where the label Nơi nhận does, over the "
                          "list, and was read as that label; check the paper for a recipient "
                          "in it").format(line=sig.label))
    if sig.noi_nhan:
        spec["noi_nhan"] = sig.noi_nhan
    else:
        warnings.append(_("noi_nhan: no Nơi nhận list found"))
    if sig.luu:
        spec["luu"] = sig.luu
    for name in ("do_khan", "do_mat"):
        if getattr(head, name):
            spec[name] = getattr(head, name)
    return spec


def _as_written(name: str, body: Any, warnings: list[str]) -> str:
    """The issuer's name with the marks OCR lost that the body writes it with
    (importer/namemarks.py), with a warning naming the name as read."""
    marked = marked_as_written(name, "\n".join(body.noi_dung))
    if marked != name:
        warnings.append(_("co_quan: the name read “{read}” was written “{name}”, with the marks "
                          "the letter's text gives it: check it against the paper").format(
            read=" / ".join(name.split("\n")), name=" / ".join(marked.split("\n"))))
    return marked


def _loai(head: Header, code: str | None, kinh_gui: bool, warnings: list[str]) -> Any:
    by_code = code_loai(code) if code and strip_diacritics(code).upper() != _initials(head.ten) \
        else None
    if code and by_code and by_code.ma != code:
        warnings.append(_("ky_hieu: {code} is a Thông tư 01/2011 code; the type is {name} "
                          "({new_code}) today").format(code=code, name=by_code.ten,
                                                       new_code=by_code.ma))
    if head.loai_from == "V/v" and by_code:
        head.loai = None  # "Về việc" under the number, but the ký hiệu names the type
    loai = head.loai or by_code
    if head.loai and by_code and head.loai.ma != by_code.ma:
        warnings.append(_("loai: the type name says {name} but the ký hiệu says {other}; {name} "
                          "was kept").format(name=head.loai.ten, other=by_code.ten))
    if loai is None:
        loai = find_loai("CV")
        if not kinh_gui:
            warnings.append(_("loai: no type name found; written as a công văn (CV)"))
    return loai


def _initials(ten: str | None) -> str:
    """The first letters of the issuer's name (``CỤC THUẾ`` → ``CT``): a ký hiệu opening with
    them abbreviates the issuer (``CT-CS``), not a type that shares the code (Chỉ thị).

    >>> _initials("CỤC THUẾ"), _initials(None)
    ('CT', '')
    """
    return "".join(w[0] for w in strip_diacritics(ten or "").upper().split() if w[0].isalpha())


def _missing(path: str, what: str, warnings: list[str]) -> str:
    warnings.append(_("{path}: {what} could not be read; '{placeholder}' was written, fill it "
                      "in").format(path=path, what=what, placeholder=PLACEHOLDER))
    return PLACEHOLDER


def _copy(lines: list[str], warnings: list[str]) -> dict[str, Any] | None:
    """The copy block (contract §3) after the letter."""
    at = next(i for i, line in enumerate(lines) if hinh_thuc(line))
    head = Header()
    issuer, rest = [], []
    for i, line in enumerate(lines):
        so, ngay = read_so(line), read_ngay(line)
        if so:
            head.so, head.ky_hieu = so[0], so[1]
        elif ngay:
            head.dia_danh, head.ngay = ngay[0], ngay[1]
        elif i < at and line:
            issuer.append(line)
        elif i != at:
            rest.append(line)
    read_issuer(issuer, head)
    sig = read_signature(rest)
    if not (head.ten and head.dia_danh and sig.chuc_vu and sig.ho_ten):
        warnings.append(_("ban_sao: a copy block was found but could not be read whole; left "
                          "out"))
        return None
    copy: dict[str, Any] = {"hinh_thuc": hinh_thuc(lines[at]),
                            "co_quan": {k: v for k, v in (("chu_quan", head.chu_quan),
                                                          ("ten", head.ten)) if v}}
    if head.so is not None:
        copy["so"] = head.so
    if head.ky_hieu:
        copy["ky_hieu"] = head.ky_hieu
    copy["dia_danh"] = head.dia_danh
    if head.ngay:
        copy["ngay"] = head.ngay
    ky: dict[str, Any] = {"quyen_han": sig.quyen_han} if sig.quyen_han else {}
    copy["ky"] = {**ky, "chuc_vu": sig.chuc_vu, "ho_ten": sig.ho_ten}
    if sig.noi_nhan:
        copy["noi_nhan"] = sig.noi_nhan
    if sig.luu:
        copy["luu"] = sig.luu
    return copy


def _without_diacritics(lines: list[str]) -> bool:
    """True when fewer than 5 % of the letters carry a Vietnamese mark (OCR that lost them)."""
    letters = [c for line in lines for c in line if c.isalpha()]
    marked = sum(1 for c in letters if strip_diacritics(c) != c)
    return len(letters) > 200 and marked < 0.05 * len(letters)


def _nfc(value: Any) -> Any:
    if isinstance(value, str):
        return nfc(value)
    if isinstance(value, dict):
        return {k: _nfc(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_nfc(v) for v in value]
    return value
