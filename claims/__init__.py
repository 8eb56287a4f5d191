"""claims: the core library — who-said-what extraction, storage, linking, review rules, export.

Boundary: this package never imports Prefect or Streamlit. ``flows/`` (Prefect) and ``dashboard/``
(Streamlit) import it, never the other way round; ``tests/test_boundaries.py`` enforces that.
Modules: ``text`` (cleaning, sentences, normalisation), ``extract`` (claims from clean text),
``models``/``db``/``repository`` (storage), ``linking`` (cross-references), ``review`` (who may
decide what), ``export`` (CSV, JSON Lines, ClaimReview), ``cli`` (the ``claims`` command).
"""

__version__ = "0.1.0"
