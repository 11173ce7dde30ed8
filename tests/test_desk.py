"""The desk's pages and actions through the framework's test client (one computer mode)."""

from __future__ import annotations

import html
import re

import pytest
import yaml
from click.testing import CliRunner
from desk_support import CONG_VAN, csrf_of, desk_client, new_draft
from starlette.routing import Route

from ntm_docgen import api
from ntm_docgen.cli.main import main
from ntm_docgen.desk import DeskConfig
from ntm_docgen.desk.app import routes

JOBS = ["/soan", "/sao", "/hang-loat", "/thuc-hien", "/kiem-tra", "/so"]


def test_home_links_every_job_in_vietnamese(tmp_path):
    with desk_client(tmp_path, lang="vi") as c:
        page = c.get("/").text
    assert '<html lang="vi">' in page
    for path in JOBS:
        assert f'href="{path}"' in page
    for title in ("Soạn văn bản", "Sao văn bản", "Gửi hàng loạt", "Văn bản thực hiện",
                  "Kiểm tra văn bản", "Sổ văn bản đi"):
        assert title in page


@pytest.mark.parametrize("path", JOBS)
def test_every_job_page_opens(client, path):
    answer = client.get(path)
    assert answer.status_code == 200
    assert 'name="csrf_token"' in answer.text or path == "/so"


def test_every_state_changing_route_refuses_a_request_without_its_csrf_token(client):
    posts = [r for r in routes() if isinstance(r, Route) and "POST" in (r.methods or ())]
    assert len(posts) >= 12
    for route in posts:
        path = re.sub(r"\{[^}]+\}", "x1", route.path)
        answer = client.post(path, data={"loai": "CV"})
        assert answer.status_code == 403, (route.path, answer.status_code)
        assert "refused" in answer.text


def test_a_token_from_another_session_is_refused(tmp_path, client, csrf):
    with desk_client(tmp_path) as other:
        answer = other.post("/soan/moi", data={"loai": "CV", "csrf_token": csrf})
    assert answer.status_code == 403


def test_a_clerk_drafts_previews_and_downloads_a_cong_van(client, csrf, tmp_path):
    editor = new_draft(client, csrf)
    saved = client.post(editor, data={**CONG_VAN, "csrf_token": csrf},
                        headers={"hx-request": "true"})
    assert saved.status_code == 200
    assert "The letter is complete" in saved.text
    preview = client.get(f"{editor}/xem-truoc", headers={"hx-request": "true"})
    image = re.search(r'src="(/trang/[^"]+)"', preview.text)
    assert image, preview.text
    png = client.get(image.group(1))
    assert png.headers["content-type"] == "image/png" and png.content[:4] == b"\x89PNG"
    docx = client.get(f"{editor}/tai.docx")
    assert docx.status_code == 200 and docx.content[:2] == b"PK"
    assert "CV-V-v-tong-ket" in docx.headers["content-disposition"]
    path = tmp_path / "cong-van.docx"
    path.write_bytes(docx.content)
    assert api.check_file(path) == []
    pdf = client.get(f"{editor}/tai.pdf")
    assert pdf.content[:5] == b"%PDF-"


def test_a_comma_inside_a_recipient_stays_in_its_one_row(client, csrf):
    editor = new_draft(client, csrf)
    client.post(editor, data={**CONG_VAN, "csrf_token": csrf})
    spec = yaml.safe_load(client.get(f"{editor}/tai.yaml").text)
    assert spec["kinh_gui"] == ["UBND các xã, phường, đặc khu"]
    assert spec["noi_nhan"] == ["Như trên", "UBND tỉnh (b/c)"]


def test_problems_are_shown_at_their_fields_in_the_cli_words(client, csrf, tmp_path):
    editor = new_draft(client, csrf)
    bad = {**CONG_VAN, "ky.ho_ten": "", "ngay": "2026-02-30", "ky.quyen_han": ["THAY MẶT"]}
    answer = client.post(editor, data={**bad, "csrf_token": csrf},
                         headers={"hx-request": "true"})
    spec_file = tmp_path / "bad.yaml"
    spec_file.write_text(client.get(f"{editor}/tai.yaml").text, encoding="utf-8")
    cli = CliRunner().invoke(main, ["render", str(spec_file), "-o", str(tmp_path / "x.docx")])
    assert cli.exit_code == 1
    lines = [line.strip()[2:] for line in cli.output.splitlines() if line.strip().startswith("- ")]
    assert len(lines) == 3
    for line in lines:  # the CLI's words; a field to fill named by its label, its path in
        found = re.match(r"^(?:[^:]* \((?P<named>[\w.\[\]]+)\)|(?P<path>[\w.\[\]]+)): (?P<w>.*)$",
                         line)  # brackets; a value quoted in the desk's quotes
        assert found, line
        path, words = found["named"] or found["path"], found["w"]
        assert re.sub(r"'([^']*)'", r"“\1”", words) in html.unescape(answer.text)
        assert f'title="{path}"' in answer.text
    assert "Signer's name (ky.ho_ten): required: write the signer's full name" in cli.output
    page = html.unescape(client.get(editor).text)  # without JavaScript, the same words at the
    assert 'class="problem">required: write the signer\'s full name' in page  # fields
    assert client.get(f"{editor}/tai.docx").status_code == 422


