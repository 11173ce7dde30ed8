"""derive says, as ``render`` and the desk do, that the profile's signer is still the forms'
sample name ("Nguyễn Văn A", in the bundled commune profile of Lào Cai): a văn thư's review of
real derived letters (finding 6)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ntm_docgen.derive import derive_file

DATA = Path(__file__).resolve().parent / "data" / "derive"
SOURCE = DATA / "real_pdf" / "cv_2026_laocai_7432.txt"
DAY = date(2026, 12, 7)


def test_derive_warns_of_the_sample_signer() -> None:
    profile = DATA / "xa-bao-thang-lao-cai-2026.yaml"
    derived = derive_file(SOURCE, profile, "cong-van", today=DAY, ngay=DAY)
    assert derived.spec["ky"]["ho_ten"] == "Nguyễn Văn A"
    told = [w for w in derived.warnings if "is a sample name" in w]
    assert told == [f'{profile}: ky.ho_ten: "Nguyễn Văn A" is a sample name (a given name of one '
                    "letter, as the decree's forms write it), not the signer's name: put the "
                    "name of who signs before the letter is numbered and sent"]


def test_a_real_signer_is_not_warned_of() -> None:
    derived = derive_file(SOURCE, DATA / "so-xay-dung-lao-cai-2026.yaml", "cong-van",
                          today=date(2026, 8, 5), ngay=date(2026, 8, 5))
    assert not any("sample name" in w for w in derived.warnings)
