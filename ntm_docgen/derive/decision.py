"""A Quyết định given as the letter to implement: the plan it issues (its attachment) taken as
what is carried down, the decision's căn cứ and articles left out, a missing attachment told.
A clerk implementing a decision cites it and works from the Kế hoạch it issues; "Điều 3. Chánh
Văn phòng … chịu trách nhiệm thi hành" is the decision's, not her letter's."""

from __future__ import annotations

import re
from dataclasses import replace

from ntm_docgen.derive.ownlevel import words
from ntm_docgen.derive.rules import van
from ntm_docgen.derive.source import is_heading
from ntm_docgen.i18n import _, shortened
from ntm_docgen.letter.model import PhuLuc
from ntm_docgen.letter.spec import Spec
from ntm_docgen.vietnamese.text import so_hieu, upper_vi

#: an article of a decision: ``Điều 1.``, ``Điều 2:``
_ARTICLE = re.compile(r"^\s*Điều\s+\d+\s*[.:]")
#: an article made an item of the letter carried down, or a khoản of an article: ``1.``
_ITEM = re.compile(r"^\d+\. ")
#: a point of a khoản: ``a)``
_POINT = re.compile(r"^[a-zđ]\) ")
#: the note under an attachment's title: ``(Kèm theo Quyết định số 2307/QĐ-UBND …)``
_NOTE = re.compile(r"^\s*(?:\(\s*)?(?:Ban hành\s+)?[Kk]èm theo\s+Quyết định", re.IGNORECASE)


def _issues() -> re.Pattern[str]:
    """What a decision issues, approves or publishes (van.yaml's ``quyet_dinh_ban_hanh``): "Ban
    hành kèm theo Quyết định này Kế hoạch …", "Phê duyệt Kế hoạch …", "Ban hành Quy chế …",
    "Công bố kèm theo Quyết định này 01 danh mục thủ tục hành chính …"."""
    return re.compile(rf"(?<!\w)(?:ban hành|phê duyệt|công bố)"
                      rf"(?:\s+kèm theo\s+Quyết định này)?(?:\s+nội dung)?(?:\s+\d+)?"
                      rf"\s+({words('quyet_dinh_ban_hanh')})(?!\w)", re.IGNORECASE)


def issued_kind(source: Spec) -> str | None:
    """The kind of document a decision issues, as its Điều 1 or its trích yếu names it.

    >>> from ntm_docgen.letter.spec import parse_spec
    >>> def qd(body, ty="Về việc khen thưởng"):
    ...     return parse_spec({"loai": "QĐ", "co_quan": {"ten": "UBND"}, "dia_danh": "A",
    ...         "trich_yeu": ty, "noi_dung": body, "ky": {"chuc_vu": "CT", "ho_ten": "B"}})
    >>> issued_kind(qd("Điều 1. Ban hành kèm theo Quyết định này Kế hoạch tổng kết …"))
    'Kế hoạch'
    >>> issued_kind(qd("QUYẾT", "BAN HÀNH QUY CHẾ XÉT KHEN THƯỞNG"))
    'Quy chế'
    >>> issued_kind(qd("Điều 1. Khen thưởng 3 tập thể.")) is None
    True
    """
    found = _issues()
    first = next((x for x in source.noi_dung.split("\n") if _ARTICLE.match(x)), "")
    for text in (first, source.trich_yeu or ""):
        hit = found.search(text)
        if hit:
            return next(k for k in van()["quyet_dinh_ban_hanh"]
                        if k.casefold() == hit[1].casefold())
    return None


def _attachment(source: Spec, kind: str) -> PhuLuc | None:
    """The attachment that is the document issued: its title names the kind, or its note says
    it goes with the decision ("(Kèm theo Quyết định số …)")."""
    named = re.compile(rf"(?<!\w){re.escape(upper_vi(kind))}(?!\w)")
    for part in source.phu_luc:
        if named.search(upper_vi(" ".join(part.tieu_de.split()))):
            return part
    for part in source.phu_luc:  # its title read under a header, in the text ("QUY CHẾ HOẠT ĐỘNG")
        lines = [x.strip() for x in part.noi_dung.split("\n") if x.strip()][:3]
        if any(x == upper_vi(x) and named.match(x) for x in lines):
            return part
    for part in source.phu_luc:
        first = part.noi_dung.lstrip().split("\n", 1)[0]
        if _NOTE.match(part.ghi_chu or "") or _NOTE.match(first):
            return part
    return None


def _body(part: PhuLuc) -> str:
    """An attachment's text without the note under its title."""
    lines = part.noi_dung.strip().split("\n")
    while lines and _NOTE.match(lines[0]):
        lines.pop(0)
    return "\n".join(lines)


