"""The register's vocabulary: a Phụ lục IV entry, a given number, a line as stored, its states."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache, lru_cache
from pathlib import Path

import platformdirs

from ntm_docgen.errors import RegisterError
from ntm_docgen.files.resources import load_data
from ntm_docgen.i18n import N_, _
from ntm_docgen.vietnamese.text import nfc, so_hieu, strip_diacritics

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
    def cap_ngay(self) -> date:
        """The day the number was given, on this computer's clock: ``cap_luc`` is kept in UTC,
        whose date is the day before for a number taken before 07:00 in Việt Nam."""
        return self.cap_luc.astimezone().date()

    @property
    def ten_loai_trich_yeu(self) -> str:
        """``Kế hoạch: Tổ chức hội nghị ...``, the third Phụ lục IV column."""
        return f"{self.ten_loai}: {self.trich_yeu}" if self.trich_yeu else self.ten_loai

    @property
    def so_hieu_in_so(self) -> str:
        """The number as the sổ shows it (the desk's Sổ, ``register list``, the exports): the
        line closing the numbers given by hand reads as the span it stands for, ``01-57/UBND``
        (``so_hieu`` stays ``57/UBND``, the number a search or a command names)."""
        return f"01-{self.so_hieu}" if self.trang_thai == HAND else self.so_hieu

    @property
    def text_in_so(self) -> str:
        """The "Tên loại và trích yếu" as the sổ shows it; the line closing the numbers given
        by hand: ``Số 01 đến 57: đã cấp trên sổ giấy (mọi văn bản)``, not a letter."""
        if self.trang_thai != HAND:
            return self.ten_loai_trich_yeu
        return _("Numbers 01 to {last}: given in the paper register ({kind})").format(
            last=f"{self.so:02d}", kind=self.ten_loai)

    def matches(self, words: str) -> bool:
        """Whether the number, the type's name, the trích yếu or the signer holds ``words``,
        whatever its case and its Unicode form (composed or not); accents count as typed, and
        words typed without any (a keyboard with no Vietnamese, "na lang", "01/QD", a name
        typed "Nguyễn Van Anh") match the text without them. A number with parts of its ký
        hiệu finds the letter whose ký hiệu holds them ("02/UBND" and "02/QĐ-UBND" find
        02/2025/QĐ-UBND). Digits alone are a number, not part of one: "02" (or "2") is the
        letter numbered 02, and every text citing a "02", not every year 2025 and 2026.

        >>> row = Row(1, "UBND", 2026, "chung", 3, "KH-UBND", "KH", "Kế hoạch", "cap",
        ...           datetime(2026, 1, 2), trich_yeu="Tổ chức Hội nghị thôn Nà Làng")
        >>> row.matches("kế"), row.matches("HỘI NGHI\u0323"), row.matches("kê"), row.matches("")
        (True, True, False, True)
        >>> row.matches("na lang"), row.matches("03/kh"), row.matches("ke hoach")
        (True, True, True)
        >>> row.matches("3"), row.matches("02"), row.matches("2026"), row.matches("0")
        (True, False, False, False)
        >>> row.matches("03/UBND"), row.matches("3/kh-ubnd"), row.matches("03/QĐ-UBND")
        (True, True, False)
        >>> row.matches("Hội nghi thon"), row.matches("hôi nghị"), row.matches("²")
        (True, False, False)
        >>> row.matches("Số: 03/KH-UBND"), row.matches("số 3"), row.matches("số hội nghị")
        (True, True, False)
        """
        wanted = _NUMBER_WORD.sub("", searched(words))  # "Số: 02/QĐ-UBND" from a letter's Số line
        if wanted.isascii() and wanted.isdigit() and len(wanted) <= 9:  # "²" is no number
            return int(wanted) == self.so or \
                re.search(rf"(?<!\d){wanted}(?!\d)", self._text()) is not None
        number = re.fullmatch(r"^(\d+)/([^\s/]+(?:/[^\s/]+)*)", wanted)
        if number and len(number[1].lstrip("0")) <= 9 and int(number[1]) == self.so and \
                _parts(number[2]) <= _parts(searched(self.ky_hieu)):
            return True  # 02/QĐ-UBND is 02/2025/QĐ-UBND; 02/UBND is 02/QĐ-UBND
        return _found(wanted, self._text())

    def _text(self) -> str:
        return searched(f"{self.so_hieu} {self.ten_loai} {self.trich_yeu} {self.nguoi_ky}")

    def as_json(self) -> dict:
        data = {k: getattr(self, k) for k in self.__dataclass_fields__}
        data["so_hieu"] = self.so_hieu
        data["noi_nhan"] = list(self.noi_nhan)
        for key in ("ngay", "ngay_chuyen", "cap_luc"):
            data[key] = data[key].isoformat() if data[key] else None
        return data


def _parts(ky_hieu: str) -> set[str]:
    """The parts of a ký hiệu as typed, without marks: ``qđ-ubnd`` → ``{"qd", "ubnd"}``."""
    return {part for part in re.split(r"[/\-–]", strip_diacritics(ky_hieu)) if part}


def _found(wanted: str, text: str) -> bool:
    """Whether ``wanted`` stands in ``text`` (both as :func:`searched` gives them), a word of it
    typed without marks matching the text's word with or without them, a word typed with
    marks only as typed.

    >>> _found("nguyen van anh", "nguyễn văn ánh"), _found("nguyễn van anh", "nguyễn văn ánh")
    (True, True)
    >>> _found("nguyễn văn ảnh", "nguyễn văn ánh"), _found("ke", "kế hoạch")
    (False, True)
    """
    plain = _plain(text)
    key, asis = _typed(wanted)
    start = plain.find(key)
    while start >= 0:
        if all(text[start + i] == c for i, c in enumerate(wanted) if asis[i]):
            return True
        start = plain.find(key, start + 1)
    return False


@lru_cache(maxsize=64)  # a desk serves many searches: the last few kept
def _typed(wanted: str) -> tuple[str, tuple[bool, ...]]:
    """What a search compares, once for every line of the register: its text without marks,
    and which of its places are of a word typed with marks."""
    return _plain(wanted), tuple(mark for word in wanted.split(" ") for mark in
                                 [strip_diacritics(word) != word] * len(word) + [False])


def _plain(text: str) -> str:
    """``text`` without marks, one character for one (a character whose base is more than one
    kept as it is), so a place in it is the same place in ``text``."""
    plain = strip_diacritics(text)  # one pass, cached; a character per character nearly always
    if len(plain) == len(text):
        return plain
    return "".join(p if len(p := strip_diacritics(c)) == 1 else c for c in text)


def searched(text: str) -> str:
    """Text as the register's search compares it: composed (NFC), case folded, one space, a
    tone the old way places (``hoà``, ``thuỷ``, ``khoẻ``) where letters place it today
    (``hòa``, ``thủy``, ``khỏe``), so either way of typing finds either way of writing; as
    many characters as before, so a place in it is the same place in the text.

    >>> searched("  Ke\u0302\u0301  HOẠCH "), searched("Hoà Bình, THUỴ HƯƠNG, tuỳ, quý, hoàng")
    ('kế hoạch', 'hòa bình, thụy hương, tùy, quý, hoàng')
    """
    return _OLD_TONE.sub(_tone_moved, nfc(" ".join(nfc(text).casefold().split())))


#: A syllable of ``oa``, ``oe`` or ``uy`` without a final, its tone on the second vowel as the
#: old way writes it (``quý``: the ``u`` is the consonant's, the tone is in its place).
_OLD_TONE = re.compile(r"(?<!q)([ou])([àáảãạèéẻẽẹỳýỷỹỵ])(?!\w)")
#: "Số" or "Số:" before a number, as a letter's Số line prints it.
_NUMBER_WORD = re.compile(r"^s[ốo]\s*:?\s*(?=\d)")


def _tone_moved(found: re.Match[str]) -> str:
    """``oà`` → ``òa``: the tone of the second vowel on the first."""
    vowel = unicodedata.normalize("NFD", found[2])
    return unicodedata.normalize("NFC", found[1] + vowel[1:]) + vowel[0]
