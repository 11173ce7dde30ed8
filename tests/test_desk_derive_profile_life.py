"""The implementing letter's page offers a profile that may issue a letter of today, tells
each shipped profile's time beside its name, and refuses a profile whose time does not hold
the new letter's date in the page's words (its fields), not the command line's ``--ngay``."""

from __future__ import annotations

import re
from datetime import date

from desk_support import XA_LONG_HAI

from ntm_docgen import api

ROOT = api.profile_path("lang-son").parent.parent.parent
HD_1741 = ROOT / "data" / "examples" / "000-huong-dan-1741-btdkt.yaml"


def _selected(page: str) -> str:
    found = re.search(r'<select id="ho_so".*?</select>', page, re.S)
    assert found
    chosen = re.findall(r'<option value="([^"]*)"(?: disabled)? selected', found[0])
    assert len(chosen) == 1, chosen
    return chosen[0]


def test_the_first_visit_asks_the_clerk_to_choose_her_body(client):
    """No profile chosen for her: the first of the list (Lạng Sơn's) gave a clerk of another
    province who did not change it that province's letter (found by a black-box run)."""
    page = client.get("/thuc-hien").text
    assert _selected(page) == ""
    assert re.search(r'<option value="" disabled selected>— choose your body —</option>', page)


def test_the_next_visit_offers_the_profile_she_last_used(client, csrf):
    answer = client.post("/thuc-hien", data={"csrf_token": csrf, "hinh_thuc": "cong-van",
                                             "ho_so": "quang-ngai", "ngay": "04/12/2026"},
                         files={"tep": (HD_1741.name, HD_1741.read_bytes())},
                         follow_redirects=False)
    assert answer.status_code == 303
    chosen = api.profiles()[_selected(client.get("/thuc-hien").text)]
    assert chosen["ten_goi"] == api.profiles()["quang-ngai"]["ten_goi"]


def test_a_post_without_a_profile_asks_for_one(client, csrf):
    answer = client.post("/thuc-hien", data={"csrf_token": csrf, "hinh_thuc": "cong-van",
                                             "ngay": "04/12/2026"},
                         files={"tep": (HD_1741.name, HD_1741.read_bytes())})
    assert answer.status_code == 422
    assert "if it is not there, save it with “Save your own issuer and signer”" in answer.text


def test_a_profile_of_a_time_gone_says_its_time_in_the_list(client):
    page = client.get("/thuc-hien").text
    assert re.search(r'value="huyen-dak-ha-2024"[^>]*>[^<]*\(letters up to 30/06/2025\)', page)
    assert re.search(r'value="quang-ngai"[^>]*>[^<]*\(letters from 01/07/2025\)', page)


def test_a_date_outside_the_profile_is_told_with_the_page_fields(client, csrf):
    answer = client.post("/thuc-hien", data={"csrf_token": csrf, "hinh_thuc": "cong-van",
                                             "ho_so": "huyen-dak-ha-2024",
                                             "ngay": "04/12/2026"},
                         files={"tep": (HD_1741.name, HD_1741.read_bytes())})
    assert answer.status_code == 422
    error = re.search(r'<div class="error" role="alert">(.*?)</div>', answer.text, re.S)
    assert error
    said = error[1]
    assert "--ngay" not in said and "huyen-dak-ha-2024.yaml" not in said
    assert "letters dated up to 30/06/2025; the new letter is dated 04/12/2026" in said
    assert "“Your body (profile)”" in said and "“Date of the new letter”" in said
    assert "choose the guidance file again" in said


def test_a_shipped_profile_naming_huyen_below_ends_with_them():
    """huyện were abolished on 1 July 2025: a profile whose units below are huyện is offered
    for letters up to then, so the desk does not open on it for a letter of today."""
    for name, profile in api.profiles().items():
        if "huyện" in str(profile.get("don_vi_duoi") or ""):
            assert profile.get("den_ngay") == date(2025, 6, 30), name


def test_a_scan_read_as_a_job_tells_the_date_outside_the_profile_the_same_way(tmp_path):
    from desk_support import csrf_of, desk_client, read_to_the_end, scanned_letter

    (tmp_path / "scan").mkdir()
    scan = scanned_letter(tmp_path / "scan")
    with desk_client(tmp_path / "desk") as client:
        csrf = csrf_of(client)
        answer = client.post("/thuc-hien", data={"csrf_token": csrf, "hinh_thuc": "cong-van",
                                                 "ho_so": "huyen-dak-ha-2024",
                                                 "ngay": "04/12/2026"},
                             files={"tep": (scan.name, scan.read_bytes())},
                             follow_redirects=False)
        failed = read_to_the_end(client, answer)
    assert failed.status_code == 422
    assert "letters dated up to 30/06/2025; the new letter is dated 04/12/2026" in failed.text
    assert "--ngay" not in failed.text and "“Date of the new letter”" in failed.text


def test_a_clerk_with_her_own_issuer_finds_it_chosen(client, csrf):
    """Her own issuer is hers (a new letter starts with it too): the page chooses it, where
    it asked her to choose among the examples shipped, hers in a group below them."""
    saved = client.post("/ho-so/moi", data={**XA_LONG_HAI, "csrf_token": csrf},
                        follow_redirects=False)
    assert saved.status_code == 303, saved.text
    listing = client.get(saved.headers["location"]).text
    own = re.search(r'href="/ho-so/([0-9a-f-]{36})"', listing).group(1)
    assert _selected(client.get("/thuc-hien").text) == f"rieng:{own}"
