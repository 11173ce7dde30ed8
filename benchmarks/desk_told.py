"""The desk telling a library error in its own words (``desk.retold.told_error``).

    python benchmarks/desk_told.py [--number 2000]

Two errors a clerk meets on Soạn văn bản (a spec of an unknown type with its required fields
missing, 7 lines; an empty spec, 2 lines), told in Vietnamese, in microseconds per message.
Before the errors kept their catalog id (i18n.Said), the desk read each line of the translated
text back against the 44 sentences of RETOLD with regular expressions; on a shared machine
that took 4-10 ms for the first and 0.5-2 ms for the second.
"""

from __future__ import annotations

import argparse
import timeit

from ntm_docgen import api
from ntm_docgen.desk.retold import told_error
from ntm_docgen.errors import DocgenError
from ntm_docgen.i18n import set_language


def errors() -> dict[str, DocgenError]:
    found = {}
    for name, data in (("unknown type, fields missing", {"loai": "XYZ"}), ("empty spec", None)):
        try:
            api.parse_spec(data, source="/x/cv.yaml")
        except DocgenError as e:
            found[name] = e
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--number", type=int, default=2000)
    number = parser.parse_args().number
    set_language("vi")
    for name, error in errors().items():
        seconds = timeit.timeit(lambda e=error: told_error(e), number=number) / number
        print(f"{name}: {seconds * 1e6:.1f} µs per message ({len(str(error).splitlines())} "
              f"lines)")


if __name__ == "__main__":
    main()
