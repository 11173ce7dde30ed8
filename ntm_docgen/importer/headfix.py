"""A header mended by what the header itself gives: a mark written beside the issuer's name,
the Đ of the issuer's abbreviation in the ký hiệu, the ``Về việc`` opening a trích yếu, the
kind of a Biên bản named on its heading's line (``BIÊN BẢN LÀM VIỆC``), no trích yếu, a V/v
going on with the number of the text it names, a V/v line cut at the dash of a symbol; the
body ô 5b names, and initials written over the issuer's name."""

from __future__ import annotations

import re

from ntm_docgen.importer.cleaning import key, rules
from ntm_docgen.vietnamese.loai import Loai, find_loai
from ntm_docgen.vietnamese.text import is_upper_vi

#: A mark written or stamped beside the issuer's name, read as a line of its own under it: one
#: short code of letters and digits (``T1-P7``: a clerk's initials, a filing mark).
_MARK = re.compile(r"^[^\W_]{1,3}\d[^\W_]{0,2}(?:-[^\W_]{1,3})?$|^[^\W_]{1,3}-[^\W_]{0,2}\d$")
#: A trích yếu opening with a misread ``Về`` (``è việc``, ``và việc``, ``Vẻ việc``).
_VE_VIEC = re.compile(r"^(?P<ve>\W?(?:v[aeo]|e|v)|\\\w?)\s+viec\b")
#: A lone mark and a space before a trích yếu: a speck of the scan read as a full stop.
_SPECK = re.compile(r"^[.,·'`‘’]\s+")
#: A text's number and symbol alone on a line (``335/2025/NĐ-CP.``), and the words that ask for
#: one after them (``... theo Nghị định số``, ``... dự thảo Quyết định``).
_NUMBER_ONLY = re.compile(r"^\d{1,5}/(?:\d{4}/)?[A-ZĐ][A-ZĐ0-9&]*(?:-[A-ZĐ0-9&]+)+[.;,]?$")
#: A V/v line cut at the dash of the symbol it cites (``... Công văn số 3183/SNV-``), and the
#: symbol's rest opening the next line (``TCBC ngày 26/11/2025 ...``).
_CODE_CUT = re.compile(r"\d/(?:\d{4}/)?[A-ZĐ][A-ZĐ0-9&]*-$")
_CODE_REST = re.compile(r"^[A-ZĐ][A-ZĐ0-9&]*(?:-[A-ZĐ0-9&]+)*(?=[\s.,;)]|$)")
_ASKS_NUMBER = re.compile(r"\b(?:so|nghi dinh|nghi quyet|quyet dinh|thong tu|chi thi|cong van"
                          r"|ke hoach|thong bao|to trinh)$")


def mark_under_issuer(lines: list[str]) -> str | None:
    """The mark read as the last of the issuer's lines (``THỦ TƯỚNG CHÍNH PHỦ`` / ``T1-P7``),
    or None: a name's line holds words, never one short code mixing letters and digits.

    >>> mark_under_issuer(["THỦ TƯỚNG CHÍNH PHỦ", "T1-P7"]), mark_under_issuer(["T1-P7"])
    ('T1-P7', None)
    >>> mark_under_issuer(["BỘ CÔNG AN", "CỤC C04"]), mark_under_issuer(["TRƯỜNG", "SỐ 1"])
    (None, None)
    >>> mark_under_issuer(["UBND TỈNH A", "ĐỘI 2"]), mark_under_issuer(["CÔNG AN", "PC04"])
    (None, None)
    """
    if len(lines) < 2:
        return None
    last = lines[-1].strip()
    return last if _MARK.match(last) and sum(c.isdigit() for c in last) <= 2 \
        and not last.isdigit() and not re.fullmatch(r"[A-ZĐ]{2}\d{2}", last) else None


def mark_over_issuer(lines: list[str]) -> str | None:
    """The mark read before the issuer's first words (a receiving office's pen note at the
    page's top, ``TTĐT`` read ``TT9I`` or ``TT:``, joined to the name's line), or None: a
    name holds words, never a short code mixing letters and digits, nor a word closed by a
    colon, and the rest of its line is the name in capitals.

    >>> mark_over_issuer(["TT9I VĂN PHÒNG CHÍNH PHỦ"]), mark_over_issuer(["TT: THỦ TƯỚNG"])
    ('TT9I', 'TT:')
    >>> mark_over_issuer(["BỘ CÔNG AN", "CỤC C04"]), mark_over_issuer(["C04 Cục Cảnh sát"])
    (None, None)
    """
    words = lines[0].split() if lines else []
    if len(words) < 2 or not is_upper_vi(" ".join(words[1:])):
        return None
    first = words[0]
    return first if _MARK.match(first) and sum(c.isdigit() for c in first) <= 2 \
        or re.fullmatch(r"[^\W\d_]{1,4}:", first) else None


