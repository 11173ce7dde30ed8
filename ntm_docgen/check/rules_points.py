"""Points a), b), … of the body in the order of the Vietnamese alphabet (ô 6, nd30-layout row 6)."""

from __future__ import annotations

from ntm_docgen.check.common import where
from ntm_docgen.check.elements import Letter
from ntm_docgen.check.findings import Finding, short
from ntm_docgen.i18n import _
from ntm_docgen.vietnamese.points import out_of_order


def check_points(letter: Letter) -> list[Finding]:
    """One finding for each list of points whose letters leave the alphabet's order, on its
    first point out of order, naming the letter due there."""
    out = []
    for wrong in out_of_order([p.numbered for p in letter.body]):
        para = letter.body[wrong.index]
        out.append(Finding(
            "body.point_order", where(para), short(para.clean), f'"{wrong.found})"',
            _('"{expected})": points follow the Vietnamese alphabet (a, b, c, d, đ, e, g, h, '
              'i, k …)').format(expected=wrong.expected),
            anchor=para.el, note=point_note(short(para.clean, 45), wrong.expected)))
    return out


def point_note(point: str, expected: str) -> str:
    """What is wrong with a point out of order, named by its first words ("e) Cập nhật đầy
    đủ …": a Kế hoạch holds a list of points under each of its parts), and the fix."""
    return _('the point "{point}" stands where "{expected})" is due: points follow the '
             'Vietnamese alphabet (a, b, c, d, đ, e, g, h, i, k …), without f, j, w, z; write '
             '"{expected})" and the letters after it in that order').format(point=point,
                                                                          expected=expected)
