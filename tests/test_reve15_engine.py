"""Review findings of session 15 on the engine, asked on invented material: a unit's
short form inside a compound ("t-shirts", "m&s") stays a word."""

from __future__ import annotations

from bot.engine.qa.measures import as_unit, joined_words, written_out

# --- short forms of units inside ordinary words ------------------------------------------


def test_a_short_form_joined_to_a_word_is_no_unit() -> None:
    raw = "How many T-shirts, kg-rated crates and Mi-Fi hubs did B&M ship in 2019?"
    joined = joined_words(raw)
    typed = "how many t shirts kg rated crates and mi fi hubs did b m ship in 2019".split()
    assert written_out(typed, joined) == typed
    assert not as_unit("kg", raw) and not as_unit("t", "how many t shirts")
    # A figure's unit is no compound: "a 12-km canal" is twelve kilometres.
    assert "km" not in joined_words("how long is the 12-km canal?")
    assert written_out("the 12 km canal".split(), joined_words("the 12-km canal")) == [
        "the",
        "12",
        "kilometres",
        "canal",
    ]


def test_a_one_letter_unit_counts_only_after_a_figure() -> None:
    assert written_out("how many t of grain".split()) == "how many t of grain".split()
    assert written_out("a 40 t load".split()) == "a 40 tonnes load".split()
    assert written_out("how many kg of grain".split())[2] == "kilograms"
