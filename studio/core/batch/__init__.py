"""Bulk work through OpenAI's Batch API: half price, within 24 hours, resumable."""
