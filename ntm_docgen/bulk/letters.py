"""One bulk letter: the spec filled for one recipient, rendered, and written unless unchanged."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from ntm_docgen.bulk.fill import (
    Empty,
    Failed,
    Missing,
    clean_value,
    failed,
    field_of,
    fill,
    placeholders,
    visible,
)
from ntm_docgen.bulk.foundthere import number_there, written_by_tool
from ntm_docgen.bulk.recipients import KINH_GUI
from ntm_docgen.errors import DocgenError, SpecError
from ntm_docgen.files.output import write_into
from ntm_docgen.files.resources import load_data
from ntm_docgen.files.signals import in_worker
from ntm_docgen.i18n import N_, _, said, set_language
from ntm_docgen.letter.layout import CompiledTemplate, compiled
from ntm_docgen.letter.render import render_document
from ntm_docgen.letter.spec import Spec, parse_spec, respec
from ntm_docgen.vietnamese.loai import find_loai

WRITTEN, UNCHANGED, KEPT, BAD = "written", "unchanged", "kept", "bad"


@dataclass(frozen=True)
class Job:
    """Letter ``seq`` for the recipient on ``row``, to be written to ``name`` in the folder."""

    seq: int
    row: int
    name: str
    fields: dict[str, str | None]


@dataclass(frozen=True)
class Outcome:
    """What became of one letter: written, unchanged (same bytes already there), kept (a
    different file is there and --force was not given) or bad (the row cannot make a letter)."""

    seq: int
    row: int
    name: str
    status: str
    message: str = ""
    #: the numbers the register gave this letter (``bulk --so-rieng``): ``01/KH-SNV``, ...
    numbers: tuple[str, ...] = ()
    #: the numbers an earlier run took for it, under which it was written again
    again: tuple[str, ...] = ()
    #: kept: the letter there carries a number and this run gives none (made with --so-rieng)
    numbered: bool = False
    #: kept: the file there is none this tool wrote (put in the folder by hand)
    foreign: bool = False


class RowProblem(DocgenError):
    """Raised when a recipient's row cannot make a letter (empty kinh_gui, a missing cell)."""


