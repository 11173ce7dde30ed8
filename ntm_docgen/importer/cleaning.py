"""Clean copied letter text: page furniture, table remnants, broken and run-together words."""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import Any

from ntm_docgen.files.resources import load_data
from ntm_docgen.vietnamese.text import is_upper_vi, strip_diacritics

_SEPARATOR = re.compile(r"^[-_=—–.·*~ ]{3,}$")
_MARKER = re.compile(r"^([IVXivx]+|\d+|[a-zđ])[.)]$")
#: A bold mark of text copied from a web page (``**I. MỤC ĐÍCH**``), not the stars of a
#: report's footnote marks in brackets: (*), (**), (***).
_BOLD_MARK = re.compile(r"(?<![(\[*])\*\*(?![)\]*])")
_DATE_TAIL = re.compile(r"(,\s*ngay(\s+\d{1,2})?(\s+thang(\s+\d{1,2})?)?"
                        r"|^\d{1,2}\s+thang\s+\d{1,2})$")
_LONE_SO = re.compile(r"^s[o6]\s*:$")
_NUMBER_REST = re.compile(r"^\d*\s*/\s*\w")
_DATE_HEAD = re.compile(r"^(\d|thang\b|nam\s+\d{4})")


@cache
def rules() -> dict[str, Any]:
    """The import rules of ``data/nhap.yaml``, with the patterns compiled."""
    data = dict(load_data("nhap.yaml"))
    for name in ("furniture", "stamp"):
        data[name] = [re.compile(p) for p in data[name]]
    data["mo_dau"] = {k: re.compile(p) for k, p in data["mo_dau"].items()}
    data["tham_quyen"] = re.compile(data["tham_quyen"])
    data["mo_than_bai"] = re.compile(data["mo_than_bai"])
    data["loi_chao"] = re.compile(data["loi_chao"])
    data["loi_ket"] = re.compile(data["loi_ket"])
    data["mo_bao_cao"] = re.compile(data["mo_bao_cao"])
    data["hoc_ham"] = re.compile(data["hoc_ham"])
    data["cap_bac"] = re.compile(data["cap_bac"])
    data["loi_moi"] = re.compile(data["loi_moi"])
    data["ben_hop_dong"] = re.compile(data["ben_hop_dong"])
    data["luu_khong_hai_cham"] = re.compile(data["luu_khong_hai_cham"])
    data["du_thao"] = re.compile(data["du_thao"])
    data["ung_dung_quet"] = re.compile(data["ung_dung_quet"])
    data["loai_theo_loi_mo"] = {k: re.compile(p) for k, p in data["loai_theo_loi_mo"].items()}
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


def received_stamp(line: str) -> bool:
    """A line of the stamp of the office that received the letter: its ĐẾN in capitals with a
    word or three read beside it not in capitals (``ĐẾN Số: 1016``, ``ĐẾN Ngày..ÁOl4.0``), or
    alone (no title wraps one word onto a line of its own).

    >>> received_stamp("ĐẾN"), received_stamp("[ĐẾN."), received_stamp("ĐẾN Ngày..ÁOl4.0.120")
    (True, True, True)
    >>> received_stamp("ĐẾN NĂM 2030"), received_stamp("Đến")
    (False, False)
    """
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


def _wordlike(core: str) -> bool:
    if not core:
        return False
    k = key(core)
    if any(c.isdigit() for c in core) or any(c in "./@" for c in core):
        return all(c.isascii() or c.isalpha() for c in k) and any(c.isalnum() for c in k) \
            and all(c.isalnum() or c in "/.,:%()-@_" for c in k.replace("đ", "d"))
    if not all(c.isalpha() and (c.isascii() or c == "đ") for c in k.lower()):
        return False  # a letter of no Vietnamese word (Ñ, ÿ, š)
    if core.isupper():
        return len(core) <= 8 or bool(_SYLLABLE.match(k.lower().replace("đ", "d")))
    if not (core.islower() or (core[0].isupper() and core[1:].islower())):
        return False
    return bool(_SYLLABLE.match(k.lower().replace("đ", "d")))


