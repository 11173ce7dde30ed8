"""Find the elements of a letter (ô 1 to ô 9b) in tables, text boxes or plain paragraphs."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from ntm_docgen.check.findings import rules
from ntm_docgen.check.reader import Document, Line, Para
from ntm_docgen.loai import Loai, all_loai
from ntm_docgen.text import is_upper_vi, strip_diacritics, upper_vi

SO_RE = re.compile(r"^s[ốo]\s*:", re.IGNORECASE)
NGAY_RE = re.compile(r"\bngày\b.*\btháng\b.*\bnăm\b", re.IGNORECASE)
VV_RE = re.compile(r"^v/v\b", re.IGNORECASE)
KINH_GUI_RE = re.compile(r"^kính\s+gửi\b", re.IGNORECASE)
NOI_NHAN_RE = re.compile(r"^nơi\s+nhận\b", re.IGNORECASE)


def key(text: str) -> str:
    """Text folded for finding an element whatever its case, accents and spacing.

    >>> key("Cộng hòa  xã hội"), key("CỘNG HOÀ XÃ HỘI")
    ('conghoaxahoi', 'conghoaxahoi')
    """
    return re.sub(r"[\s\-–—]", "", strip_diacritics(text).casefold())


@dataclass
class Letter:
    """Where each element of the letter is; an element not found is None or empty."""

    doc: Document
    segments: list[Line]
    quoc_hieu: Line | None = None
    tieu_ngu: Line | None = None
    chu_quan: list[Line] = field(default_factory=list)
    co_quan: list[Line] = field(default_factory=list)
    so: Line | None = None
    ngay: Line | None = None
    vv: list[Line] = field(default_factory=list)
    do_mat: list[Line] = field(default_factory=list)
    do_khan: list[Line] = field(default_factory=list)
    loai: Loai | None = None
    ten_loai: Line | None = None
    trich_yeu: list[Line] = field(default_factory=list)
    kinh_gui: list[Line] = field(default_factory=list)
    can_cu: list[Para] = field(default_factory=list)
    body: list[Para] = field(default_factory=list)
    quyen_han: list[Line] = field(default_factory=list)
    chuc_vu: list[Line] = field(default_factory=list)
    ho_ten: Line | None = None
    noi_nhan: Line | None = None
    noi_nhan_items: list[Line] = field(default_factory=list)
    phu_luc: list[Para] = field(default_factory=list)
    phu_luc_ghi_chu: list[Para] = field(default_factory=list)

    @property
    def is_quyet_dinh(self) -> bool:
        return self.loai is not None and self.loai.layout == "quyet_dinh"

    def pos(self, line: Line | None) -> int:
        return self.segments.index(line) if line is not None else -1


def locate(doc: Document) -> Letter:
    """Find every element of the letter in ``doc``."""
    letter = Letter(doc, [s for p in doc.paras for s in p.segments()])
    segs = letter.segments
    letter.quoc_hieu = _first(segs, lambda s: key(rules()["quoc_hieu"]) in key(s.clean))
    letter.tieu_ngu = _first(segs, lambda s: key(rules()["tieu_ngu"]) in key(s.clean))
    letter.so = _first(segs[:80], lambda s: bool(SO_RE.match(s.clean)))
    letter.ngay = _first(segs[:80], lambda s: bool(NGAY_RE.search(s.clean)) and s is not letter.so)
    head_end = max(letter.pos(letter.so), letter.pos(letter.ngay), letter.pos(letter.tieu_ngu))
    _issuer(letter, head_end)
    _title(letter, head_end)
    _signature(letter)
    _body(letter, head_end)
    _phu_luc(letter)
    return letter


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


def _first(segs: list[Line], test) -> Line | None:
    return next((s for s in segs if test(s)), None)


def _same_cell(a: Line, b: Line) -> bool:
    return a.para.cell is not None and a.para.cell is b.para.cell


def _table(para: Para) -> etree._Element | None:
    return next(para.cell.iterancestors("{*}tbl"), None) if para.cell is not None else None


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
    if len(found) == 1 or first in rules()["ten_ngat_dong"]:
        letter.co_quan = found
        return
    bold = [all(r.props.bold for r in s.runs) for s in found]
    looks_parent = any(re.match(p, first) for p in rules()["chu_quan_patterns"])
    if not bold[0] and any(bold):
        split = bold.index(True)
    elif looks_parent or not any(bold):
        split = 1
    else:
        split = 0
    letter.chu_quan, letter.co_quan = found[:split], found[split:]


def _title(letter: Letter, head_end: int) -> None:
    """Ô 5: tên loại and trích yếu, or the V/v of a công văn; then Kính gửi and căn cứ."""
    segs = letter.segments
    names = {upper_vi(lo.ten): lo for lo in all_loai() if lo.ma}
    after_so = segs[letter.pos(letter.so) + 1:] if letter.so is not None else []
    for seg in after_so[:6]:
        for mark in ("do_mat", "do_khan"):
            if seg.clean in rules()[mark]:
                getattr(letter, mark).append(seg)
    vv = _first(after_so[:6], lambda s: bool(VV_RE.match(s.clean)))
    if vv is not None:
        letter.vv = [vv] + [s for s in segs[segs.index(vv) + 1:segs.index(vv) + 4]
                            if _same_cell(s, vv)]
    start = head_end + 1
    for seg in segs[start:start + 15]:
        if upper_vi(seg.clean) in names and is_upper_vi(seg.clean):
            letter.ten_loai, letter.loai = seg, names[upper_vi(seg.clean)]
            break
    if letter.ten_loai is not None:
        i = segs.index(letter.ten_loai) + 1
        while i < len(segs) and len(letter.trich_yeu) < 8:
            seg = segs[i]
            if is_upper_vi(seg.clean) or _starts(seg.clean, "can_cu_prefixes") or \
                    KINH_GUI_RE.match(seg.clean) or \
                    seg.para.props.align == "both" or \
                    (letter.trich_yeu and seg.para.props.align != "center"):
                break
            letter.trich_yeu.append(seg)
            i += 1
    gui = _first(segs[start:start + 40], lambda s: bool(KINH_GUI_RE.match(s.clean)))
    if gui is not None:
        letter.kinh_gui = [gui]
        for seg in segs[segs.index(gui) + 1:]:
            if not seg.clean.startswith("-"):
                break
            letter.kinh_gui.append(seg)


def _starts(text: str, what: str) -> bool:
    return any(text.startswith(p) for p in rules()[what])


def _signature(letter: Letter) -> None:
    """Ô 7 and ô 9b: Nơi nhận with its items, and the signature beside or above it."""
    segs = letter.segments
    label = _first(segs[letter.pos(letter.ngay) + 1:], lambda s: bool(NOI_NHAN_RE.match(s.clean)))
    letter.noi_nhan = label
    if label is None:
        return
    items: list[Line] = []
    for seg in segs[segs.index(label) + 1:]:
        if label.para.cell is not None and not _same_cell(seg, label):
            break
        if label.para.cell is None and (seg.para.cell is not None or
                                        (items and seg.clean[:1] not in "-+")):
            break
        items.append(seg)
    letter.noi_nhan_items = items
    if label.para.cell is not None:
        table = _table(label.para)
        sign = [s for s in segs if _table(s.para) is table and s.para.cell is not label.para.cell]
    else:
        sign = _block_before(segs[:segs.index(label)])
        if not sign:
            after = segs.index(items[-1]) + 1 if items else segs.index(label) + 1
            sign = _block_before(segs[after:after + 8])
    _split_signature(letter, sign)


def _block_before(segs: list[Line]) -> list[Line]:
    """The signature laid out in plain paragraphs: capitals lines, then the name, at the end."""
    def is_name(seg: Line) -> bool:
        text = seg.clean
        return (seg.para.cell is None and not is_upper_vi(text) and len(text) < 50
                and not text.endswith((".", ":", ";", ",")) and not text.startswith(("(", "-")))

    end = next((i for i in range(len(segs) - 1, -1, -1) if is_name(segs[i])), None)
    if end is None:
        return []
    start = end
    while start > 0 and is_upper_vi(segs[start - 1].clean):
        start -= 1
    return segs[start:end + 1] if start < end else []


def _split_signature(letter: Letter, sign: list[Line]) -> None:
    sign = [s for s in sign if not s.clean.startswith("(")]
    names = [i for i, s in enumerate(sign) if not is_upper_vi(s.clean)]
    if not names:
        return
    last = names[-1]
    letter.ho_ten = sign[last]
    caps: list[Line] = []
    for seg in reversed(sign[:last]):
        if not is_upper_vi(seg.clean):
            break
        caps.insert(0, seg)
    if caps:
        letter.chuc_vu = [caps[-1]]
        letter.quyen_han = caps[:-1]


def _body(letter: Letter, head_end: int) -> None:
    """Ô 6: the paragraphs between the title block and the signature, tables left out."""
    segs = letter.segments
    marks = [letter.pos(s) for s in (letter.ten_loai, *letter.trich_yeu, *letter.vv,
                                     *letter.kinh_gui)]
    last = max([head_end, *marks])
    first_para = segs[last].para.index + 1 if 0 <= last < len(segs) else 0
    stop_at = [s for s in (*letter.quyen_han, *letter.chuc_vu, letter.ho_ten, letter.noi_nhan)
               if s is not None]
    if letter.noi_nhan is not None and letter.noi_nhan.para.cell is not None:
        table = _table(letter.noi_nhan.para)
        stop_at += [s for s in segs if _table(s.para) is table]
    end = min([s.para.index for s in stop_at], default=len(letter.doc.paras))
    for para in letter.doc.paras[first_para:end]:
        if para.clean and para.container == "body":
            letter.body.append(para)
    i = 0
    while i < len(letter.body) and not _starts(letter.body[i].clean, "can_cu_prefixes"):
        i += 1
        if i > 3:
            return
    tail = "can_cu_tail" if letter.is_quyet_dinh else "can_cu_prefixes"
    while i < len(letter.body) and (_starts(letter.body[i].clean, "can_cu_prefixes")
                                    or _starts(letter.body[i].clean, tail)):
        letter.can_cu.append(letter.body[i])
        i += 1
