"""How much memory and reading a piece of work in this process costs (Linux /proc;
elsewhere the lifetime peak, which may hide some)."""

from __future__ import annotations

import resource


def reset_peak_rss_kib() -> int:
    """Start the peak-memory count afresh (Linux: clear_refs 5), so the work measured is
    not hidden under an earlier peak (an unlock's, an import's); returns the resident
    memory now."""
    try:
        with open("/proc/self/clear_refs", "w") as refs:
            refs.write("5")
        return _status_kib("VmRSS")
    except OSError:
        return peak_rss_kib()


def peak_rss_kib() -> int:
    try:
        return _status_kib("VmHWM")
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def bytes_read() -> int | None:
    """Bytes this process has read so far through read calls (files, pipes), None where
    the system does not say (Linux: /proc/self/io rchar)."""
    try:
        with open("/proc/self/io") as io_counts:
            for line in io_counts:
                if line.startswith("rchar:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return None


def _status_kib(field: str) -> int:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    raise OSError(f"no {field} in /proc/self/status")
