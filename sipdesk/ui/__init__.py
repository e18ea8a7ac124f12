"""PySide6 widgets over the services."""
