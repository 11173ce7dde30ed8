"""The desk in a real browser (Debian's Chromium through Playwright), as a clerk uses it."""

from __future__ import annotations

import glob
import io
import subprocess
import time
import zipfile
from datetime import date

import pytest
from desk_browser import ask_for_a_copy, browser, desk_server, shot, sign_in
from desk_support import add_clerks

from ntm_docgen import api

ROOT_DATA = api.profile_path("lang-son").parent.parent


def field(page, path: str):
    """The editor's field for a spec path (its label names it in Vietnamese)."""
    return page.locator(f'[id="f-{path}"]')


def fill_cong_van(page) -> None:
    """Type a công văn into the editor as a clerk would, field after field."""
    field(page, "co_quan.ten").fill("SỞ NỘI VỤ")
    field(page, "co_quan.chu_quan").fill("UBND TỈNH LẠNG SƠN")
    field(page, "co_quan.viet_tat").fill("SNV")
    field(page, "don_vi").fill("TĐKT")
    field(page, "dia_danh").fill("Lạng Sơn")
    field(page, "ngay").fill("05/03/2026")
    field(page, "trich_yeu").fill("V/v tổng kết phong trào thi đua")
    page.get_by_role("button", name="+ Thêm nơi nhận").first.click()
    page.locator('input[name="kinh_gui"]').last.fill("UBND các xã, phường, đặc khu")
    field(page, "noi_dung").fill(
        "Thực hiện Kế hoạch số 44/KH-BCĐ, Sở Nội vụ đề nghị các đơn vị báo cáo kết quả.")
    page.get_by_role("button", name="+ KT.").click()
    page.locator('input[name="ky.quyen_han"]').last.fill("KT. GIÁM ĐỐC")
    field(page, "ky.chuc_vu").fill("PHÓ GIÁM ĐỐC")
    field(page, "ky.ho_ten").fill("Hoàng Thị Hiền")
    page.get_by_role("button", name="+ Như trên").click()
    field(page, "luu").fill("VT, TĐKT")


def start_letter(page, address: str) -> None:
    page.goto(address)
    page.get_by_role("link", name="Soạn văn bản").first.click()
    page.get_by_label("Loại văn bản").select_option(label="Công văn")
    page.get_by_role("button", name="Bắt đầu soạn").click()
    page.wait_for_url("**/soan/*")


def test_a_clerk_drafts_previews_and_downloads_a_cong_van(tmp_path):
    with desk_server(tmp_path) as address, browser() as page:
        page.goto(address)
        assert page.locator("html").get_attribute("lang") == "vi"
        shot(page, "1-trang-chu")
        start_letter(page, address)
        fill_cong_van(page)
        page.get_by_text("Đã lưu. Văn bản đã đủ các thành phần.").wait_for()
        image = page.locator("#preview img").first
        image.wait_for()
        assert image.evaluate("img => img.complete && img.naturalWidth > 700")
        shot(page, "2-soan-van-ban")
        with page.expect_download() as info:
            page.get_by_role("link", name="Tải DOCX").click()
        letter = tmp_path / "cong-van.docx"
        info.value.save_as(letter)
    assert api.check_file(letter) == []
    spec = api.import_letter(letter).spec
    assert spec["kinh_gui"] == ["UBND các xã, phường, đặc khu"]


def test_problems_appear_at_the_field_as_the_clerk_types(tmp_path):
    with desk_server(tmp_path) as address, browser() as page:
        start_letter(page, address)
        page.get_by_role("button", name="+ TM.").click()
        page.locator('input[name="ky.quyen_han"]').last.fill("THAY MẶT ỦY BAN")
        row = page.locator(".field[data-field='ky.quyen_han'] .item").last
        row.locator(".problem").wait_for()
        assert row.locator(".problem").inner_text().strip()  # what is wrong, at the row
        assert "ky.quyen_han" not in row.inner_text()
        assert "Quyền hạn ký, dòng 1: " in page.locator("#problems").inner_text()
        shot(page, "3-loi-tai-o")


