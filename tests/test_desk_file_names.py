"""A draft's download name is cut at a word's end, never inside a word."""

from __future__ import annotations

import pytest

from ntm_docgen.desk.drafts import STEM_LENGTH, file_stem

LONG = "Hưởng ứng phong trào thi đua cả nước chung sức xây dựng nông thôn mới"


@pytest.mark.parametrize(("trich_yeu", "stem"), [
    (LONG, "CV-Huong-ung-phong-trao-thi-dua-ca-nuoc-chung-suc-xay-dung"),
    ("Về việc đôn đốc " + "a" * 80, "CV-Ve-viec-don-doc-" + "a" * (STEM_LENGTH - 19)),
    ("Đề nghị đăng ký thi đua", "CV-De-nghi-dang-ky-thi-dua"),
], ids=["cut-before-nong", "one-word-longer-than-the-name", "short-kept-whole"])
def test_the_name_ends_with_a_whole_word(trich_yeu: str, stem: str) -> None:
    assert file_stem({"loai": "CV", "trich_yeu": trich_yeu}) == stem


def test_a_long_summary_is_cut_after_a_whole_word() -> None:
    words = ["Xây", "dựng", "nông", "thôn", "mới", "kiểu", "mẫu", "Đường"]
    for count in range(1, 40):
        stem = file_stem({"loai": "CV", "trich_yeu": " ".join((words * 5)[:count])})
        assert len(stem) <= STEM_LENGTH
        assert stem.rsplit("-", 1)[-1] in {"CV", "Xay", "dung", "nong", "thon", "moi", "kieu",
                                           "mau", "Duong"}, stem
