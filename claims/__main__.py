"""``python -m claims`` runs the command line."""

from claims.cli import main

main()
