"""Write what the importer read into a spec's fields in contract §1 order (a letter's, and its
copy block's), with a warning for each field missing, mended or left out."""

from __future__ import annotations

from typing import Any

from ntm_docgen.i18n import _
from ntm_docgen.importer.attachments import hinh_thuc
from ntm_docgen.importer.header import Header
from ntm_docgen.importer.issuer import read_issuer
from ntm_docgen.importer.namemarks import marked_as_written, place_marked
from ntm_docgen.importer.noinhanmend import mend_items
from ntm_docgen.importer.numberdate import read_ngay, read_so
from ntm_docgen.importer.parent import (
    agency,
    code_loai,
    mend_ky_hieu,
    split_ky_hieu,
)
from ntm_docgen.importer.signature import read_signature
from ntm_docgen.importer.signzone import Signature
from ntm_docgen.importer.titlemend import completed_from_opening, mended_from_article
from ntm_docgen.importer.titleunit import unit_title
from ntm_docgen.letter.model import UNREAD
from ntm_docgen.vietnamese.donvi import place_as_issuer_writes
from ntm_docgen.vietnamese.loai import copy_codes, find_loai
from ntm_docgen.vietnamese.text import strip_diacritics

#: Written where a required field could not be read, so that the spec still renders.
PLACEHOLDER = UNREAD


def letter_spec(head: Header, body: Any, sig: Signature, warnings: list[str]) -> dict[str, Any]:
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
    read = head.ten
    head.ten = _as_written(head.ten, body, warnings) if head.ten else head.ten
    if read and head.ten and head.tham_quyen and head.ten != read:
        # the authority line names the issuer (ỦY BAN NHÂN DÂN TỈNH X): mended with its name
        last_read, last = read.split("\n")[-1], head.ten.split("\n")[-1]
        if head.tham_quyen.endswith(last_read):
            head.tham_quyen = head.tham_quyen[:-len(last_read)] + last
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
        if head.thang:
            spec["thang"] = head.thang
        warnings.append(_("ngay: no complete date found; the letter is written as a draft"))
    if head.trich_yeu:
        spec["trich_yeu"] = mended_from_article(head.trich_yeu, body.noi_dung)
        if spec["trich_yeu"] != head.trich_yeu:
            warnings.append(_("trich_yeu: read “{read}” (a stamp over it?); written “{trich_yeu}” "
                              "with the words its Điều 1 says: check it against the paper")
                            .format(read=head.trich_yeu, trich_yeu=spec["trich_yeu"]))
        opened = spec["trich_yeu"] if loai.is_cong_van \
            else completed_from_opening(spec["trich_yeu"], body.noi_dung, loai.ten)
        if opened != spec["trich_yeu"]:
            warnings.append(_("trich_yeu: read “{read}”, its beginning lost in the scan; written "
                              "“{trich_yeu}” as the letter's opening paragraph names it: check "
                              "it against the paper").format(read=spec["trich_yeu"],
                                                             trich_yeu=opened))
            spec["trich_yeu"] = opened
    elif loai.ma != "GM":
        spec["trich_yeu"] = _missing("trich_yeu", _("the summary line (trích yếu)"), warnings)
    for name, value in (("kinh_gui", body.kinh_gui), ("can_cu", body.can_cu),
                        ("tham_quyen", head.tham_quyen), ("noi_dung", "\n".join(body.noi_dung))):
        if value:
            spec[name] = value
    if not body.noi_dung:
        warnings.append(_("noi_dung: no body text found"))
    own = "\n".join([*body.can_cu, *body.noi_dung, *sig.noi_nhan])
    if sig.chuc_vu and (unit := unit_title(sig.chuc_vu, own)):  # VỤ CRƯ`N^ VỤ CÁO DỤC ...
        warnings.append(_("ky.chuc_vu: the title read “{read}” was written “{title}”, the head's "
                          "title of that unit and the unit's name as the letter writes it: "
                          "check it against the paper").format(read=sig.chuc_vu, title=unit))
        sig.chuc_vu = unit
    ky: dict[str, Any] = {"quyen_han": sig.quyen_han} if sig.quyen_han else {}
    ky["chuc_vu"] = sig.chuc_vu or _missing("ky.chuc_vu", _("the signer's title"), warnings)
    ky["ho_ten"] = sig.ho_ten or _missing("ky.ho_ten", _("the signer's name"), warnings)
    if sig.deputy_of:
        warnings.append(_("ky.chuc_vu: no title was read under “{authority}” (a seal over it?); "
                          "the deputy's title the decree prints there, {title}, was written: "
                          "check it against the paper").format(authority=sig.deputy_of,
                                                              title=sig.chuc_vu))
    if sig.hoc_ham:
        warnings.append(_("ky.ho_ten: the title {title} before the name in “{line}” was left "
                          "out; Nghị định 30 prints no academic title before the signer's name")
                        .format(title=sig.hoc_ham[0], line=sig.hoc_ham[1]))
    if sig.strokes:
        warnings.append(_("ky.ho_ten: “{marks}” before the name in “{line}” was read as the "
                          "strokes of the signature and left out; check the name against the "
                          "paper").format(marks=sig.strokes[0], line=sig.strokes[1]))
    if sig.unmarked:
        warnings.append(_("ky.ho_ten: the family name in “{read}” was read without its marks; "
                          "it was written “{name}”, the one family name of those letters: "
                          "check the name against the paper").format(read=sig.unmarked,
                                                                     name=sig.ho_ten))
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
        spec["noi_nhan"] = mend_items(sig.noi_nhan, body.noi_dung, warnings)
    else:
        warnings.append(_("noi_nhan: no Nơi nhận list found"))
    if sig.luu:
        spec["luu"] = sig.luu
    if sig.luu_read:
        warnings.append(_("luu: the Nơi nhận's last line “{line}” names the văn thư's copy (VT) "
                          "first, as a Lưu line does, and was read as the Lưu line; check its "
                          "label on the paper").format(line=sig.luu_read))
    for name in ("do_khan", "do_mat"):
        if getattr(head, name):
            spec[name] = getattr(head, name)
    return spec


def _as_written(name: str, body: Any, warnings: list[str]) -> str:
    """The issuer's name with the marks OCR lost that the body writes it with
    (importer/namemarks.py), with a warning naming the name as read."""
    text = "\n".join([*body.can_cu, *body.noi_dung])
    marked = marked_as_written(name, text)
    marked = place_marked(name, text) if marked == name else marked
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


def copy_spec(lines: list[str], warnings: list[str]) -> dict[str, Any] | None:
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
        code, _dash, abbr = head.ky_hieu.partition("-")
        if abbr and code == copy_codes().get(copy["hinh_thuc"]):  # "SY-VP": the copier's VP
            copy["co_quan"]["viet_tat"] = abbr
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
