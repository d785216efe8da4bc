"""Data shipped with Studio: the model table, presets, icons and styles."""
