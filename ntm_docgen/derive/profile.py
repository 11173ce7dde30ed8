"""The local unit a letter is derived for (contract §5): load and validate a profile file."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from ntm_docgen.derive.cite import issuer_short
from ntm_docgen.errors import InputFileError, Problem, SpecError
from ntm_docgen.files.resources import data_dir
from ntm_docgen.i18n import N_, _, said, shortened
from ntm_docgen.letter.addressing import sample_signer
from ntm_docgen.letter.schema import Checker
from ntm_docgen.letter.spec import ChuKy, CoQuan, parse_chu_ky, parse_co_quan, read_data
from ntm_docgen.vietnamese.donvi import HAI_CAP
from ntm_docgen.vietnamese.homes import home_province
from ntm_docgen.vietnamese.text import ngay_so, strip_diacritics, upper_vi

#: The levels a profile names: a commune-level unit by its own kind (xã, phường, đặc khu, and
#: thị trấn before 1 July 2025), which derive words as it is called (data/derive/cap.yaml's xã).
CAP = ("tỉnh", "huyện", "xã", "phường", "đặc khu", "thị trấn")
PROFILE_KEYS = {
    # contract §5
    "tinh", "cap", "co_quan", "ten_goi", "dia_danh", "ky", "co_quan_thuong_truc",
    # additions: all optional
    "ten_goi_ngan", "phong_trao", "don_vi_duoi", "thuoc", "kinh_gui", "noi_nhan", "luu",
    "don_vi", "tu_ngay", "den_ngay", "ghi_chu", "cap_tren",
}
REQUIRED = {"tinh", "cap", "co_quan", "ten_goi", "dia_danh", "ky"}


@dataclass(frozen=True)
class Profile:
    """A province, district or commune issuer, as its derived letters need it."""

    tinh: str
    cap: str
    co_quan: CoQuan
    ten_goi: str
    dia_danh: str
    ky: ChuKy
    co_quan_thuong_truc: str | None = None
    ten_goi_ngan_: str | None = None
    phong_trao_: str | None = None
    don_vi_duoi: str | None = None
    thuoc: str | None = None
    kinh_gui: tuple[str, ...] = ()
    noi_nhan: tuple[str, ...] = ()
    luu: str | None = None
    don_vi: str | None = None
    tu_ngay: date | None = None
    den_ngay: date | None = None
    source: str | None = None
    cap_tren: str | None = None  # the body directly above, its reports' addressee

    @property
    def ten_goi_ngan(self) -> str:
        """The issuer as the letter names itself after the first mention.

        >>> from ntm_docgen.letter.spec import ChuKy, CoQuan
        >>> p = Profile("Kon Tum", "tỉnh", CoQuan("X"), "Ủy ban nhân dân tỉnh Kon Tum", "Kon Tum",
        ...             ChuKy("A", "B"))
        >>> p.ten_goi_ngan
        'Ủy ban nhân dân tỉnh'
        """
        if self.ten_goi_ngan_:
            return self.ten_goi_ngan_
        return issuer_short(self.ten_goi)

    @property
    def department(self) -> bool:
        """A department of its level (a Sở, a Phòng): it has a parent body and is not itself a
        people's committee."""
        return bool(self.co_quan.chu_quan) and not self.ten_goi.startswith("Ủy ban nhân dân")

    @property
    def standing_itself(self) -> bool:
        """Whether the issuer is its own standing body: none named, or the issuer named with
        its place or without, in capitals as its header, or with one of its boards after it
        ("Sở Nội vụ (Ban Thi đua - Khen thưởng)" for the Sở Nội vụ tỉnh Quảng Ngãi).

        >>> from ntm_docgen.letter.spec import ChuKy, CoQuan
        >>> p = Profile("Quảng Ngãi", "tỉnh", CoQuan("SỞ NỘI VỤ"), "Sở Nội vụ tỉnh Quảng Ngãi",
        ...             "Quảng Ngãi", ChuKy("A", "B"), "Sở Nội vụ (Ban Thi đua - Khen thưởng)")
        >>> p.standing_itself
        True
        """
        standing = self.co_quan_thuong_truc
        if standing is None or standing.startswith(self.ten_goi):
            return True
        body = standing.split("(")[0].strip().casefold()
        names = {self.ten_goi, self.ten_goi_ngan, self.co_quan.ten.replace("\n", " "),
                 self.ten_goi.removesuffix(f" tỉnh {self.tinh}").removesuffix(
                     f" thành phố {self.tinh}")}
        return body in {" ".join(n.split()).casefold() for n in names}

    @property
    def phong_trao(self) -> str:
        """The local name that replaces "Cả nước" in the movement's name."""
        return self.phong_trao_ or (self.thuoc if self.cap != "tỉnh" and self.thuoc else self.tinh)


