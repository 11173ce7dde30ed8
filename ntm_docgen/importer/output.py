"""Write an imported spec as YAML: contract key order, NFC, Unicode as is, ``|`` bodies."""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

import yaml

from ntm_docgen.vietnamese.text import nfc


class _SpecDumper(yaml.SafeDumper):
    """SafeDumper that writes several-line text as a literal block."""


def _text(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    if "\n" in value:
        value = "\n".join(line.rstrip() for line in value.split("\n"))
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|")
    return dumper.represent_scalar("tag:yaml.org,2002:str", value)


def _date(dumper: yaml.SafeDumper, value: date) -> yaml.ScalarNode:
    return dumper.represent_scalar("tag:yaml.org,2002:timestamp", value.isoformat())


_SpecDumper.add_representer(str, _text)
_SpecDumper.add_representer(date, _date)


def dump_spec(spec: dict[str, Any], header: str = "",
              notes: Mapping[str, str] | None = None) -> str:
    """The spec as YAML text, keys in the order given (the contract's), Vietnamese unescaped;
    each of ``notes`` (by field path: ``ky.ho_ten``, ``noi_nhan[1]``) a comment on the lines
    above its field, a field the spec lacks written empty to carry it (:func:`noted`).

    >>> print(dump_spec({"loai": "HD", "trich_yeu": "Sơ kết", "noi_dung": "I. A\\n- Đánh giá"}))
    loai: HD
    trich_yeu: Sơ kết
    noi_dung: |-
      I. A
      - Đánh giá
    <BLANKLINE>
    """
    if notes:
        spec = with_fields(spec, notes)
    text = yaml.dump(spec, Dumper=_SpecDumper, allow_unicode=True, sort_keys=False,
                     default_flow_style=False, width=100)
    return nfc(header + (noted(text, notes) if notes else text))


def with_fields(spec: dict[str, Any], paths: Iterable[str]) -> dict[str, Any]:
    """A copy of ``spec`` with each key path of ``paths`` that it lacks written empty (its
    blocks made), where the blocks above it are mappings; other paths left as they are.

    >>> with_fields({"ky": {"chuc_vu": "GIÁM ĐỐC"}}, ["ky.ho_ten", "co_quan.ten", "x[2]"])
    {'ky': {'chuc_vu': 'GIÁM ĐỐC', 'ho_ten': ''}, 'co_quan': {'ten': ''}}
    """
    out = copy.deepcopy(spec)
    for path in paths:
        keys = path.split(".")
        if not all(_KEY.fullmatch(key) for key in keys):
            continue
        node: Any = out
        for key in keys[:-1]:
            node = node.setdefault(key, {}) if isinstance(node, dict) else None
        if isinstance(node, dict) and node.get(keys[-1]) is None:
            node[keys[-1]] = ""
    return out


#: A key of a spec (a path's step that is no list item).
_KEY = re.compile(r"[a-z_]+")
#: A path's step: a key, then the list items it names (``phu_luc[0]``).
_STEP = re.compile(r"([a-z_]+)((?:\[\d+\])*)")


def noted(text: str, notes: Mapping[str, str]) -> str:
    """The YAML ``text`` with each note as comment lines above the field of its path, at the
    field's indentation; a note whose field is not in the text is left out (the caller lists
    every note elsewhere too).

    >>> print(noted("ky:\\n  chuc_vu: GIÁM ĐỐC\\n  ho_ten: ''\\n", {"ky.ho_ten": "required"}))
    ky:
      chuc_vu: GIÁM ĐỐC
      # required
      ho_ten: ''
    <BLANKLINE>
    """
    root = yaml.compose(text, Loader=yaml.SafeLoader)
    above: dict[int, list[str]] = {}
    for path, note in notes.items():
        mark = _mark(root, path)
        if mark is not None:
            line, column = mark
            above.setdefault(line, []).extend(
                f"{' ' * column}# {part}".rstrip() for part in note.splitlines() or [""])
    lines = text.split("\n")
    return "\n".join(comment_or_line for index, line in enumerate(lines)
                     for comment_or_line in [*above.get(index, []), line])


def _mark(node: Any, path: str) -> tuple[int, int] | None:
    """Where the field of ``path`` begins in the composed YAML: its key, or its list item."""
    mark = None
    for step in path.split("."):
        found = _STEP.fullmatch(step)
        if found is None or not isinstance(node, yaml.MappingNode):
            return None
        pair = next(((k, v) for k, v in node.value if k.value == found[1]), None)
        if pair is None:
            return None
        key, node = pair
        mark = (key.start_mark.line, key.start_mark.column)
        for index in re.findall(r"\d+", found[2]):
            if not isinstance(node, yaml.SequenceNode) or int(index) >= len(node.value):
                return None
            node = node.value[int(index)]
            mark = (node.start_mark.line, max(node.start_mark.column - 2, 0))
    return mark
