"""Find the elements of a letter (ô 1 to ô 9b) in tables, text boxes or plain paragraphs."""

from __future__ import annotations

import re

from ntm_docgen.check.anchors import lines_in
from ntm_docgen.check.elements import Letter, key
from ntm_docgen.check.findings import rules
from ntm_docgen.check.locate_sign import find_signature, same_cell
from ntm_docgen.check.locate_sign import first as _first
from ntm_docgen.check.locate_sign import same_cell as _same_cell
from ntm_docgen.check.locate_sign import table_of as _table
from ntm_docgen.check.paras import Line, Para
from ntm_docgen.check.reader import Document
from ntm_docgen.check.rulers_found import printed_lower, typed_rule
from ntm_docgen.vietnamese.loai import split_heading
from ntm_docgen.vietnamese.text import is_upper_vi, upper_vi

#: the number line: "Số: 15/QĐ-UBND", or typed without its colon ("Số 15/QĐ-UBND", "Số    /UBND"),
#: a number or a blank, then the slash and a ký hiệu
SO_RE = re.compile(r"^s[ốo]\s*:|^s[ốo]\s+[\d.…_ ]{0,12}/\s*[a-zđ0-9]", re.IGNORECASE)
#: The words of a date line, in this order (looked for one after the other: a pattern
#: ``ngày.*tháng.*năm`` rescans the line from every "ngày").
NGAY_WORDS = tuple(re.compile(word, re.IGNORECASE) for word in (r"\bngày", "tháng", "năm"))
#: a place and date line: "Lào Cai, ngày ..." (a date inside a sentence is not one)
PLACE_DATE_RE = re.compile(r"^[^,;:.]{2,40},\s*ngày", re.IGNORECASE)
VV_RE = re.compile(r"^v/v\b", re.IGNORECASE)
KINH_GUI_RE = re.compile(r"^kính\s+gửi\b", re.IGNORECASE)


def locate(doc: Document) -> Letter:
    """Find every element of the letter in ``doc``."""
    letter = Letter(doc, [s for p in doc.paras for s in p.segments()])
    segs = letter.segments
    letter.quoc_hieu = _first(segs, lambda s: key(rules()["quoc_hieu"]) in key(s.clean))
    letter.tieu_ngu = _first(segs, lambda s: key(rules()["tieu_ngu"]) in key(s.clean))
    letter.so = _first(segs[:80], lambda s: bool(SO_RE.match(s.clean)))
    letter.ngay = _first(segs[:80], lambda s: s is not letter.so and _head_date(letter, s))
    head_end = max(letter.pos(letter.so), letter.pos(letter.ngay), letter.pos(letter.tieu_ngu))
    if letter.ngay is None:  # a permit prints its place and date at the end, over the signature
        letter.ngay = _first(segs, lambda s: bool(PLACE_DATE_RE.match(s.clean)
                                                  and has_date_words(s.clean)))
    _issuer(letter, head_end)
    _title(letter, head_end)
    find_signature(letter, _title_end(letter, head_end))
    _body(letter, head_end)
    _phu_luc(letter)
    return letter


def _head_date(letter: Letter, seg: Line) -> bool:
    """True when ``seg`` is the header's place and date: in the header table, or a place and
    date line near the number."""
    if not has_date_words(seg.clean):
        return False
    near = max(letter.pos(letter.so), letter.pos(letter.tieu_ngu)) + 6
    if (PLACE_DATE_RE.match(seg.clean) or seg.clean.casefold().startswith("ngày")) and \
            letter.segments.index(seg) <= near:
        return True
    marks = [s for s in (letter.quoc_hieu, letter.so) if s is not None]
    return any(_table(seg.para) is not None and _table(seg.para) is _table(m.para) for m in marks)


def _phu_luc(letter: Letter) -> None:
    """Appendices after the signature: each one's heading and title, and its italic note."""
    ends = [s.para.index for s in (letter.ho_ten, letter.noi_nhan, *letter.noi_nhan_items) if s]
    if not ends:
        return
    table = _table(letter.noi_nhan.para) if letter.noi_nhan is not None else None
    paras = [p for p in letter.doc.paras[max(ends) + 1:]
             if p.clean and p.container == "body" and (table is None or _table(p) is not table)]
    for i, para in enumerate(paras):
        if not re.match(rules()["phu_luc_note"], para.clean):
            continue
        letter.phu_luc_ghi_chu.append(para)
        title: list[Para] = []
        j = i - 1
        while j >= 0 and len(title) < 4 and paras[j].props.align == "center" \
                and not paras[j].clean.startswith("(") and paras[j] not in letter.phu_luc:
            title.insert(0, paras[j])
            j -= 1
        letter.phu_luc += title


