"""The import's rules (data/nhap.yaml), the key its lines are matched on, and what is no letter's
text: page furniture, a scanning app's mark, stamps, and OCR's marks of no word."""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import Any

from ntm_docgen.files.resources import load_data
from ntm_docgen.vietnamese.text import is_upper_vi, strip_diacritics


@cache
def rules() -> dict[str, Any]:
    """The import rules of ``data/nhap.yaml``, with the patterns compiled."""
    data = dict(load_data("nhap.yaml"))
    for name in ("furniture", "stamp"):
        data[name] = [re.compile(p) for p in data[name]]
    data["mo_dau"] = {k: re.compile(p) for k, p in data["mo_dau"].items()}
    data["tham_quyen"] = re.compile(data["tham_quyen"])
    data["ky_hop"] = re.compile(data["ky_hop"])
    data["mo_than_bai"] = re.compile(data["mo_than_bai"])
    data["loi_chao"] = re.compile(data["loi_chao"])
    data["loi_ket"] = re.compile(data["loi_ket"])
    data["mo_bao_cao"] = re.compile(data["mo_bao_cao"])
    data["hoc_ham"] = re.compile(data["hoc_ham"])
    data["cap_bac"] = re.compile(data["cap_bac"])
    data["nguoi_ky"] = re.compile(data["nguoi_ky"])
    data["kem_sau_ket"] = re.compile(data["kem_sau_ket"])
    data["loi_moi"] = re.compile(data["loi_moi"])
    data["ben_hop_dong"] = re.compile(data["ben_hop_dong"])
    data["luu_khong_hai_cham"] = re.compile(data["luu_khong_hai_cham"])
    data["du_thao"] = re.compile(data["du_thao"])
    data["ung_dung_quet"] = re.compile(data["ung_dung_quet"])
    data["cong_bao_phan"] = re.compile(data["cong_bao_phan"])
    data["cong_bao_cap"] = re.compile(data["cong_bao_cap"])
    data["loai_theo_loi_mo"] = {k: re.compile(p) for k, p in data["loai_theo_loi_mo"].items()}
    data["loai_theo_loi_ket"] = {k: re.compile(p) for k, p in data["loai_theo_loi_ket"].items()}
    data["tu_ghep"] = frozenset(unicodedata.normalize("NFC", w) for w in data["tu_ghep"])
    return data


#: The eth OCR reads for a capital Đ, alone or after the Đ it read first (``QĐÐ-TTg``,
#: ``QÐ-UBND``); no Vietnamese word holds it.
_ETH = re.compile("Đ?Ð")


def eth_as_d(text: str) -> str:
    """``text`` with the eth OCR read for a Đ written Đ.

    >>> eth_as_d("Số: 932/QĐÐ-TTg"), eth_as_d("số 668-NQ/ÐU"), eth_as_d("ĐĐBQH")
    ('Số: 932/QĐ-TTg', 'số 668-NQ/ĐU', 'ĐĐBQH')
    """
    return _ETH.sub("Đ", text) if "Ð" in text else text


def key(text: str) -> str:
    """Lower case without diacritics, same length as ``text`` (for NFC text).

    >>> key("Số: 106/HD-SNV"), key("Hà Nội, ngày")
    ('so: 106/hd-snv', 'ha noi, ngay')
    """
    return strip_diacritics(text).lower()


def is_furniture(line: str) -> bool:
    """True for a line of web or PDF page furniture (``Đăng nhập``, ``Trang 2/5``)."""
    k = key(line.strip())
    return any(p.search(k) for p in rules()["furniture"])


def is_scanner_mark(line: str) -> bool:
    """True for the mark a phone's scanning app prints on a page (``Được quét bằng
    CamScanner``).

    >>> is_scanner_mark("Được quét bằng CamScanner"), is_scanner_mark("Scanned with TapScanner")
    (True, True)
    >>> is_scanner_mark("Được quét bằng máy quét của cơ quan theo quy định về lưu trữ")
    False
    """
    return bool(rules()["ung_dung_quet"].match(key(" ".join(line.split()))))


