"""Russian alphabetical order without ICU: ё next to е, case ignored, numbers by value."""

from __future__ import annotations

import re

_DIGITS = re.compile(r"\d+")


def collation_key(text: str) -> str:
    """A string whose code-point order is Russian dictionary order of ``text``.

    «Ёлочка» sorts between «Ель» and «Жук», «СОШ № 2» before «СОШ № 12»; ties keep ё after е.
    """
    folded = text.casefold()
    primary = _DIGITS.sub(lambda m: m.group().rjust(12, "0"), folded.replace("ё", "е"))
    return primary + "\x00" + folded
