"""The labelling rules, one module per part of the page, run in order by ``_labels``."""
