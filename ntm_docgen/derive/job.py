"""One derivation's record: the forms offered and what every form's builder reads."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ntm_docgen.derive.profile import Profile
from ntm_docgen.derive.recipients import body_key
from ntm_docgen.derive.rules import LevelRules, Rewriter, mau
from ntm_docgen.letter.spec import Spec

FORMS = ("cong-van", "huong-dan", "ke-hoach")
LOAI = {"cong-van": "CV", "huong-dan": "HD", "ke-hoach": "KH"}


@dataclass
class DeriveResult:
    """The derived letter as plain spec data (contract §1 key order) and what to check in it."""

    spec: dict[str, Any]
    warnings: list[str] = field(default_factory=list)
    #: the pages of the letter from above read by OCR (from 1), and the words OCR was unsure of
    ocr_pages: tuple[int, ...] = ()
    unsure: tuple[str, ...] = ()
    #: the letter from above as it was read (``derive_file``), for her to hold the draft against
    source: Spec | None = None


@dataclass
class Derivation:
    """Everything a form needs: the source, the profile, the rules and the sentence fields."""

    source: Spec
    profile: Profile
    form: str
    rules: LevelRules
    rewrite: Rewriter
    fields: dict[str, str]
    kinh_gui: list[str]
    ngay: date | None
    so: int | None
    han: date | None
    warnings: list[str]
    #: the lines that carry what the level above asks of the unit itself (``request_of``)
    asked: list[str] = field(default_factory=list)
    #: the source's line asking the unit's own level to report to one of its bodies (``duty``)
    duty: str | None = None
    #: the source's lines as written, by the lines they were carried down as (to quote them)
    written: dict[str, str] = field(default_factory=dict)
    #: the other place's name when the letter is of another place (``elsewhere``), else ""
    theirs: str = ""
    #: whether the letter asks its units for a report (``report.asks_report``)
    reports: bool = True
    #: the words setting the day of a document the source asks sent (``sendby.sent_by_day``:
    #: "trước ngày 14/4/2025"), which the letter asks of its units; "" when it asks none (set
    #: so by a form that carries the source's own line asking it)
    sent: str = ""

    @property
    def delegates(self) -> bool:
        """True when the standing body is another body than the issuer: it gets a ``Giao`` line."""
        return not self.profile.standing_itself

    @property
    def reports_up(self) -> str:
        """A Sở that is its own standing body through one of its boards: the sentence of what it
        reports up, to its people's committee (and to the source's body when another), else ""
        (and "" when the letter reports to no one above: ``cap_tren`` empty)."""
        profile = self.profile
        if not (self.reports and profile.department and profile.co_quan_thuong_truc
                and profile.standing_itself and self.fields["cap_tren"]):
            return ""
        own = f"Ủy ban nhân dân {self.fields['dia_ban']}"
        above = self.fields["cap_tren"]
        up = own if not above or body_key(above, profile.tinh) == body_key(own, profile.tinh) \
            else f"{own} và {above}"
        return self.say(mau()["to_chuc"]["bao_cao_so"], len_tren=up)

    def say(self, template: str, **extra: str) -> str:
        """Fill a sentence of data/derive/mau.yaml."""
        return template.format(**{**self.fields, **extra})
