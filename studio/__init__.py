"""Image Studio: generate and edit images with OpenAI's GPT Image models."""

import os
import time

# As early as our code runs: `--smoke` reports the first frame against it.
STARTED = time.monotonic()

# Before numpy is imported: one thread for its BLAS. Our matrices are 3×3; a pool of OpenBLAS
# threads (made at the importing thread's priority, spinning after each product) only took
# a core from the UI thread while background threads worked on pixels.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

__version__ = "0.1.0"
