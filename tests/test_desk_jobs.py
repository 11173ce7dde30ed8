"""The desk's other jobs through the test client: implementing letter, check, bulk, register."""

from __future__ import annotations

import io
import re
import time
import zipfile
from datetime import date
from pathlib import Path

import pytest
import yaml
from desk_support import CONG_VAN, bulk_run, csrf_of, desk_client, new_draft, run_to_the_end
from openpyxl import load_workbook

from ntm_docgen import api

ROOT = api.profile_path("lang-son").parent.parent.parent
HD_1741 = ROOT / "data" / "examples" / "000-huong-dan-1741-btdkt.yaml"
XA = ROOT / "tests" / "data" / "bulk" / "xa.yaml"


def test_an_implementing_letter_opens_in_the_editor(client, csrf):
    answer = client.post("/thuc-hien", data={"csrf_token": csrf, "ho_so": "lang-son",
                                             "hinh_thuc": "ke-hoach", "ngay": "05/03/2026"},
                         files={"tep": (HD_1741.name, HD_1741.read_bytes())},
                         follow_redirects=False)
    assert answer.status_code == 303, answer.text
    page = client.get(answer.headers["location"]).text
    assert "ỦY BAN NHÂN DÂN" in page and 'value="05/03/2026"' in page
    assert 'value="KH"' in page
    assert "No deadline for reports was given" in page and "--han" not in page


@pytest.mark.parametrize(("fields", "message"), [
    ({"ho_so": "lang-son", "hinh_thuc": "thu-moi"}, "Choose the form of the new letter."),
    ({"ho_so": "khong-co", "hinh_thuc": "cong-van"},
     "if it is not there, save it with “Save your own issuer and signer”"),
    ({"ho_so": "lang-son", "hinh_thuc": "cong-van", "ngay": "31/02/2026"},
     "Date of the new letter: that date does not exist"),
], ids=["unknown-form", "unknown-profile", "impossible-date"])
def test_an_implementing_letter_refuses_what_it_cannot_use(client, csrf, fields, message):
    answer = client.post("/thuc-hien", data={"csrf_token": csrf, **fields},
                         files={"tep": (HD_1741.name, HD_1741.read_bytes())})
    assert answer.status_code == 422
    assert message in answer.text


def test_a_letter_checked_lists_its_findings_and_gives_the_fixed_copy(client, csrf, tmp_path):
    from docx import Document
    from docx.shared import Mm

    letter = tmp_path / "thu.docx"
    api.render(api.load_spec(HD_1741), letter, today=date(2026, 3, 5))
    doc = Document(str(letter))
    doc.sections[0].left_margin = Mm(20)
    doc.save(str(letter))
    answer = client.post("/kiem-tra", data={"csrf_token": csrf},
                         files={"tep": ("thu.docx", letter.read_bytes())})
    assert answer.status_code == 200
    assert "1 departure from the layout rules in thu.docx." in answer.text
    assert "the left margin of section 1 is 20 mm; set it to 30–35 mm" in answer.text
    assert "found:" not in answer.text  # the finding's own sentence, not its data
    assert "Finding 1 is about the whole letter (page size, margins, page numbers, fonts)" \
        in answer.text
    assert '<span class="tag">the whole letter</span>' in answer.text
    fixed = client.get(re.search(r'href="(/tai/[0-9a-f]+)"', answer.text).group(1))
    path = tmp_path / "da-sua.docx"
    path.write_bytes(fixed.content)
    assert api.check_file(path) == []
    assert client.post("/kiem-tra", data={"csrf_token": csrf},
                       files={"tep": ("thu.docx", b"not a zip")}).status_code == 422


def test_a_result_is_only_for_the_clerk_who_made_it(client, csrf, tmp_path):
    letter = tmp_path / "thu.docx"
    api.render(api.load_spec(HD_1741), letter, today=date(2026, 3, 5))
    answer = client.post("/kiem-tra", data={"csrf_token": csrf},
                         files={"tep": ("thu.docx", letter.read_bytes())})
    assert "no departure" in answer.text
    with desk_client(tmp_path) as other:
        assert other.get("/tai/0123456789abcdef").status_code == 404


