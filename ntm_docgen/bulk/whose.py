"""Which letter an earlier ``bulk --so-rieng`` run numbered goes with which row of the list as
it is now: the number follows the recipient its letter went to (as the register's line names
it, and the official code ``ma`` where the list gives one), never the row's place nor the file's
name, which a row taken out or put in, a long name cut short, or an earlier version's naming
change. Two rows of one name are told apart by their cells as they were; where nothing tells
which letter is whose, the rows are named and nothing is guessed."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from ntm_docgen.bulk.fill import clean_value
from ntm_docgen.bulk.letters import Job
from ntm_docgen.bulk.recipients import KINH_GUI
from ntm_docgen.files.resources import load_data
from ntm_docgen.vietnamese.telex import telex
from ntm_docgen.vietnamese.text import nfc, strip_diacritics

#: The column that gives a unit's official code (``--xa-cua`` gives it too).
MA = "ma"
_WORD = re.compile(r"[^\W_]+")


@cache
def _short() -> tuple[tuple[tuple[str, ...], str], ...]:
    """The long names of bodies, word by word without marks, with their short form."""
    return tuple((tuple(long.split()), short.casefold())
                 for long, short in load_data("bulk.yaml")["ten_tep"]["viet_tat"].items())


@cache
def _word(word: str) -> tuple[str, str]:
    """A word in Telex, lower case, and without its marks."""
    return telex(word.casefold()), strip_diacritics(word).casefold()


def who(addressee: str) -> str:
    """An addressee as compared: its words in Telex, lower case, a body's long name short,
    wherever a tone is put and however it is spaced or ended.

    >>> who("Uỷ ban nhân dân xã Sơn Hà;") == who("UBND  xã Sơn Hà")
    True
    >>> who("UBND xã Sơn Hà") == who("UBND xã Sơn Hạ")
    False
    """
    pairs = [_word(w) for w in _WORD.findall(nfc(addressee))]
    words, plain = [t for t, _p in pairs], [p for _t, p in pairs]
    for long, short in _short():
        n = len(long)
        for i in reversed([i for i in range(len(plain) - n + 1) if tuple(plain[i:i + n]) == long]):
            words[i:i + n], plain[i:i + n] = [short], [short]
    return " ".join(words)


def row_key(fields: Mapping[str, str | None]) -> str:
    """A row's cells as one key: the same cells give the same key, wherever the row is."""
    cells = json.dumps(sorted(fields.items(), key=lambda kv: kv[0]), ensure_ascii=False)
    return hashlib.blake2b(cells.encode("utf-8"), digest_size=8).hexdigest()


def recipient(fields: Mapping[str, str | None]) -> dict[str, str | None]:
    """What the folder's record keeps of a letter's row: whom it went to, the unit's code, and
    the row's key; nothing for a row without an addressee."""
    kinh_gui = clean_value(fields.get(KINH_GUI) or "")
    if not kinh_gui:
        return {}
    return {"who": who(kinh_gui), MA: clean_value(fields.get(MA) or "") or None,
            "row": row_key(fields)}


@dataclass(frozen=True)
class Before:
    """A letter of the folder the register numbered: its file's name, whom its line says it
    went to, and (from the folder's record) the unit's code and the row's key then."""

    name: str
    whom: frozenset[str]
    ma: str | None = None
    row: str | None = None


@dataclass(frozen=True)
class Unsure:
    """Rows of one addressee and the letters numbered to it that nothing tells apart."""

    addressee: str
    rows: tuple[int, ...]
    names: tuple[str, ...]


def _ma(job: Job) -> str:
    return clean_value(job.fields.get(MA) or "")


def _addressee(job: Job) -> str:
    return clean_value(job.fields.get(KINH_GUI) or "")


def match(jobs: Sequence[Job], befores: Sequence[Before]) -> tuple[dict[str, str], list[Unsure]]:
    """Each job's earlier letter (by the job's name), and the rows nothing tells apart: first
    the row as it was (the same cells), then one row and one letter of an addressee, then rows
    of one addressee each still under its letter's name, or all of one row pasted more than
    once, unchanged; a letter whose line names no recipient goes with the row of its name."""
    given: dict[str, str] = {}
    free = {b.name: b for b in befores}
    by_who: dict[str, list[Before]] = {}
    for b in befores:
        for whom in b.whom:
            by_who.setdefault(whom, []).append(b)
    whos = {job.name: who(_addressee(job)) for job in jobs}
    fits = {job.name: [b for b in by_who.get(whos[job.name], [])
                       if not (_ma(job) and b.ma and _ma(job) != b.ma)] for job in jobs}
    takers: dict[str, list[Job]] = {}
    for job in jobs:
        for b in fits[job.name]:
            takers.setdefault(b.name, []).append(job)
    keys = [row_key(job.fields) for job in jobs]
    index = {job.name: i for i, job in enumerate(jobs)}
    counted: dict[str, int] = {}
    for key in keys:
        counted[key] = counted.get(key, 0) + 1

    def pair(job: Job, before: Before) -> None:
        given[job.name] = before.name
        del free[before.name]

    for job, key in zip(jobs, keys, strict=True):
        same = [b for b in fits[job.name] if b.row == key and b.name in free]
        if len(same) == 1 and counted[key] == 1:
            pair(job, same[0])
    changed = True
    while changed:
        changed = False
        for job in jobs:
            left = [b for b in fits[job.name] if b.name in free]
            if job.name in given or len(left) != 1:
                continue
            if [j for j in takers[left[0].name] if j.name not in given] == [job]:
                pair(job, left[0])
                changed = True
    unsure: dict[str, list[Job]] = {}
    for job in jobs:
        if job.name not in given and any(b.name in free for b in fits[job.name]):
            unsure.setdefault(whos[job.name], []).append(job)
    told = []
    for group in unsure.values():
        theirs = {b.name for job in group for b in fits[job.name] if b.name in free}
        if {job.name for job in group} == theirs:  # none moved: each keeps its own
            for job in group:
                pair(job, free[job.name])
            continue
        rows = {keys[index[job.name]] for job in group} | {free[n].row for n in theirs}
        if len(rows) == 1:  # one row pasted more than once, unchanged: the same letters
            for job, name in zip(group, sorted(theirs), strict=False):
                pair(job, free[name])
            continue
        told.append(Unsure(_addressee(group[0]), tuple(job.row for job in group),
                           tuple(sorted(theirs))))
    for job in jobs:  # lines that name no recipient (recorded by hand): by the file's name
        before = free.get(job.name)
        if job.name not in given and before is not None and not before.whom \
                and not fits[job.name]:
            pair(job, before)
    return given, told
