"""A workbook's formula cells on the desk's bulk check: a cell whose value the spreadsheet
saved is read as that value (``=1+1`` gives “2”, the contract: a list read from a workbook
takes its cells' values) and the check says so, the formula and what it gave; a formula never
computed is refused naming the sheet and the column as the clerk named them."""

from __future__ import annotations

import html
import io
import re
import zipfile

from openpyxl import Workbook
from test_desk_bulk_names import review


def _computed(rows: list[list[str]], values: dict[str, str]) -> bytes:
    """A workbook of ``rows`` on sheet “Danh sách”, the formula cells given the values a
    spreadsheet saves with them (``values``: cell -> value); openpyxl writes none."""
    book = Workbook()
    book.active.title = "Danh sách"
    for row in rows:
        book.active.append(row)
    out = io.BytesIO()
    book.save(out)
    source, target = zipfile.ZipFile(out), io.BytesIO()
    with zipfile.ZipFile(target, "w") as copy:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                text = data.decode()
                for cell, value in values.items():
                    text = re.sub(rf'(<c r="{cell}"[^>]*>)(<f>[^<]*</f>)<v\s*/?>(</v>)?',
                                  rf"\1\2<v>{value}</v>", text)
                data = text.encode()
            copy.writestr(item, data)
    return target.getvalue()


ROWS = [["Kính gửi", "ten"], ["Ủy ban nhân dân xã Gia Phú", "Gia Phú"], ["=1+1", "Hai"]]


def test_a_formulas_saved_value_is_read_and_told(client, csrf):
    page = html.unescape(review(client, csrf, "ds.xlsx", _computed(ROWS, {"A3": "2"})))
    assert "2 recipients from ds.xlsx" in page, page
    assert re.search(r"<td>3</td>\s*<td>2</td>", page), "the value saved, as the sheet shows"
    assert ("ds.xlsx: a cell holding a formula is read as the value the spreadsheet saved "
            "with it, and the letter prints that value, not the formula: cell A3: =1+1 gives "
            "“2”") in page, page


def test_a_formula_never_computed_names_the_sheet_and_column_as_she_wrote_them(client, csrf):
    page = html.unescape(review(client, csrf, "ds.xlsx", _computed(ROWS, {})))
    assert "sheet “Danh sách”: cell A3 (column Kính gửi) holds a formula whose value was " \
        "never saved" in page, page
    assert "kinh_gui" not in page.split("</h1>", 1)[1].split("<form", 1)[0]
