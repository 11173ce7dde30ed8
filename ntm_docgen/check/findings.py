"""A finding: which rule, where in the decree, where in the file, what was found and required."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from ntm_docgen.files.resources import load_data
from ntm_docgen.i18n import _, ngettext, shortened

#: Severities: lỗi is contrary to the decree's text, lưu ý departs from common practice.
LOI, LUU_Y = "loi", "luu_y"
#: The prefix of a finding on a copy block's part: ``ban_sao.so.padding`` is ``so.padding``
#: found in the block (check/rules_copy.py).
COPY = "ban_sao"


@cache
def rules() -> dict:
    """The rule data of ``data/check_rules.yaml``."""
    return load_data("check_rules.yaml")


def element(key: str) -> dict:
    """The rule data of one element (``quoc_hieu``, ``noi_nhan``, ...)."""
    return rules()["elements"][key]


def reference(key: str) -> str:
    """The decree place of an element's rules.

    >>> reference("noi_nhan")
    'NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II, khoản 9, điểm d; ô 9b'
    >>> reference("page")
    'NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục I, khoản 1 đến 3'
    """
    data = element(key)
    box = f"; {data['o']}" if data.get("o") else ""
    return f"{rules()['decree']}, {data['decree']}{box}"


@dataclass
class Finding:
    """One departure from the layout rules."""

    rule: str  # e.g. noi_nhan.size: the element key, a dot, the aspect
    where: str  # e.g. paragraph 41 (table row 1, column 1)
    text: str  # the element's text, shortened
    found: str
    required: str
    fix: Callable[[], object] | None = field(default=None, repr=False, compare=False)
    #: the paragraph (w:p) the finding is about, for a comment in Word; None: the whole letter
    anchor: object = field(default=None, repr=False, compare=False)
    #: one sentence that names what is wrong in the found text and the smallest fix; when
    #: empty, the sentence is made of ``found`` and ``required``
    note: str = field(default="", compare=False)
    #: the part of the letter the paragraph is in, when it is not the rule's own element (a
    #: Căn cứ line checked by the body's rules is labelled căn cứ); empty: the rule's element
    part: str = field(default="", compare=False)
    #: the heading of the attachment the paragraph is in, after the letter's signature
    #: ("Phụ lục 02"): a place the văn thư finds in a long file; empty: in the letter itself
    appendix: str = field(default="", compare=False)
    #: the paragraph named by its own words ("the line beginning “- Lưu: VT…”", check/named.py)
    #: for the user, who sees no paragraph numbers in Word; empty: ``where`` names the place
    line: str = field(default="", compare=False)

    @property
    def severity(self) -> str:
        """``loi`` (contrary to the decree's text) or ``luu_y`` (departs from practice)."""
        data = rules().get("luu_y", {})
        rule = self.rule.removeprefix(f"{COPY}.")
        return LUU_Y if rule in data or rule.split(".")[0] in data else LOI

    @property
    def severity_name(self) -> str:
        return _("note") if self.severity == LUU_Y else _("error")

    @property
    def message(self) -> str:
        """What is wrong and the fix, in the user's language."""
        if self.note:
            return self.note
        return _("found {found}; required {required}").format(found=self.found,
                                                             required=self.required)

    @property
    def place(self) -> str:
        """Where the finding is, for the user: the paragraph, and the attachment it is in.

        >>> found = Finding("font.name", "paragraph 493", "", "", "", appendix="Phụ lục 02")
        >>> found.place.startswith("paragraph 493, "), found.place.endswith(" Phụ lục 02")
        (True, True)
        >>> Finding("font.name", "paragraph 12", "", "", "").place
        'paragraph 12'
        """
        place = self.line or self.where
        if not self.appendix:
            return place
        return _("{where}, in {appendix}").format(where=place, appendix=self.appendix)

    @property
    def element_key(self) -> str:
        return self.rule.split(".")[0]

    @property
    def element(self) -> str:
        return element(self.part or self.element_key)["name"]

    @property
    def ref(self) -> str:
        return reference(self.element_key)

    @property
    def fixable(self) -> bool:
        return self.fix is not None

    def as_dict(self) -> dict:
        return {"rule": self.rule, "ref": self.ref, "element": self.element,
                "where": self.where, "text": self.text, "found": self.found,
                "required": self.required, "fixable": self.fixable,
                "severity": self.severity, "message": self.message}

    def __str__(self) -> str:
        shown = self.text.rstrip("…")
        # the element's text, unless the line that names the place already shows it
        text = f' "{self.text}"' if shown and shown[:20] not in self.line else ""
        return _("{severity}: {rule} [{ref}] {element} at {where}{text}: {message}").format(
            severity=self.severity_name, rule=self.rule, ref=self.ref, element=self.element,
            where=self.place, text=text, message=self.message)


def short(text: str, limit: int = 60) -> str:
    """Shorten ``text`` for a finding.

    >>> short("Nơi nhận:"), short("x" * 70)[-2:], len(short("x" * 70))
    ('Nơi nhận:', 'x…', 60)
    """
    return shortened(" ".join(text.split()), limit)


def to_json(findings: list[Finding], fixed: set[int] | None = None) -> str:
    """The findings as a JSON list; with ``fixed`` (indexes), each says whether it was fixed."""
    rows = []
    for i, finding in enumerate(findings):
        row = finding.as_dict()
        if fixed is not None:
            row["fixed"] = i in fixed
        rows.append(row)
    return json.dumps(rows, ensure_ascii=False, indent=2)


def fix_json(before: list[Finding], fixed: set[int], after: list[Finding]) -> str:
    """What ``check --fix --json`` prints: the list ``to_json`` gives of the findings before
    the repair, each with ``fixed`` (repaired) and ``left`` (still found in the repaired
    letter), and after them a row for each finding of the repaired letter that the letter did
    not have (``new``: one the repair brought, and the note ``page.fix_pages`` of the pages it
    moved), with ``fixed`` false and ``left`` true. Every finding of the repaired letter is
    thus one row whose ``left`` is true, a finding known by its rule, place and requirement.
    """
    rows = json.loads(to_json(before, fixed))
    unmatched = Counter(_key(f) for f in after)
    for row, finding in zip(rows, before, strict=True):
        row["left"] = unmatched[_key(finding)] > 0
        unmatched[_key(finding)] -= row["left"]
        row["new"] = False
    for finding in after:
        if unmatched[_key(finding)] > 0:
            unmatched[_key(finding)] -= 1
            rows.append({**finding.as_dict(), "fixed": False, "left": True, "new": True})
    return json.dumps(rows, ensure_ascii=False, indent=2)


def _key(finding: Finding) -> tuple[str, str, str]:
    return finding.rule, finding.where, finding.required


def to_text(findings: list[Finding], source: str) -> str:
    """The findings as lines of text, with a count first."""
    if not findings:
        return _("{path}: no findings").format(path=source)
    count = len(findings)
    head = ngettext("{path}: {count} finding", "{path}: {count} findings", count).format(
        path=source, count=count)
    return "\n".join([head, *(f"  {f}" for f in findings)])
