"""Language-neutral parts of extraction: tokens, drafts, entities, claim assembly and check-worthiness."""
