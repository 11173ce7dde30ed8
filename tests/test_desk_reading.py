"""A scan uploaded to the desk is read by OCR as a job of its own: the request answers at once
with a page of progress (the page being read of how many, the files ahead in the queue), the
clerk may leave it, come back and cancel, and once it is read she lands where the request
used to take her. Text files and Word letters are read in the request, as before.

The reader here is a stand-in that tells the desk what the real one tells it (the scanned pages
it will read, then each page) and waits for the test at each page; a real scan is read through
Tesseract by ``test_a_real_scan_is_read_as_a_job_and_opens_as_a_draft``."""

from __future__ import annotations

import re
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from desk_support import csrf_of, desk_client, read_to_the_end, scanned_letter
from starlette.testclient import TestClient

from ntm_docgen import api
from ntm_docgen.desk.reading import Readings
from ntm_docgen.errors import FieldError, InputFileError
from ntm_docgen.importer import ImportResult, watch

#: What a PDF upload starts with (the stand-in reader never parses it).
PDF = b"%PDF-1.4\n%stand-in\n"
SPEC = {"loai": "CV", "co_quan": {"ten": "SỞ NỘI VỤ"}, "dia_danh": "Lạng Sơn",
        "trich_yeu": "V/v tổng kết phong trào", "ky": {"chuc_vu": "GIÁM ĐỐC",
                                                       "ho_ten": "Hoàng Văn Thái"}}


class Scan:
    """A stand-in reading of one scan of ``pages`` pages: each page waits for ``go``."""

    def __init__(self, pages: int = 3, fail: Exception | None = None) -> None:
        self.pages, self.fail = pages, fail
        self.go = threading.Event()
        self.begun = threading.Event()
        self.read: list[int] = []

    def __call__(self) -> ImportResult:
        watch.planned(self.pages)
        self.begun.set()
        for n in range(1, self.pages + 1):
            watch.page(n)
            assert self.go.wait(60), "the test never let the page be read"
            watch.tick()
            if self.fail is not None:
                raise self.fail
            self.read.append(n)
        return ImportResult(dict(SPEC), ["ky.ho_ten: đọc bằng OCR, hãy kiểm tra"])


@pytest.fixture
def scans(monkeypatch: pytest.MonkeyPatch) -> dict[str, Scan]:
    """The stand-in scans by file name; any other file is read by the real reader."""
    found: dict[str, Scan] = {}
    real = api.import_letter

    def import_letter(path: Any) -> Any:
        scan = found.get(Path(path).name)
        return scan() if scan is not None else real(path)

    monkeypatch.setattr(api, "import_letter", import_letter)
    return found


@pytest.fixture
def desk(tmp_path: Path) -> Any:
    with desk_client(tmp_path, lang="en", ocr_jobs=1) as client:
        yield client


def upload(client: TestClient, name: str, data: bytes = PDF) -> Any:
    return client.post("/soan/mo", data={"csrf_token": csrf_of(client)},
                       files={"tep": (name, data)}, follow_redirects=False)


def shown_when(client: TestClient, page: str, pattern: str) -> str:
    """The job's page once it shows ``pattern`` (the reading runs in its own thread)."""
    deadline = time.monotonic() + 60
    while True:
        text = client.get(page, follow_redirects=False).text
        if re.search(pattern, text):
            return text
        assert time.monotonic() < deadline, f"{page} never showed {pattern!r}:\n{text}"
        time.sleep(0.02)


def landed(client: TestClient, page: str) -> str:
    """Where the job at ``page`` landed, once it is read."""
    deadline = time.monotonic() + 60
    while (answer := client.get(page, follow_redirects=False)).status_code != 303:
        assert time.monotonic() < deadline, f"{page} never landed:\n{answer.text}"
        time.sleep(0.02)
    return str(answer.headers["location"])


def test_a_scan_becomes_a_job_with_its_page_and_lands_on_the_draft(desk, scans):
    scans["quet.pdf"] = scan = Scan(pages=3)
    answer = upload(desk, "quet.pdf")
    assert answer.status_code == 303 and answer.headers["location"].startswith("/doc/")
    page = answer.headers["location"]
    text = shown_when(desk, page, "Reading page 1 of 3")
    assert "quet.pdf is a scan" in text and "Time left: less than a minute." in text
    assert 'action="' + page + '/huy"' in text, "a button to cancel"
    home = desk.get("/").text
    assert f'href="{page}"' in home and "Reading quet.pdf: page 1 of 3" in home, \
        "every page of the desk leads back to the job"
    scan.go.set()
    landed = read_to_the_end(desk, answer)
    assert landed.status_code == 303 and landed.headers["location"].startswith("/soan/")
    editor = desk.get(landed.headers["location"]).text
    assert "Hoàng Văn Thái" in editor, "the draft holds what was read"
    assert "OCR" in editor, "what to check is listed beside it"
    assert scan.read == [1, 2, 3]
    assert f'href="{page}"' not in desk.get("/").text, "once landed, the bar forgets it"


def test_the_progress_part_sends_htmx_to_the_draft_once_read(desk, scans):
    scans["quet.pdf"] = scan = Scan(pages=1)
    page = upload(desk, "quet.pdf").headers["location"]
    part = desk.get(page + "/tien-do", headers={"HX-Request": "true"})
    assert 'hx-get="' + page + '/tien-do"' in part.text and "<html" not in part.text
    scan.go.set()
    deadline = time.monotonic() + 60
    while "HX-Redirect" not in (part := desk.get(page + "/tien-do",
                                                 headers={"HX-Request": "true"})).headers:
        assert time.monotonic() < deadline
        time.sleep(0.02)
    assert part.headers["HX-Redirect"].startswith("/soan/")


