# The eventgraph API and CLI. Used by docker-compose.yml; on its own:
#   docker build -t eventgraph . && docker run -p 127.0.0.1:8000:8000 eventgraph
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app
# dependencies first (the spaCy model is one of them), so code edits reuse this layer
COPY pyproject.toml README.md ./
RUN mkdir -p eventgraph api bench \
 && touch eventgraph/__init__.py api/__init__.py bench/__init__.py \
 && pip install . \
 && pip uninstall -y eventgraph

COPY eventgraph ./eventgraph
COPY api ./api
COPY bench ./bench
RUN pip install --no-deps . \
 && useradd --create-home --uid 10001 eventgraph

USER eventgraph
WORKDIR /home/eventgraph
EXPOSE 8000
HEALTHCHECK --interval=10s --timeout=10s --start-period=60s --retries=5 \
  CMD ["python", "-c", "import urllib.request as u; u.urlopen('http://127.0.0.1:8000/health', timeout=5)"]
CMD ["eventgraph", "serve", "--host", "0.0.0.0", "--port", "8000"]
