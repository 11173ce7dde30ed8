"""Write an imported spec as YAML: contract key order, NFC, Unicode as is, ``|`` bodies."""

from __future__ import annotations

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


def dump_spec(spec: dict[str, Any], header: str = "") -> str:
    """The spec as YAML text, keys in the order given (the contract's), Vietnamese unescaped.

    >>> print(dump_spec({"loai": "HD", "trich_yeu": "Sơ kết", "noi_dung": "I. A\\n- Đánh giá"}))
    loai: HD
    trich_yeu: Sơ kết
    noi_dung: |-
      I. A
      - Đánh giá
    <BLANKLINE>
    """
    text = yaml.dump(spec, Dumper=_SpecDumper, allow_unicode=True, sort_keys=False,
                     default_flow_style=False, width=100)
    return nfc(header + text)
