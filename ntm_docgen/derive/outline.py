"""The đề cương a derived công văn attaches (its phụ lục): the source's own attachments carried
down, or an outline built from the source's NỘI DUNG or from the tasks it gives the units."""

from __future__ import annotations

from ntm_docgen.derive.above import not_above
from ntm_docgen.derive.cite import issuer_name
from ntm_docgen.derive.given import tasks_given
from ntm_docgen.derive.job import Derivation
from ntm_docgen.derive.rules import mau
from ntm_docgen.derive.source import heading_has, split_body
from ntm_docgen.i18n import N_, _, said


def outline(job: Derivation) -> list[dict[str, str]]:
    """The source's attachments carried down, or for a công văn a đề cương from its content;
    none when the letter asks for no report (``report.asks_report``)."""
    out = [{"tieu_de": job.rewrite(p.tieu_de), "noi_dung": job.rewrite(p.noi_dung)}
           for p in job.source.phu_luc]
    if out or job.form != "cong-van" or not job.reports:
        return out
    frame = mau()["de_cuong"]
    _, sections = split_body(job.source.noi_dung)
    chosen = [s for s in sections if heading_has(s, mau()["tieu_de"]["noi_dung"])]
    content = [job.rewrite(line) for s in chosen for line in s.lines]
    if content and fronts_steps(job):
        content = [job.say(x) for x in frame["chung"]]
    if not content:
        content = tasks_of_units(job)
    body = job.say(frame["noi_dung"], noi_dung="\n".join(content)).strip()
    return [{"tieu_de": job.say(frame["tieu_de"]), "noi_dung": body}]


def fronts_steps(job: Derivation) -> bool:
    """A plan of a body of the Front (Mặt trận Tổ quốc) of another place or not above the unit
    ("Ban Thường trực Ủy ban MTTQ Việt Nam xã Lương Minh phối hợp với UBND xã tổ chức …"): its
    NỘI DUNG is that body's own steps, not her units' results to report; told."""
    header = " ".join((job.source.co_quan.ten, job.source.co_quan.chu_quan or "")).casefold()
    if "mttq" not in header and "mặt trận" not in header:
        return False
    if not (job.theirs or not_above(job.source, job.profile)):
        return False
    job.warnings.append(said(N_(
        "{issuer} is a body of the Front, of another place or not above {unit}: the steps of "
        "its NỘI DUNG are its own, so the outline's part II asks for the results of each task; "
        "write in the tasks of {unit}'s units before sending"),
        issuer=issuer_name(job.source.co_quan), unit=job.profile.ten_goi))
    return True


def tasks_of_units(job: Derivation) -> list[str]:
    """For a source with no NỘI DUNG part (a Chỉ thị, a công văn giving tasks item by item or in
    one sentence): the results to report are those of the tasks given to the units the letter
    is sent to (``given.tasks_given``); when none is given them, the outline asks for the
    results of each task, and a warning says to fill it in."""
    frame = mau()["de_cuong"]
    tasks = tasks_given(job)
    if tasks:
        return [job.say(frame["nhiem_vu"]), *tasks]
    job.warnings.append(_("the letter implemented has no NỘI DUNG part, and no item or "
                          "sentence of it gives {units} a task: the outline's part II asks for "
                          "the results of each task; write in the tasks before sending").format(
        units=job.fields["nguoi_nhan"]))
    return [job.say(x) for x in frame["chung"]]
