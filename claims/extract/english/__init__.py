"""English extraction: reporting verbs, speaker phrases by capitalisation, content spans.

Entry point: ``claims.extract.english.extract.extract_english``. This file imports nothing, so that a
module of the package can be imported without loading the whole extractor.
"""
