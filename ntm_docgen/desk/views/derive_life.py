"""The life of a profile on the page “Văn bản thực hiện”: the time a shipped profile may issue
letters in, shown beside its name, and a new letter dated outside it told in the page's words."""

from __future__ import annotations

from datetime import date
from typing import Any

from ntm_docgen.desk.views import profiles
from ntm_docgen.errors import SpecError
from ntm_docgen.i18n import _


def life(profile: dict[str, Any], day: date) -> str:
    """'' if ``profile`` may issue a letter dated ``day``; else which side of its life
    ``day`` falls on: 'gone' or 'early'."""
    since, until = profile.get("tu_ngay"), profile.get("den_ngay")
    if isinstance(until, date) and day > until:
        return "gone"
    if isinstance(since, date) and day < since:
        return "early"
    return ""


def span(profile: dict[str, Any]) -> str:
    """The time a shipped profile may issue letters in, beside its name in the list."""
    since, until = profile.get("tu_ngay"), profile.get("den_ngay")
    if isinstance(until, date):
        return _("letters up to {day}").format(day=until.strftime("%d/%m/%Y"))
    if isinstance(since, date):
        return _("letters from {day}").format(day=since.strftime("%d/%m/%Y"))
    return ""


def out_of_life(error: SpecError, chosen: dict[str, Any] | None, day: date) -> str:
    """A profile's life (or level) that does not hold the new letter's date, told in this
    page's words (its fields, not the command line's --ngay); '' for any other error."""
    if not any(p.path in ("den_ngay", "tu_ngay") for p in error.problems):
        return profiles.level_gone(error, chosen, day)  # a level gone, or ''
    name = str((chosen or {}).get("ten_goi") or "")
    side = life(chosen, day) if chosen else ""
    since, until = (chosen or {}).get("tu_ngay"), (chosen or {}).get("den_ngay")
    dated = day.strftime("%d/%m/%Y")
    if side == "gone" and isinstance(until, date):
        told = _("The profile {name} is for letters dated up to {day}; the new letter is dated "
                 "{date}.").format(name=name, day=until.strftime("%d/%m/%Y"), date=dated)
    elif side == "early" and isinstance(since, date):
        told = _("The profile {name} is for letters dated from {day}; the new letter is dated "
                 "{date}.").format(name=name, day=since.strftime("%d/%m/%Y"), date=dated)
    else:
        told = _("The profile chosen is not for letters dated {date}.").format(date=dated)
    return _("{told} Choose another in “{body}” (for a unit that was merged, the profile of "
             "the unit that replaced it), or change “{date_field}”; then choose the guidance "
             "file again and press “{button}”.").format(
        told=told, body=_("Your body (profile)"), date_field=_("Date of the new letter"),
        button=_("Write the letter"))


