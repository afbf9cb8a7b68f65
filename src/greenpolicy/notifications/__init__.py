"""In-app notifications and the reminders (催办) sent to departments that have not reported."""
