"""Pure pixel operations: mask edges, composites, focus crops, extension, colour match."""
