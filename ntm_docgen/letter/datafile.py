"""Read a YAML or JSON file from outside as plain data, within the limits of ``files.limits``.

YAML aliases count as what they repeat: the parsed graph is measured before any value is built,
so ``noi_nhan: [*s, *s, ...]`` cannot turn 400 KB into gigabytes. Only the plain tags are
read (text, numbers, yes/no, null, lists, mappings); a key is given once (``1`` and ``true``
are different keys); numbers are bounded in digits and read in tens (``010`` is 10); JSON
must not repeat a key either.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import yaml

from ntm_docgen.errors import InputFileError, LimitError
from ntm_docgen.files.limits import (
    DEPTH,
    INT_DIGITS,
    SPEC_BYTES,
    SPEC_CHARS,
    SPEC_NODES,
    check_tree,
    read_bounded,
)
from ntm_docgen.i18n import N_, _, said
from ntm_docgen.vietnamese.text import nfc

_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when it is there
_UNKNOWN_TAG = re.compile(r"^could not determine a constructor for the tag "
                          r"'(?:tag:yaml\.org,2002:)?([^']{0,80})")
_SURROGATE = re.compile("[\ud800-\udfff]")
_PLAIN_TAGS = {f"tag:yaml.org,2002:{t}" for t in ("null", "bool", "int", "float", "str", "seq",
                                                   "map")}


class _TextDateLoader(_BaseLoader):  # type: ignore[valid-type,misc]
    """SafeLoader that leaves dates as text (an impossible date is reported, not raised),
    builds only plain values, and measures the document before building it."""

    source: str = ""

    def construct_document(self, node: yaml.Node) -> Any:
        _measure(node, self.source)
        return super().construct_document(node)


class _SpecProblem(yaml.constructor.ConstructorError):
    """A problem this module finds while the spec is read (a key given twice), already said in
    the user's words: told as it is, not through the parser's table."""


def _text_keys(loader: yaml.SafeLoader, node: yaml.MappingNode) -> dict:
    """A mapping whose plain keys are read as the text written (``1:`` and ``true:`` are the
    keys ``"1"`` and ``"true"``, as a spec's keys are words), each given once."""
    loader.flatten_mapping(node)  # type: ignore[no-untyped-call]
    out: dict = {}
    for key_node, value_node in node.value:
        if not isinstance(key_node, yaml.ScalarNode):
            raise _SpecProblem(
                None, None, _("a key must be a word, not a list or mapping; a value that "
                              "starts with {{ needs quotes (trich_yeu: \"{{ ten }}\")"),
                key_node.start_mark)
        key = key_node.value
        if key in out:
            raise _SpecProblem(
                None, None, _("the key {key!r} is given twice; keep one").format(key=key),
                key_node.start_mark)
        out[key] = loader.construct_object(value_node)  # type: ignore[no-untyped-call]
    return out


class _TooManyDigits(Exception):
    """Raised while parsing when a number is longer than INT_DIGITS (Python would refuse to
    read one of 4,300 digits with a traceback)."""

    def __init__(self, count: int) -> None:
        super().__init__(count)
        self.count = count


def _bounded_int(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> int | str:
    """A number in tens as a clerk writes it (``so: 010`` is 10, not YAML 1.1's octal 8: "Số:
    08" was printed); ``0x1A``, ``1:30`` stay the text written, for the field to judge.

    >>> [yaml.load(f"so: {x}", Loader=_TextDateLoader)["so"] for x in ("010", "1_0", "0x1A")]
    [10, 10, '0x1A']
    """
    digits = sum(c.isdigit() for c in node.value)
    if digits > INT_DIGITS.value():
        raise _TooManyDigits(digits)
    plain = node.value.replace("_", "")
    if re.fullmatch(r"[-+]?[0-9]+", plain):
        return int(plain, 10)
    return str(node.value)


_TextDateLoader.yaml_constructors = {
    tag: build for tag, build in yaml.SafeLoader.yaml_constructors.items()
    if tag in _PLAIN_TAGS or tag is None}
_TextDateLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG,
                                _text_keys)
_TextDateLoader.add_constructor("tag:yaml.org,2002:int", _bounded_int)
_TextDateLoader.yaml_implicit_resolvers = {
    key: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _measure(root: yaml.Node, source: str) -> None:
    """Refuse a node graph whose expansion (aliases repeated) is over a limit, or that holds
    itself (a recursive alias). Each node is measured once, so this is linear in the file."""
    chars_cap, nodes_cap = SPEC_CHARS.value(), SPEC_NODES.value()
    sizes: dict[int, tuple[int, int]] = {}
    open_nodes: set[int] = set()
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, done = stack.pop()
        key = id(node)
        if isinstance(node, yaml.ScalarNode):
            sizes[key] = (len(node.value), 1)
            continue
        children = node.value if isinstance(node, yaml.SequenceNode) else \
            [part for pair in node.value for part in pair]
        if not done:
            if key in sizes:
                continue
            open_nodes.add(key)
            stack.append((node, True))
            for child in children:
                if id(child) in open_nodes:
                    raise InputFileError(source, _("is not valid YAML: an alias repeats the "
                                                   "list or mapping that holds it"))
                if id(child) not in sizes:
                    stack.append((child, False))
            continue
        chars = sum(sizes[id(c)][0] for c in children)
        nodes = 1 + sum(sizes[id(c)][1] for c in children)
        if chars > chars_cap:
            SPEC_CHARS.check(chars, source)
        if nodes > nodes_cap:
            SPEC_NODES.check(nodes, source)
        sizes[key] = (chars, nodes)
        open_nodes.discard(key)


#: What PyYAML says, given in the user's language when files/syntax.py has no sentence for it.
PARSER_PROBLEMS = [
    N_("mapping values are not allowed here"), N_("could not find expected ':'"),
    N_("found character '\\t' that cannot start any token"),
    N_("expected <block end>, but found '-'"), N_("expected <block end>, but found '?'"),
    N_("expected <block end>, but found '<scalar>'"),
    N_("expected <block end>, but found '<block mapping start>'"),
    N_("expected ',' or ']', but got '<stream end>'"),
    N_("expected ',' or '}', but got '<stream end>'"), N_("found unexpected end of stream"),
    N_("did not find expected key"), N_("did not find expected '-' indicator"),
    N_("found unhashable key"),
]


def _check_nesting(text: str, source: str) -> None:
    """Refuse YAML nested deeper than DEPTH before it is composed (libyaml composes by
    recursion, and a flow of 100,000 ``[`` crashes it): the events are read one by one."""
    cap, depth = DEPTH.value(), 0
    for event in yaml.parse(text, Loader=_BaseLoader):
        if isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
            depth += 1
            if depth > cap:
                DEPTH.check(depth, source)
        elif isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
            depth -= 1


def _json_object(pairs: list[tuple[str, Any]]) -> dict:
    out: dict = {}
    for key, value in pairs:
        if key in out:
            raise ValueError(_("the key {key!r} is given twice; keep one").format(key=key))
        out[key] = value
    return out


def _json_int(text: str) -> int:
    if len(text.lstrip("-")) > INT_DIGITS.value():
        raise _TooManyDigits(len(text.lstrip("-")))
    return int(text)


def read_data(path: Path | str) -> Any:
    """Read a YAML or JSON file as plain data, with a clear error for each way it can fail."""
    path = Path(path)
    raw = read_bounded(path, SPEC_BYTES)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise _not_text(path) or InputFileError(path, _(
            "is not UTF-8 text (bad byte at position {position}); save it again as UTF-8")
            .format(position=e.start)) from e
    text = nfc(text)
    data = _json(text, path) if path.suffix.lower() == ".json" else _yaml(text, path)
    check_tree(data, str(path))
    _check_text(data, path)
    return data


#: What a file read as YAML or JSON may be instead, by its first bytes (``files.misnamed``).
_NOT_TEXT = {".pdf", ".docx", ".xlsx", ".odt", ".ods", ".pptx", ".png", ".jpg", ".tif"}


def _not_text(path: Path) -> InputFileError | None:
    """A PDF, a Word file or a picture given where a YAML or JSON file is read, told as what it
    is (not as text to "save again as UTF-8")."""
    from ntm_docgen.files.misnamed import ending_of

    ending, suffix = ending_of(path), path.suffix.lower()
    if ending == ".ole":  # a Word or Excel 97-2003 file, or an Office file locked: as named
        ending = suffix if suffix in (".xls", ".docx", ".xlsx") else ".doc"
    if ending is None or ending not in _NOT_TEXT | {".doc", ".xls"}:
        return None
    told = _("is a {kind} file, not a YAML or JSON file (.yaml, .yml, .json): give the .yaml "
             "or .json file here") if suffix == ending else _(
        "is a {kind} file, not a YAML or JSON file (.yaml, .yml, .json): give the .yaml or "
        ".json file here; a {kind} file keeps its own ending, {ending}")
    return InputFileError(path, told.format(kind=ending[1:].upper(), ending=ending))


def _json(text: str, path: Path) -> Any:
    try:
        return json.loads(text, object_pairs_hook=_json_object, parse_int=_json_int)
    except json.JSONDecodeError as e:
        from ntm_docgen.files.syntax import json_reason

        raise InputFileError(path, json_reason(e)) from e
    except ValueError as e:
        raise InputFileError(path, _("is not valid JSON: {problem}").format(problem=e)) from e
    except RecursionError:
        raise DEPTH.exceeded(path) from None
    except _TooManyDigits as e:
        raise LimitError(path, said(INT_DIGITS.what), INT_DIGITS.value(), INT_DIGITS.env,
                         e.count) from None


def _yaml(text: str, path: Path) -> Any:
    loader = _TextDateLoader(text)
    loader.source = str(path)
    try:
        _check_nesting(text, str(path))
        return loader.get_single_data()
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        problem = getattr(e, "problem", None) or str(e)
        if "maximum nesting depth" in problem:  # PyYAML 6.0.4 stops deep nesting itself
            raise DEPTH.exceeded(path) from None
        tag = _UNKNOWN_TAG.search(problem)
        from ntm_docgen.files.syntax import DOCUMENT_MARK, ended_early, yaml_problem, yaml_unknown

        problem = problem if isinstance(e, _SpecProblem) else \
            yaml_problem(problem) or yaml_unknown()
        if tag:
            problem = said(N_("the tag !!{tag} is not read in a spec; write the value as plain "
                              "text"), tag=tag.group(1))
        ended = ended_early(text, mark.line if mark else None)
        if ended is not None:
            marker = DOCUMENT_MARK.match(text.splitlines()[ended])
            reason = said(N_("is not valid YAML: line {line} starts with {marker} at the left "
                             "edge, where YAML ends the file; indent it like the text around it "
                             "(a page break inside a long text is an indented ---)"),
                          line=ended + 1, marker=marker.group(1) if marker else "---")
        elif mark:
            reason = said(N_("is not valid YAML at line {line}, column {column}: {problem}"),
                          line=mark.line + 1, column=mark.column + 1, problem=problem)
        else:
            reason = said(N_("is not valid YAML: {problem}"), problem=problem)
        raise InputFileError(path, reason) from e
    except RecursionError:
        raise DEPTH.exceeded(path) from None
    except _TooManyDigits as e:
        raise LimitError(path, said(INT_DIGITS.what), INT_DIGITS.value(), INT_DIGITS.env,
                         e.count) from None
    finally:
        loader.dispose()


def _check_text(data: Any, path: Path) -> None:
    """Refuse text that cannot be written out: a lone surrogate (``\\ud800`` in JSON)."""
    stack = [data]
    while stack:
        value = stack.pop()
        if isinstance(value, str):
            if _SURROGATE.search(value):
                raise InputFileError(path, _("holds \\ud800-\\udfff, half of a character "
                                             "(a lone surrogate); remove it"))
        elif isinstance(value, dict):
            stack.extend(value.keys())
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
