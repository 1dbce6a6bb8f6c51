"""Reading a USCIS notice (Form I-797C) from a photo, scan or PDF, offline; no Qt.

reader.read_notice(path) -> (NoticeReading, straightened page); preprocess straightens
the picture, engine runs Tesseract, fields finds the values and checks them by the rules
of typed input (core.normalise).
"""