def is_stamp(line: str) -> bool:
    """True for a line left by a digital-signature stamp (``Người ký: ...``, ``Email: ...``)
    or by the stamp of the office that received the letter (``ĐẾN Số: ...``, ``[ĐẾN rơm``: its
    ĐẾN in capitals, a word or three read beside it not).

    >>> is_stamp("Email: vp@laocai.gov.vn"), is_stamp("[ĐẾN rơm"), is_stamp("ĐẾN Số: 1016")
    (True, True, True)
    >>> is_stamp("đến năm 2030"), is_stamp("ĐẾN NĂM 2030"), is_stamp("Đến nay, các sở đã")
    (False, False, False)
    """
    return received_stamp(line) or signature_stamp(line)


def signature_stamp(line: str) -> bool:
    """True for a line of a digital signature's stamp or note (data/nhap.yaml: stamp).

    >>> signature_stamp("Cơ quan: VĂN PHÒNG CHÍNH PHỦ"), signature_stamp("ĐẾN Số: 1016")
    (True, False)
    """
    k = key(line.strip())
    return any(p.search(k) for p in rules()["stamp"])


#: The word ĐẾN of a receiving office's stamp, a mark or two before it.
_RECEIVED = re.compile(r"^\W{0,2}ĐẾN\b")
#: The stamp's time field, its blank a run of dots (``Giờ:.........``), its ĐẾN not read.
_RECEIVED_TIME = re.compile(r"(?:^|\s)\W?Giờ\s*:?\s*\.{5,}")


def received_stamp(line: str) -> bool:
    """A line of the stamp of the office that received the letter: its ĐẾN in capitals with a
    word or three read beside it not in capitals (``ĐẾN Số: 1016``, ``ĐẾN Ngày..ÁOl4.0``), or
    alone (no title wraps one word onto a line of its own); or its time field, a blank of dots
    after ``Giờ`` with at most two marks of at most three letters beside it (``đa Giờ....eo``).

    >>> received_stamp("ĐẾN"), received_stamp("[ĐẾN."), received_stamp("ĐẾN Ngày..ÁOl4.0.120")
    (True, True, True)
    >>> received_stamp("ĐẾN NĂM 2030"), received_stamp("Đến")
    (False, False)
    >>> received_stamp("đa Giờ.......................eo"), received_stamp("Giờ: ........")
    (True, True)
    >>> received_stamp("vào hồi ... giờ ... phút"), received_stamp("Giờ.......ngày......tại Hội")
    (False, False)
    """
    if _RECEIVED_TIME.search(line):
        marks = re.findall(r"[^\W\d_]+", _RECEIVED_TIME.sub(" ", line))
        return len(marks) <= 2 and all(len(m) <= 3 for m in marks)
    if not _RECEIVED.match(line.strip()):
        return False
    return not is_upper_vi(line) and len(line.split()) <= 4 \
        or len(key(line).strip(_EDGES + " ")) == 3


_EDGES = ".,;:()[]“”\"'!?-–…"
#: Where OCR ran words together: commas and colons, a closing ./., a bracket between letters
#: (a unit and its drafter in the Lưu line, ``KT(Nho)``).
_INSIDE = re.compile(r"[,;:]+|\./\.|(?<=[^\W\d_])\((?=[^\W\d_])")


