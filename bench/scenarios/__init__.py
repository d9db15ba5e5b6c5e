"""One module per scenario of issue 9; each ``run`` returns the rows of its figures."""
