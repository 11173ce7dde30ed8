"""Read the issuer's name (ô 1) from the header lines above the number: parent body and issuer."""

from __future__ import annotations

import re
from typing import Any

from ntm_docgen.i18n import _
from ntm_docgen.importer.cleaning import key, rules
from ntm_docgen.importer.jointname import mend_joint
from ntm_docgen.importer.namewrap import a_level_of_place, begins_a_body, goes_on


def read_issuer(lines: list[str], head: Any) -> None:
    """The last body named is the issuer; a line that goes on with the name above it (a level
    of place, a word no name begins with, the decision it was set up under: ``namewrap``)
    continues it.

    >>> head = type("Head", (), {"bold": frozenset(), "found": set(), "warnings": []})()
    >>> read_issuer(["SỞ CÔNG THƯƠNG", "ĐOÀN KIỂM TRA", "THEO QUYẾT ĐỊNH", "SỐ 1050/QĐ-SCT"], head)
    >>> head.chu_quan, head.ten.splitlines()
    ('SỞ CÔNG THƯƠNG', ['ĐOÀN KIỂM TRA', 'THEO QUYẾT ĐỊNH', 'SỐ 1050/QĐ-SCT'])

    In a Word document (``head.bold``), the bold lines are the issuer and the others its parent;
    when every line is bold, the names are parted as in a text, except that a line beginning no
    body's name is then read as the issuer's name wrapped, not as the issuer under a parent set
    bold against the decree (a warning names it, as it does in a text, where it is read so):

    >>> head.bold = frozenset({"UBND TỈNH LÀO CAI", "SỞ CÔNG THƯƠNG"})
    >>> read_issuer(["UBND TỈNH LÀO CAI", "SỞ CÔNG THƯƠNG"], head)
    >>> head.chu_quan, head.ten
    ('UBND TỈNH LÀO CAI', 'SỞ CÔNG THƯƠNG')
    """
    if not lines:
        return
    lines = _join_wrapped([x for line in lines for x in split_parent(unmarked(line))])
    lines[0] = mend_first_letter(lines[0])
    bold_lines = {unmarked(line) for line in head.bold}
    bold = [line in bold_lines for line in lines]
    if any(bold) and not all(bold) and bold == sorted(bold):
        # A Word document: the issuer's lines are bold, its parent body's lines are not. A
        # level of place names where the body above it is (ỦY BAN NHÂN DÂN / THÀNH PHỐ HÀ NỘI):
        # it ends the parent though the same words are bold elsewhere (a PDF's bold is told
        # by a line's words, and the authority line may end with them).
        ten_from = bold.index(True)
        while ten_from < len(lines) - 1 and a_level_of_place(lines[ten_from]):
            ten_from += 1
        if a_level_of_place(lines[ten_from]) and _placeless(lines[ten_from - 1]):
            ten_from -= 1  # ỦY BAN NHÂN DÂN (plain) / XÃ TÂN THÀNH (bold): one body's name
        head.ten, head.chu_quan = "\n".join(lines[ten_from:]), "\n".join(lines[:ten_from]) or None
        head.found.add("co_quan")
        return
    ten_from = len(lines) - 1
    while ten_from > 0:
        if not goes_on(lines, ten_from):
            if begins_a_body(lines[ten_from]):
                break
            head.warnings.append(_guessed(lines[ten_from], lines[ten_from - 1], all(bold)))
            if not all(bold):
                break
        ten_from -= 1
    head.ten = "\n".join(mend_joint(lines[ten_from:]))
    head.chu_quan = "\n".join(lines[:ten_from]) or None
    head.found.add("co_quan")


def _placeless(line: str) -> bool:
    """The line names a kind of body and no place (``ỦY BAN NHÂN DÂN``): the level of place
    under it is where that body is, not a body of its own.

    >>> _placeless("ỦY BAN NHÂN DÂN"), _placeless("UBND TỈNH LẠNG SƠN")
    (True, False)
    """
    words = f" {key(line).upper()} "
    return not any(f" {level} " in words for level in rules()["cap_hanh_chinh"])


def _guessed(line: str, above: str, bold: bool) -> str:
    """The warning for a line that begins no body's name under a line that does: where the
    parent body ends is a guess. Bold like the line above, it is read as the issuer's name
    wrapped (the decree sets the parent in plain type); otherwise as the issuer's first line."""
    if bold:
        return _("co_quan: the line “{line}” begins no body's name and is bold like “{above}” "
                 "above it, so both were read as the issuer's name; if “{above}” is its parent "
                 "body, move it to co_quan.chu_quan").format(line=line, above=above)
    return _("co_quan: the line “{line}” begins no body's name; it was read as the first line "
             "of the issuer's name under its parent “{above}”; if the two are one name, join "
             "them in co_quan.ten").format(line=line, above=above)


