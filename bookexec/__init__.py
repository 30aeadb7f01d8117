"""Build-time execution of the book's snippets (see README, "How it works")."""
