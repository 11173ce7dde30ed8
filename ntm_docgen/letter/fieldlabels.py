"""A spec's fields by the labels the desk's form shows above them, and what to write in a
field a letter cannot go without: the words a message names a field by, the command line's as
the desk's (``Địa danh (dia_danh)``), its key kept in brackets for the one who writes the file."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ntm_docgen.i18n import N_, _, said

#: The label above each field of the letter form, by the field's spec path (rows and
#: appendices without their index).
LABELS = {
    "loai": N_("Type of document"),
    "co_quan": N_("Issuing body"),
    "co_quan.chu_quan": N_("Parent body"),
    "co_quan.ten": N_("Issuing body"),
    "co_quan.viet_tat": N_("Abbreviation"),
    "don_vi": N_("Drafting unit"),
    "so": N_("Number"),
    "ky_hieu": N_("Ký hiệu"),
    "do_mat": N_("Secrecy"),
    "do_khan": N_("Urgency"),
    "dia_danh": N_("Place"),
    "ngay": N_("Date"),
    "trich_yeu": N_("Summary (trích yếu)"),
    "kinh_gui": N_("To (Kính gửi)"),
    "tham_quyen": N_("Issuing authority"),
    "can_cu": N_("Grounds"),
    "noi_dung": N_("Content"),
    "ky": N_("Signature"),
    "ky.quyen_han": N_("Authority lines"),
    "ky.chuc_vu": N_("Signer's title"),
    "ky.ho_ten": N_("Signer's name"),
    "noi_nhan": N_("Recipients"),
    "luu": N_("Kept at (Lưu)"),
    "hinh_thuc": N_("Form of copy"),
    "trich": N_("Parts to keep"),
    "ten_goi": N_("Name in running text"),
    "cap": N_("Level"),
    "tinh": N_("Province or commune"),
    "thuoc": N_("Of the province"),
    "co_quan_thuong_truc": N_("Standing body"),
    "phu_luc.tieu_de": N_("Appendix title"),
    "phu_luc.ghi_chu": N_("Appendix note"),
    "phu_luc.noi_dung": N_("Appendix content"),
    # the copy page's own labels (its form is the copy block alone)
    "ban_sao.co_quan": N_("Copying body"),
    "ban_sao.co_quan.ten": N_("Copying body"),
}
#: Keys no field of the form shows alone, named so in the list of the keys a file may hold.
_KEYS = {"nam": N_("Year"), "thang": N_("Month"), "phu_luc": N_("Appendices"),
         "ban_sao": N_("Copy block")}
#: What to write in a field a letter, a copy or a unit cannot go without, by its path.
WRITE = {
    "loai": N_("required: write the type's code or name (KH, CV, QĐ, Kế hoạch)"),
    "dia_danh": N_("required: write the place printed before the date (Lạng Sơn, Tân Thành)"),
    "co_quan": N_("required: write the body's name under it (ten: SỞ NỘI VỤ)"),
    "co_quan.ten": N_("required: write the issuing body's name as its header prints it (SỞ "
                      "NỘI VỤ)"),
    "ky": N_("required: write the signer's title and name under it (chuc_vu, ho_ten)"),
    "ky.chuc_vu": N_("required: write the signer's title (GIÁM ĐỐC, PHÓ CHỦ TỊCH)"),
    "ky.ho_ten": N_("required: write the signer's full name (Hoàng Thị Hiền)"),
    "hinh_thuc": N_("required: write SAO Y, SAO LỤC or TRÍCH SAO"),
    "phu_luc.tieu_de": N_("required: write the appendix's title, as it prints over it"),
    "tinh": N_("required: write the unit's province or commune (Kon Tum, Tân Thành)"),
    "cap": N_("required: write the unit's level: tỉnh or xã"),
    "ten_goi": N_("required: write the unit's name as running text writes it (Ủy ban nhân "
                  "dân tỉnh Kon Tum)"),
}
_INDEX = re.compile(r"\[\d+\]")
COPY = "ban_sao."


def label(path: str) -> str:
    """The catalog id of the label of the field ``path`` (rows and appendices without their
    index; a copy block's field as the copy page's), '' for a key no field shows alone.

    >>> label("dia_danh"), label("phu_luc[1].tieu_de"), label("ban_sao.ky.ho_ten"), label("nam")
    ('Place', 'Appendix title', "Signer's name", '')
    """
    field = _INDEX.sub("", path)
    return LABELS.get(field) or LABELS.get(field.removeprefix(COPY), "")


def missing(path: str) -> str:
    """What to write in the required field ``path``, said in the current language.

    >>> missing("dia_danh")
    'required: write the place printed before the date (Lạng Sơn, Tân Thành)'
    >>> missing("nam")
    'required; add it'
    """
    field = _INDEX.sub("", path)
    return _(WRITE.get(field) or WRITE.get(field.removeprefix(COPY)) or N_("required; add it"))


def labelled(path: str) -> str:
    """``path`` named by its field's label, its key in brackets (``Place (dia_danh)``), a
    top-level key no field shows alone by its name in the list of keys; '' for a key unknown.

    >>> labelled("ky.ho_ten"), labelled("phu_luc"), labelled("ban_sao.ky"), labelled("foo")
    ("Signer's name (ky.ho_ten)", 'Appendices (phu_luc)', 'Signature (ban_sao.ky)', '')
    """
    found = label(path) or _KEYS.get(path, "")
    return said(N_("{label} ({path})"), label=said(found), path=path) if found else ""


def known_keys(keys: Iterable[str], within: str = "", *, sort: bool = True) -> str:
    """Keys a file may hold at ``within``, each by its field's label with the key in brackets
    (sorted by key, or in the order given): the words of the message for a key it may not.

    >>> known_keys({"ngay", "nam", "dia_danh"}), known_keys(["ho_ten"], "ky")
    ('Place (dia_danh), Year (nam), Date (ngay)', "Signer's name (ho_ten)")
    """
    out = []
    for key in sorted(keys) if sort else keys:
        found = label(f"{within}.{key}" if within else key) or _KEYS.get(key, "")
        out.append(_("{label} ({path})").format(label=_(found), path=key) if found else key)
    return ", ".join(out)
