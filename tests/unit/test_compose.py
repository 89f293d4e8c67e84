"""docker-compose.yml and Dockerfile, checked without a Docker engine.

The schema below is a trimmed form of the Compose Specification's JSON schema: only the keys this
project uses or is likely to use. Unknown keys are rejected, so a typo fails here rather than at
`docker compose up`; a valid key missing from the trim has to be added below.
"""
from __future__ import annotations

import copy
import re
from pathlib import Path

import jsonschema
import pytest
import yaml

from eventgraph.config import Settings

REPO = Path(__file__).resolve().parents[2]
COMPOSE = REPO / "docker-compose.yml"
DOCKERFILE = REPO / "Dockerfile"

DURATION = {"type": "string", "pattern": r"^(\d+(\.\d+)?(ns|us|ms|s|m|h))+$"}
STRINGS = {"type": "array", "items": {"type": "string"}}
COMMAND = {"oneOf": [{"type": "null"}, {"type": "string"}, STRINGS]}
ENV_VALUE = {"type": ["string", "number", "boolean", "null"]}
ENVIRONMENT = {
    "oneOf": [
        {"type": "object", "patternProperties": {r"^[^=\s]+$": ENV_VALUE}, "additionalProperties": False},
        {"type": "array", "items": {"type": "string", "pattern": r"^[^=\s]+(=.*)?$"}, "uniqueItems": True},
    ]
}
PORT_STRING = r"^((\[?[0-9a-fA-F.:]+\]?|\$\{[^}]+\}):)?(\d+(-\d+)?:)?\d+(-\d+)?(/(tcp|udp|sctp))?$"
HEALTHCHECK = {
    "type": "object",
    "properties": {
        "disable": {"type": "boolean"},
        "test": {"oneOf": [{"type": "string"}, {**STRINGS, "minItems": 1,
                                                 "prefixItems": [{"enum": ["NONE", "CMD", "CMD-SHELL"]}]}]},
        "interval": DURATION,
        "timeout": DURATION,
        "start_period": DURATION,
        "start_interval": DURATION,
        "retries": {"type": "integer", "minimum": 0},
    },
    "additionalProperties": False,
}
SERVICE_NAME = r"^[a-zA-Z0-9._-]+$"
SERVICE = {
    "type": "object",
    "properties": {
        "image": {"type": "string"},
        "build": {
            "oneOf": [
                {"type": "string"},
                {
                    "type": "object",
                    "properties": {
                        "context": {"type": "string"},
                        "dockerfile": {"type": "string"},
                        "target": {"type": "string"},
                        "args": ENVIRONMENT,
                    },
                    "additionalProperties": False,
                },
            ]
        },
        "command": COMMAND,
        "entrypoint": COMMAND,
        "environment": ENVIRONMENT,
        "env_file": {"oneOf": [{"type": "string"}, STRINGS]},
        "ports": {
            "type": "array",
            "items": {
                "oneOf": [
                    {"type": "number"},
                    {"type": "string", "pattern": PORT_STRING},
                    {
                        "type": "object",
                        "properties": {
                            "target": {"type": "integer"},
                            "published": {"type": ["string", "integer"]},
                            "host_ip": {"type": "string"},
                            "protocol": {"type": "string"},
                            "mode": {"type": "string"},
                        },
                        "required": ["target"],
                        "additionalProperties": False,
                    },
                ]
            },
        },
        "volumes": {
            "type": "array",
            "items": {
                "oneOf": [
                    {"type": "string"},
                    {
                        "type": "object",
                        "properties": {
                            "type": {"enum": ["bind", "volume", "tmpfs"]},
                            "source": {"type": "string"},
                            "target": {"type": "string"},
                            "read_only": {"type": "boolean"},
                        },
                        "required": ["type", "target"],
                        "additionalProperties": False,
                    },
                ]
            },
        },
        "depends_on": {
            "oneOf": [
                {"type": "array", "items": {"type": "string", "pattern": SERVICE_NAME}, "uniqueItems": True},
                {
                    "type": "object",
                    "patternProperties": {
                        SERVICE_NAME: {
                            "type": "object",
                            "properties": {
                                "condition": {"enum": ["service_started", "service_healthy",
                                                       "service_completed_successfully"]},
                                "restart": {"type": "boolean"},
                                "required": {"type": "boolean"},
                            },
                            "required": ["condition"],
                            "additionalProperties": False,
                        }
                    },
                    "additionalProperties": False,
                },
            ]
        },
        "healthcheck": HEALTHCHECK,
        "restart": {"type": "string", "pattern": r"^(no|always|unless-stopped|on-failure(:\d+)?)$"},
        "container_name": {"type": "string"},
        "profiles": STRINGS,
        "user": {"type": "string"},
        "working_dir": {"type": "string"},
        "labels": ENVIRONMENT,
        "networks": {"oneOf": [STRINGS, {"type": "object"}]},
    },
    "patternProperties": {r"^x-": {}},
    "additionalProperties": False,
    "anyOf": [{"required": ["image"]}, {"required": ["build"]}],
}
COMPOSE_SCHEMA = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "properties": {
        "version": {"type": "string"},
        "name": {"type": "string", "pattern": r"^[a-z0-9][a-z0-9_-]*$"},
        "services": {
            "type": "object",
            "patternProperties": {SERVICE_NAME: SERVICE},
            "additionalProperties": False,
        },
        "volumes": {
            "type": "object",
            "patternProperties": {r"^[a-zA-Z0-9._-]+$": {"type": ["object", "null"]}},
            "additionalProperties": False,
        },
        "networks": {"type": "object"},
    },
    "patternProperties": {r"^x-": {}},
    "required": ["services"],
    "additionalProperties": False,
}

