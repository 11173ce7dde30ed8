"""A bulk run on the desk stopped by its clerk, or by the desk stopping: it stops between
letters, keeps no letter of the part it wrote, says so, and runs again; and what its page says
at each stage."""

from __future__ import annotations

import contextlib
import shutil
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from desk_support import XA, bulk_run, csrf_of, desk_client, run_to_the_end
from starlette.testclient import TestClient

PEOPLE = ("kinh_gui,ten,loai_don_vi,ma\nUBND xã Tân Thành,Tân Thành,xã,01\n"
          "UBND xã Hòa Bình,Hòa Bình,xã,02\nUBND xã Đồng Tâm,Đồng Tâm,xã,03\n")


@pytest.fixture
def held(monkeypatch):
    """Runs write their letters one at a time in the desk's process, and the first run of
    letters, once written, waits until a cancel or a stop has been asked (``wrote`` is set as
    it waits; ``release`` lets it go on)."""
    from ntm_docgen.bulk import runner
    from ntm_docgen.bulk.letters import LetterMaker
    from ntm_docgen.desk.jobs import Queue

    wrote, release = threading.Event(), threading.Event()
    make_run, cancel, stop = LetterMaker.make_run, Queue.cancel, Queue.stop

    def slow(self, part):  # type: ignore[no-untyped-def]
        made = make_run(self, part)
        if not wrote.is_set():
            wrote.set()
            assert release.wait(60)
        return made

    def cancelled(self, job):  # type: ignore[no-untyped-def]
        cancel(self, job)
        release.set()

    def stopped(self):  # type: ignore[no-untyped-def]
        left = stop(self)
        release.set()
        return left

    monkeypatch.setattr(runner, "default_jobs", lambda: 1)
    monkeypatch.setattr(LetterMaker, "make_run", slow)
    monkeypatch.setattr(Queue, "cancel", cancelled)
    monkeypatch.setattr(Queue, "stop", stopped)
    return wrote, release


@contextlib.contextmanager
def two_clerks(home: Path, lang: str) -> Iterator[tuple[TestClient, TestClient, Path]]:
    """An office desk with two clerks signed in, each in a browser of her own: the văn thư's
    and the chuyên viên's; and the folder its bulk runs write in (an office's is in the
    temporary folder, removed afterwards)."""
    from desk_support import PASSWORD, add_clerks
    from register_support import pg_schema

    from ntm_docgen.desk import DeskConfig
    from ntm_docgen.desk.issued import bulk_root

    with pg_schema() as url:
        add_clerks(url, "vanthu", "chuyenvien")
        runs = bulk_root(DeskConfig(office=True, db=url, home=home))
        try:
            with desk_client(home, office=True, db=url, lang=lang) as lan:
                other = TestClient(lan.app)
                for client, name in ((lan, "vanthu"), (other, "chuyenvien")):
                    client.post("/dang-nhap", data={
                        "ten": name, "mat_khau": PASSWORD,
                        "csrf_token": csrf_of(client, "/dang-nhap")})
                yield lan, other, runs
        finally:
            shutil.rmtree(runs, ignore_errors=True)


def _start(client, csrf, run: str) -> None:
    assert client.post(f"{run}/chay", data={"csrf_token": csrf},
                       follow_redirects=False).status_code == 303


def _started_with_pdfs(client, csrf) -> str:
    """A run of three letters with their PDFs, prepared and started; its page."""
    answer = client.post("/hang-loat", data={"csrf_token": csrf, "pdf": "1"},
                         files={"mau": (XA.name, XA.read_bytes()),
                                "danh_sach": ("ds.csv", PEOPLE.encode())},
                         follow_redirects=False)
    run = str(answer.headers["location"])
    _start(client, csrf, run)
    return run


def _until(check, what: str) -> None:
    deadline = time.monotonic() + 120
    while not check():
        assert time.monotonic() < deadline, what
        time.sleep(0.05)


def _letters(tmp_path: Path, run: str, runs: Path | None = None) -> list[Path]:
    root = runs or tmp_path / "hang-loat"
    return sorted((root / run.rsplit("/", 1)[1]).rglob("*.docx"))


def _started(client, held) -> tuple[str, str]:
    """A run of three letters started and held after its first letter: the CSRF token, its
    page."""
    csrf = csrf_of(client)
    run = bulk_run(client, csrf, PEOPLE)
    _start(client, csrf, run)
    assert held[0].wait(60)
    return csrf, run


