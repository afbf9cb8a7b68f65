"""The ledger (台账) as departments keep it in Excel: exported in their layout, and imported back with a preview.

`export.ledger_workbook` writes the workbook; `importing.preview_ledger_import` reads one (ours or a department's
own) into a per-row diff against a document's tasks, and `importing.apply_ledger_import` writes it, all or nothing.
"""