def test_pages_drawn_before_a_problem_say_so_until_it_is_fixed(tmp_path):
    """A field emptied after the pages were drawn leaves them as they were: they are dimmed
    and a note says they show the letter as it last was, so the name still printed there is
    not taken for the field's."""
    with desk_server(tmp_path) as address, browser() as page:
        start_letter(page, address)
        stale = page.locator("#stale-preview")
        assert not stale.is_visible()  # a fresh form: no pages yet, nothing stale
        fill_cong_van(page)
        page.get_by_text("Đã lưu. Văn bản đã đủ các thành phần.").wait_for()
        page.locator("#preview img").first.wait_for()
        assert not stale.is_visible()
        field(page, "ky.ho_ten").fill("")
        page.locator(".field[data-field='ky.ho_ten'] .problem").wait_for()
        stale.wait_for(state="visible")
        assert "lần cuối chưa có lỗi" in stale.inner_text()
        assert page.locator("#preview img").first.evaluate(
            "img => getComputedStyle(img).opacity") == "0.5"
        field(page, "ky.ho_ten").fill("Hoàng Thị Hiền")
        stale.wait_for(state="hidden")


def test_a_draft_survives_a_server_restart(tmp_path):
    with browser() as page:
        with desk_server(tmp_path) as address:
            start_letter(page, address)
            with page.expect_response(lambda r: r.request.method == "POST" and r.ok):
                field(page, "trich_yeu").fill("Còn nguyên sau khi khởi động lại")
            editor = page.url
        with desk_server(tmp_path, port=int(address.rsplit(":", 1)[1].strip("/"))):
            page.goto(editor)
            assert field(page, "trich_yeu").input_value() == \
                "Còn nguyên sau khi khởi động lại"


def test_a_bulk_run_for_a_province_reaches_the_end(tmp_path):
    spec = ROOT_DATA.parent / "tests" / "data" / "bulk" / "xa.yaml"
    with desk_server(tmp_path) as address, browser() as page:
        page.goto(address + "hang-loat")
        page.locator("#mau").set_input_files(str(spec))
        page.get_by_label("Mọi xã, phường của một tỉnh (danh mục 2025)").select_option("Lai Châu")
        page.get_by_role("button", name="Kiểm tra danh sách").click()
        page.get_by_text("38 nơi nhận").wait_for()
        page.locator(".side img").first.wait_for()
        shot(page, "4-hang-loat-kiem-tra")
        page.get_by_role("button", name="Tạo 38 văn bản").click()
        page.get_by_text("Xong: 38 văn bản đã sẵn sàng.").wait_for()
        assert page.locator("#bar").get_attribute("value") == "100"
        shot(page, "5-hang-loat-xong")
        with page.expect_download() as info:
            page.get_by_role("link", name="Tải các văn bản (ZIP)").click()
        archive = tmp_path / "thu.zip"
        info.value.save_as(archive)
    with zipfile.ZipFile(io.BytesIO(archive.read_bytes())) as z:
        assert len([n for n in z.namelist() if n.endswith(".docx")]) == 38


def test_a_sao_y_of_an_uploaded_word_file(tmp_path):
    original = tmp_path / "goc.docx"
    api.render(api.load_spec(ROOT_DATA / "examples" / "003-huong-dan-106-snv-lang-son.yaml"),
               original, today=date(2026, 3, 5))
    with desk_server(tmp_path) as address, browser() as page:
        ask_for_a_copy(page, address, original)
        page.get_by_text("Bản sao của goc.docx đã sẵn sàng.").wait_for()
        page.locator(".side img").first.wait_for()
        shot(page, "6-sao-y")
        with page.expect_download() as info:
            page.get_by_role("link", name="Tải bản sao").click()
        copy = tmp_path / "ban-sao.docx"
        info.value.save_as(copy)
    with zipfile.ZipFile(copy) as z:
        body = z.read("word/document.xml").decode("utf-8")
    assert "SAO Y" in body and "Lê Văn Bình" in body and "Tổng kết phong trào" in body


