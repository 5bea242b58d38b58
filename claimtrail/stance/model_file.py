"""Saving the stance model with a manifest, and loading it back with its integrity checked.

The model is a pickle of scikit-learn objects, zlib-compressed; the manifest beside it records
its sha256, the library versions it was built with and the figures measured at training time.
Pickles only load reliably under the scikit-learn version that wrote them, so a mismatch is
refused with the command that rebuilds the model.

The pickle is Python's own (the C unpickler): joblib's container, used before (manifest format
``claimtrail.stance/1``, still read), unpickles in pure Python, which took ~1 CPU second of every
``claimtrail analyze`` start against ~0.08 s now (the same model; docs/stance.md).
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import tempfile
import zlib
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any

from claimtrail.errors import ModelError
from claimtrail.stance.model import StanceModel

MODEL_FORMAT = "claimtrail.stance/2"
MODEL_FILE = "stance-model.pickle.z"
MANIFEST_FILE = "stance-model.json"
# The joblib container models of the first format were written in (still read).
JOBLIB_FORMAT = "claimtrail.stance/1"
JOBLIB_FILE = "stance-model.joblib"
# zlib level 3: the file shrinks ~1.5x and still loads in well under a second.
COMPRESSION = 3
PICKLE_PROTOCOL = 5
RETRAIN_HINT = (
    "rebuild it with `claimtrail train stance --fnc1 ../shared/data/fnc-1 "
    "--emergent ../shared/data/emergent`"
)
# Temporary files are created owner-only (0600); the result is an ordinary readable file.
READABLE_FILE_MODE = 0o644


def default_model_dir() -> Path:
    return Path(str(resources.files("claimtrail") / "data" / "stance"))


# The model's generation: 2 since the headline head reads a dependency parse (syntax.py).
MODEL_GENERATION = 2


def model_version(created: datetime, sha256: str) -> str:
    return f"stance-{MODEL_GENERATION}+{created:%Y%m%d}.{sha256[:8]}"


def save_stance_model(
    model: StanceModel, directory: Path, training: dict[str, Any]
) -> dict[str, Any]:
    """Write model and manifest (returned); ``model.version`` comes from the file's hash."""
    import numpy
    import sklearn

    directory.mkdir(parents=True, exist_ok=True)
    created = datetime.now(UTC)
    model.version = "pending"
    model_path = directory / MODEL_FILE
    _drop_run_specific_state(model)
    data = zlib.compress(pickle.dumps(model, protocol=PICKLE_PROTOCOL), COMPRESSION)
    _atomic_write(model_path, lambda handle: handle.write(data))
    sha256 = _sha256(model_path)
    manifest = {
        "format": MODEL_FORMAT,
        "version": model_version(created, sha256),
        "sha256": sha256,
        "created": created.isoformat(timespec="seconds"),
        "scikit_learn": sklearn.__version__,
        "numpy": numpy.__version__,
        "training": training,
    }
    text = json.dumps(manifest, indent=2) + "\n"
    _atomic_write(directory / MANIFEST_FILE, lambda handle: handle.write(text.encode()))
    model.version = manifest["version"]
    return manifest


# scikit-learn's text vectorizers remember ``id()`` of their stop-word list (to warn once); an
# address differs from run to run and would make two trainings' files differ in their bytes.
RUN_SPECIFIC_ATTRIBUTES = ("_stop_words_id",)


def _drop_run_specific_state(obj: Any, seen: set[int] | None = None) -> None:
    """Remove ``RUN_SPECIFIC_ATTRIBUTES`` from every object reachable through attributes."""
    seen = set() if seen is None else seen
    if id(obj) in seen or isinstance(obj, type) or not hasattr(obj, "__dict__"):
        return
    seen.add(id(obj))
    for name in RUN_SPECIFIC_ATTRIBUTES:
        obj.__dict__.pop(name, None)
    for value in list(vars(obj).values()):
        for item in value if isinstance(value, list | tuple) else (value,):
            _drop_run_specific_state(item, seen)


def load_stance_model(directory: Path | None = None) -> StanceModel:
    """The shipped model (or one in ``directory``), checked against its manifest."""
    directory = directory or default_model_dir()
    manifest = read_manifest(directory)
    joblib_container = manifest.get("format") == JOBLIB_FORMAT
    model_path = directory / (JOBLIB_FILE if joblib_container else MODEL_FILE)
    if not model_path.is_file():
        raise ModelError(f"stance model file {model_path} is missing; {RETRAIN_HINT}")
    data = model_path.read_bytes()  # read once: hashed, then unpickled
    if hashlib.sha256(data).hexdigest() != manifest.get("sha256"):
        raise ModelError(
            f"stance model file {model_path} is corrupt (its sha256 does not match "
            f"{directory / MANIFEST_FILE}); {RETRAIN_HINT}"
        )
    _check_library_version(manifest)
    model = _unpickle(model_path, data, joblib_container)
    try:
        model.headline.check_syntax()
    except ValueError as exc:
        raise ModelError(f"stance model file {model_path}: {exc}; {RETRAIN_HINT}") from None
    model.version = str(manifest["version"])
    return model


def read_manifest(directory: Path) -> dict[str, Any]:
    path = directory / MANIFEST_FILE
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ModelError(
            f"no stance model in {directory} ({MANIFEST_FILE} is missing); {RETRAIN_HINT}"
        ) from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ModelError(
            f"stance model manifest {path} is unreadable ({exc}); {RETRAIN_HINT}"
        ) from None
    if not isinstance(manifest, dict) or manifest.get("format") not in {
        MODEL_FORMAT,
        JOBLIB_FORMAT,
    }:
        raise ModelError(f"{path} is not a {MODEL_FORMAT} manifest; {RETRAIN_HINT}")
    return manifest


def _check_library_version(manifest: dict[str, Any]) -> None:
    import sklearn

    if manifest.get("scikit_learn") != sklearn.__version__:
        raise ModelError(
            f"the stance model was built with scikit-learn {manifest.get('scikit_learn')}, "
            f"this is {sklearn.__version__}; install that version or {RETRAIN_HINT}"
        )


def _unpickle(path: Path, data: bytes, joblib_container: bool = False) -> StanceModel:
    try:
        if joblib_container:
            import joblib

            model = joblib.load(path)
        else:
            model = pickle.loads(zlib.decompress(data))
    except Exception as exc:  # a damaged pickle can raise almost anything
        raise ModelError(
            f"stance model file {path} cannot be loaded ({exc}); {RETRAIN_HINT}"
        ) from None
    if not isinstance(model, StanceModel):
        raise ModelError(
            f"{path} holds a {type(model).__name__}, not a StanceModel; {RETRAIN_HINT}"
        )
    return model


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _atomic_write(path: Path, write: Any) -> None:
    handle = tempfile.NamedTemporaryFile(
        "wb", dir=path.parent, prefix=f".{path.name}.", delete=False
    )
    try:
        with handle:
            write(handle)
        os.chmod(handle.name, READABLE_FILE_MODE)
        os.replace(handle.name, path)
    except BaseException:
        Path(handle.name).unlink(missing_ok=True)
        raise
