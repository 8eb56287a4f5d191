"""Arabic extraction: cue verbs and their forms, speaker phrases (titles, names, organisations),
content spans.

Entry point: ``claims.extract.arabic.extract.extract_arabic``. This file imports nothing, so that a
module of the package can be imported without loading the whole extractor.
"""