def test_a_bulk_run_stopped_by_its_clerk_keeps_no_letter_and_runs_again(tmp_path, held,
                                                                        monkeypatch):
    import json

    from ntm_docgen.desk.web import Desk

    desks: list[Desk] = []
    made = Desk.__init__

    def kept(self, *args):  # type: ignore[no-untyped-def]
        made(self, *args)
        desks.append(self)

    monkeypatch.setattr(Desk, "__init__", kept)
    with desk_client(tmp_path, lang="vi") as client:
        csrf, run = _started(client, held)
        settings = tmp_path / "hang-loat" / run.rsplit("/", 1)[1] / "chuan-bi.json"
        stopped = json.loads(settings.read_text(encoding="utf-8"))["job"]
        page = client.get(run).text
        assert f'action="{run}/huy"' in page and "Dừng lượt tạo" in page
        assert client.post(f"{run}/huy", data={"csrf_token": csrf},
                           follow_redirects=False).status_code == 303
        _until(lambda: client.get(f"{run}/tien-do").headers.get("HX-Redirect") == run,
               "the run stops")
        page = client.get(run).text
        assert "Bạn đã dừng lượt tạo này: 1 văn bản đã viết được xóa" in page
        assert "không còn tệp nào viết dở" in page and "Tạo 3 văn bản" in page
        assert not _letters(tmp_path, run)
        assert not list((tmp_path / "hang-loat").rglob("*.part"))
        assert client.get(f"{run}/tai/thu.zip").status_code == 404
        assert "Xong: 3 văn bản đã sẵn sàng." in run_to_the_end(client, csrf, run)
        assert len(_letters(tmp_path, run)) == 3
        # the stopped run is forgotten: swept a day after it ended, it would remove the folder
        assert desks[0].jobs.get(stopped) is None and len(desks[0].jobs.jobs()) == 1


def test_a_bulk_run_stopped_by_the_desk_stopping_keeps_no_letter_and_runs_again(tmp_path,
                                                                               held):
    with desk_client(tmp_path, lang="vi") as client:
        csrf, run = _started(client, held)
    # the desk has stopped: the run stopped at its next letter and removed what it wrote
    assert not _letters(tmp_path, run)
    with desk_client(tmp_path, lang="vi") as client:
        csrf = csrf_of(client)
        page = client.get(run).text
        assert "Bàn làm việc đã tắt khi lượt này đang tạo văn bản, nên lượt tạo đã dừng: " \
               "1 văn bản đã viết được xóa" in page
        assert "Xong: 3 văn bản đã sẵn sàng." in run_to_the_end(client, csrf, run)


def test_a_bulk_run_waiting_its_turn_is_cancelled_at_once(tmp_path, held):
    with desk_client(tmp_path, lang="en", bulk_jobs=1) as client:
        csrf = csrf_of(client)
        first, second = bulk_run(client, csrf, PEOPLE), bulk_run(client, csrf, PEOPLE)
        _start(client, csrf, first)
        assert held[0].wait(60)
        _start(client, csrf, second)
        assert "Waiting: another bulk run" in client.get(second).text
        client.post(f"{second}/huy", data={"csrf_token": csrf})
        _until(lambda: client.get(f"{second}/tien-do").headers.get("HX-Redirect") == second,
               "the waiting run is cancelled")
        assert "You stopped this run: the 0 letters it had written were removed" \
            in client.get(second).text
        _until(lambda: 'class="success"' in client.get(f"{first}/tien-do").text,
               "the first run goes on")
        assert not _letters(tmp_path, second) and len(_letters(tmp_path, first)) == 3


def test_only_the_clerk_who_started_a_bulk_run_may_stop_it(tmp_path, held):
    with two_clerks(tmp_path, "en") as (lan, other, runs):
        csrf, run = _started(lan, held)
        refused = other.post(f"{run}/huy", data={"csrf_token": csrf_of(other)})
        assert refused.status_code == 404
        assert "This bulk run does not exist, or it is not yours." in refused.text
        held[1].set()
        _until(lambda: 'class="success"' in lan.get(f"{run}/tien-do").text, "the run goes on")
        assert len(_letters(tmp_path, run, runs)) == 3


