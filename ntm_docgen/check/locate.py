"""Find the elements of a letter (ô 1 to ô 9b) in tables, text boxes or plain paragraphs."""

from __future__ import annotations

import re

from ntm_docgen.check.appendices import form_lines
from ntm_docgen.check.elements import Letter, key
from ntm_docgen.check.findings import rules
from ntm_docgen.check.locate_sign import find_signature
from ntm_docgen.check.locate_sign import first as _first
from ntm_docgen.check.locate_sign import same_cell as _same_cell
from ntm_docgen.check.locate_sign import table_of as _table
from ntm_docgen.check.locate_title import find_title, starts
from ntm_docgen.check.paras import Line, Para
from ntm_docgen.check.reader import Document
from ntm_docgen.check.rulers_found import typed_rule
from ntm_docgen.vietnamese.loai import split_heading
from ntm_docgen.vietnamese.text import is_upper_vi, upper_vi

#: the number line: "Số: 15/QĐ-UBND", or typed without its colon ("Số 15/QĐ-UBND", "Số    /UBND"),
#: a number or a blank, then the slash and a ký hiệu
SO_RE = re.compile(r"^s[ốo]\s*:|^s[ốo]\s+[\d.…_ ]{0,12}/\s*[a-zđ0-9]", re.IGNORECASE)
#: The words of a date line, in this order (looked for one after the other: a pattern
#: ``ngày.*tháng.*năm`` rescans the line from every "ngày").
#: a date that a sentence goes on after: "..., năm 2025, tại trụ sở ..."
YEAR_GOES_ON = re.compile(r"\bnăm\s+\d{4}\s*,\s*\w", re.IGNORECASE)
NGAY_WORDS = tuple(re.compile(word, re.IGNORECASE) for word in (r"\bngày", "tháng", "năm"))
#: a place and date line: "Lào Cai, ngày ..." (a date inside a sentence is not one)
PLACE_DATE_RE = re.compile(r"^[^,;:.]{2,40},\s*ngày", re.IGNORECASE)


def locate(doc: Document, end: int | None = None) -> Letter:
    """Find every element of the letter in ``doc``, in its paragraphs before ``end`` (where a
    copy block begins) when given."""
    letter = Letter(doc, [s for p in doc.paras[:end] for s in p.segments()])
    # a text that opens with its title over "(Kèm theo Quyết định ...)" has its header, if
    # any, above the note: a Quốc hiệu, a number or a date further on is a form's it holds
    opening = _opening_note(letter.segments)
    segs = letter.segments[:opening] if opening is not None else letter.segments
    letter.quoc_hieu = _first(segs, lambda s: key(rules()["quoc_hieu"]) in key(s.clean))
    letter.tieu_ngu = _first(segs, lambda s: key(rules()["tieu_ngu"]) in key(s.clean))
    # "Số" is printed in small letters: a "SỐ 1050/QĐ-SCT" in capitals is part of a name (ĐOÀN
    # KIỂM TRA / THEO QUYẾT ĐỊNH / SỐ ...) unless no other number line is there
    # the header's number comes before the tên loại: a "Số:" under a type's heading (an
    # appendix's "(Kèm theo Giấy chứng nhận / Số: ...)") is no number line
    heading = _first(segs[:80], _names_a_type)
    numbered = [s for s in segs[:segs.index(heading) if heading is not None else 80]
                if SO_RE.match(s.clean)]
    letter.so = next((s for s in numbered if not is_upper_vi(s.clean)), _first(numbered, bool))
    letter.ngay = _first(segs[:80], lambda s: s is not letter.so and _head_date(letter, s))
    head_end = max(letter.pos(letter.so), letter.pos(letter.ngay), letter.pos(letter.tieu_ngu))
    if letter.ngay is None and opening is None:  # a permit prints its place and date at the end
        letter.ngay = _first(segs, lambda s: bool(PLACE_DATE_RE.match(s.clean)
                                                  and has_date_words(s.clean)
                                                  and not in_a_sentence(s.clean)))
    if letter.quoc_hieu is None:
        data = rules()["dang"]
        letter.dang = _first(segs[:data["header_lines"]],
                             lambda s: upper_vi(s.clean) == data["mark"])
    find_issuer(letter, head_end)
    find_title(letter, head_end)
    title = _first(segs, lambda s: bool(s.clean))
    letter.phu_luc_rieng = title is not None and letter.quoc_hieu is None and \
        bool(letter.kem_theo) and bool(re.match(rules()["kem_theo"]["phu_luc_title"],
                                                upper_vi(title.clean)))
    find_signature(letter, _title_end(letter, head_end))
    _body(letter, head_end)
    if letter.phu_luc_rieng:  # the forms it holds are laid out by their ministries' rules
        forms = form_lines(doc.paras[:end])
        letter.forms = [p for p in letter.body if p.index in forms]
        letter.body = [p for p in letter.body if p.index not in forms]
    _phu_luc(letter)
    return letter


