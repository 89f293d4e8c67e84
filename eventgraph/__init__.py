"""eventgraph: news articles in, a graph of who did what to whom and when out."""

__version__ = "0.1.0"
