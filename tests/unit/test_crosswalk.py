import re

import pytest

from eventgraph import crosswalk
from eventgraph.models import EVENT_TYPES, EVENT_TYPES_PLOVER

# CAMEO 1.1b3: 2-digit root 01-20, then an optional third and fourth digit
CAMEO = re.compile(r"^(0[1-9]|1[0-9]|20)\d{0,2}$")


def test_every_event_type_has_a_default_row():
    for t in EVENT_TYPES:
        row = crosswalk.row_for(t)
        assert row.mode is None, t
        assert row.plover in EVENT_TYPES_PLOVER, (t, row.plover)


def test_plover_types_map_to_themselves():
    for t in EVENT_TYPES_PLOVER:
        assert crosswalk.plover_for(t) == t
        for m in crosswalk.modes(t):
            assert crosswalk.plover_for(t, m) == t, (t, m)


def test_codes_are_well_formed_and_labelled():
    for (t, m), row in crosswalk.table().items():
        assert t in EVENT_TYPES, t
        assert row.plover in EVENT_TYPES_PLOVER, (t, m)
        assert row.cameo and CAMEO.match(row.cameo), (t, m, row.cameo)
        assert row.cameo_label, (t, m)
        for alt in row.cameo_alt:
            assert CAMEO.match(alt), (t, m, alt)
            assert alt != row.cameo, (t, m)


def test_seed_type_decisions():
    assert crosswalk.plover_for("MEET") == "CONSULT"
    assert crosswalk.cameo_for("MEET") == "040"
    assert crosswalk.cameo_for("MEET", "visit") == "042"
    assert crosswalk.cameo_for("MEET", "multilateral") == "044"
    assert (crosswalk.plover_for("DEPLOY_TROOPS"), crosswalk.cameo_for("DEPLOY_TROOPS")) == ("AID", "074")
    assert crosswalk.cameo_for("DEPLOY_TROOPS", "military") == "072"
    assert (crosswalk.plover_for("DEPLOY_TROOPS", "troops"), crosswalk.cameo_for("DEPLOY_TROOPS", "troops")) \
        == ("MOBILIZE", "154")
    assert (crosswalk.plover_for("SUMMON_AMBASSADOR"), crosswalk.cameo_for("SUMMON_AMBASSADOR")) == ("ACCUSE", "114")
    assert (crosswalk.plover_for("JOIN_BLOC"), crosswalk.cameo_for("JOIN_BLOC")) == ("SUPPORT", "057")
    assert (crosswalk.plover_for("APPLY_MEMBERSHIP"), crosswalk.cameo_for("APPLY_MEMBERSHIP")) == ("REQUEST", "022")


def test_documented_disagreements_are_in_the_notes():
    sanction = crosswalk.row_for("SANCTION")
    assert sanction.cameo == "163"
    assert "CAMEO2PLOVER-2021" in sanction.note and "COERCE" in sanction.note
    assert "163" in crosswalk.row_for("COERCE", "restrict").cameo_alt
    for seed in ("SUMMON_AMBASSADOR", "JOIN_BLOC", "DEPLOY_TROOPS"):
        assert "No" in crosswalk.row_for(seed).note and "CAMEO code" in crosswalk.row_for(seed).note, seed
    assert "161" in crosswalk.row_for("SUMMON_AMBASSADOR").note
    assert "036" in crosswalk.row_for("MEET").note
    assert "DEMAND" in crosswalk.row_for("REQUEST").note


def test_modes_and_fallbacks():
    assert "expel" in crosswalk.modes("SANCTION")
    assert crosswalk.cameo_for("SANCTION", "expel") == "166"
    assert crosswalk.cameo_for("sanction", "EXPEL") == "166"  # case does not matter
    # a mode the table does not know falls back to the type's default row
    assert crosswalk.cameo_for("SANCTION", "no-such-mode") == "163"
    assert crosswalk.modes("JOIN_BLOC") == []
    with pytest.raises(ValueError, match="NOT_A_TYPE"):
        crosswalk.plover_for("NOT_A_TYPE")
    with pytest.raises(ValueError):
        crosswalk.modes("NOT_A_TYPE")


def test_table_is_read_once():
    assert crosswalk.table() is crosswalk.table()
