"""The Vietnamese catalog speaks as a văn thư does (docs/glossary.md): the office's saved details
are “thông tin cơ quan”, never “hồ sơ” (to a clerk a hồ sơ is a dossier, as in “lưu hồ sơ”); a
scan is read by “nhận dạng chữ trên bản quét”, never “OCR”; a spec is a “tệp nội dung văn bản”
and its keys “mục”, never “tệp mô tả” and “khóa” (desk day 22 #1); and no programmer's word
(stderr, stdout, mã thoát) nor an English sentence left from a merge stands in a msgstr."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

PO = (Path(__file__).resolve().parent.parent / "ntm_docgen" / "locale" / "vi" / "LC_MESSAGES"
      / "ntm_docgen.po")

#: “hồ sơ” where it means a dossier, the only sense a clerk gives it.
DOSSIER = ("lưu hồ sơ", "hồ sơ công việc", "hồ sơ lưu trữ", "lập hồ sơ", "hồ sơ văn bản")
#: Words a văn thư of a xã would stop at (as a pattern: the package tesseract-ocr she may be told
#: to install is typed as it is), each with the word to say instead.
FORBIDDEN = {
    r"\bOCR\b": "say “nhận dạng chữ trên bản quét” or “đọc từ bản quét”",
    r"(?i)\bstd(err|out)\b": "say “in ra màn hình”",
    r"(?i)mã thoát": "say “mã kết thúc”",
    r"DD/MM|YYYY": "say “ngày/tháng/năm”, with an example (05/01/2026)",
    r"(?i)tệp mô tả": "say “tệp nội dung văn bản” (a copy's: “tệp nội dung bản sao”; on the "
                      "desk, the file “Tải tệp bản nháp” gives: “tệp bản nháp”)",
}
#: “khóa” in the senses an office gives it: a file locked against changes, a certificate's key.
LOCKS = ("kèm khóa", "đã khóa", "không khóa")


def vietnamese() -> list[tuple[str, str]]:
    """(msgid, msgstr) for every translated form of every message."""
    with PO.open("rb") as handle:
        catalog = read_po(handle, locale="vi")
    pairs = []
    for message in catalog:
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        pairs.extend((ids[0], text) for text in strings)
    return pairs


def profile_uses(text: str) -> list[str]:
    """Each “hồ sơ” of a msgstr that is no dossier, with the words around it."""
    found = []
    for match in re.finditer(r"hồ sơ", text, re.IGNORECASE):
        around = text[max(0, match.start() - 20):match.end() + 20].lower()
        if not any(use in around for use in DOSSIER):
            found.append(around)
    return found


@pytest.mark.parametrize(("text", "uses"), [
    ("hãy thêm đơn vị soạn thảo vào hồ sơ (don_vi: TH)", 1),
    ("Hồ sơ đã chọn không dùng được", 1),
    ("Đơn vị, người lưu hồ sơ.", 0),
    ("thông tin cơ quan có sẵn", 0),
], ids=["profile", "profile-capital", "dossier", "clean"])
def test_the_check_tells_a_profile_from_a_dossier(text: str, uses: int) -> None:
    assert len(profile_uses(text)) == uses


def test_no_msgstr_calls_the_office_s_details_a_hồ_sơ() -> None:
    found = {msgid: uses for msgid, text in vietnamese() if (uses := profile_uses(text))}
    assert not found, found


@pytest.mark.parametrize("word", list(FORBIDDEN),
                         ids=["OCR", "stderr-stdout", "ma-thoat", "date-codes", "tep-mo-ta"])
def test_no_msgstr_says_a_programmer_s_word(word: str) -> None:
    said = [msgid for msgid, text in vietnamese() if re.search(word, text)]
    assert not said, f"{word}: {FORBIDDEN[word]} in {said}"


def test_no_msgstr_holds_another_message_s_english() -> None:
    """A merge once glued an English msgid onto the msgstr before it (“… trước khi ký bản SAO
    LỤC{name}: the top right of page 1 is taken …”): the clerk read English mid-sentence."""
    pairs = vietnamese()
    english = {msgid for msgid, _text in pairs if len(msgid) >= 40}
    glued = [msgid for msgid, text in pairs
             if any(other in text for other in english if other != msgid)]
    assert not glued, glued


def keys_said(text: str) -> list[str]:
    """Each “khóa” of a msgstr that is no lock nor a certificate's key: a spec's key, which a
    clerk calls a “mục” (“mục Số (so)”), its name a “tên mục”."""
    found = []
    for match in re.finditer(r"khóa", text, re.IGNORECASE):
        around = text[max(0, match.start() - 10):match.end() + 10].lower()
        if not any(lock in around for lock in LOCKS):
            found.append(around)
    return found


@pytest.mark.parametrize(("text", "said"), [
    ("“foo” là khóa mà văn bản không có", 1),
    ("thiếu dấu hai chấm sau tên khóa", 1),
    ("chứng thư số PKCS#12 kèm khóa", 0),
    ("người tạo tệp đã khóa không cho sửa; hãy xin bản không khóa", 0),
    ("“foo” là tên mục mà văn bản không có", 0),
], ids=["key", "key-name", "certificate", "locked", "clean"])
def test_the_check_tells_a_key_from_a_lock(text: str, said: int) -> None:
    assert len(keys_said(text)) == said


def test_no_msgstr_calls_a_spec_s_field_a_khóa() -> None:
    found = {msgid: said for msgid, text in vietnamese() if (said := keys_said(text))}
    assert not found, found
