"""The seed articles as the repository ships them, for tests that copy or count ``seeds/``.

Why not ``ROOT / "seeds"`` itself: the README's workflow puts a user's own articles and
``corrections.csv`` into ``seeds/`` (the default input folder), and tests that copied the live
folder then failed with messages that did not point at it (new-user trial, round 58). When git
says ``seeds/`` differs from ``HEAD`` (untracked, modified or deleted files), ``SEEDS`` is a
private copy of ``HEAD``'s seed files in a temporary folder; otherwise, or without git (an
unpacked source archive), it is ``seeds/`` itself.
"""

from __future__ import annotations

import atexit
import shutil
import subprocess
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LIVE = ROOT / "seeds"


def _git(*args: str) -> bytes | None:
    try:
        done = subprocess.run(
            ["git", "-C", str(ROOT), *args], capture_output=True, check=True, timeout=30
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout


def pristine_seeds() -> Path:
    """``seeds/`` when it equals ``HEAD``'s (or git cannot tell), else a copy of ``HEAD``'s."""
    status = _git("status", "--porcelain", "--untracked-files=all", "--ignored", "--", "seeds")
    names = _git("ls-tree", "-z", "--name-only", "HEAD", "seeds/")
    if not status or names is None:  # clean, or no git: the folder as it is
        return LIVE
    folder = Path(tempfile.mkdtemp(prefix="tradefacts-seeds-")) / "seeds"
    folder.mkdir()
    atexit.register(shutil.rmtree, folder.parent, True)
    for name in filter(None, names.decode().split("\0")):
        content = _git("show", f"HEAD:{name}")
        if content is None:
            raise RuntimeError(f"git could not read {name} at HEAD")
        (folder / Path(name).name).write_bytes(content)
    return folder


SEEDS = pristine_seeds()
"""The shipped seed folder (see the module docstring)."""
