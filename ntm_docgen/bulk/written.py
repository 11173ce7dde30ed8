"""The letters a bulk run wrote into a folder, kept in the user's cache folder by the folder's
path, so that a later run of a list since changed finds the letters of the earlier list it would
leave beside its own: a letter is named by its row's place, so a row taken out or put in moves
the names of the letters after it, and the folder would keep a letter to the unit taken out, and
two to the next one (two numbers with ``--so-rieng``). Other files in the folder (the merged
letter, a plan of her own named ``2025-ke-hoach.docx``) are none of these, and nothing is added
to the folder she sends. With no cache, nothing is compared, as before.

The merged file of the last run that made one is kept beside the names: a later run without
``--merge`` that writes or deletes letters leaves it holding the letters as they were, and says
so, as she would print it."""

from __future__ import annotations

import contextlib
import hashlib
import json
from collections.abc import Collection, Sequence
from pathlib import Path

from ntm_docgen.bulk.letters import Job
from ntm_docgen.errors import InputFileError
from ntm_docgen.files import cache
from ntm_docgen.i18n import N_, _, ngettext, said

#: The cache's kind for the names of the letters a folder's last run made.
KIND = "bulk-letters"


def _key(out_dir: Path) -> str:
    return hashlib.sha256(str(out_dir.resolve()).encode("utf-8")).hexdigest() + ".json"


def _record(out_dir: Path) -> dict[str, object]:
    """What the last run into the folder kept: ``letters`` (their names) and ``merged`` (the
    path of the merged file last made from them); a list alone is the record's earlier form."""
    data = cache.read(KIND, _key(out_dir))
    try:
        record = json.loads(data.decode("utf-8")) if data else {}
    except ValueError:
        return {}
    return {"letters": record} if isinstance(record, list) else \
        record if isinstance(record, dict) else {}


def _earlier(out_dir: Path) -> list[str]:
    """The letters the last run into the folder named, or none (a folder no run wrote, a
    damaged entry: nothing to compare, as before)."""
    names = _record(out_dir).get("letters")
    if not isinstance(names, list):
        return []
    return [n for n in names if isinstance(n, str) and n == Path(n).name]


def recipients_before(out_dir: Path) -> dict[str, dict[str, str | None]]:
    """What the last run into the folder kept of each letter's row (``whose.recipient``)."""
    to = _record(out_dir).get("to")
    if not isinstance(to, dict):
        return {}
    return {name: {k: v for k, v in kept.items() if isinstance(v, str)}
            for name, kept in to.items() if isinstance(kept, dict)}


def earlier_merged(out_dir: Path) -> Path | None:
    """The merged file an earlier run made from this folder's letters, if it is still there."""
    merged = _record(out_dir).get("merged")
    return Path(merged) if isinstance(merged, str) and Path(merged).is_file() else None


def _sha256(path: Path | None) -> str | None:
    if path is None or not path.is_file():
        return None
    return hashlib.sha256(path.read_bytes()).hexdigest()


def left_behind(out_dir: Path, merged: Path) -> bool:
    """Whether ``merged`` is the merged file an earlier run left holding the letters as they
    were (``merged_behind`` said so), unchanged since: merging again replaces it when the run
    ends, as that warning advises, where a file the tool did not write is kept without
    ``--force``."""
    record = _record(out_dir)
    sha = record.get("merged_sha256")
    return (record.get("merged") == str(merged.resolve()) and isinstance(sha, str)
            and _sha256(merged) == sha)


def merged_behind(merged: Path | None, *, changed: bool) -> list[str]:
    """The warning for an earlier run's merged file (``merged``) that a run changing the
    letters without merging them again leaves as it was."""
    if merged is None or not changed:
        return []
    return [said(N_("{path} still holds the letters as they were before this run: merge them "
                    "again (--merge {path}) before printing it, or delete it"), path=str(merged))]


def of_another_list(out_dir: Path, jobs: Sequence[Job]) -> list[str]:
    """The letters an earlier run wrote here (and their PDFs) that this run does not name."""
    planned = {job.name for job in jobs}
    stale = []
    for name in _earlier(out_dir):
        if name in planned:
            continue
        stale += [n for n in (name, str(Path(name).with_suffix(".pdf")))
                  if (out_dir / n).is_file()]
    return sorted(stale)


def shown(stale: list[str]) -> str:
    return ", ".join(stale[:6]) + (_(", … ({more} more)").format(more=len(stale) - 6)
                                   if len(stale) > 6 else "")


