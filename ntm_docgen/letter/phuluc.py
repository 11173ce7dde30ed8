"""A phụ lục's page (mẫu 2.1): its heading, title, the note tying it to the letter, its pages."""

from __future__ import annotations

from datetime import date
from typing import Any

from ntm_docgen.letter import layout_rules as L
from ntm_docgen.letter.fit import fitted
from ntm_docgen.letter.markup import body_xml, widest_table
from ntm_docgen.letter.printed import RawXml, xml_text
from ntm_docgen.letter.spec import PhuLuc, Spec
from ntm_docgen.vietnamese.names import ten_goi, tham_quyen_goi
from ntm_docgen.vietnamese.text import ngay_thang_nam, so_hieu, so_la_ma, upper_vi

_NAMED = ("PHỤ LỤC", "ĐỀ CƯƠNG", "DANH SÁCH", "BIỂU", "MẪU", "BẢNG", "HƯỚNG DẪN", "QUY CHẾ",
          "QUY ĐỊNH", "KẾ HOẠCH", "CHƯƠNG TRÌNH")


def phu_luc_context(spec: Spec, item: PhuLuc, index: int, today: date) -> dict[str, Any]:
    """Values for one appendix page (mẫu 2.1)."""
    width = L.LANDSCAPE_TEXT_WIDTH if landscape(item) else L.TEXT_WIDTH
    given = [x.strip() for x in item.tieu_de.split("\n") if x.strip()]
    given[0] = upper_vi(given[0])
    lines = fitted(given, width, L.SIZE_TEN_LOAI)
    if item.ten is not None:
        heading = item.ten
    elif len(spec.phu_luc) > 1:
        heading = f"Phụ lục {so_la_ma(index + 1)}"
    elif given[0].startswith(_NAMED):
        heading = ""  # a single named attachment (ĐỀ CƯƠNG ...) needs no heading
    else:
        heading = "Phụ lục"
    return {
        "ten": heading,
        "tieu_de_lines": lines,
        "ghi_chu_lines": fitted([item.ghi_chu or kem_theo(spec, today)], width, L.SIZE_BODY,
                                bold=False, italic=True),
        "phu_luc_rule": (width - L.SHORT_RULE) // 2,
        "noi_dung": RawXml(body_xml(xml_text(item.noi_dung), final_mark=False, width=width)),
    }


def landscape(item: PhuLuc) -> bool:
    """Whether an appendix goes on landscape pages: as its ``ngang`` says, else when one of its
    tables has more columns than a portrait page holds well."""
    if item.ngang is not None:
        return item.ngang
    return widest_table(item.noi_dung) > L.PORTRAIT_MAX_COLUMNS


def kem_theo(spec: Spec, today: date) -> str:
    """``(Kèm theo Hướng dẫn số 106/HD-SNV ngày 31 tháng 5 năm 2019 của Sở Nội vụ)``; a
    decision's note names its authority (``của Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn``)."""
    when = ngay_thang_nam(spec.ngay, spec.nam or today.year, spec.thang)
    return (f"(Kèm theo {spec.loai.ten} số {so_hieu(spec.so, spec.ky_hieu)} {when} "
            f"của {issuing_authority(spec)})")


def issuing_authority(spec: Spec) -> str:
    """Who issues the letter, in running text: the body; for a decision, its authority (the
    ``tham_quyen`` line, else read from the signature: ``TM.`` the body, ``KT. CHỦ TỊCH`` or
    a head signing alone the head of the body).

    >>> from ntm_docgen.letter.spec import parse_spec
    >>> base = {"loai": "QĐ", "co_quan": {"ten": "ỦY BAN NHÂN DÂN\\nTỈNH LẠNG SƠN"},
    ...         "dia_danh": "Lạng Sơn", "trich_yeu": "X",
    ...         "ky": {"quyen_han": ["KT. CHỦ TỊCH"], "chuc_vu": "PHÓ CHỦ TỊCH", "ho_ten": "A"}}
    >>> issuing_authority(parse_spec(base))
    'Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn'
    >>> issuing_authority(parse_spec({**base, "ky": {**base["ky"], "quyen_han": [
    ...     "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"]}}))
    'Ủy ban nhân dân tỉnh Lạng Sơn'
    >>> issuing_authority(parse_spec({**base, "ky": {"chuc_vu": "Q. CHỦ TỊCH", "ho_ten": "A"}}))
    'Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn'
    >>> issuing_authority(parse_spec({**base, "loai": "KH"}))
    'Ủy ban nhân dân tỉnh Lạng Sơn'
    """
    body = ten_goi(spec.co_quan.ten)
    if spec.loai.layout != "quyet_dinh":
        return body
    if spec.tham_quyen:
        return tham_quyen_goi(spec.tham_quyen)
    authority = [line.split(" ", 1) for line in spec.ky.quyen_han]
    if any(prefix == "TM." for prefix, *_ in authority):
        return body
    head = next((rest[0] for prefix, *rest in authority if prefix in ("KT.", "Q.") and rest),
                None) or (spec.ky.chuc_vu if not authority else None)
    if head and head.startswith("Q."):  # an acting head's title (ô 7a): the head's own
        head = head[2:].strip()
    return tham_quyen_goi(f"{head} {upper_vi(spec.co_quan.ten)}") if head else body
