"""Where a tool stands: the traffic light, how it counts, and the guided path."""