def test_a_bulk_run_for_a_province_shows_rows_then_writes_every_letter(client, csrf):
    answer = client.post("/hang-loat", data={"csrf_token": csrf, "tinh": "Lai Châu",
                                             "gop": "1"},
                         files={"mau": (XA.name, XA.read_bytes())}, follow_redirects=False)
    assert answer.status_code == 303, answer.text
    run = answer.headers["location"]
    review = client.get(run).text
    assert "38 recipients from the 2025 list of Lai Châu." in review
    assert "Ủy ban nhân dân phường Đoàn Kết" in review
    assert client.post(f"{run}/chay", data={"csrf_token": csrf},
                       follow_redirects=False).status_code == 303
    for _ in range(600):
        progress = client.get(f"{run}/tien-do").text
        if "Done:" in progress:
            break
        assert "<progress" in progress
        time.sleep(0.1)
    assert "Done: 38 letters are ready." in progress
    with zipfile.ZipFile(io.BytesIO(client.get(f"{run}/tai/thu.zip").content)) as z:
        assert len(z.namelist()) == 38
    assert client.get(f"{run}/tai/tat-ca.docx").content[:2] == b"PK"


def test_a_bulk_run_needs_a_letter_and_recipients(client, csrf):
    answer = client.post("/hang-loat", data={"csrf_token": csrf},
                         files={"mau": (XA.name, XA.read_bytes())})
    assert answer.status_code == 422
    assert ("Type the recipients one a line, upload their list (CSV or XLSX), or choose a "
            "province.") in answer.text
    assert client.get("/hang-loat/khongco").status_code == 404


def test_a_bulk_row_with_a_problem_is_shown_with_it(client, csrf, tmp_path):
    people = "kinh_gui,ten\nUBND xã Tân Thành,Tân Thành\n,Trống\n"
    answer = client.post("/hang-loat", data={"csrf_token": csrf},
                         files={"mau": (XA.name, XA.read_bytes().replace(
                             b"{{ loai_don_vi }} {{ ten }} (m\xc3\xa3 {{ ma }})", b"{{ ten }}")),
                                "danh_sach": ("ds.csv", people.encode())},
                         follow_redirects=False)
    review = client.get(answer.headers["location"]).text
    assert "1 row makes no letter, so no letter is written" in review
    assert "kinh_gui is empty" in review
    assert "/chay" not in review  # no run while a row is bad: the list is fixed first
    started = client.post(f"{answer.headers['location']}/chay", data={"csrf_token": csrf},
                          follow_redirects=False)
    assert started.status_code == 303  # a run started all the same writes nothing
    run_page = client.get(started.headers["location"]).text
    deadline = time.monotonic() + 60
    while "<progress" in run_page and time.monotonic() < deadline:
        time.sleep(0.05)
        run_page = client.get(started.headers["location"]).text
    assert "row 3: kinh_gui is empty" in run_page
    folder = next((tmp_path / "hang-loat").iterdir())
    assert not list(folder.glob("thu/*.docx"))


def test_a_bulk_list_with_a_cell_past_its_columns_is_refused(client, csrf):
    people = "kinh_gui,ten,loai_don_vi,ma\nUBND xã Tân Thành,Tân Thành,xã,01,thừa\n"
    answer = client.post("/hang-loat", data={"csrf_token": csrf},
                         files={"mau": (XA.name, XA.read_bytes()),
                                "danh_sach": ("ds.csv", people.encode())},
                         follow_redirects=False)
    review = client.get(answer.headers["location"])
    assert review.status_code == 422
    assert "ds.csv: row 2 has 5 cells (cell 5: “thừa”), but the first row names only 4 " \
        "columns" in review.text


def test_the_register_is_filtered_and_exported(client, csrf):
    editor = new_draft(client, csrf)
    client.post(editor, data={**CONG_VAN, "csrf_token": csrf})
    issued = client.post(f"{editor}/phat-hanh", data={"csrf_token": csrf, "xac_nhan": "1"},
                         follow_redirects=False)
    assert issued.status_code == 303
    register = client.get(issued.headers["location"]).text
    assert "01/SNV-TĐKT" in register and "05/03/2026" in register
    assert "01/SNV-TĐKT" not in client.get("/so?nam=2026&q=khong-co").text
    letter = re.search(r'href="(/so/van-ban/\d+)"', register).group(1)
    assert client.get(letter).content[:2] == b"PK"
    sheet = load_workbook(io.BytesIO(client.get("/so/xuat.xlsx?nam=2026").content)).active
    assert any("01/SNV-TĐKT" in str(c.value) for row in sheet.iter_rows() for c in row)
    assert "01/SNV-TĐKT" in client.get("/so/xuat.csv?nam=2026").content.decode("utf-8-sig")
    assert "01/SNV-TĐKT" in client.get(editor).text or 'value="1"' in client.get(editor).text


