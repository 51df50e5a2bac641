"""Project scripts that are also importable (private engine, test image)."""
