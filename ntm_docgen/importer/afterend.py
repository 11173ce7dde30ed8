"""What stands after a letter's end, set apart from its lines with the warning that names
it: marks of no word after its last sentence or its Lưu line, the list of attachments in
brackets under its closing ``./.``, the seal or the signature OCR read as letters there."""

from __future__ import annotations

from ntm_docgen.i18n import _
from ntm_docgen.importer.cleaning import key, rules
from ntm_docgen.importer.ends import letter_ends
from ntm_docgen.vietnamese.lexicon import known


def quoted(lines: list[str]) -> str:
    """Lines in curly quotes, one after another.

    >>> quoted(["Điều 4.", "như sau:"])
    '“Điều 4.”; “như sau:”'
    """
    return "; ".join(f"“{x}”" for x in lines)


def after_the_end(raw: list[str], warnings: list[str], mend: bool = True) -> list[str]:
    """The lines with the marks of no word after a closing ``./.``, the last sentence or the
    Lưu line left out (ends.py: letter_ends), with a warning naming them, as the scans' reader
    sets such marks apart."""
    out, marks = [], []
    for line, tail in letter_ends(raw, mend):
        out.append(line)
        if tail:
            marks.append(tail)
    if marks:
        warnings.append(_("marks after the letter's last sentence (its closing ./. or full "
                          "stop) or after its Lưu line that make no words (a tick, a stroke "
                          "of the signature, the seal's edge, a smudge) were left out of the "
                          "letter: {marks}; check the paper for a word among them")
                        .format(marks=quoted(marks)))
    return out


def attachments_after_end(lines: list[str], warnings: list[str]) -> list[str]:
    """The body's lines without the list of attachments in brackets under its closing ``./.``
    (``(Xin gửi kèm theo:`` / ``- Dự thảo Nghị quyết;`` / ... ``)``, data/nhap.yaml:
    kem_sau_ket), with a warning naming its lines: the letter's closing paragraph is the one
    ending ``./.``, and the spec holds no field for that list.

    >>> warnings = []
    >>> attachments_after_end(["Kính trình HĐND tỉnh xem xét./.", "(Xin gửi kèm theo:",
    ...                        "- Dự thảo Nghị quyết)."], warnings)
    ['Kính trình HĐND tỉnh xem xét./.']
    >>> attachments_after_end(["Kính trình./.", "(Kèm theo dự thảo"], [])
    ['Kính trình./.', '(Kèm theo dự thảo']
    """
    end, under = _under_the_end(lines)
    rest = [x.strip() for x in under]
    if end < 0 or not rest or not rules()["kem_sau_ket"].match(key(rest[0])) \
            or not rest[-1].rstrip(".;").endswith(")"):
        return lines
    warnings.append(_("the list of attachments in brackets under the closing ./. was read "
                      "into no field (the body ends with the paragraph that ends ./.): {lines}; "
                      "add it at the end of noi_dung by hand if the new letter needs it")
                    .format(lines=quoted(rest)))
    return lines[:end + 1]


def seal_after_end(lines: list[str], warnings: list[str]) -> list[str]:
    """The body's lines without those under its closing ``./.`` whose words are mostly no
    Vietnamese syllable (the seal or a signature OCR read as letters, ``bQ. IỆT~ - có ciệc h0
    5X``), with a warning naming them: such a line is no paragraph of the letter.

    >>> warnings = []
    >>> seal_after_end(["Kính trình./.", "bQ. IỆT~ - có ciệc h0 5X YƯAợN GNẼOA"], warnings)
    ['Kính trình./.']
    >>> seal_after_end(["Kính trình./.", "Trân trọng cảm ơn UBND"], [])
    ['Kính trình./.', 'Trân trọng cảm ơn UBND']
    """
    end, marks = _under_the_end(lines)
    if end < 0 or not marks or not all(_unworded(x) for x in marks):
        return lines
    warnings.append(_("lines under the letter's closing ./. whose signs make few words (the "
                      "seal or the signature read by OCR) were left out of the letter: "
                      "{lines}; check the paper for a word among them")
                    .format(lines=quoted(marks)))
    return lines[:end + 1]


def _under_the_end(lines: list[str]) -> tuple[int, list[str]]:
    """The index of the body's last line ending ``./.`` (-1: none), and the lines under it that
    are not blank."""
    end = max((n for n, x in enumerate(lines) if x.rstrip().endswith("./.")), default=-1)
    return end, [x for x in lines[end + 1:] if x.strip()]


def _unworded(line: str) -> bool:
    """Fewer than half the words of the line, six at least, are syllables of the dictionary."""
    words = [w.strip("()[]“”\"',;:.!?-~/") for w in line.split()]
    words = [w for w in words if any(c.isalpha() for c in w)]
    return len(words) >= 6 and 2 * sum(bool(known(w.lower())) for w in words) < len(words)
