"""The jury loop: roster and conflicts, assignment, packages, scoring, score files, merge."""
