"""The risk register: domain models, legal classification, checklists and storage."""
