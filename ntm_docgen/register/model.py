"""The register's vocabulary: a Phụ lục IV entry, a given number, and the series rules (Điều 15)."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache
from pathlib import Path

import platformdirs

from ntm_docgen.errors import RegisterError
from ntm_docgen.files.resources import load_data
from ntm_docgen.i18n import N_, _, shortened
from ntm_docgen.vietnamese.loai import abbreviation, copy_codes, find_loai, old_code
from ntm_docgen.vietnamese.text import close_matches, nfc, so_hieu, strip_diacritics

#: Series modes a body may choose (``register config``): one shared series, or one per type.
CHE_DO = ("chung", "theo-loai")
#: The environment variable that overrides the default register location.
ENV_DB = "NTM_DOCGEN_DB"
#: Default wait for a register another clerk is writing to (seconds).
DEFAULT_TIMEOUT = 30.0


class NoRegisterYet(RegisterError):
    """Raised when reading a register that was never written (no number given): ``list`` and
    ``export`` read it as empty, the other commands say so."""

    def __init__(self, where: str) -> None:
        self.where = where
        super().__init__(_("{where}: no register here yet (no number has been given); check "
                           "--db or ${variable}").format(where=where, variable=ENV_DB))


def default_db() -> Path:
    """The register file in the user's data folder (``~/.local/share/ntm-docgen/so-di.sqlite3``)."""
    return platformdirs.user_data_path("ntm-docgen", appauthor=False) / "so-di.sqlite3"


@cache
def so_di_data() -> dict:
    """The register's data file: Phụ lục IV columns, states, series names."""
    return load_data("so_di.yaml")


#: The state of a number, one name wherever it is shown (the desk's sổ, ``register list``, the
#: exports): given (no letter recorded yet), issued (its letter recorded), cancelled, and
#: ``HAND``, the line closing numbers 01 to ``so`` given by hand (at most ``HAND_MOST``).
HAND, HAND_MOST = "tay", 99999
STATE_NAMES = {"cap": N_("number given"), "da_ghi": N_("issued"), "huy": N_("cancelled"),
               HAND: N_("given by hand")}


@dataclass(frozen=True)
class RegisterEntry:
    """What the văn thư writes in the Phụ lục IV columns beside the number."""

    trich_yeu: str = ""
    ngay: date | None = None
    nguoi_ky: str = ""
    noi_nhan: tuple[str, ...] = ()
    luu: str = ""
    so_luong_ban: int | None = None
    ngay_chuyen: date | None = None
    ky_nhan: str = ""
    ghi_chu: str = ""


@dataclass(frozen=True)
class Allocation:
    """A number given by the register: ``so`` in the series of ``co_quan`` for year ``nam``."""

    id: int
    so: int
    ky_hieu: str
    nam: int
    co_quan: str
    loai: str
    serie: str

    @property
    def so_hieu(self) -> str:
        """``05/KH-UBND``."""
        return so_hieu(self.so, self.ky_hieu)

    def as_json(self) -> dict:
        """The contract's JSON: ``{"so": 5, "ky_hieu": "KH-UBND", "nam": 2026}``."""
        return {"so": self.so, "ky_hieu": self.ky_hieu, "nam": self.nam}


