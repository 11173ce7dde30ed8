"""Clean copied letter text line by line: page furniture, table remnants and bold marks left out,
a label OCR read onto the body's last line set apart, run-together words parted, broken lines
joined."""

from __future__ import annotations

import re

from ntm_docgen.importer.cleaning import eth_as_d, is_furniture, key, rules
from ntm_docgen.importer.runtogether import COMMA, comma_space, split_run_together
from ntm_docgen.vietnamese.donvi import province_named

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
#: A date line opening with its place (``lam dong, ngay``, a key): the place before the comma.
_PLACE_DATE = re.compile(r"^([^\W\d_]+(?:\s+[^\W\d_]+){0,4})\s*,\s*ngay\b")


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


def clean_lines(lines: list[str], typed: bool = False) -> list[str]:
    """Strip furniture, table remnants and bold marks; mend broken lines. Blank lines stay;
    pipe-table rows and a ``---`` page break are kept as they are. A line of one letter or
    digit is OCR's or a copy's stray mark, but in a Word document (``typed``) it is text (the
    STT of a table read cell by cell): kept.

    >>> clean_lines(["Điều3. Bộ trưởng các Bộ chịu trách nhiệm.", "**Điều 4.** Hiệu lực"])
    ['Điều 3. Bộ trưởng các Bộ chịu trách nhiệm.', 'Điều 4. Hiệu lực']
    >>> clean_lines(["- - Như Điều 5;", "- - Lưu: VT,VP6.", "- -5%", "- Như trên;"])
    ['- Như Điều 5;', '- Lưu: VT, VP6.', '- -5%', '- Như trên;']
    """
    out = []
    table = pipe_table(lines)
    section = False  # the line before was a Công báo's section heading
    for n, raw in enumerate(lines):
        if n in table or raw.strip() == "---":
            out.append(" ".join(raw.split()))
            continue
        line = _BOLD_MARK.sub("", eth_as_d(_typed_rules_out(raw)).replace("\u00a0", " ")
                              .replace("\t", " "))
        line = _DOUBLE_MARK.sub(r"\1 ", " ".join(line.split()).strip("|").strip())
        if section and line and _gazette_level(line):
            section = False
            continue
        if is_furniture(line):
            section = section or bool(rules()["cong_bao_phan"].match(key(line)))
            continue
        section = section and not line
        alnum = sum(c.isalnum() for c in line)
        if _SEPARATOR.match(line) or alnum == 0 or (alnum < 2 and not _MARKER.match(line)
                                                    and not line.startswith("-") and not typed):
            line = ""
        out.extend(_run_together(_ARTICLE_GLUED.sub("Điều ", x)) if x else ""
                   for x in _label_apart(line))
    return join_broken(out)


#: An item's list mark doubled (``- - Như Điều 5;``): a Word list's dash over the dash the
#: clerk typed, which a PDF's text layer keeps both of where the page prints one.
_DOUBLE_MARK = re.compile(r"^([-–+•]) [-–] (?=[^\W\d_])")


#: A rule typed in Word under a header's name: underscores, a column's whole text (dashes
#: stand for "nothing" in a table's cells: "---").
_TYPED_RULE = re.compile(r"^_{3,}$")


def _typed_rules_out(raw: str) -> str:
    r"""A line of columns set by tabs (a header typed without a table: ``XÃ TÂN THÀNH<TAB>___``)
    without the columns that are only a typed rule (the tiêu ngữ's, under the other column's
    name), which would join the name beside them: only beside a name in capitals, as a
    header's are (a table's "---" and a form's blanks are text).

    >>> _typed_rules_out("    XÃ TÂN THÀNH\t_______________________")
    '    XÃ TÂN THÀNH'
    >>> _typed_rules_out("______"), _typed_rules_out("Họ tên:\t______")
    ('______', 'Họ tên:\t______')
    >>> _typed_rules_out("Thôn 1\t120\t---")
    'Thôn 1\t120\t---'
    """
    if "\t" not in raw:
        return raw
    cells = raw.split("\t")
    kept = [cell for cell in cells if not _TYPED_RULE.match(cell.strip())]
    named = [x.strip() for x in kept if x.strip()]
    if len(kept) == len(cells) or not named or not all(x.isupper() for x in named):
        return raw
    return "\t".join(kept)