_SYLLABLE = re.compile(r"^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}"
                       r"(ch|ng|nh|[cmnpt])?$")
_WORD = re.compile(r"[^\W\d_]{4,}")
_COMMA = re.compile(r"(?<=[^\W\d_])([,;])(?=[^\W\d_])")


def split_syllables(word: str) -> str:
    """Two Vietnamese syllables run together (``TRIỂNKHAI``, ``kếhoạch``) get their space back.

    >>> split_syllables("TRIỂNKHAI"), split_syllables("kếhoạch"), split_syllables("nghiêng")
    ('TRIỂN KHAI', 'kế hoạch', 'nghiêng')
    >>> split_syllables("CTMTQG"), split_syllables("xady"), split_syllables("Vinamilk")
    ('CTMTQG', 'xady', 'Vinamilk')
    """
    k = key(word)
    if k == word.lower() or _SYLLABLE.match(k):
        return word  # no diacritics (OCR, a code, a foreign word): leave it as written
    cuts = [f"{word[:cut]} {word[cut:]}" for cut in range(2, len(k) - 1)
            if _syllable(word[:cut]) and _syllable(word[cut:])]
    known = rules()["tu_ghep"]
    return next((c for c in cuts if c.lower() in known), cuts[0] if cuts else word)


def _syllable(part: str) -> bool:
    """A Vietnamese syllable; one closed by p, t, c or ch takes only the sắc or nặng tone.

    >>> _syllable("tổc"), _syllable("tốc"), _syllable("hành"), _syllable("xyz")
    (False, True, True, False)
    """
    k = key(part)
    if not _SYLLABLE.match(k):
        return False
    if not re.search(r"(ch|[ptc])$", k):
        return True
    tones = {unicodedata.normalize("NFD", c)[-1] for c in part.lower()}
    return not tones & {"\u0300", "\u0309", "\u0303"}  # huyền, hỏi, ngã


def split_run_together(line: str) -> str:
    """Put back the space a copy lost between two words.

    >>> split_run_together("số 57/TTr-UBNDngày 10 tháng 6, thị trấn ThịnhLong")
    'số 57/TTr-UBND ngày 10 tháng 6, thị trấn Thịnh Long'
    >>> split_run_together("Quyết định số 1730/QĐ-TTg và QyĐ, iPhone, phường,thị trấn; 16,35")
    'Quyết định số 1730/QĐ-TTg và QyĐ, iPhone, phường, thị trấn; 16,35'
    >>> split_run_together("1676/BGDĐT-GDTrH, BANHÀNH, tổchức")
    '1676/BGDĐT-GDTrH, BAN HÀNH, tổ chức'
    >>> split_run_together("Các sở, ngành: CT; VH,TT&DL; YT"), split_run_together("- VP,QLHC;")
    ('Các sở, ngành: CT; VH,TT&DL; YT', '- VP, QLHC;')
    """
    words = []
    for word in line.split(" "):
        if "@" in word or "://" in word or "www." in word:
            words.append(word)
            continue
        out = []
        for i, char in enumerate(word):
            if i >= 2 and _camel(word, i) or i >= 3 and _caps_then_lower(word, i):
                out.append(" ")
            out.append(char)
        words.append(_WORD.sub(lambda m: split_syllables(m.group()), "".join(out)))
    return _COMMA.sub(_comma_space, " ".join(words))


def _comma_space(match: re.Match[str]) -> str:
    """A space after a comma or semicolon run into the next word (``phường,thị trấn``,
    ``VP,QLHC`` as OCR reads ``VP, QLHC``), not inside one name abbreviated with its ``&``
    (``VH,TT&DL`` for Văn hóa, Thể thao và Du lịch)."""
    text, at, end = match.string, match.start(), match.end()
    rest = text[end:].split(" ", 1)[0]
    if text[at - 1].isupper() and text[end].isupper() and "&" in rest.split(",")[0]:
        return match.group(1)
    return match.group(1) + " "


