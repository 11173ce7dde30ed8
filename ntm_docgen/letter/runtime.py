"""Run a compiled letter template without Jinja: the few names its code calls when it runs.

Jinja turns a template into a Python module whose ``root(context)`` yields the text. Our
templates use only values, ``for`` (with ``loop.first`` / ``loop.last``) and ``if``, so that
code needs four things from Jinja at run time: the context's lookup, a strict undefined value,
the loop's state and the environment's ``finalize`` with the escape after it. They are here,
so a template read back from the cache renders without importing Jinja (30-50 ms of every
``render``). A template that uses more than this (an edited one with a filter, say) is run by
Jinja itself (``layout.CompiledTemplate``); ``plain_enough`` tells which.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from types import CodeType
from typing import Any

from ntm_docgen.i18n import _

#: The line Jinja's code begins with; it is left out, and its names come from here.
JINJA_IMPORT = "from jinja2.runtime import "


class Missing:
    """A name the context does not hold (Jinja's ``missing``)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "missing"


missing: Any = Missing()


class UndefinedError(Exception):
    """Raised when a template uses a value that was not given (as Jinja's ``UndefinedError``)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class Undefined:
    """A value that was not given: any use of it fails and names it (``StrictUndefined``)."""

    __slots__ = ("_name", "_obj")

    def __init__(self, hint: str | None = None, obj: Any = missing, name: str | None = None,
                 exc: type[Exception] = UndefinedError) -> None:
        self._name = name
        self._obj = obj

    def _fail(self, *args: Any, **kwargs: Any) -> Any:
        if self._obj is missing:
            raise UndefinedError(_("{name} is undefined").format(name=repr(self._name)))
        kind = type(self._obj)
        owner = (kind.__name__ if kind.__module__ == "builtins"
                 else f"{kind.__module__}.{kind.__name__}")
        raise UndefinedError(_("{owner} has no attribute {name}").format(
            owner=repr(f"{owner} object"), name=repr(self._name)))

    __str__ = __iter__ = __bool__ = __len__ = __html__ = __eq__ = __hash__ = _fail
    __getitem__ = __call__ = __add__ = __contains__ = _fail

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        return self._fail()


class LoopContext:
    """The ``loop`` of a ``for``: which item is the first and which the last."""

    def __init__(self, iterable: Iterable[Any], undefined: Any, recurse: Any = None,
                 depth0: int = 0) -> None:
        self._iterator = iter(iterable)
        self._after: Any = missing
        self.index0 = -1

    def __iter__(self) -> LoopContext:
        return self

    def __next__(self) -> tuple[Any, LoopContext]:
        if self._after is not missing:
            item, self._after = self._after, missing
        else:
            item = next(self._iterator)
        self.index0 += 1
        return item, self

    @property
    def index(self) -> int:
        return self.index0 + 1

    @property
    def first(self) -> bool:
        return self.index0 == 0

    @property
    def last(self) -> bool:
        if self._after is missing:
            self._after = next(self._iterator, missing)
        return self._after is missing


class Environment:
    """What the code asks of its environment while it runs."""

    undefined = Undefined

    def __init__(self, finalize: Callable[[Any], Any]) -> None:
        self.finalize = finalize

    @staticmethod
    def concat(parts: Iterable[str]) -> str:
        return "".join(parts)

    def getattr(self, obj: Any, attribute: str) -> Any:
        try:
            return getattr(obj, attribute)
        except AttributeError:
            pass
        try:
            return obj[attribute]
        except (TypeError, LookupError):
            return Undefined(obj=obj, name=attribute)


class Context:
    """The values a template is filled with."""

    __slots__ = ("vars",)

    def __init__(self, values: dict[str, Any]) -> None:
        self.vars = values

    def resolve_or_missing(self, key: str) -> Any:
        return self.vars.get(key, missing)


#: Jinja's own globals: a template that looks one up needs Jinja.
JINJA_GLOBALS = frozenset({"range", "dict", "lipsum", "cycler", "joiner", "namespace"})
#: Every name the code of a template may use, for ``plain_enough``.
NAMES = frozenset({
    "name", "root", "blocks", "debug_info", "missing", "environment",  # the module's own
    "resolve_or_missing", "undefined", "concat", "finalize", "getattr",  # context, environment
    "Undefined", "LoopContext", "escape",  # the names imported from jinja2.runtime
})


def plain_enough(source: str, code: CodeType) -> bool:
    """Whether a template's Python ``source`` (Jinja's, its import line left out) and its
    ``code`` use only what is here. A ``x if y`` without ``else`` prints nothing in Jinja for
    a false ``y``; here it would fail, so such a template is left to Jinja."""
    looked_up = set(re.findall(r"resolve\('(\w+)'\)", source))
    if "cond_expr_undefined(" in source or looked_up & JINJA_GLOBALS:
        return False
    if source.count("escape(") != source.count("escape(environment.finalize("):
        return False  # every value is printed through both (see ``load``)
    if not _loop_plain(source):
        return False
    names: set[str] = set()
    stack = [code]
    while stack:
        current = stack.pop()
        names.update(current.co_names)
        stack.extend(c for c in current.co_consts if isinstance(c, CodeType))
    return names <= NAMES


#: What ``LoopContext`` here knows of a loop (Jinja's also knows its length, revindex, ...).
LOOP_ATTRIBUTES = frozenset({"index0", "index", "first", "last"})
_LOOP = re.compile(r"\bl_\d+_loop\b")
#: The places Jinja's code names a loop's variable besides reading one of its attributes.
_LOOP_KEPT = re.compile(r"(?:\bl_\d+_loop = |, l_\d+_loop in LoopContext\()")
_LOOP_READ = re.compile(r"getattr\(l_\d+_loop, '(\w+)'\)")


def _loop_plain(source: str) -> bool:
    """Whether each ``loop`` of the template is only asked what ``LoopContext`` knows (not
    handed on whole, as ``{% set l = loop %}`` would, nor asked its length)."""
    read = _LOOP_READ.findall(source)
    if not set(read) <= LOOP_ATTRIBUTES:
        return False
    named = len(_LOOP.findall(source))
    return named == len(read) + len(_LOOP_KEPT.findall(source))


def _as_printed(text: str) -> str:
    return text


def load(code: CodeType, printed: Callable[[Any], str]) -> Callable[[dict[str, Any]], str]:
    """The render function of a template's code: values in, the filled text out.

    The code prints each value as ``escape(environment.finalize(value))``; here ``printed``
    does both (Jinja's ``finalize``, then the escape), so the escape is given as is."""
    namespace: dict[str, Any] = {"environment": Environment(printed), "missing": missing,
                                 "Undefined": Undefined, "LoopContext": LoopContext,
                                 "escape": _as_printed, "__file__": code.co_filename}
    exec(code, namespace)
    root: Callable[[Context], Iterator[str]] = namespace["root"]

    def render(values: dict[str, Any]) -> str:
        return "".join(root(Context(values)))

    return render
