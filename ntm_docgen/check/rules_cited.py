"""A căn cứ citing a text the table knows (data/van_ban_can_cu.yaml) with another date: the
text's number and symbol as the table's, or a law's name whose one version is a sign away
(``Luật Thi đua, khen thưởng ngày 16 tháng 6 năm 2022`` for the law of 15/6/2022)."""

from __future__ import annotations

from ntm_docgen.check.common import where
from ntm_docgen.check.elements import Letter
from ntm_docgen.check.findings import Finding, short
from ntm_docgen.i18n import _
from ntm_docgen.vietnamese.cited import Known, citations, dated_otherwise


def _note(known: Known) -> str:
    """A law is passed by the Quốc hội on the date its citation carries; other texts are
    issued."""
    if known.loai in ("Luật", "Bộ luật"):
        return _("{text} ({issuer} passed it on {date}); the căn cứ dates it {read}: write the "
                 "date it was passed")
    return _("{text} ({issuer}) was issued on {date}; the căn cứ dates it {read}: write the "
             "date it bears")


def cited_dates(letter: Letter) -> list[Finding]:
    """Each known text a căn cứ cites dated otherwise than it is."""
    out = []
    for para in letter.can_cu:
        text = para.clean
        for c in citations(text):
            known = dated_otherwise(text, c)
            if known is None:
                continue
            read = text[c.when[0]:c.when[1]]
            real = f"{known.ngay:%d/%m/%Y}"
            out.append(Finding(
                "can_cu.cited_date", where(para), short(text),
                _("{text} dated {read}").format(text=known.label, read=read),
                _("{text} as issued: {date}").format(text=known.label, date=real),
                anchor=para.el,
                note=_note(known).format(text=known.label, issuer=known.ban_hanh, date=real,
                                         read=read)))
    return out
