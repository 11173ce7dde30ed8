"""Where the letter's text ends: the marks of the pen after its closing ``./.``, its last
sentence or its Lưu line, set apart from the text."""

from __future__ import annotations

import re

from ntm_docgen.importer.cleaning import key, ocr_noise, rules
from ntm_docgen.importer.luuunits import mend_units

#: The label of the Nơi nhận, its colon written (``signature.NOI_NHAN`` also takes it bare).
_NOI_NHAN = re.compile(r"^(?:n\w{1,2}i\s+nh\w{1,2}n|oi\s+nhan)\s*:")
_LUU = re.compile(r"^[-+•–*]?\s*l\w{1,2}u\s*:")
#: A sign no unit's name in a Lưu writes (a pen's stroke read on the line: ``VT.PM.l„„``);
#: units hold letters, digits and ``& - / ( ) . , _``.
_UNIT_NEVER = re.compile(r"[^\w&/().,\-–]")
#: such a sign between two capitals of a unit's name (``NCV%X``: a speck read inside it)
_SPECK_IN_UNIT = re.compile(r"(?<=[A-ZĐ])[^\w\s&/().,;:\-–](?=[A-ZĐ])")


def letter_ends(lines: list[str], mend: bool = True) -> list[tuple[str, str]]:
    """Each line and the marks of no word after its closing ``./.`` (``after_the_end``); the
    line right above ``Nơi nhận:``, the body's last sentence, also after its last full stop
    (``thi hành Quyết định này. W``: a tick of the pen beside it) or after a ``./`` whose last
    dot a stroke of the pen covers (``đồng chí./a?-``: the closing ``./.`` written whole); and
    the Lưu line after its full stop (``luu_ends``). ``mend``: the closing ``./.`` a reading
    misread is mended (``closed``); not in a Word file, whose text is typed.

    >>> letter_ends(["thi hành Quyết định này. W", "Nơi nhận:"])[0]
    ('thi hành Quyết định này.', 'W')
    >>> letter_ends(["thi hành Quyết định này. W", "Điều 4."])[0]
    ('thi hành Quyết định này. W', '')
    >>> letter_ends(["KT. CHỦ TỊCH", "Nơi nhận:"])[0], letter_ends(["Số 1. Hai", "Nơi nhận:"])[0]
    (('KT. CHỦ TỊCH', ''), ('Số 1. Hai', ''))
    >>> letter_ends(["cảm ơn sự phối hợp của các đồng chí./a?-", "Nơi nhận:"])[0]
    ('cảm ơn sự phối hợp của các đồng chí./.', 'a?-')
    >>> letter_ends(["thi hành Quyết định này./", "Nơi nhận:"])[0]
    ('thi hành Quyết định này./.', '')
    >>> letter_ends(["thi hành Quyết định này./", "Nơi nhận:"], mend=False)[0]
    ('thi hành Quyết định này.', '/')
    >>> letter_ends(["chất lượng giáo dục... 4A“", "HIỆU TRƯỞNG", "Nơi nhận:"])[0]
    ('chất lượng giáo dục./.', '4A“')
    >>> letter_ends(["01 bản lưu tại Văn phòng./", "P cổ", "Nơi nhận:"])[1]
    ('', 'P cổ')
    """
    out: list[tuple[str, str]] = []
    for n, line in enumerate(lines):
        line, tail = after_the_end(line)
        if not tail:
            line, tail = _stroke_before_label(line)
        following = lines[n + 1] if n + 1 < len(lines) else ""
        beside = lines[n + 2] if n + 2 < len(lines) else ""
        if _NOI_NHAN.match(key(following.strip())) \
                or _title_read_first(following) and _NOI_NHAN.match(key(beside.strip())):
            if not tail and out and out[-1][0].rstrip().endswith(("./", "./.")) \
                    and _stroke(line):
                line, tail = "", line.strip()  # "P cổ": a stroke under the closing ./.
            if not tail:
                line, tail = _dot_covered(line)
            if not tail:
                line, tail = _stroke_after(line)
            if not tail and mend and _LAST_DOT_LOST.search(line):
                line = f"{line.rstrip()}."  # "này./": the closing ./. whose last dot was lost
            if not tail:
                line, tail = after_the_end(line, ".")
            line = closed(line) if mend else line  # a Word file's text is typed, not read
        if not tail:
            line, tail = luu_ends(line)
        out.append((line, tail))
    return out