def plan_of(source: Spec) -> tuple[Spec, list[str]]:
    """For a Quyết định: the letter to carry down with the plan it issues in place of its
    articles, without its căn cứ, its other attachments kept; the source itself otherwise.
    The citation stays the decision's (its number, date, issuer and trích yếu)."""
    if source.loai.ma != "QĐ":
        return source, []
    cited = (f"{source.loai.ten} số {so_hieu(source.so, source.ky_hieu)}"
             if source.so is not None else source.loai.ten)
    kind = issued_kind(source)
    attached = _attachment(source, kind) if kind else None
    if attached is not None and _in_articles(attached.noi_dung):
        others = tuple(p for p in source.phu_luc if p is not attached)
        return replace(source, noi_dung="", can_cu=(), phu_luc=others), [
            _("the {kind} attached to {cited} is set out in articles, not in a plan's parts: "
              "the letter carries none of it, nor the decision's căn cứ and articles; write "
              "into the draft what the unit does to carry it out before sending").format(
                cited=cited, kind=kind)]
    if attached is not None:
        others = tuple(p for p in source.phu_luc if p is not attached)
        told = [_("the letter carries down the {kind} attached to {cited}, and leaves out the "
                  "decision's căn cứ and articles, which are not the letter's own").format(
            cited=cited, kind=kind)]
        if kind == "Danh mục" and others:  # the issuer's lists, sent with the decision's copy
            told.append(_("the other lists attached to {cited} (“{titles}”) are the issuer's, "
                          "sent with the copy of the decision: they were not made the letter's "
                          "phụ lục").format(cited=cited, titles="”; “".join(
                              shortened(" ".join(p.tieu_de.split()), 90) for p in others)))
            others = ()
        return replace(source, noi_dung=_body(attached), can_cu=(), phu_luc=others), told
    articles = [x.strip() for x in source.noi_dung.split("\n") if _ARTICLE.match(x)]
    if kind:
        return replace(source, noi_dung="", can_cu=()), [
            _("{cited} issues a {kind} attached to it, which the file given does not hold "
              "(only the decision itself): the letter carries none of the {kind}'s parts and "
              "none of the decision's articles; derive from the decision with its {kind} "
              "attached, or write the {kind}'s tasks for the unit into the draft before "
              "sending").format(cited=cited, kind=kind)]
    if not articles:
        return replace(source, can_cu=()), []
    # a decision that issues nothing attached: what its articles decide is its content, each
    # article an item ("Điều 1. Giao …" → "1. Giao …"), its khoản under it as a), b), those
    # giving it force left out
    kept: list[str] = []
    articles_kept = khoan = 0
    formal = False
    lines = source.noi_dung.split("\n")
    for at, line in enumerate(lines):
        if _ARTICLE.match(line):
            formal = _formal(line, lines[at + 1:])
            if formal:
                continue
            articles_kept += 1
            khoan = 0
            line = _ARTICLE.sub(f"{articles_kept}.", line, count=1)
        elif formal:
            continue
        elif articles_kept and _ITEM.match(line.lstrip()):
            line, khoan = _as_point(line.lstrip(), khoan)
        elif articles_kept and _POINT.match(line.lstrip()):
            line = _POINT.sub("- ", line.lstrip(), count=1)
        kept.append(line)
    items = [x for x in kept if _ITEM.match(x)]
    return replace(source, noi_dung="\n".join(kept), can_cu=()), [
        _("{cited} issues no plan attached to it: the letter carries down what its articles "
          "decide as items, without the decision's căn cứ and the articles that give it force; "
          "rewrite them as the unit's own tasks before sending: {lines}").format(
            cited=cited, lines="; ".join(f"“{shortened(x, 90)}”" for x in items[:6]))]


def _as_point(line: str, khoan: int) -> tuple[str, int]:
    """A khoản of an article made an item ("2. Xã B …"), written as the item's point ("b) Xã B
    …"), never as an item of its own; and how many khoản of the article are written so far.

    >>> _as_point("2. Xã Bắc Sơn: 3 tiêu chí.", 1)
    ('b) Xã Bắc Sơn: 3 tiêu chí.', 2)
    """
    khoan += 1
    letters = "abcdđeghiklmnopqrstuvxy"
    mark = letters[khoan - 1] if khoan <= len(letters) else str(khoan)
    return _ITEM.sub(f"{mark}) ", line, count=1), khoan


def _in_articles(text: str) -> bool:
    """A document set out in articles (a Quy chế's "Điều 1. Phạm vi điều chỉnh"), with no
    Roman-numbered part of a plan.

    >>> _in_articles("Chương I\\nĐiều 1. Phạm vi\\nĐiều 2. Đối tượng"), _in_articles("I. MỤC ĐÍCH")
    (True, False)
    """
    lines = text.split("\n")
    return any(_ARTICLE.match(x) for x in lines) and not any(is_heading(x.strip()) for x in lines)


def _formal(line: str, after: list[str]) -> bool:
    """An article that only gives the decision force or names who carries it out ("Điều 2.
    Quyết định này có hiệu lực …", "Điều 3. Chánh Văn phòng … chịu trách nhiệm thi hành …"),
    or one under a title whose khoản all do ("Điều 4. Hiệu lực và trách nhiệm thi hành" / "1.
    Quyết định này có hiệu lực …" / "2. … căn cứ quyết định thực hiện")."""
    words = [w.casefold() for w in van()["dieu_thi_hanh"]]
    if any(w in line.casefold() for w in words):
        return True
    body: list[str] = []
    for later in after:
        if _ARTICLE.match(later):
            break
        if later.strip():
            body.append(later.casefold())
    return bool(body) and all(any(w in x for w in words) for x in body)