def test_a_file_field_speaks_the_desk_s_language_and_names_the_chosen_file(tmp_path):
    """The browser's own "Choose File" is hidden: the button and the empty and chosen states are
    the desk's words, and the chosen file still reaches the server by the label's click."""
    original = tmp_path / "goc.docx"
    api.render(api.load_spec(ROOT_DATA / "examples" / "003-huong-dan-106-snv-lang-son.yaml"),
               original, today=date(2026, 3, 5))
    with desk_server(tmp_path) as address, browser() as page:
        page.goto(address + "sao")
        pick = page.locator("#tep").locator("xpath=..")
        assert pick.locator("label").inner_text() == "Chọn tệp…"
        assert pick.locator(".file-name").inner_text() == "Chưa chọn tệp nào"
        assert page.locator("#tep").bounding_box()["width"] <= 1  # the browser's button unseen
        with page.expect_file_chooser() as chooser:
            pick.locator("label").click()
        chooser.value.set_files(str(original))
        assert pick.locator(".file-name").inner_text() == "goc.docx"
        page.locator("#tep").set_input_files([])
        assert pick.locator(".file-name").inner_text() == "Chưa chọn tệp nào"


@pytest.fixture
def office(tmp_path):
    from register_support import pg_schema

    with pg_schema() as url:
        add_clerks(url, "chuyenvien")
        yield url


def signed_in(page, address: str, name: str) -> None:
    sign_in(page, address, name)
    page.get_by_text("Bạn cần làm gì?").wait_for()


def test_office_a_chuyen_vien_cannot_allocate_a_number(tmp_path, office):
    with desk_server(tmp_path, "--office", "--db", office) as address, browser() as page:
        page.goto(address)
        shot(page, "7-dang-nhap")
        signed_in(page, address, "chuyenvien")
        assert page.get_by_role("link", name="Sổ văn bản đi").count() == 0
        start_letter(page, address)
        assert page.get_by_role("button", name="Phát hành: lấy số từ sổ văn bản đi").count() == 0
        csrf = page.locator('input[name="csrf_token"]').first.get_attribute("value")
        answer = page.request.post(page.url + "/phat-hanh", headers={"X-CSRF-Token": csrf})
        assert answer.status == 403
        assert "hãy chuyển văn bản cho văn thư của cơ quan" in answer.text()


def test_office_a_request_without_the_csrf_token_is_refused(tmp_path, office):
    with desk_server(tmp_path, "--office", "--db", office) as address, browser() as page:
        signed_in(page, address, "chuyenvien")
        answer = page.request.post(address + "soan/moi", form={"loai": "CV"})
        assert answer.status == 403
        assert "Yêu cầu bị từ chối" in answer.text()


def test_office_an_oversized_upload_gets_a_clear_message(tmp_path, office):
    big = tmp_path / "lon.docx"
    big.write_bytes(b"PK\x03\x04" + b"0" * (2 * 1024 * 1024))
    with desk_server(tmp_path, "--office", "--db", office,
                     env={"NTM_DOCGEN_DESK_MAX_UPLOAD": str(1024 * 1024)}) as address, \
            browser() as page:
        signed_in(page, address, "chuyenvien")
        page.goto(address + "kiem-tra")
        page.locator("#tep").set_input_files(str(big))
        page.get_by_role("button", name="Kiểm tra", exact=True).click()
        page.get_by_text("Tệp quá lớn: bàn làm việc nhận tệp tối đa 1 MB").wait_for()
        shot(page, "8-tep-qua-lon")


def test_a_newcomer_reads_fields_by_their_labels_and_downloads_once_the_letter_is_whole(
        tmp_path):
    with desk_server(tmp_path) as address, browser() as page:
        start_letter(page, address)
        download = page.get_by_role("link", name="Tải DOCX")
        assert page.locator("#letter-actions[data-blocked]").count() == 1
        assert download.evaluate("a => getComputedStyle(a).pointerEvents") == "none"
        field(page, "co_quan.ten").fill("SỞ NỘI VỤ")
        field(page, "co_quan.ten").fill("")  # an autosave: the problems placed by the page
        problem = page.locator(".field[data-field='co_quan.ten'] .problem.live")
        problem.wait_for()
        assert problem.inner_text().startswith("bắt buộc")
        assert "co_quan.ten" not in page.locator("#problems").inner_text()
        assert "Tên cơ quan ban hành: bắt buộc" in page.locator("#problems").inner_text()
        fill_cong_van(page)
        page.get_by_text("Đã lưu. Văn bản đã đủ các thành phần.").wait_for()
        page.locator("#letter-actions:not([data-blocked])").wait_for()  # set after the saved note
        assert page.locator("#letter-actions[data-blocked]").count() == 0
        with page.expect_download() as info:
            download.click()
        letter = tmp_path / "cong-van.docx"
        info.value.save_as(letter)
    assert api.check_file(letter) == []