def _title_read_first(line: str) -> bool:
    """A line in capitals of two to five words, no number among them: the signer's title,
    which stands beside ``Nơi nhận:`` and which a scan's reading may put before it (the
    body's last sentence is then the line above the title).

    >>> _title_read_first("HIỆU TRƯỞNG"), _title_read_first("II. NỘI DUNG"), _title_read_first("Ô")
    (True, False, False)
    """
    words = line.split()
    letters = [c for c in line if c.isalpha()]
    return 2 <= len(words) <= 5 and not any(c.isdigit() for c in line) and len(letters) >= 5 \
        and sum(c.isupper() for c in letters) >= 0.8 * len(letters) \
        and not re.match(r"^[IVX]+\s*\.", line.strip())


#: The closing ``./.`` with its last dot lost (``thi hành Quyết định này./``), after a word's
#: last letter or its closing bracket, ending the body's last line.
_LAST_DOT_LOST = re.compile(r"(?<=[^\W\d_]|\))\./\s*$")
#: The closing ``./.`` as OCR reads it on the body's last line: its slash read as a dot
#: (``này...``) or as a letter of its shape (``tỉnh).I.``, ``tỉnh).Í.``), after a word's last
#: letter or its closing bracket; ``v.v...`` (and so on) is written with three dots.
_CLOSING_MISREAD = re.compile(r"(?<![\s.]v\.v)(?<=[^\W\d_]|\))\.(?:\.|[IÍlì|])\.$")


def closed(line: str) -> str:
    """The body's last line, right above the Nơi nhận, with its closing ``./.`` as the
    decree writes it where OCR read its slash as a dot or a letter of its shape; a line
    ended otherwise stays as read.

    >>> closed("thi hành Quyết định này..."), closed("Dân tộc - Tôn giáo tỉnh).Í.")
    ('thi hành Quyết định này./.', 'Dân tộc - Tôn giáo tỉnh)./.')
    >>> closed("các tài liệu v.v..."), closed("Quyết định này."), closed("năm 2025...")
    ('các tài liệu v.v...', 'Quyết định này.', 'năm 2025...')
    """
    return _CLOSING_MISREAD.sub("./.", line.rstrip())


def _stroke(text: str) -> bool:
    """Signs too few for a word of the letter: at most two pieces of at most three signs,
    not in capitals (a title is), as OCR reads a stroke of the pen (``P cổ``, ``lữ``).

    >>> _stroke("P cổ"), _stroke("lữ"), _stroke("UBND"), _stroke("TM."), _stroke("Trân trọng")
    (True, True, False, False, False)
    """
    words = text.split()
    return 0 < len(words) <= 2 and all(len(w) <= 3 for w in words) \
        and not text.isupper() and any(c.isalpha() for c in text)


def _stroke_after(line: str) -> tuple[str, str]:
    """The body's last line, right above the Nơi nhận, cut after its closing ``./.`` when what
    follows is a stroke of the pen read as a syllable (``quan./. lữ``).

    >>> _stroke_after("cảm ơn Quý cơ quan./. lữ"), _stroke_after("Trân trọng./. Nơi nhận")
    (('cảm ơn Quý cơ quan./.', 'lữ'), ('Trân trọng./. Nơi nhận', ''))
    """
    head, found, tail = line.rpartition("./.")
    if not found or not _stroke(tail):
        return line, ""
    return (head + found).rstrip(), tail.strip()


#: The closing ``./.`` (or ``./``), a stroke of the pen, then the Nơi nhận label, on one line.
_STROKE_THEN_LABEL = re.compile(r"(?<=\./)(\.?)\s+(\S{1,3}(?:\s\S{1,3})?)"
                                r"\s+(N\w{1,2}i\s+nh\w{1,2}n\s*:)$")