def test_scans_wait_in_a_queue_and_say_how_many_are_ahead(desk, scans):
    scans["mot.pdf"], scans["hai.pdf"], scans["ba.pdf"] = first, second, third = \
        Scan(2), Scan(2), Scan(1)
    pages = [upload(desk, name).headers["location"] for name in ("mot.pdf", "hai.pdf", "ba.pdf")]
    assert first.begun.wait(30)
    shown_when(desk, pages[0], "Reading page 1 of 2")
    # each upload's thread joins the queue on its own: on a loaded machine it may not have yet
    shown_when(desk, pages[1], "Waiting: 1 file is ahead of yours.")
    shown_when(desk, pages[2], "Waiting: 2 files are ahead of yours.")
    assert not second.begun.is_set(), "one scan at a time"
    first.go.set()
    shown_when(desk, pages[1], "Reading page 1 of 2")
    shown_when(desk, pages[2], "Waiting: 1 file is ahead of yours.")
    second.go.set()
    third.go.set()
    for page in pages:
        landed(desk, page)
    assert first.read == [1, 2] and second.read == [1, 2] and third.read == [1]


def test_a_waiting_scan_cancelled_is_never_read(desk, scans):
    scans["mot.pdf"], scans["hai.pdf"] = first, second = Scan(1), Scan(1)
    running = upload(desk, "mot.pdf").headers["location"]
    waiting = upload(desk, "hai.pdf").headers["location"]
    assert first.begun.wait(30)
    answer = desk.post(waiting + "/huy", data={"csrf_token": csrf_of(desk)},
                       follow_redirects=True)
    assert "Reading hai.pdf was cancelled" in answer.text
    assert f'href="{waiting}"' not in desk.get("/").text
    first.go.set()
    second.go.set()
    landed(desk, running)
    assert not second.begun.is_set() and second.read == []


def test_a_scan_being_read_cancelled_stops_at_its_next_page(desk, scans):
    scans["quet.pdf"] = scan = Scan(pages=3)
    page = upload(desk, "quet.pdf").headers["location"]
    assert scan.begun.wait(30)
    stopping = desk.post(page + "/huy", data={"csrf_token": csrf_of(desk)},
                         follow_redirects=True).text
    assert "Cancelling: the reading stops before its next page" in stopping
    assert "was cancelled" not in stopping, "not said cancelled before it stopped"
    scan.go.set()
    text = shown_when(desk, page, "was cancelled")
    assert "Back to Compose" in text
    assert scan.read == [], "not one page read after it was cancelled"
    assert SPEC["trich_yeu"] not in desk.get("/soan").text, "no draft made"
    scans["sau.pdf"] = after = Scan(pages=1)
    upload(desk, "sau.pdf")
    assert after.begun.wait(30), "its place in the queue is free for the next file"
    after.go.set()


def test_a_failure_in_the_job_is_the_message_the_request_gave(desk, scans):
    scans["hong.pdf"] = scan = Scan(pages=2, fail=InputFileError(
        "hong.pdf", "OCR stopped with an error while reading the scanned pages"))
    answer = upload(desk, "hong.pdf")
    scan.go.set()
    failed = read_to_the_end(desk, answer)
    assert failed.status_code == 422
    assert "hong.pdf: OCR stopped with an error" in failed.text
    assert 'href="/soan"' in failed.text and "Back to Compose" in failed.text


def test_a_letter_with_no_scanned_page_is_read_in_the_request(desk):
    text = ("ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\nSố:     /UBND-KT\nV/v tổng kết phong trào thi đua\n"
            "Kính gửi: Các sở, ban, ngành\nĐề nghị các đơn vị báo cáo kết quả.\n")
    answer = upload(desk, "cong-van.txt", text.encode())
    assert answer.status_code == 303 and answer.headers["location"].startswith("/soan/")


def started(readings: Readings, tmp_path: Path, job: str, work: Any, finish: Any) -> Any:
    """Lan's upload quet.pdf read by ``work`` as the desk reads it; its reading, once the
    request would answer."""
    import anyio

    async def start() -> Any:
        folder = tmp_path / "tai-len"
        folder.mkdir()
        (folder / "quet.pdf").write_bytes(PDF)
        return await readings.read("lan", job, "quet.pdf", folder, work, finish)

    return anyio.run(start)


def test_a_job_is_its_clerks_only(tmp_path):
    readings = Readings(1)
    done = threading.Event()

    def work(kept: Path) -> None:
        watch.planned(1)
        done.wait(30)

    reading = started(readings, tmp_path, "soan", work, lambda r: "/")
    try:
        assert readings.get(reading.id, "lan") is reading
        assert readings.get(reading.id, "hoa") is None
        assert readings.of("hoa") == [] and readings.of("lan") == [reading]
    finally:
        done.set()


def test_a_cancel_after_the_last_page_is_read_is_too_late_and_it_lands(tmp_path):
    """Once Tesseract has read the last page the work goes on without a check (a TRÍCH SAO
    numbered and written): a cancel then cannot stop it, so the reading is not said to be
    cancelled with nothing made, and lands on what it made."""
    readings = Readings(1)
    read, release = threading.Event(), threading.Event()

    def work(kept: Path) -> str:
        watch.planned(1)
        watch.page(1)
        watch.tick()
        read.set()
        assert release.wait(30)  # the copy numbered and written after the OCR
        return "ban-sao"

    reading = started(readings, tmp_path, "sao", work, lambda r: f"/sao/ket-qua/{r.id}")
    assert read.wait(30)
    readings.cancel(reading)
    assert reading.state == "reading", "not yet said cancelled: it has not stopped"
    release.set()
    deadline = time.monotonic() + 30
    while not reading.finished:
        assert time.monotonic() < deadline
        time.sleep(0.01)
    assert reading.state == "done" and reading.result == "ban-sao"
    assert reading.landing == f"/sao/ket-qua/{reading.id}"
    assert readings.of("lan") == [reading], "the bar leads to what it made"


