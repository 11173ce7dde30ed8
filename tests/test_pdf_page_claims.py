"""A PDF whose page tree claims more pages than a limit allows is refused with the limit's own
message, counted before any page is read, by a copy and by derive alike; a damaged PDF is told
in our words, never the PDF library's."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from copy_originals import write_spec
from hostile_files import _page, _pdf, _stream

from ntm_docgen.cli.main import main

ROOT = Path(__file__).resolve().parent.parent
PROFILE = ROOT / "data" / "profiles" / "lang-son-snv-2019.yaml"


def claiming(path: Path, pages: int) -> Path:
    """One page listed ``pages`` times in the page tree: a small file, a huge claim."""
    kids = b" ".join([b"3 0 R"] * pages)
    path.write_bytes(_pdf([b"<< /Type /Catalog /Pages 2 0 R >>",
                           b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, pages), _page(),
                           _stream(b"BT /F1 12 Tf 72 720 Td (Hello) Tj ET")]))
    return path


@pytest.fixture(scope="module")
def many(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return claiming(tmp_path_factory.mktemp("many") / "nhieu-trang.pdf", 200_000)


def test_copy_says_too_many_pages_not_damaged(runner: CliRunner, tmp_path: Path,
                                              many: Path) -> None:
    out = tmp_path / "out.pdf"
    result = runner.invoke(main, ["copy", str(many), "--spec", str(write_spec(tmp_path)),
                                  "-o", str(out)])
    assert result.exit_code == 1, result.output
    assert "is 200,000, over the limit of 5,000" in result.stderr, result.stderr
    assert "NTM_DOCGEN_MAX_PDF_PAGES" in result.stderr
    assert "damaged" not in result.stderr and "Reached" not in result.stderr
    assert not out.exists()


def test_derive_counts_the_pages_before_reading_them(runner: CliRunner, tmp_path: Path,
                                                     many: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    import pdfplumber

    def no_reading(*args: object, **kwargs: object) -> None:
        raise AssertionError("the pages were read before they were counted")

    monkeypatch.setattr(pdfplumber, "open", no_reading)
    out = tmp_path / "out.docx"
    result = runner.invoke(main, ["derive", str(many), "--profile", str(PROFILE),
                                  "--as", "cong-van", "-o", str(out)])
    assert result.exit_code == 1, result.output
    assert "is 200,000, over the limit of 100" in result.stderr, result.stderr
    assert "NTM_DOCGEN_MAX_IMPORT_PAGES" in result.stderr
    assert not out.exists()


def test_import_counts_the_pages_before_reading_them(runner: CliRunner, tmp_path: Path,
                                                     many: Path) -> None:
    """The count is the reader's, so import and derive share it."""
    out = tmp_path / "out.yaml"
    result = runner.invoke(main, ["import", str(many), "-o", str(out)])
    assert result.exit_code == 1, result.output
    assert "is 200,000, over the limit of 100" in result.stderr, result.stderr
    assert not out.exists()