def test_the_date_line_shows_its_blanks_as_the_letter_prints_them(tmp_path):
    """A draft without a date prints "ngày    tháng    năm": the line beside the field keeps
    those blanks instead of squeezing them to single spaces."""
    with desk_server(tmp_path) as address, browser() as page:
        start_letter(page, address)
        field(page, "dia_danh").fill("Lạng Sơn")
        rule = page.locator("#date-rule")
        printed = api.date_line("Lạng Sơn", None, date.today().year)
        assert "    " in printed
        page.wait_for_function(
            "t => document.getElementById('date-rule').textContent === t", arg=printed)
        assert rule.inner_text() == printed


def open_letter(page, address: str, letter) -> None:  # type: ignore[no-untyped-def]
    """Mở văn bản on the list of drafts, with ``letter``."""
    page.goto(address + "soan")
    page.locator("#mo_tep").set_input_files(str(letter))
    page.get_by_role("button", name="Mở", exact=True).click()


def test_a_scan_is_read_as_a_job_with_its_queue_and_lands_on_the_draft(tmp_path):
    """Two scans opened one after the other: the first is read page by page on its page, the
    second waits behind it and is cancelled, and the first lands on its draft."""
    from desk_support import scanned_letter

    first = scanned_letter(tmp_path, pages=3)
    second = tmp_path / "cong van thu hai.pdf"
    second.write_bytes(first.read_bytes())
    with desk_server(tmp_path / "du-lieu", env={"NTM_DOCGEN_DESK_OCR_JOBS": "1"}) as address, \
            browser() as page:
        open_letter(page, address, first)
        page.wait_for_url("**/doc/*")
        reading = page.url
        page.get_by_text("Đang đọc trang").wait_for()
        assert "cong van quet.pdf là bản quét" in page.inner_text("main")
        assert page.get_by_text("Thời gian còn lại:").is_visible()
        shot(page, "doc-1-dang-doc")
        open_letter(page, address, second)
        page.wait_for_url("**/doc/*")
        page.get_by_text("Đang chờ, trước bạn còn 1 tệp.").wait_for()
        assert "Đang đọc cong van quet.pdf" in page.inner_text(".reading-bar")
        shot(page, "doc-2-hang-doi")
        page.get_by_role("button", name="Hủy đọc tệp").click()
        page.get_by_text("Đã hủy đọc cong van thu hai.pdf").wait_for()
        shot(page, "doc-3-da-huy")
        page.goto(reading)
        page.wait_for_url("**/soan/*", timeout=300_000)
        page.locator('[id="f-dia_danh"]').wait_for()
        assert page.locator('[id="f-dia_danh"]').input_value() == "Lạng Sơn"
        assert page.locator("#scanned-fields").is_visible()  # told even with the notes folded
        if page.locator("#read-notes:not([open])").count():  # its pages 2 and 3 read as phụ lục
            page.locator("#read-notes summary").click()
        assert "chữ do máy nhận dạng" in page.inner_text("#read-notes")
        shot(page, "doc-4-ban-nhap")


def test_a_scan_whose_ocr_runs_out_of_time_says_so_on_its_page(tmp_path):
    """A run of Tesseract over NTM_DOCGEN_MAX_OCR_SECONDS: the job's page, as it asks again,
    shows the limit's message and the way back, without the clerk reloading it."""
    import os
    import shutil

    from desk_support import scanned_letter

    scan = scanned_letter(tmp_path)
    # a Tesseract slower than the limit whatever the machine: its page of a small scan is read
    # in well under a second on a quiet one
    slow = tmp_path / "bin"
    slow.mkdir()
    (slow / "tesseract").write_text(f'#!/bin/sh\nsleep 3\nexec {shutil.which("tesseract")} "$@"\n')
    (slow / "tesseract").chmod(0o755)
    env = {"NTM_DOCGEN_MAX_OCR_SECONDS": "1", "PATH": f"{slow}{os.pathsep}{os.environ['PATH']}"}
    with desk_server(tmp_path / "du-lieu", env=env) as address, browser() as page:
        open_letter(page, address, scan)
        page.wait_for_url("**/doc/*")
        page.get_by_role("link", name="Quay lại Soạn văn bản").wait_for()
        said = page.inner_text("#reading")
        assert "cong van quet.pdf: " in said and "NTM_DOCGEN_MAX_OCR_SECONDS" in said, said
        shot(page, "doc-5-het-gio")