def test_a_reading_made_as_the_desk_stops_lands_and_is_kept(tmp_path):
    """Its draft already saved when the desk is stopped, a reading is not cancelled (the
    clerk would be told it was stopped by the restart while the draft exists): the stop
    waits for it to land and be kept as read."""
    home = tmp_path / "doc"
    readings = Readings(1, home=home)
    landing, release = threading.Event(), threading.Event()

    def work(kept: Path) -> str:
        watch.planned(1)
        watch.page(1)
        return "ban-nhap"

    def finish(reading: Any) -> str:
        landing.set()
        assert release.wait(30)  # the draft being saved as the desk stops
        return "/soan/ban-nhap"

    reading = started(readings, tmp_path, "soan", work, finish)
    assert landing.wait(30)
    threading.Timer(0.3, release.set).start()
    assert readings.stop(wait=30) == []
    assert reading.state == "done" and reading.landing == "/soan/ban-nhap"
    again = Readings(1, home=home)
    kept = again.get(reading.id, "lan")
    assert kept is not None and not kept.restarted and kept.landing == "/soan/ban-nhap"


def test_a_number_taken_for_a_reading_then_cancelled_says_so_in_the_register(tmp_path):
    """A TRÍCH SAO of a scan takes its number before the scan is read again for the copy: a
    cancel then cancels the number, and the sổ says why, not 'an unexpected fault'."""
    from ntm_docgen import register
    from ntm_docgen.register.store import Register

    db = str(tmp_path / "so-di.db")
    readings = Readings(1)
    reading_page = threading.Event()

    def work(kept: Path) -> None:
        with register.issuing(db, co_quan="VP", loai_code="TrS", nam=2026):
            watch.planned(1)
            watch.page(1)
            reading_page.set()
            deadline = time.monotonic() + 30
            while True:  # Tesseract's runs on the page, until the clerk cancels
                watch.tick()
                assert time.monotonic() < deadline
                time.sleep(0.01)

    reading = started(readings, tmp_path, "sao", work, lambda r: "/")
    assert reading_page.wait(30)
    readings.cancel(reading)
    deadline = time.monotonic() + 30
    while not reading.finished:
        assert time.monotonic() < deadline
        time.sleep(0.01)
    assert reading.state == "cancelled"
    with Register(db) as reg:
        entry = reg.entries()[0]
    assert entry.trang_thai == "huy"
    assert entry.ghi_chu == ("Hủy: không tạo được văn bản: việc đọc bản quét đã bị hủy trên "
                             "bàn làm việc")


def test_a_desk_stopped_while_a_scan_is_read_leaves_no_upload_behind(tmp_path, scans,
                                                                     monkeypatch):
    """The reading's thread ends with the process: the clerk's scan is removed as the desk
    stops, not left in the temporary folder."""
    import tempfile

    temporary = tmp_path / "tmp"
    temporary.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temporary))
    scans["quet.pdf"] = scan = Scan(pages=2)
    try:
        with desk_client(tmp_path, lang="en", ocr_jobs=1) as client:
            upload(client, "quet.pdf")
            assert scan.begun.wait(30)
            assert list(temporary.glob("ntm-desk-doc-*/quet.pdf")), "kept while it is read"
        assert list(temporary.iterdir()) == [], "the upload is removed as the desk stops"
    finally:
        scan.go.set()


def test_another_clerks_job_or_none_is_refused(desk):
    answer = desk.get("/doc/0123456789abcdef")
    assert answer.status_code == 404 and "not yours" in answer.text


@pytest.fixture(scope="module")
def scanned(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return scanned_letter(tmp_path_factory.mktemp("scan"))


def test_a_real_scan_is_read_as_a_job_and_opens_as_a_draft(desk, scanned):
    """Tesseract reads the scan in the job's thread; the clerk lands on the draft."""
    answer = upload(desk, scanned.name, scanned.read_bytes())
    page = answer.headers["location"]
    assert page.startswith("/doc/"), "a scan is a job, not a request held for its OCR"
    landed = read_to_the_end(desk, answer)
    assert landed.status_code == 303, landed.text
    editor = desk.get(landed.headers["location"]).text
    assert "Lạng Sơn" in editor and "SỞ NỘI VỤ" in editor
    assert "read by OCR" in editor


def test_a_cancel_kills_the_run_of_tesseract_and_says_so(tmp_path, scanned, monkeypatch):
    """A page takes Tesseract many seconds: a cancel kills the run at once, not at its end;
    no run begins after it, the run's files and the upload are removed, and the page says in
    Vietnamese that the reading was cancelled."""
    import tempfile

    from ntm_docgen.desk import reading as desk_reading

    temporary = tmp_path / "tmp"
    temporary.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temporary))
    runs: list[Any] = []
    watched: list[Any] = []
    real = desk_reading._Watcher.started

    def started(self: Any, process: Any) -> None:
        runs.append(process)
        watched.append(self.reading)
        real(self, process)

    monkeypatch.setattr(desk_reading._Watcher, "started", started)
    with desk_client(tmp_path / "ban", lang="vi", ocr_jobs=1) as client:
        page = upload(client, scanned.name, scanned.read_bytes()).headers["location"]
        deadline = time.monotonic() + 120
        while not runs:
            assert time.monotonic() < deadline, "Tesseract never started"
            time.sleep(0.01)
        client.post(page + "/huy", data={"csrf_token": csrf_of(client)})
        text = shown_when(client, page, 'data-state="cancelled"')
    assert "Đã hủy đọc cong van quet.pdf" in text
    assert len(runs) == 1, "no run of Tesseract after the cancel"
    assert runs[0].wait(30) < 0, "killed while it read, not left to finish the page"
    assert watched[0].error == "", "stopped as cancelled, not as OCR failing"
    # the process's own folder for Tesseract's files (importer/watch.ocr_folder) lives with the
    # process, held by its lock; it is made here when this is the process's first reading
    from ntm_docgen.importer.watch import ocr_folder

    held = ocr_folder()
    assert list(held.iterdir()) == [], "no file of the run left"
    left = [p for p in temporary.iterdir() if p not in (held, held.with_name(held.name + ".lock"))]
    assert left == [], "no file of the upload left"


