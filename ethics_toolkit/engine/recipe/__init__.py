"""The audit recipe: which column plays which role and what each value means, with reasons."""