def test_a_bulk_run_stopped_while_it_makes_its_pdfs_says_so_and_stops_them(tmp_path,
                                                                          monkeypatch):
    """A run stopped while LibreOffice makes its PDFs has the LibreOffice making them stopped
    at once (the run's stop, handed to the PDF stage), the page saying so meanwhile, then
    removes the letters and their PDFs."""
    from ntm_docgen.bulk import pdfbatch

    converting, killed, release = threading.Event(), threading.Event(), threading.Event()

    def held_pdfs(letters, *, jobs, progress, stop):  # type: ignore[no-untyped-def]
        for letter in letters:
            letter.with_suffix(".pdf").write_bytes(b"%PDF-1.4\n")
        converting.set()
        with stop.ending(killed.set):  # LibreOffice, as the stop kills it
            assert killed.wait(60)
        assert release.wait(60)
        stop.check()
        progress(len(letters))
        return []

    monkeypatch.setattr(pdfbatch, "letters_to_pdf", held_pdfs)
    with desk_client(tmp_path, lang="vi") as client:
        csrf = csrf_of(client)
        run = _started_with_pdfs(client, csrf)
        assert converting.wait(60)
        client.post(f"{run}/huy", data={"csrf_token": csrf})
        assert killed.is_set()  # by the cancel itself, not once a batch was made
        assert "Đang dừng: LibreOffice dừng làm các tệp PDF ngay" in client.get(run).text
        release.set()
        _until(lambda: client.get(f"{run}/tien-do").headers.get("HX-Redirect") == run,
               "the run stops")
        assert "Bạn đã dừng lượt tạo này: 3 văn bản đã viết được xóa" in client.get(run).text
        assert not list((tmp_path / "hang-loat").rglob("*.pdf")) and not _letters(tmp_path, run)


def test_a_desk_stopping_while_a_run_makes_its_pdfs_stops_them_at_once(tmp_path,
                                                                      monkeypatch):
    """The desk stopped (Ctrl+C, a restart) while LibreOffice makes a run's PDFs: that
    LibreOffice is stopped at once and the run removes its letters, where the desk waited for
    LibreOffice's batch 20 s at most and, the batch longer (100 letters on a busy computer),
    ended leaving the run's letters and PDFs as they were."""
    from ntm_docgen.bulk import pdfbatch

    converting, killed = threading.Event(), threading.Event()

    def held_pdfs(letters, *, jobs, progress, stop):  # type: ignore[no-untyped-def]
        for letter in letters:
            letter.with_suffix(".pdf").write_bytes(b"%PDF-1.4\n")
        converting.set()
        with stop.ending(killed.set):  # a batch longer than the desk waits, until killed
            killed.wait(120)
        stop.check()
        progress(len(letters))
        return []

    monkeypatch.setattr(pdfbatch, "letters_to_pdf", held_pdfs)
    with desk_client(tmp_path, lang="vi") as client:
        run = _started_with_pdfs(client, csrf_of(client))
        assert converting.wait(60)
    assert killed.is_set()
    assert not list((tmp_path / "hang-loat").rglob("*.pdf")) and not _letters(tmp_path, run)
    with desk_client(tmp_path, lang="vi") as client:
        assert "Bàn làm việc đã tắt khi lượt này đang tạo văn bản, nên lượt tạo đã dừng: " \
               "3 văn bản đã viết được xóa" in client.get(run).text


def test_a_bulk_run_getting_ready_says_so_not_that_it_makes_pdfs(tmp_path, monkeypatch):
    """Before its first letter (the spec and the list being read), the run's page said
    'Making the PDFs… 0 of 0'."""
    from ntm_docgen.bulk import run as bulk

    reading, release = threading.Event(), threading.Event()
    read = bulk.read_bulk_spec

    def held(spec):  # type: ignore[no-untyped-def]
        reading.set()
        assert release.wait(60)
        return read(spec)

    monkeypatch.setattr(bulk, "read_bulk_spec", held)
    with desk_client(tmp_path, lang="vi") as client:
        csrf = csrf_of(client)
        run = bulk_run(client, csrf, PEOPLE)
        _start(client, csrf, run)
        assert reading.wait(60)
        page = client.get(run).text
        release.set()
        assert "Đang chuẩn bị: đọc văn bản mẫu và danh sách nơi nhận…" in page
        assert "PDF" not in page
        _until(lambda: 'class="success"' in client.get(f"{run}/tien-do").text, "the run ends")


