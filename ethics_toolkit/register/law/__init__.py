"""The law as data: dates and wording of the AI Act and related law, with their sources."""
