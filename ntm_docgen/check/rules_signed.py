"""What the page says that render warns of in a spec's addressees and signature: a công văn
sent to no one, a decision with a Kính gửi, a signature that speaks for another authority or
contradicts itself (letter/signing.signature_gaps). The rules are render's; here they read the
page."""

from __future__ import annotations

from ntm_docgen.check.common import where
from ntm_docgen.check.elements import Letter
from ntm_docgen.check.findings import Finding, short
from ntm_docgen.check.paras import Line
from ntm_docgen.check.rules_content import authority
from ntm_docgen.i18n import _
from ntm_docgen.letter.signing import signature_gaps


def check_signed(letter: Letter) -> list[Finding]:
    """A công văn without Kính gửi, a decision with one, and the signature's contradictions."""
    return [*_addressed(letter), *_signature(letter)]


def _addressed(letter: Letter) -> list[Finding]:
    if letter.vv and letter.ten_loai is None and not letter.kinh_gui:  # a công văn: its V/v
        line = letter.vv[-1]
        return [_finding("kinh_gui.cong_van", line, _("no Kính gửi"),
                         _("“Kính gửi:” and the recipients under the V/v"), _(
            "the công văn is sent to no one: under its V/v, type “Kính gửi:” and the "
            "recipients, and “Như trên” first in the Nơi nhận"))]
    if letter.loai is not None and letter.loai.ma == "TTr" and not letter.kinh_gui \
            and letter.ten_loai is not None:
        line = letter.trich_yeu[-1] if letter.trich_yeu else letter.ten_loai
        return [_finding("kinh_gui.to_trinh", line, _("no Kính gửi"),
                         _("“Kính gửi:” and the authority asked, under the trích yếu"), _(
            "the Tờ trình names no authority it asks to decide: under its trích yếu, type "
            "“Kính gửi:” and that authority (“Ủy ban nhân dân tỉnh …”)"))]
    if letter.is_quyet_dinh and letter.kinh_gui and letter.loai is not None:
        line = letter.kinh_gui[0]
        return [_finding("kinh_gui.quyet_dinh", line, f'"{short(line.clean, 30)}"',
                         _("no Kính gửi in a decision"), _(
            "a {name} is addressed to no one: its articles name who carries it out and its "
            "Nơi nhận who receives it (“Như Điều 3”); delete the Kính gửi lines").format(
                name=letter.loai.ten))]
    return []


def _signature(letter: Letter) -> list[Finding]:
    if not letter.quyen_han or not letter.chuc_vu:
        return []
    line = authority(letter)
    title = " ".join(x.clean for x in letter.chuc_vu)
    gaps = signature_gaps(letter.loai.ma if letter.loai else "", line.clean if line else "",
                          [x.clean for x in letter.quyen_han], title)
    out = []
    for gap in gaps:
        first = letter.quyen_han[0]
        if gap.kind == "tm_for_head":
            out.append(_finding("quyen_han.tm", first, f'"{short(gap.line, 30)}"', _(
                "the head, or KT. of the head"), _(
                '"{line}" signs on behalf of a collective, but the decision is issued by '
                "{authority}, one person: delete the “TM.” line (the head signs, or a deputy "
                "“KT.” of the head)").format(line=short(gap.line),
                                             authority=short(line.clean if line else ""))))
        elif gap.kind == "no_tm":
            out.append(_finding("quyen_han.tm", first, f'"{short(first.clean, 30)}"',
                                f'"TM. {gap.body}"', _(
                "the decision is issued by {authority}, a collective, and is signed on its "
                "behalf: type “TM. {body}” as the first line of the signature").format(
                    authority=short(line.clean if line else ""), body=gap.body)))
        elif gap.kind == "kt_head":
            at = next(x for x in letter.quyen_han if x.clean.upper().startswith("KT."))
            out.append(_finding("quyen_han.kt", at, f'"{short(gap.line, 30)}" / "{title}"', _(
                "KT. of the head over a deputy's title"), _(
                '"{line}" is a deputy signing for the head, but the title under it is the '
                "head's own ({title}): the head signs without the “KT.” line, or the deputy's "
                "title is typed (“PHÓ {title}”)").format(line=gap.line, title=title)))
        else:
            out.append(_finding("quyen_han.kt", first, f'"{short(gap.line, 30)}" / "{title}"',
                                f'"KT. {gap.head}"', _(
                "a deputy ({title}) signs on behalf of the Ủy ban through its head: type "
                "“KT. {head}” under “{line}”").format(title=title, head=gap.head,
                                                      line=gap.line)))
    return out


def _finding(rule: str, line: Line, found: str, required: str, note: str) -> Finding:
    return Finding(rule, where(line.para), short(line.clean), found, required,
                   anchor=line.para.el, note=note)
