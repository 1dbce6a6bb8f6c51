"""Ready-to-send bundles for email, fax and mail (no Qt; the GUI and the CLI both use it).

    gather.collect(vault, record) -> CaseMaterial     vault reads only (GUI: writer thread)
    gather.prepare(material) -> ExportSource          form, attachments -> pages, index
    run.export_case(source, ExportOptions, out_dir, destinations, progress=...) -> ExportResult
    outbox.reminders_ics(...), outbox.delete_export(path, case_id)

Modules: destinations (resources/destinations.json + organization overrides), email_draft
(.eml parts, mailto), fax (cover, grayscale, stamp; raster: TIFF G4), mail_packet
(checklist, #10 window address page, cover letter), bundle (all-or-nothing folder/zip,
manifest, SHA256SUMS), readme (README.txt in English + the person's language), progress
(steps and cancel), child (an export in its own process, for the GUI).
The export is the only plaintext the app writes, and only where the person chose.
"""
