"""Results: aggregation of scores, rankings with ties, finalists and winners."""
