"""The case record: one widget per tab, and the panels for plan versions and deviations."""
