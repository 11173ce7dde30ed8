"""A letter of the level above that asks the unit for its work in one paragraph (a Sở's công văn
to a commune: "…, Sở … đề nghị Ủy ban nhân dân xã A xây dựng kế hoạch …, phấn đấu …"), carried
into the unit's Hướng dẫn or Kế hoạch: its request made the NỘI DUNG, the level above's contact
line left out, and a NỘI DUNG left with no text of its own told."""

from __future__ import annotations

import re

from ntm_docgen.derive.cite import upper_first
from ntm_docgen.derive.job import Derivation
from ntm_docgen.derive.levels import OWN
from ntm_docgen.derive.profile import Profile
from ntm_docgen.derive.rules import mau
from ntm_docgen.derive.source import Section
from ntm_docgen.i18n import N_, said, shortened
from ntm_docgen.letter.spec import Spec
from ntm_docgen.vietnamese.donvi import spelled

_ASKS = ("đề nghị", "yêu cầu")


def request_of(job: Derivation, sentence: str) -> str | None:
    """The work the level above asks of the unit itself, when ``sentence`` (the source's
    opening, its issuer already made the unit's own) is that request and not the opening of
    items below it: ``Ủy ban nhân dân xã A đề nghị Ủy ban nhân dân xã A xây dựng kế hoạch …``
    → ``Xây dựng kế hoạch …``; it is kept in ``job.asked`` for its figures to be told."""
    unit = job.profile.ten_goi
    names = {unit, re.sub(r"^Ủy ban nhân dân\b", "UBND", unit)}
    if sentence.rstrip().endswith(":"):
        return None
    for verb in _ASKS:
        for name in names:
            head = f"{unit} {verb} {name}"
            if sentence.startswith(head):
                ask = sentence[len(head):].lstrip(" ,").strip()
                if not re.search(r"\w", ask):
                    return None
                line = upper_first(ask if ask.endswith((".", "./.")) else ask + ".")
                job.asked.append(line)
                return line
    return None


def drop_contact(job: Derivation, blocks: list[list[str]]) -> None:
    """Leave out the level above's contact lines ("Đầu mối liên hệ của đơn vị: …, điện thoại
    …": ``lien_he`` in data/derive/mau.yaml), which are not the unit's; each is quoted."""
    contact = [re.compile(x, re.IGNORECASE) for x in mau()["lien_he"]]
    for block in blocks:
        left = [x for x in block if any(rx.search(x) for rx in contact)]
        for line in left:
            block.remove(line)
            job.warnings.append(said(N_("the contact line of the level above was left out, it "
                                        "is not the local letter's: “{text}”"),
                                     text=shortened(line, 160)))


def told_content(job: Derivation, parts: list[Section], made: Section | None) -> None:
    """For a source with no parts of its own: the NỘI DUNG part ``made`` of its items, left
    with no line (or none made), is taken out, never printed empty, and told with what to
    write; one holding only the request of the level above is told too."""
    heading = mau()["tieu_de"]["noi_dung"]
    unit = mau()["dia_ban"].get(job.profile.cap, job.profile.cap)
    lines = [x for x in made.lines if re.search(r"\w", x)] if made else []
    if not lines:
        if made in parts:
            parts.remove(made)
        job.warnings.append(said(N_("no task for the {unit} was found in the letter "
                                    "implemented, so the letter has no {part} part: add one "
                                    "with the {unit}'s tasks (what is to be done, who does it, "
                                    "by when) before sending"), unit=unit, part=heading))
    elif lines == job.asked:
        job.warnings.append(said(N_("the {part} part holds only what {source} asks of the "
                                    "{unit}: “{text}”; a figure in it is the target that "
                                    "letter sets the {unit}: keep it or set the {unit}'s "
                                    "own, and write under it the tasks that carry it out "
                                    "(what is to be done, who does it, by when) before "
                                    "sending"),
                                 part=heading, source=job.fields["nguon"], unit=unit,
                                 text=shortened(lines[0], 160)))


