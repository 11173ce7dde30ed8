"""The three derived forms: công văn with an attached đề cương, Hướng dẫn, Kế hoạch."""

from __future__ import annotations

import re
from typing import Any

from ntm_docgen.derive.asked import asks, issues_itself, items_part
from ntm_docgen.derive.cite import lower_first, upper_first
from ntm_docgen.derive.headings import added_heading, item_made_part, number_parts, restarts
from ntm_docgen.derive.job import LOAI, Derivation
from ntm_docgen.derive.offices import own_tasks
from ntm_docgen.derive.outline import outline
from ntm_docgen.derive.ownlevel import own_verb, standing_body
from ntm_docgen.derive.request import drop_contact, request_of, told_content
from ntm_docgen.derive.rules import citation_spans, mau, van
from ntm_docgen.derive.source import Section, heading_has, split_body
from ntm_docgen.derive.upward import noi_nhan_name
from ntm_docgen.i18n import N_, ngettext, said, shortened
from ntm_docgen.letter.context import luu_text


def build_form(job: Derivation) -> dict[str, Any]:
    """The derived letter as spec data, keys in the contract's order."""
    body = _cong_van(job) if job.form == "cong-van" else _huong_dan(job)
    profile = job.profile
    co_quan = {k: v for k, v in (("chu_quan", profile.co_quan.chu_quan),
                                 ("ten", profile.co_quan.ten),
                                 ("viet_tat", profile.co_quan.viet_tat)) if v}
    spec: dict[str, Any] = {"loai": LOAI[job.form], "co_quan": co_quan}
    if job.so is not None:
        spec["so"] = job.so
    if profile.don_vi:
        spec["don_vi"] = profile.don_vi
    spec["dia_danh"] = profile.dia_danh
    if job.ngay is not None:
        spec["ngay"] = job.ngay
    spec.update(body)
    ky: dict[str, Any] = {}
    if profile.ky.quyen_han:
        ky["quyen_han"] = list(profile.ky.quyen_han)
    ky.update(chuc_vu=profile.ky.chuc_vu, ho_ten=profile.ky.ho_ten)
    spec["ky"] = ky
    spec["noi_nhan"] = _noi_nhan(job)
    spec["luu"] = luu_text(profile.luu, profile.don_vi)
    phu_luc = outline(job)
    if phu_luc:
        spec["phu_luc"] = phu_luc
    order = ("loai", "co_quan", "so", "don_vi", "dia_danh", "ngay", "trich_yeu", "kinh_gui",
             "can_cu", "noi_dung", "ky", "noi_nhan", "luu", "phu_luc")
    return {k: spec[k] for k in order if k in spec}


def _cong_van(job: Derivation) -> dict[str, Any]:
    text = mau()["cong_van"]
    lines = [job.say(text["mo_dau"])]
    source_text = job.source.noi_dung + "".join(p.noi_dung for p in job.source.phu_luc)
    number = 0
    for item in text["yeu_cau"]:
        if isinstance(item, str):
            sentence = job.say(item)
        elif "khi" in item:
            if item["khi"].casefold() not in source_text.casefold():
                continue
            sentence = job.say(item["cau"])
        elif "bao_cao" in item:
            sentence = job.say(item["bao_cao"] if job.reports else item["khong_bao_cao"])
        elif not job.reports:  # the letter implemented asks for no report: nor does hers
            continue
        else:
            sentence = job.say(item["han"] if job.han else item["khong_han"])
        number += 1
        lines.append(f"{number}. {sentence}")
    if job.sent:  # a document asked by a day: asked of the units too
        number += 1
        lines.append(f"{number}. {job.say(text['gui'])}")
    if number == 1:  # one request is no list
        lines[-1] = lines[-1][3:]
    if job.delegates:
        lines.append(job.say(text[_giao(job)]))
    elif job.duty:
        lines.append(job.say(mau()["to_chuc"]["bao_cao_tren"]))
    elif job.reports_up:
        lines.append(job.reports_up)
    lines.append(job.say(text["ket"]))
    return {"trich_yeu": f"V/v {job.fields['viec']}", "kinh_gui": list(job.kinh_gui),
            "noi_dung": "\n".join(lines)}


