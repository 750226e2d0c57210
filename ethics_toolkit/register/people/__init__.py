"""Learning built on the tool's own audit (issue 23): lessons, self-checks, the meeting kit."""
