"""Derive from files: the letter from above as a file (a spec, a Word file, a PDF, a scan) and
the profile's file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ntm_docgen.derive.build import derive_letter
from ntm_docgen.derive.job import DeriveResult
from ntm_docgen.derive.profile import load_profile
from ntm_docgen.derive.source import read_letter, with_marks


def derive_file(central: Path, profile_path: Path, form: str, *, ngay: date | None = None,
                so: int | None = None, han: date | None = None, today: date) -> DeriveResult:
    """Read CENTRAL and the profile, and derive the letter; what OCR read of CENTRAL (its
    pages, the words it was unsure of) kept with it, for the desk to mark."""
    profile = load_profile(profile_path)
    source, warnings, marked, scan = read_letter(central)
    result = derive_letter(source, profile, form, ngay=ngay, so=so, han=han, today=today)
    result.warnings[:0] = warnings
    result.spec = with_marks(result.spec, marked)  # the source's bold and italic, kept
    result.ocr_pages, result.unsure = scan
    result.source = source
    return result