def _huong_dan(job: Derivation) -> dict[str, Any]:
    preamble, sections = split_body(job.source.noi_dung)
    can_cu, opening = _preamble(job, preamble)
    parts = [Section(job.rewrite(s.heading), [job.rewrite(x) for x in s.lines])
             for s in sections]
    job.written.update((job.rewrite(x), x) for s in sections for x in s.lines)
    made = None
    if not parts and len(opening) > 1:  # a công văn's items, with no parts of their own
        made = items_part(job, opening)
        parts.append(made)
    standing_body(job, [opening, *(p.lines for p in parts)])
    own_tasks(job, [opening, *(p.lines for p in parts)])
    drop_contact(job, [opening, *(p.lines for p in parts)])
    _drop_closing(job, [opening, *(p.lines for p in parts)])
    if not sections:
        told_content(job, parts, made)
    item_made_part(parts, mau()["tieu_de"]["to_chuc"])
    closing = _organise(job, parts)
    lines = [*opening, *(x for part in parts for x in (part.heading, *part.lines))]
    # the source's own end ("… triển khai thực hiện./."), now inside the letter, which ends once
    lines = [x[:-3].rstrip() + "." if x.endswith("./.") else x for x in lines] + [closing]
    return {"trich_yeu": job.fields["Viec"],
            "can_cu": [*job.source.can_cu, *can_cu], "noi_dung": "\n".join(lines)}


def _drop_closing(job: Derivation, blocks: list[list[str]]) -> None:
    """Leave out the source's own closing paragraph at the end of its body, wherever it
    stands, so that the letter ends once, with its own closing; each is quoted."""
    ends = [re.compile(x) for x in mau()["ket_nguon"]]
    last = next((b for b in reversed(blocks) if b), [])
    while len(last) > (1 if last is blocks[0] else 0) \
            and any(rx.search(last[-1]) for rx in ends):
        line = last.pop()
        job.warnings.append(said(N_("the source's own closing was left out, the local letter "
                                    "ends with its own: “{text}”"), text=shortened(line, 160)))


def _preamble(job: Derivation, preamble: list[str]) -> tuple[list[str], list[str]]:
    """Citations of the source's preamble become căn cứ; its purpose clause opens the letter."""
    words = van()
    can_cu: list[str] = []
    rest = list(preamble)
    first = rest.pop(0) if rest else ""
    opener = re.match(rf"^(?:{'|'.join(map(re.escape, words['mo_dau_trich_dan']))})\s+", first)
    if opener:
        spans = citation_spans(first)
        if spans and spans[0][0] == opener.end():
            can_cu.append("Căn cứ " + first[opener.end():spans[0][1]].rstrip(" ,;"))
            # "… giai đoạn 2016 - 2020 (sao gửi kèm theo), UBND tỉnh …": the rest opens at "UBND"
            first = re.sub(r"^\s*(?:\((?:sao )?gửi kèm(?: theo)?\)\s*)?[,;]?\s*", "",
                           first[spans[0][1]:])
    purpose = first.startswith(tuple(w + " " for w in words["muc_dich"]))
    rewritten = job.rewrite(first) if first else ""
    own = rewritten.startswith(job.profile.ten_goi)
    # "Sau khi thống nhất với ..., <issuer> hướng dẫn ... như sau:" opens the letter too
    # ... but not the rest of a citation cut short ("…) theo Nghị quyết …, UBND tỉnh …")
    opens = job.profile.ten_goi in rewritten and rewritten.endswith(":") \
        and re.match(r"\w", rewritten) is not None
    asked = request_of(job, rewritten) if own else None
    if asked:
        # "…, Sở … đề nghị UBND xã A xây dựng kế hoạch …": the request is the letter's content
        lines = [job.say(mau()["mo_dau"][job.form]), asked]
    elif (own or opens) and asks(rewritten):
        # "UBND tỉnh đề nghị các sở …; UBND các xã triển khai … nội dung sau:": the level
        # above's request to its units, which a Hướng dẫn's or Kế hoạch's own opening replaces
        lines = [job.say(mau()["mo_dau"][job.form])]
        job.warnings.append(said(N_("the source's own opening was left out, the local "
                                    "letter opens with its own: “{text}”"),
                                 text=shortened(first, 160)))
    elif purpose or own or opens:
        rewritten, own = _own_acts_left(job, rewritten, own)
        rewritten = rewritten if own else lower_first(rewritten)
        opening = f"Thực hiện {job.fields['trich_dan']}, {rewritten}"
        opening = own_verb(opening, job.profile.ten_goi, job.form)
        if opening.endswith(" như sau:") and "trên địa bàn" not in opening:
            where = f" trên địa bàn {job.fields['dia_ban']} như sau:"
            opening = opening[:-len(" như sau:")] + where
        lines = [opening]
    else:
        lines = [job.say(mau()["mo_dau"][job.form])]
        if rewritten and issues_itself(rewritten):
            # "…; UBND thành phố X ban hành Kế hoạch … như sau:": the level above's own
            # opening, which the local letter's opening takes the place of
            job.warnings.append(said(N_("the source's own opening was left out, the local "
                                        "letter opens with its own: “{text}”"),
                                     text=shortened(first, 160)))
        elif re.search(r"\w", rewritten):  # never a lone "." left by the citation
            lines.append(upper_first(rewritten))
    lines.extend(job.rewrite(line) for line in rest)
    return can_cu, lines


