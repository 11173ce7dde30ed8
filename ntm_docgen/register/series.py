"""The series a number is taken from (Điều 15): a type read as the register knows it, an
issuer's abbreviation and a ký hiệu checked, and the series and ký hiệu a number gets."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from ntm_docgen.errors import RegisterError
from ntm_docgen.files.resources import load_data
from ntm_docgen.i18n import _, shortened
from ntm_docgen.register.model import so_di_data
from ntm_docgen.vietnamese.loai import abbreviation, copy_codes, find_loai, old_code
from ntm_docgen.vietnamese.text import close_matches, nfc


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
