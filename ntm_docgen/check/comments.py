"""``check --comments``: a copy of the letter with each finding as a Word comment on its element.

Clerks review in Word: each comment sits on the paragraph the finding is about (the whole
letter's findings, such as margins, on its first line) and says the severity, what is wrong and
the fix, and the decree's place. Nothing else in the letter changes: python-docx adds
``word/comments.xml``, its relationship and its content type, and the range marks around the runs.
"""

from __future__ import annotations

import re
from pathlib import Path

from docx.text.paragraph import Paragraph
from docx.text.run import Run
from lxml import etree

from ntm_docgen.check.findings import Finding
from ntm_docgen.check.props import w
from ntm_docgen.check.reader import Document, open_docx
from ntm_docgen.files.output import write_with
from ntm_docgen.files.remotetemplate import save_word
from ntm_docgen.i18n import _

AUTHOR, INITIALS = "ntm-docgen", "ND"
#: findings about the whole letter (page, section, header): their comment opens the letter
_WHOLE = {"page", "so_trang"}
_PLACE = re.compile(r"^\D*?(\d+)")


def anchor_of(doc: Document, finding: Finding) -> etree._Element:
    """The paragraph a finding is about; the letter's first line for the whole letter."""
    if finding.anchor is not None:
        return finding.anchor  # type: ignore[return-value]
    match = _PLACE.match(finding.where)
    if finding.rule.split(".")[0] not in _WHOLE and match is not None \
            and int(match[1]) <= len(doc.paras):
        return doc.paras[int(match[1]) - 1].el
    return next((p.el for p in doc.paras if p.clean), doc.paras[0].el)


def comment_text(finding: Finding) -> str:
    """The comment: severity, element, what is wrong and the fix, the decree's place."""
    return _("{severity} – {element}: {message} ({ref})").format(
        severity=finding.severity_name.upper(), element=finding.element,
        message=finding.message, ref=finding.ref)


def _runs(doc: Document, p: etree._Element) -> list[Run]:
    paragraph = Paragraph(p, doc.doc._body)  # type: ignore[arg-type]
    runs = [r for r in p.iter(w("r")) if next(r.iterancestors(w("p"))) is p
            and "".join(t.text or "" for t in r.iter(w("t"))).strip()]
    if not runs:
        return [paragraph.add_run("")]
    # from the first run that prints a letter: LibreOffice drops an inline drawing of the
    # paragraph above when the range starts on the spaces a line is centred with
    return [Run(r, paragraph) for r in (runs[0], runs[-1])]  # type: ignore[arg-type]


def add_comments(doc: Document, findings: list[Finding]) -> int:
    """Add one comment per finding to the opened document; the number added."""
    for finding in findings:
        doc.doc.add_comment(_runs(doc, anchor_of(doc, finding)), text=comment_text(finding),
                            author=AUTHOR, initials=INITIALS)
    return len(findings)


def write_comments(path: Path | str, out: Path | str, findings_of,
                   force: bool = False) -> list[Finding]:
    """Check ``path`` and write ``out``: the letter with its findings as comments."""
    doc = open_docx(path)
    findings = findings_of(doc)
    add_comments(doc, findings)
    write_with(out, lambda tmp: save_word(doc.doc, tmp), force=force)
    return findings
