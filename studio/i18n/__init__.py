"""Translation: the language choice, Qt translators, and English core messages in other words."""
