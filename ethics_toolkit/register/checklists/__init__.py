"""Checklists as data: the YAML files read into validated models."""