def test_a_scanned_guidance_lands_on_the_derived_letter(desk, monkeypatch):
    """Văn bản thực hiện from a scan: the job's page, then the derived letter in the editor
    with what to check beside it, as the request gave it."""
    from ntm_docgen.derive import DeriveResult

    scan = Scan(pages=2)
    seen: list[tuple[str, str]] = []

    def derive_file(central: Any, profile: Any, form: str, **kwargs: Any) -> DeriveResult:
        seen.append((Path(central).name, form))
        scan()
        return DeriveResult({**SPEC, "loai": "KH"}, ["no --han given: the letter sets no "
                                                     "deadline for reports"],
                            source=api.parse_spec(dict(SPEC)))  # the guidance as read

    monkeypatch.setattr(api, "derive_file", derive_file)
    answer = desk.post("/thuc-hien", data={"csrf_token": csrf_of(desk), "ho_so": "lang-son",
                                           "hinh_thuc": "ke-hoach", "ngay": "05/03/2026"},
                       files={"tep": ("huong-dan quet.pdf", PDF)}, follow_redirects=False)
    page = answer.headers["location"]
    text = shown_when(desk, page, "Reading page 1 of 2")
    assert "Back to" not in text
    scan.go.set()
    landed = read_to_the_end(desk, answer)
    editor = desk.get(landed.headers["location"]).text
    assert 'value="KH"' in editor and "Hoàng Văn Thái" in editor
    assert "No deadline for reports was given" in editor
    assert 'id="guidance"' in editor, "the guidance read is shown beside the draft"
    assert seen == [("huong-dan quet.pdf", "ke-hoach")]


def test_a_failed_derivation_says_why_and_leads_back(desk, monkeypatch):
    scan = Scan(pages=1, fail=InputFileError("huong-dan.pdf", "OCR stopped with an error"))
    monkeypatch.setattr(api, "derive_file", lambda *a, **k: scan())
    answer = desk.post("/thuc-hien", data={"csrf_token": csrf_of(desk), "ho_so": "lang-son",
                                           "hinh_thuc": "cong-van"},
                       files={"tep": ("huong-dan.pdf", PDF)}, follow_redirects=False)
    scan.go.set()
    failed = read_to_the_end(desk, answer)
    assert failed.status_code == 422 and "huong-dan.pdf: OCR stopped with an error" in failed.text
    assert 'href="/thuc-hien"' in failed.text


COPY_FORM = {"hinh_thuc": "TRÍCH SAO", "trich": "II", "co_quan.ten": "VĂN PHÒNG",
             "co_quan.viet_tat": "VP", "dia_danh": "Lạng Sơn", "ngay": "06/03/2026",
             "ky.chuc_vu": "CHÁNH VĂN PHÒNG", "ky.ho_ten": "Nguyễn Đức Đăng",
             "noi_nhan": ["Các sở, ban, ngành"]}


def copied_from(scan: Scan, monkeypatch: pytest.MonkeyPatch) -> bytes:
    """The desk's copies made by a stand-in that reads ``scan`` (a TRÍCH SAO of part II) and
    writes a letter, with the reader's OCR warning; the letter's bytes."""
    from datetime import date

    from ntm_docgen.copies import CopyResult
    from ntm_docgen.copies.numbered import NumberedCopy

    letter = api.render_bytes(api.parse_spec(SPEC), today=date(2026, 3, 5))

    def copy_document(original: Any, ban_sao: Any, out: Path, **kwargs: Any) -> NumberedCopy:
        assert kwargs["trich"] == "II"
        scan()
        out.write_bytes(letter)
        return NumberedCopy(CopyResult(out, warnings=(
            "page 1 is a scanned image and was read by OCR: check names, numbers and dates "
            "against the paper",)))

    monkeypatch.setattr(api, "copy_document", copy_document)
    return letter


def test_a_trich_sao_of_a_scan_lands_on_the_copy_form_with_the_copy(desk, monkeypatch,
                                                                     tmp_path):
    """TRÍCH SAO of a scanned PDF reads its text by OCR: the job's page, then the copy form
    as she filled it, the copy's pages and its download, and what the reader warned of."""
    scan = Scan(pages=1)
    letter = copied_from(scan, monkeypatch)
    answer = desk.post("/sao", data={"csrf_token": csrf_of(desk, "/sao"), **COPY_FORM},
                       files={"tep": ("ban quet.pdf", PDF)}, follow_redirects=False)
    page = answer.headers["location"]
    shown_when(desk, page, "Reading page 1 of 1")
    scan.go.set()
    landed = read_to_the_end(desk, answer)
    assert landed.headers["location"].startswith("/sao/ket-qua/")
    form = desk.get(landed.headers["location"])
    assert form.status_code == 200
    assert re.search(r'name="trich" value="II"', form.text), "the form as she filled it"
    assert "Nguyễn Đức Đăng" in form.text
    assert "ban quet.pdf" in form.text and "read by OCR" in form.text
    download = re.search(r'href="(/tai/[^"]+)"', form.text)
    assert download, form.text
    assert desk.get(download.group(1)).content == letter
    again = desk.get(landed.headers["location"]).text
    assert re.search(r'href="(/tai/[^"]+)"', again).group(1) == download.group(1), \
        "coming back gives the same copy, not a second one"


