"""The day a derived letter's level rules are read for: a letter dated outside its unit's
life refused (a province merged away, a commune before it was made), an undated draft told."""

from __future__ import annotations

from datetime import date

from ntm_docgen.derive.profile import Profile, level_clash
from ntm_docgen.derive.units import merged_into
from ntm_docgen.errors import Problem, SpecError
from ntm_docgen.i18n import N_, _, said
from ntm_docgen.vietnamese.donvi import HAI_CAP
from ntm_docgen.vietnamese.text import ngay_so


def check_day(profile: Profile, ngay: date | None, today: date, warnings: list[str]) -> date:
    """The day the level rules are read for; a letter dated outside the unit's life is refused."""
    day = ngay or today
    warnings.extend(level_clash(profile))
    gone = profile.den_ngay is not None and day > profile.den_ngay
    early = profile.tu_ngay is not None and day < profile.tu_ngay
    if not (gone or early):
        warn_if_merged(profile, day, warnings)
        return day
    if early and profile.tu_ngay:
        life = _("{unit} exists only from {day}").format(unit=profile.tinh,
                                                         day=ngay_so(profile.tu_ngay))
    else:
        life = _("{unit} exists only until {day}").format(
            unit=profile.tinh, day=ngay_so(profile.den_ngay) if profile.den_ngay else "")
    successor = merged_into(profile.tinh) if gone and profile.cap == "tỉnh" else None
    if successor:
        life = _("{life} (tỉnh {unit} was merged into tỉnh {successor} on {since})").format(
            life=life, unit=profile.tinh, successor=successor, since=ngay_so(HAI_CAP))
        instead = _("a profile of tỉnh {successor}").format(successor=successor)
    else:
        instead = _("the profile of the unit that replaced it")
    if ngay is not None:
        raise SpecError([Problem("den_ngay" if gone else "tu_ngay",
                                 _("{life}: give a --ngay in that time, or use {instead}")
                                 .format(life=life, instead=instead),
                                 f"--ngay {ngay_so(ngay)}")], profile.source)
    warnings.append(said(N_("{profile}: {life}; this undated draft follows the rules of {day}: "
                            "give --ngay in that time to date it, or use {instead}"),
                         profile=profile.source, life=life, day=ngay_so(day), instead=instead))
    return day


def warn_if_merged(profile: Profile, day: date, warnings: list[str]) -> None:
    """A profile that gives no den_ngay for a province that ceased on 1 July 2025 still works
    (contract §5's Kon Tum), but a letter dated from then on gets a warning naming the successor."""
    successor = merged_into(profile.tinh) if profile.cap == "tỉnh" else None
    if successor is None or day < HAI_CAP:
        return
    warnings.append(said(N_("{profile}: tỉnh {unit} was merged into tỉnh {successor} on {since}, "
                            "and this letter is dated {day}: the units below are taken as xã and "
                            "phường; give a --ngay before {since} or use a profile of tỉnh "
                            "{successor}"),
                         profile=profile.source, unit=profile.tinh, successor=successor,
                         day=ngay_so(day), since=ngay_so(HAI_CAP)))
