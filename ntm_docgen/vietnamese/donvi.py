"""The 2025 list of provinces and commune-level units (vietnam-provinces), found forgivingly."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from datetime import date
from difflib import get_close_matches
from functools import cache

from vietnam_provinces import Province, Ward

from ntm_docgen.errors import DocgenError
from ntm_docgen.files.resources import load_data
from ntm_docgen.i18n import N_, _, said, shortened
from ntm_docgen.vietnamese.order import vietnamese_key
from ntm_docgen.vietnamese.text import close_matches, nfc, ngay_so, strip_diacritics, upper_vi

#: Local government has two levels from this day on (tỉnh, xã): no more huyện, and the
#: provinces of ``sap_nhap_2025`` are part of their successors.
HAI_CAP = date(2025, 7, 1)


def _rules() -> dict:
    return load_data("bulk.yaml")


def province_key(text: str) -> str:
    """A province name reduced for forgiving comparison: no case, diacritics or "tỉnh" prefix.

    >>> province_key("Tỉnh  Lạng Sơn"), province_key("TP. Hồ Chí Minh"), province_key("ha_noi")
    ('lang son', 'ho chi minh', 'ha noi')
    >>> province_key("Thành phố Huế"), province_key("Bà Rịa-Vũng Tàu")
    ('hue', 'ba ria vung tau')
    """
    key = strip_diacritics(nfc(text)).casefold()
    key = " ".join(re.sub(r"[_\-–]", " ", key).split())
    for prefix in sorted((strip_diacritics(p).casefold() for p in _rules()["tinh_prefixes"]),
                         key=len, reverse=True):
        if key.startswith(prefix + " ") or (prefix.endswith(".") and key.startswith(prefix)):
            key = key[len(prefix):].strip()
            break
    return key


@cache
def _provinces() -> dict[str, Province]:
    table = {province_key(p.name): p for p in Province.iter_all()}
    for other, official in _rules()["ten_khac"].items():
        table[province_key(other)] = table[province_key(official)]
    return table


def province_name(province: Province) -> str:
    """The province's name as clerks write it: ``Lạng Sơn``, ``Thành phố Hà Nội`` (releases of
    vietnam-provinces from 2026 write ``Tỉnh Lạng Sơn``; the word is dropped, as before).

    >>> province_name(province_named("Lạng Sơn")), province_name(province_named("Hà Nội"))
    ('Lạng Sơn', 'Thành phố Hà Nội')
    """
    name = nfc(province.name)
    return name[len("Tỉnh "):] if name.startswith("Tỉnh ") else name


def provinces_in_order() -> list[str]:
    """The 34 provinces of the 2025 list as clerks write them, in the Vietnamese alphabet's
    order (``vietnamese.order``), the six cities after the provinces (as the desk lists them).

    >>> names = provinces_in_order(); names[:4], names[-1]
    (['An Giang', 'Bắc Ninh', 'Cà Mau', 'Cao Bằng'], 'Thành phố Huế')
    """
    names = {province_name(p) for p in Province.iter_all()}
    return sorted(names, key=lambda name: (name.startswith("Thành phố"), vietnamese_key(name)))


def province_named(text: str) -> Province | None:
    """The province of the 2025 list that ``text`` names, or None (no message).

    >>> province_name(province_named("tinh lang son")), province_named("Kon Tum")
    ('Lạng Sơn', None)
    """
    return _provinces().get(province_key(text))


def province_spelled(place: str) -> str:
    """``place`` spelt as the 2025 list spells the province it names with other marks (``Hà
    Nói`` read by OCR for ``Hà Nội``); a word written without marks, or with its tone on
    another vowel (``Thanh Hoá``), stays as written, and so does any other place.

    >>> province_spelled("Hà Nói"), province_spelled("LÂM ĐÒNG"), province_spelled("Hà Nội")
    ('Hà Nội', 'LÂM ĐỒNG', 'Hà Nội')
    >>> province_spelled("Lang Son"), province_spelled("Thanh Hoá"), province_spelled("Kon Tum")
    ('Lang Son', 'Thanh Hoá', 'Kon Tum')
    >>> province_spelled("Phổ Phong"), province_spelled("TP. HCM")
    ('Phổ Phong', 'TP. HCM')
    """
    found = province_named(place)
    words = place.split()
    if found is None or province_key(found.name) != province_key(place) or not words:
        return place
    listed = province_name(found).split()[-len(words):]
    if place.isupper():
        listed = upper_vi(" ".join(listed)).split()
    if [strip_diacritics(w).casefold() for w in listed] \
            != [strip_diacritics(w).casefold() for w in words]:
        return place
    return " ".join(w if strip_diacritics(w) == w or _placed_otherwise(w, right) else right
                    for w, right in zip(words, listed, strict=True))


def place_as_issuer_writes(place: str, issuer: str) -> str:
    """The place of a date line one letter off the place the issuer's name ends with (``Đẳng
    Nai`` read by OCR under ``ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI``), written as the issuer's name
    writes it: a province as the 2025 list spells it, another place with capitals opening its
    words. Any other place stays as written.

    >>> place_as_issuer_writes("Đẳng Nai", "ỦY BAN NHÂN DÂN\\nTỈNH ĐỒNG NAI")
    'Đồng Nai'
    >>> place_as_issuer_writes("Sa Đéo", "ỦY BAN NHÂN DÂN\\nPHƯỜNG SA ĐÉC")
    'Sa Đéc'
    >>> place_as_issuer_writes("Hà Nội", "SỞ CÔNG THƯƠNG\\nTỈNH LÀO CAI")
    'Hà Nội'
    >>> place_as_issuer_writes("Đông Hòa", "ỦY BAN NHÂN DÂN\\nTỈNH ĐỒNG NAI")
    'Đông Hòa'
    >>> place_as_issuer_writes("Bà Rịa - Vũng Tàu", "ỦY BAN NHÂN DÂN\\nTỈNH BÀ RỊA – VỮNG TÀU")
    'Bà Rịa - Vũng Tàu'
    """
    words = place.split()
    keys = [_dash_key(w) for w in words]
    for line in issuer.splitlines():
        tail = line.split()[-len(words):] if words else []
        tail_keys = [_dash_key(w) for w in tail]
        if len(tail) != len(words) or [len(k) for k in tail_keys] != [len(k) for k in keys]:
            continue
        apart = sum(a != b for k, t in zip(keys, tail_keys, strict=True)
                    for a, b in zip(k, t, strict=True))
        if apart == 1:
            found = province_named(" ".join(tail))
            return province_name(found) if found else " ".join(tail).title()
    return place


def _dash_key(word: str) -> str:
    """A word without its marks and case, a dash of any kind one dash: ``Bà Rịa - Vũng Tàu``
    under ``TỈNH BÀ RỊA – VỮNG TÀU`` is no letter off for its dash."""
    return re.sub(r"[\u2010-\u2015]", "-", strip_diacritics(word).casefold())


def _placed_otherwise(read: str, right: str) -> bool:
    """The same letters and marks, a tone on another vowel (``Hoá``, ``Hóa``), or none apart."""
    return sorted(unicodedata.normalize("NFD", read)) == sorted(
        unicodedata.normalize("NFD", right))


def find_province(text: str) -> Province:
    """The province of the 2025 list that ``text`` names, forgiving case, diacritics and prefix;
    a DocgenError naming the close matches (or the province it merged into) otherwise."""
    key = province_key(text)
    if key.isdigit():
        by_code = {int(p.code): p for p in Province.iter_all()}
        if int(key) in by_code:
            return by_code[int(key)]
    table = _provinces()
    if key in table:
        return table[key]
    merged = {province_key(old): new for old, new in _rules()["sap_nhap_2025"].items()}
    if key in merged:
        raise DocgenError(said(N_("{name} is no longer a province: since {since} it is part of "
                                  '{merged}; use --xa-cua "{merged}"'),
                               name=text, since=ngay_so(HAI_CAP), merged=merged[key]))
    names = {province_key(p.name): province_name(p) for p in Province.iter_all()}
    close = close_matches(key, list(names)) or [k for k in names if key and key in k]
    if close:
        raise DocgenError(_("{name} is not a province of the 2025 list; did you mean {close}?")
                          .format(name=shortened(text),
                                  close=", ".join(names[k] for k in close)))
    raise DocgenError(_("{name} is not a province of the 2025 list; the 34 provinces of 2025 "
                        "are: {names}").format(name=shortened(text),
                                               names=", ".join(provinces_in_order())))


def provinces_in(lines: Iterable[str]) -> list[str]:
    """The provinces an issuer's lines name, as clerks write them: after "tỉnh" or "thành
    phố", or as a whole line (a dia_danh); those merged away in 2025 too.

    >>> provinces_in(["UBND TỈNH LAI CHÂU", "SỞ NỘI VỤ", "Lai Châu"])
    ['Lai Châu']
    >>> provinces_in(["ỦY BAN NHÂN DÂN XÃ TÂN THÀNH", "Tân Thành"]), provinces_in(["Kon Tum"])
    ([], ['Kon Tum'])
    """
    names = {province_key(p.name): province_name(p) for p in Province.iter_all()}
    names.update({province_key(old): old for old in _rules()["sap_nhap_2025"]})
    found: list[str] = []
    for line in lines:
        flat = " ".join(re.sub(r"[-–]", " ", strip_diacritics(nfc(line)).casefold()).split())
        for key, name in names.items():
            named = province_key(line) == key or re.search(
                rf"\b(?:tinh|thanh pho|tp\.?) {re.escape(key)}\b", flat)
            if named and name not in found:
                found.append(name)
    return found


def merged_away(names: Iterable[str]) -> list[tuple[str, str]]:
    """Those of ``names`` (as ``provinces_in`` gives them) merged away on 1 July 2025, each
    with the province it is part of.

    >>> merged_away(["Kon Tum", "Lai Châu"])
    [('Kon Tum', 'Quảng Ngãi')]
    """
    merged = _rules()["sap_nhap_2025"]
    return [(name, merged[name]) for name in names if name in merged]


def unit_name(ward: Ward) -> str:
    """The unit's own name without its type word: ``Xã Tân Thành`` → ``Tân Thành``."""
    kind = ward.division_type.value
    name = nfc(ward.name)
    if name.casefold().startswith(kind.casefold() + " "):
        return name[len(kind) + 1:].strip()
    return name