def test_a_trich_sao_whose_parts_are_not_in_the_scan_says_it_at_the_field(desk, monkeypatch):
    scan = Scan(pages=1, fail=FieldError("trich", "no part headed II in ban quet.pdf; name "
                                         "one of its headings in {trich}", {"trich": "--trich"}))
    monkeypatch.setattr(api, "copy_document", lambda *a, **k: scan())
    answer = desk.post("/sao", data={"csrf_token": csrf_of(desk, "/sao"), **COPY_FORM},
                       files={"tep": ("ban quet.pdf", PDF)}, follow_redirects=False)
    scan.go.set()
    failed = read_to_the_end(desk, answer)
    assert "Parts to keep: no part headed" in failed.text and "--trich" not in failed.text
    assert 'href="/sao"' in failed.text


def test_a_copy_of_a_word_original_is_made_in_the_request(desk, tmp_path):
    from datetime import date

    original = tmp_path / "goc.docx"
    api.render(api.parse_spec({**SPEC, "so": 12, "ngay": "2026-03-05"}), original,
               today=date(2026, 3, 5))
    form = {**COPY_FORM, "hinh_thuc": "SAO Y", "trich": ""}
    answer = desk.post("/sao", data={"csrf_token": csrf_of(desk, "/sao"), **form},
                       files={"tep": (original.name, original.read_bytes())},
                       follow_redirects=False)
    assert answer.status_code == 200 and "/tai/" in answer.text


def test_a_photo_of_a_letter_is_read_as_a_job_too(desk, scanned):
    """A photo (the printed letter's page as a PNG) opens as a draft through its job's page."""
    photo = scanned.parent / "trang.png"
    answer = upload(desk, "anh chup cong van.png", photo.read_bytes())
    assert answer.headers["location"].startswith("/doc/")
    landed = read_to_the_end(desk, answer)
    assert landed.status_code == 303, landed.text
    assert "Lạng Sơn" in desk.get(landed.headers["location"]).text


@pytest.mark.parametrize("name", ["anh.jpg", "anh.png", "quet.tif"])
def test_a_file_named_as_a_photo_that_is_none_is_refused_at_once(desk, name):
    answer = upload(desk, name, b"%PDF-1.4 not a photo")
    assert answer.status_code == 400
    assert f"{name}: the file is a .pdf file under another name" in answer.text
    answer = upload(desk, name, b"GIF89a not a photo either")
    assert answer.status_code == 400
    assert f"{name}: the file is not a real" in answer.text


def test_on_an_office_desk_a_job_is_its_clerks_only(tmp_path, scans):
    """A chuyên viên's scan is not a văn thư's to see, follow or cancel, on the same desk."""
    from desk_support import PASSWORD, add_clerks
    from register_support import pg_schema

    def sign_in(client: TestClient, name: str) -> None:
        answer = client.post("/dang-nhap", data={"ten": name, "mat_khau": PASSWORD,
                                                 "csrf_token": csrf_of(client, "/dang-nhap")},
                             follow_redirects=False)
        assert answer.status_code == 303, answer.text

    scans["quet.pdf"] = scan = Scan(pages=2)
    with pg_schema() as url:
        add_clerks(url, "vanthu", "chuyenvien")
        with desk_client(tmp_path, office=True, db=url, lang="en", ocr_jobs=1) as client:
            sign_in(client, "chuyenvien")
            page = upload(client, "quet.pdf").headers["location"]
            assert scan.begun.wait(30)
            assert "Reading quet.pdf: page 1 of 2" in client.get("/").text
            client.post("/dang-xuat", data={"csrf_token": csrf_of(client)})
            sign_in(client, "vanthu")
            assert client.get(page).status_code == 404
            followed = client.get(page + "/tien-do")  # htmx is sent to the page that says so
            assert followed.headers["hx-redirect"] == page and not followed.content
            assert client.post(page + "/huy", data={"csrf_token": csrf_of(client)}
                               ).status_code == 404
            assert "quet.pdf" not in client.get("/").text
            client.post("/dang-xuat", data={"csrf_token": csrf_of(client)})
            sign_in(client, "chuyenvien")
            scan.go.set()
            assert landed(client, page).startswith("/soan/"), "her cancel did not reach it"


def test_a_scan_the_desk_cannot_read_is_refused_at_once_not_queued(desk, tmp_path, monkeypatch):
    """Tesseract missing, or more scanned pages than the limit: told in the request, before any
    page is read, as it always was; no job is made."""
    import ntm_docgen.importer.ocrpage as ocrpage

    scan = scanned_letter(tmp_path, pages=2)
    monkeypatch.setenv("NTM_DOCGEN_MAX_OCR_PAGES", "1")
    answer = upload(desk, "hai trang.pdf", scan.read_bytes())
    assert answer.status_code == 400
    assert "NTM_DOCGEN_MAX_OCR_PAGES" in answer.text and "hai trang.pdf: " in answer.text
    monkeypatch.delenv("NTM_DOCGEN_MAX_OCR_PAGES")
    monkeypatch.setattr(ocrpage.shutil, "which", lambda name: None)
    monkeypatch.setattr(ocrpage, "_OCR_FOUND", [])  # a process that has not found it yet
    answer = upload(desk, "hai trang.pdf", scan.read_bytes())
    assert answer.status_code == 400 and "tesseract-ocr-vie" in answer.text
    assert "/doc/" not in desk.get("/").text