VAR = re.compile(r"\$\{(?P<name>[A-Za-z_][A-Za-z0-9_]*)(?::-(?P<default>[^}]*))?\}")


def interpolate(node, env: dict[str, str]):
    """Compose-style ${NAME} / ${NAME:-default} substitution; $$ stays a literal $ for the container."""
    if isinstance(node, dict):
        return {k: interpolate(v, env) for k, v in node.items()}
    if isinstance(node, list):
        return [interpolate(v, env) for v in node]
    if isinstance(node, str):
        parts = node.split("$$")
        return "$".join(VAR.sub(lambda m: env.get(m["name"]) or (m["default"] or ""), p) for p in parts)
    return node


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load(COMPOSE.read_text(encoding="utf-8"))


def env_of(service: dict) -> dict[str, str]:
    env = service.get("environment") or {}
    if isinstance(env, list):
        env = dict(item.split("=", 1) if "=" in item else (item, "") for item in env)
    return {k: str(v) for k, v in env.items()}


def test_compose_file_matches_the_schema(compose):
    jsonschema.validate(compose, COMPOSE_SCHEMA, cls=jsonschema.Draft202012Validator)


@pytest.mark.parametrize(
    "path, value",
    [
        (("services", "api", "depends_on", "neo4j", "condition"), "healthy"),
        (("services", "neo4j", "healthcheck", "interval"), "five seconds"),
        (("services", "api", "ports"), ["8000:eight"]),
        (("services", "api", "restart"), "sometimes"),
        (("services", "api", "enviroment"), {"A": "b"}),
    ],
)
def test_schema_rejects_common_mistakes(compose, path, value):
    broken = copy.deepcopy(compose)
    node = broken
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, COMPOSE_SCHEMA, cls=jsonschema.Draft202012Validator)


def test_every_eventgraph_variable_is_a_setting(compose):
    fields = set(Settings.model_fields)
    seen = 0
    for name, service in compose["services"].items():
        for var in env_of(service):
            if var.startswith("EVENTGRAPH_"):
                seen += 1
                assert var.removeprefix("EVENTGRAPH_").lower() in fields, f"{name}: {var} is no Settings field"
    assert seen, "no service sets any EVENTGRAPH_ variable"


def test_api_reaches_neo4j_with_the_same_password(compose):
    resolved = interpolate(compose, {"NEO4J_PASSWORD": "s3cret-pass"})
    neo4j, api = resolved["services"]["neo4j"], resolved["services"]["api"]
    assert env_of(neo4j)["NEO4J_AUTH"] == "neo4j/s3cret-pass"
    settings = Settings(**{k.removeprefix("EVENTGRAPH_").lower(): v for k, v in env_of(api).items()
                           if k.startswith("EVENTGRAPH_")})
    assert settings.neo4j_user == "neo4j"
    assert settings.neo4j_password == "s3cret-pass"
    assert settings.store_target() == "bolt://neo4j:7687"
    assert settings.api_key in (None, "")  # empty by default: no key unless the user sets one
    # the default still works without the variable, and satisfies Neo4j 5's 8-character minimum
    default = interpolate(compose, {})["services"]["neo4j"]
    assert len(env_of(default)["NEO4J_AUTH"].removeprefix("neo4j/")) >= 8


def container_ports(service: dict) -> set[int]:
    ports = set()
    for spec in service.get("ports", []):
        if isinstance(spec, dict):
            ports.add(int(spec["target"]))
        else:
            ports.add(int(str(spec).split("/")[0].rsplit(":", 1)[-1]))
    return ports


def test_ports_match(compose):
    services = compose["services"]
    uri = env_of(services["api"])["EVENTGRAPH_NEO4J_URI"]
    host, port = re.fullmatch(r"bolt://([^:/]+):(\d+)", uri).groups()
    assert host in services, f"{uri} names no service"
    assert int(port) in container_ports(services[host]) | {7687}
    assert {7474, 7687} <= container_ports(services["neo4j"])

    command = services["api"]["command"]
    api_port = int(command[command.index("--port") + 1])
    assert container_ports(services["api"]) == {api_port}
    assert f":{api_port}/health" in " ".join(services["api"]["healthcheck"]["test"])

    dockerfile = DOCKERFILE.read_text(encoding="utf-8")
    assert re.search(rf"^EXPOSE {api_port}$", dockerfile, re.M)
    assert f'"--port", "{api_port}"' in dockerfile


def test_services_start_in_order(compose):
    services = compose["services"]
    assert services["api"]["depends_on"]["neo4j"]["condition"] == "service_healthy"
    assert services["init"]["depends_on"]["neo4j"]["condition"] == "service_healthy"
    assert services["api"]["depends_on"]["init"]["condition"] == "service_completed_successfully"
    assert services["init"]["command"][-2:] == ["neo4j", "init"]
    assert services["neo4j"]["image"].startswith("neo4j:5.26")
    volumes = set(compose["volumes"])
    mounted = {v.split(":", 1)[0] for v in services["neo4j"]["volumes"]}
    assert mounted <= volumes and len(mounted) >= 2


def test_dockerfile_installs_the_package_on_python_311():
    text = DOCKERFILE.read_text(encoding="utf-8")
    assert re.search(r"^FROM python:3\.11-slim$", text, re.M)
    assert re.search(r"^RUN pip install .*\.", text, re.M)
    ignored = (REPO / ".dockerignore").read_text(encoding="utf-8").split()
    for private in (".env", ".neo4j", ".git"):
        assert private in ignored
