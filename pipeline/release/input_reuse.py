"""The manifest's input parts made from the documents parts they mirror, not from every input.

Why (issue 18: an add-one costs what it changes): every publish read the ``doc_id`` and
``sha256`` of all documents (100k at 100k articles), grouped them by bucket in Python and wrote
the JSON text of every input part (:func:`~pipeline.release.parts.input_parts`, 8.6 MB at 100k)
to learn that one part changed: 0.25-0.45 CPU-s of an add-one at 100k articles.

Why it is exact: when the input hashes are the documents table's own ``doc_id`` -> ``sha256``
(:class:`DocumentHashes`, what the release asset publishes), input part ``b`` lists the
``doc_id``/``sha256`` pairs of the documents rows of bucket ``b``: the rows of documents part
``b``, bucketed by the same function of ``doc_id`` into the same number of buckets (the plan
decides both from the documents table). A documents part's object is named by the sha256 of its
bytes, so equal names mean equal rows and an equal input part. The memo maps a documents part's
sha256 to the input part object made from it; a documents part built in this publish gives its
pairs from its own rows. Anything else (no memo entry and no fresh rows for a part, an empty
part, a ``doc_id`` repeated in a part, inputs that are not the documents' own, a memo object
that is missing or fails its stamp and hash) builds every input part as before.

Layout: ``<data>/cache/release-inputs.json``, ``{"version", "entries": {documents part sha256:
"input sha256 rows bytes"}, "sha256"}`` (the last over the entries: damaged is empty), one
rename; only the entries of the latest publish are kept.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import suppress
from pathlib import Path

import pyarrow as pa

from pipeline.release.fingerprint import memo_version
from pipeline.release.objects import object_path
from pipeline.release.part_memo import read_entries, write_entries
from pipeline.release.parts import Part, _json_lines
from pipeline.release.reuse import Carried
from pipeline.release.stamps import ObjectStamps

MEMO_FILE = Path("cache") / "release-inputs.json"
PAIR_COLUMNS = ("doc_id", "sha256")
"""What an input part lists of each document row."""


def _version() -> str:
    """The input parts' JSON text is ``pipeline.release.parts``' (covered by ``memo_version``)."""
    return f"inputs-1|{memo_version()}"


class DocumentHashes(Mapping[str, str]):
    """Input hashes that are the documents table's own ``doc_id`` -> ``sha256``, read only when
    first asked for (an add-one whose input parts are all made from documents parts never
    reads them)."""

    def __init__(self, load: Callable[[], Mapping[str, str]]) -> None:
        self._load = load
        self._hashes: Mapping[str, str] | None = None

    @property
    def hashes(self) -> Mapping[str, str]:
        if self._hashes is None:
            self._hashes = dict(self._load())
        return self._hashes

    def __getitem__(self, doc_id: str) -> str:
        return self.hashes[doc_id]

    def __iter__(self) -> Iterator[str]:
        return iter(self.hashes)

    def __len__(self) -> int:
        return len(self.hashes)


class InputMemo:
    """The memo of one data folder, read at the start of a publish and written at its end."""

    def __init__(self, data_dir: Path, stamps: ObjectStamps) -> None:
        self.data_dir = Path(data_dir)
        self.stamps = stamps
        self.entries: dict[str, str] = {}
        self.used: dict[str, str] = {}
        self.fresh: dict[str, pa.Table] = {}
        """``{documents part name: its doc_id and sha256}`` of the parts built this publish."""
        self.entries = read_entries(self.data_dir / MEMO_FILE, _version())

    def noting(self, parts: Iterable[Part | Carried]) -> Iterator[Part | Carried]:
        """``parts`` of the documents table, each passed on; the pairs of the ones built kept."""
        for part in parts:
            table = part.table if isinstance(part, Part) else None
            if table is not None and set(PAIR_COLUMNS) <= set(table.column_names):
                self.fresh[part.name] = table.select(list(PAIR_COLUMNS))
            yield part

    def parts(self, documents: Sequence[tuple[str, str, int]]) -> list[Part | Carried] | None:
        """The input parts of ``documents`` (its parts as placed: name, sha256, rows), else
        ``None`` when in doubt (the caller builds them from the input hashes)."""
        out: list[Part | Carried] = []
        for name, sha, rows in documents:
            if rows <= 0 or not name.endswith(".parquet"):
                return None
            json_name = f"{name[: -len('.parquet')]}.json"
            carried = self._carried(sha, json_name)
            if carried is not None:
                out.append(carried)
                continue
            table = self.fresh.get(name)
            if table is None:
                return None
            pairs = dict(
                zip(
                    table.column("doc_id").to_pylist(),
                    table.column("sha256").to_pylist(),
                    strict=True,
                )
            )
            if len(pairs) != rows or table.num_rows != rows:
                return None
            out.append(Part(json_name, (_json_lines(pairs) + "\n").encode("utf-8"), rows))
        return out or None

    def _carried(self, documents_sha: str, name: str) -> Carried | None:
        entry = self.entries.get(documents_sha)
        if entry is None:
            return None
        with suppress(ValueError, OSError):
            sha, rows, size = entry.split(" ")
            path = object_path(self.data_dir, sha, ".json")
            if self.stamps.sha256(path, sha) == sha and path.stat().st_size == int(size):
                return Carried(name, sha, int(rows), int(size), path)
        return None

    def remember(
        self, documents: Sequence[tuple[str, str, int]], placed: Sequence[tuple[str, str, int, int]]
    ) -> None:
        """Record the input parts ``placed`` (name, sha256, rows, bytes) under the documents part
        of the same bucket, when the two tables have the same parts and rows (else nothing)."""
        of = {name[: -len(".parquet")]: (sha, rows) for name, sha, rows in documents}
        used: dict[str, str] = {}
        for name, sha, rows, size in placed:
            documents_part = of.get(name[: -len(".json")]) if name.endswith(".json") else None
            if documents_part is None or documents_part[1] != rows:
                return
            used[documents_part[0]] = f"{sha} {rows} {size}"
        if len(used) == len(of):
            self.used = used

    def save(self) -> None:
        """Keep the entries of this publish only; a memo that cannot be written is no error."""
        if not self.used or self.used == self.entries:
            return
        write_entries(self.data_dir / MEMO_FILE, _version(), self.used)