def _stroke_before_label(line: str) -> tuple[str, str]:
    """The body's last line with the Nơi nhận label OCR read after it, the initials written by
    hand after its closing ``./.`` between them (``đầy đủ./. lu Nơi nhận:``): the line without
    the stroke, which cleaning then parts from the label, and the stroke.

    >>> _stroke_before_label("đúng giờ và đầy đủ./. lu Nơi nhận:")
    ('đúng giờ và đầy đủ./. Nơi nhận:', 'lu')
    >>> _stroke_before_label("thi hành./. Nơi nhận:"), _stroke_before_label("./. UBND Nơi nhận:")
    (('thi hành./. Nơi nhận:', ''), ('./. UBND Nơi nhận:', ''))
    """
    match = _STROKE_THEN_LABEL.search(line)
    if match is None or not _stroke(match.group(2)):
        return line, ""
    return f"{line[:match.start(2)].rstrip()} {match.group(3)}", match.group(2)


def after_the_end(line: str, end: str = "./.") -> tuple[str, str]:
    """A line cut after the letter's closing ``./.`` (or ``end``) when what follows it on the
    line makes no words (a tick or a stroke of the signature read as ``A``, ``JÍ~``): the
    line and those marks.
    Closing quotes and brackets, and words, stay on the line.

    >>> after_the_end("tổ chức thực hiện Hướng dẫn này./.A")
    ('tổ chức thực hiện Hướng dẫn này./.', 'A')
    >>> after_the_end("Trân trọng./. JÍ~"), after_the_end("Trân trọng./.")
    (('Trân trọng./.', 'JÍ~'), ('Trân trọng./.', ''))
    >>> after_the_end("đúng giờ và đầy đủ./. lu")
    ('đúng giờ và đầy đủ./.', 'lu')
    >>> after_the_end("theo mẫu “kèm theo./.”"), after_the_end("thực hiện./. Nơi nhận: Như trên;")
    (('theo mẫu “kèm theo./.”', ''), ('thực hiện./. Nơi nhận: Như trên;', ''))
    """
    head, found, tail = line.rpartition(end)
    if not found or not tail.strip(" ”\"')]»") or not (ocr_noise(tail) or _initialled(tail)):
        return line, ""
    return (head + found).rstrip(), tail.strip()


def _initialled(tail: str) -> bool:
    """What follows a letter's closing ``./.`` is one short word in small letters: the
    initials written there by hand (the ký nháy of whoever checked the draft, ``đầy đủ./.
    lu``), which no printed letter sets after its end.

    >>> _initialled(" lu"), _initialled(" huy"), _initialled(" Nơi nhận:"), _initialled(" và các")
    (True, True, False, False)
    """
    words = tail.split()
    return len(words) == 1 and len(words[0]) <= 4 and words[0].isalpha() and words[0].islower()


def _dot_covered(line: str) -> tuple[str, str]:
    """The body's last line closed by ``./`` and marks of no word run on to it (the last dot
    under the pen's stroke): the line closed by ``./.`` and the marks.

    >>> _dot_covered("cảm ơn các đồng chí./a?-"), _dot_covered("xem tại ./abc.html")
    (('cảm ơn các đồng chí./.', 'a?-'), ('xem tại ./abc.html', ''))
    """
    head, found, tail = line.rpartition("./")
    if not found or "./." in line or not head[-1:].isalpha() or not tail.strip() \
            or tail[:1].isspace() or not ocr_noise(tail):
        return line, ""
    return head + "./.", tail.strip()


