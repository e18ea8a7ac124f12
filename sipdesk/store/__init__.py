"""The encrypted store: SQLCipher engine, keys, schema and queries."""
