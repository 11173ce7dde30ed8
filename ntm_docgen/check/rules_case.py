"""The trích yếu's case (ô 5a, 5b): the decree writes it in ordinary letters, not capitals."""

from __future__ import annotations

import re

from ntm_docgen.check.common import where
from ntm_docgen.check.elements import Letter
from ntm_docgen.check.findings import Finding, short
from ntm_docgen.check.paras import Line
from ntm_docgen.i18n import _
from ntm_docgen.vietnamese.names import ordinary_case, words_in_capitals

_VV = re.compile(r"^v/v\s*", re.IGNORECASE)
#: the number of a legal normative document, with its year: "Số: 31/2020/QĐ-UBND"
_SO_NAM = re.compile(r"^Số:\s*[\d\s.…_]*/\s*\d{4}\s*/")


def trich_yeu_case(letter: Letter) -> list[Finding]:
    """Ô 5a: a trích yếu under the tên loại typed in capitals (``VỀ VIỆC KIỆN TOÀN ...``).

    Only a letter of Phụ lục III's types is held to it: a legal normative document (its number
    carries its year, ``Số: 32/2024/NĐ-CP``) is laid out by the law on such documents, and a
    permit or certificate by its sector's form, which print it in capitals. A heading that
    runs on into the trích yếu (``GIẤY MỜI HỌP``) is the tên loại's, told by its own rules.
    No ``--fix``: only the văn thư knows which words are names that keep their capitals.
    """
    lines = [line for line in letter.trich_yeu if line is not letter.ten_loai]
    if letter.loai is None or not lines or _normative(letter):
        return []
    text = " ".join(line.clean for line in lines)
    if not words_in_capitals(text):
        return []
    return _in_capitals("trich_yeu.case", lines, text,
                        _("the trích yếu in ordinary letters (chữ in thường)"),
                        _('the trích yếu "{text}" is typed in capitals; the decree writes it in '
                          'ordinary letters, capitals only where the language takes them (names '
                          'of bodies and places): "{wanted}"').format(
                            text=short(text, 40), wanted=short(ordinary_case(text), 80)))


def vv_case(vv: list[Line]) -> list[Finding]:
    """Ô 5b: a công văn's trích yếu after ``V/v`` typed in capitals (``V/v TĂNG CƯỜNG ...``)."""
    text = " ".join(line.clean for line in vv)
    rest = _VV.sub("", text)
    if not vv or not words_in_capitals(rest):
        return []
    wanted = ordinary_case(rest, after_vv=True)
    return _in_capitals("vv.case", vv, text,
                        _('"V/v <trích yếu>" in ordinary letters (chữ in thường)'),
                        _('the trích yếu "{text}" is typed in capitals; the decree writes it '
                          'after "V/v" in ordinary letters, capitals only where the language '
                          'takes them (names of bodies and places): "{wanted}"').format(
                            text=short(text, 40), wanted=short(f"V/v {wanted}", 80)))


def _in_capitals(rule: str, lines: list[Line], text: str, expected: str,
                 note: str) -> list[Finding]:
    """The one finding of a trích yếu typed in capitals (``text``, its ``lines`` joined), told
    on its first line."""
    return [Finding(rule, where(lines[0].para), short(text),
                    _('"{text}" in capitals').format(text=short(text, 40)), expected,
                    anchor=lines[0].para.el, note=note)]


def _normative(letter: Letter) -> bool:
    """True when the number carries its year: a legal normative document."""
    return letter.so is not None and _SO_NAM.match(letter.so.clean) is not None
