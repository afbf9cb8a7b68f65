"""Every write to the ledger: each service checks rights, changes state in one transaction and audits it."""
