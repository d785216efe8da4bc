"""Image Studio: generate and edit images with OpenAI's GPT Image models."""

import time

# As early as our code runs: `--smoke` reports the first frame against it.
STARTED = time.monotonic()

__version__ = "0.1.0"
