"""The library's messages said in two forms by their number (``said_n``) that speak of the
command line, told in the desk's own words (``retold.py`` tells the others)."""

from __future__ import annotations

from collections.abc import Callable

from ntm_docgen.i18n import N_, ngettext

#: The library's sentences said in two forms by their number (``said_n``), by the singular's
#: id -> the desk's sentence in the form a number asks for, with the same placeholders.
RETOLD_N: dict[str, Callable[[int], str]] = {
    # Kiểm tra: the page's fixed copy does what check --fix does
    N_('{count} run of text is typed in {name}, a font of the old {encoding} encoding, from '
       '"{text}" on; --fix converts it to Unicode and sets it in {font}'):
    lambda n: ngettext('{count} run of text is typed in {name}, a font of the old {encoding} '
                       'encoding, from "{text}" on; the fixed copy converts it to Unicode and '
                       'sets it in {font}',
                       '{count} runs of text are typed in {name}, a font of the old {encoding} '
                       'encoding, from "{text}" on; the fixed copy converts them to Unicode and '
                       'sets them in {font}', n),
    N_('{count} run of text typed in Unicode is set in {name}, a font of the old {encoding} '
       'encoding, from "{text}" on: its words are right, its font is not; --fix sets it in '
       '{font}'):
    lambda n: ngettext('{count} run of text typed in Unicode is set in {name}, a font of the '
                       'old {encoding} encoding, from "{text}" on: its words are right, its '
                       'font is not; the fixed copy sets it in {font}',
                       '{count} runs of text typed in Unicode are set in {name}, a font of the '
                       'old {encoding} encoding, from "{text}" on: their words are right, '
                       'their font is not; the fixed copy sets them in {font}', n),
}
