"""A PDF a TRÍCH SAO reads is read once by its name and bytes, wherever it was saved: the desk
shows a scan's copy before its number is taken and numbers it from the same file saved again,
and OCR must not read it a second time (desk day 22 #2)."""

from __future__ import annotations

from datetime import date

from ntm_docgen.copies import trich_pdf

READ = (b"docx", ("a warning",), (), True, None, (), ("unsure",),
        ("Kế hoạch", "12/KH-UBND", "x"), 1)


def test_the_same_file_saved_elsewhere_is_not_read_again(tmp_path, monkeypatch):
    calls: list[str] = []

    def relaid(original, today, language):  # type: ignore[no-untyped-def]
        calls.append(str(original))
        return READ

    monkeypatch.setattr(trich_pdf, "_relaid", relaid)
    monkeypatch.setattr(trich_pdf, "_READ", type(trich_pdf._READ)())
    first, second, other = (tmp_path / "a", tmp_path / "b", tmp_path / "c")
    for folder, data in ((first, b"%PDF scan"), (second, b"%PDF scan"), (other, b"%PDF other")):
        folder.mkdir()
        (folder / "ke-hoach-quet.pdf").write_bytes(data)
    today = date(2026, 3, 6)
    seen = trich_pdf.read_again(first / "ke-hoach-quet.pdf", today)
    again = trich_pdf.read_again(second / "ke-hoach-quet.pdf", today)
    assert calls == [str(first / "ke-hoach-quet.pdf")], "read once"
    assert again == seen and again.pages_read == 1 and again.warnings == ["a warning"]
    trich_pdf.read_again(other / "ke-hoach-quet.pdf", today)  # other bytes: read
    (second / "ban-khac.pdf").write_bytes(b"%PDF scan")  # another name: its warnings name it
    trich_pdf.read_again(second / "ban-khac.pdf", today)
    assert len(calls) == 3
