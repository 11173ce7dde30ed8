"""A spec's fields as its rendered letter prints them, beside the fields `import` read from that
letter: field by field, with what the spec's form lets differ set aside.

What is set aside, and why (each is a freedom of the spec's form, not a misreading):
- where a line breaks: a name's, a title's or a trích yếu's ``\\n`` is the clerk's or the
  renderer's choice of where the cell wraps; both print the same words (whitespace collapsed);
- the case of the lines the layout prints in capitals (issuer, parent body, authority lines,
  title, thẩm quyền, the first line of an appendix's heading): a spec may write them in any
  case;
- what the layout adds: a công văn's ``V/v``, ``Như trên`` first in a Nơi nhận after a Kính
  gửi, the Lưu line when ``luu`` is absent, the ``;``/``.`` closing each căn cứ, the ``./.``
  closing the letter's body (not an appendix's), a Quyết định's ``QUYẾT ĐỊNH:`` line, an
  appendix's ``(Kèm theo ...)`` note when the spec gives none;
- the year of a draft is printed only when there is no date, and ``viet_tat`` only through the
  ký hiệu: each is compared where the letter prints it;
- NFC: a spec may be typed decomposed, the letter is printed composed.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from typing import Any

from ntm_docgen.importer.ownnote import restates_own
from ntm_docgen.letter.context import noi_nhan_items
from ntm_docgen.letter.markup_end import closing_mark
from ntm_docgen.letter.model import BanSao, ChuKy, CoQuan, Spec
from ntm_docgen.letter.phuluc import kem_theo
from ntm_docgen.vietnamese.text import upper_vi

#: Fields scored for every letter, in contract §1 order.
LETTER_FIELDS = ("loai", "co_quan.chu_quan", "co_quan.ten", "co_quan.viet_tat", "so",
                 "ky_hieu", "don_vi", "dia_danh", "ngay", "nam", "trich_yeu", "kinh_gui",
                 "can_cu", "tham_quyen", "noi_dung", "ky.quyen_han", "ky.chuc_vu", "ky.ho_ten",
                 "noi_nhan", "luu", "do_khan", "do_mat")


def norm(value: Any) -> Any:
    """NFC, whitespace collapsed (a two-line name equals the same name on one line); an
    empty value is None, a list a tuple, a date its ISO form."""
    if value is None or value in ("", [], ()):
        return None
    if isinstance(value, (list, tuple)):
        return tuple(norm(v) for v in value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, int):
        return value
    return " ".join(unicodedata.normalize("NFC", str(value)).split())


def _caps(value: str | None) -> str | None:
    return upper_vi(value) if value else value


def _issuer(co_quan: CoQuan, prefix: str, own_ky_hieu: bool) -> dict[str, Any]:
    out = {f"{prefix}co_quan.chu_quan": _caps(co_quan.chu_quan),
           f"{prefix}co_quan.ten": _caps(co_quan.ten)}
    if not own_ky_hieu:
        out[f"{prefix}co_quan.viet_tat"] = co_quan.abbr
    return out


def _signer(ky: ChuKy, prefix: str) -> dict[str, Any]:
    return {f"{prefix}ky.quyen_han": tuple(_caps(x) for x in ky.quyen_han),
            f"{prefix}ky.chuc_vu": _caps(ky.chuc_vu), f"{prefix}ky.ho_ten": ky.ho_ten}


def _list_end(items: list[str]) -> tuple[tuple[str, ...], str]:
    """The Nơi nhận items without their ``- `` and ``;``, and the Lưu line's units."""
    return (tuple(re.sub(r"^- |;$", "", item) for item in items[:-1]),
            re.sub(r"^- Lưu: |\.$", "", items[-1]))


def _body(text: str, quyet_dinh: bool, closed: bool = True) -> tuple[str, ...]:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if quyet_dinh and lines and lines[0].rstrip(":").upper() in ("QUYẾT ĐỊNH", "QUYẾT NGHỊ"):
        lines = lines[1:]
    if lines and closed:
        lines[-1] = closing_mark(lines[-1]) or lines[-1]
    return tuple(lines)