@dataclass(frozen=True)
class Row:
    """One line of the register as stored, with the columns the export prints."""

    id: int
    co_quan: str
    nam: int
    serie: str
    so: int
    ky_hieu: str
    loai: str
    ten_loai: str
    trang_thai: str
    cap_luc: datetime
    trich_yeu: str = ""
    ngay: date | None = None
    nguoi_ky: str = ""
    noi_nhan: tuple[str, ...] = field(default=())
    luu: str = ""
    so_luong_ban: int | None = None
    ngay_chuyen: date | None = None
    ky_nhan: str = ""
    ghi_chu: str = ""
    tep: str | None = None
    sha256: str | None = None

    @property
    def so_hieu(self) -> str:
        return so_hieu(self.so, self.ky_hieu)

    @property
    def ten_loai_trich_yeu(self) -> str:
        """``Kế hoạch: Tổ chức hội nghị ...``, the third Phụ lục IV column."""
        return f"{self.ten_loai}: {self.trich_yeu}" if self.trich_yeu else self.ten_loai

    def matches(self, words: str) -> bool:
        """Whether the number, the type's name or the trích yếu holds ``words``, whatever its
        case and its Unicode form (composed or not); accents count as typed, and words typed
        without any (a keyboard with no Vietnamese, "na lang", "01/QD") match the text without
        them.

        >>> row = Row(1, "UBND", 2026, "chung", 3, "KH-UBND", "KH", "Kế hoạch", "cap",
        ...           datetime(2026, 1, 2), trich_yeu="Tổ chức Hội nghị thôn Nà Làng")
        >>> row.matches("kế"), row.matches("HỘI NGHI\u0323"), row.matches("kê"), row.matches("")
        (True, True, False, True)
        >>> row.matches("na lang"), row.matches("03/kh"), row.matches("ke hoach")
        (True, True, True)
        """
        wanted = searched(words)
        text = searched(f"{self.so_hieu} {self.ten_loai} {self.trich_yeu}")
        if strip_diacritics(wanted) == wanted:
            return wanted in strip_diacritics(text)
        return wanted in text

    def as_json(self) -> dict:
        data = {k: getattr(self, k) for k in self.__dataclass_fields__}
        data["so_hieu"] = self.so_hieu
        data["noi_nhan"] = list(self.noi_nhan)
        for key in ("ngay", "ngay_chuyen", "cap_luc"):
            data[key] = data[key].isoformat() if data[key] else None
        return data


def searched(text: str) -> str:
    """Text as the register's search compares it: composed (NFC), case folded, one space.

    >>> searched("  Ke\u0302\u0301  HOẠCH ")
    'kế hoạch'
    """
    return nfc(" ".join(nfc(text).casefold().split()))


@dataclass(frozen=True)
class LoaiSo:
    """What kind of number a type takes: its code (``KH``, ``CV``, ``SY``), name, and family."""

    ma: str
    ten: str
    la_cong_van: bool = False
    la_ban_sao: bool = False


def resolve_loai(text: str) -> LoaiSo:
    """Read ``--loai``: a Phụ lục III code or name, ``CV``/``công văn``, or a copy code.

    >>> resolve_loai("KH"), resolve_loai("quyet dinh").ma, resolve_loai("cong van").ma
    (LoaiSo(ma='KH', ten='Kế hoạch', la_cong_van=False, la_ban_sao=False), 'QĐ', 'CV')
    >>> resolve_loai("TrS").ten, resolve_loai("sao y").ma, resolve_loai("sy").ma
    ('Bản trích sao', 'SY', 'SY')
    """
    name = nfc(str(text)).strip()
    for row in load_data("loai.yaml")["ban_sao"]:
        if name.casefold() in (row["ma"].casefold(), row["ten"].casefold(),
                               row["hinh_thuc"].casefold()):
            return LoaiSo(row["ma"], row["ten"], la_ban_sao=True)
    loai = find_loai(name)
    if loai is not None:
        return LoaiSo(loai.ma or "CV", loai.ten, la_cong_van=loai.is_cong_van)
    if old_code(name):
        raise RegisterError(_("--loai: {name} is a Thông tư 01/2011 code; the decree's code is "
                              "{code}").format(name=shortened(name), code=old_code(name)))
    codes = [r["ma"] for r in load_data("loai.yaml")["loai"]] + list(copy_codes().values())
    hint = close_matches(name, codes)
    if hint:
        raise RegisterError(_("--loai: unknown type {name!r}; expected a Phụ lục III code or "
                              "name (see `ntm-docgen types`) or a copy code SY, SL, TrS; did you "
                              "mean {close}?").format(name=shortened(name), close=", ".join(hint)))
    raise RegisterError(_("--loai: unknown type {name!r}; expected a Phụ lục III code or name "
                          "(see `ntm-docgen types`) or a copy code SY, SL, TrS").format(
        name=shortened(name)))


#: The characters the register keeps of an issuer's abbreviation and of a ký hiệu (the sizes of
#: their columns, which PostgreSQL holds to), and of each text of an entry (trích yếu, người
#: ký, nơi nhận, ...): a spreadsheet cell's most, so the exported sổ holds it whole.
CO_QUAN_CHARS, KY_HIEU_CHARS, ENTRY_CHARS = 40, 80, 32_767


