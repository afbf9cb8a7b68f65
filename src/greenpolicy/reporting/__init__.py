"""Reporting cycles and progress reports: co-departments feed the lead, the lead reports, the office reviews."""
