"""Find ô 5 of a letter: the tên loại with its trích yếu down to the rule, or the V/v line of a
công văn; then the Kính gửi under them."""

from __future__ import annotations

import re

from ntm_docgen.check.anchors import lines_in
from ntm_docgen.check.elements import Letter, key
from ntm_docgen.check.findings import rules
from ntm_docgen.check.locate_sign import NOI_NHAN_RE, same_cell
from ntm_docgen.check.locate_sign import first as _first
from ntm_docgen.check.paras import Line
from ntm_docgen.check.rulers_found import printed_lower, rules_under, typed_rule
from ntm_docgen.vietnamese.loai import split_heading
from ntm_docgen.vietnamese.names import is_chuc_danh
from ntm_docgen.vietnamese.text import is_upper_vi, upper_vi

VV_RE = re.compile(r"^v/v\b", re.IGNORECASE)
#: a công văn's trích yếu typed without "V/v": "Về việc ...", "Về kết quả ..."
BARE_VV_RE = re.compile(r"^Về\s+\w")
#: Kính gửi, or its "gửi:" with the first word lost (a letter cut from a longer file).
KINH_GUI_RE = re.compile(r"^(kính\s+gửi\b|gửi\s*:)", re.IGNORECASE)


def find_title(letter: Letter, head_end: int) -> None:
    """Ô 5: tên loại and trích yếu, or the V/v of a công văn; then Kính gửi and căn cứ."""
    segs = letter.segments
    # the V/v stands under the number; a letter typed without one (a phòng's internal letter)
    # has it under the issuer's name, where the number would be
    under = letter.so if letter.so is not None else \
        (letter.co_quan[-1] if letter.co_quan else None)
    after_so = segs[letter.pos(under) + 1:] if under is not None else []
    for seg in after_so[:6]:
        for mark in ("do_mat", "do_khan"):
            if seg.clean in rules()[mark]:
                getattr(letter, mark).append(seg)
    letter.pham_vi = [s for s in segs if upper_vi(s.clean) in rules()["pham_vi"]]
    vv = _first(after_so[:6], lambda s: bool(VV_RE.match(s.clean)))
    if vv is not None and any(_names_a_type(s) for s in after_so[:after_so.index(vv)]):
        vv = None  # THÔNG BÁO / V/v ...: the trích yếu of a named type, opening with V/v
    if vv is not None:
        letter.vv = [vv]
        for seg in segs[segs.index(vv) + 1:segs.index(vv) + 4]:
            if not same_cell(seg, vv) or seg in (*letter.do_mat, *letter.do_khan):
                break
            letter.vv.append(seg)
    start = head_end + 1
    for n, seg in enumerate(segs[start:start + 15] if not letter.vv else []):
        heading = split_heading(seg.clean) if is_upper_vi(seg.clean) else None
        if heading is not None and (not heading.words or n < 3) and \
                (heading.loai is None or heading.loai.ma):
            letter.ten_loai, letter.loai, letter.nhom = seg, heading.loai, heading.nhom
            break
    if letter.ten_loai is None and not letter.vv and under is not None:
        # no tên loại below: a công văn whose trích yếu, in the number's cell, was typed
        # without its "V/v" ("Về kết quả Đại hội ..."); vv.form tells her to begin it so
        bare = _first(after_so[:3], lambda s: bool(BARE_VV_RE.match(s.clean))
                      and same_cell(s, under))
        if bare is not None:
            at = segs.index(bare)
            letter.vv = [bare, *_takewhile_cell(segs[at + 1:at + 4], bare)]
    if letter.so is None and not letter.vv:
        _kem_theo(letter, segs[start:start + 8])
    if letter.ten_loai is not None:
        letter.trich_yeu = _trich_yeu(letter, letter.ten_loai)
        if letter.kem_theo:  # its title's lines, down to the note
            letter.trich_yeu = segs[segs.index(letter.ten_loai) + 1:
                                    segs.index(letter.kem_theo[0])]
        rest = split_heading(letter.ten_loai.clean)
        if rest is not None and rest.words:  # GIẤY MỜI HỌP: the trích yếu starts in the heading
            letter.trich_yeu.insert(0, letter.ten_loai)
    gui = _first(segs[start:start + 40], lambda s: bool(KINH_GUI_RE.match(s.clean)))
    if gui is not None:
        letter.kinh_gui = [gui]
        for seg in segs[segs.index(gui) + 1:]:
            above = letter.kinh_gui[-1]
            runs_on = not above.clean.endswith((";", ".", ":")) and len(seg.clean) <= 70 and \
                (seg.para.props.align == "center" or same_cell(seg, above)
                 or _under(seg, above)) and len(letter.kinh_gui) < 30
            if not seg.clean.startswith("-") and not seg.para.bullet and not runs_on:
                break
            letter.kinh_gui.append(seg)


def _kem_theo(letter: Letter, lines: list[Line]) -> None:
    """A text issued with a decision, as the decree's form after Mẫu 1.3 lays it: its tên
    loại (ĐIỀU LỆ, QUY CHẾ) and trích yếu centred under the header, then "(Kèm theo Quyết
    định số ...)", and no number line. The tên loại is the first centred line in capitals
    over the note, a name the type table need not hold."""
    note = re.compile(rules()["kem_theo"]["note"])
    first = _first(lines, lambda s: bool(note.match(s.clean)))
    if first is None:
        return
    above = lines[:lines.index(first)]
    if letter.ten_loai is None or letter.ten_loai not in above:
        title = _first(above, lambda s: is_upper_vi(s.clean) and
                       s.para.props.align == "center")
        if title is None:
            return
        letter.ten_loai, letter.loai, letter.nhom = title, None, ""
    letter.kem_theo = [first]
    for seg in lines[lines.index(first) + 1:]:  # "... ngày ... / của Chủ tịch UBND tỉnh)"
        if letter.kem_theo[-1].clean.endswith(")") or seg.para.props.align != "center":
            break
        letter.kem_theo.append(seg)