def test_the_part_htmx_asks_for_says_a_failure_with_an_answer_it_puts_in_place(desk, scans):
    """htmx puts in place only answers of 2xx: the failure comes as one, and a reading gone
    (the desk restarted) sends the browser to the whole page that says so."""
    scans["hong.pdf"] = scan = Scan(pages=1, fail=InputFileError("hong.pdf", "OCR stopped"))
    page = upload(desk, "hong.pdf").headers["location"]
    scan.go.set()
    part = shown_when(desk, page + "/tien-do", 'data-state="failed"')
    again = desk.get(page + "/tien-do", headers={"HX-Request": "true"})
    assert again.status_code == 200 and "hong.pdf: OCR stopped" in again.text, part
    gone = desk.get("/doc/0123456789abcdef/tien-do", headers={"HX-Request": "true"})
    assert gone.status_code == 200 and gone.headers["HX-Redirect"] == "/doc/0123456789abcdef"


def test_clerks_take_turns_page_by_page(tmp_path):
    """Lan's long scan gives up its place after each page while Hoa's waits: Hoa's one page
    is read after Lan's first, not after all of Lan's (the queue was first come, first
    served), and her page says so in the time it gives."""
    import anyio

    from ntm_docgen.desk.views.reading import time_left

    readings = Readings(1)
    read: list[tuple[str, int]] = []
    go = threading.Event()

    def scan(owner: str, pages: int) -> Any:
        def work(kept: Path) -> None:
            watch.planned(pages)
            for n in range(1, pages + 1):
                watch.page(n)
                read.append((owner, n))
                assert go.wait(30)

        return work

    def start(owner: str, pages: int) -> Any:
        async def upload() -> Any:
            folder = tmp_path / owner
            folder.mkdir()
            (folder / "quet.pdf").write_bytes(PDF)
            return await readings.read(owner, "soan", "quet.pdf", folder, scan(owner, pages),
                                       lambda r: "/")

        return anyio.run(upload)

    long = start("lan", 8)
    deadline = time.monotonic() + 30
    while read != [("lan", 1)]:
        assert time.monotonic() < deadline
        time.sleep(0.01)
    short = start("hoa", 1)
    while readings.ahead(short) != 1:  # queued behind Lan's page
        assert time.monotonic() < deadline
        time.sleep(0.01)
    assert time_left(readings.seconds_left(short)) == "less than a minute", \
        "Hoa waits for Lan's page being read, not for her eight pages (about 2 minutes)"
    go.set()
    while not (long.finished and short.finished):
        assert time.monotonic() < deadline
        time.sleep(0.01)
    assert read == [("lan", 1), ("hoa", 1), *[("lan", n) for n in range(2, 9)]]
    assert long.state == short.state == "done"


def test_one_clerks_own_files_keep_their_order(tmp_path):
    """Turns are taken between clerks; one clerk's files are read in the order she gave them,
    after another clerk's file that came between them."""
    from ntm_docgen.desk.jobs import Job, Queue

    queue: Queue[Job] = Queue(1)
    ran: list[str] = []
    first_runs, release = threading.Event(), threading.Event()

    def work(job: Job) -> None:
        ran.append(job.id)
        if job.id == "lan-1":
            first_runs.set()
            assert release.wait(30)

    jobs = [Job("lan-1", "lan")]
    queue.start(jobs[0], work)
    assert first_runs.wait(30)
    for name in ("lan-2", "lan-3", "hoa-1"):
        jobs.append(queue.start(Job(name, name.split("-")[0]), work))
        deadline = time.monotonic() + 30
        while not queue.ahead(jobs[-1]):  # queued
            assert time.monotonic() < deadline
            time.sleep(0.01)
    assert [queue.ahead(j) for j in jobs[1:]] == [2, 3, 1], "Hoa's file goes next"
    release.set()
    deadline = time.monotonic() + 30
    while not all(j.finished for j in jobs):
        assert time.monotonic() < deadline
        time.sleep(0.01)
    assert ran == ["lan-1", "hoa-1", "lan-2", "lan-3"]


def test_a_scan_read_when_the_desk_restarts_says_so_after_it(tmp_path, scans):
    """The desk restarted while her scan was read: its page says in Vietnamese that the
    reading stopped and to open the file again, as does the bar; never a bare 404."""
    scans["quet.pdf"] = scan = Scan(pages=2)
    try:
        with desk_client(tmp_path, lang="vi", ocr_jobs=1) as client:
            page = upload(client, "quet.pdf").headers["location"]
            assert scan.begun.wait(30)
    finally:
        scan.go.set()
    with desk_client(tmp_path, lang="vi", ocr_jobs=1) as client:
        home = client.get("/").text
        assert f'href="{page}"' in home and "Chưa đọc được quet.pdf" in home
        shown = client.get(page)
        assert shown.status_code == 200
        assert "Bàn làm việc đã khởi động lại khi quet.pdf đang chờ hoặc đang được đọc" \
            in shown.text and 'href="/soan"' in shown.text
        part = client.get(page + "/tien-do", headers={"HX-Request": "true"})
        assert part.status_code == 200 and "HX-Redirect" not in part.headers
        assert "khởi động lại" in part.text and "hx-get" not in part.text, "no asking on"
        assert f'href="{page}"' not in client.get("/").text, "once seen, the bar forgets it"