def test_a_problem_names_its_field_by_the_label_the_clerk_sees(tmp_path):
    with desk_client(tmp_path, lang="vi") as c:
        csrf = csrf_of(c)
        editor = new_draft(c, csrf)
        bad = {**CONG_VAN, "co_quan.ten": "", "noi_nhan": ["Như trên", "- "]}
        answer = c.post(editor, data={**bad, "csrf_token": csrf}, headers={"hx-request": "true"})
        page = c.get(editor).text
    assert "Tên cơ quan ban hành: bắt buộc" in answer.text
    assert "co_quan.ten:" not in answer.text and "co_quan.ten:" not in page
    assert 'class="problem">bắt buộc' in page and "Họ tên" in page


def test_downloads_wait_for_a_letter_without_problems(client, csrf):
    editor = new_draft(client, csrf)
    page = client.get(editor).text
    assert 'id="letter-actions" data-blocked' in page
    assert "once the problems listed on the left are fixed" in page
    client.post(editor, data={**CONG_VAN, "csrf_token": csrf})
    assert 'id="letter-actions" >' in client.get(editor).text


def test_a_kinh_gui_typed_with_its_own_label_prints_it_once(client, csrf):
    from io import BytesIO

    from docx import Document

    editor = new_draft(client, csrf)
    letter = {**CONG_VAN, "kinh_gui": ["Kính gửi: UBND các xã, phường, đặc khu"]}
    client.post(editor, data={**letter, "csrf_token": csrf})
    docx = client.get(f"{editor}/tai.docx")
    text = "\n".join(p.text for p in Document(BytesIO(docx.content)).paragraphs)
    assert "Kính gửi: UBND các xã, phường, đặc khu" in text
    assert "Kính gửi: Kính gửi" not in text


def test_a_new_letter_leaves_luu_to_the_rule_with_its_drafting_unit(client, csrf):
    from io import BytesIO

    from docx import Document

    editor = new_draft(client, csrf)
    assert 'name="luu" value=""' in client.get(editor).text
    client.post(editor, data={**CONG_VAN, "luu": "", "csrf_token": csrf})
    docx = Document(BytesIO(client.get(f"{editor}/tai.docx").content))
    cells = [c.text for t in docx.tables for row in t.rows for c in row.cells]
    assert any("- Lưu: VT, TĐKT." in c for c in cells)


def test_a_saved_spec_is_a_contract_spec_and_opens_again(client, csrf, tmp_path):
    editor = new_draft(client, csrf)
    client.post(editor, data={**CONG_VAN, "csrf_token": csrf})
    for kind in ("yaml", "json"):
        text = client.get(f"{editor}/tai.{kind}").text
        path = tmp_path / f"spec.{kind}"
        path.write_text(text, encoding="utf-8")
        assert api.load_spec(path).kinh_gui == ("UBND các xã, phường, đặc khu",)
        opened = client.post("/soan/mo", data={"csrf_token": csrf},
                             files={"tep": (path.name, path.read_bytes())},
                             follow_redirects=False)
        assert opened.status_code == 303
        assert 'value="SỞ NỘI VỤ"' in client.get(opened.headers["location"]).text or \
            "SỞ NỘI VỤ" in client.get(opened.headers["location"]).text


def test_a_draft_survives_a_restart(tmp_path):
    with desk_client(tmp_path) as first:
        csrf = csrf_of(first)
        editor = new_draft(first, csrf)
        first.post(editor, data={**CONG_VAN, "trich_yeu": "Còn nguyên sau khi khởi động lại",
                                 "csrf_token": csrf})
    with desk_client(tmp_path) as second:
        page = second.get(editor).text
        assert "Còn nguyên sau khi khởi động lại" in page
        assert "Còn nguyên" in second.get("/soan").text


