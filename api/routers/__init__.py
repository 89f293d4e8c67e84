"""All routers, composed here once: main.py includes them in this order."""
from . import actors, articles, events, health, memberships, paths, subgraph, timeline

ROUTERS = [health.router, actors.router, events.router, subgraph.router, paths.router,
           timeline.router, memberships.router, articles.router]
