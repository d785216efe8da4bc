"""Peak memory of a masked `studio edit` of a 10000×10000 picture (goal: under 1.5 GB).

Usage: python benchmarks/edit_memory.py [--edge N]

Each figure is the peak resident set (ru_maxrss) of its own fresh Python process, measured in
this run: the baseline composites the whole picture at once the way Studio did before
(decode picture and mask, scale the result to full size, composite); the CLI run is a real
`studio edit --image … --mask …` against the emulator (running in this parent process, so its
own memory is not counted), which validates, sends, composites in strips and writes --out.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PIL import Image

from studio.core.settings import CompatibleProfile, Settings, save_settings
from studio.emulator.server import EmulatorServer

ROOT = Path(__file__).resolve().parents[1]
KEY = "sk-benchmark-emulator"

BASELINE = """
import resource, sys
from pathlib import Path
from studio.core.imageio import load_image_bytes
from studio.core.imageinfo import encode
from studio.core.mask_io import composite
folder = Path(sys.argv[1])
original = load_image_bytes((folder / "picture.png").read_bytes())
result = load_image_bytes((folder / "result.png").read_bytes())
mask = load_image_bytes((folder / "mask.png").read_bytes())
merged = composite(original, result, mask, 4.0)
data = encode(merged, "png")
print("RSS", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""

CLI = """
import resource, sys
from studio.cli import main
code = main(sys.argv[1:])
print("RSS", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, code, file=sys.stderr)
"""


def make_inputs(folder: Path, edge: int) -> None:
    """A detailed picture that still compresses under the API's 50 MB, a mask, a 1024² result."""
    gradient = Image.linear_gradient("L").resize((edge, edge))
    tile = Image.effect_noise((256, 256), 40).convert("L")
    noise = Image.new("L", (edge, edge))
    for top in range(0, edge, 256):
        for left in range(0, edge, 256):
            noise.paste(tile, (left, top))
    picture = Image.merge("RGB", (gradient, gradient.transpose(Image.Transpose.ROTATE_90), noise))
    picture.save(folder / "picture.png", compress_level=6)
    del picture, noise, gradient
    mask = Image.new("RGBA", (edge, edge), (0, 0, 0, 255))
    mask.paste((0, 0, 0, 0), (edge // 4, edge // 4, edge * 3 // 4, edge * 3 // 4))
    mask.save(folder / "mask.png", compress_level=9)
    Image.linear_gradient("L").resize((1024, 1024)).convert("RGB").save(folder / "result.png")


def measure(code: str, *args: str, env: dict[str, str]) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        cwd=ROOT, env=env, capture_output=True, text=True, check=False,
    )  # fmt: skip
    lines = (done.stdout + done.stderr).strip().splitlines()
    if done.returncode != 0 or not lines:
        raise SystemExit(f"measurement failed: {done.stderr.strip()[-400:]}")
    last = [line for line in lines if line.startswith("RSS ")]
    return last[-1].split()[1:] if last else lines[-1].split()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edge", type=int, default=10000)
    args = parser.parse_args()
    # The emulator in this process reads the upload; the studio processes check sizes themselves.
    warnings.simplefilter("ignore", Image.DecompressionBombWarning)
    with tempfile.TemporaryDirectory() as scratch, EmulatorServer(port=0, partial_delay=0) as emu:
        folder = Path(scratch)
        make_inputs(folder, args.edge)
        env = dict(os.environ, STUDIO_DATA_DIR=str(folder / "data"),
                   STUDIO_CONFIG_DIR=str(folder / "config"), OPENAI_API_KEY=KEY,
                   STUDIO_SECRET_BACKEND="memory")  # fmt: skip
        os.environ.update(STUDIO_CONFIG_DIR=env["STUDIO_CONFIG_DIR"])
        save_settings(
            Settings(provider="compatible", compatible=CompatibleProfile(base_url=emu.base_url))
        )
        size = (folder / "picture.png").stat().st_size
        print(f"picture {args.edge}x{args.edge}: {size / 1e6:.1f} MB PNG")
        [base_kb] = measure(BASELINE, str(folder), env=env)
        print(f"baseline (whole-image composite): peak RSS {int(base_kb) / 1024:,.0f} MB")
        kb, code = measure(
            CLI, "edit", "--image", str(folder / "picture.png"), "--mask",
            str(folder / "mask.png"), "--prompt", "a lake", "--size", "1024x1024",
            "--quality", "low", "--out", str(folder / "out"), "--json", env=env,
        )  # fmt: skip
        if code != "0":
            raise SystemExit(f"studio edit exited {code}")
        [written] = list((folder / "out").iterdir())
        with Image.open(written) as image:
            assert image.size == (args.edge, args.edge), image.size
        print(f"studio edit with mask (strips):   peak RSS {int(kb) / 1024:,.0f} MB")
        print(json.dumps({"baseline_mb": int(base_kb) // 1024, "edit_mb": int(kb) // 1024}))


if __name__ == "__main__":
    main()
