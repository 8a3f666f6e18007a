"""The commonest US street names, said without their suffix ("the bar on elm", "we live off
oak"): numbered streets are matched apart, these are trees, presidents and a few others."""

from __future__ import annotations

COMMON_STREETS = frozenset(
    "main park oak pine maple cedar elm walnut spruce chestnut willow cherry birch ash poplar "
    "hickory magnolia washington lincoln jefferson madison jackson franklin adams monroe "
    "broadway market spring ridge sunset highland mill lake hill church center union state "
    "college grand central division commerce mlk".split()
)
