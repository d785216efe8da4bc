"""malloc as the app sets it up (studio.ui.heap.map_large_buffers), measured in a fresh process."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

_CHURN = """
import resource, threading
from studio.ui import heap
assert heap.map_large_buffers()
def churn(out):
    before = resource.getrusage(resource.RUSAGE_THREAD).ru_minflt
    for _ in range(200):
        block = bytearray(512 << 10)  # a band's bytes, zeroed: every page is written
        del block
    out.append(resource.getrusage(resource.RUSAGE_THREAD).ru_minflt - before)
out = []
thread = threading.Thread(target=churn, args=(out,))
thread.start()
thread.join()
print(out[0])
"""


def test_a_pool_thread_reuses_the_memory_of_the_bands_it_freed() -> None:
    """With glibc's 128 KB trim threshold each freed band went back to the system and the next
    one faulted its pages in again: 200 bands of 512 KB took about 19,000 page faults (128
    pages each), with the GIL held where Pillow wrote them. Kept, they take a band's worth."""
    done = subprocess.run(
        [sys.executable, "-c", _CHURN],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    faults = int(done.stdout.strip())
    assert faults < 2000, faults
