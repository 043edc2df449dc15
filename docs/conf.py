"""Sphinx configuration for the newsparse documentation."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from docutils import nodes

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))

import newsparse  # noqa: E402  (imported from the source tree when not installed)

project = "newsparse"
author = "The newsparse developers"
copyright = "The newsparse developers"
release = newsparse.__version__
version = ".".join(release.split(".")[:2])

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.doctest",
]

# Every cross-reference must resolve; the build runs with -W.
nitpicky = True
# The build works offline, so there is no intersphinx: the few outside names the docstrings
# refer to are linked to their documentation by hand (see _resolve below).
EXTERNAL = {
    "attrs.evolve": "https://www.attrs.org/en/stable/api.html#attrs.evolve",
    "attrs.asdict": "https://www.attrs.org/en/stable/api.html#attrs.asdict",
    "json.dumps": "https://docs.python.org/3/library/json.html#json.dumps",
}

exclude_patterns = ["_build", "_examples"]
root_doc = "index"
language = "en"

# The API reference documents the names of newsparse.__all__ (Google-style docstrings).
autodoc_member_order = "bysource"
autodoc_typehints = "signature"
python_use_unqualified_type_names = True
napoleon_google_docstring = True
napoleon_numpy_docstring = False
napoleon_use_ivar = False
napoleon_use_rtype = False

# Pages use plain doctest blocks (">>>") only, so that both the doctest builder and the
# standard doctest runner (tests/test_docs.py) execute them without hidden setup.
doctest_test_doctest_blocks = "default"

html_theme = "alabaster"
html_title = f"newsparse {release}"
html_theme_options = {
    "description": "News pages in, structured articles out.",
    "fixed_sidebar": False,
}


def _resolve(app: Any, env: Any, node: Any, contnode: Any) -> Any:
    """Resolve references to outside names and to private module paths of public names.

    Annotations name classes by the module that defines them (``newsparse._model.Article``);
    the reference documents them under ``newsparse``. Returns ``None`` (still missing) for
    anything else, so real mistakes keep failing the build.
    """
    if node.get("refdomain") != "py":
        return None
    target = node["reftarget"]
    if target in EXTERNAL:
        link = nodes.reference("", "", internal=False, refuri=EXTERNAL[target])
        link.append(contnode)
        return link
    if target.startswith("newsparse._"):
        name = target.rsplit(".", 1)[-1]
        if name in newsparse.__all__:
            domain = env.get_domain("py")
            public = f"newsparse.{name}"
            return domain.resolve_xref(
                env, node["refdoc"], app.builder, node["reftype"], public, node, contnode
            )
    return None


def setup(app: Any) -> dict[str, Any]:
    """Register the reference resolver."""
    app.connect("missing-reference", _resolve)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
