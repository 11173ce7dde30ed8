"""Sao văn bản on the desk refuses a copy of a copy as the command line does (contract10
findings 1 and 2: a SAO Y of a SAO Y stacked a second block there too), in the form's words,
and reads a scanned paper SAO Y by OCR for its SAO LỤC as a scan job (finding 11)."""

from __future__ import annotations

from datetime import date

from desk_support import csrf_of, read_to_the_end
from lxml import html
from test_copy_chain import KH
from test_copy_scan_chain import scanned

from ntm_docgen import api

FORM = {"co_quan.ten": "VĂN PHÒNG", "co_quan.viet_tat": "VP", "dia_danh": "Lạng Sơn",
        "ngay": "06/03/2026", "ky.chuc_vu": "CHÁNH VĂN PHÒNG", "ky.ho_ten": "Nguyễn Đức Đăng",
        "noi_nhan": ["Các sở, ban, ngành"]}


def sao_y_of(tmp_path, kind: str):
    original = tmp_path / f"ke-hoach.{kind}"
    if kind == "docx":
        api.render(api.parse_spec(KH), original, today=date(2026, 3, 5))
    else:
        from test_copy_chain import pdf_letter

        pdf_letter(original)
    ban_sao = api.parse_copy_spec({**{k: v for k, v in FORM.items() if "." not in k},
                                   "hinh_thuc": "SAO Y", "so": 12, "ngay": "2026-03-06",
                                   "co_quan": {"ten": "VĂN PHÒNG", "viet_tat": "VP"},
                                   "ky": {"chuc_vu": "CHÁNH VĂN PHÒNG",
                                          "ho_ten": "Nguyễn Đức Đăng"}})
    out = tmp_path / f"sao-y.{kind}"
    api.copy_document(original, ban_sao, out, today=date(2026, 3, 6))
    return out


def test_a_sao_y_of_a_sao_y_is_refused_in_the_form_s_words(client, csrf, tmp_path):
    sao_y = sao_y_of(tmp_path, "docx")
    answer = client.post("/sao", data={"csrf_token": csrf, "hinh_thuc": "SAO Y", **FORM},
                         files={"tep": (sao_y.name, sao_y.read_bytes())})
    assert answer.status_code == 422
    error = " ".join(html.fromstring(answer.text).xpath("//div[@class='error']")[0]
                     .text_content().split())
    assert ("sao-y.docx: is already a sao y: it carries a SAO Y block “Số: 12/SY-VP”, and a SAO "
            "Y copies only the original (bản gốc or bản chính); a copy of a sao y is a SAO LỤC: "
            "choose SAO LỤC as the form of copy") in error
    assert "hinh_thuc" not in error


def test_a_scanned_sao_y_is_read_as_a_job_and_made_a_sao_luc(tmp_path):
    from desk_support import desk_client

    scan = scanned(sao_y_of(tmp_path, "pdf"), tmp_path / "sao y quet.pdf")
    with desk_client(tmp_path / "desk", lang="en", ocr_jobs=1) as desk:
        answer = desk.post("/sao", data={"csrf_token": csrf_of(desk, "/sao"),
                                         "hinh_thuc": "SAO LỤC", **FORM},
                           files={"tep": (scan.name, scan.read_bytes())},
                           follow_redirects=False)
        assert answer.headers["location"].startswith("/doc/"), "read by OCR as a job"
        landed = read_to_the_end(desk, answer)
        assert landed.headers["location"].startswith("/sao/ket-qua/"), landed.text
        form = desk.get(landed.headers["location"]).text
        assert 'href="/tai/' in form
