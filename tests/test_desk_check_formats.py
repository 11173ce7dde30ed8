"""The desk's check page takes what ``ntm-docgen check`` takes: a Word 97 .doc, an .rtf or an
.odt is checked as the .docx LibreOffice makes of it, its fixed copy a .docx named after the
clerk's file, and a file that cannot be read so is refused in the command's own words."""

from __future__ import annotations

import html
import re
from pathlib import Path
from urllib.parse import unquote

import docx
import pytest
from desk_browser import browser, desk_server, shot
from desk_support import csrf_of, desk_client
from test_import_office_formats import BAD, letters, saved_as  # noqa: F401 (a fixture)

from ntm_docgen import api
from ntm_docgen.cli.main import main


def _narrow(letters: dict[str, Path], folder: Path, suffix: str) -> Path:  # noqa: F811
    """The Hướng dẫn 1741 with a 20 mm left margin (the decree: 30-35 mm), saved as ``suffix``."""
    document = docx.Document(str(letters[".docx"]))
    document.sections[0].left_margin = docx.shared.Mm(20)
    document.save(str(folder / "le-hep.docx"))
    return saved_as(folder / "le-hep.docx", suffix)


@pytest.mark.parametrize("suffix", [".doc", ".rtf", ".odt"])
def test_a_word_97_rtf_or_odt_letter_is_checked_and_fixed_as_a_docx(letters, tmp_path,  # noqa: F811
                                                                   suffix: str) -> None:
    letter = _narrow(letters, tmp_path, suffix)
    with desk_client(tmp_path) as client:
        answer = client.post("/kiem-tra", data={"csrf_token": csrf_of(client)},
                             files={"tep": (f"Lề hẹp{suffix}", letter.read_bytes())})
        assert answer.status_code == 200, answer.text
        assert f"1 departure from the layout rules in Lề hẹp{suffix}." in answer.text
        assert "the left margin of section 1 is 20 mm; set it to 30–35 mm" in answer.text
        assert (f"Lề hẹp{suffix} was checked as the .docx LibreOffice makes of it"
                in html.unescape(answer.text))
        assert re.search(r'<img[^>]+src="/trang/', answer.text)  # its pages, drawn
        fixed = client.get(re.search(r'href="(/tai/[0-9a-f]+)"', answer.text).group(1))
    assert fixed.status_code == 200
    assert unquote(fixed.headers["content-disposition"]).endswith("Lề hẹp-da-sua.docx")
    path = tmp_path / "da-sua.docx"
    path.write_bytes(fixed.content)
    assert round(docx.Document(str(path)).sections[0].left_margin.mm) in range(30, 36)
    assert api.check_file(path) == []


def test_the_page_says_which_kinds_it_takes(tmp_path) -> None:
    with desk_client(tmp_path, lang="vi") as client:
        page = client.get("/kiem-tra").text
    assert 'accept=".docx,.doc,.rtf,.odt"' in page
    assert "Văn bản Word (.docx, .doc, .rtf hoặc .odt)" in page


#: The files of BAD the check page meets, with words of the Vietnamese message: misnamed,
#: protected, unopenable (a PDF under a .doc name is told in the page's own words, below).
_WORDS = {"docx-named-doc": "là tệp .docx",
          "password-protected-doc": "mật khẩu", "password-protected-odt": "mật khẩu",
          "damaged-rtf": "LibreOffice không mở được"}
REFUSED = [(name, make, _WORDS[name]) for name, make, _words in BAD if name in _WORDS]


@pytest.mark.parametrize(("name", "make", "words"), REFUSED, ids=[b[0] for b in REFUSED])
def test_a_file_that_cannot_be_read_is_refused_in_the_commands_words(
        runner, letters, tmp_path, name, make, words) -> None:  # noqa: F811
    suffix = "." + name.rsplit("-", 1)[-1]
    bad = tmp_path / f"công văn{suffix}"
    bad.write_bytes(make(letters, tmp_path))
    said = runner.invoke(main, ["--lang", "vi", "check", str(bad)])
    assert said.exit_code == 1
    message = said.stderr.strip().splitlines()[-1].removeprefix("Lỗi: ").replace(
        f"{tmp_path}/", "")
    assert message.startswith(bad.name) and words in message
    with desk_client(tmp_path, lang="vi") as client:
        answer = client.post("/kiem-tra", data={"csrf_token": csrf_of(client)},
                             files={"tep": (bad.name, bad.read_bytes())})
    assert answer.status_code == 422
    assert message in html.unescape(answer.text)
    assert str(tmp_path) not in answer.text and "/tai/" not in answer.text


