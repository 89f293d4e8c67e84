"""Graph stores behind one interface; open_store() picks one from a path or URI."""
from __future__ import annotations

from .base import EventFilter, GraphStore, IngestReport

NEO4J_SCHEMES = ("neo4j://", "neo4j+s://", "neo4j+ssc://", "bolt://", "bolt+s://", "bolt+ssc://")


def open_store(target: str | None = None, settings=None) -> GraphStore:
    """A path opens the embedded store; a neo4j:// or bolt:// URI opens Neo4j."""
    from ..config import get_settings

    settings = settings or get_settings()
    target = target or settings.store_target()
    if target.startswith(NEO4J_SCHEMES):
        from .neo4j import Neo4jStore

        return Neo4jStore(target, user=settings.neo4j_user, password=settings.neo4j_password,
                          database=settings.neo4j_database)
    from .embedded import EmbeddedStore

    return EmbeddedStore(target)


__all__ = ["EventFilter", "GraphStore", "IngestReport", "open_store"]
