"""How much memory this process uses and may still take, and giving freed memory back.

Linux only where it says so; elsewhere the figures are None ("unknown") and trimming
does nothing, so callers never refuse work on a guess.
"""

from __future__ import annotations

import contextlib
import functools
import resource
import sys
from collections.abc import Callable
from pathlib import Path

MIB = 1024 * 1024


def rss_bytes() -> int | None:
    """This process's resident set size now (``/proc/self/statm``), or None."""
    try:
        fields = Path("/proc/self/statm").read_text().split()
        return int(fields[1]) * resource.getpagesize()
    except (OSError, ValueError, IndexError):
        return None


def peak_rss_bytes() -> int:
    """This process's peak resident set size so far (``getrusage``; Linux reports KiB)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024


def _meminfo_available() -> int | None:
    """``MemAvailable`` of /proc/meminfo: what the kernel can give without swapping."""
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemAvailable:"):
                return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return None


def _read_int(path: str) -> int | None:
    try:
        text = Path(path).read_text().strip()
    except OSError:
        return None
    return int(text) if text.isdigit() else None  # "max" (no limit) is None too


def _cgroup_room() -> int | None:
    """Room left under this container's memory limit (cgroup v2, else v1), or None."""
    for limit_file, usage_file in (
        ("/sys/fs/cgroup/memory.max", "/sys/fs/cgroup/memory.current"),
        (
            "/sys/fs/cgroup/memory/memory.limit_in_bytes",
            "/sys/fs/cgroup/memory/memory.usage_in_bytes",
        ),
    ):
        limit, usage = _read_int(limit_file), _read_int(usage_file)
        # cgroup v1 writes "no limit" as a huge number (near 2**63).
        if limit is not None and usage is not None and limit < 1 << 60:
            return max(0, limit - usage)
    return None


def _address_space_room() -> int | None:
    """Room left under ``RLIMIT_AS`` (``ulimit -v``): a build beyond it gets MemoryError."""
    soft, _ = resource.getrlimit(resource.RLIMIT_AS)
    if soft == resource.RLIM_INFINITY:
        return None
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmSize:"):
                return max(0, soft - int(line.split()[1]) * 1024)
    except (OSError, ValueError, IndexError):
        pass
    return None


def available_bytes() -> int | None:
    """The least of the memory the machine can give (MemAvailable), the room under the
    container's limit and the room under the address-space limit; None when none of
    them can be read."""
    figures = [f for f in (_meminfo_available(), _cgroup_room(), _address_space_room()) if f]
    return min(figures) if figures else None


@functools.cache
def _load_malloc_trim() -> Callable[[int], int] | None:
    """glibc's ``malloc_trim``, looked up on first use: finding libc runs ``ldconfig``
    and ctypes costs an import, which a one-shot ``partnerbot ask`` never needs."""
    if not sys.platform.startswith("linux"):
        return None
    import ctypes
    import ctypes.util

    name = ctypes.util.find_library("c") or "libc.so.6"
    with contextlib.suppress(OSError, AttributeError):
        trim = ctypes.CDLL(name).malloc_trim  # glibc only: musl has none
        trim.argtypes = [ctypes.c_size_t]
        trim.restype = ctypes.c_int
        return trim
    return None


def release_free_memory() -> bool:
    """Give the C allocator's free pages back to the system (glibc ``malloc_trim(0)``).

    After a large snapshot is freed, glibc keeps most of the freed heap mapped for
    reuse, so the process's RSS stays at its peak; trimming returns the free pages at
    the top of the heap and the free pages inside it. Returns whether trimming is
    available here (False on musl, macOS, Windows).
    """
    trim = _load_malloc_trim()
    if trim is None:
        return False
    trim(0)
    return True
