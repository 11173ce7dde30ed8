"""What is said of a list's column names, by the row where they are as the clerk sees it in
Excel ("the first row" when that is row 1), and of the text no named column takes."""

from __future__ import annotations

from ntm_docgen.bulk.columns import column_letter
from ntm_docgen.errors import row_ranges
from ntm_docgen.i18n import _, ngettext, shortened

#: Rows named one by one in a message before "…".
ROWS_NAMED = 10


def empty(row: int) -> str:
    if row == 1:
        return _("the first row must hold the column names (kinh_gui, ...); it is empty")
    return _("rows 1-{row} are empty: the column names (kinh_gui, ...) go in row 1, or under "
             "at most 3 title rows").format(row=row)


def duplicates(names: list[str], row: int) -> str:
    columns = ", ".join(map(repr, names))
    if row == 1:
        return ngettext(
            "column {columns} appears twice in the first row; give each column its own name",
            "columns {columns} appear twice in the first row; give each column its own name",
            len(names)).format(columns=columns)
    return ngettext(
        "column {columns} appears twice in row {row}, where the column names are; give each "
        "column its own name",
        "columns {columns} appear twice in row {row}, where the column names are; give each "
        "column its own name", len(names)).format(columns=columns, row=row)


def title_only(column: str, title: str, row: int) -> str:
    if row == 1:
        return _("has no {column} column (the addressee line): the first row holds only "
                 "“{title}”, a title; put the column names ({column}, then one per field) in "
                 "the row under the title, or in row 1").format(column=column,
                                                                  title=shortened(title))
    return _("has no {column} column (the addressee line): row {row} holds only “{title}”, a "
             "title; put the column names ({column}, then one per field) in the row under the "
             "title").format(column=column, title=shortened(title), row=row)


def title_over(column: str, title: str, title_row: int, names: list[str], row: int) -> str:
    """No kinh_gui under a title: the row under it may be the column names, or a recipient."""
    values = {"column": column, "title": shortened(title), "title_row": title_row, "row": row,
              "names": shortened(", ".join(names))}
    if title_row == 1:
        return _("has no {column} column (the addressee line): the first row holds only "
                 "“{title}”, a title; put the column names ({column}, then one per field) in "
                 "the row under the title; if row {row} holds them (“{names}”), name the "
                 "addressees' column {column} or “Kính gửi”").format(**values)
    return _("has no {column} column (the addressee line): row {title_row} holds only "
             "“{title}”, a title; put the column names ({column}, then one per field) in the "
             "row under the title; if row {row} holds them (“{names}”), name the addressees' "
             "column {column} or “Kính gửi”").format(**values)


def no_addressee(column: str, names: list[str], row: int) -> str:
    named = ", ".join(names) or _("nothing")
    if row == 1:
        return _("has no {column} column (the addressee line); the first row has: {names}") \
            .format(column=column, names=named)
    return _("has no {column} column (the addressee line); the column names, in row {row}, "
             "are: {names}; name the addressees' column {column} or “Kính gửi”").format(
        column=column, names=named, row=row)


def too_deep(row: int, count: int) -> str:
    return _("the column names (kinh_gui, ...) are in row {row}, under {count} rows: at most 3 "
             "rows may stand above them, as the list's title; delete the rows above them that "
             "the list does not need").format(row=row, count=count)


def overlong(rows: list[tuple[int, list[str]]], width: int, row: int) -> str:
    """What to say of rows with text past the last named column: a letter would leave it out
    without a word (a comma too many in the row, or a column whose name was not typed)."""
    said = []
    for number, cells in rows[:ROWS_NAMED]:
        count = max(i for i, c in enumerate(cells) if c.strip()) + 1
        column, value = next((i + 1, c) for i, c in enumerate(cells) if i >= width and c.strip())
        said.append(_("row {row} has {count} cells (cell {column}: “{value}”)").format(
            row=number, count=count, column=column, value=value))
    if len(rows) > ROWS_NAMED:
        said.append("…")
    if row == 1:
        return ngettext(
            "{rows}, but the first row names only {width} column: the text past it would be "
            "left out of the letters without a word. Give each column of text a name in the "
            "first row, or delete the cells past column {width}",
            "{rows}, but the first row names only {width} columns: the text past them would be "
            "left out of the letters without a word. Give each column of text a name in the "
            "first row, or delete the cells past column {width}", width).format(
            rows="; ".join(said), width=width)
    return ngettext(
        "{rows}, but row {header}, where the column names are, names only {width} column: the "
        "text past it would be left out of the letters without a word. Give each column of "
        "text a name in row {header}, or delete the cells past column {width}",
        "{rows}, but row {header}, where the column names are, names only {width} columns: the "
        "text past them would be left out of the letters without a word. Give each column of "
        "text a name in row {header}, or delete the cells past column {width}", width).format(
        rows="; ".join(said), width=width, header=row)


def unnamed(index: int, found: list[tuple[int, str]], row: int) -> str:
    """What to say of text in a column between named ones whose name is empty (a name not
    typed, or deleted): a letter would leave it out without a word."""
    first, value = found[0]
    values = {"column": column_letter(index + 1), "rows": row_ranges([r for r, _v in found]),
              "row": first, "value": shortened(value), "header": row}
    if row == 1:
        return ngettext(
            "column {column} has no name in the first row, but row {rows} holds text in it "
            "(“{value}”): the letters would leave that text out without a word; type a name for "
            "column {column} in the first row, or delete its text",
            "column {column} has no name in the first row, but rows {rows} hold text in it (row "
            "{row}: “{value}”): the letters would leave that text out without a word; type a "
            "name for column {column} in the first row, or delete its text",
            len(found)).format(**values)
    return ngettext(
        "column {column} has no name in row {header}, where the column names are, but row "
        "{rows} holds text in it (“{value}”): the letters would leave that text out without a "
        "word; type a name for column {column} in row {header}, or delete its text",
        "column {column} has no name in row {header}, where the column names are, but rows "
        "{rows} hold text in it (row {row}: “{value}”): the letters would leave that text out "
        "without a word; type a name for column {column} in row {header}, or delete its text",
        len(found)).format(**values)


def merged_over(cells: str, name: str, index: int, first: int,
                found: list[tuple[int, str]]) -> str:
    """What to say of a column name merged over two columns or more ("Địa chỉ" over C and D)
    when a column under it past the first holds text: a field is filled from one column."""
    row, value = found[0]
    return _("cells {cells} (“{name}”) are merged over several columns, but a field is filled "
             "from one column: the text of column {column} (row {row}: “{value}”) would be left "
             "out of the letters. Unmerge the cells (Merge & Center) and type a name of its own "
             "for column {column}, or move its text into column {first}").format(
        cells=cells, name=shortened(name), column=column_letter(index + 1), row=row,
        value=shortened(value), first=column_letter(first + 1))
