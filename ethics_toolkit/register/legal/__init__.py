"""Legal statements: classification of a tool, conclusions from evidence, the law's dates."""