def _camel(word: str, i: int) -> bool:
    """``ThịnhLong``: a lower-case letter, then a capital that starts a lower-case word."""
    return (word[i - 1].islower() and word[i].isupper() and i + 1 < len(word)
            and word[i + 1].islower() and word[i - 2].isalpha())


def _caps_then_lower(word: str, i: int) -> bool:
    """``UBNDngày``: three or more capitals, then a lower-case word of two or more letters."""
    if not (word[i].islower() and word[i - 1].isupper()):
        return False
    caps, j = 0, i - 1
    while j >= 0 and word[j].isupper():
        caps, j = caps + 1, j - 1
    tail = re.match(r"[^\W\d_]+", word[i:])
    return caps >= 3 and tail is not None and len(tail.group()) >= 2 and tail.group().islower()


_PIPE_RULE = re.compile(r"^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)+\|?$")


def pipe_table(lines: list[str]) -> set[int]:
    """Indexes of the lines of a pipe table (contract §2): a ``|---|---|`` line and the ``|``
    rows around it. Other ``a | b`` lines are remnants of a header copied from a web page.

    >>> sorted(pipe_table(["| A | B |", "|---|---|", "| 1 | x |", "Hết", "| a | b |"]))
    [0, 1, 2]
    """
    rows: set[int] = set()
    for i, line in enumerate(lines):
        if _PIPE_RULE.match(line.strip()) and i and lines[i - 1].strip().startswith("|"):
            rows.update((i - 1, i))
            j = i + 1
            while j < len(lines) and lines[j].strip().startswith("|"):
                rows.add(j)
                j += 1
    return rows


def clean_lines(lines: list[str]) -> list[str]:
    """Strip furniture, table remnants and bold marks; mend broken lines. Blank lines stay;
    pipe-table rows and a ``---`` page break are kept as they are.

    >>> clean_lines(["Điều3. Bộ trưởng các Bộ chịu trách nhiệm.", "**Điều 4.** Hiệu lực"])
    ['Điều 3. Bộ trưởng các Bộ chịu trách nhiệm.', 'Điều 4. Hiệu lực']
    """
    out = []
    table = pipe_table(lines)
    for n, raw in enumerate(lines):
        if n in table or raw.strip() == "---":
            out.append(" ".join(raw.split()))
            continue
        line = _BOLD_MARK.sub("", eth_as_d(raw).replace("\u00a0", " ").replace("\t", " "))
        line = " ".join(line.split()).strip("|").strip()
        if is_furniture(line):
            continue
        alnum = sum(c.isalnum() for c in line)
        if _SEPARATOR.match(line) or alnum == 0 or (alnum < 2 and not _MARKER.match(line)
                                                    and not line.startswith("-")):
            line = ""
        out.extend(_run_together(_ARTICLE_GLUED.sub("Điều ", x)) if x else ""
                   for x in _label_apart(line))
    return join_broken(out)


#: The body's closing mark, then the Nơi nhận label at the line's end (``... Quyết định
#: này./ Nơi nhận:``): OCR read the label of the column under the body onto its last line.
_CLOSE_THEN_LABEL = re.compile(r"\./\.? (N\w{1,2}i nh\w{1,2}n ?:)$")


def _label_apart(line: str) -> list[str]:
    """A line ending with the body's ``./.`` (or ``./``, its last dot not read) and the Nơi
    nhận label read after it, as two lines; any other line as it is.

    >>> _label_apart("Điều 3. Các ông chịu trách nhiệm thi hành Quyết định này./ Nơi nhận:")
    ['Điều 3. Các ông chịu trách nhiệm thi hành Quyết định này./', 'Nơi nhận:']
    >>> _label_apart("thi hành./. Nơi nhận: - Như trên;"), _label_apart("Nơi nhận:")
    (['thi hành./. Nơi nhận: - Như trên;'], ['Nơi nhận:'])
    """
    match = _CLOSE_THEN_LABEL.search(line)
    if match is None or match.start() == 0:
        return [line]
    return [line[:match.start(1)].rstrip(), match.group(1)]


