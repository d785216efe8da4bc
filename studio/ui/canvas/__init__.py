"""The canvas: the document and its layers, the tools, their undo commands and the view.

- document.py (picture, mask and their undo), loader.py (large pictures off the UI thread),
  encoder.py (request bytes on a pool thread), files.py (open, paste, export), commands.py
- state.py (the current tool and brush), tools.py, painting.py, actions.py (actions and keys)
- selection_*.py (polygon lasso, wand, object and subject selection, Mask menu operations)
- markup*.py (the markup layer, its tools, panel and undo)
- staging.py (results shown over the picture), focus_box.py, space_keys.py
- view.py (CanvasView, the widget that shows it all)
"""