def another_list(out_dir: Path, jobs: Sequence[Job], *, numbered: bool, force: bool,
                 renamed: Collection[str] | None = None) -> list[str]:
    """The letters of a list since changed that this run would leave beside its own: refused,
    naming them, or (``force``) returned, to be deleted once the run holds the folder.
    ``renamed``: the names earlier versions gave this list's letters (``naming.former_names``);
    letters all so named are the tool's own under their old names, and told so."""
    stale = of_another_list(out_dir, jobs)
    if not stale or force:
        return stale
    if all_renamed(stale, renamed):
        raise InputFileError(out_dir, _renamed(stale, numbered))
    reason = ngettext(
        "holds {count} letter this list does not name: {files}. The list has changed since it "
        "was written (a letter is named by its row's place, so a row taken out or put in "
        "moves the letters after it); write the new list's letters into another folder, or "
        "move this file out of the folder first",
        "holds {count} letters this list does not name: {files}. The list has changed since "
        "they were written (a letter is named by its row's place, so a row taken out or put in "
        "moves the letters after it); write the new list's letters into another folder, or "
        "move these files out of the folder first", len(stale)).format(
        count=len(stale), files=shown(stale))
    reason += _(" (--force deletes them)")
    if numbered:
        reason += _(". Letters numbered from the register keep their numbers there: cancel in "
                    "the register the numbers of letters you will not send (with --force, a "
                    "letter whose row only moved keeps its number under its new name, and the "
                    "run names the numbers left)")
    raise InputFileError(out_dir, reason)


def all_renamed(stale: list[str], renamed: Collection[str] | None) -> bool:
    """True when every letter left behind bears a name an earlier version gave this list's."""
    return bool(stale) and all(str(Path(name).with_suffix(".docx")) in (renamed or set())
                               for name in stale)


def _renamed(stale: list[str], numbered: bool) -> str:
    """Why letters this tool wrote under the names an earlier version gave are refused."""
    reason = ngettext(
        "holds {count} letter an earlier version of ntm-docgen wrote from this list, under the "
        "name it gave then: {files}. Your list has not changed: the file names changed with "
        "this version (two units whose names differ only by their marks, such as xã Sơn Hà and "
        "xã Sơn Hạ, are now named apart). Run again with --force to write the letters under the "
        "new names (the old file is deleted), or write them into another folder",
        "holds {count} letters an earlier version of ntm-docgen wrote from this list, under the "
        "names it gave then: {files}. Your list has not changed: the file names changed with "
        "this version (two units whose names differ only by their marks, such as xã Sơn Hà and "
        "xã Sơn Hạ, are now named apart). Run again with --force to write the letters under the "
        "new names (the old files are deleted), or write them into another folder",
        len(stale)).format(count=len(stale), files=shown(stale))
    if numbered:
        reason += _(". Letters numbered from the register keep their numbers: with --force "
                    "each letter is written again under its new name with the number it "
                    "carries, and the run names each one so kept")
    return reason


def set_apart(out_dir: Path, stale: list[str],
              renamed: Collection[str] | None = None) -> list[str]:
    """Delete the letters of the earlier list (``--force``), with the warning that names them;
    ``renamed`` as ``another_list`` takes it."""
    for name in stale:
        with contextlib.suppress(FileNotFoundError):
            (out_dir / name).unlink()
    if not stale:
        return []
    if all_renamed(stale, renamed):
        return [said(N_("{folder}: deleted {files}, the letters an earlier version wrote under "
                        "the names it gave then; this run writes them under this version's "
                        "names (--force)"), folder=str(out_dir), files=shown(stale))]
    # the numbers of those a numbered run deleted are told by it (bulk/again.py): by name
    return [said(N_("{folder}: deleted {files}, the letters of the list as it was before "
                    "(--force)"), folder=str(out_dir), files=shown(stale))]


def remember(out_dir: Path, jobs: Sequence[Job], merged: Path | None) -> None:
    """Keep this run's letters' names and the merged file made from them (this run's, or the
    earlier one still there), for the next run into the folder to compare with; whom each
    letter went to is kept as it was until the letter is written (``wrote_to``)."""
    to = _record(out_dir).get("to")
    record = {"letters": [job.name for job in jobs],
              "to": to if isinstance(to, dict) else {},
              "merged": str(merged.resolve()) if merged is not None else None,
              "merged_sha256": _sha256(merged)}
    cache.write(KIND, _key(out_dir), json.dumps(record, ensure_ascii=False).encode("utf-8"))


def wrote_to(out_dir: Path, jobs: Sequence[Job], names: Collection[str]) -> None:
    """Keep whom the letters ``names`` of this run's ``jobs`` go to (``whose.recipient``): the
    letter in each of those files is that row's, written or found unchanged; a letter kept as
    it was keeps whom it went to before."""
    from ntm_docgen.bulk.whose import recipient

    record = _record(out_dir)
    to = record.get("to")
    record["to"] = {**(to if isinstance(to, dict) else {}),
                    **{job.name: recipient(job.fields) for job in jobs if job.name in names}}
    cache.write(KIND, _key(out_dir), json.dumps(record, ensure_ascii=False).encode("utf-8"))
