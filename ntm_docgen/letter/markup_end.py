"""The ./. that closes a body's last sentence, and the line of a body that takes it."""

from __future__ import annotations

from ntm_docgen.letter.markup_line import VALUE_END, as_printed, as_read, heading_kind


def closing_mark(line: str) -> str | None:
    """The last line with the closing ``./.`` of practice, or None to leave it as written
    (a heading, an ellipsis, a line ending in other punctuation, or one that has it). The
    ``;`` of a list's last item gives way to it, as in the Nơi nhận list.

    >>> closing_mark("Trân trọng."), closing_mark("thi hành Quyết định này"), closing_mark("2020)")
    ('Trân trọng./.', 'thi hành Quyết định này./.', '2020)./.')
    >>> closing_mark("- Báo cáo kết quả về Sở Nội vụ;"), closing_mark("{{ ten }}")
    ('- Báo cáo kết quả về Sở Nội vụ./.', '{{ ten }}./.')
    >>> closing_mark("đạt 100%"), closing_mark("[1]")
    ('đạt 100%./.', '[1]./.')
    >>> closing_mark("năm 2025.;"), closing_mark("các nội dung khác...;"), closing_mark("sau:;")
    ('năm 2025./.', None, None)
    >>> closing_mark("Kết thúc ..."), closing_mark("như sau:"), closing_mark("II. NỘI DUNG")
    (None, None, None)
    >>> closing_mark("Điều 3. Các ông, bà chịu trách nhiệm thi hành.")
    'Điều 3. Các ông, bà chịu trách nhiệm thi hành./.'
    """
    return _closed(line, heading_kind(line))


def _closed(line: str, kind: str | None) -> str | None:
    if line.endswith(("./.", "...", "…")) or kind not in (None, "dieu"):
        return None
    if line.endswith(".") and not line.endswith(".."):
        return line + "/."
    if line.endswith(";"):  # a list's last item: its ``;`` gives way to the mark
        rest = line.rstrip("; ")
        return _closed(rest, kind) if rest else None
    if line[-1].isalnum() or line[-1] in ")]}”\"'»%":
        return line + "./."
    return None


def _list_end_dropped(line: str) -> str:
    """``line`` without the ``;`` that ends it (and the spaces around it), whether the letter
    or a bulk value at its end wrote it: a letter reads the same as the one typed with the
    value in place.

    >>> _list_end_dropped("Gửi Sở ;"), _list_end_dropped("Gửi \ufdd0xã A;\ufdd1 ")
    ('Gửi Sở', 'Gửi \ufdd0xã A\ufdd1')
    """
    ends = ""
    while line and line[-1] in "; " + VALUE_END:
        if line[-1] == VALUE_END:  # the value's mark stays; its own ``;`` goes
            ends = VALUE_END + ends
        line = line[:-1]
    return line + ends


def with_final_mark(blocks: list[tuple[str, object]]) -> list[tuple[str, object]]:
    """The blocks with ``./.`` after the last line of the body proper. A body that already has it
    (before a table, a note or a Phụ lục it carries) keeps it there and gets no second one: the
    decree's end mark closes the text once."""
    if any(kind == "line" and "./." in as_printed(value) for kind, value in blocks):  # type: ignore[arg-type]
        return blocks
    for position in range(len(blocks) - 1, -1, -1):
        kind, value = blocks[position]
        if kind == "line":
            assert isinstance(value, str)
            plain = as_printed(value)
            fixed = _closed(plain, heading_kind(as_read(value))) if plain else None
            if fixed is None:
                return blocks
            if not fixed.startswith(plain):  # the list's ``;`` gives way to the mark
                value = _list_end_dropped(value)
                plain = as_printed(value)
            value += fixed[len(plain):]
            return blocks[:position] + [("line", value)] + blocks[position + 1:]
        if kind == "table":
            return blocks
    return blocks
