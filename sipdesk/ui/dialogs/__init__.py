"""Dialogs: a new case, closing a case, people, and the directory of organisations."""
