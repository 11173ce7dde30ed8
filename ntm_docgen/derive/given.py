"""What a letter with no NỘI DUNG part (a Chỉ thị, a công văn giving tasks item by item or in one
sentence) gives the units the derived công văn is sent to: the tasks its đề cương reports on.

A unit is given a task when an item names it first (``2. Ủy ban nhân dân các tỉnh …:``), when an
item's heading names it among the bodies it is given to (``1. Công an tỉnh, các ban, ngành, đoàn
thể xã và các thôn, tổ dân phố``, once mapped down), or when a sentence gives a list of bodies
ending with it a task (``… giao Văn phòng …, Sở Tư pháp và các thôn, tổ dân phố nghiên cứu,
triển khai …``). Under an item so given, a sub-item that opens with another body (``a) Công an
tỉnh: …``, ``a) … giao Sở Nội vụ chủ trì …``) is that body's, and left out."""

from __future__ import annotations

import re

from ntm_docgen.derive.cite import upper_first
from ntm_docgen.derive.job import Derivation
from ntm_docgen.derive.ownlevel import words
from ntm_docgen.derive.source import is_heading

_ITEM = re.compile(r"^(\d+)\.\s+(.*)")
#: a task under an item: ``a)``, ``đ)``, ``-``, ``+``
_SUB_ITEM = re.compile(r"^(?:[a-zđ]\)|[-+•])\s")
#: what stands between two bodies of a list
_BETWEEN = re.compile(r"(?:^|,\s|;\s|\svà\s)$")
#: what may follow a body of an item's heading: nothing, or the next body of its list
_NEXT = re.compile(r"^(?:$|[,;]|\svà\s)")


def addressees(job: Derivation) -> list[str]:
    """The units the letter is sent to as a list names them: ``Trưởng các thôn, tổ dân phố`` is
    ``các thôn, tổ dân phố``; ``Ủy ban nhân dân …`` is ``UBND …`` too. Longest first."""
    titles = re.compile(rf"^(?:{words('chuc_danh_nhan')})\s+(?=các\b)", re.IGNORECASE)
    names: set[str] = set()
    for unit in job.kinh_gui:
        for name in (unit, titles.sub("", unit)):
            names.update((name, re.sub(r"^Ủy ban nhân dân\b", "UBND", name)))
    return sorted(names, key=len, reverse=True)


def _mentions(text: str, names: list[str]) -> list[re.Match[str]]:
    """Where ``text`` names one of ``names`` as a body of a list (at its start or after a
    comma, a semicolon or "và")."""
    found = []
    for name in names:
        for mention in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text, re.IGNORECASE):
            if _BETWEEN.search(text[:mention.start()]):
                found.append(mention)
    return found


def _partners(text: str) -> bool:
    """Whether ``text`` (before a body named) makes it a partner of the task, not its doer."""
    return re.search(rf"(?<!\w)(?:{words('khong_giao')})(?!\w)", text, re.IGNORECASE) is not None


def heading_gives(heading: str, names: list[str]) -> bool:
    """Whether an item's heading (its number set aside) is the list of bodies the item is given
    to and names one of ``names`` in it.

    >>> names = ["các ban, ngành, đoàn thể xã", "các thôn, tổ dân phố"]
    >>> heading_gives("Công an tỉnh, các ban, ngành, đoàn thể xã và các thôn, tổ dân phố", names)
    True
    >>> heading_gives("Sở Y chủ trì, phối hợp với Công an tỉnh và các thôn, tổ dân phố", names)
    False
    >>> heading_gives("Công an tỉnh, các thôn, tổ dân phố tổ chức tuyên truyền.", names)
    False
    >>> heading_gives("Trách nhiệm của Công an tỉnh, các thôn, tổ dân phố", names)
    True
    """
    title = heading.split(":", 1)[0].rstrip()
    title = re.sub(rf"^(?:{words('trach_nhiem_cua')})\s+", "", title, flags=re.IGNORECASE)
    if title.endswith("."):  # a sentence, not a heading naming whom the item is for
        return False
    return any(_NEXT.match(title[m.end():]) and not _partners(title[:m.start()])
               for m in _mentions(title, names))


def sentence_gives(line: str, names: list[str]) -> str | None:
    """The task a sentence gives a list of bodies ending with one of ``names``, as a line of
    the outline; None when it gives them none.

    >>> sentence_gives("Chủ tịch UBND xã giao Văn phòng, Sở Tư pháp và các thôn, tổ dân phố "
    ...                "nghiên cứu, triển khai thực hiện./.", ["các thôn, tổ dân phố"])
    'Nghiên cứu, triển khai thực hiện.'
    >>> sentence_gives("Giao Sở Y chủ trì tổ chức tập huấn; các thôn, tổ dân phố cử cán bộ "
    ...                "tham dự.", ["các thôn, tổ dân phố"])
    'Cử cán bộ tham dự.'
    >>> sentence_gives("Yêu cầu các ngành của tỉnh; các thôn, tổ dân phố và các đơn vị khác "
    ...                "thực hiện.", ["các thôn, tổ dân phố"]) is None
    True
    >>> sentence_gives("UBND xã đề nghị các thôn, tổ dân phố thực hiện các nội dung sau:",
    ...                ["các thôn, tổ dân phố"]) is None
    True
    """
    if line.rstrip().endswith(":"):  # the items below are what it gives
        return None
    verbs = re.compile(rf"(?<!\w)(?:{words('giao_viec')})\s", re.IGNORECASE)
    for mention in _mentions(line, names):
        before, task = line[:mention.start()], line[mention.end():]
        given = list(verbs.finditer(before))
        bodies = before[given[-1].end():] if given else ""
        if _partners(bodies):  # "giao Sở X chủ trì …; các thôn, tổ dân phố cử …": her clause
            bodies = re.split(r";\s", bodies)[-1]
        if not given or _partners(bodies) or re.search(r"[.:]", bodies) \
                or not task[:1].isspace() or not task.lstrip()[:1].islower() \
                or task.lstrip().startswith(("và ", "hoặc ")):  # a body after hers ends it
            continue
        task = _first_sentence(task.strip())
        if _only_carry_out(task):  # "… nghiêm túc thực hiện.": the letter's closing
            return None
        return upper_first(task if task.endswith(".") else task + ".")
    return None


