"""Every download of the desk is named for what it is, as a văn thư files it: an issued letter
by its number, a copy by its form (and number), a bulk run by its letter and count; so that a
SAO Y and a TRÍCH SAO of one letter, or two runs of one day, are not one name on her computer."""

from __future__ import annotations

import re
from datetime import date
from urllib.parse import unquote

from desk_support import CONG_VAN, csrf_of, new_draft, run_to_the_end
from desk_support import XA as XA_SPEC

from ntm_docgen import api

ROOT = api.profile_path("lang-son").parent.parent.parent
HD_1741 = ROOT / "data" / "examples" / "000-huong-dan-1741-btdkt.yaml"


def _saved_as(answer) -> str:
    assert answer.status_code == 200, answer.text
    said = answer.headers["content-disposition"]
    found = re.search(r"filename\*=UTF-8''([^;]+)", said) or re.search(r'filename="([^"]+)"', said)
    assert found, said
    return unquote(found.group(1))


def test_a_sao_y_and_a_trich_sao_of_one_letter_are_two_files(client, tmp_path):
    original = tmp_path / "Hướng dẫn 1741.docx"
    api.render(api.load_spec(HD_1741), original, today=date(2026, 3, 5))
    form = {"co_quan.ten": "VĂN PHÒNG", "co_quan.viet_tat": "VP", "dia_danh": "Lạng Sơn",
            "ngay": "06/03/2026", "ky.chuc_vu": "CHÁNH VĂN PHÒNG",
            "ky.ho_ten": "Nguyễn Đức Đăng", "noi_nhan": ["Các sở, ban, ngành"], "dang": "docx",
            "csrf_token": csrf_of(client, "/sao")}
    names = []
    for copy in ({"hinh_thuc": "SAO Y"}, {"hinh_thuc": "TRÍCH SAO", "trich": "II",
                                          "cap_so": "1", "xac_nhan": "1"}):
        page = client.post("/sao", data={**form, **copy},
                           files={"tep": (original.name, original.read_bytes())})
        assert page.status_code == 200, page.text
        link = re.search(r'href="(/tai/[0-9a-f]+)"', page.text).group(1)
        names.append(_saved_as(client.get(link)))
    assert names == ["sao-y-Hướng dẫn 1741.docx", "trich-sao-01-TrS-VP-Hướng dẫn 1741.docx"]


def test_an_issued_letter_downloads_under_its_number(client, csrf):
    editor = new_draft(client, csrf)
    client.post(editor, data={**CONG_VAN, "ngay": "05/03/2026", "csrf_token": csrf})
    issued = client.post(f"{editor}/phat-hanh", data={"csrf_token": csrf},
                         follow_redirects=False)
    assert issued.status_code == 303, issued.text
    for kind in ("docx", "pdf"):
        name = _saved_as(client.get(f"{editor}/tai.{kind}"))
        assert name == f"01-SNV-TDKT-V-v-tong-ket-phong-trao-thi-dua.{kind}", name
    register = client.get("/so?nam=2026").text
    line = re.search(r'href="(/so/van-ban/\d+)"', register).group(1)
    assert _saved_as(client.get(line)) == "01-SNV-TDKT-V-v-tong-ket-phong-trao-thi-dua.docx"


def test_a_bulk_runs_downloads_name_its_letter_and_count(client, csrf, tmp_path):
    people = ("kinh_gui,ten,loai_don_vi,ma\nUBND xã Tân Thành,Tân Thành,xã,01\n"
              "UBND xã Hòa Bình,Hòa Bình,xã,02\n")
    answer = client.post("/hang-loat", data={"csrf_token": csrf, "gop": "1"},
                         files={"mau": (XA_SPEC.name, XA_SPEC.read_bytes()),
                                "danh_sach": ("ds.csv", people.encode())},
                         follow_redirects=False)
    assert answer.status_code == 303, answer.text
    run = str(answer.headers["location"])
    run_to_the_end(client, csrf, run)
    assert _saved_as(client.get(f"{run}/tai/thu.zip")) == \
        "CV-Ra-soat-tieu-chi-nong-thon-moi-2-van-ban.zip"
    assert _saved_as(client.get(f"{run}/tai/tat-ca.docx")) == \
        "CV-Ra-soat-tieu-chi-nong-thon-moi-gop-2-van-ban.docx"
    letters = tmp_path / "hang-loat" / run.rstrip("/").rsplit("/", 1)[-1] / "thu"
    sorted(letters.glob("*.docx"))[0].unlink()  # a ZIP is named by the files it holds
    assert _saved_as(client.get(f"{run}/tai/thu.zip")) == \
        "CV-Ra-soat-tieu-chi-nong-thon-moi-1-van-ban.zip"
