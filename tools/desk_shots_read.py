"""The desk's pages of a file read, for tools/desk_screenshots.py: a scan read as a job, a
draft derived beside its guidance and the letter once issued, a TRÍCH SAO of a scan with what OCR
left to check, and one to number, shown before its number is taken."""

from __future__ import annotations

from pathlib import Path

from desk_browser import ask_for_an_extract, browser, desk_server


def save(page, out: Path, name: str, full: bool = False) -> None:  # type: ignore[no-untyped-def]
    page.screenshot(path=str(out / f"{name}.png"), full_page=full)
    print(out / f"{name}.png")


def guidance_beside(page, out: Path) -> None:  # type: ignore[no-untyped-def]
    """A plan just derived: the guidance read beside its pages."""
    page.locator("#preview img").first.wait_for()
    page.locator("#guidance").wait_for()
    page.wait_for_timeout(1000)
    save(page, out, "thuc-hien-ban-nhap")


def issued_beside(page, out: Path) -> None:  # type: ignore[no-untyped-def]
    """The plan issued from the question Phát hành asked: its page, read-only, with the
    guidance it was derived from beside it."""
    editor = page.url.split("/phat-hanh")[0]
    page.locator("form.confirm button.primary").click()
    page.wait_for_url("**/so?**")
    page.goto(editor)
    page.locator("#issued").wait_for()
    page.locator("#guidance").wait_for()
    page.locator("#preview img").first.wait_for()
    page.wait_for_timeout(1000)
    save(page, out, "thuc-hien-da-phat-hanh")


def copy_of_a_scan(out: Path, work: Path, size: tuple[int, int]) -> None:
    """Part II of a scanned plan kept as a TRÍCH SAO: what OCR left to check, open."""
    from desk_support import scanned_plan

    (work / "trich").mkdir()
    scan = scanned_plan(work / "trich", scanned=True)
    with desk_server(work / "trich-ban") as address, browser(size) as page:
        ask_for_an_extract(page, address, scan)
        page.locator("#read-by-ocr").wait_for(timeout=600_000)
        page.locator(".side img").first.wait_for()
        page.wait_for_timeout(1000)
        save(page, out, "sao-trich-ban-quet")
        ask_for_an_extract(page, address, scan, numbered=True)  # to number: read first
        page.locator("#copy-to-confirm").wait_for(timeout=600_000)
        page.locator(".side img").first.wait_for()
        page.wait_for_timeout(1000)
        save(page, out, "sao-trich-quet-cho-lay-so")


def scans(out: Path, work: Path, size: tuple[int, int]) -> None:
    """A scan read as a job: its page, a second one waiting behind it and cancelled, and a
    third that lands on its draft once the first is read."""
    from desk_support import scanned_letter

    folder = work / "quet"
    (folder / "mot").mkdir(parents=True)
    (folder / "ba").mkdir()
    first = scanned_letter(folder / "ba", pages=3)
    one = scanned_letter(folder / "mot")
    second, third = folder / "to trinh quet.pdf", folder / "cong van 512.pdf"
    second.write_bytes(one.read_bytes())
    third.write_bytes(one.read_bytes())
    with desk_server(work / "doc", env={"NTM_DOCGEN_DESK_OCR_JOBS": "1"}) as address, \
            browser(size) as page:
        for n, scan in enumerate((first, second, third)):
            page.goto(address + "soan")
            page.locator("#mo_tep").set_input_files(str(scan))
            page.get_by_role("button", name="Mở", exact=True).click()
            page.wait_for_url("**/doc/*")
            if n == 0:
                page.get_by_text("Đang đọc trang").wait_for()
                save(page, out, "doc-dang-doc")
            elif n == 1:
                page.get_by_text("Đang chờ, trước bạn còn 1 tệp.").wait_for()
                save(page, out, "doc-hang-doi")
                page.get_by_role("button", name="Hủy đọc tệp").click()
                page.get_by_text("Đã hủy đọc").wait_for()
                save(page, out, "doc-da-huy")
        page.wait_for_url("**/soan/*", timeout=600_000)
        page.locator("#preview img").first.wait_for()
        page.wait_for_timeout(1500)
        save(page, out, "doc-ban-nhap")
