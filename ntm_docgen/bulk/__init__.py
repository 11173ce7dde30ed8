"""Bulk letters (contract §4): one letter per recipient of a CSV/XLSX file or of a province.

``recipients`` reads the file, ``units`` gives a province's communes from the 2025 list,
``fill`` puts a recipient's values into the spec's plain data, ``naming`` names the files,
``letters`` renders and writes one letter, ``runner`` spreads the letters over processes,
``pdfbatch`` and ``merge`` make the PDFs and the one printable file.
"""
