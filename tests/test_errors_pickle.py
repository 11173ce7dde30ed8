"""Every error of ours crosses a process boundary whole: a bulk run on several processes gets
the error a worker raised, with its fields and its message, as if raised in the main process.
Unpickled through ``__init__`` from ``args``, an InputFileError or a FieldError failed
(``__init__`` takes other arguments than its message), the pool was broken and the clerk was
told "internal error (BrokenProcessPool: A process in the process pool was terminated
abruptly ...)"; a SpecError came back with every letter of its message as a problem."""

from __future__ import annotations

import multiprocessing
import os
import pickle
from pathlib import Path

import pytest

from ntm_docgen.bulk import letters
from ntm_docgen.bulk import runner as bulk_runner
from ntm_docgen.bulk.merge import ForeignMergeError
from ntm_docgen.cli.main import main
from ntm_docgen.errors import (
    DocgenError,
    FieldError,
    InputFileError,
    LimitError,
    OutputExistsError,
    Problem,
    SpecError,
)
from ntm_docgen.files.limits import OFFICE_BYTES
from ntm_docgen.i18n import N_, Said, said
from ntm_docgen.importer.kind import OutsideTheTableError
from ntm_docgen.importer.pdfwords import PagesLimitError

ROOT = Path(__file__).parent.parent
XA = ROOT / "tests" / "data" / "bulk" / "xa.yaml"

ERRORS = {
    "input-file": lambda: InputFileError("/thu/cv.doc", "is password-protected"),
    "field": lambda: FieldError("trich", "{trich} names {part!r}; set {hinh_thuc}",
                                {"trich": "--trich", "hinh_thuc": "hinh_thuc"}, part="VII"),
    "limit": lambda: LimitError("cv.doc", "the size", 1000, OFFICE_BYTES.env, 2000),
    "pages-limit": lambda: PagesLimitError(Path("quet.pdf"), OFFICE_BYTES, 70_000_000),
    "spec": lambda: SpecError([Problem("ky.ho_ten", "required"), Problem("so", "a number",
                                                                         "0")], "thu.yaml"),
    "output-exists": lambda: OutputExistsError("thu.docx"),
    "foreign-merge": lambda: ForeignMergeError("tat-ca.docx"),
    "outside-the-table": lambda: OutsideTheTableError("don.txt", "ĐƠN ĐỀ NGHỊ", "đơn",
                                                      "don"),
    "plain": lambda: DocgenError("one sentence"),
}


@pytest.mark.parametrize("make", ERRORS.values(), ids=ERRORS.keys())
def test_an_error_round_trips_through_pickle_with_its_fields(make) -> None:
    error = make()
    back = pickle.loads(pickle.dumps(error))
    assert type(back) is type(error)
    assert str(back) == str(error) and back.args == error.args
    assert vars(back) == vars(error)


def test_a_field_error_is_told_in_a_front_ends_names_after_the_trip() -> None:
    back = pickle.loads(pickle.dumps(ERRORS["field"]()))
    assert back.told({"hinh_thuc": "the form"}) == "--trich names 'VII'; set the form"
    assert isinstance(back, InputFileError) and back.path == "--trich"


_MAIN = os.getpid()


def _raises_in_a_worker(self, jobs):  # type: ignore[no-untyped-def]
    """A run of letters that fails in a worker process as a letter's own problem would not."""
    if os.getpid() != _MAIN:
        raise FieldError("so", "{so} 512 is taken in the register; leave {so} out",
                         {"so": "so"})
    return _make_run(self, jobs)


_make_run = letters.LetterMaker.make_run


def test_a_bulk_run_on_two_processes_tells_the_workers_error(runner, tmp_path,
                                                             monkeypatch) -> None:
    """The workers are forked, as a run from the command line forks them, so that they run
    the failing code set here."""
    monkeypatch.setattr(bulk_runner, "pool_context", lambda: multiprocessing.get_context("fork"))
    monkeypatch.setattr(letters.LetterMaker, "make_run", _raises_in_a_worker)
    result = runner.invoke(main, ["--lang", "en", "bulk", str(XA), "--xa-cua", "Lai Châu",
                                   "-o", str(tmp_path / "out"), "--jobs", "2"])
    assert result.exit_code == 1
    assert result.stderr.strip() == "Error: so: so 512 is taken in the register; leave so out"
    assert not [p for p in (tmp_path / "out").iterdir() if p.name.endswith(".part")]



def _said_in(error):
    """The message an error was said from: a problem's expectation, or a file's reason."""
    return error.problems[0].expected if isinstance(error, SpecError) else error.reason


def _ids(message):
    """A message's id and values, each value that is a message by its ids in turn."""
    if not isinstance(message, Said):
        return message
    return message.msgid, {key: _ids(value) for key, value in message.values.items()}


def _desk_words(message):
    return "the desk's words: {lines}" if message.msgid.startswith("these lines") else None


@pytest.mark.parametrize("error", [
    InputFileError("/x/kh.txt", said(N_("these lines were read into no field and are not in the "
                                        "spec; add each one by hand where it belongs: {lines}"),
                                     lines="“a”")),
    SpecError([Problem("", said(N_("incomplete spec")))], "/x/kh.yaml"),
    LimitError("/x/kh.yaml", said(N_("the spec file's size")), 10, "NTM_X", 12),
], ids=["reason", "problem", "limit"])
def test_a_message_said_by_its_id_keeps_its_id_across_processes(error):
    back = pickle.loads(pickle.dumps(error))
    assert str(back) == str(error)
    assert back.told_by(_desk_words) == error.told_by(_desk_words)
    assert back.told_by(lambda message: None) == str(error)
    # not the text alone: the id and the values, a message among them by its own, at every depth
    assert isinstance(_said_in(back), Said)
    assert _ids(_said_in(back)) == _ids(_said_in(error))
    said_back = pickle.loads(pickle.dumps(said(N_("incomplete spec"))))
    assert isinstance(said_back, Said) and said_back.msgid == "incomplete spec"
