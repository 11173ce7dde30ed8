"""Where and why a YAML, JSON, CSV or XML text does not parse, in the user's words, with the fix.

The parsers' own details are English (``Expecting ',' delimiter``, ``mismatched tag``); a clerk
gets instead the line and column, counted as a text editor counts them (from 1), and what to
change there.
"""

from __future__ import annotations

import json
import re
from xml.etree.ElementTree import ParseError

from ntm_docgen.i18n import N_, _, said


def xml_errors() -> tuple[type[Exception], ...]:
    """What the XML parsers raise for a text that is not well-formed (lxml imported here, when
    a file failed, not with this module)."""
    from lxml.etree import XMLSyntaxError

    return ParseError, XMLSyntaxError


#: Said for a line ``---`` (or ``...``) at the left edge, where YAML ends the file.
_ANOTHER_DOCUMENT = N_(
    "a line --- at the left edge ends the file for YAML, and what follows reads as another "
    "file; a page break inside a long text is written --- indented like the text around it")
#: Said for a line starting with % (``%YAML 2.0``, ``%TAG``): a directive to the parser.
_DIRECTIVE = N_("a line starting with %YAML or %TAG is an order to YAML that this tool does "
                "not take; remove the line, or indent it inside its long text")
#: Said for a value starting with ``!`` (a type mark such as ``!!str`` or ``!<...>``).
_TYPE_MARK = N_("a value starts with !, which YAML reads as a type mark (!!str, !<...>); put the "
                "value in double quotes, or remove the mark")
#: Said for ``|0`` or ``>0``: a long text's opening sign with a figure after it.
_BLOCK_START = N_("a long text opens with | alone at the end of its key's line (noi_dung: |), the "
                  "text on the lines below indented by two spaces; remove what follows the |")

#: libyaml's and PyYAML's problems (their opening words) -> the sentence said instead.
_YAML = (
    ("mapping values are not allowed", N_(
        'a colon and a space (": ") inside a value read as a new key; put the whole value in '
        'double quotes (trich_yeu: "V/v: ..."), or line this key up with the keys above it')),
    ("could not find expected ':'", N_(
        "this line reads as a key without its colon; write key: value, and a long text on the "
        "lines under key: | indented by two spaces")),
    ("did not find expected key", N_(
        "this line is indented differently from the keys around it; line it up with them, "
        "with spaces")),
    ("expected <block end>", N_(
        "this line is indented differently from the keys around it; line it up with them, "
        "with spaces")),
    ("block sequence entries are not allowed", N_(
        "a list item (- ...) stands where a key is expected; put the items under their key, "
        "indented by two spaces")),
    ("did not find expected '-' indicator", N_(
        "a line inside a list does not start with - ; start each item with - and line the "
        "items up")),
    ("did not find expected ',' or ']'", N_(
        "a list opened with [ is not closed; close it with ], or write each item on a line of "
        "its own after a dash (-)")),
    ("expected ',' or ']'", N_(
        "a list opened with [ is not closed; close it with ], or write each item on a line of "
        "its own after a dash (-)")),
    ("did not find expected ',' or '}'", N_("a group opened with a curly bracket is not "
                                            "closed; close it with a closing curly bracket")),
    ("expected ',' or '}'", N_("a group opened with a curly bracket is not closed; close it "
                               "with a closing curly bracket")),
    ("found unexpected end of stream", N_(
        "the file ends inside a text opened with a quote; close the quote on the line where "
        "the text ends")),
    ("found character", N_(
        "a tab, or a character YAML keeps for itself (@, `), stands here; indent with spaces, "
        "and put such a value in double quotes")),
    ("found a tab character", N_("a tab indents this line; indent with spaces")),
    ("found undefined alias", N_(
        "a value starts with *, which YAML reads as a reference; put the value in double "
        "quotes")),
    ("found unknown escape character", N_(
        "a backslash (\\) in double quotes starts an escape YAML does not know; write \\\\ for "
        "a backslash, or use single quotes")),
    ("found unhashable key", N_("a key here is a list or a group; a key is one plain word "
                                "(trich_yeu, noi_dung)")),
    ("mapping keys are not allowed", N_(
        "a question mark and a space (\"? \") inside a value read as a key; put the whole value "
        "in double quotes")),
    ("but found another document", _ANOTHER_DOCUMENT),
    ("found unexpected document separator", _ANOTHER_DOCUMENT),
    ("did not find expected <document start>", N_(
        "this line stands under no key: a line of a long text is indented under its key "
        "(noi_dung: |), and a line of three dots (...) ends the file; indent the line by two "
        "spaces, or make it a comment with #")),
    ("found incompatible YAML document", _DIRECTIVE),
    ("found duplicate YAML directive", _DIRECTIVE),
    ("found undefined tag handle", _TYPE_MARK),
    ("did not find expected tag URI", _TYPE_MARK),
    ("did not find the expected '>'", _TYPE_MARK),
    ("expected a scalar node", _TYPE_MARK),
    ("expected a sequence node", _TYPE_MARK),
    ("expected a mapping node", _TYPE_MARK),
    ("did not find expected alphabetic or numeric character", N_(
        "a value starts with & or *, which YAML keeps for references; put the value in double "
        "quotes")),
    ("found an indentation indicator equal to 0", _BLOCK_START),
    ("did not find expected comment or line break", N_(
        "more text follows a value that has ended (after its closing quote, or after the | or > "
        "that opens a long text); put the whole value in double quotes, or write a long text "
        "on the lines under key: | indented by two spaces")),
    ("did not find expected node content", N_(
        "a value starts with a sign YAML keeps for itself (] } , ! & * | > %); put the value "
        "in double quotes")),
)