def test_a_scan_read_before_the_desk_restarts_still_lands_on_its_draft(tmp_path, scans):
    scans["quet.pdf"] = scan = Scan(pages=1)
    scan.go.set()
    with desk_client(tmp_path, lang="en", ocr_jobs=1) as client:
        page = upload(client, "quet.pdf").headers["location"]
        deadline = time.monotonic() + 60
        while 'data-state="reading"' in (text := client.get("/").text) or \
                "is read: open what it made" not in text:
            assert time.monotonic() < deadline, text
            time.sleep(0.02)
    with desk_client(tmp_path, lang="en", ocr_jobs=1) as client:
        assert "is read: open what it made" in client.get("/").text
        draft = landed(client, page)
        assert draft.startswith("/soan/") and "Hoàng Văn Thái" in client.get(draft).text


def test_a_scan_that_finishes_as_the_desk_stops_is_kept_as_read(tmp_path, scans, monkeypatch):
    """The clerk's home page says her scan is read while its record is still being written,
    and the desk stops then: the stop waits for the record, and after the restart her scan is
    read, not "stopped by the restart"."""
    from ntm_docgen.desk import kept

    writing = threading.Event()
    write = kept.write

    def slow_write(folder: Path, record: dict[str, Any], made: bytes | None = None) -> None:
        if record.get("finished"):
            writing.set()
            time.sleep(0.5)  # the desk is asked to stop meanwhile
        write(folder, record, made)

    monkeypatch.setattr(kept, "write", slow_write)
    scans["quet.pdf"] = scan = Scan(pages=1)
    scan.go.set()
    with desk_client(tmp_path, lang="en", ocr_jobs=1) as client:
        page = upload(client, "quet.pdf").headers["location"]
        assert writing.wait(60), "the reading never finished"
    with desk_client(tmp_path, lang="en", ocr_jobs=1) as client:
        home = client.get("/").text
        assert "is read: open what it made" in home and "restart" not in home, home
        assert landed(client, page).startswith("/soan/")


def test_a_copy_of_a_scan_made_before_the_desk_restarts_is_still_given(tmp_path, monkeypatch):
    """A TRÍCH SAO of a scan, numbered and made, then the desk restarted: its page gives the
    same copy, with its number and what the reader warned of."""
    scan = Scan(pages=1)
    scan.go.set()
    letter = copied_from(scan, monkeypatch)
    with desk_client(tmp_path, lang="en", ocr_jobs=1) as client:
        answer = client.post("/sao", data={"csrf_token": csrf_of(client, "/sao"), **COPY_FORM},
                             files={"tep": ("ban quet.pdf", PDF)}, follow_redirects=False)
        made = landed(client, answer.headers["location"])
    with desk_client(tmp_path, lang="en", ocr_jobs=1) as client:
        form = client.get(made)
        assert form.status_code == 200, form.text
        assert re.search(r'name="trich" value="II"', form.text), "the form as she filled it"
        assert "read by OCR" in form.text
        download = re.search(r'href="(/tai/[^"]+)"', form.text)
        assert download and client.get(download.group(1)).content == letter


def test_a_copy_of_a_scan_pushed_out_of_the_downloads_is_given_again_by_its_page(tmp_path,
                                                                              monkeypatch):
    """The desk keeps the downloads of all clerks up to their bytes: a copy read from a scan
    whose download newer ones pushed out is given again when its page is opened again (the
    reading holds it), not a link to a file forgotten."""
    scan = Scan(pages=1)
    scan.go.set()
    letter = copied_from(scan, monkeypatch)
    with desk_client(tmp_path, lang="en", ocr_jobs=1,
                     keep_download_bytes=len(letter) * 3 // 2) as client:
        made = []
        for _ in range(2):
            answer = client.post("/sao", data={"csrf_token": csrf_of(client, "/sao"),
                                               **COPY_FORM},
                                 files={"tep": ("ban quet.pdf", PDF)}, follow_redirects=False)
            made.append(landed(client, answer.headers["location"]))
        first = re.search(r'href="(/tai/[^"]+)"', client.get(made[0]).text).group(1)
        client.get(made[1])  # its copy pushes the first one's out of the downloads
        assert "This file is no longer on the desk" in client.get(first).text
        for page in made:
            link = re.search(r'href="(/tai/[^"]+)"', client.get(page).text).group(1)
            assert client.get(link).content == letter, page


def test_finished_readings_kept_are_capped_by_number_and_bytes(tmp_path):
    """The oldest finished readings go first, with what is kept of them on disk, once more
    are kept than the number or the bytes of their copies allow."""
    import anyio

    def read(readings: Readings, n: int, size: int) -> Any:
        def work(kept: Path) -> Any:
            watch.planned(1)
            watch.page(1)
            return ("ban-sao", b"x" * size)

        async def upload() -> Any:
            folder = tmp_path / f"tai-len-{id(readings)}-{n}"
            folder.mkdir()
            (folder / "quet.pdf").write_bytes(PDF)
            return await readings.read("lan", "sao", "quet.pdf", folder, work, lambda r: "/")

        reading = anyio.run(upload)
        deadline = time.monotonic() + 30
        while not (reading.finished and reading.record and reading.record.exists()):
            assert time.monotonic() < deadline
            time.sleep(0.01)
        return reading

    by_number = Readings(1, home=tmp_path / "doc-1", keep_count=2)
    first, *later = [read(by_number, n, 10) for n in range(3)]
    read(by_number, 3, 10)  # a reading started, or finished, sweeps the kept ones
    assert by_number.get(first.id, "lan") is None and not first.record.exists()
    assert [by_number.get(r.id, "lan") for r in later[1:]] == later[1:]
    by_bytes = Readings(1, home=tmp_path / "doc-2", keep_bytes=250)
    made = [read(by_bytes, n, 100) for n in range(3)]
    read(by_bytes, 3, 100)
    deadline = time.monotonic() + 30
    while made[1].record.exists():  # swept as the last one finishes
        assert time.monotonic() < deadline
        time.sleep(0.01)
    assert [by_bytes.get(r.id, "lan") is not None for r in made] == [False, False, True]
    assert not made[0].record.exists() and not made[1].record.exists()
    again = Readings(1, home=tmp_path / "doc-2", keep_bytes=250)  # the desk restarted
    assert again.get(made[2].id, "lan").state == "done"


def test_a_desk_starting_removes_the_scans_a_killed_desk_left_not_another_desks(
        tmp_path, scans, monkeypatch):
    """A desk killed while it read a scan or an upload (SIGKILL, a power cut) left its folder
    in the temporary folder, the clerk's file in it; the next desk to start removes it, and
    the folder of a scan another desk on this computer is reading stays."""
    import os
    import tempfile

    temporary = tmp_path / "tmp"
    temporary.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temporary))
    left = temporary / "ntm-desk-doc-k1ll3d"  # a killed desk's reading: its lock let go
    left.mkdir()
    (left / "quet.pdf").write_bytes(PDF)
    (temporary / "ntm-desk-doc-k1ll3d.lock").write_text("999999\n", encoding="ascii")
    upload_left = temporary / "ntm-desk-0ld"  # an upload killed before its lock was taken
    upload_left.mkdir()
    os.utime(upload_left, (time.time() - 3600, time.time() - 3600))
    (temporary / "ntm-desk-g0ne.lock").write_text("999999\n", encoding="ascii")
    mine = temporary / "other-program"  # not the desk's
    mine.mkdir()
    scans["quet.pdf"] = scan = Scan(pages=1)
    try:
        with desk_client(tmp_path / "a", lang="en", ocr_jobs=1) as first:
            answer = upload(first, "quet.pdf")
            assert scan.begun.wait(30)
            (reading,) = (p for p in temporary.glob("ntm-desk-doc-*/quet.pdf")
                          if p.parent != left)
            with desk_client(tmp_path / "b", lang="en") as second:
                assert second.get("/").status_code == 200
                assert sorted(p.name for p in temporary.iterdir()) == sorted(
                    [reading.parent.name, f"{reading.parent.name}.lock", mine.name])
            scan.go.set()
            landed = read_to_the_end(first, answer)
            assert landed.headers["location"].startswith("/soan/")
        assert [p.name for p in temporary.iterdir()] == [mine.name]
    finally:
        scan.go.set()



