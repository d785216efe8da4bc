"""Local OpenAI-compatible Images API server used by demo mode, tests and benchmarks."""