def _issuer(letter: Letter, head_end: int) -> None:
    """Ô 2: the CAPS lines left of the Quốc hiệu, above the number; parent first, then issuer."""
    end = letter.pos(letter.so) if letter.so is not None else head_end
    found = []
    for seg in letter.segments[:max(end, 0)]:
        if seg in (letter.quoc_hieu, letter.tieu_ngu) or not is_upper_vi(seg.clean):
            continue
        if letter.quoc_hieu is not None and _same_cell(seg, letter.quoc_hieu):
            continue
        so = letter.so.para if letter.so is not None else None
        if so is not None and so.cell is not None and \
                (_table(seg.para) is not _table(so) or seg.para.col != so.col):
            continue
        found.append(seg)
    if not found:
        return
    first = upper_vi(found[0].clean)
    bold = [all(r.props.bold for r in s.runs) for s in found]
    if first in rules()["ten_ngat_dong"] and len(found) == 2:
        letter.co_quan = found  # ỦY BAN NHÂN DÂN / TỈNH ...: one name over two lines
        return
    if all(bold) and all(runs_on(s.clean) for s in found[:-1]):
        letter.co_quan = found  # SỞ NÔNG NGHIỆP VÀ / MÔI TRƯỜNG: one name wrapped, all bold
        return
    if len(found) > 1 and not bold[0] and any(bold):
        # a parent (not bold, maybe wrapped over lines) above a bold issuer
        letter.chu_quan, letter.co_quan = found[:bold.index(True)], found[bold.index(True):]
        return
    if len(found) == 1 or first in rules()["ten_ngat_dong"]:
        letter.co_quan = found
        return
    looks_parent = any(re.match(p, first) for p in rules()["chu_quan_patterns"])
    split = 1 if looks_parent or not any(bold) else 0
    letter.chu_quan, letter.co_quan = found[:split], found[split:]


def runs_on(text: str) -> bool:
    """True when a line of a name stops short of its end and the name goes on below: it ends
    with a joining word (VÀ, CỦA), a level without its place (XÃ, TỈNH), a comma or a hyphen.

    >>> runs_on("SỞ NÔNG NGHIỆP VÀ"), runs_on("ỦY BAN NHÂN DÂN XÃ"), runs_on("SỞ Y TẾ")
    (True, True, False)
    """
    words = upper_vi(text).rstrip().split()
    if not words:
        return False
    return words[-1] in rules()["ten_noi_tiep"] or words[-1][-1] in ",-–" or \
        " ".join(words[-2:]) in rules()["ten_noi_tiep"]


def _title(letter: Letter, head_end: int) -> None:
    """Ô 5: tên loại and trích yếu, or the V/v of a công văn; then Kính gửi and căn cứ."""
    segs = letter.segments
    after_so = segs[letter.pos(letter.so) + 1:] if letter.so is not None else []
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
            if not _same_cell(seg, vv) or seg in (*letter.do_mat, *letter.do_khan):
                break
            letter.vv.append(seg)
    start = head_end + 1
    for n, seg in enumerate(segs[start:start + 15] if not letter.vv else []):
        heading = split_heading(seg.clean) if is_upper_vi(seg.clean) else None
        if heading is not None and (not heading.words or n < 3) and \
                (heading.loai is None or heading.loai.ma):
            letter.ten_loai, letter.loai, letter.nhom = seg, heading.loai, heading.nhom
            break
    if letter.ten_loai is not None:
        letter.trich_yeu = _trich_yeu(letter, letter.ten_loai)
        rest = split_heading(letter.ten_loai.clean)
        if rest is not None and rest.words:  # GIẤY MỜI HỌP: the trích yếu starts in the heading
            letter.trich_yeu.insert(0, letter.ten_loai)
    gui = _first(segs[start:start + 40], lambda s: bool(KINH_GUI_RE.match(s.clean)))
    if gui is not None:
        letter.kinh_gui = [gui]
        for seg in segs[segs.index(gui) + 1:]:
            above = letter.kinh_gui[-1]
            runs_on = not above.clean.endswith((";", ".", ":")) and len(seg.clean) <= 70 and \
                (seg.para.props.align == "center" or same_cell(seg, above)) and \
                len(letter.kinh_gui) < 30
            if not seg.clean.startswith("-") and not seg.para.bullet and not runs_on:
                break
            letter.kinh_gui.append(seg)