def _opening_note(segs: list[Line]) -> int | None:
    """The position of the note "(Kèm theo Quyết định số ...)" when it stands among the
    text's first printed lines, every line above it centred (a title, in capitals or "Phụ
    lục"), none a Quốc hiệu or a number line: a text a decision issues (a Quy chế, a phụ lục
    kept as a file of its own); None otherwise."""
    note = re.compile(rules()["kem_theo"]["note"])
    printed = [(n, s) for n, s in enumerate(segs[:40]) if s.clean][:8]
    for at, (n, seg) in enumerate(printed):
        if note.match(seg.clean):
            above = [s for _, s in printed[:at]]
            return n if above and all(s.para.props.align == "center" and not SO_RE.match(
                s.clean) and key(rules()["quoc_hieu"]) not in key(s.clean)
                for s in above) else None
    return None


def _head_date(letter: Letter, seg: Line) -> bool:
    """True when ``seg`` is the header's place and date: in the header table, or a place and
    date line near the number."""
    if not has_date_words(seg.clean) or in_a_sentence(seg.clean):
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
                and not paras[j].clean.startswith("(") and paras[j] not in letter.phu_luc \
                and not any(p.clean for p in letter.doc.paras[paras[j].index + 1:
                                                                 paras[j + 1].index]):
            title.insert(0, paras[j])  # its title stands right above it: no table between
            j -= 1
        letter.phu_luc += title


def find_issuer(letter: Letter, head_end: int) -> None:
    """Ô 2: the CAPS lines left of the Quốc hiệu, above the number; parent first, then issuer."""
    end = letter.pos(letter.so) if letter.so is not None else head_end
    found = []
    for seg in letter.segments[:max(end, 0)]:
        if seg in (letter.quoc_hieu, letter.tieu_ngu, letter.dang) or \
                not is_upper_vi(seg.clean):
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
    goes_on = any(upper_vi(s.clean).split()[:1] == ["VÀ"] for s in found[1:])
    if all(bold) and (all(runs_on(s.clean) for s in found[:-1]) or runs_on(found[0].clean)
                      or goes_on):  # BỘ TÀI NGUYÊN / VÀ MÔI TRƯỜNG: a line opening with "và"
        letter.co_quan = found  # SỞ NÔNG NGHIỆP VÀ / MÔI TRƯỜNG: one name wrapped, all bold
        return  # (joint issuers "BỘ CÔNG AN - BỘ Y TẾ -" / ...: a name that runs on at first)
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


def _title_end(letter: Letter, head_end: int) -> int:
    """The position of the last line of the header and title block (Kính gửi included)."""
    marks = [letter.pos(s) for s in (letter.ten_loai, *letter.trich_yeu, *letter.kem_theo,
                                     *letter.vv, *letter.kinh_gui)]
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
    while i < len(letter.body) and not starts(letter.body[i].clean, "can_cu_prefixes"):
        i += 1
        if i > 3:
            return
    closed = _preamble_end(letter, i) if letter.is_quyet_dinh else None
    if closed is not None:
        letter.can_cu = letter.body[i:closed]
        return
    tail = "can_cu_tail" if letter.is_quyet_dinh else "can_cu_prefixes"
    typo = re.compile(rules()["can_cu_typo"])
    while i < len(letter.body) and (starts(letter.body[i].clean, "can_cu_prefixes")
                                    or starts(letter.body[i].clean, tail)
                                    or (letter.can_cu and typo.match(letter.body[i].clean))):
        if letter.body[i].clean.endswith(":"):
            break  # "Thực hiện ..., Sở hướng dẫn như sau:" opens the body
        letter.can_cu.append(letter.body[i])
        i += 1


def _preamble_end(letter: Letter, start: int) -> int | None:
    """Where a quyết định's căn cứ end: its "QUYẾT ĐỊNH:" (a nghị quyết's "QUYẾT NGHỊ:") line.
    Every line from ``start`` to it is a căn cứ, whatever its first words ("Sau khi thống nhất
    với ...", "Xét Báo cáo ..."), as the decree's form lays them; None when an Điều comes first.
    """
    ends = {key(name) for name in rules()["can_cu_end"]}
    for j in range(start, min(start + 30, len(letter.body))):
        text = letter.body[j].clean
        if key(text.rstrip(":")) in ends:
            return j
        if re.match(rules()["body"]["dieu_marker"], text):
            return None
    return None


def in_a_sentence(text: str) -> bool:
    """Whether a date stands inside a sentence that goes on after its year, as a biên bản's
    opening does; a place and date line ends with the year.

    >>> in_a_sentence("Hôm nay, ngày 14 tháng 11 năm 2025, tại trụ sở Cục Hóa chất")
    True
    >>> in_a_sentence("Lào Cai, ngày 01 tháng 7 năm 2026")
    False
    >>> in_a_sentence("Hà Nội, ngày      tháng      năm 2026.")
    False
    """
    return bool(YEAR_GOES_ON.search(text))


def _names_a_type(seg: Line) -> bool:
    """True when a line in capitals is a heading that opens with the name of a type (BIÊN BẢN
    THẨM ĐỊNH, GIẤY CHỨNG NHẬN)."""
    if not is_upper_vi(seg.clean):
        return False
    heading = split_heading(seg.clean)
    return heading is not None and (heading.loai is not None or bool(heading.nhom))


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