def test_a_copy_is_signed_with_a_certificate_held_in_memory(client, csrf, tmp_path, caplog):
    from asn1crypto import x509 as asn1_x509
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext
    from test_copy_pdf import certificate

    original = tmp_path / "goc.docx"
    api.render(api.load_spec(HD_1741), original, today=date(2026, 3, 5))
    cert, der = certificate(tmp_path / "vp.p12", b"mat-khau-bi-mat")
    form = {"csrf_token": csrf, "hinh_thuc": "SAO Y", "co_quan.ten": "VĂN PHÒNG",
            "co_quan.viet_tat": "VP", "dia_danh": "Bắc Giang", "ngay": "06/03/2026",
            "ky.chuc_vu": "CHÁNH VĂN PHÒNG", "ky.ho_ten": "Nguyễn Đức Đăng",
            "noi_nhan": ["Các sở, ban, ngành"], "dang": "pdf"}
    files = {"tep": ("goc.docx", original.read_bytes()),
             "chung_thu": ("vp.p12", cert.read_bytes())}
    wrong = client.post("/sao", data={**form, "mat_khau": "sai"}, files=files)
    assert wrong.status_code == 422
    assert "could not be read as a PKCS#12 certificate" in wrong.text
    answer = client.post("/sao", data={**form, "mat_khau": "mat-khau-bi-mat"}, files=files)
    assert answer.status_code == 200, answer.text
    signed = client.get(re.search(r'href="(/tai/[0-9a-f]+)"', answer.text).group(1)).content
    signatures = PdfFileReader(io.BytesIO(signed)).embedded_signatures
    trust = ValidationContext(trust_roots=[asn1_x509.Certificate.load(der)])
    status = validate_pdf_signature(signatures[0], trust)
    assert status.intact and status.valid and status.trusted
    assert "mat-khau-bi-mat" not in caplog.text
    kept = [p for p in tmp_path.rglob("*") if p.is_file() and p.name != "vp.p12"
            and cert.read_bytes()[:64] in p.read_bytes()]
    assert kept == []


def test_a_copy_form_names_its_problems_by_its_own_labels(tmp_path):
    with desk_client(tmp_path, lang="vi") as c:
        csrf = csrf_of(c, "/sao")
        answer = c.post("/sao", data={"csrf_token": csrf, "hinh_thuc": "SAO Y",
                                      "co_quan.viet_tat": "VP", "dia_danh": "Lạng Sơn"},
                        files={"tep": ("goc.docx", b"PK")})
    assert answer.status_code == 422
    assert "Cơ quan sao: bắt buộc" in answer.text
    assert 'title="co_quan.ten"' in answer.text and "co_quan.ten:" not in answer.text


#: A SAO Y block as the editor's copy fields send it.
COPY_BLOCK = {"ban_sao.hinh_thuc": "SAO Y", "ban_sao.co_quan.ten": "VĂN PHÒNG",
              "ban_sao.co_quan.viet_tat": "VP", "ban_sao.dia_danh": "Lạng Sơn",
              "ban_sao.ky.chuc_vu": "CHÁNH VĂN PHÒNG", "ban_sao.ky.ho_ten": "Nguyễn Đức Đăng",
              "ban_sao.noi_nhan": ["Các sở, ban, ngành"]}


def test_a_draft_without_its_number_and_date_gets_no_copy_block(tmp_path):
    with desk_client(tmp_path, lang="vi") as c:
        csrf = csrf_of(c)
        editor = new_draft(c, csrf)
        c.post(editor, data={**CONG_VAN, **COPY_BLOCK, "csrf_token": csrf})
        page = c.get(editor).text
        refused = c.get(f"{editor}/tai.docx")
        c.post(editor, data={**CONG_VAN, **COPY_BLOCK, "so": "12", "csrf_token": csrf})
        issued = c.get(f"{editor}/tai.docx")
    assert "chỉ sao văn bản đã ban hành, mà văn bản này chưa có số và ngày" in page
    assert "phát hành văn bản trước" in page
    assert refused.status_code == 422
    assert issued.status_code == 200


