"""Turn a Spec into the values the templates print: every decree formatting rule applied here."""

from __future__ import annotations

import math
import re
from datetime import date
from functools import lru_cache
from typing import Any

from ntm_docgen.files.ooxml import paragraph, ppr, rpr, run
from ntm_docgen.letter import layout_rules as L
from ntm_docgen.letter.fit import fitted, text_width
from ntm_docgen.letter.markup import body_paragraph, body_xml
from ntm_docgen.letter.phuluc import phu_luc_context as phu_luc_context  # importable here
from ntm_docgen.letter.printed import RawXml, xml_text
from ntm_docgen.letter.repeats import without_repeats
from ntm_docgen.letter.spec import ChuKy, CoQuan, Spec
from ntm_docgen.letter.spec_warnings import spec_warnings as spec_warnings  # importable here
from ntm_docgen.vietnamese.text import dia_danh_ngay, so_ky_hieu, upper_vi

_END = ";.,:"  # the punctuation a Nơi nhận line may end with


def issuer_rule_indent(lines: list[str], cell_text: int = L.ISSUER_CELL_TEXT) -> int:
    """Indent on each side of the rule under the issuer: 40 % of its longest line, centred in
    a cell with ``cell_text`` twips of text width."""
    longest = max((text_width(line, L.SIZE_CO_QUAN) for line in lines), default=0)
    rule = round(min(longest, cell_text) * 0.4)
    return max((cell_text - rule) // 2, 0)


def printed_lines(items: list[str], width: int = L.NOI_NHAN_CELL_TEXT) -> int:
    """How many lines the Nơi nhận items take at 11 pt in their column.

    >>> printed_lines(["- Như trên;", "- Lưu: VT."]), printed_lines(["- " + "x" * 200 + ";"])
    (2, 6)
    """
    return sum(max(1, math.ceil(text_width(item, L.SIZE_NOI_NHAN, bold=False) / width))
               for item in items)


def date_half_points(line: str) -> int:
    """Ô 4 stays on one line: 14 pt, or 13 pt (the decree's range) when a long place name
    would wrap it at 14 (w:sz is in half-points).

    >>> date_half_points("Lạng Sơn, ngày 05 tháng 01 năm 2026")
    28
    >>> date_half_points("Thành phố Hồ Chí Minh, ngày 15 tháng 12 năm 2026")
    26
    """
    fits = text_width(line, L.SIZE_NGAY, bold=False) <= L.MOTTO_CELL_TEXT
    return round(2 * (L.SIZE_NGAY if fits else L.SIZE_NGAY_LONG))


def trich_yeu_rule_indent(lines: list[str], width: int = L.TEXT_WIDTH) -> int:
    """Indent on each side of the rule under the trích yếu: 1/3-1/2 of its longest printed line
    (40 % drawn), centred; a line longer than the text width wraps, so it counts as that width.

    >>> trich_yeu_rule_indent(["Tổng kết phong trào thi đua"]) > trich_yeu_rule_indent(["x" * 200])
    True
    """
    longest = max((text_width(line, L.SIZE_TRICH_YEU) for line in lines), default=0)
    rule = round(min(longest, width) * L.TRICH_YEU_RULE_SHARE)
    return max((width - rule) // 2, 0)


def noi_nhan_items(spec_items: tuple[str, ...], luu: str | None, don_vi: str | None,
                   after_kinh_gui: bool) -> list[str]:
    """The Nơi nhận list as printed: ``- X;`` each (``- X:`` over its parts ``+ Y;``), ``- Như
    trên;`` first after a Kính gửi, ``- Lưu: VT, ...`` last.

    >>> noi_nhan_items(("Ban TĐKT Trung ương", "UBND tỉnh (b/c)"), "VT, BTĐKT", None, False)
    ['- Ban TĐKT Trung ương;', '- UBND tỉnh (b/c);', '- Lưu: VT, BTĐKT.']
    >>> noi_nhan_items((), None, "TH", True)
    ['- Như trên;', '- Lưu: VT, TH.']
    """
    items = list(spec_items)
    if after_kinh_gui and not (items and items[0].lower().startswith("như trên")):
        items.insert(0, "Như trên")
    return [f"- {item}" if item.endswith(":") else f"{item};" if item.startswith("+ ")
            else f"- {item};" for item in items] + [f"- Lưu: {luu_text(luu, don_vi)}."]


def luu_text(luu: str | None, don_vi: str | None) -> str:
    """What the ``- Lưu:`` line says: ``luu``, else the văn thư and the drafting unit.

    >>> luu_text(None, "TH"), luu_text(None, None), luu_text("VT, KT", "TH")
    ('VT, TH', 'VT', 'VT, KT')
    """
    return luu or ", ".join(x for x in ("VT", don_vi) if x)


def punctuate(lines: tuple[str, ...], last: str | None) -> list[str]:
    """End every line with ``;``, and the last with ``last`` (kept as written when None).

    >>> punctuate(("Căn cứ A", "Căn cứ B;"), ".")
    ['Căn cứ A;', 'Căn cứ B.']
    """
    out = [line.rstrip(_END) + ";" for line in lines[:-1]]
    if lines:
        final = lines[-1]
        out.append(final.rstrip(_END) + last if last else final)
    return out


@lru_cache(maxsize=1)
def _kinh_gui_line() -> tuple[str, int, str, str]:
    """What every one-line Kính gửi shares: the run properties, the label's width, and the
    paragraph up to the recipient's run and after it."""
    props = rpr(L.SIZE_BODY)
    head, tail = paragraph(run("Kính gửi: ", props) + "\0", ppr(align="center", before=12,
                                                                 after=6)).split("\0")
    return props, text_width("Kính gửi: ", L.SIZE_BODY, bold=False), head, tail


def kinh_gui_xml(recipients: tuple[str, ...]) -> str:
    """Ô 9a: one recipient on the Kính gửi line; several one per line with ``-`` and ``;``."""
    if not recipients:
        return ""
    props, label, head, tail = _kinh_gui_line()
    start = L.KINH_GUI_INDENT
    if len(recipients) == 1:
        one = recipients[0]
        if label + text_width(one, L.SIZE_BODY, bold=False) <= L.TEXT_WIDTH:
            return head + run(one, props) + tail
        # too long for one line: the name hangs after the label, as in the list form
        runs = run("Kính gửi:\t", props) + run(one, props)
        return paragraph(runs, ppr(align="left", before=12, after=6, left=start,
                                   hanging=label + 60, tabs=(start,)))
    out = []
    items = punctuate(tuple(f"- {r}" for r in recipients), ".")
    for index, item in enumerate(items):
        if index == 0:
            runs = run("Kính gửi:\t", props) + run(item, props)
            pp = ppr(align="left", before=12, left=start, hanging=label + 60, tabs=(start,))
        else:
            runs = run(item, props)
            pp = ppr(align="left", left=start, after=6 if index == len(items) - 1 else 0)
        out.append(paragraph(runs, pp))
    return "".join(out)


def can_cu_xml(can_cu: tuple[str, ...], quyet_dinh: bool) -> str:
    """Căn cứ lines: in a Quyết định italic, ``;`` each and ``.`` last; elsewhere plain body."""
    if not can_cu:
        return ""
    lines = punctuate(can_cu, "." if quyet_dinh else None)
    if not quyet_dinh and not lines[-1].endswith(tuple(_END)):
        lines[-1] += ";"
    return "".join(body_paragraph(line.replace("*", "\\*"), italic=quyet_dinh)
                   for line in lines)  # căn cứ are plain text: no ** or * markup


def issue_date(spec: Spec, today: date) -> str:
    return dia_danh_ngay(spec.dia_danh, spec.ngay, spec.nam or today.year, spec.thang)


def letter_context(spec: Spec, today: date) -> dict[str, Any]:
    """Every value the letter templates print.

    Each part is laid out by a function of only the fields it prints, and remembered: bulk
    letters differ in a few fields, and the rest is laid out once for all of them.
    """
    issuer = _issuer(spec.co_quan)
    summary = _summary(spec.trich_yeu)
    dated = _dated(spec.dia_danh, spec.ngay, spec.nam or today.year, spec.thang)
    closing = _closing(spec.noi_nhan, spec.luu, spec.don_vi, bool(spec.kinh_gui))
    signature = _signature(spec.ky)
    return {
        "chu_quan_lines": list(issuer[0]),
        "co_quan_lines": list(issuer[1]),
        "co_quan_rule": issuer[2],
        "so_ky_hieu": so_ky_hieu(spec.so, spec.ky_hieu),
        "do_mat": spec.do_mat,
        "do_khan": spec.do_khan,
        "khan_box": L.KHAN_BOX_WIDTH[spec.do_khan] if spec.do_khan else 0,
        "dia_danh_ngay": dated[0],
        "ngay_sz": dated[1],
        "ten_loai": spec.loai.ten_hoa,
        # the line before the articles: a Nghị quyết resolves, a Quyết định decides
        "quyet": "QUYẾT NGHỊ" if spec.loai.ma == "NQ" else "QUYẾT ĐỊNH",
        "trich_yeu_lines": list(summary[0]),
        "trich_yeu_rule": summary[1],
        "vv_lines": list(summary[2]),
        "kinh_gui": _kinh_gui(spec.kinh_gui),
        "tham_quyen": fitted([upper_vi(spec.tham_quyen)], L.TEXT_WIDTH, L.SIZE_THAM_QUYEN)
        if spec.tham_quyen else [],
        "can_cu": _can_cu(spec.can_cu, spec.loai.layout == "quyet_dinh"),
        "noi_dung": _body(without_repeats(spec)[0]),
        "noi_nhan_label": "Nơi nhận:",
        "noi_nhan": list(closing[0]),
        "ky_lien": closing[1],
        "quyen_han": list(signature[0]),
        "chuc_vu_lines": list(signature[1]),
        "chuc_vu": " ".join(signature[1]),  # a template edited in Word before the lines
        "ho_ten": spec.ky.ho_ten,
    }


#: How many layouts of each part are remembered (one bulk run needs one of most).
_KEEP = 64


@lru_cache(maxsize=_KEEP)
def _issuer(co_quan: CoQuan) -> tuple[tuple[str, ...], tuple[str, ...], int]:
    """Ô 2: the parent body's lines (not bold), the issuer's lines, the rule's indent."""
    chu_quan = fitted([upper_vi(x) for x in (co_quan.chu_quan or "").split("\n") if x.strip()],
                      L.ISSUER_CELL_TEXT, L.SIZE_CO_QUAN, bold=False)
    ten = fitted([upper_vi(x) for x in co_quan.ten.split("\n") if x.strip()],
                 L.ISSUER_CELL_TEXT, L.SIZE_CO_QUAN)
    return tuple(chu_quan), tuple(ten), issuer_rule_indent(ten)


#: What a clerk types before a công văn's trích yếu for "V/v": "V/v", "v/v", "Về việc".
_VV = re.compile(r"(?:v/v|về việc)(?::|\s)\s*", re.IGNORECASE)


def vv_line(first: str) -> str:
    """The first line of ô 5b: the trích yếu after one "V/v", however the clerk opened it.

    >>> vv_line("Về việc đôn đốc báo cáo"), vv_line("v/v: đôn đốc"), vv_line("V/v X")
    ('V/v đôn đốc báo cáo', 'V/v đôn đốc', 'V/v X')
    >>> vv_line("Về việc"), vv_line("Đôn đốc báo cáo")
    ('V/v Về việc', 'V/v Đôn đốc báo cáo')
    """
    opened = _VV.match(first)
    rest = first[opened.end():] if opened else first
    return f"V/v {rest}" if rest else f"V/v {first}"


@lru_cache(maxsize=_KEEP)
def _summary(text: str | None) -> tuple[tuple[str, ...], int, tuple[str, ...]]:
    """The trích yếu's lines, its rule's indent, and the lines of a công văn's ``V/v``."""
    given = [x.strip() for x in (text or "").split("\n") if x.strip()]
    lines = fitted(given, L.TEXT_WIDTH, L.SIZE_TRICH_YEU)
    vv = fitted([vv_line(given[0]), *given[1:]], L.ISSUER_CELL_TEXT, L.SIZE_VV,
                bold=False) if given else []
    return tuple(lines), trich_yeu_rule_indent(lines), tuple(vv)


@lru_cache(maxsize=_KEEP)
def _dated(dia_danh: str, ngay: date | None, year: int, month: int | None) -> tuple[str, int]:
    """Ô 4's text and its size in half-points."""
    line = dia_danh_ngay(dia_danh, ngay, year, month)
    return line, date_half_points(line)


@lru_cache(maxsize=_KEEP)
def _kinh_gui(recipients: tuple[str, ...]) -> RawXml:
    return RawXml(kinh_gui_xml(tuple(map(xml_text, recipients))))


@lru_cache(maxsize=_KEEP)
def _can_cu(lines: tuple[str, ...], quyet_dinh: bool) -> RawXml:
    return RawXml(can_cu_xml(tuple(map(xml_text, lines)), quyet_dinh))


@lru_cache(maxsize=_KEEP)
def _body(text: str) -> RawXml:
    return RawXml(body_xml(xml_text(text)))


@lru_cache(maxsize=_KEEP)
def _closing(items: tuple[str, ...], luu: str | None, don_vi: str | None,
             after_kinh_gui: bool) -> tuple[tuple[str, ...], str]:
    """The Nơi nhận as printed, and whether the signature row is kept on one page."""
    noi_nhan = noi_nhan_items(items, luu, don_vi, after_kinh_gui)
    return tuple(noi_nhan), "1" if printed_lines(noi_nhan) <= L.NOI_NHAN_KEEP_LINES else "0"


@lru_cache(maxsize=_KEEP)
def _signature(ky: ChuKy) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Ô 7: the authority lines and the title's lines, each fitted to the cell."""
    return (tuple(fitted(list(ky.quyen_han), L.SIGNATURE_CELL_TEXT, L.SIZE_CHU_KY,
                         whole_words=True)),
            tuple(title_lines(ky.chuc_vu)))


def title_lines(chuc_vu: str, width: int = L.SIGNATURE_CELL_TEXT) -> list[str]:
    """The signer's title in capitals, broken as the authority lines are to fit a signature
    cell ``width`` twips wide.

    >>> title_lines("Giám đốc")
    ['GIÁM ĐỐC']
    >>> title_lines("Giám đốc Trung tâm Phục vụ hành chính công tỉnh")
    ['GIÁM ĐỐC TRUNG TÂM', 'PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH']

    Two offices held together (``… TỈNH - PHÓ TRƯỞNG BAN …``) break first at their dash, which
    ends the first office's last line, as clerks break them:

    >>> title_lines("Phó Chủ tịch Ủy ban nhân dân tỉnh - Phó Trưởng ban Thường trực")
    ['PHÓ CHỦ TỊCH', 'ỦY BAN NHÂN DÂN TỈNH -', 'PHÓ TRƯỞNG BAN THƯỜNG TRỰC']
    """
    title = upper_vi(chuc_vu)
    lines = fitted([title], width, L.SIZE_CHU_KY, whole_words=True)
    if len(lines) > 1 and " - " in title:
        first, _dash, second = title.partition(" - ")
        return fitted([first + " -", second], width, L.SIZE_CHU_KY, whole_words=True)
    return lines
