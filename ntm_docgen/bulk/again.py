"""``bulk --so-rieng`` into a folder an earlier run numbered: a letter keeps the number the
register gave it. An unchanged letter stays as it is; a changed one is kept and told, and with
``--force`` written again under its own number, its register line brought up to date; a letter
whose row moved (a row above it taken out, ``--force``) keeps its number under its new name:
the number follows the recipient its letter went to (``bulk/whose.py``), never the row's place.
The numbers of the letters the run deleted, and of a file that now holds another number, stay
in the register and are told, to be cancelled there: no number is given twice or spent."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ntm_docgen import register
from ntm_docgen.bulk.letters import BAD, KEPT, UNCHANGED, WRITTEN, Job, LetterMaker, Outcome
from ntm_docgen.bulk.whose import MA, Before, Unsure, match, who
from ntm_docgen.bulk.written import shown
from ntm_docgen.errors import InputFileError
from ntm_docgen.files.output import write_bytes
from ntm_docgen.files.signals import critical
from ntm_docgen.i18n import N_, _, ngettext, said
from ntm_docgen.letter.render import render_document
from ntm_docgen.letter.spec import Spec
from ntm_docgen.register.again import fits, is_copy, lines_in, numbered, written_again
from ntm_docgen.register.model import Row


@dataclass
class Held:
    """The register's lines of the letters in the folder, and those this run accounted for."""

    by_name: dict[str, list[Row]]
    where: str
    #: the letters this run deleted, of the list as it was before (``--force``)
    deleted: list[str]
    #: each job's earlier letter whose number it keeps, by the job's name (``bulk/whose.py``)
    given: dict[str, str] = field(default_factory=dict)
    seen: set[int] = field(default_factory=set)
    #: the letters of another recipient a letter of this run was written over
    overwritten: set[str] = field(default_factory=set)
    #: what the clerk is told of numbers kept under a new name, or left to cancel
    notes: list[str] = field(default_factory=list)

    @classmethod
    def of(cls, db: str | None, folder: Path, deleted: Sequence[str], jobs: Sequence[Job],
           record: Mapping[str, Mapping[str, str | None]] | None = None) -> Held:
        """The lines, each job given its earlier letter; ``record``: what the folder's last run
        kept of each letter's row (``written.recipients_before``). Raises ``InputFileError``
        naming the rows nothing tells apart, before anything is written or deleted."""
        by_name, where = lines_in(db, folder)
        deleted = [n for n in deleted if n.endswith(".docx")]
        names = set(deleted) | {job.name for job in jobs}
        befores = [_before(name, lines, (record or {}).get(name, {}))
                   for name, lines in sorted(by_name.items()) if name in names]
        given, unsure = match(jobs, befores)
        if unsure:
            raise InputFileError(folder, _unsure(unsure, by_name))
        return cls(by_name, where, deleted, given)

    def lines_for(self, job: Job) -> tuple[list[Row], str | None]:
        """The lines of the letter that went to the job's recipient, and its name when it was
        another (its row moved, or an earlier version named it otherwise)."""
        name = self.given.get(job.name)
        if name is None:
            return [], None
        return self.by_name[name], None if name == job.name else name

    def others_at(self, name: str) -> list[Row]:
        """The letter lines of the file ``name`` that went to a recipient no row now takes."""
        if name in self.given.values():
            return []
        return [r for r in self.by_name.get(name, []) if not is_copy(r)]

    def left(self) -> list[tuple[Row, str]]:
        """The lines of the letters this run deleted, numbered or wrote over, that no letter
        now holds."""
        names = set(self.deleted) | self.overwritten | {
            name for name, lines in self.by_name.items() if self.seen & {r.id for r in lines}}
        return [(row, name) for name in sorted(names) for row in self.by_name.get(name, [])
                if row.id not in self.seen]

    def told(self) -> list[str]:
        """The notes, and the numbers left to cancel named with their files."""
        left = self.left()
        if not left:
            return self.notes
        return [*self.notes, said(N_(
            "{numbers}: given by the register to {files}, which the folder no longer holds "
            "with that number (a row taken out, or the file written over under another "
            "number); the numbers stay in the register: cancel each one whose letter will not "
            "be sent (ntm-docgen register cancel SO/KY-HIEU --ly-do \"...\")"),
            numbers=shown([row.so_hieu for row, _name in left]),
            files=shown(sorted({name for _row, name in left})))]