def _gazette_level(line: str) -> bool:
    """The authority a Công báo's section lists, by its level with no province (``CHỦ TỊCH
    ỦY BAN NHÂN DÂN TỈNH``), in capitals: under the section's heading, the gazette's line.

    >>> _gazette_level("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH"), _gazette_level("HỘI ĐỒNG NHÂN DÂN TỈNH")
    (True, True)
    >>> _gazette_level("ỦY BAN NHÂN DÂN TỈNH AN GIANG"), _gazette_level("Ủy ban nhân dân tỉnh")
    (False, False)
    """
    return line.isupper() and bool(rules()["cong_bao_cap"].match(key(line)))


#: The body's closing mark, or the full stop of a body closed without one, then the Nơi nhận
#: label at the line's end (``... Quyết định này./ Nơi nhận:``, ``... Quyết định này. Nơi
#: nhận:``): OCR read the label of the column under the body onto its last line.
_CLOSE_THEN_LABEL = re.compile(r"\.(?:/\.?)? (N\w{1,2}i nh\w{1,2}n ?:)$")


def _label_apart(line: str) -> list[str]:
    """A line ending with the body's ``./.`` (or ``./``, its last dot not read, or a full
    stop alone) and the Nơi nhận label read after it, as two lines; any other line as it is.

    >>> _label_apart("Điều 3. Các ông chịu trách nhiệm thi hành Quyết định này./ Nơi nhận:")
    ['Điều 3. Các ông chịu trách nhiệm thi hành Quyết định này./', 'Nơi nhận:']
    >>> _label_apart("chịu trách nhiệm thi hành Quyết định này. Nơi nhận:")
    ['chịu trách nhiệm thi hành Quyết định này.', 'Nơi nhận:']
    >>> _label_apart("thi hành./. Nơi nhận: - Như trên;"), _label_apart("Nơi nhận:")
    (['thi hành./. Nơi nhận: - Như trên;'], ['Nơi nhận:'])
    >>> _label_apart("gửi đúng các nơi nhận:"), _label_apart("Xem danh sách. nơi nhận:")
    (['gửi đúng các nơi nhận:'], ['Xem danh sách. nơi nhận:'])

    A sign left before the label is no part of it:

    >>> _label_apart("[Nơi nhận:"), _label_apart("[Nơi nhận các văn bản")
    (['Nơi nhận:'], ['[Nơi nhận các văn bản'])
    """
    line = _MARKED_LABEL.sub("", line)
    match = _CLOSE_THEN_LABEL.search(line)
    if match is None or match.start() == 0:
        return [line]
    return [line[:match.start(1)].rstrip(), match.group(1)]


#: Signs typed or left before the Nơi nhận label that no label writes (a Word text box's
#: bracket: ``[Nơi nhận:``, Tô Hiệu's Kế hoạch 71 of held_out_43).
_MARKED_LABEL = re.compile(r"^[\[(/\\|*_`'\s]+(?=N\w{1,2}i nh\w{1,2}n ?:)")


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
        return COMMA.sub(comma_space, line)
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
    >>> join_broken(["tỉnh Lâm", "Đồng", "Lâm Đồng, ngày 27 tháng 8 năm 2025"])
    ['tỉnh Lâm', 'Đồng', 'Lâm Đồng, ngày 27 tháng 8 năm 2025']
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
    place = _PLACE_DATE.match(k_line)
    if place and province_named(place.group(1)) is not None:
        return False  # a V/v's last word ("Đồng") over "Lâm Đồng, ngày ...": the place is whole
    return not previous.endswith((".", ";", ",", ")"))


#: A whole Số line read without spaces (``Số:...../KH-DCT``): its number and ký hiệu, not a
#: line cut after one word; the type name under it stays a line of its own.
_WHOLE_SO = re.compile(r"^so\s*:\S*/[a-z]")
