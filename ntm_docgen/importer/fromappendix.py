"""What a letter's header lacks, taken from its own appendix's ``(Kèm theo ...)`` line, which
cites the letter by its type, number, ký hiệu and date."""

from __future__ import annotations

from typing import Any

from ntm_docgen.i18n import _
from ntm_docgen.importer.header import Header
from ntm_docgen.importer.parent import Parent, read_kem_theo


def from_attachment(head: Header, phu_luc: list[dict[str, Any]], warnings: list[str]) -> None:
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


def number_from_attachment(head: Header, phu_luc: list[dict[str, Any]],
                            warnings: list[str]) -> None:
    """A letter whose Số line gave no number (OCR lost it, a number typed over the line) while
    its own appendix cites it in full (``(Kèm theo Công văn số 1849/BGDĐT-GDPT ngày 10/4/2026``):
    the number, and the ký hiệu and date the header lacks, are that line's, with a warning;
    only when the line names the letter's type and agrees with what the header did read. A
    number the Số line gave cut short, its last digits read as signs (``Số: 56ŸS``), is the
    appendix's when the appendix's number begins with the digits read and has one digit for
    each sign (5689), its warning to write the signs by hand then dropped."""
    if head.loai is None:
        return
    parent = _cited_parent(phu_luc)
    if parent is None or parent.ngay is None or parent.loai != head.loai \
            or head.ky_hieu not in (None, "", parent.ky_hieu) \
            or head.ngay not in (None, parent.ngay) or head.nam not in (None, parent.ngay.year):
        return
    cut, told = head.so_cut
    if head.so == parent.so and not head.ky_hieu:  # "Số: 12": the ký hiệu left to stamp
        _code_from(head, parent, warnings)
        return
    if head.so is not None and not (cut and str(parent.so).startswith(str(head.so))
                                    and len(str(parent.so)) == len(str(head.so)) + len(cut)):
        return
    day = parent.ngay.strftime("%d/%m/%Y")
    if head.so is None:
        head.found.add("so")
        told_now = _("so: the Số line gave no number; {number}/{ky_hieu} of {day} was taken "
                     "from the (Kèm theo ...) line of its appendix: check it against the "
                     "letter").format(number=parent.so, ky_hieu=parent.ky_hieu, day=day)
    else:
        if told in head.warnings:
            head.warnings.remove(told)
        told_now = _("so: the Số line gave {read} and signs after it ({signs}); "
                     "{number}/{ky_hieu} of {day} was taken from the (Kèm theo ...) line of its "
                     "appendix: check it against the letter").format(
            read=head.so, signs=cut, number=parent.so, ky_hieu=parent.ky_hieu, day=day)
    if not head.ky_hieu and head.no_code in head.warnings:
        head.warnings.remove(head.no_code)  # the ký hiệu is the appendix's too, told so
    head.so, head.ky_hieu, head.ngay = parent.so, head.ky_hieu or parent.ky_hieu, parent.ngay
    warnings.append(told_now)


def _code_from(head: Header, parent: Parent, warnings: list[str]) -> None:
    """A Số line that printed the number and no ký hiệu (``Số: 12``) whose appendix cites the
    letter with that number: the ký hiệu is the appendix's, told in place of the warning that
    it was left blank."""
    if head.no_code in head.warnings:
        head.warnings.remove(head.no_code)
    head.ky_hieu = parent.ky_hieu
    warnings.append(_("ky_hieu: the Số line printed the number {number} and no ký hiệu; "
                      "{ky_hieu} was taken from the (Kèm theo ...) line of its appendix, which "
                      "cites {number}/{ky_hieu} of {day}: check it against the letter").format(
        number=parent.so, ky_hieu=parent.ky_hieu,
        day=parent.ngay.strftime("%d/%m/%Y") if parent.ngay else ""))
