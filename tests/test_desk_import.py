"""A letter received as Word, PDF or plain text opens on the desk as a new draft, as
``ntm-docgen import`` reads it: every field it could read in the form, what it could not read
listed at the top of the editor; a file with nothing letter-like is refused with one message."""

from __future__ import annotations

import re
from datetime import date

import pytest
import yaml
from desk_support import csrf_of, desk_client

from ntm_docgen import api

ROOT = api.profile_path("lang-son").parent.parent.parent
HD_1741 = ROOT / "data" / "examples" / "000-huong-dan-1741-btdkt.yaml"


def test_a_word_letter_opens_as_a_draft_with_its_fields(client, csrf, tmp_path):
    letter = tmp_path / "huong-dan.docx"
    spec = yaml.safe_load(HD_1741.read_text(encoding="utf-8"))
    api.render(api.load_spec(HD_1741), letter, today=date(2026, 3, 5))
    answer = client.post("/soan/mo", data={"csrf_token": csrf},
                         files={"tep": (letter.name, letter.read_bytes())},
                         follow_redirects=False)
    assert answer.status_code == 303, answer.text
    editor = client.get(answer.headers["location"]).text
    assert re.search(r'<option value="HD" selected', editor), "the type read from the letter"
    assert spec["ky"]["ho_ten"] in editor
    assert spec["trich_yeu"].split()[0] in editor


def opened_half_read(client, csrf: str) -> str:
    """The editor of a letter opened from a text file the reader reads only in part."""
    text = ("ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\nSố:     /UBND-KT\nV/v tổng kết phong trào thi đua\n"
            "Kính gửi: Các sở, ban, ngành\nĐề nghị các đơn vị báo cáo kết quả.\n")
    answer = client.post("/soan/mo", data={"csrf_token": csrf},
                         files={"tep": ("cong-van.txt", text.encode())}, follow_redirects=False)
    assert answer.status_code == 303, answer.text
    return str(client.get(answer.headers["location"]).text)


def test_what_the_reader_could_not_read_is_listed_in_the_editor(client, csrf):
    assert '<div class="notice">' in opened_half_read(client, csrf)


def test_a_file_with_nothing_letter_like_is_refused_with_its_name(tmp_path):
    text = tmp_path / "ghi-chu.txt"
    text.write_text("Mua rau, mua cá.\n", encoding="utf-8")
    with desk_client(tmp_path, lang="vi") as c:
        answer = c.post("/soan/mo", data={"csrf_token": csrf_of(c)},
                        files={"tep": (text.name, text.read_bytes())})
    assert answer.status_code == 400
    assert "ghi-chu.txt: " in answer.text
    assert str(tmp_path) not in answer.text


def test_what_could_not_be_read_stays_as_the_clerk_types(client, csrf):
    """The list stands beside the form, not in the panel each autosave replaces: the lines to
    add by hand stay on the page while the clerk adds them."""
    from lxml import html

    page = html.fromstring(opened_half_read(client, csrf))
    assert page.xpath("//div[@class='notice']")
    swapped = page.xpath("//form[@id='letter']")[0].get("hx-target")
    assert not page.xpath(f"//*[@id='{swapped.lstrip('#')}']//div[@class='notice']")


#: A letter whose reader warns about a field (Địa danh), and about marks after its closing
#: ./. that belong to no field.
MARKED = ("ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\nSố: 12/UBND-KT\nV/v tổng kết phong trào thi đua\n"
          "Kính gửi: Các sở, ban, ngành\nĐề nghị các đơn vị báo cáo kết quả./. ~~ \\\n"
          "CHỦ TỊCH\nNguyễn Văn An\n")


@pytest.mark.parametrize(("lang", "field", "marks"), [
    ("vi", "Địa danh: không đọc được địa danh", "Những nét sau câu cuối của văn bản"),
    ("en", "Place: the place could not be read", "Marks after the letter's last sentence"),
], ids=["vi", "en"])
def test_what_could_not_be_read_is_told_in_sentences_naming_the_file(tmp_path, lang, field,
                                                                       marks):
    """Each note names the file it is about, as the command line names the letter a derived
    one was read from, and reads as a sentence: a capital first, a full stop last."""
    from lxml import html

    with desk_client(tmp_path, lang=lang) as c:
        answer = c.post("/soan/mo", data={"csrf_token": csrf_of(c)},
                        files={"tep": ("Công văn 12.txt", MARKED.encode())},
                        follow_redirects=False)
        assert answer.status_code == 303, answer.text
        page = html.fromstring(c.get(answer.headers["location"]).text)
    notes = [n.text_content() for n in page.xpath("//div[@class='notice']")]
    assert f"Công văn 12.txt: {field}; " in "\n".join(notes)
    assert any(n.startswith(f"Công văn 12.txt: {marks} ") for n in notes), notes
    assert all(n.startswith("Công văn 12.txt: ") and n.endswith(".") for n in notes), notes