def printed(spec: Spec, today: date) -> dict[str, Any]:
    """The fields as the rendered letter prints them."""
    noi_nhan, luu = _list_end(noi_nhan_items(spec.noi_nhan, spec.luu, spec.don_vi,
                                             bool(spec.kinh_gui)))
    trich_yeu = spec.trich_yeu
    if trich_yeu and spec.loai.is_cong_van:
        trich_yeu = re.sub(r"^V/v\s+", "", trich_yeu)
    out: dict[str, Any] = {
        "loai": spec.loai.ma or "CV", **_issuer(spec.co_quan, "", spec.ky_hieu_ is not None),
        "so": spec.so, "ky_hieu": spec.ky_hieu,
        "don_vi": spec.don_vi if spec.loai.is_cong_van and spec.ky_hieu_ is None else None,
        "dia_danh": spec.dia_danh, "ngay": spec.ngay,
        "nam": (spec.nam or today.year) if spec.ngay is None else None,
        "trich_yeu": trich_yeu, "kinh_gui": spec.kinh_gui,
        "can_cu": tuple(re.sub(r"\s*[;,.]$", "", line) for line in spec.can_cu),
        "tham_quyen": _caps(spec.tham_quyen),
        "noi_dung": _body(spec.noi_dung, spec.loai.layout == "quyet_dinh"),
        **_signer(spec.ky, ""), "noi_nhan": noi_nhan, "luu": luu,
        "do_khan": spec.do_khan, "do_mat": spec.do_mat,
    }
    for i, item in enumerate(spec.phu_luc):
        first, _, rest = item.tieu_de.strip().partition("\n")
        out[f"phu_luc[{i}].tieu_de"] = f"{upper_vi(first)}\n{rest}"
        note = item.ghi_chu or kem_theo(spec, today)
        # a note naming the letter by its blank number is left for render to write again
        own = {"loai": spec.loai.ma or "CV", "so": spec.so, "ky_hieu": spec.ky_hieu,
               "ngay": spec.ngay, "nam": spec.nam or today.year}
        out[f"phu_luc[{i}].ghi_chu"] = None if restates_own(note, own) else note
        out[f"phu_luc[{i}].noi_dung"] = _body(item.noi_dung, False, closed=False)
    if spec.ban_sao is not None:
        out.update(_copy(spec.ban_sao, today))
    return out


def _copy(copy: BanSao, today: date) -> dict[str, Any]:
    noi_nhan, luu = _list_end(noi_nhan_items(copy.noi_nhan, copy.luu, None, False))
    return {"ban_sao.hinh_thuc": copy.hinh_thuc,
            **_issuer(copy.co_quan, "ban_sao.", copy.ky_hieu_ is not None),
            "ban_sao.so": copy.so, "ban_sao.ky_hieu": copy.ky_hieu,
            "ban_sao.dia_danh": copy.dia_danh, "ban_sao.ngay": copy.ngay,
            "ban_sao.nam": (copy.nam or today.year) if copy.ngay is None else None,
            **_signer(copy.ky, "ban_sao."), "ban_sao.noi_nhan": noi_nhan, "ban_sao.luu": luu}


def _get(data: dict[str, Any], path: str) -> Any:
    value: Any = data
    for part in re.findall(r"[^.\[\]]+|\[\d+\]", path):
        if part.startswith("["):
            index = int(part[1:-1])
            value = value[index] if isinstance(value, list) and index < len(value) else None
        else:
            value = value.get(part) if isinstance(value, dict) else None
    return value


def read(data: dict[str, Any], fields: list[str]) -> dict[str, Any]:
    """The same fields as `import` wrote them (its body split into its lines)."""
    out = {}
    for field in fields:
        value = _get(data, field)
        if field.endswith("noi_dung") and isinstance(value, str):
            value = tuple(line.strip() for line in value.splitlines() if line.strip())
        out[field] = value
    return out


def misread(want: dict[str, Any], got: dict[str, Any]) -> dict[str, tuple[Any, Any]]:
    """Every field read otherwise than printed: {field: (printed, read)}."""
    return {k: (norm(want[k]), norm(got.get(k))) for k in want
            if norm(want[k]) != norm(got.get(k))}