#: one named unit of territory's committee, not a group ("Ủy ban nhân dân các xã")
_NAMED_UNIT = re.compile(r"^(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND)\s+(xã|phường|thị trấn|đặc khu|"
                         r"huyện|quận|thị xã|tỉnh|thành phố)\s+(?!các\b)\w")


#: the units of a level listed by name after a colon ("UBND các xã: Trấn Yên, Hưng Khánh")
_NAMED_LIST = re.compile(r"^(?:Chủ tịch )?(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND) các (xã|phường|"
                         r"thị trấn|đặc khu|huyện|quận|thị xã|tỉnh)\b[^:]*:\s*\S")
#: a group of units named by their level ("Ủy ban nhân dân các xã, phường"), which holds it
_ALL_OF = re.compile(r"\bcác (?:xã|phường|thị trấn|đặc khu|huyện|quận|thị xã|tỉnh|địa phương)\b",
                     re.IGNORECASE)


def _bare(name: str) -> str:
    """A unit's name as listed, compared as spelled: its level word and a note in brackets off.

    >>> _bare(" xã Tân Thành (cũ).") == _bare("Tân Thành"), _bare("Thị trấn Hòa") == _bare("HOÀ")
    (True, True)
    """
    name = re.sub(r"\([^()]*\)", " ", name).strip(" .;")
    return spelled(re.sub(r"^(?:xã|phường|thị trấn|đặc khu)\s+", "", name, flags=re.IGNORECASE))


def addressed_elsewhere(source: Spec, profile: Profile) -> list[str]:
    """A letter implemented that is addressed by name to another unit of the unit's own level
    ("Kính gửi: Ủy ban nhân dân xã Đoàn Kết" given to xã Mẫu Sơn), or to units of its level
    listed by name without it ("UBND các xã: Trấn Yên, Hưng Khánh, …" given to xã Bảo Thắng),
    and to no group of its level: what it asks is those units', told first."""
    own = {profile.ten_goi.casefold(),
           re.sub(r"^Ủy ban nhân dân\b", "UBND", profile.ten_goi).casefold()}
    kinds = OWN.get(profile.cap, (profile.cap,))  # a unit of its own level, as a commune
    named = [k for k in source.kinh_gui
             if (found := _NAMED_UNIT.match(k)) and found[1].lower() in kinds]
    # "UBND các xã: Trấn Yên, Hưng Khánh, …": the units of its level listed by name
    listed = [k for k in source.kinh_gui
              if (found := _NAMED_LIST.match(" ".join(k.split()))) and found[1].lower() in kinds]
    mine = _bare(profile.tinh)
    if not (named or listed):
        return _only_others(source, profile, own)
    if any(_holds(" ".join(k.split()), own) for k in named) \
            or any(mine in map(_bare, re.split(r"[,;]| và ", " ".join(k.split()).split(":", 1)[1]))
                   for k in listed) \
            or any(_ALL_OF.search(k) and ":" not in k for k in source.kinh_gui
                   if not _NAMED_UNIT.match(k)):
        return []
    named += listed
    return [said(N_("the letter implemented is addressed to {them}, not to {unit}: what it "
                    "asks is theirs; check that it is the letter sent to {unit}"),
                 them="; ".join(named), unit=profile.ten_goi)]


#: What stands between words and is no part of a name: commas, semicolons, brackets.
_SIGNS = re.compile(r"[^\w\s]")


def _holds(addressee: str, names: set[str]) -> bool:
    """Whether one of the unit's ``names`` stands in ``addressee`` as whole words, as spelled
    (its case, and the old way's tone, ``Hoà``, ``Uỷ``, as the new way's).

    >>> mine = {"ubnd xã hòa bình", "ủy ban nhân dân xã hòa bình"}
    >>> _holds("Đảng ủy, UBND xã Hoà Bình", mine), _holds("Uỷ ban nhân dân xã Hòa Bình;", mine)
    (True, True)
    >>> _holds("UBND xã Hoa Bình", mine), _holds("UBND xã Hòa Bìnhh", mine)
    (False, False)
    """
    def words(text: str) -> str:
        return " " + spelled(_SIGNS.sub(" ", text)) + " "

    said_there = words(addressee)
    return any(words(name) in said_there for name in names if name.strip())


