"""The case board and the Today list."""
