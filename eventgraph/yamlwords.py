"""YAML for word lists: only 'true'/'false' are booleans, so that the words 'on', 'off',
'yes' and 'no' in a lexicon stay words (YAML 1.1 would read them as booleans)."""
from __future__ import annotations

import re
from typing import IO, Any

import yaml

_BOOL = re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$")


class WordLoader(yaml.SafeLoader):
    pass


WordLoader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:bool"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()}
WordLoader.add_implicit_resolver("tag:yaml.org,2002:bool", _BOOL, list("tTfF"))


def load(stream: IO[str] | str) -> Any:
    return yaml.load(stream, Loader=WordLoader)
