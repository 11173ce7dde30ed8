"""The pool of warm LibreOffice processes, and the check of every PDF a conversion gives."""

from __future__ import annotations

import os
import shutil
import signal
import sys
import threading
import time
from datetime import date
from pathlib import Path

import pytest

from ntm_docgen.bulk.pdfbatch import Converter
from ntm_docgen.errors import ConversionError
from ntm_docgen.files import office, pdf
from ntm_docgen.files.stop import Stop, Stopped
from ntm_docgen.letter.render import render_docx
from ntm_docgen.letter.spec import load_spec

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "data" / "examples" / "cong-van-ubnd-tinh-kon-tum.yaml"


@pytest.fixture(scope="module")
def letter(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("office") / "letter.docx"
    path.write_bytes(render_docx(load_spec(EXAMPLE), date(2026, 11, 23)))
    return path


def _copies(letter: Path, folder: Path, count: int) -> list[Path]:
    """``count`` copies of ``letter`` in ``folder``: ``0.docx``, ``1.docx``, ..."""
    copies = [folder / f"{index}.docx" for index in range(count)]
    for copy in copies:
        shutil.copyfile(letter, copy)
    return copies


@pytest.fixture
def pool():
    found = office.uno_python()
    assert found is not None, "a Python with LibreOffice's uno is needed (python3-uno)"
    made = office.OfficePool(1, pdf.find_soffice(), found)
    yield made
    made.close()


def office_pids(pool: office.OfficePool) -> set[int]:
    return {o.process.pid for o in pool._all if o.alive}


def test_one_office_converts_one_letter_after_another(pool, letter, tmp_path):
    for name in ("a.pdf", "b.pdf"):
        pool.convert(letter, tmp_path / name, "writer_pdf_Export")
        assert pdf.is_pdf(tmp_path / name)
    assert len(pool._all) == 1  # started once, used twice


def test_an_office_that_dies_is_replaced(pool, letter, tmp_path):
    pool.convert(letter, tmp_path / "a.pdf", "writer_pdf_Export")
    (first,) = office_pids(pool)
    os.killpg(first, signal.SIGKILL)  # the worker and its LibreOffice, as a crash would
    pool.convert(letter, tmp_path / "b.pdf", "writer_pdf_Export")
    assert pdf.is_pdf(tmp_path / "b.pdf")
    assert office_pids(pool) and first not in office_pids(pool)


def test_a_document_libreoffice_cannot_open_is_an_error_not_a_death(pool, tmp_path, letter):
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(ConversionError, match="could not convert broken.docx"):
        pool.convert(broken, tmp_path / "broken.pdf", "writer_pdf_Export")
    pool.convert(letter, tmp_path / "after.pdf", "writer_pdf_Export")  # the office lives on
    assert pdf.is_pdf(tmp_path / "after.pdf") and len(pool._all) == 1


def test_bookmarks_become_destinations_through_the_pool(pool, tmp_path, letter):
    from ntm_docgen.bulk.pdfbatch import FILTER, joined_package, start_pages

    letters = _copies(letter, tmp_path, 3)
    joined = tmp_path / "joined.docx"
    joined.write_bytes(joined_package(letters))
    extension, name, data = pdf.export_filter(FILTER)
    pool.convert(joined, tmp_path / "joined.pdf", name, data)
    starts = start_pages(tmp_path / "joined.pdf", 3)
    assert starts is not None and starts[0] == 0 and len(set(starts)) == 3


def test_without_uno_one_libreoffice_per_batch(monkeypatch, letter, tmp_path):
    monkeypatch.setattr(office, "shared_pool", lambda size=None: None)
    pdf.convert([letter], tmp_path)
    assert pdf.is_pdf(tmp_path / "letter.pdf")


@pytest.mark.parametrize("cut", [10, 1000], ids=["header-only", "no-end-marker"])
def test_a_cut_pdf_is_not_taken_for_done(tmp_path, letter, cut):
    whole = tmp_path / "whole.pdf"
    pdf.convert([letter], tmp_path)
    (tmp_path / "letter.pdf").rename(whole)
    assert pdf.is_pdf(whole)
    cut_file = tmp_path / "cut.pdf"
    cut_file.write_bytes(whole.read_bytes()[:cut])
    assert not pdf.is_pdf(cut_file)


def half_writer(calls: list[int], never: str | None = None):
    """A LibreOffice stand-in that, given many files, writes every other PDF and exits 0."""
    def convert(sources, out_dir, profile, export, stop=None):
        calls.append(len(sources))
        for index, source in enumerate(sources):
            if source.stem == never or (len(sources) > 1 and index % 2):
                continue
            (out_dir / f"{source.stem}.pdf").write_bytes(b"%PDF-1.7\n1 0 obj\n%%EOF\n")
        return None
    return convert


def test_pdfs_missing_after_a_batch_are_made_again(monkeypatch, tmp_path, letter):
    monkeypatch.setattr(office, "shared_pool", lambda size=None: None)
    calls: list[int] = []
    monkeypatch.setattr(pdf, "_convert_once", half_writer(calls))
    letters = _copies(letter, tmp_path, 6)
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    assert Converter(scratch, 0).plain(letters) == []
    assert calls == [6, 1, 1, 1]  # the batch, then each letter it left out
    assert all(pdf.is_pdf(p.with_suffix(".pdf")) for p in letters)


def test_a_pdf_that_never_comes_is_reported(monkeypatch, tmp_path, letter):
    monkeypatch.setattr(office, "shared_pool", lambda size=None: None)
    monkeypatch.setattr(pdf, "_convert_once", half_writer([], never="00002"))
    letters = _copies(letter, tmp_path, 4)
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    failures = Converter(scratch, 0).plain(letters)
    assert [p.name for p, _ in failures] == ["2.docx"]
    assert "00002.docx" in failures[0][1]
    assert not (tmp_path / "2.pdf").exists() and (tmp_path / "3.pdf").exists()


def _converting(pool: office.OfficePool, source: Path, target: Path, stop: Stop,
                failed: list[BaseException]) -> threading.Thread:
    """``source`` converted on ``pool`` for ``stop``'s caller in a thread of its own (what
    it raised in ``failed``), once an office has it."""
    def run() -> None:
        try:
            pool.convert(source, target, "writer_pdf_Export", stop=stop)
        except BaseException as e:  # noqa: BLE001 - the test looks at it
            failed.append(e)

    thread = threading.Thread(target=run)
    thread.start()
    return thread


def test_a_stop_kills_the_office_converting_for_it_and_no_other(tmp_path, letter):
    """Two callers convert on the pool's two offices; one caller's stop kills its office at
    once and raises its error there, the other's conversion is made in its office."""
    from ntm_docgen.bulk.pdfbatch import joined_package

    found = office.uno_python()
    assert found is not None
    pool = office.OfficePool(2, pdf.find_soffice(), found)
    try:
        pool.warm()
        long = tmp_path / "long.docx"  # some seconds of LibreOffice's work
        long.write_bytes(joined_package(_copies(letter, tmp_path, 40), bookmarks=False))
        mine, theirs = Stop(), Stop()
        failed: list[BaseException] = []
        stopping = _converting(pool, long, tmp_path / "long.pdf", mine, failed)
        deadline = time.monotonic() + 120
        while not mine._ends:  # until an office converts for it
            assert time.monotonic() < deadline, "the conversion did not begin"
            time.sleep(0.01)
        (busy,) = [o for o in pool._all if not pool._free.queue.count(o)]
        other = _converting(pool, letter, tmp_path / "other.pdf", theirs, failed)
        mine.stop()
        stopping.join(120)
        other.join(120)
        assert [type(e) for e in failed] == [Stopped]
        assert not busy.alive and not busy.folder.exists()
        assert pdf.is_pdf(tmp_path / "other.pdf") and not (tmp_path / "long.pdf").exists()
        with pytest.raises(Stopped):  # nothing more is converted for it
            pool.convert(letter, tmp_path / "after.pdf", "writer_pdf_Export", stop=mine)
    finally:
        pool.close()


def test_a_stop_kills_a_libreoffice_run_for_its_caller(tmp_path):
    """Without warm offices: the LibreOffice run for a caller (here a stand-in that would
    run a minute) is killed, its whole group, when the caller's stop is asked."""
    stop = Stop()
    failed: list[BaseException] = []
    marker = tmp_path / "started"

    def run() -> None:
        try:
            pdf.run_office([sys.executable, "-c", "import pathlib, time; "
                            f"pathlib.Path({str(marker)!r}).touch(); time.sleep(60)"], stop)
        except BaseException as e:  # noqa: BLE001 - the test looks at it
            failed.append(e)

    thread = threading.Thread(target=run)
    thread.start()
    deadline = time.monotonic() + 60
    while not marker.exists():
        assert time.monotonic() < deadline, "the stand-in did not start"
        time.sleep(0.01)
    stop.stop()
    thread.join(60)
    assert not thread.is_alive() and [type(e) for e in failed] == [Stopped]
