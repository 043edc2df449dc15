"""Example paragraphs shared by several example tests, written for them."""

from __future__ import annotations

HARBOUR = (
    (
        "The harbour master closed the port to small boats on Thursday morning after the wind "
        "rose above fifty knots. Ferries to the islands were cancelled until further notice."
    ),
    (
        "Fishermen who had already left were told by radio to shelter in the bay behind the "
        "lighthouse. All of them were back on land by noon, the coastguard said."
    ),
    (
        "Forecasters expect the wind to ease on Saturday. The harbour will reopen once the "
        "pilots have checked that the channel markers are still in place."
    ),
)
"""Three English paragraphs of one short news story about a storm closing a harbour."""
