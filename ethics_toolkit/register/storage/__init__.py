"""The register's storage: its only SQL (store, ORM, migrations), verify, export and import."""
