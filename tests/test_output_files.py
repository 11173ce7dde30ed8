"""A letter and its PDF are written whole or not at all: a name taken by another file while
they were written puts neither in place."""

from __future__ import annotations

from pathlib import Path

import pytest

from ntm_docgen.errors import OutputExistsError
from ntm_docgen.files import output


def test_a_name_taken_while_writing_puts_no_file_in_place(tmp_path: Path, monkeypatch) -> None:
    letter, pdf = tmp_path / "cv.docx", tmp_path / "cv.pdf"
    opened = output._open_new

    def open_new(target: Path):  # type: ignore[no-untyped-def]
        if target == pdf:  # the letter's own name is taken meanwhile (another program)
            letter.write_bytes(b"other")
        return opened(target)

    monkeypatch.setattr(output, "_open_new", open_new)
    with pytest.raises(OutputExistsError):
        output.write_files([(letter, b"letter"), (pdf, b"pdf")])
    assert letter.read_bytes() == b"other" and not pdf.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cv.docx"]  # no temporary left


def test_both_are_written(tmp_path: Path) -> None:
    letter, pdf = tmp_path / "cv.docx", tmp_path / "cv.pdf"
    assert output.write_files([(letter, b"letter"), (pdf, b"pdf")]) == [letter, pdf]
    assert letter.read_bytes() == b"letter" and pdf.read_bytes() == b"pdf"
    letter.write_bytes(b"old")
    output.write_files([(letter, b"new"), (pdf, b"pdf2")], force=True)
    assert letter.read_bytes() == b"new" and pdf.read_bytes() == b"pdf2"