def unmarked(line: str) -> str:
    """A name line without a stray mark typed before its first letter (``/ỦY BAN MTTQ VIỆT NAM``).

    >>> unmarked("/ỦY BAN MTTQ VIỆT NAM"), unmarked("*BỘ Y TẾ"), unmarked("BỘ Y TẾ")
    ('ỦY BAN MTTQ VIỆT NAM', 'BỘ Y TẾ', 'BỘ Y TẾ')

    Or a speck standing apart after its last word (a scan's ``ỦY BAN NHÂN DÂN .``):

    >>> unmarked("ỦY BAN NHÂN DÂN ."), unmarked("CÔNG TY CP A.B"), unmarked("XÃ ......")
    ('ỦY BAN NHÂN DÂN', 'CÔNG TY CP A.B', 'XÃ ......')
    """
    return _STRAY_END.sub("", _STRAY.sub("", line))


_STRAY = re.compile(r"^[/\\|.,;:*_`'\s]+(?=\w)")
_STRAY_END = re.compile(r"(?<=\w)\s+[/\\|.,;:*_`'“”\"]$")  # one sign: ``XÃ ......`` is a blank



def mend_first_letter(line: str) -> str:
    """A name whose first letter the copy lost (``Y BAN NHÂN DÂN``, a glyph a web page could not
    show): the word that begins a name of several words (data/nhap.yaml: dau_ten) gets it back.

    >>> mend_first_letter("Y BAN NHÂN DÂN TỈNH KON TUM"), mend_first_letter("ỘI ĐỒNG NHÂN DÂN")
    ('ỦY BAN NHÂN DÂN TỈNH KON TUM', 'HỘI ĐỒNG NHÂN DÂN')
    >>> mend_first_letter("ỦY BAN NHÂN DÂN"), mend_first_letter("AN THI ĐUA")
    ('ỦY BAN NHÂN DÂN', 'AN THI ĐUA')
    """
    k = " ".join(key(line).upper().split())
    for name in rules()["dau_ten"]:
        full = key(name).upper()
        if " " in full and f"{k} ".startswith(f"{full[1:]} ") and not k.startswith(full):
            return name[0] + line.lstrip()
    return line


def split_parent(line: str) -> list[str]:
    """``UBND TỈNH SƠN LA SỞ GIÁO DỤC VÀ ĐÀO TẠO`` (a header row copied onto one line): the
    parent body and the issuer apart; a repeated parent is read once.

    >>> split_parent("UBND TỈNH SƠN LA UBND TỈNH SƠN LA SỞ GIÁO DỤC VÀ ĐÀO TẠO")
    ['UBND TỈNH SƠN LA', 'SỞ GIÁO DỤC VÀ ĐÀO TẠO']
    >>> split_parent("ỦY BAN NHÂN DÂN TỈNH BẮC GIANG"), split_parent("BỘ NỘI VỤ")
    (['ỦY BAN NHÂN DÂN TỈNH BẮC GIANG'], ['BỘ NỘI VỤ'])
    """
    k = key(line).upper()
    levels = "|".join(rules()["cap_hanh_chinh"])
    heads = "|".join(key(w).upper() for w in rules()["dau_ten"])
    match = re.match(rf"((?:UBND|UY BAN NHAN DAN)\s+(?:{levels})\s+.+?)\s+(?=(?:{heads})\s)", k)
    if match is None:
        return [line]
    parent, rest = line[:match.end(1)], line[match.end():].strip()
    half = len(parent) // 2
    if parent[:half].strip() == parent[half:].strip():
        parent = parent[:half].strip()
    return [parent, rest]


def _join_wrapped(lines: list[str]) -> list[str]:
    """A one-word line is the end of the name above it, wrapped by a narrow table cell.

    >>> _join_wrapped(["UỶ BAN NHÂN", "DÂN", "TỈNH BẾN TRE"])
    ['UỶ BAN NHÂN DÂN', 'TỈNH BẾN TRE']
    >>> _join_wrapped(["BỘ NỘI VỤ", "BAN THI ĐUA - KHEN THƯỞNG"])
    ['BỘ NỘI VỤ', 'BAN THI ĐUA - KHEN THƯỞNG']
    >>> _join_wrapped(["UỶ BAN NHÂN", "DÂN TỈNH BẾN TRE"])
    ['UỶ BAN NHÂN DÂN', 'TỈNH BẾN TRE']
    """
    out: list[str] = []
    for line in lines:
        if out and len(line.split()) == 1:
            out[-1] = f"{out[-1]} {line}"
            continue
        cut = _cut_words(out[-1], line) if out else 0
        if cut:
            words = line.split()
            out[-1] = " ".join([out[-1], *words[:cut]])
            line = " ".join(words[cut:])
        out.append(line)
    return out


def _cut_words(previous: str, line: str) -> int:
    """How many words of ``line`` end a name (``ỦY BAN NHÂN DÂN``) that ``previous`` began."""
    before = " ".join(key(previous).upper().split())
    both = f"{before} {' '.join(key(line).upper().split())}"
    for name in rules()["tham_quyen_hoa"]:
        full = " ".join(key(name).upper().split())
        if full.startswith(f"{before} ") and both.startswith(f"{full} "):
            return len(full.split()) - len(before.split())
    return 0