def test_a_second_desk_on_the_same_folder_leaves_the_first_ones_reading_alone(tmp_path,
                                                                            scans):
    """Two desks started on one data folder (the computer's own and the office's): the
    second, starting while the first reads a scan, neither takes that reading for one a
    restart stopped (its record written so, its bar saying to open the file again) nor keeps
    it; the first lands it, and a desk started afterwards finds it read."""
    import json

    scans["quet.pdf"] = scan = Scan(pages=1)
    try:
        with desk_client(tmp_path, lang="en", ocr_jobs=1) as first:
            answer = upload(first, "quet.pdf")
            assert scan.begun.wait(30)
            page = answer.headers["location"]
            record = tmp_path / "doc" / page.rsplit("/", 1)[1] / "doc.json"
            with desk_client(tmp_path, lang="en", ocr_jobs=1) as second:
                assert "the desk restarted" not in second.get("/").text
                assert not json.loads(record.read_text(encoding="utf-8"))["restarted"]
            scan.go.set()
            assert read_to_the_end(first, answer).headers["location"].startswith("/soan/")
    finally:
        scan.go.set()
    with desk_client(tmp_path, lang="en", ocr_jobs=1) as client:
        assert landed(client, page).startswith("/soan/")


def test_two_readings_of_one_file_are_told_apart_in_the_bar(desk, scans):
    """The same scan given twice (a button pressed twice, the file chosen again): each bar
    says which it is, its upload's order, time and pages, where both read 'quet.pdf is read:
    open what it made'; a file given once keeps its bare name."""
    scans["quet.pdf"] = Scan(pages=2)
    scans["khac.pdf"] = Scan(pages=1)
    for scan in scans.values():
        scan.go.set()
    pages = [upload(desk, name).headers["location"] for name in ("quet.pdf", "quet.pdf",
                                                                  "khac.pdf")]
    deadline = time.monotonic() + 60
    while len(bars := re.findall(r'<p class="notice reading-bar"><a href="(/doc/\w+)">(.*?)</a>',
                                 desk.get("/").text)) < 3 or \
            not all("is read" in text for _, text in bars):
        assert time.monotonic() < deadline, bars
        time.sleep(0.02)
    said = dict(bars)
    first, second = said[pages[0]], said[pages[1]]
    assert first != second
    assert re.fullmatch(r"quet\.pdf \(upload 1, at \d\d:\d\d, 2 pages\) is read: open what it "
                        r"made", first), first
    assert "(upload 2, at" in second
    assert said[pages[2]] == "khac.pdf is read: open what it made"


def test_a_reading_about_to_start_does_not_say_zero_files_are_ahead():
    """Between the upload and its turn (the page's first answer) no file is ahead: the page
    says the reading is starting, where it said 'Waiting: 0 files are ahead of yours.'"""
    from types import SimpleNamespace

    from ntm_docgen.desk.web import environment
    from ntm_docgen.i18n import set_language

    reading = SimpleNamespace(id="abc", name="quet.pdf", pages=2, page=0, cancelled=False)
    set_language("en")
    try:
        shown = {ahead: environment().get_template("_reading.html").render(
            state="waiting", reading=reading, ahead=ahead, left="less than a minute",
            back="/soan", job_name="Compose", csrf="") for ahead in (0, 2)}
    finally:
        set_language(None)
    assert "0 files" not in shown[0] and "Starting: its first page is read in a moment." in \
        shown[0]
    assert "Waiting: 2 files are ahead of yours." in shown[2]