def _takewhile_cell(segs: list[Line], first: Line) -> list[Line]:
    """The lines after ``first`` in its cell, up to the first in another."""
    out: list[Line] = []
    for seg in segs:
        if not same_cell(seg, first):
            break
        out.append(seg)
    return out


def _under(seg: Line, above: Line) -> bool:
    """True when ``seg``, a paragraph of its own, prints indented in the recipients' column,
    where the recipient ``above`` starts or further in ("- Các đơn vị hoạt động hóa chất" /
    "trên địa bàn tỉnh."): the rest of that recipient, not the body, which starts at the
    margin."""
    props, item = seg.para.props, above.para.props
    return props.left > 0 and props.left + props.first_line >= item.left + item.first_line


def _names_a_type(seg: Line) -> bool:
    """True when a line is a tên loại of Phụ lục III alone (THÔNG BÁO, QUYẾT ĐỊNH)."""
    heading = split_heading(seg.clean) if is_upper_vi(seg.clean) else None
    return heading is not None and not heading.words and heading.loai is not None and \
        bool(heading.loai.ma)


def _trich_yeu(letter: Letter, ten_loai: Line) -> list[Line]:
    """Ô 5a by position: the centred lines right under the tên loại, down to the rule.

    The first line is taken even when it is not centred (the align rule reports it), unless
    it is plainly the start of the body: justified, a căn cứ, or Kính gửi. A line in capitals
    (a first "VỀ ..." aside) or in brackets may as well open the body or a note: it is the
    trích yếu's when the rule is printed under it, or under the centred lines that follow it.
    """
    segs = letter.segments
    out: list[Line] = []
    previous = ten_loai
    rest = segs[segs.index(previous) + 1:]
    for n, seg in enumerate(rest):
        # a Giấy mời with no trích yếu nor body: the closing block follows its tên loại
        if len(out) == 8 or KINH_GUI_RE.match(seg.clean) or typed_rule(seg.clean) or \
                NOI_NHAN_RE.match(seg.clean):
            break
        if out and _ruled_between(letter, previous, seg):
            break
        if _doubtful(seg, first=not out):
            ruled = _down_to_rule(letter, previous, rest[n:n + 8 - len(out)])
            return out + ruled if ruled or out else _over_the_can_cu(letter, seg)
        align = seg.para.props.align
        if out and align != "center":
            break
        if not out and align != "center" and (align in ("both", "distribute") or
                                                starts(seg.clean, "can_cu_prefixes")):
            break
        out.append(seg)
        previous = seg
    return out


def _over_the_can_cu(letter: Letter, seg: Line) -> list[Line]:
    """A first line in capitals under the tên loại, centred, with no rule under it but the
    căn cứ or the Kính gửi right under its paragraph: the trích yếu as a web copy types it (a
    nghị quyết's "QUY ĐỊNH NỘI DUNG, MỨC CHI ..."), or as a Thông báo types it ("KẾT QUẢ KIỂM
    TRA CÔNG TÁC NGHIỆM THU ..." over "Kính gửi: Công ty ..."), unless it is the issuing
    authority's line: a title ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH"), or opening with the issuer's
    name."""
    segs = letter.segments
    lines = [s for s in segs if s.para is seg.para]
    after = next((s for s in segs[segs.index(lines[-1]) + 1:] if s.clean), None)
    if seg.para.props.align != "center" or seg.clean.startswith("(") or after is None or \
            not (starts(after.clean, "can_cu_prefixes") or KINH_GUI_RE.match(after.clean)) or \
            is_chuc_danh(seg.clean) or \
            (letter.co_quan and key(seg.clean).startswith(key(letter.co_quan[0].clean))):
        return []
    return lines


def _doubtful(seg: Line, first: bool) -> bool:
    """True when a line under the tên loại may be the trích yếu or not: in capitals (but a
    centred first line "VỀ ..."), or opening with a bracket."""
    text = seg.clean
    if text.startswith("("):
        return True
    return is_upper_vi(text) and not (first and seg.para.props.align == "center" and
                                      text.startswith("VỀ "))


def _down_to_rule(letter: Letter, above: Line, lines: list[Line]) -> list[Line]:
    """The first of ``lines`` and the centred ones after it, down to the first with a rule
    printed right under it; none when a line is not centred, is a note "(Kèm theo ...)" or
    is ruled off from the one above before such a rule is met."""
    note = re.compile(rules()["phu_luc_note"])
    taken: list[Line] = []
    for n, seg in enumerate(lines):
        if seg.para.props.align != "center" or typed_rule(seg.clean) or \
                note.match(seg.clean) or KINH_GUI_RE.match(seg.clean) or \
                _ruled_between(letter, above, seg):
            return []
        taken.append(seg)
        ends_para = n + 1 == len(lines) or lines[n + 1].para is not seg.para
        if ends_para and rules_under(letter, seg, beside=False):
            return taken
        above = seg
    return []


def _ruled_between(letter: Letter, above: Line, below: Line) -> bool:
    """True when a rule (border or line shape) is drawn between two lines."""
    if above.para is below.para:
        return False
    paras = letter.doc.paras[above.para.index:below.para.index + 1]
    return ("bottom" in above.para.props.borders or "top" in below.para.props.borders or
            any(p.has_line_shape or p.props.borders for p in paras[1:-1]) or
            any(not printed_lower(line, above.para) for line in lines_in(above.para.el)))


def starts(text: str, what: str) -> bool:
    return any(text.startswith(p) for p in rules()[what])
