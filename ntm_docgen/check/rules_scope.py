"""What check holds to the decree: a letter of the Đảng is laid out by the Đảng's own rules;
a State letter typed with the Đảng's line in place of the Quốc hiệu has the wrong motto."""

from __future__ import annotations

import re

from ntm_docgen.check.common import where
from ntm_docgen.check.elements import Letter
from ntm_docgen.check.findings import Finding, rules
from ntm_docgen.check.paras import Line
from ntm_docgen.i18n import _
from ntm_docgen.vietnamese.text import upper_vi


def _issuer(letter: Letter) -> list[Line]:
    return [*letter.chu_quan, *letter.co_quan]


def of_the_dang(lines: list[Line]) -> bool:
    """True when one of the issuer's lines names a body of the Đảng (ĐẢNG BỘ ..., TỈNH ỦY,
    BAN TỔ CHỨC TỈNH ỦY, CHI BỘ ...): data/check_rules.yaml, ``dang.issuers``."""
    patterns = [re.compile(p) for p in rules()["dang"]["issuers"]]
    return any(p.search(upper_vi(line.clean)) for line in lines for p in patterns)


def out_of_scope(letter: Letter) -> Finding | None:
    """The one finding for a letter of the Đảng (Nghị định 30, Điều 2: the decree binds the
    State's bodies; the Đảng's letters follow its own Quy định and Hướng dẫn 36-HD/VPTW): its
    header prints "ĐẢNG CỘNG SẢN VIỆT NAM" where a letter of the State prints the Quốc hiệu,
    and its issuer is a body of the Đảng (or none is read). None for any other letter."""
    mark = letter.dang
    if mark is None or (_issuer(letter) and not of_the_dang(_issuer(letter))):
        return None
    return Finding("dang.pham_vi", where(mark.para), mark.clean, _("a letter of the Đảng"),
                   _("a letter of the State, under the Quốc hiệu"), anchor=mark.para.el,
                   note=_('"{mark}" heads the letter where a letter of the State prints the '
                          'Quốc hiệu: it is a letter of the Đảng, laid out by the Đảng\'s own '
                          'rules (Hướng dẫn 36-HD/VPTW), not by Nghị định 30/2020/NĐ-CP; check '
                          'holds none of its parts to the decree').format(mark=mark.clean))


def party_motto(letter: Letter) -> Finding | None:
    """A State body's letter (UBND, Sở, HĐND ...) headed "ĐẢNG CỘNG SẢN VIỆT NAM" where the
    Quốc hiệu goes: the motto of the Đảng typed for the State's. One finding that names the
    Quốc hiệu, and the Tiêu ngữ too when it is missing; None for any other letter."""
    mark = letter.dang
    if mark is None or not _issuer(letter) or of_the_dang(_issuer(letter)):
        return None
    data = rules()
    issuer = " ".join(line.clean for line in letter.co_quan or letter.chu_quan)
    quoc_hieu = f'"{data["quoc_hieu"]}"'
    if letter.tieu_ngu is None:
        wanted = _('{quoc_hieu}, and "{tieu_ngu}" under it').format(
            quoc_hieu=quoc_hieu, tieu_ngu=data["tieu_ngu"])
        fix = _('type {quoc_hieu} in its place and "{tieu_ngu}" under it').format(
            quoc_hieu=quoc_hieu, tieu_ngu=data["tieu_ngu"])
    else:
        wanted, fix = quoc_hieu, _("type {quoc_hieu} in its place").format(quoc_hieu=quoc_hieu)
    return Finding(
        "quoc_hieu.dang", where(mark.para), mark.clean, f'"{mark.clean}"', wanted,
        anchor=mark.para.el,
        note=_('"{mark}" is the line of the Đảng\'s letters; {issuer} is a body of the State, '
               'and its letter is headed by the Quốc hiệu and the Tiêu ngữ: {fix}').format(
                   mark=mark.clean, issuer=issuer, fix=fix))