def commune_units(province: Province) -> list[dict[str, str]]:
    """Every commune-level unit of ``province`` in the official code order, as a recipient row:
    ``kinh_gui`` (the addressee as clerks write it), ``ten``, ``loai_don_vi``, ``ma``, and the
    extras ``ten_day_du`` (``xã Tân Thành``) and ``tinh`` (the province's name)."""
    forms = _rules()["kinh_gui"]
    rows = []
    for ward in sorted(Ward.iter_by_province(province.code), key=lambda w: int(w.code)):
        kind = ward.division_type.value
        ten = unit_name(ward)
        rows.append({
            "kinh_gui": forms[kind].format(ten=ten),
            "ten": ten,
            "loai_don_vi": kind,
            "ma": f"{int(ward.code):05d}",
            "ten_day_du": f"{kind} {ten}",
            "tinh": province_name(province),
        })
    return rows


@cache
def _units_by_letters() -> dict[tuple[str, str], frozenset[str]]:
    """Every 2025 commune-level unit's name by its kind and its letters without marks."""
    found: dict[tuple[str, str], set[str]] = {}
    for ward in Ward.iter_all():
        name = unit_name(ward)
        key = (ward.division_type.value, strip_diacritics(name).casefold())
        found.setdefault(key, set()).add(name)
    return {key: frozenset(names) for key, names in found.items()}