def _own_acts_left(job: Derivation, opening: str, own: bool) -> tuple[str, bool]:
    """The opening without the clause telling what the source's issuer did before issuing it
    ("Sau khi thống nhất với …,": van.yaml's ``da_lam_truoc``), quoted in a warning; and
    whether it now opens with the unit's name."""
    found = re.match(rf"^(?:{'|'.join(map(re.escape, van()['da_lam_truoc']))})\b[^,]*,\s*",
                     opening, re.IGNORECASE)
    if found is None or not opening[found.end():].startswith(job.profile.ten_goi):
        return opening, own
    job.warnings.append(said(N_("these words of the source's opening were left out: they tell "
                                "what {issuer} did before issuing it, not what the letter's "
                                "issuer did: “{text}”"),
                             issuer=job.fields["nguon"], text=found[0].rstrip(", ")))
    return opening[found.end():], True


def _organise(job: Derivation, parts: list[Section]) -> str:
    """Put the local deadline (in a THỜI GIAN section of a Kế hoạch) and the standing body's
    task into TỔ CHỨC THỰC HIỆN, in place of the level above's; return the closing line."""
    text, headings = mau()["to_chuc"], mau()["tieu_de"]
    superseded = [re.compile(x) for x in mau()["bo_dong"]]
    kept_numbers = restarts(parts)  # I, II … again in each of the source's own parts
    to_chuc = next((p for p in parts if heading_has(p, headings["to_chuc"])), None)
    if to_chuc is None:
        to_chuc = Section(added_heading(headings["to_chuc"], kept_numbers))
        parts.append(to_chuc)
    # the level above's own lines, and its request that the unit's level report (now the
    # unit's duty, in the local line that follows)
    kept = [x for x in to_chuc.lines if not any(rx.search(x) for rx in superseded)
            and job.written.get(x, x).strip() != job.duty]
    left = [x for x in to_chuc.lines if x not in kept  # a line quoted already (the duty) once
            and not any(job.written.get(x, x) in said for said in job.warnings)]
    if left:
        job.warnings.append(ngettext(
            "this line of the source's own deadline, standing body or closing was replaced by "
            "the local ones: {lines}",
            "these lines of the source's own deadline, standing body or closing were replaced "
            "by the local ones: {lines}", len(left)).format(
            lines="; ".join(f"“{shortened(job.written.get(x, x), 160)}”" for x in left)))
    to_chuc.lines = kept
    deadline = job.say(text["han"] if job.han else text["khong_han"])
    if job.form == "ke-hoach" and job.han and job.reports \
            and not any(heading_has(p, headings["thoi_gian"]) for p in parts):
        parts.insert(parts.index(to_chuc),
                     Section(added_heading(headings["thoi_gian"], kept_numbers), [deadline]))
    elif job.reports:
        to_chuc.lines.append(deadline)
    if job.sent and any(job.sent in x for p in parts for x in p.lines):
        job.sent = ""  # the source's line asking it is kept as written: nothing more is asked
    elif job.sent:  # a document asked by a day: asked of the units by their own day
        to_chuc.lines.append(job.say(text["gui"]))
    if job.delegates:
        to_chuc.lines.append(job.say(text[_giao(job)]))
    elif job.duty:
        to_chuc.lines.append(job.say(text["bao_cao_tren"]))
    elif job.reports_up:
        to_chuc.lines.append(job.reports_up)
    job.warnings.extend(number_parts(parts, kept_numbers))
    return job.say(text["ket"])


def _giao(job: Derivation) -> str:
    """The sentence giving the standing body its work: what it reports, and to whom above (to
    no one above when ``cap_tren`` is empty), or, with no report asked, what it settles."""
    if not job.reports:
        return "giao_khong_bao_cao"
    return "giao" if job.fields["cap_tren"] else "giao_khong_len"


def _noi_nhan(job: Derivation) -> list[str]:
    own = job.rules.noi_nhan_so if job.profile.department else ()
    items = list(job.profile.noi_nhan) or list(own or job.rules.noi_nhan)
    out: list[str] = []
    for item in items:
        if "{thuong_truc}" in item and job.profile.standing_itself:  # never itself
            continue
        if "{cap_tren}" in item and not job.fields["cap_tren"]:  # it reports to no one above
            continue
        out.append(job.say(item, **{k: noi_nhan_name(job.fields[k])
                                    for k in ("nguon", "cap_tren")}))
    if job.form != "cong-van":
        out.extend(job.kinh_gui)
    seen: set[str] = set()  # a part (``+ Lãnh đạo Sở``) may stand under two items: kept
    return [x for x in out if x.lstrip().startswith("+")
            or not (x in seen or seen.add(x))]  # type: ignore[func-returns-value]
