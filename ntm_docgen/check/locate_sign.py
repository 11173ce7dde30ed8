"""Find the signature block (ô 7a, 7b) and the Nơi nhận (ô 9b) of a letter, on real evidence."""

from __future__ import annotations

import re
from collections.abc import Callable

from lxml import etree

from ntm_docgen.check.elements import Letter
from ntm_docgen.check.findings import rules
from ntm_docgen.check.geometry import EMU_PER_TWIP, section_width
from ntm_docgen.check.paras import Line, Para
from ntm_docgen.files.resources import load_data
from ntm_docgen.vietnamese.names import is_chuc_danh
from ntm_docgen.vietnamese.text import is_upper_vi

NOI_NHAN_RE = re.compile(r"^nơi\s+nhận\b", re.IGNORECASE)
_PREFIX = re.compile(r"^(\S{1,4}\.)\s")
#: a line that is, or tries to be, an authority line: "KT. GIÁM ĐỐC", "K.T. GIÁM ĐỐC", "KT GIÁM ĐỐC"
_TRIED = re.compile(r"^(?:\S{1,4}\.|(?:TM|KT|TL|TUQ|Q)\b)")


def first(segs: list[Line], test: Callable[[Line], bool]) -> Line | None:
    """The first line that passes ``test``, or None."""
    return next((s for s in segs if test(s)), None)


def same_cell(a: Line, b: Line) -> bool:
    """True when two lines sit in one table cell."""
    return a.para.cell is not None and a.para.cell is b.para.cell


def table_of(para: Para) -> etree._Element | None:
    """The table a paragraph sits in, or None."""
    return next(para.cell.iterancestors("{*}tbl"), None) if para.cell is not None else None


def cell_of(para: Para) -> etree._Element | None:
    """The table cell a paragraph prints in: its own, or for a paragraph of a text box the
    cell the box is anchored in (a signature typed in a text box in its column)."""
    if para.cell is not None or para.container != "textbox":
        return para.cell
    return next(para.el.iterancestors("{*}tc"), None)


def has_authority(line: Line) -> bool:
    """True when a line opens with an authority prefix (TM., KT., TL., TUQ., Q.)."""
    match = _PREFIX.match(line.clean)
    return match is not None and match.group(1) in rules()["quyen_han"]


def find_signature(letter: Letter, title_end: int) -> None:
    """Ô 9b: Nơi nhận with its items; ô 7: the signature beside or above it, after the title
    block (``title_end``) and on evidence only: an authority line (KT. GIÁM ĐỐC), or a title
    and a name in the right-hand column or centred/right-aligned."""
    segs = letter.segments
    label = first(segs[max(letter.pos(letter.ngay), title_end) + 1:],
                  lambda s: bool(NOI_NHAN_RE.match(s.clean)))
    letter.noi_nhan = label
    late = segs[title_end + 1:]
    if label is None:
        _signature_alone(letter, late)
        return
    items: list[Line] = []
    beside: list[Line] = []  # the signature typed right of the Nơi nhận, after a tab or spaces
    for seg in segs[segs.index(label) + 1:]:
        if seg.para.container == "textbox" and label.para.cell is not None and \
                cell_of(seg.para) is label.para.cell:
            continue  # a box anchored among the items ("Qua Email"): no recipient
        if label.para.cell is not None and not same_cell(seg, label):
            break
        if label.para.cell is None and seg.para.segments()[0].clean != seg.clean:
            beside.append(seg)
            continue
        if label.para.cell is None and (seg.para.cell is not None or
                                        (items and seg.clean[:1] not in "-+")):
            break
        items.append(seg)
    while len(items) > 1 and _drafter_code(items[-1], items[-2]):
        items.pop()  # ô 12 under the Nơi nhận, "(Hg)", "PL.(300)": no recipient
    letter.noi_nhan_items = items
    if label.para.cell is not None:
        table = table_of(label.para)
        sign = [s for s in late if (cell := cell_of(s.para)) is not None
                and next(cell.iterancestors("{*}tbl"), None) is table
                and cell is not label.para.cell] or _box_before(late[:late.index(label)])
    else:
        sign = _block_before(late[:late.index(label)], label)
        after = late.index(items[-1]) + 1 if items else late.index(label) + 1
        if beside:
            sign = beside + next(([s] for s in late[after:after + 8] if _is_name(s)), [])
        elif not sign:
            sign = _block_before(late[after:after + 8], label) or \
                _title_above_name_below(late[:late.index(label)], late[after:after + 8], label)
    _split_signature(letter, sign, label, column=label.para.cell is not None or bool(beside))


def _drafter_code(line: Line, above: Line) -> bool:
    """True for the drafter's code and the number of copies (ô 12) on a line of its own under
    the Lưu line, which ends with its full stop: "(Hg)", "PL.(300)" (``ky_hieu_nguoi_soan``)."""
    return above.clean.startswith(("- Lưu", "-Lưu")) and above.clean.endswith(".") and \
        above.para is not line.para and bool(re.match(rules()["ky_hieu_nguoi_soan"], line.clean))