def test_a_bulk_run_stopped_in_its_pdfs_ends_its_own_libreoffice_not_a_preview(tmp_path,
                                                                              monkeypatch):
    """One clerk stops her bulk run while LibreOffice makes its PDFs, as another's preview is
    being made in the desk's other office: her run's office is killed at once, not left to
    make its batch (up to 100 letters, some seconds), and the preview is made all the same,
    in an office still running (the stop had closed every office of the desk, and the
    preview failed)."""
    from desk_support import CONG_VAN, new_draft

    from ntm_docgen.bulk import runner
    from ntm_docgen.files import office

    monkeypatch.setenv("NTM_DOCGEN_OFFICES", "2")  # one office for the run, one for previews
    monkeypatch.setattr(runner, "cores", lambda: 1)
    converting, cancelled, previewing, stopped = (threading.Event() for _ in range(4))
    made: list[str] = []  # the run's documents LibreOffice made
    used: list[office.Office] = []
    convert = office.Office.convert

    def held(self, source, target, *args):  # type: ignore[no-untyped-def]
        used.append(self)
        if source.name != "letter.docx":  # the run's: held until its clerk has stopped it
            converting.set()
            assert cancelled.wait(120)
        elif converting.is_set():  # the preview: held until the run has stopped
            previewing.set()
            assert stopped.wait(120)
        convert(self, source, target, *args)
        if source.name != "letter.docx":
            made.append(source.name)

    monkeypatch.setattr(office.Office, "convert", held)
    with two_clerks(tmp_path, "vi") as (clerk, other, runs):  # her preview, his run
        csrf, theirs = csrf_of(clerk), csrf_of(other)
        editor = new_draft(clerk, csrf)
        clerk.post(editor, data={**CONG_VAN, "csrf_token": csrf})
        assert "/trang/" in clerk.get(f"{editor}/xem-truoc").text
        (preview_office,) = {o for o in used if o.alive}
        run = _started_with_pdfs(other, theirs)
        assert converting.wait(120)
        shown: dict[str, str] = {}

        def preview() -> None:
            clerk.post(editor, data={**CONG_VAN, "trich_yeu": "V/v báo cáo kết quả",
                                     "csrf_token": csrf})
            shown["page"] = clerk.get(f"{editor}/xem-truoc").text

        looking = threading.Thread(target=preview)
        looking.start()
        assert previewing.wait(120)
        other.post(f"{run}/huy", data={"csrf_token": theirs})
        cancelled.set()
        _until(lambda: other.get(f"{run}/tien-do").headers.get("HX-Redirect") == run,
               "the run stops")
        stopped.set()
        looking.join(120)
        assert not made  # its LibreOffice was stopped, not left to make the batch
        assert "/trang/" in shown["page"], shown["page"]
        assert preview_office.alive
        ran = [o for o in used if o is not preview_office]
        assert ran and all(not o.alive and not o.folder.exists() for o in ran)
        assert "Bạn đã dừng lượt tạo này: 3 văn bản đã viết được xóa" in other.get(run).text
        assert runs.is_dir() and not list(runs.rglob("*.pdf"))


def test_a_preview_is_made_while_another_clerks_run_makes_its_pdfs(tmp_path, monkeypatch):
    """A bulk run makes its PDFs in every office of the desk but one: a clerk's preview meanwhile
    is made in that one, where it waited until LibreOffice had made one of the run's batches
    (up to 100 letters: 13 s for Thanh Hóa's 166 on two cores)."""
    from desk_support import CONG_VAN, new_draft

    from ntm_docgen.bulk import runner
    from ntm_docgen.files import office

    monkeypatch.setenv("NTM_DOCGEN_OFFICES", "2")  # the desk's offices on two cores
    monkeypatch.setattr(runner, "cores", lambda: 2)
    converting, previewed = threading.Event(), threading.Event()
    convert = office.Office.convert

    def held(self, source, target, *args):  # type: ignore[no-untyped-def]
        if source.name != "letter.docx":  # the run's: held until the preview is made
            converting.set()
            assert previewed.wait(120)
        convert(self, source, target, *args)

    monkeypatch.setattr(office.Office, "convert", held)
    with desk_client(tmp_path, lang="vi") as client:
        other = TestClient(client.app)
        csrf, theirs = csrf_of(client), csrf_of(other)
        editor = new_draft(client, csrf)
        run = _started_with_pdfs(other, theirs)
        assert converting.wait(120)
        shown: dict[str, str] = {}

        def preview() -> None:
            client.post(editor, data={**CONG_VAN, "csrf_token": csrf})
            shown["page"] = client.get(f"{editor}/xem-truoc").text
            previewed.set()

        looking = threading.Thread(target=preview)
        looking.start()
        looking.join(90)
        made = previewed.is_set()
        previewed.set()  # the run goes on either way
        looking.join(120)
        assert made, "the preview waited for the run's PDFs"
        assert "/trang/" in shown["page"]
        _until(lambda: 'class="success"' in other.get(f"{run}/tien-do").text, "the run ends")
        assert len(list((tmp_path / "hang-loat").rglob("*.pdf"))) == 3
