"""Storage: the only SQL (store, ORM, migrations), the hash chain, integrity, export/import."""
