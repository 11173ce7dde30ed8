"""What the register's line of a copy names: the letter copied, by its kind, number and trích
yếu (``Hướng dẫn số 1741/HD-BTĐKT Sơ kết Phong trào thi đua …``), as ``render`` names the
letter its own copy block copies; read from the original's header by the importer's reading."""

from __future__ import annotations

import contextlib
from pathlib import Path

from ntm_docgen.errors import DocgenError
from ntm_docgen.vietnamese.text import nfc

#: The lines read for the header (the importer reads 60).
_HEAD = 60


def original_about(original: Path, number: str | None,
                   read: tuple[str, str, str] | None = None) -> str:
    """The original's kind, ``number`` as its Số line reads it (``1741/HD-BTĐKT``; None when
    none was read) and its trích yếu; what its header does not give is left out, and the
    file's name is said, as ``original_number`` said it, where its number or both its kind
    and trích yếu are not read (a scan: no text). ``read``: the kind, number and trích yếu a
    TRÍCH SAO's reading of the whole letter gave (a scan's by OCR), where the header gives
    none; the file is named beside them."""
    kind, summary, scanned = _kind_and_summary(original, ocr=read is None)
    by_ocr = scanned or (read is not None and not (number and (kind or summary)))
    if read is not None:
        kind, number = kind or read[0], number or read[1] or None
        summary = summary or _as_cited(read[2])
    # a scan's number and trích yếu as OCR read them, and the file, to find it by if one is off
    named = "" if number and (kind or summary) and not by_ocr else f"({original.name})"
    return " ".join(part for part in (kind, f"số {number}" if number else "", summary, named)
                    if part)


def _kind_and_summary(original: Path, ocr: bool = True) -> tuple[str, str, bool]:
    """The tên loại (``Hướng dẫn``, ``Công văn``) and the trích yếu (a công văn's V/v) the
    original's header reads, "" where it reads none; and whether it was read by OCR (a PDF
    whose page 1 is a scan, unless ``ocr`` is false: a SAO Y of one read none of its pages, and
    its line named the file alone). A scan's number is not taken from OCR: it is most often
    written by hand (209 was read "2")."""
    from ntm_docgen.importer.cleanlines import clean_lines
    from ntm_docgen.importer.columns import date_over_gui
    from ntm_docgen.importer.header import read_header
    from ntm_docgen.importer.numberdate import split_cells
    from ntm_docgen.importer.reflow import expand_flat

    lines: list[str] = []
    bold: frozenset[str] = frozenset()
    with contextlib.suppress(DocgenError, OSError, ValueError):
        if original.suffix.lower() == ".pdf":
            from ntm_docgen.copies.pdftext import pdf_lines

            lines = pdf_lines(original, pages=1)
        else:
            from ntm_docgen.importer.reading import read_source

            source = read_source(original)
            lines, bold = source.lines, source.bold
    scanned = ocr and not lines and original.suffix.lower() == ".pdf"
    if scanned:  # a scan's header read by OCR, as the importer reads it; where it cannot be
        from ntm_docgen.copies.scanblock import head_read  # read, the file named alone

        with contextlib.suppress(DocgenError, OSError, ValueError, RuntimeError):
            lines = list(head_read(original))
    if not lines:
        return "", "", False
    typed = original.suffix.lower() != ".pdf"
    head = read_header(date_over_gui(split_cells(clean_lines(expand_flat(lines[:_HEAD]),
                                                             typed=typed))), bold)
    kind = head.loai.ten if head.loai is not None else ""
    return kind, _as_cited(head.trich_yeu or ""), scanned


def _as_cited(trich_yeu: str) -> str:
    """A trích yếu as the line citing its letter writes it; "" where it does not read as
    Vietnamese."""
    from ntm_docgen.vietnamese.names import running_case

    summary = running_case(" ".join(nfc(trich_yeu).split()))  # one printed in capitals
    if summary[:3] in ("Về ", "V/v"):  # "… số 88/QĐ-UBND về việc …", mid-sentence
        summary = summary[0].lower() + summary[1:]
    return summary if _reads_right(summary) else ""


def _reads_right(text: str) -> bool:
    """Whether ``text`` reads as Vietnamese: nine words in ten syllables of the dictionary (a
    PDF whose font lost letters reads ``tri n khai th c hi n``; its line is left without it).
    Only words in small letters are judged: a name (``xã Ia Hrung``) and an abbreviation
    (``TTHC``) are in no dictionary.

    >>> _reads_right("Sơ kết phong trào thi đua năm 2026"), _reads_right("tri n khai th c hi n")
    (True, False)
    >>> _reads_right("công bố Danh mục TTHC và xây dựng quy trình nội bộ giải quyết TTHC")
    True
    >>> _reads_right("rà soát tiêu chí nông thôn mới tại xã Ia Grai và xã Ia Hrung")
    True
    """
    from ntm_docgen.vietnamese.lexicon import known

    words = [w.strip(".,;:()“”\"-") for w in text.split()]
    words = [w for w in words if w.isalpha() and w[:1].islower()]  # Hrung, TTHC: not judged
    judged = [known(w) for w in words]
    if not words or None in judged:  # no dictionary installed: taken as read
        return True
    # a consonant alone is no word, though the dictionary holds it as a letter's name
    return sum(bool(k) and not (len(w) == 1 and w.lower() in _CONSONANTS)
               for w, k in zip(words, judged, strict=True)) >= 0.9 * len(words)


_CONSONANTS = set("bcdđghklmnpqrstvx")