def initials(name: str) -> str:
    """The first letters of a name's words in capitals (``ĐẠI HỌC TÂY ĐÔ`` → ``ĐHTĐ``).

    >>> initials("TRƯỜNG ĐẠI HỌC TÂY ĐÔ"), initials("ỦY BAN NHÂN DÂN\\nTỈNH KON TUM")
    ('TĐHTĐ', 'UBNDTKT')
    """
    return "".join(key(w)[0].upper() if w[0] not in "Đđ" else "Đ"
                   for w in name.split() if w[0].isalpha())


def ky_hieu_marked(ky_hieu: str, issuer: str | None) -> str:
    """The ký hiệu with the Đ the issuer's name gives a part OCR read with a D (``DHTĐ`` under
    ``TRƯỜNG ĐẠI HỌC TÂY ĐÔ`` → ``ĐHTĐ``): a part the name's initials do not hold as read, but
    hold with a D read as Đ. A part they hold, or do not hold either way, stays as read.

    >>> school = "TRƯỜNG ĐẠI HỌC TÂY ĐÔ"
    >>> ky_hieu_marked("DHTĐ", school), ky_hieu_marked("KH-DHTĐ", school)
    ('ĐHTĐ', 'KH-ĐHTĐ')
    >>> ky_hieu_marked("QĐ-UBND", "ỦY BAN NHÂN DÂN\\nTỈNH KON TUM"), ky_hieu_marked("HD-SNV", None)
    ('QĐ-UBND', 'HD-SNV')
    >>> ky_hieu_marked("UBND-VP", "ỦY BAN NHÂN DÂN"), ky_hieu_marked("DKT", "ĐOÀN KIỂM TRA")
    ('UBND-VP', 'ĐKT')
    """
    if not issuer:
        return ky_hieu
    held = initials(issuer)
    year, slash, last = ky_hieu.rpartition("/")
    parts = []
    for part in last.split("-"):
        if "D" in part and len(part) >= 2 and part not in held:
            marked = next((m for m in _with_d_marked(part) if m in held), part)
            part = marked
        parts.append(part)
    return year + slash + "-".join(parts)


def _with_d_marked(part: str) -> list[str]:
    """``part`` with each set of its D's read as Đ, fewest first."""
    spots = [i for i, c in enumerate(part) if c == "D"]
    out = []
    for mask in sorted(range(1, 2 ** len(spots)), key=lambda m: bin(m).count("1")):
        chars = list(part)
        for n, i in enumerate(spots):
            if mask >> n & 1:
                chars[i] = "Đ"
        out.append("".join(chars))
    return out


def ve_viec(trich_yeu: str) -> str:
    """A trích yếu opening with ``Về việc`` whose ``Về`` OCR misread (``è việc``, ``và
    việc``, ``\\o việc``: the V's first stroke read as a backslash), or read after a speck
    (``. Về việc``): no trích yếu opens with ``và việc`` or a lone full stop.

    >>> ve_viec("và việc công bố Danh mục"), ve_viec("è việc thi hành kỷ luật")
    ('Về việc công bố Danh mục', 'Về việc thi hành kỷ luật')
    >>> ve_viec("\\\\o việc công bố Danh mục thủ tục hành chính")
    'Về việc công bố Danh mục thủ tục hành chính'
    >>> ve_viec("Về việc X"), ve_viec("việc làm"), ve_viec("VỀ VIỆC X"), ve_viec("Vẻ việc X")
    ('Về việc X', 'việc làm', 'VỀ VIỆC X', 'Về việc X')
    >>> ve_viec("Ve viec X"), ve_viec("V/v việc X")
    ('Ve viec X', 'V/v việc X')
    >>> ve_viec(". Về việc tăng cường công tác"), ve_viec(", và việc X"), ve_viec(". Năm 2025")
    ('Về việc tăng cường công tác', 'Về việc X', '. Năm 2025')
    """
    speck = _SPECK.match(trich_yeu)  # ". Về việc ...": a speck of the scan read before it
    if speck and ve_viec(trich_yeu[speck.end():]).startswith(("Về việc", "VỀ VIỆC")):
        return ve_viec(trich_yeu[speck.end():])
    match = _VE_VIEC.match(key(trich_yeu))
    words = trich_yeu.split(maxsplit=2)
    if not match or len(words) < 2 or words[1] not in ("việc", "VIỆC") \
            or words[0] in ("Về", "VỀ"):
        return trich_yeu  # as read, or a text typed without marks ("Ve viec")
    return "Về" + trich_yeu[match.end("ve"):]


