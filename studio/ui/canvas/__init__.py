"""The canvas's newer parts: staged results, the focus box and the mask's edge preview."""
