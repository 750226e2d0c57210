"""The deployer's duties: rules, what is due, monitoring, notices, explanations, measures."""