def names_a_kind(loai: Loai | None, parts: list[str], words: str) -> bool:
    """The trích yếu read (``parts``) is only the word or two after ``BIÊN BẢN`` on the
    heading's line (``words``), the body opening under it: they name the kind of the minutes
    (``LÀM VIỆC``, ``HỌP``), and the Biên bản prints no trích yếu.

    >>> from ntm_docgen.vietnamese.loai import find_loai
    >>> names_a_kind(find_loai("BB"), ["LÀM VIỆC"], "LÀM VIỆC")
    True
    >>> names_a_kind(find_loai("BB"), ["LÀM VIỆC", "về dự án A"], "LÀM VIỆC")
    False
    >>> names_a_kind(find_loai("KH"), ["TỔ CHỨC"], "TỔ CHỨC")
    False
    """
    return loai is not None and loai.code == "BB" and parts == [words] \
        and 1 <= len(words.split()) <= 2 and words.isupper()


def number_goes_on(before: str, line: str) -> bool:
    """``line``, with no small letter, is the number and symbol of the text that the V/v read so
    far (``before``) names, not the motto's or the issuer's capitals beside it.

    >>> number_goes_on("quy đổi theo Nghị định số", "335/2025/NĐ-CP.")
    True
    >>> number_goes_on("góp ý dự thảo Quyết định", "1334/QĐ-BXD")
    True
    >>> number_goes_on("gửi Danh mục sản phẩm", "335/2025/NĐ-CP.")
    False
    >>> number_goes_on("theo Nghị định số", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    False
    """
    return bool(_NUMBER_ONLY.match(line.strip())) and bool(_ASKS_NUMBER.search(key(before)))


def vv_lines_joined(parts: list[str]) -> str:
    """The lines of a V/v as one text, a symbol the page cut at its dash one word again.

    >>> vv_lines_joined(["phúc đáp Công văn số 3183/SNV-", "TCBC ngày 26/11/2025 của Sở"])
    'phúc đáp Công văn số 3183/SNV-TCBC ngày 26/11/2025 của Sở'
    >>> vv_lines_joined(["triển khai Kế hoạch", "", "số 884/KH-UBND"])
    'triển khai Kế hoạch số 884/KH-UBND'
    >>> vv_lines_joined(["kinh phí giai đoạn 2021-", "2025"]), vv_lines_joined(["Sở X -", "TCBC"])
    ('kinh phí giai đoạn 2021- 2025', 'Sở X - TCBC')
    """
    text = ""
    for part in (p.strip() for p in parts if p and p.strip()):
        glue = "" if _CODE_CUT.search(text) and _CODE_REST.match(part) else " "
        text = f"{text}{glue}{part}" if text else part
    return text


def vv_goes_on_in_capitals(first: str, line: str) -> bool:
    """Whether ``line``, in capitals, goes on a V/v whose first line ``first`` is typed in
    capitals too (the decree writes it in small letters; a clerk's Word file may not): not the
    Quốc hiệu or its Tiêu ngữ, not a heading naming a type.

    >>> vv_goes_on_in_capitals("TRIỂN KHAI CHƯƠNG TRÌNH", "MTQG XÂY DỰNG NÔNG THÔN MỚI")
    True
    >>> vv_goes_on_in_capitals("triển khai chương trình", "MTQG XÂY DỰNG NÔNG THÔN MỚI")
    False
    >>> vv_goes_on_in_capitals("TRIỂN KHAI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    False
    """
    from ntm_docgen.importer.pagetitle import type_prefix
    from ntm_docgen.importer.titlemarks import capitals

    words = key(line)
    return capitals(first) and not words.startswith(("cong hoa xa hoi", "doc lap")) and \
        type_prefix(line) is None and find_loai(line.strip()) is None


def council(tham_quyen: str) -> str:
    """The body ô 5b names, without the session an HĐND's resolution adds after it.

    >>> council("HỘI ĐỒNG NHÂN DÂN XÃ TÂN THÀNH KHÓA I, KỲ HỌP THỨ BA")
    'HỘI ĐỒNG NHÂN DÂN XÃ TÂN THÀNH'
    >>> council("ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH")
    'ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH'
    """
    found = rules()["ky_hop"].search(key(tham_quyen))
    return tham_quyen[:found.start()].rstrip(" ,;-–") if found else tham_quyen


def marked_over(issuer: str, full: str) -> bool:
    """``issuer`` (a key) is ``full`` with a word of one or two letters before it that begins
    no body (``tu thu tuong chinh phu``, not ``bo``): initials written by hand over the header,
    read into its first line."""
    first, _, rest = issuer.partition(" ")
    return rest == full and len(first) <= 2 and first.isalpha() \
        and first not in {key(h) for h in rules()["dau_ten"]}