def test_a_pdf_is_refused_in_the_pages_words_not_the_commands(
        letters, tmp_path) -> None:  # noqa: F811
    make = next(make for name, make, _words in BAD if name == "pdf-named-doc")
    with desk_client(tmp_path, lang="vi") as client:
        answer = client.post("/kiem-tra", data={"csrf_token": csrf_of(client)},
                             files={"tep": ("công văn.doc", make(letters, tmp_path))})
    assert answer.status_code == 422
    said = html.unescape(answer.text)
    assert "công văn.doc là tệp PDF; trang này kiểm tra văn bản Word" in said
    assert "lệnh check" not in said and str(tmp_path) not in said


def test_a_file_over_the_office_limit_is_refused_in_the_commands_words(
        runner, letters, tmp_path, monkeypatch) -> None:  # noqa: F811
    monkeypatch.setenv("NTM_DOCGEN_MAX_OFFICE_BYTES", "1000")
    said = runner.invoke(main, ["--lang", "vi", "check", str(letters[".doc"])])
    message = said.stderr.strip().splitlines()[-1].removeprefix("Lỗi: ").replace(
        f"{letters['.doc'].parent}/", "")
    assert said.exit_code == 1 and "NTM_DOCGEN_MAX_OFFICE_BYTES" in message
    with desk_client(tmp_path, lang="vi") as client:
        answer = client.post("/kiem-tra", data={"csrf_token": csrf_of(client)},
                             files={"tep": ("huong-dan.doc", letters[".doc"].read_bytes())})
    assert answer.status_code == 422
    # the same refusal; its advice for the one who can raise the limit, on the desk the
    # administrator (the clerk sets no environment variable)
    assert message.split(";")[0] in html.unescape(answer.text)
    assert "đề nghị quản trị nâng giới hạn (NTM_DOCGEN_MAX_OFFICE_BYTES)" in answer.text


def test_a_clerk_checks_her_doc_in_the_browser_and_downloads_the_fixed_docx(
        letters, tmp_path) -> None:  # noqa: F811
    letter = _narrow(letters, tmp_path, ".doc")
    with desk_server(tmp_path) as address, browser() as page:
        page.goto(address + "kiem-tra")
        assert page.get_by_label("Văn bản Word (.docx, .doc, .rtf hoặc .odt)").count() == 1
        page.locator("#tep").set_input_files(str(letter))
        page.get_by_role("button", name="Kiểm tra", exact=True).click()
        page.get_by_text("1 điểm sai thể thức trong le-hep.doc.").wait_for()
        page.get_by_text("le-hep.doc được kiểm tra qua tệp .docx do LibreOffice chuyển đổi",
                         exact=False).wait_for()
        page.locator(".side img").first.wait_for()
        assert page.locator(".side img").first.evaluate("img => img.complete "
                                                        "&& img.naturalWidth > 500")
        shot(page, "9-kiem-tra-doc")
        with page.expect_download() as info:
            page.get_by_role("link", name="Tải bản đã sửa").click()
        assert info.value.suggested_filename == "le-hep-da-sua.docx"
        fixed = tmp_path / "da-sua.docx"
        info.value.save_as(fixed)
    assert api.check_file(fixed) == []


def test_a_pdf_chosen_as_such_is_told_what_to_choose_instead(tmp_path) -> None:
    """A signed PDF, as letters arrive, chosen on the check page: the page says what to choose
    instead (the Word file it was made from), not only that it takes other kinds."""
    with desk_client(tmp_path, lang="vi") as client:
        answer = client.post("/kiem-tra", data={"csrf_token": csrf_of(client)},
                             files={"tep": ("QĐ 150.pdf", b"%PDF-1.7\n%signed\n")})
    assert answer.status_code == 422
    said = html.unescape(answer.text)
    assert "QĐ 150.pdf là tệp PDF; trang này kiểm tra văn bản Word" in said
    assert "hãy chọn tệp Word đã dùng để tạo PDF" in said and "không nhận .pdf" not in said
