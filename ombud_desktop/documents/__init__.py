"""Everything the Ombudsman reads: the form PDF, addendum, index, attachment pages,
stamping, official-PDF filling. No Qt; everything in memory (bytes), never a plaintext
temp file. Import the module you need (reportlab and pypdf are slow to import, so this
package imports nothing itself); the packet as a whole is composed in `packet.py`."""