def test_a_copy_of_a_draft_original_is_refused_until_it_is_issued(tmp_path):
    draft = tmp_path / "du-thao.docx"
    data = yaml.safe_load(HD_1741.read_text(encoding="utf-8"))
    data.pop("so")
    api.render(api.parse_spec(data), draft, today=date(2026, 3, 5))
    issued = tmp_path / "goc.docx"
    api.render(api.load_spec(HD_1741), issued, today=date(2026, 3, 5))
    form = {"hinh_thuc": "SAO Y", "co_quan.ten": "VĂN PHÒNG", "co_quan.viet_tat": "VP",
            "dia_danh": "Lạng Sơn", "ngay": "06/03/2026", "ky.chuc_vu": "CHÁNH VĂN PHÒNG",
            "ky.ho_ten": "Nguyễn Đức Đăng", "noi_nhan": ["Các sở, ban, ngành"]}
    with desk_client(tmp_path, lang="vi") as c:
        form["csrf_token"] = csrf_of(c, "/sao")
        refused = c.post("/sao", data=form, files={"tep": ("du-thao.docx", draft.read_bytes())})
        made = c.post("/sao", data=form, files={"tep": ("goc.docx", issued.read_bytes())})
    assert refused.status_code == 422
    assert "du-thao.docx: chưa có số (“Số: /HD-BTĐKT”): đây là bản dự thảo, mà chỉ sao văn bản " \
        "đã ban hành; hãy phát hành trước" in refused.text
    assert "ntm-desk-" not in refused.text  # the upload by its name, not the server's folder
    assert made.status_code == 200, made.text


def test_a_trich_sao_of_a_pdf_does_not_tell_the_page_numbers_left_out(client, csrf, tmp_path):
    """The copy prints its own page numbers: the original's, left out, are not told (they were,
    as import tells them)."""
    from ntm_docgen.files.pdf import pdf_bytes
    from ntm_docgen.letter.render import render_docx

    original = pdf_bytes(render_docx(api.load_spec(HD_1741), date(2026, 3, 5)))
    form = {"csrf_token": csrf, "hinh_thuc": "TRÍCH SAO", "trich": "II",
            "co_quan.ten": "VĂN PHÒNG", "co_quan.viet_tat": "VP", "dia_danh": "Bắc Giang",
            "ngay": "06/03/2026", "ky.chuc_vu": "CHÁNH VĂN PHÒNG",
            "ky.ho_ten": "Nguyễn Đức Đăng", "noi_nhan": ["Các sở, ban, ngành"], "dang": "pdf"}
    answer = client.post("/sao", data=form, files={"tep": ("goc.pdf", original)})
    assert answer.status_code == 200, answer.text
    assert "Page numbers and running headers" not in answer.text


def test_bulk_runs_are_made_one_at_a_time_the_next_waiting(tmp_path):
    """The desk's bulk runs go through the same bounded queue as its readings: with one place,
    a second run waits (its page says so) until the first is made."""
    import threading

    from ntm_docgen.desk.jobs import Jobs

    jobs = Jobs(tmp_path, slots=1)
    release = threading.Event()
    ran: list[str] = []

    def work(run: object) -> str:
        ran.append(getattr(run, "owner", ""))
        assert release.wait(30)
        return "xong"

    first = jobs.start_run("lan", tmp_path / "mot", work)
    second = jobs.start_run("hoa", tmp_path / "hai", work)
    deadline = time.monotonic() + 30
    while not (ran and jobs.ahead(second)):
        assert time.monotonic() < deadline
        time.sleep(0.01)
    assert (first.state, second.state) == ("running", "waiting") and ran == ["lan"]
    release.set()
    while not (first.finished and second.finished):
        assert time.monotonic() < deadline
        time.sleep(0.01)
    assert ran == ["lan", "hoa"] and second.result == "xong"


