"""A text layer's footnote whose mark is printed small and raised before it (``¹ Nghị định số
126/2024/NĐ-CP ...``). ``pdflayout.page_lines`` leaves a small raised number out of a line,
taking it for a note's call in the text (``126/2024/NĐ-CP¹``); at the start of a note the same
number is the note's own mark, and without it the note, small and at the page's foot, would not
be known for one and would be read into the body. The mark is put back before its note."""

from __future__ import annotations

from dataclasses import replace

from ntm_docgen.importer.pdflayout import Line, Page

#: A raised mark is set smaller than its note (a 6.5 pt ``1`` before a 10 pt note).
_SMALLER = 0.75


def with_marks(lines: list[Line], page: Page) -> list[Line]:
    """``lines`` (a text layer's last lines of ``page``) each with the raised number printed
    just before it, which ``page_lines`` left out, put back as its first word.

    >>> from ntm_docgen.importer.pdflayout import Word
    >>> note = [Word("Nghị", 88, 108, 766, 778, 10.1), Word("định", 111, 129, 766, 778, 10.1)]
    >>> mark = Word("1", 82, 85.5, 764, 771, 6.5)
    >>> page = Page(1, 595, 842, [mark, *note])
    >>> [x.text for x in with_marks([Line([note], 766, 778)], page)]
    ['1 Nghị định']
    >>> [x.text for x in with_marks([Line([note], 766, 778)], Page(1, 595, 842, note))]
    ['Nghị định']
    """
    return [_marked(line, page) for line in lines]


def _marked(line: Line, page: Page) -> Line:
    first = line.segments[0][0]
    for word in page.words:
        if word.text.isdigit() and len(word.text) <= 2 and word.size < _SMALLER * first.size \
                and 0 <= first.x0 - word.x1 <= first.size \
                and first.top - first.size <= word.top and word.bottom <= first.bottom:
            segments = [[word, *line.segments[0]], *line.segments[1:]]
            return replace(line, segments=segments, top=min(line.top, word.top))
    return line