def _box_before(segs: list[Line]) -> list[Line]:
    """The lines of a text box right before a Nơi nhận's table whose other column is empty: a
    signature typed in a box anchored above the table, set right (it still needs an authority
    line, or to be centred)."""
    box: list[Line] = []
    for seg in reversed(segs):
        if seg.para.container != "textbox":
            break
        box.insert(0, seg)
    frames = {s.para.el.getroottree().getpath(next(s.para.el.iterancestors("{*}txbxContent")))
              for s in box}
    return box if box and len(frames) == 1 and _right_half(box[0].para.el) else []


def _right_half(el: etree._Element) -> bool:
    """True when the DrawingML box holding ``el`` is aligned right, or set off from its column
    or margin by at least a third of the text width."""
    anchor = next(el.iterancestors("{*}anchor"), None)
    where = anchor.find("{*}positionH") if anchor is not None else None
    if anchor is None or where is None:
        return False
    align, offset = where.find("{*}align"), where.find("{*}posOffset")
    if align is not None:
        return align.text == "right"
    outer = next(anchor.iterancestors("{*}p"), None)
    return offset is not None and outer is not None and \
        int(offset.text or 0) / EMU_PER_TWIP >= section_width(outer) / 3


def _is_name(seg: Line) -> bool:
    """A line that can be the signer's name: short, not in capitals, no sentence or item."""
    text = seg.clean
    return (not is_upper_vi(text) and len(text) < 50 and not text.endswith((".", ":", ";", ","))
            and not text.startswith(("(", "-", "+")))


def _signature_alone(letter: Letter, late: list[Line]) -> None:
    """A signature with no Nơi nhận (an internal report, a certificate): a bold title and a
    bold name, centred or right of the text, the last lines of the letter or, when an appendix
    follows it ("(Kèm theo ...)"), the last lines before the appendix."""
    note = next((i for i, s in enumerate(late) if re.match(rules()["phu_luc_note"], s.clean)),
                None)
    for tail in (late[-8:], late[max(note - 12, 0):note] if note else []):
        lines = [s for s in tail if s.clean]
        names = [i for i, s in enumerate(lines) if _is_name(s) and _bold(s) and _right(s)]
        if not names or names[-1] == 0:
            continue
        name, title = lines[names[-1]], lines[names[-1] - 1]
        if title.para is name.para or not _bold(title) or not _right(title) or \
                len(title.clean) > 40 or title.clean.endswith((".", ";", ",")):
            continue
        letter.ho_ten, letter.chuc_vu = name, [title]
        return


def _bold(seg: Line) -> bool:
    return bool(seg.runs) and all(r.props.bold for r in seg.runs if r.text.strip())


def _right(seg: Line) -> bool:
    """Centred or right-aligned, or in a column right of the first."""
    return seg.para.props.align in ("center", "right") or seg.para.col > 0


def _block_before(segs: list[Line], label: Line) -> list[Line]:
    """The signature laid out in plain paragraphs: capitals lines, then the name, at the end."""
    def is_name(seg: Line) -> bool:
        return seg.para.cell is None and _is_name(seg)

    end = next((i for i in range(len(segs) - 1, -1, -1) if is_name(segs[i])), None)
    if end is None:
        return []
    above = [s for s in segs[:end] if not _signed_mark(s)]  # "Đã ký" between title and name
    segs, end = [*above, segs[end]], len(above)
    start = end
    if start > 0 and _lower_title(segs[:end + 1], end, label):
        start -= 1  # the title, typed in lower case ("Phó Chủ tịch"): the rules tell its case
    while start > 0 and is_upper_vi(segs[start - 1].clean):
        start -= 1
    return segs[start:end + 1] if start < end else []


def _title_above_name_below(above: list[Line], below: list[Line], label: Line) -> list[Line]:
    """A signature typed in plain paragraphs around the Nơi nhận: its title in capitals pushed
    right just above "Nơi nhận:", its name pushed right under the items (the name carried to
    the next page); both must sit where a signature goes, or there is none."""
    name = next((s for s in below if s.clean), None)
    if name is None or name.para.cell is not None or not _is_name(name) or \
            not _placed(name, label):
        return []
    title: list[Line] = []
    for seg in reversed([s for s in above if s.clean]):
        if seg.para.cell is not None or not is_upper_vi(seg.clean) or not _placed(seg, label):
            break
        title.insert(0, seg)
    return [*title, name] if title else []