class LetterMaker:
    """Everything about a run that does not depend on the recipient; picklable for workers.

    The spec's fields that no recipient changes are validated once (with the first letter) and
    kept; each letter then fills and validates only the fields with placeholders and the
    addressee (``respec``), and the layout remembers the parts that stay the same.
    """

    def __init__(self, data: Any, source: str, out_dir: Path, *, today: date,
                 force: bool = False) -> None:
        self.data = data
        self.source = source
        self.out_dir = Path(out_dir)
        self.today = today
        self.force = force
        loai = find_loai(str(data.get("loai", ""))) if isinstance(data, dict) else None
        self.layout = loai.layout if loai is not None else None
        addressed = load_data("bulk.yaml")["kinh_gui_loai"]
        # a letter whose spec has a Kính gửi line prints it (contract §4: the list's kinh_gui
        # is the addressee line; a Hướng dẫn to "các sở" kept it before), but a decision,
        # which has no Kính gửi (render says so), and a plan, issued once to all of them,
        # name their recipients under Nơi nhận
        self.kinh_gui_line = loai is not None and (
            loai.is_cong_van or loai.ma in addressed
            or (bool(isinstance(data, dict) and data.get("kinh_gui"))
                and loai.layout != "quyet_dinh" and loai.ma != "KH"))
        #: the top-level keys a recipient fills, and those each letter validates again
        self.filled_keys = frozenset(key for key, value in data.items() if placeholders(value)) \
            if isinstance(data, dict) else frozenset()
        self.varying = self.filled_keys | {"kinh_gui" if self.kinh_gui_line else "noi_nhan"}
        self.base: Spec | None = None  # the first letter's spec, whose other fields all share
        self._existing: set[str] | None = None
        #: each row's letter as the check before the run validated it (``keep``), so that the
        #: run does not validate it twice; inherited by forked workers, never pickled
        self.checked: dict[int, Spec] = {}

    def __getstate__(self) -> dict[str, Any]:
        return {**self.__dict__, "checked": {}}

    def keep(self, row: int, letter: Spec) -> None:
        """Keep a row's validated letter for the run (``letter_for``)."""
        self.checked[row] = letter

    def letter_for(self, job: Job) -> Spec:
        """The job's letter: as the check kept it, else validated now (``spec_for``)."""
        letter = self.checked.get(job.row)
        return letter if letter is not None else self.spec_for(job.fields)

    def warm(self) -> None:
        """Compile the templates now (before worker processes are forked from this one)."""
        if self.layout is not None:
            compiled(self.layout)
            if isinstance(self.data, dict) and self.data.get("phu_luc"):
                compiled("phu_luc")

    def filled(self, fields: dict[str, str | None]) -> Any:
        """The spec's plain data for this recipient: placeholders filled, addressee set.

        A công văn, tờ trình, báo cáo or giấy mời prints the addressee on its Kính gửi line;
        other types (a kế hoạch, a quyết định) list it first under Nơi nhận (unless the spec
        already puts it there through ``{{ kinh_gui }}``).
        """
        kinh_gui = clean_value(fields.get(KINH_GUI) or "")
        if not visible(kinh_gui):
            raise RowProblem(said(N_("kinh_gui is empty; write the addressee in that column")))
        if failed(kinh_gui):
            raise RowProblem(said(N_("kinh_gui shows the spreadsheet's error {shown} (a formula "
                                     "that failed), not an addressee; correct the cell in the "
                                     "spreadsheet and save the list"), shown=kinh_gui.strip()))
        try:
            if isinstance(self.data, dict):  # the other values are shared, never changed
                # in the spec's order, so a row missing several cells is told the first
                data = {**self.data, **{key: fill(value, fields, key)
                                        for key, value in self.data.items()
                                        if key in self.filled_keys}}
            else:
                data = fill(self.data, fields)
        except Empty as e:
            raise RowProblem(said(N_("{placeholder} in {path} is filled from column {column}, "
                                     "whose cell is empty in this row: the letter's {path} would "
                                     "lack it; fill the cell"),
                                  placeholder=f"{{{{ {e.name} }}}}", path=e.path,
                                  column=field_of(e.name, fields) or e.name)) from e
        except Failed as e:
            raise RowProblem(said(N_("{placeholder} in {path} is filled from column {column}, "
                                     "whose cell shows the spreadsheet's error {shown} in this "
                                     "row (a formula that failed): the letter would print it; "
                                     "correct the cell in the spreadsheet and save the list"),
                                  placeholder=f"{{{{ {e.name} }}}}", path=e.path, shown=e.shown,
                                  column=field_of(e.name, fields) or e.name)) from e
        except Missing as e:
            raise RowProblem(said(N_("{placeholder} in {path} has no value: this row has no "
                                     "cell in column {name!r}"),
                                  placeholder=f"{{{{ {e.name} }}}}", path=e.path,
                                  name=e.name)) from e
        if not isinstance(data, dict):
            return data
        if self.kinh_gui_line:  # a Kính gửi the spec fills itself keeps its other lines
            if "kinh_gui" not in self.filled_keys:
                data["kinh_gui"] = [kinh_gui]
        else:
            noi_nhan = data.get("noi_nhan") or []
            if isinstance(noi_nhan, list) and kinh_gui not in noi_nhan:
                data["noi_nhan"] = [kinh_gui, *noi_nhan]
        return data

    def spec_for(self, fields: dict[str, str | None]) -> Spec:
        """The validated letter for one recipient; RowProblem or SpecError otherwise."""
        data = self.filled(fields)
        if self.base is not None:
            return respec(self.base, data, self.varying, source=self.source)
        spec = parse_spec(data, source=self.source)
        if isinstance(data, dict) and "loai" not in self.filled_keys:
            self.base = spec
        return spec

    def make(self, job: Job) -> Outcome:
        """Render and write one letter; never raises for a problem of the row itself."""
        return self.make_run([job])[0]

    def make_run(self, jobs: list[Job]) -> list[Outcome]:
        """Render and write a run of letters, stage by stage: every letter's document, then
        every zip, then every write. Done letter by letter, each stage pushed the others' code
        and data out of the processor's caches (zlib's state alone is a quarter of a megabyte):
        about a third more time for the same work. Never raises for a problem of a row."""
        outcomes: list[Outcome | None] = []
        documents: list[tuple[int, tuple[CompiledTemplate, bytes]]] = []
        for index, job in enumerate(jobs):
            made = self._document(job)
            if isinstance(made, Outcome):
                outcomes.append(made)
                continue
            outcomes.append(self._already_there(job, *made))
            if outcomes[-1] is None:
                documents.append((index, made))
        letters = [(index, template.to_bytes(document))
                   for index, (template, document) in documents]
        for index, data in letters:
            job = jobs[index]
            write_into(self.out_dir, job.name, data)
            outcomes[index] = Outcome(job.seq, job.row, job.name, WRITTEN)
        return [outcome for outcome in outcomes if outcome is not None]

    def _document(self, job: Job) -> tuple[CompiledTemplate, bytes] | Outcome:
        """The letter's ``document.xml`` with its template, or the row's problem."""
        try:
            return render_document(self.letter_for(job), self.today)
        except SpecError as e:
            return Outcome(job.seq, job.row, job.name, BAD,
                           "; ".join(str(p) for p in e.problems))
        except DocgenError as e:
            return Outcome(job.seq, job.row, job.name, BAD, str(e))

    def _already_there(self, job: Job, template: CompiledTemplate,
                       document: bytes) -> Outcome | None:
        """None when the letter is to be written (atomically); without force, a file already
        there is the same letter (unchanged) or is kept. A letter there is compared without
        making the new one's zip: its ``document.xml`` is inflated and compared, and every
        other byte (``Package.holds``)."""
        if self.force or job.name not in self.existing():
            return None
        path = self.out_dir / job.name
        try:
            same = template.holds(path.read_bytes(), document)
        except OSError:
            same = False
        if same:
            return Outcome(job.seq, job.row, job.name, UNCHANGED)
        if not written_by_tool(path):  # put there by hand: none of the register's, none of a run's
            return Outcome(job.seq, job.row, job.name, KEPT, _(
                "{path} was not written by this tool: it is a file put in the folder by hand, "
                "under the name this row's letter takes; kept as it is: write the letters into "
                "another folder, or pass --force to write this row's letter over it")
                .format(path=path), foreign=True)
        number = number_there(path) if self.letter_for(job).so is None else None
        if number is not None:  # made with --so-rieng before: no hand edited it
            return Outcome(job.seq, job.row, job.name, KEPT, _(
                "{path} carries number {number}, which the register gave it when the letters "
                "were made with --so-rieng, and this run makes them without a number: run "
                "again with --so-rieng and the same --db to make them again under their "
                "numbers; kept as it is (--force writes unnumbered letters over them)")
                .format(path=path, number=number), numbered=True)
        return Outcome(job.seq, job.row, job.name, KEPT,
                       _("{path} differs from what this row gives now (edited by hand, or "
                         "the spec changed); kept as it is, pass --force to write it again")
                       .format(path=path))

    def existing(self) -> set[str]:
        """The names in the output folder when this process first looked (once per process:
        one listing instead of a look at the disk per letter)."""
        if self._existing is None:
            try:
                self._existing = set(os.listdir(self.out_dir))
            except FileNotFoundError:
                self._existing = set()
        return self._existing


_MAKER: LetterMaker | None = None


def start_worker(maker: LetterMaker, language: str | None = None) -> None:
    """Process-pool initializer: keep the maker and compile the templates once per process;
    speak the caller's language (a started process does not inherit ``--lang``)."""
    global _MAKER
    in_worker()  # Ctrl+C is the main process's to handle: it stops the workers
    _MAKER = maker
    set_language(language)
    maker.warm()


def make_chunk(jobs: list[Job]) -> list[Outcome]:
    """Process-pool task: make a run of letters in this worker."""
    assert _MAKER is not None, "start_worker was not called"
    return _MAKER.make_run(jobs)
