"""What check holds to the decree: a letter of the Đảng is laid out by the Đảng's own rules."""

from __future__ import annotations

from ntm_docgen.check.common import where
from ntm_docgen.check.elements import Letter
from ntm_docgen.check.findings import Finding, rules
from ntm_docgen.i18n import _
from ntm_docgen.vietnamese.text import upper_vi


def out_of_scope(letter: Letter) -> Finding | None:
    """The one finding for a letter of the Đảng (Nghị định 30, Điều 2: the decree binds the
    State's bodies; the Đảng's letters follow its own Quy định and Hướng dẫn 36-HD/VPTW): its
    header prints "ĐẢNG CỘNG SẢN VIỆT NAM" where a letter of the State prints the Quốc hiệu.
    None for any other letter, or when the Quốc hiệu is there too."""
    if letter.quoc_hieu is not None:
        return None
    data = rules()["dang"]
    head = letter.segments[:data["header_lines"]]
    mark = next((s for s in head if upper_vi(s.clean) == data["mark"]), None)
    if mark is None:
        return None
    return Finding("dang.pham_vi", where(mark.para), mark.clean, _("a letter of the Đảng"),
                   _("a letter of the State, under the Quốc hiệu"), anchor=mark.para.el,
                   note=_('"{mark}" heads the letter where a letter of the State prints the '
                          'Quốc hiệu: it is a letter of the Đảng, laid out by the Đảng\'s own '
                          'rules (Hướng dẫn 36-HD/VPTW), not by Nghị định 30/2020/NĐ-CP; check '
                          'holds none of its parts to the decree').format(mark=mark.clean))
