"""The HTML front end: server-rendered pages with htmx; views validate input and call one service."""
