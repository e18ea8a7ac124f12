"""Meeting mode: the protocol editor and the projector window."""
