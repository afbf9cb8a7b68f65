"""The platform's pages; each view validates its input and calls one service."""