def test_a_desk_stopped_while_tesseract_reads_leaves_no_page_image_behind(tmp_path):
    """The desk stops as Tesseract reads a page: the run is killed, and the page image and
    output pytesseract gave it (``tess_*`` in the temporary folder) are removed before the
    process ends, as they are when a clerk cancels, not left there at each stop."""
    from desk_support import scanned_letter

    scan = scanned_letter(tmp_path, pages=2)
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    with desk_server(tmp_path / "du-lieu", env={"TMPDIR": str(temporary)}) as address, \
            browser() as page:
        open_letter(page, address, scan)
        page.wait_for_url("**/doc/*")
        deadline = time.monotonic() + 120
        # pytesseract's files are in the process's own folder (importer/watch.ocr_folder)
        while not list(temporary.glob("ntm-ocr-*/tess_*_input.*")):
            assert time.monotonic() < deadline, "Tesseract never started"
            time.sleep(0.05)
    # glob, not Path.rglob: a warm office's profile folder may go while the tree is walked
    left = glob.glob(str(temporary / "**" / "tess_*"), recursive=True)
    assert left == [], "nothing of the run left as the desk stopped"


def test_a_desk_killed_while_it_reads_a_scan_leaves_its_folder_to_the_next(tmp_path):
    """The desk killed (SIGKILL, as a power cut ends it) while Tesseract reads a scan a clerk
    opened: its folder in the temporary folder, her scan in it, is removed once the desk is
    started again."""
    import os
    import signal

    from desk_support import scanned_letter

    temporary = tmp_path / "tmp"
    temporary.mkdir()
    scan = scanned_letter(tmp_path)
    started: list[subprocess.Popen[str]] = []
    env = {"TMPDIR": str(temporary)}
    with desk_server(tmp_path / "data", env=env, started=started) as address, \
            browser() as page:
        open_letter(page, address, scan)
        page.wait_for_url("**/doc/*")
        assert list(temporary.glob("ntm-desk-doc-*/cong van quet.pdf")), "kept while it is read"
        os.kill(started[0].pid, signal.SIGKILL)
        started[0].wait(30)
    assert list(temporary.glob("ntm-desk-doc-*/cong van quet.pdf")), "the killed desk left it"
    with desk_server(tmp_path / "data", env=env):
        assert not list(temporary.glob("ntm-desk-*")), sorted(temporary.iterdir())


def test_a_desk_killed_while_it_makes_a_runs_pdfs_leaves_its_work_to_the_next(tmp_path):
    """The desk killed while LibreOffice makes a bulk run's PDFs: the run's working folder in
    the temporary folder (the letters joined for LibreOffice, its PDFs) is removed once the
    desk is started again."""
    import os
    import signal

    spec = ROOT_DATA.parent / "tests" / "data" / "bulk" / "xa.yaml"
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    started: list[subprocess.Popen[str]] = []
    env = {"TMPDIR": str(temporary)}
    with desk_server(tmp_path / "data", env=env, started=started) as address, \
            browser() as page:
        page.goto(address + "hang-loat")
        page.locator("#mau").set_input_files(str(spec))
        page.get_by_label("Mọi xã, phường của một tỉnh (danh mục 2025)").select_option("Lai Châu")
        page.get_by_label("Kèm bản PDF của từng văn bản (chậm hơn)").check()
        page.get_by_role("button", name="Kiểm tra danh sách").click()
        page.get_by_role("button", name="Tạo 38 văn bản").click()
        deadline = time.monotonic() + 300
        while not list(temporary.glob("ntm-bulk-pdf-*/worker*")):
            assert time.monotonic() < deadline, "the run never made its PDFs"
            time.sleep(0.05)
        os.kill(started[0].pid, signal.SIGKILL)
        started[0].wait(30)
    assert list(temporary.glob("ntm-bulk-pdf-*")), "the killed desk left it"
    with desk_server(tmp_path / "data", env=env):
        assert not list(temporary.glob("ntm-bulk-pdf-*")), sorted(temporary.iterdir())