def load_profile(path: Path | str) -> Profile:
    """Read and validate a profile file; a SpecError lists every problem with its path.

    A bare name (``quang-ngai``) that is not a file names a profile shipped in data/profiles/.
    """
    path = Path(path)
    if not path.exists() and not path.suffix and len(path.parts) == 1:
        shipped = data_dir() / "profiles" / f"{path.name}.yaml"
        if not shipped.is_file():
            names = sorted(p.stem for p in (data_dir() / "profiles").glob("*.yaml"))
            raise InputFileError(shortened(path), _(
                "is neither a profile file nor a shipped profile; shipped: {names}").format(
                names=", ".join(names)))
        return parse_profile(read_data(shipped), source=_("the shipped profile {name}")
                             .format(name=path.name))
    return parse_profile(read_data(path), source=path)


def _typed_cap(text: str) -> str:
    """A level typed without its marks (``xa``, ``Tinh``, ``dac khu``) as the one it names.

    >>> _typed_cap("xa"), _typed_cap("Đặc khu"), _typed_cap("thi tran"), _typed_cap("làng")
    ('xã', 'đặc khu', 'thị trấn', 'làng')
    """
    typed = " ".join(text.lower().split())
    if typed in CAP or not typed.isascii():
        return typed if typed in CAP else text
    return next((cap for cap in CAP if strip_diacritics(cap) == typed), text)


def parse_profile(data: Any, source: Path | str | None = None) -> Profile:
    """Validate plain data as a profile."""
    check = Checker()
    if data is None:
        raise SpecError([Problem("", _("the profile is empty; see data/profiles/ for examples"))],
                        source)
    if isinstance(data, dict) and "cap" not in data and {"loai", "noi_dung"} & set(data):
        raise SpecError([Problem("", _(
            "this file describes a letter (it has {keys}), not an office: an office's file "
            "holds tinh, cap, co_quan, ten_goi, dia_danh and ky (see data/profiles/)").format(
            keys=", ".join(k for k in ("loai", "noi_dung") if k in data)))], source)
    top = check.mapping(data, "", PROFILE_KEYS, REQUIRED)
    cap = check.choice(top, "cap", "", CAP, _typed_cap)
    co_quan = parse_co_quan(check, top.get("co_quan"), "co_quan") if "co_quan" in top else None
    ky = parse_chu_ky(check, top.get("ky"), "ky") if "ky" in top else None
    tu_ngay = check.iso_date(top, "tu_ngay", "")
    values: dict[str, Any] = dict(
        tinh=check.text(top, "tinh", "") or "",
        ten_goi=check.text(top, "ten_goi", "") or "",
        dia_danh=check.text(top, "dia_danh", "") or "",
        co_quan_thuong_truc=check.text(top, "co_quan_thuong_truc", ""),
        ten_goi_ngan_=check.text(top, "ten_goi_ngan", ""),
        phong_trao_=check.text(top, "phong_trao", ""),
        don_vi_duoi=check.text(top, "don_vi_duoi", ""),
        thuoc=check.text(top, "thuoc", ""),
        kinh_gui=check.text_list(top, "kinh_gui", ""),
        noi_nhan=check.text_list(top, "noi_nhan", ""),
        luu=check.text(top, "luu", ""),
        don_vi=check.text(top, "don_vi", ""),
        tu_ngay=tu_ngay,
        den_ngay=check.iso_date(top, "den_ngay", ""),
        cap_tren=check.text(top, "cap_tren", ""),
    )
    if cap in ("huyện", "thị trấn") and tu_ngay is not None and tu_ngay >= HAI_CAP:
        check.fail("cap", _("{level} exist only before {since}; use tỉnh, xã, phường or đặc "
                            "khu").format(level=cap, since=ngay_so(HAI_CAP)), cap)
    if check.problems or cap is None or co_quan is None or ky is None:
        raise SpecError(check.problems or [Problem("", _("incomplete profile"))], source)
    if cap == "xã":  # contract §5's "xã" for every commune-level unit: a ward is called a ward
        cap = own_kind(co_quan.ten, values["ten_goi"])
    if cap in ("xã", "phường", "đặc khu") and not values["thuoc"]:
        # contract §5 has no thuoc: the 2025 list says whose unit it is, when its name is unique
        values["thuoc"] = home_province(cap, values["tinh"])
    return Profile(cap=cap, co_quan=co_quan, ky=ky, source=str(source) if source else None,
                   **values)


