"""The canvas's newer parts: results staged over the picture before they are accepted."""