def ocr_noise(text: str) -> bool:
    """A line OCR read from a stamp, a signature or a smudge: fewer than half of its signs
    belong to words (a Vietnamese syllable, a code in capitals, a number, an address).

    >>> ocr_noise("Kn c CY"), ocr_noise("`Hãi"), ocr_noise("4"), ocr_noise("Q Ñ : Í")
    (True, True, True, True)
    >>> ocr_noise("- Lưu: VT, CNHC."), ocr_noise("Phạm Huy Nam Sơn"), ocr_noise("Số: 15/KH-UBND")
    (False, False, False)
    >>> ocr_noise("Email: sct@laocai.gov.vn"), ocr_noise("Điều 1."), ocr_noise("a)")
    (False, False, True)
    >>> ocr_noise("-VP,QLHC;"), ocr_noise("Trân trọng./.JÍ~"), ocr_noise("k:: sản phẩm,,hẳng")
    (False, False, False)
    >>> ocr_noise("- Lưu: VT, KT(Nho)."), ocr_noise("(Í~ ;("), ocr_noise("^472)089,7281")
    (False, True, True)

    Signs standing alone, not words: a line of four or more, at most one in four of them
    holding two letters running or a number (``r3 Ấ u l| .A Ẳ``, the pen's strokes of a
    signature), and a stroke read as two or three signs mixing a letter and a digit (``q2``):

    >>> ocr_noise("r3 Ấ u l| .'.A Ẳ ˆ"), ocr_noise("LỆ * Ầ Â ø£ À Ầ . Ầ L4 ."), ocr_noise("q2")
    (True, True, True)
    >>> ocr_noise("_2471409.6063 433507..2089 42 2469979.1102"), ocr_noise("a) Tên b) Mã")
    (False, False)
    >>> ocr_noise("I II III IV"), ocr_noise("14")
    (False, False)

    A Nơi nhận item naming bodies by their codes (held_out_19's 1053, ``- Bộ KH&ĐT;``) is words:

    >>> ocr_noise("- Bộ KH&ĐT;"), ocr_noise("- TTgCP (để báo cáo);")
    (False, False)
    >>> ocr_noise("- Cục KSTTHC-VPCP;")
    False
    >>> ocr_noise("- Ban VH-XH, KT-NS, HĐND tỉnh;"), ocr_noise("Z-&-Q"), ocr_noise("A&B")
    (False, True, True)

    A word letters borrow (held_out_26's Phú Thọ, ``- Website Chính phủ;``) is a word:

    >>> ocr_noise("- Website Chính phủ;"), ocr_noise("- Website CT;"), ocr_noise("Webslte CT;")
    (False, False, True)
    """
    tokens = text.split()
    if _lone_signs(tokens):
        return True
    signs = good = 0
    worded = False
    for token in text.split():
        signs += len(token)
        for piece in _INSIDE.split(token):  # run together: "phẩm,,hẳng", "VP,QLHC", "KT(Nho)"
            core = piece.strip(_EDGES)
            if _wordlike(core):
                good += len(core)
                worded = worded or len(core) >= 2
    return not worded or good < 0.5 * signs


def _lone_signs(tokens: list[str]) -> bool:
    if len(tokens) == 1:
        t = tokens[0]
        return len(t) <= 3 and any(c.isdigit() for c in t) and any(c.isalpha() for c in t)
    worded = sum(1 for t in tokens if _RUN.search(t) or _FIGURE.fullmatch(t))
    return len(tokens) >= 4 and worded * 4 <= len(tokens)


_RUN = re.compile(r"[^\W\d_]{2}")
#: A number, with its separators and marks around it (``_2471409.6063``, ``433507..2089``),
#: as a whole token: anchored, and the marks after it begin with one no separator is, so that
#: no two repeats can share a character (linear on a long run of marks).
_FIGURE = re.compile(r"\A[\W_]*\d[\d.,/:_-]*(?:[^\w.,/:-][\W_]*)?\Z")


#: Codes a Nơi nhận writes: bodies' initials joined by ``&`` or a hyphen (``KH&ĐT``, ``VH-XH``,
#: ``KSTTHC-VPCP``) and the Thủ tướng's ``TTg`` among capitals (``TTgCP``, ``PTTg``).
_JOINED_CODE = re.compile(r"^[A-Z]{2,8}(?:[&-][A-Z]{2,8})+$|^[A-Z]*TTg[A-Z]*$")


def _wordlike(core: str) -> bool:
    if not core:
        return False
    k = key(core)
    if _JOINED_CODE.match(strip_diacritics(core).replace("Đ", "D")):
        return True
    if any(c.isdigit() for c in core) or any(c in "./@" for c in core):
        return all(c.isascii() or c.isalpha() for c in k) and any(c.isalnum() for c in k) \
            and all(c.isalnum() or c in "/.,:%()-@_" for c in k.replace("đ", "d"))
    if not all(c.isalpha() and (c.isascii() or c == "đ") for c in k.lower()):
        return False  # a letter of no Vietnamese word (Ñ, ÿ, š)
    if core.lower() in rules()["tu_muon"]:
        return True  # "Website", "Email": a word letters borrow
    if core.isupper():
        return len(core) <= 8 or bool(SYLLABLE.match(k.lower().replace("đ", "d")))
    if not (core.islower() or (core[0].isupper() and core[1:].islower())):
        return False
    return bool(SYLLABLE.match(k.lower().replace("đ", "d")))


SYLLABLE = re.compile(r"^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}"
                       r"(ch|ng|nh|[cmnpt])?$")
