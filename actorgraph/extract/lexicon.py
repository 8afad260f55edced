"""How common an English word is (wordfreq's Zipf scale, 0-8), cached.

>>> zipf("security") > 5 > zipf("Kharazi")
True
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=200_000)
def zipf(word: str) -> float:
    from wordfreq import zipf_frequency

    return float(zipf_frequency(word.lower(), "en"))
