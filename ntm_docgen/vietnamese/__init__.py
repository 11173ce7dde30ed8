"""Vietnamese text as the decree writes it, and the administrative data looked up by name.

Dates, numbers, capitals and NFC (``text``); names in running text (``names``); the type table
of Phụ lục III (``loai``); provinces and communes of the 2025 list (``donvi``).
"""
