"""Language knowledge lives in YAML files under pipeline/resources/<lang>/ that researchers can
read and extend; this module only finds and loads them."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)   # libyaml's parser when PyYAML was built with it: several times faster
RESOURCE_DIR = Path(__file__).resolve().parent / "resources"


@lru_cache(maxsize=None)
def load_resource(lang: str, name: str) -> dict:
    """resources/<lang>/<name>.yaml, or {} when the language has no such file."""
    path = RESOURCE_DIR / lang / f"{name}.yaml"
    if not path.exists():
        return {}
    return yaml.load(path.read_text(encoding="utf-8"), Loader=LOADER) or {}


def load_common(name: str) -> dict:
    return load_resource("common", name)


@lru_cache(maxsize=None)
def demonyms(lang: str) -> dict[str, str]:
    """places.yaml's demonyms (-> ISO alpha-2), each also in its plural ("Nigeriens", "des
    Maliennes"): the people of a country are named by the plural, which the file need not list."""
    words = load_resource(lang, "places").get("demonyms", {})
    plurals = {f"{w}s": cc for w, cc in words.items()
               if re.fullmatch(r"[^\W\d_]+(?:[ -][^\W\d_]+)*", w) and not w.endswith(("s", "x", "z"))}   # "Bissau-Guineans", "Sierra Leoneans"
    return {**plurals, **words}


def resource_files() -> list[Path]:
    return sorted(RESOURCE_DIR.rglob("*.yaml"))
