"""ntm-docgen: Vietnamese administrative letters in the layout of Nghị định 30/2020/NĐ-CP."""

__version__ = "0.1.0"