def listed_unit(kind: str, name: str) -> bool:
    """Whether the 2025 list has a unit of that ``kind`` spelled ``name`` (case and the old
    place of a tone aside): a quick look, where ``misspelt_unit`` may take 7 ms."""
    letters = strip_diacritics(nfc(" ".join(name.split()))).casefold()
    return any(spelled(name) == spelled(n) for n in _units_by_letters().get((kind, letters), ()))


def misspelt_unit(kind: str, name: str) -> tuple[str, ...]:
    """The 2025 units of that ``kind`` ``name`` may have been meant for, when it names none:
    those with its letters and other marks (``Hữu Lủng`` for ``Hữu Lũng``), else those a letter
    or two away (``Bắc Sơnn``); at most three, () when it is a unit's name or near none.

    >>> misspelt_unit("xã", "Hữu Lủng"), misspelt_unit("xã", "Hữu Lũng"), misspelt_unit("xã", "Zz")
    (('Hữu Lũng',), (), ())
    >>> misspelt_unit("xã", "HỮU LŨNG"), misspelt_unit("phường", "Thuỷ Xuân")
    ((), ())
    >>> misspelt_unit("xã", "Binh Gia"), misspelt_unit("xã", "Bắc Sơnn")
    (('Bình Gia', 'Bình Giã'), ('Bắc Sơn',))
    """
    name = " ".join(nfc(name).split())
    letters = strip_diacritics(name).casefold()
    units = _units_by_letters()
    names = units.get((kind, letters), frozenset())
    if any(spelled(name) == spelled(n) for n in names):
        return ()
    if not names:
        near = get_close_matches(letters, [k for (c, k) in units if c == kind], 3, _NEAR)
        names = frozenset(n for k in near for n in units[(kind, k)])
    return tuple(sorted(names))[:3]


#: How near (difflib's ratio, on the letters without marks) a name is to a unit's to be asked
#: about: "bac sonn" is 0.93 of "bac son"; two names of one syllable apart are below it.
_NEAR = 0.9


def spelled(name: str) -> str:
    """A name as spelled, whatever its case and wherever the old way puts its tone (``HỮU
    LŨNG``, ``Hoà Thuận``, ``Thuỷ Xuân`` are spelled as ``Hữu Lũng``, ``Hòa Thuận``, ``Thủy
    Xuân``)."""
    from ntm_docgen.vietnamese.lexicon import TONES, untoned

    return " ".join(untoned(word) + "".join(sorted(c for c in unicodedata.normalize("NFD", word)
                                                   if c in TONES))
                    for word in nfc(name).casefold().split())
