"""What renders but departs from the decree: the warnings a letter spec gets."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any

from ntm_docgen.files.resources import load_data
from ntm_docgen.i18n import N_, _, said, shortened
from ntm_docgen.letter.addressing import addressing
from ntm_docgen.letter.copy_codes import code_notes
from ntm_docgen.letter.markup_line import as_printed
from ntm_docgen.letter.pasted import pasted_signs
from ntm_docgen.letter.repeats import without_repeats
from ntm_docgen.letter.spec import Spec
from ntm_docgen.letter.table_notes import table_notes
from ntm_docgen.letter.two_levels import three_levels
from ntm_docgen.letter.unread import unread_notes
from ntm_docgen.vietnamese.lawnumber import law_ky_hieu
from ntm_docgen.vietnamese.names import ordinary_case, words_in_capitals
from ntm_docgen.vietnamese.points import out_of_order
from ntm_docgen.vietnamese.text import name_in_capitals, ngay_so


def spec_warnings(spec: Spec) -> list[str]:
    """What renders but is wrong: a ``Như trên`` with no Kính gửi to refer to (`check` reports
    it), a SAO LỤC block on an original (`copy` refuses it).

    >>> from ntm_docgen.letter.spec import parse_spec
    >>> base = {"loai": "KH", "co_quan": {"ten": "SỞ NỘI VỤ"}, "dia_danh": "Lạng Sơn",
    ...         "trich_yeu": "X", "ky": {"chuc_vu": "GIÁM ĐỐC", "ho_ten": "Lê Văn An"}}
    >>> spec_warnings(parse_spec({**base, "noi_nhan": ["Như trên", "UBND tỉnh"]}))[0][:23]
    'noi_nhan[0]: "Như trên"'
    >>> spec_warnings(parse_spec({**base, "kinh_gui": ["UBND các xã"], "noi_nhan": ["Như trên"]}))
    []
    >>> spec_warnings(parse_spec({**base, "trich_yeu": "TỔNG KẾT PHONG TRÀO THI ĐUA"}))[0][-35:]
    'them: "Tổng kết phong trào thi đua"'
    >>> spec_warnings(parse_spec({**base, "loai": "CV", "trich_yeu": "V/v TĂNG CƯỜNG CÔNG TÁC",
    ...                           "kinh_gui": ["UBND tỉnh"]}))[0][-25:]
    '"V/v tăng cường công tác"'
    """
    warnings = without_repeats(spec)[1]
    signers = [("ky.ho_ten", spec.ky.ho_ten)]
    if spec.ban_sao is not None:
        signers.append(("ban_sao.ky.ho_ten", spec.ban_sao.ky.ho_ten))
    warnings += [_('{path}: "{name}" is in capitals; the decree prints the name in lower case '
                   'with capital initials ("Nguyễn Văn An")').format(path=path,
                                                                    name=shortened(name))
                 for path, name in signers if name_in_capitals(name)]
    warnings += pasted_signs(spec) + unread_notes(spec)
    if spec.luu and not spec.luu.upper().startswith("VT"):
        warnings.append(_('luu: "{luu}" does not start with VT; the decree\'s last line is '
                          '"- Lưu: VT, <drafting unit>." (the văn thư keeps the original)')
                        .format(luu=shortened(spec.luu)))
    typed = re.sub(r"^v/v\s*", "", spec.trich_yeu or "", flags=re.IGNORECASE)
    if words_in_capitals(typed):
        vv = spec.trich_yeu != typed
        wanted = ("V/v " if vv else "") + ordinary_case(typed, after_vv=vv)
        warnings.append(said(N_('trich_yeu: "{text}" is typed in capitals; the decree prints the '
                                'trích yếu in ordinary letters, capitals only where the language '
                                'takes them: "{wanted}"'),
                             text=shortened(spec.trich_yeu), wanted=shortened(wanted)))
    typed_kh = (("ky_hieu", spec.ky_hieu_),
                ("ban_sao.ky_hieu", spec.ban_sao.ky_hieu_ if spec.ban_sao else None))
    warnings += [said(N_('{path}: "{kh}" holds a "/"; the decree joins the parts of a ký hiệu '
                         'with "-" ("{fixed}"): the "/" stands only between the number and the '
                         "ký hiệu"), path=path, kh=shortened(kh),
                      fixed=shortened(kh.replace("/", "-")))
                 for path, kh in typed_kh if kh and "/" in kh and not law_ky_hieu(kh)]
    warnings += _points(spec) + _dates(spec) + _blanks(spec.noi_dung) + _no_body(spec)
    warnings += [note for i, text in enumerate([spec.noi_dung, *(p.noi_dung for p in spec.phu_luc)])
                 for note in table_notes(f"phu_luc[{i - 1}].noi_dung" if i else "noi_dung", text)]
    warnings += three_levels(spec)
    warnings += _decision(spec)
    warnings += addressing(spec)
    if spec.ban_sao is not None:
        warnings += code_notes(spec.ban_sao, "ban_sao.")
    if spec.ban_sao is not None and spec.ban_sao.hinh_thuc == "SAO LỤC":
        warnings.append(said(N_("ban_sao.hinh_thuc: a SAO LỤC is made from a sao y (Điều 25), "
                                "and this letter is the original: use SAO Y, or `ntm-docgen copy` "
                                "a SAO Y file")))
    warnings += [_("{path}: {tag} is template syntax, which no letter fills: it prints as "
                   "written; write the text out as the letter should read").format(
                       path=path, tag=shortened(tag))
                 if tag.startswith("{%") else
                 _("{path}: {tag} is a field of a letter sent to many, filled from each row of "
                   "the list when the letters are made (bulk): this letter alone prints it as "
                   "written; send it to the list, or write the text out").format(
                       path=path, tag=shortened(tag))
                 for path, tag in _template_tags(spec)]
    body = spec.noi_dung.casefold()
    if spec.kinh_gui or any(w in body for w in load_data("check_rules.yaml")["nhu_tren_refers_to"]):
        return warnings
    return warnings + [said(N_('noi_nhan[{index}]: "{item}" refers to a Kính gửi line, and the '
                               "spec has none: name the recipients, or add kinh_gui"),
                            index=i, item=shortened(item))
                       for i, item in enumerate(spec.noi_nhan)
                       if item.lower().startswith("như trên")]


def _dates(spec: Spec) -> list[str]:
    """A number given with no date (a number is given on issue, with the day), and a copy
    block dated before the letter it copies.

    >>> from ntm_docgen.letter.spec import parse_spec
    >>> base = {"loai": "KH", "co_quan": {"ten": "SỞ NỘI VỤ"}, "dia_danh": "Lạng Sơn",
    ...         "trich_yeu": "X", "ky": {"chuc_vu": "GIÁM ĐỐC", "ho_ten": "Lê Văn An"}}
    >>> [w[:8] for w in _dates(parse_spec({**base, "so": 5}))]
    ['ngay: nu']
    >>> copy = {"hinh_thuc": "SAO Y", "co_quan": {"ten": "SỞ NỘI VỤ"}, "so": 1, "dia_danh": "X",
    ...         "ngay": "2026-03-01", "ky": {"chuc_vu": "CHÁNH VĂN PHÒNG", "ho_ten": "Lê Văn An"}}
    >>> [w[:18] for w in _dates(parse_spec({**base, "so": 5, "ngay": "2026-03-05",
    ...                                     "ban_sao": copy}))]
    ['ban_sao.ngay: the ']
    """
    out: list[str] = []
    if spec.so is not None and spec.ngay is None:
        out.append(said(N_("ngay: number {so} is given and the date is blank: a number is given "
                           "on the day the letter is issued, with that day; add ngay"),
                        so=spec.so))
    if spec.ban_sao is not None and spec.ngay is not None:
        out += copied_before("ban_sao.ngay", spec.ban_sao.ngay, spec.ngay)
    return out


#: "..." where a figure is still to be written: before "/19" or a unit or counter ("... triệu
#: đồng", "... hộ"), after a space, a colon or a bracket, as the forms and the examples leave
#: it; an ellipsis ends a list instead, glued to its last word ("viên chức... người lao động").
_BLANK = re.compile(r"(?<![^\s:(])(?:\.{3}|…)[ \t]*(?:/[ \t]*\d+|(?:triệu|tỷ|nghìn|ngàn|đồng|%|"
                    r"hộ|người|tập thể|cá nhân|tiêu chí|lượt|km|ha)(?!\w))")


def says_nothing(spec: Spec) -> bool:
    """A Giấy mời with no content and no phụ lục (a bulk letter's value left empty by its
    row included): rendered with a warning, never numbered."""
    return (spec.loai.ma == "GM" and not as_printed(spec.noi_dung).strip()
            and not spec.phu_luc)


def _no_body(spec: Spec) -> list[str]:
    """A Giấy mời with no content at all, which has no trích yếu either to say what it
    invites to (contract13 #6: an empty one was “complete” on the desk).

    >>> from ntm_docgen.letter.spec import parse_spec
    >>> gm = {"loai": "GM", "co_quan": {"ten": "UBND XÃ A"}, "dia_danh": "A",
    ...       "ky": {"chuc_vu": "CHỦ TỊCH", "ho_ten": "Lê Văn An"}}
    >>> _no_body(parse_spec(gm))[0][:39], _no_body(parse_spec({**gm, "noi_dung": "Họp."}))
    ('noi_dung: the Giấy mời says nothing yet', [])
    """
    if not says_nothing(spec):
        return []
    return [said(N_("noi_dung: the Giấy mời says nothing yet: write what the meeting is "
                    "about, its time and place, and whom it invites"))]


def _blanks(body: str) -> list[str]:
    r"""A line of the body with a blank where a figure goes (a đề cương's blanks are the level
    below's to fill, and are left alone).

    >>> [w[:26] for w in _blanks("Kết quả: .../19 tiêu chí.\nVốn: ... triệu đồng, ... hộ.")]
    ['noi_dung, line 1: "…/19" i', 'noi_dung, line 2: "… triệu']
    >>> _blanks("các xã, phường, ... thực hiện; đất đai ... trong xây dựng")
    []
    >>> _blanks("cán bộ, công chức, viên chức... người lao động")
    []
    """
    out: list[str] = []
    for number, line in enumerate(body.splitlines(), 1):
        found = _BLANK.search(line)
        if found:
            out.append(said(N_('noi_dung, line {line}: "{blank}" is a blank where a figure goes: '
                               "write the figure before the letter is numbered and sent"),
                            line=number, blank="…" + found.group(0).lstrip(".…")))
    return out


def copied_before(path: str, copied: date | None, issued: date | None) -> list[str]:
    """The copy's date before its original's: no document is copied before it is issued (a
    slip of the year or the month). Said by render of a letter's copy block and by ``copy``."""
    if copied is None or issued is None or copied >= issued:
        return []
    return [said(N_("{path}: the copy is dated {copy}, before its original of {original}: a "
                    "document is copied only once issued; check the copy's date"),
                 path=path, copy=ngay_so(copied), original=ngay_so(issued))]


#: A decision's article, at a line's start: ``Điều 1.``
_ARTICLE = re.compile(r"(?:\*\*)?Điều\s+\d")


def _decision(spec: Spec) -> list[str]:
    r"""A Quyết định without its issuing-authority line, or a decision without articles: it
    renders, but does not read as a decision (Phụ lục I, mẫu 1.1-1.3).

    >>> from ntm_docgen.letter.spec import parse_spec
    >>> base = {"loai": "QĐ", "co_quan": {"ten": "SỞ NỘI VỤ"}, "dia_danh": "Lạng Sơn",
    ...         "trich_yeu": "X", "ky": {"chuc_vu": "GIÁM ĐỐC", "ho_ten": "Lê Văn An"}}
    >>> [w[:10] for w in _decision(parse_spec(base))]
    ['tham_quyen', 'noi_dung: ']
    >>> _decision(parse_spec({**base, "tham_quyen": "GIÁM ĐỐC SỞ NỘI VỤ",
    ...                       "noi_dung": "Căn cứ X;\nQUYẾT ĐỊNH:\nĐiều 1. Y."}))
    []
    """
    gaps = decision_gaps(spec.loai.ma, bool(spec.tham_quyen), spec.noi_dung.splitlines())
    return [said(DECISION_GAPS[gap]) for gap in gaps]


#: What a decision lacks (``decision_gaps``) -> what a letter spec is told of it.
DECISION_GAPS = {
    "tham_quyen": N_("tham_quyen: a Quyết định states the authority that issues it under its "
                     "trích yếu (\"CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …\", \"GIÁM ĐỐC SỞ …\"); add it"),
    "dieu": N_("noi_dung: a decision's content is its articles (\"Điều 1. …\", \"Điều 2. …\"), "
               "and none is written"),
}


def decision_gaps(ma: str, has_authority: bool, lines: Iterable[str]) -> list[str]:
    """The rule itself, for a letter spec and for a page read by ``check``: ``tham_quyen``
    when a Quyết định (type code ``ma``) has no issuing-authority line, ``dieu`` when a
    Quyết định or a Nghị quyết has no line opening with an article.

    >>> decision_gaps("QĐ", False, ["Căn cứ X;"]), decision_gaps("NQ", True, ["Điều 1. Y."])
    (['tham_quyen', 'dieu'], [])
    """
    out = ["tham_quyen"] if ma == "QĐ" and not has_authority else []
    if ma in ("QĐ", "NQ") and not any(_ARTICLE.match(line.lstrip()) for line in lines):
        out.append("dieu")
    return out


def _points(spec: Spec) -> list[str]:
    r"""A warning for each list of points ``a)``, ``b)``, … of the body or a phụ lục whose letters
    leave the Vietnamese alphabet's order (``check`` tells it as body.point_order).

    >>> from ntm_docgen.letter.spec import parse_spec
    >>> base = {"loai": "KH", "co_quan": {"ten": "SỞ NỘI VỤ"}, "dia_danh": "Lạng Sơn",
    ...         "trich_yeu": "X", "ky": {"chuc_vu": "GIÁM ĐỐC", "ho_ten": "Lê Văn An"}}
    >>> _points(parse_spec({**base, "noi_dung": "1. X\na) A\nb) B\nc) C\nd) D\ne) E"}))[0][:32]
    'noi_dung, line 6: the point "e)"'
    >>> _points(parse_spec({**base, "noi_dung": "a) A\nb) B\nc) C (f) xem"}))
    []
    """
    texts = [("noi_dung", spec.noi_dung),
             *((f"phu_luc[{i}].noi_dung", p.noi_dung) for i, p in enumerate(spec.phu_luc))]
    out = []
    for path, text in texts:
        lines = [(n, line) for n, line in enumerate(text.splitlines(), 1) if line.strip()]
        for wrong in out_of_order([line for _n, line in lines]):
            out.append(_('{path}, line {line}: the point "{found})" stands where "{expected})" '
                         'is due; points follow the Vietnamese alphabet (a, b, c, d, đ, e, g, h, '
                         'i, k …), without f, j, w, z').format(
                path=path, line=lines[wrong.index][0], found=wrong.found,
                expected=wrong.expected))
    return out


#: Template syntax a clerk may bring from other tools, which no letter fills, and a bulk
#: letter's ``{{ field }}``, which only bulk fills (contract §2).
_TEMPLATE_TAG = re.compile(r"\{%[^%]*%\}|\{\{[^{}]{0,80}\}\}")  # linear: no run crosses a %, { or }


def _template_tags(spec: Spec) -> list[tuple[str, str]]:
    """Each ``{% ... %}`` and ``{{ ... }}`` in the spec's texts with its field's path, once.

    >>> from ntm_docgen.letter.spec import parse_spec
    >>> _template_tags(parse_spec({"loai": "KH", "co_quan": {"ten": "SỞ NỘI VỤ"},
    ...     "dia_danh": "Lạng Sơn", "trich_yeu": "X", "noi_dung": "{% if a %}A{% endif %}",
    ...     "ky": {"chuc_vu": "GIÁM ĐỐC", "ho_ten": "Lê Văn An"}}))
    [('noi_dung', '{% if a %}'), ('noi_dung', '{% endif %}')]
    """
    found: list[tuple[str, str]] = []
    for path, text in _texts(spec):
        for match in _TEMPLATE_TAG.finditer(text):
            if (path, match.group(0)) not in found:
                found.append((path, match.group(0)))
    return found


def _texts(value: Any, path: str = "") -> Iterator[tuple[str, str]]:
    """Every text of a spec with its path (``phu_luc[0].noi_dung``)."""
    if isinstance(value, str):
        yield path, value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            yield from _texts(getattr(value, field.name),
                              f"{path}.{field.name}" if path else field.name)
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            yield from _texts(item, f"{path}[{index}]")


