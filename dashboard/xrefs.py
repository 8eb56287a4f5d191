"""Cross-references of the open claim (placeholder until claims.linking.cross_references_of lands)."""

from __future__ import annotations

import streamlit as st

from dashboard import resources


def render(claim_id: int, user: resources.SessionUser) -> None:
    st.caption("No cross-references.")
