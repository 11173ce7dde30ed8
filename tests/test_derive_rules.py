"""derive's data: the level rules cover every day, phrases rewrite once, citations are kept."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from ntm_docgen.derive.rules import Rewriter, all_level_rules, level_rules, mau, van
from ntm_docgen.vietnamese.donvi import HAI_CAP


@pytest.mark.parametrize("cap", ["tỉnh", "xã"])
def test_tinh_and_xa_have_exactly_one_rule_set_on_every_day(cap):
    day = date(2010, 1, 1)
    while day < date(2031, 1, 1):
        holding = [r for r in all_level_rules() if r.cap == cap and r.holds_on(day)]
        assert len(holding) == 1, day
        day += timedelta(days=30)


@pytest.mark.parametrize(("day", "duoi"), [
    (HAI_CAP - timedelta(days=1), "các huyện, thị xã, thành phố"),
    (HAI_CAP, "các xã, phường"),
], ids=["2025-06-30", "2025-07-01"])
def test_the_switch_is_on_1_july_2025(day, duoi):
    assert level_rules("tỉnh", day)[0].duoi == duoi


def test_huyen_exist_only_before_the_reform():
    assert level_rules("huyện", date(2024, 1, 1))[1] is True
    assert level_rules("huyện", HAI_CAP)[1] is False


def test_every_rule_names_only_known_fields():
    for rules in all_level_rules():
        for phrase, replacement in rules.thay.items():
            assert phrase and replacement.format(duoi="X"), phrase
        for line in rules.kinh_gui:
            assert line.format(duoi="X")


def test_one_pass_no_cascade():
    rewrite = Rewriter({"các tỉnh": "các huyện", "các huyện": "các xã"}, {})
    assert rewrite("các tỉnh và các huyện") == "các huyện và các xã"


@pytest.mark.parametrize(("text", "expected"), [
    ("Các bộ, ngành Trung ương", "Các sở, ngành cấp tỉnh"),
    ("CÁC BỘ, NGÀNH TRUNG ƯƠNG", "CÁC SỞ, NGÀNH CẤP TỈNH"),
    ("theo Quyết định số 1/QĐ-TTg về các bộ, ngành Trung ương; các bộ, ngành Trung ương",
     "theo Quyết định số 1/QĐ-TTg về các bộ, ngành Trung ương; các sở, ngành cấp tỉnh"),
    ("Bo, nganh Trung uong", "Bo, nganh Trung uong"),
], ids=["capital", "all-caps", "citation-kept", "no-diacritics-untouched"])
def test_phrase_variants(text, expected):
    rewrite = Rewriter({"bộ, ngành Trung ương": "sở, ngành cấp tỉnh"}, {})
    assert rewrite(text) == expected


def test_sentence_templates_use_known_fields():
    fields = dict.fromkeys(
        ["trich_dan", "so_hieu_nguon", "loai_nguon", "nguon", "ten_goi", "ten_goi_ngan",
         "nguoi_nhan", "Nguoi_nhan", "viec", "Viec", "thuong_truc", "han", "loai_nay", "dia_ban",
         "tong_hop", "xu_ly", "noi_dung", "theo_de_cuong", "van_ban_nguon", "bao_cao",
         "Bao_cao", "viec_lam", "tren_dia_ban", "cap_tren", "han_tren",
         "len_tren",  # a Sở's reports up (Derivation.reports_up)
         "tai_lieu", "han_gui", "gui_len"], "x")  # a document asked by a day (sendby.ask_sent)
    data = mau()
    for group in ("mo_dau", "to_chuc"):
        for sentence in data[group].values():
            assert sentence.format(**fields)
    cong_van = data["cong_van"]
    for item in cong_van["yeu_cau"]:
        for sentence in [item] if isinstance(item, str) else [v for k, v in item.items()
                                                              if k != "khi"]:
            assert sentence.format(**fields)
    assert cong_van["gui"].format(**fields)
    assert van()["trich_dan"].format(loai="x", so_hieu="x", ngay="x", co_quan="x",
                                     trich_yeu="x")