def test_a_draft_is_deleted_from_the_list_after_a_question(client, csrf):
    """The list says drafts are kept until deleted: each has its Xóa, which asks first on a
    page of its own (no script), naming the draft; only the answer deletes it, a removal
    posted without it is asked first (the route existed, no page led to it)."""
    editor = new_draft(client, csrf)
    client.post(editor, data={**CONG_VAN, "trich_yeu": "Bản nháp thử xóa", "csrf_token": csrf})
    listed = client.get("/soan").text
    assert f'href="{editor}/xoa"' in listed
    asked = client.get(f"{editor}/xoa")
    assert asked.status_code == 200
    assert "Delete the draft “Bản nháp thử xóa”?" in asked.text
    assert 'name="xac_nhan" value="1"' in asked.text and 'href="/soan"' in asked.text
    assert "autofocus" not in asked.text, "Enter alone does not delete"
    unasked = client.post(f"{editor}/xoa", data={"csrf_token": csrf}, follow_redirects=False)
    assert unasked.status_code == 303 and unasked.headers["location"] == f"{editor}/xoa"
    assert client.get(editor).status_code == 200, "kept when not asked"
    answered = client.post(f"{editor}/xoa", data={"csrf_token": csrf, "xac_nhan": "1"},
                           follow_redirects=False)
    assert answered.status_code == 303 and answered.headers["location"] == "/soan"
    assert client.get(editor).status_code == 404
    assert "Bản nháp thử xóa" not in client.get("/soan").text


def test_an_upload_of_the_wrong_kind_is_named(client, csrf):
    answer = client.post("/soan/mo", data={"csrf_token": csrf},
                         files={"tep": ("thu.xlsx", b"PK\x03\x04")})
    assert answer.status_code == 400
    # what it is, what the job takes and where it goes, in a clerk's words (contract13 #6)
    assert ("thu.xlsx is a list of recipients; this job takes a Word file (.docx, .doc, .rtf, "
            ".odt), a PDF file (.pdf), a plain text file (.txt), a scan or photo (.png, .jpg, "
            ".tif) or a draft saved as a file (.yaml, .json). A list of recipients is used in "
            "“Bulk letters”.") in answer.text, answer.text


def test_a_letter_given_as_the_list_of_recipients_is_told_where_it_goes(client, csrf):
    answer = client.post("/hang-loat", data={"csrf_token": csrf, "tinh": ""},
                         files={"mau": ("cv.yaml", b"loai: CV\n"),
                                "danh_sach": ("kế hoạch.docx", b"PK\x03\x04")})
    assert answer.status_code == 422
    assert ("kế hoạch.docx is a Word file; this job takes a plain text file (.txt) or a list of "
            "recipients (.csv, .xlsx). The letter sent to many is chosen above") in answer.text, \
        answer.text
    letter = client.post("/hang-loat", data={"csrf_token": csrf, "tinh": ""},
                         files={"mau": ("kế hoạch.docx", b"PK\x03\x04")})
    assert "kế hoạch.docx is a Word file" in letter.text
    assert "is opened first with “Open a letter” in “Compose a letter”" in letter.text, \
        letter.text
    old = client.post("/hang-loat", data={"csrf_token": csrf, "tinh": ""},
                      files={"mau": ("cv.yaml", b"loai: CV\n"),
                             "danh_sach": ("xã.xls", b"\xd0\xcf\x11\xe0")})
    assert "save it again as .xlsx" not in old.text  # the sentence below, in its own words
    assert "File &gt; Save As, Excel Workbook (.xlsx)" in old.text, old.text


def test_an_oversized_upload_gets_a_clear_message(tmp_path):
    with desk_client(tmp_path, max_upload=1024 * 1024) as c:
        csrf = csrf_of(c)
        answer = c.post("/kiem-tra", data={"csrf_token": csrf},
                        files={"tep": ("lon.docx", b"PK\x03\x04" + b"0" * (2 * 1024 * 1024))})
    assert answer.status_code == 413
    assert "The file is too large: the desk accepts uploads up to 1 MB" in answer.text


def test_a_draft_of_another_clerk_or_none_is_not_found(client):
    assert client.get("/soan/khong-co").status_code == 404
    assert client.get("/soan/khong-co/tai.docx").status_code == 404


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.10", "::"])
def test_a_non_loopback_address_without_office_is_refused(host, tmp_path):
    from ntm_docgen.desk import DeskError, create_app

    with pytest.raises(DeskError, match="serves this computer only"):
        create_app(DeskConfig(host=host, home=tmp_path))