def check_length(name: str, value: str, limit: int) -> str:
    """``value`` if it has at most ``limit`` characters; RegisterError naming ``name`` and the
    limit otherwise.

    >>> check_length("ky_hieu", "KH-UBND", KY_HIEU_CHARS)
    'KH-UBND'
    """
    if len(value) > limit:
        raise RegisterError(_("{name}: {count} characters, and the register keeps at most "
                              "{limit} ({found}); shorten it").format(
            name=name, count=len(value), limit=limit, found=repr(shortened(value))))
    return value


def check_co_quan(text: str, name: str = "--co-quan") -> str:
    """Check an issuer abbreviation (``UBND``, ``SNV``, ``BTĐKT``) and return it in NFC, in
    capitals when it was typed in lower case, as a spec's ``viet_tat`` is read (Điều 15: one
    body, one series); an official mixed-case one (``TTg``) is kept as written. A message names
    ``name``, where the clerk gave it: the option, or a spec's ``co_quan.viet_tat``.

    >>> check_co_quan(" BTĐKT "), check_co_quan("btđkt"), check_co_quan("TTg")
    ('BTĐKT', 'BTĐKT', 'TTg')
    """
    abbr = nfc(str(text)).strip()
    if not abbr or any(c.isspace() or c == "/" for c in abbr):
        raise RegisterError(_("{name}: expected the issuer's abbreviation as in its ký hiệu "
                              "(UBND, SNV, BTĐKT), without spaces or '/'; found {value!r}")
                            .format(name=name, value=shortened(text)))
    hidden = next((c for c in abbr if unicodedata.category(c) in ("Cc", "Cf", "Co", "Cn")),
                  None)
    if hidden is not None:  # a right-to-left override would print the ký hiệu backwards
        raise RegisterError(_("{name}: {found!r} holds the invisible character U+{code:04X}; "
                              "type the abbreviation again (UBND, SNV, BTĐKT)").format(
            name=name, found=shortened(text), code=ord(hidden)))
    check_length(name, abbr, CO_QUAN_CHARS)
    return abbreviation(abbr)


def serie_for(loai: LoaiSo, che_do: str, mat: bool = False) -> str:
    """The series a number is taken from (Điều 15).

    Copies share one series; secret documents have their own; otherwise the body's choice.

    >>> kh = resolve_loai("KH")
    >>> serie_for(kh, "chung"), serie_for(kh, "theo-loai"), serie_for(kh, "chung", mat=True)
    ('CHUNG', 'KH', 'MAT')
    >>> serie_for(resolve_loai("SL"), "theo-loai"), serie_for(resolve_loai("CV"), "theo-loai")
    ('SAO', 'CV')
    """
    names = so_di_data()["serie"]
    if loai.la_ban_sao:
        return names["ban_sao"]
    if mat:
        return names["mat"]
    return names["chung"] if che_do == "chung" else loai.ma


def ky_hieu_for(loai: LoaiSo, co_quan: str, don_vi: str | None = None) -> str:
    """The ký hiệu after the number (Phụ lục III).

    >>> ky_hieu_for(resolve_loai("KH"), "UBND"), ky_hieu_for(resolve_loai("SY"), "VP")
    ('KH-UBND', 'SY-VP')
    >>> ky_hieu_for(resolve_loai("CV"), "UBND", "TH"), ky_hieu_for(resolve_loai("CV"), "UBND")
    ('UBND-TH', 'UBND')

    A unit typed in lower case is in capitals, as a spec's ``don_vi`` is read (one series must
    not hold both ``UBND-KGVX`` and ``UBND-kgvx``):

    >>> ky_hieu_for(resolve_loai("CV"), "UBND", "kgvx")
    'UBND-KGVX'
    """
    if loai.la_cong_van:
        if not don_vi:
            return co_quan
        unit = nfc(don_vi).strip()
        return f"{co_quan}-{abbreviation(unit)}"
    return f"{loai.ma}-{co_quan}"


def parse_so_hieu(text: str) -> tuple[int, str]:
    """Split ``05/KH-UBND`` into ``(5, "KH-UBND")``.

    >>> parse_so_hieu("05/KH-UBND"), parse_so_hieu(" 1741/HD-BTĐKT ")
    ((5, 'KH-UBND'), (1741, 'HD-BTĐKT'))
    """
    so, _slash, ky_hieu = nfc(text).strip().partition("/")
    if not so.isdigit() or not ky_hieu:
        raise RegisterError(_("expected a number and ký hiệu such as 05/KH-UBND; found {value!r}")
                            .format(value=text))
    return int(so), ky_hieu
