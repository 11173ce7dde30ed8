"""The heading splitter: each type name of Phụ lục III with words after it, names outside it."""

from __future__ import annotations

import pytest

from ntm_docgen.files.resources import load_data
from ntm_docgen.vietnamese.loai import all_loai, split_heading
from ntm_docgen.vietnamese.text import upper_vi


@pytest.mark.parametrize("loai", all_loai(), ids=lambda lo: lo.code)
def test_every_type_with_words_after_it(loai) -> None:
    heading = split_heading(f"{upper_vi(loai.ten)} VỀ VIỆC TỔ CHỨC HỘI NGHỊ")
    assert heading is not None and heading.loai == loai
    assert heading.words == "VỀ VIỆC TỔ CHỨC HỘI NGHỊ"
    alone = split_heading(upper_vi(loai.ten))
    assert alone is not None and alone.loai == loai and alone.words == ""


@pytest.mark.parametrize("row", load_data("loai.yaml")["ngoai_bang"], ids=lambda r: r["ten"])
def test_names_outside_the_table_are_no_type_of_it(row) -> None:
    heading = split_heading(f"{upper_vi(row['ten'])} SỐ 1")
    assert heading is not None and heading.loai is None and heading.nhom == row["nhom"]
    assert heading.ten == row["ten"] and heading.words == "SỐ 1"


@pytest.mark.parametrize(("text", "ten", "words"), [
    ("GIẤY MỜI HỌP", "Giấy mời", "họp"),
    ("GIẤY PHÉP SỬ DỤNG TÀI NGUYÊN NƯỚC", "Giấy phép", "sử dụng tài nguyên nước"),
    ("THÔNG TƯ LIÊN TỊCH", "Thông tư liên tịch", ""),
    ("Thông báo treo cờ Tổ quốc", "Thông báo", "treo cờ Tổ quốc"),
    ("BAN GHI NHO HOP TAC", "Bản ghi nhớ", "hop tac"),
    ("Kế hoạch: tổ chức Ngày hội", "Kế hoạch", "tổ chức Ngày hội"),
    ("NGHỊ ĐỊNH", "Nghị định", ""),
    ("ĐƠN KIẾN NGHỊ VỀ VIỆC", "Đơn kiến nghị", "về việc"),
], ids=["giay-moi-hop", "giay-phep", "tt-lien-tich", "sentence-case", "ocr-no-marks",
        "colon", "nghi-dinh", "don"])
def test_headings(text: str, ten: str, words: str) -> None:
    heading = split_heading(text)
    assert heading is not None and (heading.ten, heading.words_lower) == (ten, words)


@pytest.mark.parametrize("text", ["ĐÔN ĐỐC THỰC HIỆN", "ĐƠN VỊ TÍNH", "GIẤY", "I. MỤC ĐÍCH", "",
                                  "QUY"],
                         ids=["don-doc", "don-vi", "giay", "heading", "empty", "quy"])
def test_no_type_name(text: str) -> None:
    assert split_heading(text) is None
