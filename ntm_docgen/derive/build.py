"""Derive the local implementing letter: the rewriter and sentence fields, then the form."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from ntm_docgen.derive.above import RANK, not_above, source_warnings
from ntm_docgen.derive.attached import own_attachments
from ntm_docgen.derive.award import chair_gives_awards
from ntm_docgen.derive.cite import citation, issuer_name, issuer_short, lower_first, upper_first
from ntm_docgen.derive.city import as_a_city
from ntm_docgen.derive.dateplace import placed_by_date_line
from ntm_docgen.derive.decision import plan_of
from ntm_docgen.derive.duty import (
    deadline_above,
    duty_above,
    duty_deadline,
    duty_noi_nhan,
    duty_warnings,
    keep_duty,
)
from ntm_docgen.derive.elsewhere import elsewhere, elsewhere_warnings, names_kept
from ntm_docgen.derive.forms import build_form
from ntm_docgen.derive.front import front_work, steps_ended
from ntm_docgen.derive.head import as_a_department
from ntm_docgen.derive.itself import not_given_itself
from ntm_docgen.derive.job import FORMS, LOAI, Derivation, DeriveResult
from ntm_docgen.derive.levels import district_lines, drop_tallies, mend_lists
from ntm_docgen.derive.movement import named_in_titles
from ntm_docgen.derive.numbering import numbered_again
from ntm_docgen.derive.ownlevel import own_parents_letter, to_itself
from ntm_docgen.derive.procedures import procedures_elsewhere
from ntm_docgen.derive.profile import Profile, drafting_unit_warnings, signer_warnings
from ntm_docgen.derive.province import drop_province
from ntm_docgen.derive.quoted import quoted_spans
from ntm_docgen.derive.recipients import one_body_once
from ntm_docgen.derive.renamed import rename_gone
from ntm_docgen.derive.report import asks_report
from ntm_docgen.derive.request import addressed_elsewhere
from ntm_docgen.derive.rules import LevelRules, Rewriter, level_rules, mau, van
from ntm_docgen.derive.sendby import ask_sent, sent_by_day
from ntm_docgen.derive.sourcewords import odd_words
from ntm_docgen.derive.targets import targets_above
from ntm_docgen.derive.tasked import tasked_in_noi_nhan
from ntm_docgen.derive.theirplace import OwnCounterparts, their_own
from ntm_docgen.derive.tookover import given_over
from ntm_docgen.derive.unitlife import check_day
from ntm_docgen.derive.units import units_below
from ntm_docgen.derive.upward import (
    also_to_issuer,
    deadline_past,
    drop_above,
    ended_periods,
    reports_to,
)
from ntm_docgen.derive.work import reported, subject
from ntm_docgen.errors import Problem, SpecError
from ntm_docgen.i18n import N_, _, said
from ntm_docgen.letter.spec import Spec
from ntm_docgen.vietnamese.donvi import HAI_CAP
from ntm_docgen.vietnamese.loai import find_loai
from ntm_docgen.vietnamese.text import ngay_ngan, ngay_so, so_hieu


def derive_letter(source: Spec, profile: Profile, form: str, *, ngay: date | None = None,
                  so: int | None = None, han: date | None = None, today: date) -> DeriveResult:
    """The letter ``profile`` issues to carry ``source`` one level down, as spec data."""

    if form not in FORMS:
        raise ValueError(f"form must be one of {FORMS}")
    source, placed = placed_by_date_line(source)
    source, warnings = plan_of(source)
    warnings[:0] = placed
    source, left = own_attachments(source, profile)
    day = check_day(profile, ngay, today, warnings)
    rules, exact = level_rules(profile.cap, day)
    if not exact and ngay is not None:  # a letter dated when its level was no more
        raise SpecError([Problem("cap", _(
            "there is no {level} level on {day}: local government has two levels, tỉnh and xã, "
            "from {since}; derive with the profile of the tỉnh or of the xã that took over, or "
            "date the letter before {since}").format(level=profile.cap, day=ngay_so(day),
                                                      since=ngay_so(HAI_CAP)),
                                 profile.cap)], profile.source)
    if not exact:
        warnings.append(_("there are no {level} level rules for {day} (local government has "
                          "two levels, tỉnh and xã, from {since}); the rules of that level's "
                          "last period were used").format(level=profile.cap, day=ngay_so(day),
                                                          since=ngay_so(HAI_CAP)))
    duoi = profile.don_vi_duoi or units_below(profile, day) or rules.duoi
    kinh_gui = list(profile.kinh_gui) or [k.format(duoi=duoi) for k in rules.kinh_gui]
    new_loai = find_loai(LOAI[form])
    assert new_loai is not None
    other = elsewhere(source, profile)
    commune = other is None and RANK.get(profile.cap) == RANK["xã"]
    own = OwnCounterparts(profile.cap if commune else "")
    rewrite = _rewriter(source, profile, rules, duoi, new_loai.ten,
                        theirs=other.theirs if other else "", own=own)
    viec = rewrite(subject(source.trich_yeu or ""))
    bao_cao, viec_lam = reported(viec)
    nguoi_nhan = "; ".join(_lower_cac(k) for k in kinh_gui)
    fields = {
        "trich_dan": citation(source),
        "so_hieu_nguon": so_hieu(source.so, source.ky_hieu),
        "loai_nguon": source.loai.ten,
        "van_ban_nguon": (f"{source.loai.ten} số {so_hieu(source.so, source.ky_hieu)}"
                          if source.so is not None else f"{source.loai.ten} nêu trên"),
        "nguon": issuer_name(source.co_quan),
        "ten_goi": profile.ten_goi,
        "ten_goi_ngan": profile.ten_goi_ngan,
        "nguoi_nhan": nguoi_nhan,
        "Nguoi_nhan": upper_first(nguoi_nhan),
        "viec": viec,
        "Viec": upper_first(viec),
        "bao_cao": bao_cao,
        "Bao_cao": upper_first(bao_cao),
        "viec_lam": viec_lam,
        "thuong_truc": profile.co_quan_thuong_truc or profile.ten_goi_ngan,
        "han": ngay_ngan(han) if han else "",
        "loai_nay": f"{new_loai.ten} này",
        "dia_ban": mau()["dia_ban"][profile.cap],
    }
    fields["tren_dia_ban"] = "" if "trên địa bàn" in viec \
        else f" trên địa bàn {fields['dia_ban']}"
    # no standing body named: the reports go to the issuer itself, which only sums them up
    self_standing = profile.standing_itself
    fields["theo_de_cuong"] = mau()["theo_de_cuong"] if source.phu_luc else ""
    for key in ("tong_hop", "xu_ly"):
        fields[key] = mau()[key]["tu" if self_standing else "khac"].format(**fields)
    fields["cap_tren"], copy_issuer, upward = reports_to(source, profile, day,
                                                             theirs=other.theirs if other else "")
    fields["han_tren"] = ""
    # the level above asks the unit's own level to report to one of its bodies, by a day
    duty = duty_above(source, profile) if not upward and other is None else None
    passed = keep_duty(fields, duty, profile.cap, day) if duty else []
    reports = asks_report(source, bao_cao, han=han is not None, duty=duty is not None)
    if not reports:
        warnings.append(said(N_("{cited} asks for no report: the letter asks none and attaches "
                                "no outline; give --han to ask for a report by that day"),
                             cited=fields["van_ban_nguon"]))
    elif han is None:
        warnings.append(_("no --han given: the letter sets no deadline for reports"))
    if source.ngay is not None and day < source.ngay:
        warnings.append(_("the letter is dated {day}, before {cited} of {cited_day} that it "
                          "implements: check the letter's date")
                        .format(day=ngay_so(day), cited=fields["van_ban_nguon"],
                                cited_day=ngay_so(source.ngay)))
    if source.so is None or source.ngay is None:
        warnings.append(said(N_("the letter implemented has no number or date: the citation "
                                "has none")))
    # first: the wrong letter
    warnings[:0] = source_warnings(source, profile, day) \
        + elsewhere_warnings(source, profile, other) + addressed_elsewhere(source, profile) \
        + procedures_elsewhere(source, profile) + front_work(source, profile, form) + upward
    warnings += (duty_warnings(duty, profile, fields) + passed) if duty else []
    if han is not None:  # a duty's own day is the one the units below report before
        han, told = duty_deadline(duty, han, profile.cap, day) if duty and duty.han \
            else deadline_above(source, han, profile.cap, day)
        fields["han"] = ngay_ngan(han)
        warnings += told
    sent = sent_by_day(source)  # a document asked by a day: the units are asked for it first
    asked_sent = ask_sent(fields, sent, han, day, named=other is None and not upward) \
        if sent else []
    warnings += left + drafting_unit_warnings(profile, form) + signer_warnings(profile)
    job = Derivation(source=source, profile=profile, form=form, rules=rules, rewrite=rewrite,
                     fields=fields, kinh_gui=kinh_gui, ngay=ngay, so=so, han=han,
                     warnings=warnings, duty=duty.line if duty else None,
                     theirs=other.name if other else "", reports=reports,
                     sent=sent.by if sent else "")
    spec = build_form(job)
    warnings += own.told()  # a body of the province in a list of the commune's own
    warnings += asked_sent if job.sent else []  # told when the letter asks it
    if copy_issuer:
        also_to_issuer(spec, fields["nguon"])
    if duty and fields["cap_tren"] != fields["nguon"]:
        duty_noi_nhan(spec, fields["nguon"])
    one_body_once(spec, profile.thuoc or profile.tinh)
    warnings += drop_above(spec, rules.tren, fields["dia_ban"])
    warnings += given_over(spec, profile.cap, day, fields["Nguoi_nhan"])
    warnings += drop_province(spec, profile.cap)
    warnings += drop_tallies(spec, day, profile.cap)
    warnings += district_lines(spec, day, profile.cap)
    warnings += deadline_past(spec, han, day) if han else []
    warnings += ended_periods(spec, source, day) + steps_ended(spec, day)
    warnings += to_itself(spec, duoi, rules.duoi_nua, fields["dia_ban"])
    warnings += targets_above(spec, source, profile, fields, theirs=other is not None,
                             asked=job.asked)
    warnings += own_parents_letter(spec, source, profile) + as_a_department(spec, profile.ten_goi)
    warnings += not_given_itself(spec, profile) if other is None else []
    warnings += names_kept(spec, other, profile.ten_goi, fields["trich_dan"])
    warnings += their_own(spec, other, profile)
    warnings += rename_gone(spec, day)
    warnings += tasked_in_noi_nhan(spec, profile, day, theirs=other is not None, below=(
        fields["nguon"] if not_above(source, profile) else ""))
    numbered_again(spec, source.noi_dung or "")
    named_in_titles(spec, profile.ten_goi, fields["dia_ban"])
    as_a_city(spec, profile.cap, profile.tinh)
    warnings += chair_gives_awards(spec, profile.cap, fields["dia_ban"])
    warnings += odd_words(spec)
    return DeriveResult(spec, warnings)


def _rewriter(source: Spec, profile: Profile, rules: LevelRules, duoi: str,
              new_loai: str, *, theirs: str = "",
              own: Callable[[str], str] = str) -> Rewriter:
    """``theirs``: the other place whose letter it is ("tỉnh Cà Mau"), whose names are kept as
    they are (only the sentences where its issuer issues become the unit's own)."""
    phrases = {k: v.format(duoi=duoi) for k, v in rules.thay.items()}
    if profile.phong_trao.casefold() != "cả nước":
        for name in van()["phong_trao"]:
            phrases[name] = re.sub(r"^\S+(\s\S+)?(?= chung sức)", profile.phong_trao, name)
    this = f"{source.loai.ten} này"
    everywhere: dict[str, str] = {}
    # a decision's "Quyết định này" in an article carried down is the decision's, not the letter
    if this != f"{new_loai} này" and source.loai.ma != "QĐ":
        # "… theo Hướng dẫn số 1741/HD-BTĐKT và Đề cương kèm theo Công văn này": inside the
        # citation, but the letter itself
        everywhere[this] = f"{new_loai} này"
        everywhere[this.lower()] = f"{new_loai.lower()} này"
    verbs = tuple(v + " " for v in van()["dong_tu_ban_hanh"])
    above = issuer_name(source.co_quan)
    found = re.search(r" ((?:tỉnh|thành phố|huyện|thị xã|quận) \S.*)$", above)
    # an issuer named without its place ("Ủy ban nhân dân"): the other place's is its own
    place = found[1] if found else theirs
    thuong_truc = profile.co_quan_thuong_truc or profile.ten_goi_ngan

    def issuer(name: str):  # noqa: ANN202 - a small closure
        def swap(before: str, after: str) -> str:
            # not a passive's agent ("được Sở Công Thương tổ chức"), nor in another place's
            # letter a request to that place ("đề nghị UBND tỉnh Lào Cai")
            if after.lstrip().startswith(verbs) and not f" {before}".rstrip().endswith(
                    (" được", " do", " bởi")) and not (theirs and place and after.lstrip()
                    .startswith(("đề nghị ", "yêu cầu ")) and place in after.split(".")[0]):
                return profile.ten_goi
            if theirs:
                return name
            # sent to it ("gửi báo cáo … về"), not spoken of ("giới thiệu về Trường …")
            if before.rstrip().endswith((" về", "về")) and any(
                    v in before[-80:].lower()
                    for v in ("gửi", "báo cáo", "phản ánh", "chuyển", "nộp", "tổng hợp")):
                return thuong_truc
            if before.rstrip().endswith("báo cáo"):
                return profile.ten_goi_ngan
            return name
        return swap

    if place and (theirs or profile.cap != "tỉnh"):  # "… thành phố Vũng Tàu" → "… phường"
        here = place if theirs else mau()["dia_ban"][profile.cap]  # another's stays its own
        for words in ("trên địa bàn toàn ", "trên địa bàn ", "toàn ", *([""] if theirs else [])):
            phrases[words + place] = words + here
    names = {above}
    names.add(issuer_short(next(iter(names))))
    return Rewriter(phrases, {n: issuer(n) for n in names if n and n != profile.ten_goi},
                    everywhere, lambda line: mend_lists(own(line), profile.cap),
                    lambda line: quoted_spans(line, source.loai.ten))


def _lower_cac(text: str) -> str:
    """``Các sở, ban`` → ``các sở, ban``; names (``Ủy ban nhân dân ...``) keep their capital."""
    first = text.split(" ", 1)[0]
    return lower_first(text) if first in ("Các", "Những", "Trưởng") else text