def test_a_bulk_run_made_before_a_restart_still_gives_its_letters(tmp_path):
    with desk_client(tmp_path, lang="en") as client:
        csrf = csrf_of(client)
        run = bulk_run(client, csrf)
        assert "Done: 2 letters are ready." in run_to_the_end(client, csrf, run)
    with desk_client(tmp_path, lang="en") as client:  # the desk restarted
        page = client.get(run).text
        assert "Done: 2 letters are ready." in page and f"{run}/tai/thu.zip" in page
        with zipfile.ZipFile(io.BytesIO(client.get(f"{run}/tai/thu.zip").content)) as z:
            assert len(z.namelist()) == 2


def test_a_bulk_run_stopped_by_a_restart_says_so_and_runs_again(tmp_path):
    import json

    with desk_client(tmp_path, lang="vi") as client:
        csrf = csrf_of(client)
        run = bulk_run(client, csrf)
        folder = tmp_path / "hang-loat" / run.rsplit("/", 1)[1]
        settings = json.loads((folder / "chuan-bi.json").read_text(encoding="utf-8"))
        settings["job"] = "0123456789abcdef"  # started, and the desk stopped before it ended
        (folder / "chuan-bi.json").write_text(json.dumps(settings), encoding="utf-8")
    with desk_client(tmp_path, lang="vi") as client:
        csrf = csrf_of(client)
        page = client.get(run).text
        assert "Lượt tạo này đã dừng khi bàn làm việc khởi động lại" in page
        gone = client.get(f"{run}/tien-do", headers={"HX-Request": "true"})
        assert gone.headers["HX-Redirect"] == run
        run_to_the_end(client, csrf, run)
        assert "khởi động lại" not in client.get(run).text


def test_bulk_folders_past_their_time_are_swept_never_one_still_kept(tmp_path):
    """Run folders a restarted desk left (finished, stopped, prepared and never run) are
    removed as the desk starts, and as runs start, once nothing in them changed for a day; a
    younger one, and one a run still works in however old, stay."""
    import os
    import threading

    from ntm_docgen.desk.jobs import KEEP_SECONDS, Jobs

    root = tmp_path / "hang-loat"
    past = time.time() - KEEP_SECONDS - 60

    def folder(name: str, old: bool) -> Path:
        made = root / name
        (made / "thu").mkdir(parents=True)
        (made / "thu" / "thu-1.docx").write_bytes(b"PK")
        if old:
            for path in (made / "thu" / "thu-1.docx", made / "thu", made):
                os.utime(path, (past, past))
        return made

    old, young, busy = folder("cu", True), folder("moi", False), folder("dang-chay", True)
    jobs = Jobs(root)
    release = threading.Event()
    running = jobs.start_run("lan", busy, lambda run: release.wait(30))
    try:
        jobs.sweep()
        assert not old.exists()
        assert young.exists() and busy.exists()
    finally:
        release.set()
    deadline = time.monotonic() + 30
    while not running.finished:
        assert time.monotonic() < deadline
        time.sleep(0.01)
    left = folder("bo-lai", True)
    with desk_client(tmp_path, lang="en"):  # a desk starts on the folder
        pass
    assert not left.exists() and young.exists()


def test_a_bulk_run_failing_unforeseen_says_what_happened_and_what_to_do(tmp_path, monkeypatch):
    """A bulk run that fails with an error the tool did not foresee (a full disk) says it as
    the command line does, never the bare text of the Python error."""

    def full_disk(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(api, "run_bulk", full_disk)
    with desk_client(tmp_path, lang="en") as client:
        csrf = csrf_of(client)
        run = bulk_run(client, csrf)
        assert client.post(f"{run}/chay", data={"csrf_token": csrf},
                           follow_redirects=False).status_code == 303
        deadline = time.monotonic() + 60
        while "<progress" in (page := client.get(f"{run}/tien-do").text):
            assert time.monotonic() < deadline, page
            time.sleep(0.05)
    assert "please report it with the command and the files that caused it" in page, page
    assert "OSError: [Errno 28] No space left on device" in page


def test_a_folder_gone_before_its_sweep_looks_at_it_is_not_old(tmp_path):
    """Two sweeps at once: the folder the other removed counts as changed now, not as an
    error in the request or the run that swept."""
    from ntm_docgen.desk.jobs import last_change

    before = time.time()
    assert last_change(tmp_path / "da-xoa") >= before
