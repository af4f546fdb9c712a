"""Named-entity recognition for kg: the statistical CLUENER model and its lexicons."""