#: an addressee that may hold the unit: a group ("các sở, ban, ngành", "Ủy ban nhân dân các xã",
#: "cấp xã", "các địa phương"), or the units below ("thôn", "tổ dân phố")
_GROUP = re.compile(r"(?<!\w)(?:các|những|cấp xã|cấp huyện|địa phương|đơn vị|thôn|bản|"
                    r"tổ dân phố)(?!\w)", re.IGNORECASE)


def _only_others(source: Spec, profile: Profile, own: set[str]) -> list[str]:
    """A letter whose Kính gửi names only bodies, each one alone, none of them the unit nor a
    group it may be of (Lào Cai's letter to "Sở Công Thương", to "Bộ Xây dựng"; Lâm Đồng's to
    "Công an tỉnh"): what it asks is theirs, and a draft carrying it gives it to the unit's
    own units; told first.

    >>> from ntm_docgen.derive.profile import parse_profile
    >>> from ntm_docgen.letter.spec import parse_spec
    >>> unit = parse_profile({"tinh": "Lạng Sơn", "cap": "tỉnh", "co_quan": {"ten": "UBND"},
    ...     "ten_goi": "Ủy ban nhân dân tỉnh Lạng Sơn", "dia_danh": "Lạng Sơn",
    ...     "ky": {"chuc_vu": "CHỦ TỊCH", "ho_ten": "A"}})
    >>> def sent(*kinh_gui):
    ...     return addressed_elsewhere(parse_spec({"loai": "CV", "co_quan": {"ten": "BỘ"},
    ...         "dia_danh": "Hà Nội", "trich_yeu": "V/v a", "kinh_gui": list(kinh_gui),
    ...         "noi_dung": "…",
    ...         "ky": {"chuc_vu": "BỘ TRƯỞNG", "ho_ten": "B"}}), unit)
    >>> [len(sent(*k)) for k in (["Sở Công Thương"], ["Công an tỉnh", "Bộ Xây dựng"],
    ...     ["Ủy ban nhân dân tỉnh Lạng Sơn"], ["UBND tỉnh Lạng Sơn"], ["Sở Công Thương",
    ...     "Ủy ban nhân dân các tỉnh, thành phố"], ["Các sở, ban, ngành"], [])]
    [1, 1, 0, 0, 0, 0, 0]

    Her name inside an addressee is hers: its head's title before it, its province after it,
    another body beside it:
    >>> [len(sent(*k)) for k in (["Chủ tịch UBND tỉnh Lạng Sơn"], ["Tỉnh ủy, UBND tỉnh Lạng Sơn"],
    ...     ["Ủy ban nhân dân tỉnh Lạng Sơn; Sở Tài chính"], ["UBND tỉnh Lạng Sơnn"])]
    [0, 0, 0, 1]
    """
    them = [" ".join(k.split()).strip(" ;,.") for k in source.kinh_gui]
    them = [k for k in them if k]
    mine = own | {profile.ten_goi_ngan.casefold()}
    if not them or any(_GROUP.search(k) for k in them) \
            or any(any(x.startswith(k.casefold() + " ") for x in mine) or _holds(k, mine)
                   for k in them):
        return []
    return [said(N_("the letter implemented is addressed only to {them}, not to {unit} nor to "
                    "a group of units it is one of: what it asks is theirs, and the draft gives "
                    "it to {unit}'s own units; check that it is the letter sent to {unit}, or "
                    "write in what {unit} itself is asked to do"),
                 them="; ".join(them), unit=profile.ten_goi)]
