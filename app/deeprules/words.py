"""Counts in words for every screen and message: "1 commit", "613 commits", never "613 commit(s)"."""

from __future__ import annotations


def count(n: int, noun: str, plural: str | None = None) -> str:
    """`n` and the noun, singular for one: `count(2, "finding")` is "2 findings"; an irregular plural is given
    (`count(n, "file version", "file versions")`). The last word is the one that takes the plural."""
    return f"{n} {noun if n == 1 else plural or noun + 's'}"
