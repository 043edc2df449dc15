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

CYCLE_PATH = (
    (
        "Der neue Radweg zwischen Altstadt und Universität ist seit Montag freigegeben. Auf "
        "knapp vier Kilometern trennt ein breiter Grünstreifen die Radfahrer vom Autoverkehr."
    ),
    (
        "Nach Angaben der Stadt nutzen schon in der ersten Woche mehr als dreitausend "
        "Menschen täglich die Strecke. Viele Studierende sparen so eine Viertelstunde auf dem "
        "Weg."
    ),
    (
        "Im Herbst soll ein zweiter Abschnitt bis zum Bahnhof folgen. Die Bauarbeiten dafür "
        "beginnen im August und dauern voraussichtlich bis zum Jahresende."
    ),
)
"""Three German paragraphs of one short news story about a new cycle path."""
