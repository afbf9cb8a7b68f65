"""Running the platform: the first run, the production server, and the demonstration programme."""
