"""The note a digital signature prints at the top of a signed letter's first page: who signed
the copy (an office's e-government centre) and when."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from ntm_docgen.importer.cleaning import key, signature_stamp
from ntm_docgen.vietnamese.text import is_upper_vi

#: When it was signed: ``18.11.2024 07:25:14``, with its time zone or not.
_TIME = re.compile(r"\b\d{1,2}[./-]\d{1,2}[./-]\d{4}\s+\d{1,2}:\d{2}(:\d{2})?\b")
#: The time zone alone on the line under it: ``+07:00``, ``- 0700 -`` as OCR reads it.
_ZONE = re.compile(r"^[-:\s]*\+?0?7:?00[-\s]*$")
#: The signer's address, read whole or garbled (``ttcbth()quangngai.gov.vn``): one word with
#: an at sign, or a dot between its letters.
_ADDRESS = re.compile(r"^\S*(@|\(\)|\w\.\w)\S*$")

#: The note is one of the first lines of the text, above the issuer.
_WITHIN = 6
#: An address OCR read in pieces (``ttcbth()quangngaI.jm vn``) has at most this many words.
_ADDRESS_WORDS = 3


def signing_note(lines: list[str]) -> int:
    """How many lines at the top of ``lines`` are the note of a digital signature: the name of
    the body that signed in capitals, its address, the time of signing and its zone; 0 when
    the text opens with none.

    >>> signing_note(["TRUNG TÂM CÔNG", "BÁO VÀ TIN HỌC", "ttcbth@quangngai.gov.vn",
    ...               "18.11.2024 07:25:14", "+07:00", "ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI"])
    5
    >>> signing_note(["", "TRUNG TÂM CÔNG BÁO", "VÀ TIN HỌC", "ttcbth()quangngaI.SOV.v11",
    ...               "- : 21.01.2025 07:10:01 0700 -", "ỦY BAN NHÂN DÂN"])
    5
    >>> signing_note(["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI", "Số: 12/UBND-KT",
    ...               "Quảng Ngãi, ngày 18.11.2024 07:25"])
    0
    >>> signing_note(["UBND TỈNH LÀO CAI", "SỞ CÔNG THƯƠNG"]), signing_note([])
    (0, 0)
    >>> signing_note(["SỞ CÔNG THƯƠNG", "sct@laocai.gov.vn", "18.11.2024 07:25:14",
    ...               "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"])
    0

    Under the address, a line of digits and a few marks is the time OCR could not read
    (``16.01.2025 07:46:10`` read ``20700 U/.40.1U``):

    >>> signing_note(["TRUNG TÂM CÔNG", "BẢO VÀ TIN HỌC", "ttcbth()quangngaI.jm vn",
    ...               "20700 U/.40.1U", "ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI"])
    4
    >>> signing_note(["TRUNG TÂM CÔNG", "BẢO VÀ TIN HỌC", "20700 U/.40.1U", "ỦY BAN NHÂN DÂN"])
    0

    The portal's note names each part (``Người ký:``, ``Email:``, ``Cơ quan:``, ``Thời gian
    ký:``), the logo's letters read into its last line:

    >>> signing_note(["Người ký: CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ", "Email: tt()chinhphu.vn",
    ...               "Cơ quan: VĂN PHÒNG CHÍNH PHỦ",
    ...               "CHINHPHUVNThời gian ký: 01.10.2024 16:02:40 +07:00", "THỦ TƯỚNG CHÍNH PHỦ"])
    4

    A receiving office's stamp (``ĐẾN``, its number and day) is no signature's note:

    >>> signing_note(["ĐẾN Số: 1016", "Ngày 05/9/2025 10:15", "ỦY BAN NHÂN DÂN"])
    0
    """
    seen = 0
    address = False
    for n, line in enumerate(lines):
        text = line.strip()
        if not text:
            continue
        seen += 1
        if seen > _WITHIN:
            return 0
        if _TIME.search(text) or (address and _garbled_time(text)):
            end = n + 1
            if end < len(lines) and _ZONE.match(_next(lines, end)):
                end = 1 + next(j for j in range(end, len(lines)) if lines[j].strip())
            # the issuer follows the note; the motto right under its lines would make them the
            # issuer's own, with a time printed under them
            return 0 if key(_next(lines, end)).startswith("cong hoa") else end
        if _is_address(text) or signature_stamp(text):
            address = True
        elif not (is_upper_vi(text) and len(text) <= 40):
            return 0
    return 0


def _is_address(text: str) -> bool:
    """The signer's address, whole or in the pieces OCR made of it.

    >>> _is_address("ttcbth@quangngai.gov.vn"), _is_address("ttcbth()quangngaI.jm vn")
    (True, True)
    >>> _is_address("BẢO VÀ TIN HỌC"), _is_address("Kính gửi: Sở Tài chính, Sở Nội vụ")
    (False, False)
    """
    words = text.split()
    return len(words) <= _ADDRESS_WORDS and bool(_ADDRESS.match("".join(words)))


def _garbled_time(text: str) -> bool:
    """A line of digits with a few marks and letters among them, no word: a time OCR misread.

    >>> _garbled_time("20700 U/.40.1U"), _garbled_time("16.0I.2025 07:46:I0")
    (True, True)
    >>> _garbled_time("ỦY BAN NHÂN DÂN"), _garbled_time("Số: 12/UBND"), _garbled_time("2025 (2)")
    (False, False, False)
    """
    digits = sum(c.isdigit() for c in text)
    return digits >= 6 and digits > 2 * sum(c.isalpha() for c in text)


def _next(lines: list[str], start: int) -> str:
    """The first line from ``start`` on that is not blank, stripped; empty at the end."""
    return next((x.strip() for x in lines[start:] if x.strip()), "")


#: ``Thời gian ký: 2025-10-09T16:52:54+07:00``: the time of signing under its label, the line
#: that closes a signing note printed in the motto's corner.
_SIGNED_AT = re.compile(r"^thoi gian ky\s*:?\s*\d")
#: Lines the note prints over its time in sentence case: ``Ký bởi: ...``, ``Cơ quan: ...``, the
#: signer's name; and the copy's mark in capitals (``SAO Y``, read ``SAOY``), alone or with the
#: agency that copied on its line (``SAO Y; ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ;``).
_COPY_MARK = re.compile(r"^(sao\s*y|sao\s*luc|trich\s*sao)\.?(\s*;.*)?$")
#: The lines of such a note over its time, at most.
_NOTE_LINES = 3


def labelled_note(lines: list[str]) -> tuple[int, int] | None:
    """Where the note of a digital signature that names its time under a label (``Thời gian
    ký:``) lies among the header's lines over the motto, OCR having read it after the issuer's
    column: from the copy's mark or the first line in sentence case over the time, to the line
    after the time; None when the header holds none.

    >>> labelled_note(["BỘ CÔNG AN", "SAOY", "Bộ Công", "Thời gian ký: 2025-10-09T16:52:54+07:00",
    ...                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"])
    (1, 4)
    >>> labelled_note(["SAO Y; ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ,", "Thời gian ký: 2025-09-15",
    ...                "ỦY BAN NHÂN DÂN", "THÀNH PHỐ CẦN THƠ", "CỘNG HÒA XÃ HỘI"])
    (0, 2)
    >>> labelled_note(["BỘ CÔNG AN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Thời gian ký: 2025"])
    """
    for n, line in enumerate(lines[:12]):
        k = key(line.strip())
        if k.startswith("cong hoa"):
            return None
        if not _SIGNED_AT.match(k) or sum(c.isdigit() for c in k) < 6:
            continue
        start = n
        while start > 0 and n - start < _NOTE_LINES:
            above = lines[start - 1].strip()
            if not above or not (_COPY_MARK.match(key(above)) or not is_upper_vi(above)):
                break
            start -= 1
        return start, n + 1
    return None


#: The time of a digital signature's note: ``21.01.2025 09:27:35``, ``2025-10-09T16:52``.
_SIGNED_ON = re.compile(r"\b(?P<d>\d{1,2})[./-](?P<m>\d{1,2})[./-](?P<y>\d{4})\s+\d{1,2}:\d{2}"
                        r"|\b(?P<y2>\d{4})-(?P<m2>\d{2})-(?P<d2>\d{2})T\d{2}:\d{2}")


def signed_on(lines: Iterable[str]) -> date | None:
    """The day of a digital signature's note among ``lines``, if its time was read.

    >>> signed_on(["TRUNG TÂM CÔNG", "21.01.2025 09:27:35"])
    datetime.date(2025, 1, 21)
    >>> signed_on(["Thời gian ký: 2025-10-09T16:52:54+07:00"])
    datetime.date(2025, 10, 9)
    >>> signed_on(["Quảng Ngãi, ngày 21/01/2025"]) is None
    True
    """
    for text in lines:
        found = _SIGNED_ON.search(text)
        if found:
            d, m, y = (found["d"] or found["d2"], found["m"] or found["m2"],
                       found["y"] or found["y2"])
            try:
                return date(int(y), int(m), int(d))
            except ValueError:
                continue
    return None