#: Said for any problem the table above does not know: the place, and the usual fixes.
_UNKNOWN = N_("YAML cannot read the text at this place; compare it with an example of "
              "data/examples, put a value holding signs (: # ! & * [ ] { }) in double quotes, "
              "and indent with spaces")


def yaml_problem(problem: str) -> str | None:
    """What a YAML parser's problem means and how to fix it, or None for one not in the table.

    >>> yaml_problem("mapping values are not allowed in this context")[:40]
    'a colon and a space (": ") inside a valu'
    """
    return next((_(said) for opening, said in _YAML if problem.startswith(opening)), None)


def yaml_unknown() -> str:
    """What to say of a YAML problem :func:`yaml_problem` does not know, in the user's words."""
    return _(_UNKNOWN)

#: The JSON decoder's messages (their opening words) -> the sentence said instead.
_JSON = (
    ("Expecting value", N_("a value is missing here (a comma with nothing after it, or text "
                           "without double quotes); write the value, text in double quotes")),
    ("Expecting ',' delimiter", N_("a comma is missing between two items; put a comma after "
                                   "the item before this place")),
    ("Expecting ':' delimiter", N_('a colon is missing after a key; write "key": value')),
    ("Expecting property name", N_('a key is expected here, in double quotes ("key": value); '
                                   "remove a comma after the last item, and write each key "
                                   "in double quotes")),
    ("Illegal trailing comma", N_("a comma stands after the last item; remove it")),
    ("Unterminated string", N_('a text opened with " here is never closed; close it with " '
                               "on the same line")),
    ("Invalid \\uXXXX escape", N_("a \\u escape needs four hexadecimal digits; write the "
                                  "character itself instead")),
    ("Invalid \\escape", N_("a backslash (\\) starts an escape JSON does not know; write \\\\ "
                            "for a backslash, or / in a folder path")),
    ("Invalid control character", N_("a text holds a line break or a tab inside its quotes; "
                                     "write \\n for a line break and \\t for a tab")),
    ("Extra data", N_("more text follows the end of the data; remove it, or put the items "
                      "in one object")),
)


def json_reason(error: json.JSONDecodeError) -> str:
    """Why a JSON text does not parse, with the line, column and fix.

    >>> from ntm_docgen.i18n import language_kept, set_language
    >>> with language_kept():
    ...     set_language("en")
    ...     try:
    ...         json.loads('{"loai": "KH" "so": 5}')
    ...     except json.JSONDecodeError as e:
    ...         json_reason(e)[:60]
    'is not valid JSON at line 1, column 15: a comma is missing b'
    """
    problem = next((_(text) for opening, text in _JSON if error.msg.startswith(opening)),
                   said(N_("the text cannot be read from this place on; compare it with an "
                           "example spec")))
    if _leading_zero(error.doc, error.pos):
        problem = said(N_("a number in JSON does not begin with 0: write it without the zero "
                          "(12), or in quotes (\"012\")"))
    return said(N_("is not valid JSON at line {line}, column {column}: {problem}"),
                line=error.lineno, column=error.colno, problem=problem)


