"""A message kept as it was said: its text, its catalog id and values (``i18n.Said``)."""

from __future__ import annotations

from collections.abc import Callable, Mapping


class Said(str):
    """A message as it was said: its text in the language of the moment, which every ``str``
    use sees (the command line prints it as it is), with the catalog id and the values it was
    said from, so that another surface (the desk) can say the same thing in its own words.
    Pickled with its id and values (an error of a bulk worker reaches the main process whole).

    >>> from ntm_docgen.i18n import language_kept, set_language
    >>> with language_kept():
    ...     set_language("en")
    ...     s = said("{path} is a folder; give a file", path="ban")
    >>> s, s.msgid, s.values
    ('ban is a folder; give a file', '{path} is a folder; give a file', {'path': 'ban'})
    """

    msgid: str
    values: dict[str, object]
    #: a message with a plural form (:func:`said_n`): that form, and the number that chose it
    plural: str | None
    n: int

    def __new__(cls, text: str, msgid: str, values: Mapping[str, object],
                plural: str | None = None, n: int = 1) -> Said:
        made = super().__new__(cls, text)
        made.msgid, made.values, made.plural, made.n = msgid, dict(values), plural, n
        return made

    def __reduce__(self) -> tuple[object, ...]:
        return Said, (str(self), self.msgid, self.values, self.plural, self.n)

    def catalogs(self) -> str:
        """The sentence as the catalog gives it now, in the form its number asks for."""
        from ntm_docgen.i18n import _, ngettext  # i18n gives this module's names: imported late

        return ngettext(self.msgid, self.plural, self.n) if self.plural else _(self.msgid)

    def told(self, tell: Callable[[Said], str | None]) -> str:
        """This message said again: ``tell`` gives a sentence's own words (None: the
        catalog's), each of its values that is a message itself said again in turn; the text
        as it is when nothing in it is said otherwise."""
        values = {k: v.told(tell) if isinstance(v, Said) else v for k, v in self.values.items()}
        other = tell(self)
        if other is None and values == self.values:
            return str(self)
        return (other if other is not None else self.catalogs()).format(**values)


def said(msgid: str, **values: object) -> Said:
    """``_(msgid).format(**values)``, keeping the id and the values (:class:`Said`)."""
    from ntm_docgen.i18n import _

    return Said(_(msgid).format(**values) if values else _(msgid), msgid, values)


def said_n(msgid: str, plural: str, n: int, /, **values: object) -> Said:
    """``ngettext(msgid, plural, n).format(**values)``, keeping the ids, the count ``n`` and
    the values (:class:`Said`).

    >>> from ntm_docgen.i18n import language_kept, set_language
    >>> with language_kept():
    ...     set_language("vi")
    ...     s = said_n("{count} problem:", "{count} problems:", 2, count=2)
    >>> s, s.plural, s.n
    ('2 lỗi:', '{count} problems:', 2)
    """
    made = Said("", msgid, values, plural, n)
    return Said(made.catalogs().format(**values), msgid, values, plural, n)


def said_as_json(text: str) -> str | dict[str, object]:
    """``text`` as JSON keeps it: a :class:`Said` with its id and values, each value a number,
    a text or, for a message held in it, that message kept so in turn, for
    :func:`said_from_json` to give back (a record the desk reads after a restart).

    >>> kept = said_as_json(said("{path}: {reason}", path="kh.yaml",
    ...                          reason=said("incomplete spec")))
    >>> said_from_json(kept).values["reason"].msgid
    'incomplete spec'
    """
    if not isinstance(text, Said):
        return text
    kept: dict[str, object] = {
        "text": str(text), "msgid": text.msgid,
        "values": {k: v if isinstance(v, int) else said_as_json(v) if isinstance(v, Said)
                   else str(v) for k, v in text.values.items()}}
    if text.plural is not None:
        kept.update(plural=text.plural, n=text.n)
    return kept


def said_from_json(data: object) -> str:
    """What :func:`said_as_json` kept, as it was, at every depth (a record's text that is not
    one: as text)."""
    if isinstance(data, dict) and isinstance(data.get("values"), dict):
        values = {k: said_from_json(v) if isinstance(v, dict) else v
                  for k, v in data["values"].items()}
        plural, n = data.get("plural"), data.get("n")
        return Said(str(data.get("text", "")), str(data.get("msgid", "")), values,
                    plural if isinstance(plural, str) else None,
                    n if isinstance(n, int) else 1)
    return str(data)