def own_kind(ten: str, ten_goi: str) -> str:
    """The commune-level unit's own kind, by its name, for a profile whose ``cap`` is ``xã``
    (contract §5 names the two levels tỉnh and xã).

    >>> own_kind("ỦY BAN NHÂN DÂN\\nPHƯỜNG ĐỒNG ĐĂNG", "")
    'phường'
    >>> own_kind("UBND", "Ủy ban nhân dân đặc khu Phú Quốc")
    'đặc khu'
    >>> own_kind("ỦY BAN NHÂN DÂN\\nXÃ TÂN THÀNH", "Ủy ban nhân dân xã Tân Thành")
    'xã'
    """
    words = f"{ten} {ten_goi}".lower().split()
    for kind in ("phường", "đặc khu", "thị trấn"):
        first, *rest = kind.split()
        if any(w == first and words[i + 1:i + 1 + len(rest)] == rest
               for i, w in enumerate(words)):
            return kind
    return "xã"


#: The level a unit's name says, by the word it opens with in the issuer's last line (a city,
#: "THÀNH PHỐ", is a province's or, before 2025, a district's: not told).
_LEVEL_WORDS = (("THỊ XÃ", "huyện"), ("THỊ TRẤN", "thị trấn"), ("ĐẶC KHU", "đặc khu"),
                ("HUYỆN", "huyện"), ("QUẬN", "huyện"), ("TỈNH", "tỉnh"), ("XÃ", "xã"),
                ("PHƯỜNG", "phường"))


def level_clash(profile: Profile) -> list[str]:
    """A profile whose ``cap`` is not the level its issuer's name says ("ỦY BAN NHÂN DÂN /
    HUYỆN TAM ĐƯỜNG" with ``cap: xã``): the letter would speak of the units below as the
    wrong level's.

    >>> base = {"tinh": "Tam Đường", "cap": "xã", "ten_goi": "Ủy ban nhân dân huyện Tam Đường",
    ...         "co_quan": {"ten": "ỦY BAN NHÂN DÂN\\nHUYỆN TAM ĐƯỜNG"}, "dia_danh": "Tam Đường",
    ...         "ky": {"chuc_vu": "CHỦ TỊCH", "ho_ten": "Lò Văn An"}}
    >>> level_clash(parse_profile(base))[0][:44]
    "profile: the profile's level (cap) is xã, bu"
    >>> level_clash(parse_profile({**base, "cap": "huyện"}))
    []
    """
    line = upper_vi(profile.co_quan.ten.splitlines()[-1].strip()) if profile.co_quan.ten else ""
    said_level = next((level for word, level in _LEVEL_WORDS if line.startswith(word + " ")),
                      None)
    if said_level is None or said_level == profile.cap:
        return []
    return [said(N_("{profile}: the profile's level (cap) is {cap}, but its issuer “{line}” is a "
                    "{level}'s: the letter would speak of the units below as a {cap}'s; set cap "
                    "to the issuer's level"), profile=profile.source or "profile",
                 cap=profile.cap, line=shortened(line), level=said_level)]


def signer_warnings(profile: Profile) -> list[str]:
    """The profile's signer still the forms' sample name ("Nguyễn Văn A"): the same warning
    ``render`` and the desk give, naming the profile's field."""
    return sample_signer(f"{profile.source or 'profile'}: ky.ho_ten", profile.ky.ho_ten)


def drafting_unit_warnings(profile: Profile, form: str) -> list[str]:
    """What a profile without its drafting unit (``don_vi``) leaves out of the letter: the
    unit in a công văn's ký hiệu ("2452/UBND-TH") and in the Lưu line ("- Lưu: VT, TH.").

    >>> profile = parse_profile({"tinh": "Kon Tum", "cap": "tỉnh", "co_quan": {"ten": "UBND",
    ...     "viet_tat": "UBND"}, "ten_goi": "Ủy ban nhân dân tỉnh Kon Tum", "dia_danh": "Kon Tum",
    ...     "ky": {"chuc_vu": "CHỦ TỊCH", "ho_ten": "A"}})
    >>> [w.split(":")[0] for w in drafting_unit_warnings(profile, "cong-van")]
    ['profile']
    >>> drafting_unit_warnings(profile, "ke-hoach")[0][:60]
    'profile: the profile names no drafting unit (don_vi) and no '
    """
    if profile.don_vi:
        return []
    where = profile.source or "profile"
    code = profile.co_quan.viet_tat or "UBND"
    if form == "cong-van" and not profile.luu:
        return [said(N_('{profile}: the profile names no drafting unit (don_vi), so the công '
                        'văn is numbered "…/{code}" and its Lưu line reads "- Lưu: VT."; add '
                        "the line don_vi: TH to the profile, outside co_quan"), profile=where,
                     code=code)]
    if form == "cong-van":
        return [said(N_('{profile}: the profile names no drafting unit (don_vi), so the công '
                        'văn is numbered "…/{code}"; add the line don_vi: TH to the profile, '
                        "outside co_quan"), profile=where, code=code)]
    if not profile.luu:
        return [said(N_('{profile}: the profile names no drafting unit (don_vi) and no luu, so '
                        'the Lưu line reads "- Lưu: VT."; add the line don_vi: TH to the profile, '
                        'outside co_quan'), profile=where)]
    return []
