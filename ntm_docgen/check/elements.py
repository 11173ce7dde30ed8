"""Where each element of a letter was found: the record ``locate`` fills and the rules read."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ntm_docgen.check.paras import Line, Para
from ntm_docgen.check.reader import Document
from ntm_docgen.vietnamese.loai import Loai
from ntm_docgen.vietnamese.text import strip_diacritics


def key(text: str) -> str:
    """Text folded for finding an element whatever its case, accents and spacing.

    >>> key("Cộng hòa  xã hội"), key("CỘNG HOÀ XÃ HỘI"), key("Độc lập \u2011 Tự do")
    ('conghoaxahoi', 'conghoaxahoi', 'doclaptudo')
    """
    return re.sub(r"[\s\-\u2010-\u2015\u2212]", "", strip_diacritics(text).casefold())


@dataclass
class Letter:
    """Where each element of the letter is; an element not found is None or empty."""

    doc: Document
    segments: list[Line]
    quoc_hieu: Line | None = None
    tieu_ngu: Line | None = None
    #: "ĐẢNG CỘNG SẢN VIỆT NAM" where the Quốc hiệu goes (a letter of the Đảng, or a State
    #: letter typed with the Đảng's line): never an issuer line
    dang: Line | None = None
    chu_quan: list[Line] = field(default_factory=list)
    co_quan: list[Line] = field(default_factory=list)
    so: Line | None = None
    ngay: Line | None = None
    vv: list[Line] = field(default_factory=list)
    do_mat: list[Line] = field(default_factory=list)
    do_khan: list[Line] = field(default_factory=list)
    pham_vi: list[Line] = field(default_factory=list)
    loai: Loai | None = None
    #: the group of a heading outside the type table (``nhom`` in loai.yaml: ``noi_bo``, ...)
    nhom: str = ""
    ten_loai: Line | None = None
    trich_yeu: list[Line] = field(default_factory=list)
    #: "(Kèm theo Quyết định số ...)" under the title of a text a decision issues or approves
    #: (a Quy chế, an Điều lệ): it has no number, date, signature or Nơi nhận of its own
    kem_theo: list[Line] = field(default_factory=list)
    #: a phụ lục a decision issues, kept as a file of its own: it opens with its heading and
    #: title over the note "(Kèm theo Quyết định ...)", and prints no header
    phu_luc_rieng: bool = False
    kinh_gui: list[Line] = field(default_factory=list)
    can_cu: list[Para] = field(default_factory=list)
    body: list[Para] = field(default_factory=list)
    #: the ministries' forms a phụ lục kept as a file of its own holds (``appendices.form_lines``):
    #: printed as their ministry issued them, no body of the letter's
    forms: list[Para] = field(default_factory=list)
    quyen_han: list[Line] = field(default_factory=list)
    chuc_vu: list[Line] = field(default_factory=list)
    ho_ten: Line | None = None
    noi_nhan: Line | None = None
    noi_nhan_items: list[Line] = field(default_factory=list)
    phu_luc: list[Para] = field(default_factory=list)
    phu_luc_ghi_chu: list[Para] = field(default_factory=list)

    @property
    def is_quyet_dinh(self) -> bool:
        return self.loai is not None and self.loai.layout == "quyet_dinh"

    def pos(self, line: Line | None) -> int:
        return self.segments.index(line) if line is not None else -1