def _placed(line: Line, label: Line) -> bool:
    """True when a line sits where a signature goes: right of the Nơi nhận, or centred/right."""
    para = line.para
    if para.cell is not None and label.para.cell is not None and \
            table_of(para) is table_of(label.para) and para.col > label.para.col:
        return True
    if para.cell is None and para.segments()[0].clean != line.clean:
        return True  # typed after a tab or spaces, right of the Nơi nhận
    if para.cell is None and len(para.text) - len(para.text.lstrip(" \t\u00a0")) >= 20:
        return True  # pushed right with the space bar
    return para.props.align in ("center", "right")


def _split_signature(letter: Letter, sign: list[Line], label: Line, column: bool) -> None:
    """The signature's lines split into authority, title and name. ``column``: the lines are
    a column of their own (a table cell, or typed right of the Nơi nhận's items), whose last
    line is the name even when typed in capitals."""
    sign = [s for s in sign if not _signed_mark(s)]
    names = [i for i, s in enumerate(sign) if not is_upper_vi(s.clean)]
    if not names and column and len(sign) >= 2:
        names = [len(sign) - 1]  # a name typed in capitals: still the last line of its column
    if not names:
        return
    last = names[-1]
    # the title right above the name may be typed in lower case ("Phó Chủ tịch"): still the
    # title (the rules tell its case); the capitals above it are the authority lines
    lower = _lower_title(sign, last, label)
    caps: list[Line] = [sign[last - 1]] if lower else []
    for seg in reversed(sign[:last - 1] if lower else sign[:last]):
        if not is_upper_vi(seg.clean):
            break
        caps.insert(0, seg)
    block = [*caps, sign[last]]
    if not caps or not (any(has_authority(s) for s in caps) or
                        all(_placed(s, label) for s in block)):
        return
    letter.ho_ten = sign[last]
    start = _title_start(caps)
    letter.chuc_vu = caps[start:]
    letter.quyen_han = caps[:start]


def _title_start(caps: list[Line]) -> int:
    """Where the title begins in the capitals over the signer's name: at the last line after
    the authority lines (and their wrapped rest) that opens with a title of
    data/chuc_danh.yaml (a long title broken as render breaks it is one; ``GIÁM ĐỐC`` over
    ``PHÓ GIÁM ĐỐC`` is an authority line that lost its mark); at the first line when none is
    or tries to be an authority line and that title names the body it heads, not as a deputy
    (``TỔ TRƯỞNG`` / ``GIÁM ĐỐC SỞ NỘI VỤ``: the head of a Tổ and his post), or when no line
    opens with a title (``VỤ TRƯỞNG VỤ`` / ``GIÁO DỤC PHỔ THÔNG``); else at the last line."""
    tried = [i for i, line in enumerate(caps) if _TRIED.match(line.clean)]
    after = tried[-1] + 1 if tried else 0
    at = [i for i in range(after, len(caps)) if is_chuc_danh(caps[i].clean)][-1:] or [-1]
    title = caps[at[0]].clean
    if at[0] >= 0 and (tried or not at[0] or title.startswith("PHÓ ") or not any(
            title.startswith(t + " ") for t in load_data("chuc_danh.yaml")["chuc_danh"])):
        return at[0]
    return 0 if not tried else len(caps) - 1


def _lower_title(sign: list[Line], name: int, label: Line) -> bool:
    """True when the line right above the name ``sign[name]`` is the signer's title typed in
    lower case ("Phó Chủ tịch", "trưởng phòng kinh tế"): a title of data/chuc_danh.yaml, or a
    line shaped as a title that the layout shows to be one: under an authority line (KT.
    GIÁM ĐỐC), or set with a person's name where a signature goes, the signature's space
    between them."""
    if name == 0 or is_upper_vi(sign[name - 1].clean):
        return False
    title, signer = sign[name - 1], sign[name]
    if is_chuc_danh(title.clean):
        return True
    if not _is_name(title) or _signed_mark(title):
        return False
    if name >= 2 and has_authority(sign[name - 2]) and is_upper_vi(sign[name - 2].clean):
        return True
    return _person(signer.clean) and title.para is not signer.para and \
        signer.para.index - title.para.index > 1 and _placed(title, label) and \
        _placed(signer, label)


def _person(text: str) -> bool:
    """True for a person's name as a signature prints it: two to six words, each with a capital
    and small letters after it.

    >>> _person("Hoàng Thị Hiền"), _person("trưởng phòng"), _person("Đinh Văn Ả"), _person("An")
    (True, False, True, False)
    """
    words = text.split()
    return 2 <= len(words) <= 6 and all(w[:1].isupper() and (len(w) == 1 or w[1:].islower())
                                        and w.isalpha() for w in words)


def _signed_mark(line: Line) -> bool:
    """True for a line standing for the signature on a copy: "(Đã ký)", "[signature]", or a
    mark of data/check_rules.yaml typed without brackets ("Đã ký", "ĐÃ KÝ")."""
    return line.clean.startswith(("(", "[")) or re.match(rules()["da_ky"], line.clean) is not None