def _names_a_type(seg: Line) -> bool:
    """True when a line is a tên loại of Phụ lục III alone (THÔNG BÁO, QUYẾT ĐỊNH)."""
    heading = split_heading(seg.clean) if is_upper_vi(seg.clean) else None
    return heading is not None and not heading.words and heading.loai is not None and \
        bool(heading.loai.ma)


def _trich_yeu(letter: Letter, ten_loai: Line) -> list[Line]:
    """Ô 5a by position: the centred lines right under the tên loại, down to the rule.

    The first line is taken even when it is not centred (the align rule reports it), unless
    it is plainly the start of the body: justified, a căn cứ, or Kính gửi.
    """
    segs = letter.segments
    out: list[Line] = []
    previous = ten_loai
    for seg in segs[segs.index(previous) + 1:]:
        if len(out) == 8 or KINH_GUI_RE.match(seg.clean):
            break
        if typed_rule(seg.clean):
            break
        if is_upper_vi(seg.clean) and (out or seg.para.props.align != "center" or
                                       not seg.clean.startswith("VỀ ")):
            break
        if out and _ruled_between(letter, previous, seg):
            break
        if seg.clean.startswith("("):  # (Ban hành kèm theo ...): a note, not the trích yếu
            break
        align = seg.para.props.align
        if out and align != "center":
            break
        if not out and align != "center" and (align in ("both", "distribute") or
                                                _starts(seg.clean, "can_cu_prefixes")):
            break
        out.append(seg)
        previous = seg
    return out


def _ruled_between(letter: Letter, above: Line, below: Line) -> bool:
    """True when a rule (border or line shape) is drawn between two lines."""
    if above.para is below.para:
        return False
    paras = letter.doc.paras[above.para.index:below.para.index + 1]
    return ("bottom" in above.para.props.borders or "top" in below.para.props.borders or
            any(p.has_line_shape or p.props.borders for p in paras[1:-1]) or
            any(not printed_lower(line, above.para) for line in lines_in(above.para.el)))


def _starts(text: str, what: str) -> bool:
    return any(text.startswith(p) for p in rules()[what])


def _title_end(letter: Letter, head_end: int) -> int:
    """The position of the last line of the header and title block (Kính gửi included)."""
    marks = [letter.pos(s) for s in (letter.ten_loai, *letter.trich_yeu, *letter.vv,
                                     *letter.kinh_gui)]
    return max([head_end, *marks])


def _body(letter: Letter, head_end: int) -> None:
    """Ô 6: the paragraphs between the title block and the signature, tables left out."""
    segs = letter.segments
    last = _title_end(letter, head_end)
    first_para = segs[last].para.index + 1 if 0 <= last < len(segs) else 0
    stop_at = [s for s in (*letter.quyen_han, *letter.chuc_vu, letter.ho_ten, letter.noi_nhan)
               if s is not None]
    if letter.noi_nhan is not None and letter.noi_nhan.para.cell is not None:
        table = _table(letter.noi_nhan.para)
        stop_at += [s for s in segs if _table(s.para) is table]
    end = min([s.para.index for s in stop_at], default=len(letter.doc.paras))
    dated = letter.ngay.para if letter.ngay is not None else None  # a permit's, over the
    for para in letter.doc.paras[first_para:end]:                   # signature: no body text
        if para.clean and para.container == "body" and not typed_rule(para.clean) and \
                para is not dated:
            letter.body.append(para)
    i = 0
    while i < len(letter.body) and not _starts(letter.body[i].clean, "can_cu_prefixes"):
        i += 1
        if i > 3:
            return
    tail = "can_cu_tail" if letter.is_quyet_dinh else "can_cu_prefixes"
    typo = re.compile(rules()["can_cu_typo"])
    while i < len(letter.body) and (_starts(letter.body[i].clean, "can_cu_prefixes")
                                    or _starts(letter.body[i].clean, tail)
                                    or (letter.can_cu and typo.match(letter.body[i].clean))):
        if letter.can_cu and letter.body[i].clean.endswith(":"):
            break  # "Thực hiện ..., Sở hướng dẫn như sau:" opens the body
        letter.can_cu.append(letter.body[i])
        i += 1


def has_date_words(text: str) -> bool:
    """Whether ``ngày``, ``tháng`` and ``năm`` stand in ``text`` in that order.

    >>> has_date_words("Hà Nội, ngày 05 tháng 01 năm 2026"), has_date_words("năm, tháng, ngày")
    (True, False)
    """
    position = 0
    for word in NGAY_WORDS:
        found = word.search(text, position)
        if found is None:
            return False
        position = found.end()
    return True
