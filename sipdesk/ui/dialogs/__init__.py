"""Small dialogs of the case record and the directory."""
