"""The command line (see main.py); `sipdesk` and `python -m sipdesk` start here."""

from sipdesk.cli.main import main

__all__ = ["main"]
