"""Image Studio: generate and edit images with OpenAI's GPT Image models."""

__version__ = "0.1.0"