def _first_sentence(text: str) -> str:
    """``text`` up to its first sentence's end, without the letter's end mark ``./.``.

    >>> _first_sentence("nghiêm túc thực hiện. Trong quá trình thực hiện, …./.")
    'nghiêm túc thực hiện.'
    """
    for end in re.finditer(r"\.\s+", text):
        if text[end.end():end.end() + 1].isupper():
            return text[:end.start() + 1]
    return text[:-3].rstrip() if text.endswith("./.") else text


def _only_carry_out(task: str) -> bool:
    """Whether a task says only to carry out what the letter asks ("nghiêm túc thực hiện")."""
    said = re.sub(rf"(?<!\w)(?:{words('chi_thuc_hien')})(?!\w)", " ", task, flags=re.IGNORECASE)
    return re.search(r"\w", said) is None


def doer(text: str) -> str | None:
    """The body a sub-item (its mark set aside) is given to: the name before its colon, the name
    it opens with before "chủ trì", or the name between "giao" and "chủ trì"; None when it opens
    with a task or a topic.

    >>> doer("Công an tỉnh: chủ trì kiểm tra các cơ sở.")
    'Công an tỉnh'
    >>> doer("Khi có kết quả, giao Sở Nội vụ chủ trì cùng với các đơn vị phân tích.")
    'Sở Nội vụ'
    >>> doer("Sở Tài chính chủ trì, phối hợp với các đơn vị bố trí kinh phí.")
    'Sở Tài chính'
    >>> doer("Ban hành kế hoạch: trước ngày 15/9.") is None, doer("Rà soát các cơ sở.") is None
    (True, True)
    """
    label = text.split(":", 1)[0]
    if label != text and _is_body(label):
        return label.strip()
    leads = re.search(r"(?<!\w)chủ trì(?!\w)", text)
    if leads is None:
        return None
    before = text[:leads.start()].rstrip()
    if _is_body(before):  # "Sở Tài chính chủ trì …"
        return before
    given = list(re.finditer(rf"(?<!\w)(?:{words('giao_viec')})(?:\s+cho)?\s", before,
                             re.IGNORECASE))
    body = before[given[-1].end():].strip() if given else ""
    return body if body and len(body.split()) <= 15 and not re.search(r"[.;:]", body) else None


def _is_body(name: str) -> bool:
    """Whether ``name`` is a body's name: a few words, opening with van.yaml's ``co_quan_mo``
    and, after those, the name's capital or one of ``co_quan_sau`` ("Sở Tài chính", "Công an
    tỉnh"; not "Ban hành …", "Hội nghị …")."""
    if len(name.split()) > 15 or re.search(r"[.;]", name):
        return False
    opens = re.match(rf"(?:{words('co_quan_mo')})(?!\w)", name.strip())
    if not opens:
        return False
    rest = name.strip()[opens.end():]
    after = re.compile(rf"\s+(?:{words('co_quan_sau')})(?!\w)")
    return rest[:1] in ("", ",") or rest.lstrip()[:1].isupper() or bool(after.match(rest))


def _hers(text: str, names: list[str]) -> bool:
    """Whether a sub-item (its mark set aside) is for the units written to: it names no body
    doing it, or the body it names is one of them ("Các thôn, tổ dân phố: rà soát …")."""
    body = doer(text)
    return body is None or heading_gives(body, names)


def tasks_given(job: Derivation) -> list[str]:
    """The source's lines, mapped down, that give the units written to their tasks: the lines
    under an item given to them, and the task of a sentence giving it to them."""
    lines = [job.rewrite(x.strip()) for x in job.source.noi_dung.split("\n") if x.strip()]
    names = addressees(job)
    addressed = tuple(k.casefold() for k in job.kinh_gui)
    tasks: list[str] = []
    taking = listed = others = False
    for line in lines:
        item = _ITEM.match(line)
        if item or is_heading(line):
            taking = item is not None and (item[2].casefold().startswith(addressed)
                                           or heading_gives(item[2], names))
            listed = others = False
            continue
        sub = _SUB_ITEM.match(line)
        if line.endswith("./.") or (listed and not sub):
            taking = False  # the closing paragraph, or the text after the item's tasks
        if taking and sub:
            listed = True
            if not line.startswith(("-", "+", "•")):  # a) b): what follows it is its own
                others = not _hers(line[sub.end():], names)
            if others or not _hers(line[sub.end():], names):
                if (task := sentence_gives(line, names)) is not None:
                    tasks.append(task)  # "giao Sở X chủ trì …; các thôn, tổ dân phố cử …"
                continue
        if taking:
            tasks.append(line)
        elif (task := sentence_gives(line, names)) is not None:
            tasks.append(task)
    return tasks
