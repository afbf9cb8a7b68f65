"""The ledger (台账): policy documents, their tasks, who is responsible, and every write to them."""
