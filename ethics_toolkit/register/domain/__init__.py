"""The register's domain: pydantic models, their labels, the history as people read it."""
