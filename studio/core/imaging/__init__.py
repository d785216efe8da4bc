"""Pure pixel operations on masks and pictures: edges, composites, focus crops, extension, colour."""