def luu_ends(line: str) -> tuple[str, str]:
    """A Lưu line cut after the full stop that closes its units (outside brackets) when what
    follows makes no words and is no drafter's name or initials (``(2). M®``, ``(3).+ xơ
    P2113``: a tick of the pen, the seal's edge read on the same row): the line and those marks.

    >>> luu_ends("- Lưu: VT, KSTT (2). M®"), luu_ends("- Lưu: VT, KTTH (3).+ xơ P2113 Ƒ____")
    (('- Lưu: VT, KSTT (2).', 'M®'), ('- Lưu: VT, KTTH (3).', '+ xơ P2113 Ƒ____'))
    >>> luu_ends("- Lưu: VT, CTT. Phunt."), luu_ends("Lưu: VT, CN(M. Cường).")
    (('- Lưu: VT, CTT. Phunt.', ''), ('Lưu: VT, CN(M. Cường).', ''))
    >>> luu_ends("- Lưu: VT, GDPT. Hiển (3b)"), luu_ends("Lưu: VT, P.KT. M®")
    (('- Lưu: VT, GDPT. Hiển (3b)', ''), ('Lưu: VT, P.KT.', 'M®'))
    >>> luu_ends("- Lưu: VT, P.KTTHTien3I."), luu_ends("- Lưu: VT.PM.l„„")
    (('- Lưu: VT, P.KTTHTien31.', ''), ('- Lưu: VT.PM.', 'l„„'))
    >>> luu_ends("- Lưu: VT, KSTTHC, NCV%X."), luu_ends("- Lưu: VT, KT&TH.")
    (('- Lưu: VT, KSTTHC, NCVX.', ''), ('- Lưu: VT, KT&TH.', ''))

    A number written by hand after the copies the line counts in brackets (970's ``(2). 44``,
    the pen's ``11``) is such a mark; a number that is the unit's own is not:

    >>> luu_ends("- Lưu: VT, KTTH (2). 44"), luu_ends("- Lưu: VT, KSTTHC, N.10b")
    (('- Lưu: VT, KTTH (2).', '44'), ('- Lưu: VT, KSTTHC, N.10b', ''))
    >>> luu_ends("- Lưu: VT, P.TH. 05"), luu_ends("- Lưu: VT, P.KTTHT¡en3I")
    (('- Lưu: VT, P.TH. 05', ''), ('- Lưu: VT, P.KTTHTien31', ''))
    >>> luu_ends("- Lưu VI, TC-HC."), luu_ends("- Lưu VT, VIỆT"), luu_ends("- Lưu ý, VI")
    (('- Lưu VT, TC-HC.', ''), ('- Lưu VT, VIỆT', ''), ('- Lưu ý, VI', ''))
    """
    k = key(line)
    label = _LUU.match(k)
    if label is None:  # "- Lưu VI, TC-HC.": its colon lost, its units mended all the same
        bullet = len(k) - len(k.lstrip("-+•–* "))
        bare = rules()["luu_khong_hai_cham"].match(k[bullet:])
        if bare is not None:
            end = bullet + bare.end()
            return line[:end] + mend_units(line[end:]), ""
        return line, ""
    # P.KTTHT¡en3I: an i and a 1 of the drafter's note, no pen's mark (``luuunits``)
    line = _SPECK_IN_UNIT.sub("", line[:label.end()] + mend_units(line[label.end():]))
    depth, stops = 0, []
    for n in range(label.end(), len(line)):
        depth += (line[n] == "(") - (line[n] == ")")
        if line[n] == "." and depth <= 0 and (not line[n + 1:n + 2].isalnum()
                                              or _UNIT_NEVER.search(line[n + 1:].split()[0])):
            stops.append(n)  # P.KTTHTien31: a stop inside a unit's name; VT.PM.l„„: a pen's
    for n in reversed(stops):  # the last stop first: ``P.KT. M®`` keeps ``P.KT.``
        tail = line[n + 1:].strip()
        if not tail:
            continue
        if tail.isdigit() and len(tail) <= 3 and line[:n].rstrip().endswith(")"):
            return line[:n + 1], tail  # the copies counted in brackets, then a pen's number
        if not ocr_noise(tail) or all(t.strip(".,;:").isalpha() or t.startswith("(")
                                      and t.endswith(")") for t in tail.split()):
            return line, ""  # words, or a drafter's name (``CTT. Phunt.``)
        return line[:n + 1], tail
    return line, ""
