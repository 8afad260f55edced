"""Graph stores: the embedded FalkorDB engine (default) and Neo4j."""

from actorgraph.graph.store import GraphStore, StoreConfig, open_store

__all__ = ["GraphStore", "StoreConfig", "open_store"]
