"""A letter as frozen objects (contract §1 and §3): issuer, signature, attachments, copy block."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ntm_docgen.vietnamese.loai import Loai, copy_codes
from ntm_docgen.vietnamese.names import viet_tat

QUYEN_HAN_PREFIXES = ("TM.", "KT.", "TL.", "TUQ.", "Q.")
DO_KHAN = ("KHẨN", "THƯỢNG KHẨN", "HỎA TỐC")
DO_MAT = ("MẬT", "TỐI MẬT", "TUYỆT MẬT")
HINH_THUC = ("SAO Y", "SAO LỤC", "TRÍCH SAO")
#: What a letter read from a file holds in a required field the reading did not give, so
#: that it still renders; no letter is numbered or issued with it.
UNREAD = "..."


@dataclass(frozen=True)
class CoQuan:
    """Ô 2: the issuing body, with its parent body (not bold) when there is one."""

    ten: str
    chu_quan: str | None = None
    viet_tat: str | None = None

    @property
    def abbr(self) -> str:
        """The abbreviation for the ký hiệu: ``viet_tat``, or one made from the name."""
        return self.viet_tat or viet_tat(self.ten)


@dataclass(frozen=True)
class ChuKy:
    """Ô 7: authority lines (TM./KT./TL./TUQ./Q.), the signer's title and name."""

    chuc_vu: str
    ho_ten: str
    quyen_han: tuple[str, ...] = ()


@dataclass(frozen=True)
class PhuLuc:
    """An attachment on pages of its own after the letter (đề cương, phụ lục)."""

    tieu_de: str
    noi_dung: str = ""
    ghi_chu: str | None = None
    ten: str | None = None
    ngang: bool | None = None  # landscape pages; None: when a table is too wide for portrait


@dataclass(frozen=True)
class BanSao:
    """A copy block (contract §3): SAO Y, SAO LỤC or TRÍCH SAO."""

    hinh_thuc: str
    co_quan: CoQuan
    dia_danh: str
    ky: ChuKy
    so: int | None = None
    ky_hieu_: str | None = None
    ngay: date | None = None
    nam: int | None = None
    noi_nhan: tuple[str, ...] = ()
    luu: str | None = None

    @property
    def ma(self) -> str:
        """The copy code: SY, SL or TrS."""
        return copy_codes()[self.hinh_thuc]

    @property
    def ky_hieu(self) -> str:
        return self.ky_hieu_ or f"{self.ma}-{self.co_quan.abbr}".rstrip("-")


@dataclass(frozen=True)
class Spec:
    """One letter, as contract §1 describes it."""

    loai: Loai
    co_quan: CoQuan
    dia_danh: str
    ky: ChuKy
    trich_yeu: str | None = None
    so: int | None = None
    ky_hieu_: str | None = None
    don_vi: str | None = None
    ngay: date | None = None
    nam: int | None = None
    thang: int | None = None
    kinh_gui: tuple[str, ...] = ()
    can_cu: tuple[str, ...] = ()
    tham_quyen: str | None = None
    noi_dung: str = ""
    noi_nhan: tuple[str, ...] = ()
    luu: str | None = None
    do_khan: str | None = None
    do_mat: str | None = None
    phu_luc: tuple[PhuLuc, ...] = ()
    ban_sao: BanSao | None = None

    @property
    def ky_hieu(self) -> str:
        """The ký hiệu after the number: ``HD-SNV``, or ``UBND-TH`` for a công văn."""
        if self.ky_hieu_:
            return self.ky_hieu_
        abbr = self.co_quan.abbr
        if self.loai.is_cong_van:
            return f"{abbr}-{self.don_vi}" if self.don_vi else abbr
        return f"{self.loai.ma}-{abbr}".rstrip("-")


#: The top-level keys of a letter spec (contract §1) and of a copy spec (§3).
LETTER_KEYS = {
    "loai", "co_quan", "so", "ky_hieu", "don_vi", "dia_danh", "ngay", "nam", "thang",
    "trich_yeu", "kinh_gui", "can_cu", "tham_quyen", "noi_dung", "ky", "noi_nhan", "luu",
    "do_khan", "do_mat", "phu_luc", "ban_sao",
}
COPY_KEYS = {"hinh_thuc", "co_quan", "so", "ky_hieu", "dia_danh", "ngay", "nam", "ky",
             "noi_nhan", "luu"}
