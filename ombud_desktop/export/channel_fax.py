"""The fax channel: one fax-ready PDF with a cover sheet, and on request a TIFF."""

from __future__ import annotations

from ombud_desktop.export import readme
from ombud_desktop.export.channel import TIFF_OPTION, Channel, ChannelJob
from ombud_desktop.export.class_f import CODING_NAMES
from ombud_desktop.i18n.markers import QT_TRANSLATE_NOOP


def build(job: ChannelJob) -> list[readme.Line]:
    source, options, dest, writer, progress, result = job
    from ombud_desktop.export.fax import build_fax

    fax = build_fax(source, dest, progress, options.tiff, options.branding, options.tiff_coding)
    progress.step(QT_TRANSLATE_NOOP("export_steps", "Saving the fax"))
    writer.add("fax.pdf", fax.pdf)
    result.files.append("fax.pdf")
    files = [(readme.FILE_DESCRIPTIONS["fax_pdf"], {"name": "fax.pdf", "pages": fax.pages})]
    if fax.tiff is not None:
        writer.add("fax.tif", fax.tiff)
        result.files.append("fax.tif")
        coding = f"TIFF Class F, {CODING_NAMES[options.tiff_coding]}"
        files.append((readme.FILE_DESCRIPTIONS["fax_tiff"], {"name": "fax.tif", "coding": coding}))
    progress.advance()
    result.pages = fax.pages
    facts = {"fax_pdf": "fax.pdf", "fax_tiff": "fax.tif", "pages": fax.pages, "fax": dest.fax}
    steps: list[readme.Line] = [(t, facts) for t in readme.FAX_STEPS]
    if fax.tiff is not None:
        steps.insert(2, (readme.FAX_TIFF_STEP, facts))
    return [
        *readme.numbered(steps),
        ("", {}),
        (readme.FILES_HEAD, {}),
        *files,
        (readme.FILE_MANIFEST, {}),
    ]


CHANNEL = Channel(
    code="fax",
    name=QT_TRANSLATE_NOOP("bundle_readme", "fax"),
    label=QT_TRANSLATE_NOOP("bundle_readme", "Fax"),
    choice=QT_TRANSLATE_NOOP("ExportPage", "&Fax: one PDF to fax, with a cover sheet"),
    reference=QT_TRANSLATE_NOOP("bundle_readme", "the number on the fax confirmation page"),
    contact_field="number",
    build=build,
    options=(TIFF_OPTION,),
)