def _before(name: str, lines: list[Row], kept: Mapping[str, str | None]) -> Before:
    """An earlier letter as its lines name its recipient (the first of a letter's Nơi nhận is
    its addressee), with the code and row the folder's record kept when they name the same;
    the rest of its Nơi nhận, which every letter of the run names alike, is no one's."""
    whom = frozenset(who(row.noi_nhan[0]) for row in lines if not is_copy(row) and row.noi_nhan)
    if not whom and kept.get("who"):
        whom = frozenset({str(kept["who"])})
    if kept.get("who") not in whom:
        return Before(name, whom)
    return Before(name, whom, kept.get(MA), kept.get("row"))


def _unsure(unsure: list[Unsure], by_name: dict[str, list[Row]]) -> str:
    """What the clerk is told of rows of one addressee whose letters nothing tells apart."""
    groups = "; ".join(ngettext(
        "{addressee} (row {rows} of the list; letters {numbers})",
        "{addressee} (rows {rows} of the list; letters {numbers})", len(u.rows)).format(
        addressee=u.addressee, rows=", ".join(map(str, u.rows)),
        numbers=", ".join(r.so_hieu for n in u.names for r in by_name[n] if not is_copy(r)))
        for u in unsure)
    return said(N_(
        "{groups}: the folder holds more than one letter numbered to the same addressee, and "
        "the list's rows of it were moved, taken out or changed since, so which letter goes to "
        "which row cannot be told; nothing was written or deleted, and the numbers stay in "
        "the register. Put those rows back as they were when the letters were numbered and "
        "run again, then move or take out rows in one run and change their cells in another "
        "(--force); or write this list into another folder and cancel those numbers in the "
        "register (ntm-docgen register cancel SO/KY-HIEU --ly-do \"...\")"), groups=groups)


def _pick(rows: list[Row], there: bytes | None) -> Row | None:
    """The line a file holds: the one recorded with its bytes, else the last given."""
    if len(rows) > 1 and there is not None:
        import hashlib

        digest = hashlib.sha256(there).hexdigest()
        return next((r for r in rows if r.sha256 == digest), rows[-1])
    return rows[-1] if rows else None


def again(maker: LetterMaker, job: Job, spec: Spec, lines: list[Row], moved: str | None,
          db: str | None, held: Held) -> Outcome:
    """The letter of a row numbered before: kept, told, or written again under its number."""
    path = maker.out_dir / job.name
    try:
        there = path.read_bytes() if moved is None and path.is_file() else None
    except OSError:
        there = None
    letter = _pick([r for r in lines if not is_copy(r)], there)
    copy = _pick([r for r in lines if is_copy(r)], there)
    mine = [r for r in (letter, copy) if r is not None]
    held.seen |= {r.id for r in mine}
    numbers = ", ".join(r.so_hieu for r in mine)
    if letter is None or not fits(letter, register.for_spec(spec)) \
            or (copy is None) != (spec.ban_sao is None) \
            or (copy is not None and spec.ban_sao is not None
                and not fits(copy, register.for_copy(spec.ban_sao))):
        return Outcome(job.seq, job.row, job.name, BAD, _(
            "{path} carries {numbers} from the register, but the letter this row gives now is "
            "numbered in another series (its issuer, year, ký hiệu, secrecy or copy block "
            "changed), and a number never moves to another series: cancel {numbers} in the "
            "register if the letter will not be sent, move the file out of the folder, and run "
            "again").format(path=maker.out_dir / (moved or job.name), numbers=numbers))
    letter_spec = numbered(spec, letter, copy)
    template, document = render_document(letter_spec, maker.today)
    if there is not None and template.holds(there, document):
        import hashlib

        if hashlib.sha256(there).hexdigest() != letter.sha256:  # as the register last knew it
            written_again(db, letter_spec, letter, copy, path, maker.today, note=False)
        return Outcome(job.seq, job.row, job.name, UNCHANGED)
    if there is not None and not maker.force:
        return Outcome(job.seq, job.row, job.name, KEPT, said(N_(
            "{path} ({numbers}) differs from what this row gives now (edited by hand, or the "
            "spec changed); kept as it is: --force writes it again under the same number"),
            path=str(path), numbers=numbers))
    # the letter on the disk before its lines record it; a stop waits for both
    with critical():
        write_bytes(path, template.to_bytes(document), force=True, durable=True)
        written_again(db, letter_spec, letter, copy, path, maker.today)
    if moved is not None and held.others_at(job.name):  # another's letter was under its name
        held.overwritten.add(job.name)
    if moved is not None:
        held.notes.append(_("{name} keeps {numbers}, which the register gave it as {before}")
                          .format(name=job.name, numbers=numbers, before=moved))
    return Outcome(job.seq, job.row, job.name, WRITTEN,
                   again=tuple(r.so_hieu for r in mine))