#: An article's number OCR read without the space before it (``Điều3. Bộ trưởng ...``).
_ARTICLE_GLUED = re.compile(r"^Điều(?=\d)")


_LUU_LINE = re.compile(r"^-?\s*Lưu\s*:", re.IGNORECASE)


def _run_together(line: str) -> str:
    """:func:`split_run_together`, but inside the Lưu line only after its commas: the Lưu
    names the office's units and the drafter as the office writes them (``CNLoan``,
    ``KT(Nho)``), which are not two words run together.

    >>> _run_together("- Lưu: VT,CNLoan."), _run_together("Lưu: VT, P.TH.")
    ('- Lưu: VT, CNLoan.', 'Lưu: VT, P.TH.')
    """
    if _LUU_LINE.match(line):
        return _COMMA.sub(_comma_space, line)
    return split_run_together(line)


def join_broken(lines: list[str]) -> list[str]:
    """Join a line cut after one word (``Số:`` / ``15/2023/QĐ-UBND``, even across a blank line
    when the number is left blank: ``Số:`` / ``/BC-UBND``) or inside a date.

    >>> join_broken(["Hà", "Nội, ngày 12 tháng 01", "năm 2018", "", "THỦ", "TƯỚNG CHÍNH PHỦ"])
    ['Hà Nội, ngày 12 tháng 01 năm 2018', '', 'THỦ TƯỚNG CHÍNH PHỦ']
    >>> join_broken(["I.", "MỤC ĐÍCH", "Hiền", "- Lưu: VT."])
    ['I.', 'MỤC ĐÍCH', 'Hiền', '- Lưu: VT.']
    >>> join_broken(["Số:", "", "/BC-UBND", "", "/ 2 /"])
    ['Số: /BC-UBND', '', '/ 2 /']
    >>> join_broken(["Số:...../KH-DCT", "KẾ HOẠCH"]), join_broken(["Số:", "15/QĐ-UBND"])
    (['Số:...../KH-DCT', 'KẾ HOẠCH'], ['Số: 15/QĐ-UBND'])
    """
    out: list[str] = []
    for line in lines:
        if out and line and out[-1] and _joins(out[-1], line):
            out[-1] = f"{out[-1]} {line}"
        elif line and _NUMBER_REST.match(line) and _lone_so(out):
            while not out[-1]:
                out.pop()  # "Số:", a blank line, then "/BC-UBND": a blank number, one line
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


def _lone_so(out: list[str]) -> bool:
    """The last line written, blank lines aside, is a lone ``Số:``.

    >>> _lone_so(["UBND", "Số:", "", ""]), _lone_so(["Số:", "x", ""]), _lone_so(["", ""])
    (True, False, False)
    """
    last = next((x for x in reversed(out) if x), "")
    return bool(_LONE_SO.match(key(last)))


def _joins(previous: str, line: str) -> bool:
    if line.startswith(("-", "+", "*", "(", "|")) or _MARKER.match(line.split(" ")[0]):
        return False
    k_prev, k_line = key(previous), key(line)
    if _DATE_TAIL.search(k_prev) and _DATE_HEAD.match(k_line):
        return True
    if " " in previous or _MARKER.match(previous) or previous.startswith(("-", "+")) \
            or not any(c.isalpha() for c in previous) or _WHOLE_SO.match(k_prev):
        return False
    return not previous.endswith((".", ";", ",", ")"))


#: A whole Số line read without spaces (``Số:...../KH-DCT``): its number and ký hiệu, not a
#: line cut after one word; the type name under it stays a line of its own.
_WHOLE_SO = re.compile(r"^so\s*:\S*/[a-z]")