def _leading_zero(text: str, at: int) -> bool:
    """Whether JSON stopped at a digit after a number's leading ``0`` (``"so": 012``).

    >>> _leading_zero('{"so": 012}', 8), _leading_zero('{"so": 10 2}', 10)
    (True, False)
    """
    before = text[:at].rstrip("0123456789")
    return at < len(text) and text[at].isdigit() and text[len(before):at] == "0" \
        and before.rstrip().endswith((":", "[", ","))


def csv_quote_problem(text: str, delimiter: str) -> tuple[str, int, int] | None:
    """The first misplaced quote of a CSV text: ``("open", line, column)`` for a quote that opens
    a cell and is never closed, ``("after", line, column)`` for text that follows a cell's
    closing quote; None when the quotes are in order. Lines and columns count from 1.

    >>> csv_quote_problem('kinh_gui,ten\\n"UBND xã A,A\\nB,B\\n', ",")
    ('open', 2, 1)
    >>> csv_quote_problem('a;b\\n"x""y";"z"w\\n', ";"), csv_quote_problem('a,"b\\nc"\\n', ",")
    (('after', 2, 11), None)
    """
    line, column = 1, 0
    state, opened = "start", (0, 0)  # start of a cell, plain, quoted, closed
    index = 0
    while index < len(text):
        char = text[index]
        column += 1
        if state == "quoted":
            if char == '"' and text[index + 1:index + 2] == '"':
                index, column = index + 1, column + 1
            elif char == '"':
                state = "closed"
        elif state == "closed" and char not in (delimiter, "\r", "\n"):
            return "after", line, column
        elif char == delimiter or char in "\r\n":
            state = "start"
        elif state == "start":
            if char == '"':
                state, opened = "quoted", (line, column)
            else:
                state = "plain"
        if char == "\n" or (char == "\r" and text[index + 1:index + 2] != "\n"):
            line, column = line + 1, 0
        index += 1
    return ("open", *opened) if state == "quoted" else None


def csv_reason(text: str, delimiter: str, line: int) -> str:
    """Why a CSV text does not parse, the csv reader having stopped at ``line``."""
    found = csv_quote_problem(text, delimiter)
    if found is None:
        return _("is not a readable CSV file at line {line}; open it in a spreadsheet and save "
                 'it again as "CSV UTF-8" or as .xlsx').format(line=line)
    kind, at_line, column = found
    if kind == "open":
        return _('is not a readable CSV file: the quote (") that opens the cell at line {line}, '
                 "column {column} is never closed, so every line after it would be read into "
                 'that cell; close the quote, or remove it').format(line=at_line, column=column)
    return _("is not a readable CSV file: at line {line}, column {column} a cell goes on after "
             'its closing quote ("); put the whole cell in quotes and write each quote inside '
             'it twice ("")').format(line=at_line, column=column)


#: The programs a clerk saves a Word file again with.
WORD = "Word / LibreOffice Writer"


def xml_reason(error: Exception, part: str, program: str) -> str:
    """Why a part of a DOCX or XLSX package does not parse (lxml's XMLSyntaxError or the
    standard library's ParseError), with its line and column and the fix: save it again."""
    line, column = getattr(error, "position", None) or (0, 0)
    if not type(error).__module__.startswith("lxml"):
        column += 1  # expat counts columns from 0, libxml2 from 1
    return _("is damaged: its part {part} cannot be read from line {line}, column {column} on; "
             "open the file in {program} and save it again").format(
        part=part, line=line, column=column, program=program)


#: A line YAML takes for the end of a document, or the start of another: ``---`` or ``...``
#: at the left edge, alone or before a space.
DOCUMENT_MARK = re.compile(r"^(---|\.\.\.)(\s|$)")


def ended_early(text: str, failed_at: int | None) -> int | None:
    r"""The line (from 0) of a ``---`` or ``...`` at the left edge below the spec's first key,
    at or before the line where YAML failed: typed as a page break in a long text, it ended
    the spec there, and YAML's complaint further down is about what came after.

    >>> ended_early("loai: KH\nnoi_dung: |\n  a\n---\n  b\nky: x: y\n", 5)
    3
    >>> ended_early("---\nloai: KH\n", 1), ended_early("loai: KH\n  ---\n", 1)
    (None, None)
    """
    keyed = False
    for n, line in enumerate(text.splitlines()):
        if failed_at is not None and n > failed_at:
            break
        if keyed and DOCUMENT_MARK.match(line):
            return n
        keyed = keyed or bool(line.strip()) and not line.lstrip().startswith(("#", "%", "---"))
    return None