def test_serve_refuses_a_non_loopback_address_with_exit_2(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    result = CliRunner().invoke(main, ["serve", "--host", "0.0.0.0", "--no-browser"])
    assert result.exit_code == 2
    assert "serves this computer only" in result.output


@pytest.mark.parametrize(("variable", "value"), [
    ("NTM_DOCGEN_DESK_KEEP_READINGS", "nhiều"), ("NTM_DOCGEN_DESK_KEEP_READING_MB", "-5"),
    ("NTM_DOCGEN_DESK_MAX_UPLOAD", "20MB"), ("NTM_DOCGEN_DESK_OCR_JOBS", "hai"),
    ("NTM_DOCGEN_DESK_BULK_JOBS", "0"), ("NTM_DOCGEN_DESK_BULK_JOBS", "1.5"),
    ("NTM_DOCGEN_DESK_KEEP_DOWNLOAD_MB", "256 MB"),
], ids=["keep-readings-word", "keep-mb-negative", "max-upload-unit", "ocr-jobs-word",
        "bulk-jobs-zero", "bulk-jobs-fraction", "keep-download-unit"])
def test_serve_names_a_setting_that_is_no_whole_number(tmp_path, monkeypatch, variable, value):
    import socket

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    monkeypatch.setenv(variable, value)
    with socket.socket() as taken:  # a desk that read the setting wrongly stops, not serves
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        result = CliRunner().invoke(main, ["serve", "--no-browser", "--port",
                                           str(taken.getsockname()[1])])
    assert result.exit_code == 1, result.output
    assert f"{variable}: expected a positive whole number; found {value!r}" in result.output
    assert "Traceback" not in result.output and "internal" not in result.output


def test_serve_has_help_and_office_needs_a_postgresql_url(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert "--office" in CliRunner().invoke(main, ["serve", "--help"]).output
    result = CliRunner().invoke(main, ["serve", "--office", "--no-browser"])
    assert result.exit_code == 2
    assert "--office needs --db" in result.output


@pytest.mark.parametrize(("lang", "said"), [
    ("vi", "Bàn làm việc không có trang /khong-co"),
    ("en", "The desk has no page at /khong-co"),
], ids=["vi", "en"])
def test_an_address_the_desk_does_not_have_is_a_page_in_the_clerks_language(tmp_path, lang,
                                                                            said):
    with desk_client(tmp_path, lang=lang) as c:
        answer = c.get("/khong-co")
        static = c.get("/static/khong-co.css")
    assert answer.status_code == 404 and static.status_code == 404
    assert f'<html lang="{lang}">' in answer.text and said in answer.text
    assert 'href="/"' in answer.text and "Not Found" not in answer.text


def test_a_page_asked_for_the_wrong_way_says_so_in_vietnamese(tmp_path):
    with desk_client(tmp_path, lang="vi") as c:
        answer = c.request("DELETE", "/so")
    assert answer.status_code == 405
    assert "Không mở được trang này theo cách đó (DELETE /so)" in answer.text
    assert "Method Not Allowed" not in answer.text


@pytest.mark.parametrize(("env", "said"), [
    ({}, "port {port} is already used by another program"),
    ({"NTM_DOCGEN_LANG": "vi"}, "cổng {port} đang được một chương trình khác dùng"),
], ids=["en", "vi"])
def test_serve_on_a_port_in_use_says_so_with_exit_1(tmp_path, monkeypatch, env, said):
    import socket

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    with socket.socket() as other:
        other.bind(("127.0.0.1", 0))
        other.listen()
        port = other.getsockname()[1]
        result = CliRunner().invoke(main, ["serve", "--port", str(port), "--no-browser"],
                                    env=env)
    assert result.exit_code == 1, result.output
    assert said.format(port=port) in result.output
    assert "http://" not in result.output and "Errno" not in result.output


def test_a_letter_saved_complete_is_converted_once_before_its_preview_is_asked(
        client, csrf, monkeypatch):
    import threading

    from ntm_docgen.desk import previews

    converted = []
    done = threading.Event()
    real = previews.api.pdf_bytes

    def counted(docx: bytes) -> bytes:
        converted.append(docx)
        pdf = real(docx)
        done.set()
        return pdf

    monkeypatch.setattr(previews.api, "pdf_bytes", counted)
    editor = new_draft(client, csrf)
    client.post(editor, data={**CONG_VAN, "csrf_token": csrf}, headers={"hx-request": "true"})
    assert done.wait(120), "the conversion did not begin with the save"
    preview = client.get(f"{editor}/xem-truoc", headers={"hx-request": "true"})
    assert re.search(r'src="(/trang/[^"]+)"', preview.text)
    assert len(converted) == 1


def test_a_page_image_is_drawn_once_and_kept_by_the_browser(client, csrf, monkeypatch):
    from ntm_docgen.desk import previews

    drawn = []
    real = previews.api.preview_pages

    def counted(pdf: bytes, **options) -> list[bytes]:
        drawn.append(options["pages"])
        return real(pdf, **options)

    monkeypatch.setattr(previews.api, "preview_pages", counted)
    editor = new_draft(client, csrf)
    client.post(editor, data={**CONG_VAN, "csrf_token": csrf})
    preview = client.get(f"{editor}/xem-truoc", headers={"hx-request": "true"})
    address = re.search(r'src="(/trang/[^"]+)"', preview.text).group(1)
    first, again = client.get(address), client.get(address)
    assert first.content[:4] == b"\x89PNG" and again.content == first.content
    assert drawn == [[1]]
    assert "immutable" in first.headers["cache-control"]
    tag = first.headers["etag"]
    kept = client.get(address, headers={"if-none-match": tag})
    assert kept.status_code == 304 and not kept.content
    assert client.get(address, headers={"if-none-match": '"other"'}).content == first.content
    assert client.get(address.replace(".png", "9.png")).status_code == 404


@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
def test_the_drafts_list_reads_no_drafts_data(tmp_path, monkeypatch, kind):
    """A list of drafts gives each one's summary, type and time; no draft's data is parsed."""
    import contextlib

    from register_support import pg_schema

    from ntm_docgen.desk import state as desk_state

    with contextlib.ExitStack() as stack:
        url = f"sqlite:///{tmp_path / 'desk.sqlite3'}" if kind == "sqlite" \
            else stack.enter_context(pg_schema())
        state = desk_state.State(url)
        stack.callback(state.close)
        state.new_draft("lan", {"loai": "HD", "trich_yeu": "Hướng dẫn tổng kết",
                                "noi_dung": "Dài.\n" * 2000})
        state.new_draft("lan", {"trich_yeu": "Chưa chọn loại"})
        state.new_draft("hoa", {"loai": "KH", "trich_yeu": "Của người khác"})

        def unread(row):  # type: ignore[no-untyped-def]
            raise AssertionError("a draft's data was read for a list")

        monkeypatch.setattr(desk_state, "_draft", unread)
        assert [(d.title, d.loai) for d in state.drafts("lan")] == [
            ("Chưa chọn loại", ""), ("Hướng dẫn tổng kết", "HD")]
        assert len(state.drafts()) == 3


def test_the_compose_page_lists_drafts_with_their_type_without_reading_them(client, csrf,
                                                                             monkeypatch):
    from ntm_docgen.desk import state as desk_state

    editor = new_draft(client, csrf, "KH")
    assert client.post(editor, data={**CONG_VAN, "loai": "KH", "csrf_token": csrf},
                       follow_redirects=False).status_code == 303
    monkeypatch.setattr(desk_state, "_draft", lambda row: pytest.fail("a draft was read"))
    page = client.get("/soan")
    assert page.status_code == 200
    row = re.search(r'<tr><td[^>]*><a href="/soan/[^"]+">([^<]*)</a></td><td>([^<]*)</td>',
                    page.text)
    assert row is not None and row.groups() == (CONG_VAN["trich_yeu"], "KH")


@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
def test_a_draft_holding_a_nul_is_kept_and_listed(tmp_path, kind):
    """A letter opened from a text file may carry a NUL, which PostgreSQL keeps in neither text
    nor jsonb: the draft is kept without it, saved again, and listed with its type."""
    import contextlib

    from register_support import pg_schema

    from ntm_docgen.desk import state as desk_state

    with contextlib.ExitStack() as stack:
        url = f"sqlite:///{tmp_path / 'desk.sqlite3'}" if kind == "sqlite" \
            else stack.enter_context(pg_schema())
        state = desk_state.State(url)
        stack.callback(state.close)
        kept = state.new_draft("lan", {"loai": "CV", "trich_yeu": "tổng kết\x00 phong trào"})
        state.new_draft("lan", {"loai": "KH", "trich_yeu": "Kế hoạch"})
        assert sorted(d.loai for d in state.drafts("lan")) == ["CV", "KH"]
        state.save_draft(kept.id, {"loai": "CV", "trich_yeu": "tổng kết", "noi_dung": "Sở\x00"})
        again = state.draft(kept.id)
        assert again is not None and again.data["noi_dung"] == "Sở"
        assert state.save_profile("lan", {"ten_goi": "xã\x00"})
