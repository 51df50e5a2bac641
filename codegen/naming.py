"""Python names for the Engine's CamelCase JSON names.

The generator's own snake_case splits before every capital, so that
``IPv6Gateway`` became ``i_pv_6_gateway``, ``IOMaximumIOps``
``io_maximum_i_ops`` and ``ExecIDs`` ``exec_i_ds``. This one knows the
Engine's acronyms: ``ipv6_gateway``, ``io_maximum_iops``, ``exec_ids``.
"""

from __future__ import annotations

import re

_WORD = re.compile(
    r"""
    IPv[46]                      # IPv4, IPv6 (the digit belongs to the word)
    | I[Oo]ps(?![a-z])           # IOps, Iops
    | [A-Z]{2,}s(?![a-z])        # IDs, CPUs, IPs, CAs: a plural acronym
    | [A-Z]+(?=[A-Z][a-z])       # the acronym in HTTPProxy, IPAMConfig
    | [A-Z]?[a-z]+[0-9]*         # a word: Config, memory, v1, Ipv6
    | [A-Z]+                     # a trailing acronym: ID, TCP
    | [0-9]+                     # digits
    """,
    re.VERBOSE,
)


def split_words(name: str) -> list[str]:
    words: list[str] = []
    for chunk in re.split(r"[^0-9A-Za-z]+", name):
        words.extend(_WORD.findall(chunk))
    return words


def snake_case(name: str) -> str:
    """``"IPv6Gateway"`` -> ``"ipv6_gateway"``; ``"NanoCPUs"`` -> ``"nano_cpus"``."""
    return "_".join(word.lower() for word in split_words(name))
