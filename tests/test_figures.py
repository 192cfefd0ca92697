"""Figure extraction, normalisation and the two figure rules (SL301, SL302)."""

from __future__ import annotations

import datetime as dt
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import seedlint
from seedlint import dates, figure_record
from seedlint.config import Config
from seedlint.document import Document
from seedlint.figures import Figure, extract_figures, overlaps, parse_figures
from seedlint.multiples import mentions_multiples, multiples


def one(text: str) -> Figure:
    figs = parse_figures(text)
    assert len(figs) == 1, [f.text for f in figs]
    return figs[0]


def day(y: int, m: int, d: int) -> float:
    return float(dt.date(y, m, d).toordinal())


@pytest.mark.parametrize(
    ("text", "unit", "value"),
    [
        ("It cost $700 million.", "USD", 700e6),
        ("It cost $1.8 billion.", "USD", 1.8e9),
        ("It cost $1.8bn.", "USD", 1.8e9),
        ("It cost US$2m.", "USD", 2e6),
        ("It cost €450m.", "EUR", 450e6),
        ("It cost £3 trillion.", "GBP", 3e12),
        ("It cost USD 5 million.", "USD", 5e6),
        ("It cost 700 million dollars.", "USD", 700e6),
        ("It cost $1,800 million.", "USD", 1.8e9),
        # other currencies: codes before or after, symbols, names
        ("It offered about NOK 1.2 billion.", "NOK", 1.2e9),
        ("It offered 1.2 billion NOK.", "NOK", 1.2e9),
        ("It paid CHF 120 million.", "CHF", 120e6),
        ("It paid HK$3 billion.", "HKD", 3e9),
        ("It paid R$ 2.5 billion.", "BRL", 2.5e9),
        ("It paid ₹500 crore.", "INR", 5e9),
        # kroner are Norway's or Denmark's: matched like crowns
        ("It paid 300 million kroner.", "CROWN", 300e6),
        ("It paid 300 million koruny.", "CZK", 300e6),
        ("It paid ISK 300 million.", "ISK", 300e6),
        ("Revenue was 1.2bn euros.", "EUR", 1.2e9),
        ("Revenue rose $5.5 bln.", "USD", 5.5e9),
        ("It paid 35 million pesos.", "MXN", 35e6),
        # a currency joined to its scale word, as an adjective
        ("The 14.5 billion-peso aqueduct opened.", "MXN", 14.5e9),
        ("It took a 500 million-euro loan.", "EUR", 500e6),
        ("It paid 2 billion Swiss francs.", "CHF", 2e9),
        ("It paid 5 billion won.", "KRW", 5e9),
        ("It paid 8.4 billion Norwegian kroner.", "NOK", 8.4e9),
        ("It paid 18 billion Swedish crowns.", "SEK", 18e9),
        ("It paid 12 billion Hong Kong dollars.", "HKD", 12e9),
        ("It raised Rs 15,000 crore.", "INR", 1.5e11),
        ("It raised ₹2 lakh.", "INR", 2e5),
        ("It raised RMB 5 billion.", "CNY", 5e9),
        ("It pays 45 cents.", "USD", 0.45),
        ("It pays 12 pence.", "GBP", 0.12),
        # "crowns" names five currencies; the one meant is settled against the source
        ("It paid 7 billion crowns.", "CROWN", 7e9),
        ("It froze a 2 billion crown factory.", "CROWN", 2e9),
        ("It spends 1.9 billion złoty.", "PLN", 1.9e9),
        ("It spends 300 million forints.", "HUF", 300e6),
        ("It spends KZT 5 billion.", "KZT", 5e9),
        ("It spends 2 billion tenge.", "KZT", 2e9),
        ("It spends 40 million cedis.", "GHS", 40e6),
        ("It spends 5 million lei.", "RON", 5e6),
        ("It was fined half a million lei.", "RON", 5e5),
        ("Shares rose to 37 Australian cents.", "AUD", 0.37),
        ("It raised 1.35 billion riyal in its offering.", "SAR", 1.35e9),
        ("The 214 million sol project stalled.", "PEN", 2.14e8),
        ("It saved 3,200 billion dong.", "VND", 3.2e12),
        ("It lent 400 million riels.", "KHR", 4e8),
        ("It lent 12 billion Uzbek som.", "UZS", 1.2e10),
        ("It lent 12 billion som.", "KGS", 1.2e10),
        ("It owes 2 billion CFA francs.", "XOF", 2e9),
        ("It owes 90 million UAE dirhams.", "AED", 9e7),
        ("It owes 900 billion guaraníes.", "PYG", 9e11),
        ("It owes 5 billion ariary.", "MGA", 5e9),
        ("The programme will cost 180 million rials.", "IRR", 1.8e8),
        ("It owes 3 billion dinars.", "DZD", 3e9),
        ("It raised 2 billion rial in bonds.", "IRR", 2e9),
    ],
)
def test_money(text: str, unit: str, value: float) -> None:
    f = one(text)
    assert (f.kind, f.unit) == ("money", unit)
    assert f.value == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Turnout was 40%.", 40),
        ("Turnout was 40 percent.", 40),
        ("Turnout was 40 per cent.", 40),
        ("Turnout was two in five.", 40),
        ("Turnout was one in four.", 25),
        ("Turnout was one out of five.", 20),
        ("Turnout was 12 pct.", 12),
        ("One in a hundred voters abstained.", 1),
        ("It makes half of its cars there.", 50),
        ("It sells one-third of its cars there.", 100 / 3),
        ("It sells two-thirds of its cars there.", 200 / 3),
    ],
)
def test_percentages_and_fractions(text: str, value: float) -> None:
    f = one(text)
    assert (f.kind, f.unit) == ("percent", "%")
    assert f.value == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("They hired 1,800 staff.", 1800),
        ("They have 1.8 million users.", 1.8e6),
        ("They flew eight launches.", 8),
        ("They flew twenty-one launches.", 21),
        ("They own a dozen ships.", 12),
        ("They have 9.3m users.", 9.3e6),
        # points above 100 are an index level, not percentage points
        ("The index closed at 21,480 points.", 21480),
        ("The index closed at 21,480 points on Friday.", 21480),
        # thousands grouped by a thin or no-break space (SI style)
        ("The city has 12\u2009500 buses.", 12500),
        ("The city has 12\u202f500 buses.", 12500),
        ("The city has 12\u00a0500 buses.", 12500),
        ("Half a million people fled.", 5e5),
    ],
)
def test_counts(text: str, value: float) -> None:
    f = one(text)
    assert f.kind == "count"
    assert f.value == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "lo", "hi"),
    [
        ("The hearing was on November 20, 2024.", day(2024, 11, 20), day(2024, 11, 20)),
        ("The hearing was on 20 November 2024.", day(2024, 11, 20), day(2024, 11, 20)),
        ("Threats came in May 2022.", day(2022, 5, 1), day(2022, 5, 31)),
        ("Talks began in 2024.", day(2024, 1, 1), day(2024, 12, 31)),
        ("Talks began in late 2022.", day(2022, 9, 1), day(2022, 12, 31)),
        ("Firms merged in the 1990s.", day(1990, 1, 1), day(1999, 12, 31)),
        ("It ran 2021–2023.", day(2021, 1, 1), day(2023, 12, 31)),
    ],
)
def test_dates(text: str, lo: float, hi: float) -> None:
    f = one(text)
    assert f.kind in ("date", "year")
    assert (f.lo, f.hi) == (lo, hi)


@pytest.mark.parametrize(
    ("text", "written", "month", "day_"),
    [
        ("The routes stop from November 1, blaming costs.", "November 1", 11, 1),
        ("The routes stop on 12 November.", "12 November", 11, 12),  # not its full stop
        ("The board met on Sept. 3 in Lima.", "Sept. 3", 9, 3),
        ("Leap day, Feb 29, was chosen.", "Feb 29", 2, 29),
    ],
)
def test_a_day_of_a_month_without_a_year(text: str, written: str, month: int, day_: int) -> None:
    f = one(text)
    assert (f.text, f.kind, f.unit) == (written, "date", "monthday")
    # counted in one fixed leap year, so the same day of any year maps onto it
    assert f.lo == f.hi == day(2000, month, day_)
    assert dates.month_day_of(day(2023, month, min(day_, 28))) == day(2000, month, min(day_, 28))


@pytest.mark.parametrize(
    "text",
    [
        "In March 20% of the staff left.",  # a share after a month
        "Prices may 5% higher.",  # a verb in lower case is no month
        "On May 5-7 the fair runs.",  # a range of days
    ],
)
def test_a_month_before_a_number_that_is_no_day(text: str) -> None:
    assert all(f.kind != "date" for f in parse_figures(text))


def test_month_day_of_matches_the_calendar() -> None:
    for year in (1900, 2023, 2024):
        start = dt.date(year, 1, 1).toordinal()
        for ordinal in range(start, dt.date(year, 12, 31).toordinal() + 1):
            d = dt.date.fromordinal(ordinal)
            assert dates.month_day_of(float(ordinal)) == day(2000, d.month, d.day)


def test_a_day_without_a_year_does_not_date_the_sentence() -> None:
    # "November 1" says nothing of the year: the count stays undated, as without it
    (f, _) = parse_figures("It cut 40 jobs on November 1.")
    assert f.text == "40" and not f.times


def test_percent_range() -> None:
    f = one("Rates of 5-7% apply.")
    assert (f.kind, f.lo, f.hi) == ("percent", 5, 7)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("eight launches", "8 launches"),
        ("$1.8 billion", "$1,800 million"),
        ("$1.8 billion", "$1.8bn"),
        ("about $3 billion", "$2.94 billion"),
        ("40%", "two in five"),
        ("over $700 million", "$712 million"),
        ("nearly 1,000 firefighters", "980 firefighters"),
        ("a dozen firms", "12 firms"),
    ],
)
def test_equal_values_meet(a: str, b: str) -> None:
    assert overlaps(one(a), one(b))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("$1.8 billion", "$2.1 billion"),
        ("eight launches", "11 launches"),
        ("40%", "41%"),
        ("over $700 million", "$450 million"),
        ("up to 30 satellites", "45 satellites"),
        ("about 88%", "94%"),
        ("nearly 1,000 firefighters", "1,100 firefighters"),
    ],
)
def test_different_values_do_not_meet(a: str, b: str) -> None:
    assert not overlaps(one(a), one(b))


@pytest.mark.parametrize(
    ("hedge", "inside", "outside"),
    [
        ("more than", 750, 650),
        ("at least", 700, 650),
        ("up to", 650, 720),
        ("nearly", 690, 720),
        ("about", 740, 800),
        ("roughly", 660, 600),
        ("around", 700, 790),
        ("some", 700, 600),
        ("almost", 680, 730),
        ("over", 800, 600),
    ],
)
def test_hedges_widen(hedge: str, inside: int, outside: int) -> None:
    f = one(f"It won {hedge} $700 million.")
    assert f.hedge == hedge
    assert f.alo <= inside * 1e6 <= f.ahi
    assert not f.alo <= outside * 1e6 <= f.ahi


@pytest.mark.parametrize(
    "text",
    [
        "Aliens were kept at Area 51 for years.",
        "The airline flies Boeing 737 jets.",
        "He finished 2nd in the race.",
        "1. The senators asked for a review.",
        "No one came.",
        # an ordinal, not a fraction; a half that ends a mixed number
        "Prices rose for a fifth consecutive month.",
        "The team lost a third straight game.",
        "The work will take a year and a half.",
        # a firm whose name opens with a number; a grade
        "The club was sold to 777 Partners.",
        "Guests in two-star hotels and 5-star resorts stay longer.",
    ],
)
def test_non_figures(text: str) -> None:
    assert parse_figures(text) == ()


def test_citation_ids_are_not_figures() -> None:
    doc = Document("The senators wrote a letter [38c5ecf8] and another [12345678].")
    assert extract_figures(doc) == ()


def test_extraction_is_shared_through_analysis() -> None:
    doc = Document("SpaceX flew eight launches [963e6a24].")
    first = doc.analysis(extract_figures)
    assert doc.analysis(extract_figures) is first
    assert [f.text for f in first] == ["eight"]


def test_subject_words() -> None:
    (a, b) = parse_figures(
        "SpaceX holds over $700 million in launch contracts and a $1.8 billion classified "
        "contract with the National Reconnaissance Office."
    )
    assert a.head == b.head == "contract"
    assert "classified" in b.modifiers and "launch" not in b.modifiers
    assert "nro" in b.names  # the acronym of the office's name


def test_two_modifiers_joined_by_and_before_the_noun() -> None:
    assert one("It signed with 11 local and international banks.").head == "bank"
    # two nouns joined by "and" are not modifiers: the first is what is counted
    assert one("It hired 40 engineers and technicians.").head == "engineer"


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("The five-year contract leaves little room.", "contract"),
        ("A 48-hour strike began.", "strike"),
        ("It hit a 10-year Treasury note.", "year"),  # a name after it: the unit, as before
    ],
)
def test_a_length_of_time_glued_to_its_noun(text: str, head: str) -> None:
    f = one(text)
    assert (f.unit, f.head) == ("days", head)


def test_and_a_half_before_a_unit() -> None:
    f = one("The plant was built in two and a half years.")
    assert (f.text, f.unit, f.lo) == ("two and a half", "days", 2.5 * 365.25)
    # without a unit after it, the number stays what it is
    assert [g.text for g in parse_figures("About two and a half million voted.")] != [
        "two and a half"
    ]


@pytest.mark.parametrize(
    ("source", "expected"),
    [("It took 30 months to build.", []), ("It took two years to build.", ["two and a half"])],
)
def test_unsupported_and_a_half(source: str, expected: list[str]) -> None:
    text = "The plant, built in two and a half years, opened [c1000001]."
    assert findings(text, "unsupported-figure", {"c1000001": source}) == expected


@pytest.mark.parametrize(
    ("text", "km"),
    [
        ("Salt reached 60 kilometres inland.", 60.0),
        ("Salt reached 60 miles inland.", 60 * 1.609344),
        ("They paved the 400-mile road.", 400 * 1.609344),
        ("They built a 400km pipeline.", 400.0),
    ],
)
def test_distances_in_kilometres(text: str, km: float) -> None:
    f = one(text)
    assert f.unit == "km" and f.lo == f.hi == pytest.approx(km)


@pytest.mark.parametrize("text", ["Cars may drive at 120 km/h.", "It went 60 miles an hour."])
def test_a_speed_is_no_distance(text: str) -> None:
    assert one(text).unit == ""


def test_a_message_quotes_a_figure_with_its_unit() -> None:
    text = (
        "They will pave the 400-kilometre road [576e6205].\n"
        "Villagers along the 400-mile road waited [576e6205]."
    )
    (d,) = [d for d in seedlint.lint_text(text) if d.rule == "inconsistent-figure"]
    assert d.text == "400"  # the span is the number; the message gives the unit too
    assert d.message.startswith("'400-mile' contradicts '400-kilometre' (line 1, column 20)")


def test_a_common_verb_after_the_noun_ends_the_measured_phrase() -> None:
    assert one("The 3.5 million target looks within reach.").head == "target"


def test_a_clause_after_a_figure_is_not_what_it_measures() -> None:
    # "the 9.8% the board paid": the board paid it; the share measures no board
    (_, f) = parse_figures("The 6.4% rate compares well with the 9.8% the board paid.")
    assert f.text == "9.8%" and f.head == ""


def test_a_verb_before_a_clause_ends_the_measured_phrase() -> None:
    # "shows how …": "shows" is a verb, so the shortfall is what the figure measures
    assert one("Bihar's 43% shortfall shows how unevenly the rain fell.").head == "shortfall"


# -- the rules -------------------------------------------------------------------------


def findings(text: str, rule: str, sources: dict[str, object] | None = None) -> list[str]:
    return [d.text for d in seedlint.lint_text(text, sources=sources) if d.rule == rule]


def test_inconsistent_reports_later_figure_with_related_location() -> None:
    text = (
        "SpaceX holds a $1.8 billion classified contract with the NRO [576e6205].\n"
        "The classified NRO contract, worth $2.1 billion, was signed in 2021 [576e6205]."
    )
    diags = [d for d in seedlint.lint_text(text) if d.rule == "inconsistent-figure"]
    assert [d.text for d in diags] == ["$2.1 billion"]
    d = diags[0]
    assert (d.line, d.code) == (2, "SL301")
    assert [(r.line, r.column) for r in d.related] == [(1, 16)]
    assert "line 1, column 16" in d.message


@pytest.mark.parametrize(
    "text",
    [
        # different things side by side, in one sentence and across sentences
        "SpaceX holds $700 million in launch contracts and a $1.8 billion NRO contract [576e6205].",
        "SpaceX flew eight launches in 2024 [963e6a24].\nULA flew two launches in 2024 [963e6a24].",
        # a change over time
        "Staff rose from 12 to 15 by March [963e6a24].\nThe team now has 15 staff [963e6a24].",
        # before/after
        "Before the cuts the plant had 10,000 workers; after them it will have 8,500 [963e6a24].",
        # rewrites of one value, dates written two ways
        "The deal is worth $1.8bn [576e6205].\nThe deal, worth $1,800 million, closed [576e6205].",
        "The hearing was on November 20, 2024 [09b6a0ac].\nThe hearing on 20 November 2024 ran late [09b6a0ac].",
        # the size of a whole is not a count of its parts
        "The ruling party won 37 of the 150 seats [8192a3b4].\nThe opposition won 25 seats [8192a3b4].",
        "Of the 300 seats, 142 went to the Alliance [c1000001].\nThe Greens won 24 seats [c1000001].",
        "Most of the 300 seats went to one party [c1000001].\nThe Greens won 24 seats [c1000001].",
        # an order is not the fleet it will join
        "Its fleet of 180 aircraft is young [8192a3b4].\nIt ordered 50 new aircraft in March [8192a3b4].",
        # two funds in one city: the place is not what costs
        "The pension fund in Rotterdam would cost $180 million [576e6205].\n"
        "The strike fund in Rotterdam would cost $17.9 billion [576e6205].",
        # a time or a place after the noun sets the figures apart
        "The plant hired 40 workers last year [576e6205].\n"
        "The plant hired 60 workers this year [576e6205].",
        "The firm built 40 homes near Paris [576e6205].\n"
        "The firm built 60 homes near Lyon [576e6205].",
        # a price per share, per hour or per item is not a total
        "Beta shareholders will receive $41 per share in cash [576e6205].\n"
        "The $4.5 billion offer values Beta at a premium [576e6205].",
        "Acme offered $38 a share [576e6205].\nThe offer is worth $38 million [576e6205].",
        # a share counted "one in four" before "more than" is no difference
        "The college will raise annual tuition for undergraduates by 18% [576e6205].\n"
        "About 48% of undergraduates get a grant, and one in four works more than 15 hours a "
        "week [576e6205].",
        # the whole after a possessive is no count of its own ("of the capital's 19")
        "The ministry fined 37 hospitals, factories and slaughterhouses [576e6205].\n"
        "Inspectors found that 11 of the capital's 19 public hospitals had no filters "
        "[576e6205].",
        # "to number" is a verb: the count after it is a figure, restated later
        "The agency's 310 staff are meant to number 500 by 2028 [576e6205].\n"
        "Overall, with staff rising to 500 by 2028, the plan is on track [576e6205].",
        # an amount of spectrum names no thing measured: a part is not the whole restated
        "The regulator sold 120 megahertz at Sunday's auction [576e6205].\n"
        "Deshlink paid 4,320 crore taka for 60 megahertz of the airwaves [576e6205].",
        # a figure the text sets another against ("short of") is not restated
        "The ministry will give museums an extra 6.4 million euros [576e6205].\n"
        "The union said the package fell short of the 9 million euros it wanted [576e6205].",
        "Alerts reach phones within three seconds of a quake [576e6205].\n"
        "A magnitude 8 quake would hit the city [576e6205].",
        "The salary cap is 3.1 million dollars a club [576e6205].\n"
        "The deal values the club at 52.5 million dollars [576e6205].",
        "The fund costs $25 an hour to run [576e6205].\nThe fund costs $90 million [576e6205].",
        "The cargo of 80 barrels arrived [576e6205].\nThe cargo sold at 90 a barrel [576e6205].",
        "Each ticket costs $3 each at the gate [576e6205].\n"
        "Tickets cost $5 million at the gate [576e6205].",
        # a place that opens the sentence sets its figures apart from figures without it
        "The average home cost £285,000 [c1000001].\n"
        "In London the average was £510,000 [c1000001].",
        "Across the EU, the average firm employs 40 staff [c1000001].\n"
        "The average firm employs 12 staff [c1000001].",
        # "average" alone does not say what is measured
        "The average was £510,000 [c1000001].\nBuyers need an average deposit of £62,000 [c1000001].",
        # "bringing X to N" is a change; a forecast stated before a figure makes it one
        "The bank held rates at 5.25% for a sixth meeting [c1000001].\n"
        "Economists expect two cuts of 0.25 percentage points, bringing Bank Rate to 4.75% "
        "[c1000001].",
        "Inflation was 3.2% [c1000001].\n"
        "Economists expect that by the end of the year inflation will be 2.1% [c1000001].",
        # quarters, halves and months date a figure as years do
        "The company cut 5,000 jobs in the first quarter [c1000001].\n"
        "The company cut 3,000 jobs in the second quarter [c1000001].",
        "Q1 sales reached $4.1 billion in 2024 [c1000001].\n"
        "Sales reached $3.2 billion in the second-half of 2024 [c1000001].",
        "The airport handled 40 flights in March [c1000001].\n"
        "The airport handled 65 flights in July [c1000001].",
        # a figure coordinated with the one before it has that figure's owner
        "Homeland won 14% and 41 seats [c1000001].\nThe Greens won 9% and 24 seats [c1000001].",
        # a yardstick is not the subject's value
        "Inflation was 7.4% in March [c1000001].\n"
        "Inflation is still far above the 3% target [c1000001].",
        # the new value of a change ("up from"), and the amount of one ("trim ... by")
        "The Greens won 32 seats [c1000001].\nThe Greens will have 37 seats, up from 27 "
        "[c1000001].",
        "The court trimmed the penalty by €120 million [c1000001].\n"
        "The penalty of €1.8 billion was a record [c1000001].",
        "The original €1.8 billion penalty was cut [c1000001].\n"
        "The penalty of €1.72 billion stands [c1000001].",
        # a possessive opening the sentence names the owner
        "Labour's majority of 174 seats is the largest since 1997 [c1000001].\n"
        "Plaid Cymru won 4 seats in Wales [c1000001].",
        # one figure is someone's, the other's own phrase names someone else
        "Greek crews numbered 530 firefighters [c1000001].\n"
        "Some 1,200 firefighters from EU countries were sent to help [c1000001].",
        # money "in the" something is where it goes, not what it measures
        "The group will invest €30 million in the airport [c1000001].\n"
        "The deal values the airport at €210 million [c1000001].",
        # shares of one group that did different things, or of two groups, or two places
        "One in three tenants backed the rent cap [c1000001].\n"
        "One in five tenants opposed it [c1000001].",
        "About 41% of members backed Okafor [c1000001].\n"
        "About 29% of members backed Brennan [c1000001].",
        "One in four adults in Leeds cycle to work [c1000001].\n"
        "One in ten adults in Bristol cycle to work [c1000001].",
        # a part and the whole it comes from
        "The library will lend 40 paintings to the festival [c1000001].\n"
        "The library, which owns about 9,000 paintings, called it a first [c1000001].",
        # amounts in crowns are not compared for being in crowns
        "The tax will raise 4 billion crowns [c1000001].\n"
        "Farmers shelved projects worth 25 billion crowns [c1000001].",
        # a rise is not a fall
        "The board chair said the increase of roughly 14% was fair [c1000001].\n"
        "Overall, exports show a drop of roughly 12% [c1000001].",
        # "most of" an amount takes a part of it: the whole is not the part restated
        "The court upheld most of the €1.84 billion fine on Apple [c1000001].\n"
        "The fine, now about €1.7 billion, is among the largest [c1000001].",
        # the costs of two things, each named before "at a cost of"
        "Altura plans a 120-megawatt campus at a cost of $1.4 billion [c1000001].\n"
        "The utility must build a line to connect the site, at a cost of about $95 million "
        "[c1000001].",
        # synonyms count as one noun only in a restatement: these are two counts
        "At the peak, 62 vessels were waiting to berth [c1000001].\n"
        "By Friday 68 ships were anchored offshore [c1000001].",
        # a bound without a noun of its own is a projection, not the count restated
        "The number of people in need could climb well above 3 million [c1000001].\n"
        "Overall, for the 2.8 million people already short of food, rain matters [c1000001].",
        # a summary that gives an earlier value exactly, without its rate, repeats it
        "Te Awa forecast a price of $9.70 per kilogram of milk solids [c1000001].\n"
        "That is up from $9.10 last season, the chair said [c1000001].\n"
        "In short, a $9.70 forecast gives suppliers some relief [c1000001].",
        # last year's figure, and a figure the text sets against another, are not
        # restatements of one given before
        "The assembly passed a budget of 14.2 billion shillings [c1000001].\n"
        "The budget is 6% larger than last year's 13.4 billion shillings [c1000001].",
        "The loan carries an interest rate of 6.4% [c1000001].\n"
        "Mensah said the 6.4% rate compares well with the 9.8% the board paid on its last "
        "facility [c1000001].",
        # two people, two ages
        "Chief executive Bat-Erdene Dorj, 51, met finance minister Oyun Tseren, 46 [c1000001].\n"
        "The 46-year-old minister approved the plan [c1000001].",
        # the same age, written both ways
        "Farmer Sione Taufa, 54, milks 420 cows [c1000001].\n"
        "The 54-year-old said the autumn was dry [c1000001].",
        # "the 45-year-old" may be either of the two people aged before
        "Dorj, 51, and Tseren, 45, signed [c1000001].\nThe 45-year-old said little [c1000001].",
        # two ships, two delays
        "The ferry Glen Rosa was handed over on Friday, seven years behind schedule "
        "[c1000001].\nThe sister ship, Glen Sannox, entered service six years late [c1000001].",
        # "two years later": a time after, not a delay
        "The plant opened two years late [c1000001].\nThree years later, it closed [c1000001].",
        # two countries, two places
        "Indonesia is the largest palm oil producer [c1000001].\n"
        "Malaysia is the second-largest palm oil producer [c1000001].",
        # two domains
        "Kenya is Africa's third-largest economy [c1000001].\n"
        "Kenya is the world's 60th-largest economy [c1000001].",
        # two things ranked
        "It is the country's second-largest mine [c1000001].\n"
        "It is also the country's third-largest employer [c1000001].",
        # "one of the largest" and "the largest in decades" rank nothing
        "The mine is one of the largest copper mines [c1000001].\n"
        "It is the second-largest copper mine, and the strike is the largest in decades "
        "[c1000001].",
        # another superlative
        "It is the country's second-busiest port [c1000001].\n"
        "It is the country's third-largest port [c1000001].",
        # a restated figure dated by its own year, one the first figure's sentence does
        # not give, is that year's: "the 22.4 million tonnes of 2021/22"
        "The exchange raised its 2024/25 forecast to 18.1 million tonnes [c1000001].\n"
        "It would be the second-largest crop, behind the 22.4 million tonnes of 2021/22 "
        "[c1000001].",
        # one ending in "s" may be the verb: "the five-year contract leaves"
        "The five-year contract leaves little room [c1000001].\n"
        "The three-year loans were repaid [c1000001].",
        # a price per kilogram a change reached is not a total cost named later
        "Palay prices had fallen to 17 pesos a kilogram [c1000001].\n"
        "She said that was barely above the 15-peso cost of production [c1000001].",
        # two differences that went opposite ways are two changes
        "Homes offered for long-term rent in Lisbon fell 14% in the year [c1000001].\n"
        "Median rents for new contracts in Lisbon rose 9.8% to a record [c1000001].",
        # "cut … by about 15%" is a difference, not a share of production
        "A price war has cut the average price of a small electric car by about 15% "
        "[c1000001].\nThe government wants electric vehicles to make up 30% of car "
        "production by 2030 [c1000001].",
        # the same deed of two things told apart, or two deeds of one thing
        "The first plant opened in 2019 [c1000001].\nA second plant opened in 2022 [c1000001].",
        "The season opened on 15 April [c1000001].\nThe northern season opened on 1 May "
        "[c1000001].",
        "The plant was founded in 1995 [c1000001].\nIt was expanded in 2010 [c1000001].",
        # a threshold is not the price, nor the rest of a whole the whole
        "Spot uranium rose to $86 a pound this week [c1000001].\n"
        "The rate rises to 18% when prices exceed $70 a pound [c1000001].",
        "The ruling party fell to 21 seats from 30 [c1000001].\n"
        "Three smaller parties share the remaining five seats [c1000001].",
        # a closing summary repeats the first length of time, given in words
        "The bill bans ore exports five years after it takes effect [c1000001].\n"
        "The House passed a version with a three-year deadline [c1000001].\n"
        "Overall, a five-year deadline leaves miners little room [c1000001].",
        # an effective rate is another measure than the rate set
        "The levy adds a tax of up to 32% on operating margins [c1000001].\n"
        "Producers put the industry's effective tax rate at 44.7% [c1000001].",
        "Core inflation rose 3.1% in May [c1000001].\n"
        "Headline inflation rose 4.2% in May, the bank said [c1000001].",
        # an amount "raised" is collected, and a forecast is not what was collected
        "The levy raised 3.9 billion kroner, short of the 5.6 billion kroner forecast "
        "[c1000001].\nOverall, the levy that raised 3.9 billion kroner faces a test "
        "[c1000001].",
    ],
)
def test_inconsistent_decoys_pass(text: str) -> None:
    assert findings(text, "inconsistent-figure") == []


@pytest.mark.parametrize(
    ("text", "later"),
    [
        # a month does not set a figure apart from one dated by a year; a name elsewhere
        # in the clause is not whose the figure is ("where Durand will travel")
        (
            "The museum in Geneva will return 34 objects taken in 1874 [c1000001].\n"
            "The handover of the 36 objects is due in April in Kumasi, where Durand will "
            "travel [c1000001].",
            "36",
        ),
        # a unit glued to a count says what it counts
        (
            "The phase 3 trial enrolled 612 patients [c1000001].\n"
            "The failure of the 650-patient trial hit the shares [c1000001].",
            "650",
        ),
        # a share of one group doing one thing, given twice
        (
            "About 33% of tenants backed the rent cap [c1000001].\n"
            "Later, 45% of tenants backed the rent cap [c1000001].",
            "45%",
        ),
        # a summary restating a count whose noun opened the first clause
        (
            "Cases have climbed to about 148,000 so far this year [c1000001].\n"
            "Overall, with some 160,000 cases already recorded, doses are short [c1000001].",
            "some 160,000",
        ),
        # a summary restating a count under a synonym of its noun
        (
            "At the peak, 62 vessels were waiting to berth [c1000001].\n"
            "Overall, the 68 ships in the queue cost exporters dearly [c1000001].",
            "68",
        ),
        # a date restated under another word for it
        (
            "Notably, 37 consortia pre-qualified, and bids were due on July 14 [c1000001].\n"
            "By the July 21 deadline, the agency had received 11 bids [c1000001].",
            "July 21",
        ),
        # a goal restated as the target, with a verb after it
        (
            "The chairman said the goal for the full year is 3 million arrivals [c1000001].\n"
            "Overall, the 3.5 million target looks within reach [c1000001].",
            "3.5 million",
        ),
        # a rise restated in other words
        (
            "The board chair said the increase of roughly 14% was fair [c1000001].\n"
            "Overall, the new floor amounts to a rise of roughly 12% [c1000001].",
            "roughly 12%",
        ),
        # a level given again with "now" before its verb
        (
            "The central bank cut its key policy rate by 25 basis points to 5.25% [c1000001].\n"
            "The policy rate now stands at 5.5% after the cut [c1000001].",
            "5.5%",
        ),
        # the same number in another unit of length
        (
            "Saltwater has pushed up to 60 kilometres inland [c1000001].\n"
            "Salt has now reached 60 miles up the river, the ministry said [c1000001].",
            "60",
        ),
        # digits swapped in a distance, whatever its noun
        (
            "The plant will pump water through a 450-kilometre pipeline [c1000001].\n"
            "Crews will lay the 540 kilometres over three years [c1000001].",
            "540",
        ),
        # digits swapped in a length of time: the hours as written, not in days
        (
            "The co-pilot had logged only 140 hours on the type [c1000001].\n"
            "The first officer had flown just 410 hours on the Twin Otter [c1000001].",
            "410",
        ),
        # "off its market value": the value is what the money measures
        (
            "The slump wiped about £95 million off its market value [c1000001].\n"
            "The slump wiped some £150 million off its market value [c1000001].",
            "some £150 million",
        ),
        # by surname: an apposition, then "the 53-year-old Dorj"
        (
            "Chief executive Bat-Erdene Dorj, 51, said the mine would open [c1000001].\n"
            "Taken together, the 53-year-old Dorj is betting on the rail link [c1000001].",
            "53",
        ),
        # by title: "chief executive Graham Oduya, 58", then "its 63-year-old chief executive"
        (
            "Northline chief executive Graham Oduya, 58, called the move unlawful [c1000001].\n"
            "Its 63-year-old chief executive says the mine loses $5 million a week [c1000001].",
            "63",
        ),
        # "retired judge ..., aged 64", then "the 67-year-old former judge"
        (
            "The panel is led by retired judge Shahana Karim, aged 64, who was named in May "
            "[c1000001].\nThe panel, chaired by the 67-year-old former judge, met twice [c1000001].",
            "67",
        ),
        # "the 45-year-old" alone: the age given before
        (
            "Farmer Sione Taufa, 54, milks 420 cows [c1000001].\n"
            "The 45-year-old said the autumn was dry [c1000001].",
            "45",
        ),
        (
            "The refinery began producing petrol ten months behind schedule [c1000001].\n"
            "The refinery opened nine months late, the regulator said [c1000001].",
            "nine",
        ),
        (
            "The wind farm will open in 2029, two years later than planned [c1000001].\n"
            "Overall, the farm now faces a three-year delay [c1000001].",
            "three",
        ),
        # the noun ranked given once: "is the world's third largest"
        (
            "Paraguay's fleet of 3,300 barges is the world's third largest, after those of "
            "the United States and China [c1000001].\nWith the world's second-largest barge "
            "fleet partly idle, exporters expect freight to stay costly [c1000001].",
            "second-largest",
        ),
        # first place, then second, for one country
        (
            "The field makes Romania the largest gas producer in the European Union "
            "[c1000001].\nThe minister said it will make Romania the bloc's second-largest "
            "gas producer [c1000001].",
            "second-largest",
        ),
        # "biggest" ranks as "largest" does
        (
            "Kenya is Africa's 3rd-largest economy [c1000001].\n"
            "As Africa's fourth-biggest economy, Kenya pays more [c1000001].",
            "fourth-biggest",
        ),
        # the value a change reached keeps its rate: digits swapped in a price per tonne
        (
            "Broken rice fell to $397 a tonne in February [c1000001].\n"
            "Overall, with export prices near $379 a tonne, farmers lose [c1000001].",
            "$379",
        ),
        # the second noun after a glued unit is the head: "a seven-year broadcast deal",
        # restated as "the eight-year agreement"
        (
            "The board signed a seven-year broadcast deal worth A$1.9 billion [c1000001].\n"
            "The chair said the eight-year agreement gives certainty [c1000001].",
            "eight",
        ),
        # a restated figure dated by the year the first one was given for
        (
            "Vietnam exported a record 9.2 million tonnes of rice in 2024 [c1000001].\n"
            "Overall, the 9.5 million tonnes of 2024 will be hard to match [c1000001].",
            "9.5 million",
        ),
        # a currency glued to its number ("the 2,500-yen tickets") is money
        (
            "Tickets cost 2,000 yen [c1000001].\nThe 2,500-yen tickets sold out [c1000001].",
            "2,500-yen",
        ),
        # a unit and its rate glued to the number: "the 250,000-barrel-a-day refinery"
        (
            "The plant has a capacity of 210,000 barrels per day [c1000001].\n"
            "At full rate the 250,000-barrel-a-day refinery would be the largest [c1000001].",
            "250,000",
        ),
        # the date of one thing, named in other words: "power station", then "the plant"
        (
            "It will close its Hořany power station in 2032 [c1000001].\n"
            "The mayor said the town would suffer when the Hořany plant closes in 2031 "
            "[c1000001].",
            "2031",
        ),
        # a synonym restated: "a 27% cut", then "the 25% haircut"
        (
            "Bondholders will take a 27% cut in face value [c1000001].\n"
            "An analyst said the 25% haircut was milder than feared [c1000001].",
            "25%",
        ),
        # a port call is something a price is given per: "$140,000 per call", "$160,000 a call"
        (
            "A Panamax now pays about $140,000 per call, brokers said [c1000001].\n"
            "Greaves said a Panamax still pays around $160,000 a call [c1000001].",
            "around $160,000",
        ),
        # a length of time restated by the deed it measures: "dredging should take about
        # four years", then "the three-year dredging programme"
        (
            "Dredging starts in May and should take about four years [c1000001].\n"
            "The objections could push back the three-year dredging programme [c1000001].",
            "three",
        ),
        # "last year" dates the clause: 640 is no new value of a change, and 460 swaps it
        (
            "The plant burned 3.2 million tonnes of shale last year and employs about 640 "
            "workers [c1000001].\nOverall, the closure of the plant and its 460 workers "
            "ends an era [c1000001].",
            "460",
        ),
        # the size of a change after its verb, restated by the noun of the change
        (
            "Seafood Norway said investment in new farms had fallen by about a third "
            "[c1000001].\nBrattvåg argued that the 40% drop in investment shows capital "
            "fleeing abroad [c1000001].",
            "40%",
        ),
        (
            "Vinacomin said it would cut output by 2 million tonnes [c1000001].\n"
            "Overall, a 3-million-tonne cut in mine output squeezes the sector [c1000001].",
            "3-million",
        ),
        (
            "Nersa approved an average electricity tariff increase of 11.8% for Eskom "
            "[c1000001].\nOverall, the decision gives Eskom a 12.8% increase in April "
            "[c1000001].",
            "12.8%",
        ),
        (
            "The commission has cut deliveries from the dam by a further 12% [c1000001].\n"
            "Overall, with deliveries cut by 15%, the capital faces rationing [c1000001].",
            "15%",
        ),
        (
            "Rail tariffs for grain would be cut by a third until March [c1000001].\n"
            "Taken together, a 25% cut in rail tariffs shows the push for exports "
            "[c1000001].",
            "25%",
        ),
        # the forecast's value given as what the levy collected
        (
            "The levy raised 3.9 billion kroner, short of the 5.6 billion kroner forecast "
            "[c1000001].\nOverall, a levy that brought in 5.6 billion kroner last year is "
            "a test [c1000001].",
            "5.6 billion kroner",
        ),
        # the level a change reached, given again as it stands
        (
            "Suez Canal revenue fell to $3.9 billion in the fiscal year, from $7.2 billion "
            "[c1000001].\nCanal revenue of $4.2 billion still leaves it a main source of "
            "foreign currency [c1000001].",
            "$4.2 billion",
        ),
        # ", up 12%" after what was produced is a change in output
        (
            "Zambia produced 820,000 tonnes of copper last year, up 12% from 2023 "
            "[c1000001].\nOverall, output climbed 15% to 820,000 tonnes [c1000001].",
            "15%",
        ),
        # two counts of synonyms with a modifier in common
        (
            "Operators of 11 northern coal plants lost revenue [c1000001].\n"
            "Meanwhile, the nine northern coal generators face a longer squeeze [c1000001].",
            "nine",
        ),
        # the year of one deed, given twice
        (
            "Police said it was the biggest protest since the project was first proposed "
            "in 2017 [c1000001].\nResidents have fought the mine since it was proposed in "
            "2019 [c1000001].",
            "2019",
        ),
        # two caps of one tax: both allow 30%, but they are not the same cap
        (
            "A tax of up to 32% applies to operating margins [c1000001].\n"
            "Overall, with a margin tax of up to 35%, investment is slowing [c1000001].",
            "up to 35%",
        ),
        # an amount "raised" is what the tax collected, restated as its revenue
        (
            "Croatia's tourist tax raised about 130 million euros last year [c1000001].\n"
            "The association puts last year's tourist tax revenue at about 150 million euros "
            "[c1000001].",
            "about 150 million euros",
        ),
        # a length after its unit, of the noun before the verb
        (
            "The first section is 41 kilometres long [c1000001].\n"
            "Overall, the 38-kilometre first section is a turning point [c1000001].",
            "38",
        ),
        # what a count is for ("to save …") does not tell it from the count restated
        (
            "The board voted to close nine elementary schools [c1000001].\n"
            "Closing ten schools to save $14 million a year will not stop the decline "
            "[c1000001].",
            "ten",
        ),
    ],
)
def test_inconsistent_fires(text: str, later: str) -> None:
    assert findings(text, "inconsistent-figure") == [later]


def test_a_rate_per_unit_after_the_units_own_measure() -> None:
    (f, _) = parse_figures("That equals 3,100 cedis per 64-kilogram bag.")
    assert (f.head, f.role) == ("bag", "per bag")
    assert one("The price is 3,400 cedis a bag.").role == "per bag"


@pytest.mark.parametrize(
    ("text", "later"),
    [
        # a term restated, in words, as half of it
        (
            "The county's contract with the operator runs for 10 years [c1000001].\n"
            "The five-year contract leaves the county little room [c1000001].",
            "five",
        ),
        # another noun: a warranty is not the contract
        (
            "The county's contract with the operator runs for 10 years [c1000001].\n"
            "The five-year warranty on the batteries ends sooner [c1000001].",
            None,
        ),
        # the price of one unit, and the amount for that unit
        (
            "That equals 3,100 cedis per 64-kilogram bag, the board said [c1000001].\n"
            "Kessler put the new price at 3,400 cedis a bag [c1000001].",
            "3,400 cedis",
        ),
        # a price per another unit is another price
        (
            "That equals 3,100 cedis per 64-kilogram bag, the board said [c1000001].\n"
            "Kessler put the new price at 48,000 cedis a tonne [c1000001].",
            None,
        ),
    ],
)
def test_a_restated_term_or_unit_price(text: str, later: str | None) -> None:
    expected = [later] if later else []
    assert findings(text, "inconsistent-figure") == expected


def test_a_participle_ends_the_measured_phrase() -> None:
    f = one("The museum will return 34 objects taken from the Asante kingdom.")
    assert (f.head, sorted(f.modifiers)) == ("object", [])


@pytest.mark.parametrize(
    ("text", "quantity"),
    [
        # a count says what it counts, in the plural
        (
            "Twenty lawmakers backed the bill [576e6205].\nThirty lawmakers backed it [576e6205].",
            "number of lawmakers",
        ),
        # a count in a unit: an area, a distance, a duration of what it is glued to
        (
            "Fires burned 350,000 hectares [576e6205].\nFires burned 280,000 hectares [576e6205].",
            "area",
        ),
        (
            "They will pave the 400-kilometre road [576e6205].\n"
            "Villagers along the 400-mile road waited [576e6205].",
            "length of the road",
        ),
        (
            "The contract runs for 10 years [576e6205].\n"
            "The five-year contract leaves no room [576e6205].",
            "duration of the contract",
        ),
        (
            "The city has 12 ferries [576e6205].\nIts 30 ferries run all night [576e6205].",
            "number of ferries",
        ),
        # a percentage of a noun is a share of it; two dates are for one event
        (
            "Tourists made up about 70% of visitors [576e6205].\n"
            "Tourists made up roughly 40% of visitors [576e6205].",
            "share of visitors",
        ),
        (
            "One in three women in Leeds voted [576e6205].\n"
            "One out of five women in Leeds voted [576e6205].",
            "share of women",
        ),
        (
            "Dockworkers went on strike on October 1, 2024 [576e6205].\n"
            "The dockworkers' strike began on October 3, 2024 [576e6205].",
            "event",
        ),
        # a percentage not "of" a noun names the noun as it is
        (
            "The council approved a 5% rise in fares [576e6205].\n"
            "The council's 9% rise in fares takes effect in May [576e6205].",
            "rise",
        ),
        # money names the thing that costs, stepping over where it is
        (
            "The pension fund in Rotterdam would cost $180 million [576e6205].\n"
            "The pension fund in Rotterdam would cost $17.9 billion [576e6205].",
            "fund",
        ),
        # the digest's own words: the noun phrase after "of", plurals as written
        (
            "The ministry spent 40% of the budget on roads [576e6205].\n"
            "The ministry spent 25% of the budget on roads [576e6205].",
            "share of the budget",
        ),
        (
            "Debt reached 90% of GDP [576e6205].\nDebt reached 70% of GDP [576e6205].",
            "share of GDP",
        ),
        (
            "The clinic treated 1,200 women [576e6205].\n"
            "The clinic treated 1,500 women [576e6205].",
            "number of women",
        ),
        (
            "The school has 300 children [576e6205].\nThe school has 450 children [576e6205].",
            "number of children",
        ),
        # the noun phrase ends before a time, a place, an adverb or a verb
        (
            "The plant hired 40 workers last year [576e6205].\n"
            "The plant hired 60 workers last year [576e6205].",
            "number of workers",
        ),
        (
            "The firm built 40 homes near Paris [576e6205].\n"
            "The firm built 60 homes near Paris [576e6205].",
            "number of homes",
        ),
        (
            "About 40% of Americans back the bill [576e6205].\n"
            "About 60% of Americans back the bill [576e6205].",
            "share of Americans",
        ),
        (
            "Two-thirds of residents oppose the plan [576e6205].\n"
            "A third of residents oppose the plan [576e6205].",
            "share of residents",
        ),
        (
            "The firm keeps 40 percent of its staff abroad [576e6205].\n"
            "The firm keeps 20 percent of its staff abroad [576e6205].",
            "share of its staff",
        ),
        # "costs by": the noun, not the verb "cost"
        (
            "The plan would cut annual costs by $800 million a year [576e6205].\n"
            "The plan would cut annual costs by $500 million a year [576e6205].",
            "cost per year",
        ),
        # a rate says so; "annual" is "a year"
        (
            "Acme offered $38 a share for Beta [576e6205].\n"
            "Beta holders will get $41 per share in cash [576e6205].",
            "amount per share",
        ),
        (
            "The merger will cut costs by $800 million a year [576e6205].\n"
            "The merger will cut annual costs by $1.8 billion [576e6205].",
            "cost per year",
        ),
        # "costs are": the noun
        (
            "Its annual costs are $200 million [c1000001].\n"
            "Its annual costs are $260 million [c1000001].",
            "cost per year",
        ),
        # a verb after a singular noun ends the phrase: "offer values Beta"
        # a place frame mentioned in the other figure's clause is the same place
        (
            "In London the average home cost £510,000 [c1000001].\n"
            "The average home in London cost £285,000 [c1000001].",
            "home",
        ),
        # the same quarter, written two ways
        (
            "The company cut 5,000 jobs in Q1 [c1000001].\n"
            "The company cut 3,000 jobs in the first quarter [c1000001].",
            "number of jobs",
        ),
        # the coordinated figure's owner is the name before the first figure
        (
            "Homeland won 14% and 41 seats [c1000001].\n"
            "The vote gave 38 seats to Homeland [c1000001].",
            "number of seats",
        ),
        (
            "The $4.2 billion offer values Beta highly [576e6205].\n"
            "The $4.5 billion offer values Beta highly [576e6205].",
            "offer",
        ),
        # the verb before "neither" ends the phrase too
        (
            "The board proposed a 22% rise in the minimum wage [576e6205].\n"
            "Overall, the 27% rise satisfies neither side [576e6205].",
            "rise",
        ),
    ],
)
def test_inconsistent_message_names_the_quantity(text: str, quantity: str) -> None:
    (d,) = [d for d in seedlint.lint_text(text) if d.rule == "inconsistent-figure"]
    assert d.line == 2
    assert d.message.endswith(f"for the same {quantity}"), d.message


@pytest.mark.parametrize(
    "word",
    ["lawmakers", "ferries", "days", "taxes", "churches", "aircraft", "buses", "hectares"],
)
def test_plural_undoes_lemma(word: str) -> None:
    # messages show a plural noun the digest wrote as the lemma it was compared by
    assert figure_record.plural(figure_record.lemma(word)) == word


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a whole count written to its last digit is exact, a zero included
        ("The Alliance won 142 seats", "The Alliance won 140 seats"),
        ("The clinic treated 1,234 women", "The clinic treated 1,251 women"),
        ("The fires killed 98 people in Attica", "The fires killed 100 people in Attica"),
    ],
)
def test_exact_counts_contradict(a: str, b: str) -> None:
    text = f"{a} [c1000001].\n{b} [c1000001]."
    assert len(findings(text, "inconsistent-figure")) == 1


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # rounded, hedged or scaled counts keep the relative slack
        ("The clinic treated 1,234 women", "The clinic treated 1,200 women"),
        ("The Alliance won about 140 seats", "The Alliance won 142 seats"),
        ("The app has 1.8 million users", "The app has 1.81 million users"),
    ],
)
def test_rounded_counts_do_not_contradict(a: str, b: str) -> None:
    text = f"{a} [c1000001].\n{b} [c1000001]."
    assert findings(text, "inconsistent-figure") == []


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        ("190", ["190"]),
        # a decimal point moved: the same digits ten times over
        ("1,200", ["1,200"]),
        # sixteen times as many: another quantity (a part and its whole), not a slip
        ("1,900", []),
        # ten times as many, but other digits: not a moved decimal point either
        ("1,201", []),
        # two and a half times as many is still the same count misremembered; three times
        # as many is a part and its whole
        ("300", ["300"]),
        ("360", []),
    ],
)
def test_values_far_apart_are_different_quantities(second: str, expected: list[str]) -> None:
    text = (
        "The fire destroyed 120 homes [c1000001].\n"
        f"The fire destroyed {second} homes, officials said [c1000001]."
    )
    assert findings(text, "inconsistent-figure") == expected


def test_small_counts_far_apart_still_contradict() -> None:
    # "two islands" and "nine islands": a small count misremembered, not a part and whole
    text = (
        "Two islands are under a water emergency [c1000001].\n"
        "Overall, nine islands are under a water emergency [c1000001]."
    )
    assert findings(text, "inconsistent-figure") == ["nine"]


def test_points_scored_are_a_quantity() -> None:
    text = "The Lakers scored 120 points [c1000001].\nThe Lakers scored 112 points [c1000001]."
    assert findings(text, "inconsistent-figure") == ["112 points"]
    other = "The Lakers scored 120 points [c1000001].\nThe Celtics scored 112 points [c1000001]."
    assert findings(other, "inconsistent-figure") == []


@pytest.mark.parametrize(
    ("text", "later"),
    [
        ("Inflation was 2% in May [c1000001].\nInflation was 12% in May [c1000001].", "12%"),
        (
            "The deal is worth $3 billion [c1000001].\nThe deal is worth $20 billion [c1000001].",
            "$20 billion",
        ),
    ],
)
def test_money_and_shares_far_apart_still_contradict(text: str, later: str) -> None:
    # only counts far apart are taken for a part and its whole
    assert findings(text, "inconsistent-figure") == [later]


def test_a_figure_that_repeats_one_earlier_value_is_not_reported() -> None:
    # the digest gave two passenger counts: the second is the contradiction, and a third
    # that repeats the first is not reported again against the second
    text = (
        "The ferry carried 410 passengers [c1000001].\n"
        "Officials later said the ferry carried 520 passengers [c1000001].\n"
        "The ferry carried about 400 passengers, its owner said [c1000001]."
    )
    assert findings(text, "inconsistent-figure") == ["520"]


def test_a_message_names_a_quantity_without_a_noun() -> None:
    # "Overall, the club owes £36.8 million": no noun after it, so the kind names it
    text = (
        "Club debts reached £38.6 million [c1000001].\n"
        "Overall, the club owes £36.8 million [c1000001]."
    )
    (d,) = [d for d in seedlint.lint_text(text) if d.rule == "inconsistent-figure"]
    assert d.message.endswith("for the same amount")


def test_inconsistent_names_the_best_matching_earlier_figure() -> None:
    # '140' contradicts both; the Alliance's 142 is the one it restates, not the first
    text = (
        "The Greens won 24 seats [c1000001].\n"
        "The Alliance won 142 seats [c1000001].\n"
        "The party won 140 seats [c1000001]."
    )
    diags = [d for d in seedlint.lint_text(text) if d.rule == "inconsistent-figure"]
    assert [(d.text, d.line, d.related[0].line) for d in diags] == [("140", 3, 2)]


@pytest.mark.parametrize(
    ("text", "later", "other_line"),
    [
        # "the" takes the amount as known: it restates the only earlier one near it
        (
            "The council will sell the depot to Arlo Homes for £42 million [c1000001].\n"
            "The mayor said the £48 million would pay for two schools [c1000001].",
            "£48 million",
            1,
        ),
        # a closing summary restates the digest's figures; the nearest value is the one
        (
            "The bank cut 1,900 jobs in its first round [c1000001].\n"
            "It set aside $2 billion for the work, and $300 million for training [c1000001].\n"
            "Overall, with $2.6 billion put aside, the bank is betting on a leaner future "
            "[c1000001].",
            "$2.6 billion",
            2,
        ),
        # a possessive is definite too: the offer is one the digest gave
        (
            "Harlow offered NOK 1.2 billion for the airline [c1000001].\n"
            "Analysts said Harlow's NOK 1.5 billion offer left little for the jets [c1000001].",
            "NOK 1.5 billion",
            1,
        ),
        # "the <noun> of <figure>": the savings named before
        (
            "The reform will save 800 billion reais over ten years [c1000001].\n"
            "The projected savings of 850 billion reais are central to the plan [c1000001].",
            "850 billion reais",
            1,
        ),
        # a count restated with "the": the same counted noun
        (
            "Storms forced the operator to cancel about 600 flights in March [c1000001].\n"
            "The union said the 750 flights lost showed the fleet was too small [c1000001].",
            "750",
            1,
        ),
        # a hedge between "the" and the number does not hide the restatement
        (
            "The council will sell the depot to Arlo Homes for £42 million [c1000001].\n"
            "The mayor said the roughly £48 million would pay for two schools [c1000001].",
            "roughly £48 million",
            1,
        ),
        # digits swapped: further apart than a drift, still a slip
        (
            "The dam released an estimated 1.2 million cubic metres of mud [c1000001].\n"
            "Overall, the collapse sent 2.1 million cubic metres of waste downstream "
            "[c1000001].",
            "2.1 million",
            1,
        ),
        # a name among the qualifiers does not set the figure apart
        (
            "The 640 kg satellite was built by INPE [c1000001].\n"
            "The 460 kg Cerrado-1 is the heaviest satellite Brazil has built [c1000001].",
            "460",
            1,
        ),
        # a part of a whole counted after the whole's number, restated
        (
            "Nurses struck in 23 of Kenya's 47 counties [c1000001].\n"
            "Patients were moved from the 25 striking counties [c1000001].",
            "25",
            1,
        ),
        # a part of a whole, restated
        (
            "Harmsen said 14 of the company's ships had been rerouted [c1000001].\n"
            "Overall, with the line rerouting 16 ships, costs are rising [c1000001].",
            "16",
            1,
        ),
        # a share with no noun of its own after it: its "growth forecast" is before it
        (
            "The bank lowered its growth forecast to 1.8% from 2.3% [c1000001].\n"
            "Weak tourism is a drag on the bank's 1.6% growth forecast [c1000001].",
            "1.6%",
            1,
        ),
        # a share of a whole, restated in a summary
        (
            "Insurers raised premiums to 0.6% of a ship's hull value in May [c1000001].\n"
            "Overall, cover now runs at 0.9% of hull value [c1000001].",
            "0.9%",
            1,
        ),
        # a length of time whose noun comes before it, restated in a summary
        (
            "The average wait reached 4.1 months in March, the think tank said [c1000001].\n"
            "In sum, the average wait has climbed to 4.4 months as budgets rise [c1000001].",
            "4.4",
            1,
        ),
        # the same digits a thousand times apart: the scale word slipped
        (
            "Fuel spending fell to 2.7 billion rand this year, the CFO said [c1000001].\n"
            "Overall, the utility, whose fuel bill is down to 2.7 million rand, must still "
            "cut costs [c1000001].",
            "2.7 million rand",
            1,
        ),
        # "initial" on both sides: the restatement of an initial amount
        (
            "The venture is backed by an initial $10 billion from the fund [c1000001].\n"
            "Overall, with $15 billion in initial funding, it is a bold bet [c1000001].",
            "$15 billion",
            1,
        ),
        # an equal value written loosely ("about a quarter") is not the one restated
        (
            "The farmgate price rose 20% this season, the council said [c1000001].\n"
            "Port arrivals are running about a quarter ahead of last year [c1000001].\n"
            "Overall, with the farmgate price up 25%, traders are squeezed [c1000001].",
            "25%",
            1,
        ),
        # lengths of time with no noun of their own: one thing ("the contract") ...
        (
            "The ministry suspended the ticketing contract for 60 days [c1000001].\n"
            "Overall, the protest paused the ticketing contract for ninety days [c1000001].",
            "ninety",
            1,
        ),
        # ... or one deed ("took … to build")
        (
            "The director said the pipeline took 30 months to build [c1000001].\n"
            "In sum, a pipeline that took 36 months to build is now pumping [c1000001].",
            "36",
            1,
        ),
    ],
)
def test_a_restated_figure_is_compared_with_the_earlier_one(
    text: str, later: str, other_line: int
) -> None:
    diags = [d for d in seedlint.lint_text(text) if d.rule == "inconsistent-figure"]
    assert [(d.text, d.related[0].line) for d in diags] == [(later, other_line)]


@pytest.mark.parametrize(
    "text",
    [
        # a restated figure that agrees with one earlier value repeats it
        (
            "The fund put $10 billion into the venture, and $12 billion into ports [c1000001].\n"
            "Overall, the $10 billion stake is the fund's biggest bet [c1000001]."
        ),
        # clashing qualifiers: another tax
        (
            "Parliament approved a ground-rent tax of 25% on fish farms [c1000001].\n"
            "With the 22% corporate tax, farms pay close to half [c1000001]."
        ),
        # too far from every earlier value to be a drifted copy of one
        (
            "The club paid $10 million for the striker [c1000001].\n"
            "The $30 million stand opens in May [c1000001]."
        ),
        # a price per share is not another amount
        (
            "The offer of A$3.00 a share was rejected by the board [c1000001].\n"
            "Overall, the A$2.60 closing price shows doubt about a higher bid [c1000001]."
        ),
        # a count in words after "the" is rarely a restatement ("the two sides")
        (
            "Talks between three unions and the board ended [c1000001].\n"
            "The two sides will meet again on Monday [c1000001]."
        ),
        # an earlier approach is another offer, even at a price per share
        (
            "Brightwater will pay $4.00 a share in cash [c1000001].\n"
            "The board rejected four earlier approaches, the first of them at $3.10 a share "
            "in May [c1000001]."
        ),
        # "previous" sets it apart from the figure before
        (
            "The club agreed a fee of £100 million for the midfielder [c1000001].\n"
            "The record fee beat the previous mark of £89 million set in 2016 [c1000001]."
        ),
        # without "the" or a summary, heads that differ are still different things
        (
            "The council will sell the depot for £42 million [c1000001].\n"
            "The mayor wants £48 million for two schools [c1000001]."
        ),
        # one significant digit is a round number, not a moved decimal point
        (
            "The council built 5,000 homes [c1000001].\n"
            "The country needs around 50,000 homes, the institute said [c1000001]."
        ),
        # money "of the loan" is a part of it
        (
            "The country signed a $1 billion loan for sea walls [c1000001].\n"
            "Around $250 million of the loan will rebuild embankments [c1000001]."
        ),
        # a rate after the noun: homes a year are not a stock of homes
        (
            "The country needs 50,000 homes a year until 2030 [c1000001].\n"
            "The opposition put the shortfall at 250,000 homes [c1000001]."
        ),
        # "short of": a difference, not a count of seats won
        (
            "The Socialists won 58 seats in the vote [c1000001].\n"
            "The alliance is 25 seats short of a majority [c1000001]."
        ),
        # a requirement is a yardstick, not a result
        ("Her party takes 29 seats [c1000001].\nA majority requires 51 seats [c1000001]."),
        # "own" sets one thing's figure apart from the one given before
        (
            "In Class 10, the national pass rate was 96.3% [c1000001].\n"
            "The state's own Class 10 pass rate fell to 79.1% [c1000001]."
        ),
        # what is needed is not what is missing now, even restated with "the"
        (
            "Public schools are short of about 5,800 teachers, a study found [c1000001].\n"
            "Only 3,300 enrolled in teacher training, against the 5,000 needed each year "
            "[c1000001]."
        ),
        # a goal is not restated by the outcome
        (
            "The minister said the goal of 41,000 completions was within reach [c1000001].\n"
            "Overall, about 30,000 completions were recorded this year [c1000001]."
        ),
        # "all 42 aircraft" is the fleet; 20 aircraft on offer are some of them
        (
            "Solberg said all 42 aircraft would keep flying [c1000001].\n"
            "Kvist is offering NOK 1.2 billion for 20 aircraft and the slots [c1000001]."
        ),
        # an increment is not the total
        (
            "Dunstan said 64 holes had been drilled since June [c1000001].\n"
            "Drillers then sank another 40 holes nearby [c1000001]."
        ),
        # two parts of one whole that did different things: parts are only compared
        # when restated
        (
            "He said 14 of the company's ships were rerouted [c1000001].\n"
            "She said 3 of the company's ships were damaged [c1000001]."
        ),
        # a gap in the budget is not the budget
        (
            "The council must close a £62.5 million budget gap [c1000001].\n"
            "The £812 million budget passed by 39 votes to 31 [c1000001]."
        ),
        # a summary that gives the very value of an earlier figure repeats that one, even
        # where other words make it look like another figure's
        (
            "The reservoirs held 71% of their combined capacity in July [c1000001].\n"
            "In the capital, the lakes that supply drinking water are 92% full [c1000001].\n"
            "In sum, reservoirs are 71% full, but rain has been uneven [c1000001]."
        ),
        # a total is not one of its parts
        (
            "The three dams held a combined 38% of capacity on Monday [c1000001].\n"
            "Among them, the Cerro Alto dam was at just 11% [c1000001]."
        ),
        # what a new supply adds ("adding up to 5") is a difference, not the flow
        (
            "The city uses roughly 17 cubic metres of water per second [c1000001].\n"
            "A new aqueduct began pumping on Wednesday, adding up to 5 cubic metres per "
            "second [c1000001]."
        ),
    ],
)
def test_different_quantities_pass(text: str) -> None:
    assert findings(text, "inconsistent-figure") == []


@pytest.mark.parametrize(
    ("text", "later"),
    [
        # three digits, two neighbours swapped, restated after "the": the words differ
        (
            "The union represents 2,350 of the mine's 3,100 employees [c1000001].\n"
            "The leader said the 2,530 members would stay out [c1000001].",
            "2,530",
        ),
        # a closing summary, a share of another noun
        (
            "With most ballots counted, 57.4% of valid votes backed the recall [c1000001].\n"
            "Overall, the recall, backed by 54.7% of voters, removes the mayor [c1000001].",
            "54.7%",
        ),
        # two digits are enough for one measured noun, whatever the cue
        (
            "Rescuers searched for three miners at a depth of 480 metres [c1000001].\n"
            "The blast happened at 840 metres, officials said [c1000001].",
            "840",
        ),
        # three digits, one figure without a noun: a name in common ties them
        (
            "Deshlink, the largest operator, paid 4,320 crore taka for 60 megahertz "
            "[c1000001].\nHossain said Deshlink, which paid 4,230 crore taka for its "
            "airwaves, would struggle [c1000001].",
            "4,230 crore taka",
        ),
        # or the noun of one among the other's words; within the tolerance, still a slip
        (
            "Mexico's population has reached 132.4 million, the survey found [c1000001].\n"
            "In short, a population of 134.2 million is ageing fast [c1000001].",
            "134.2 million",
        ),
        # "applications from 1,530 farmers" is a count of farmers, not a change's start
        (
            "The scheme has drawn applications from 1,530 farmers [c1000001].\n"
            "Overall, fewer than 500 of the 1,350 applicants have signed [c1000001].",
            "1,350",
        ),
        # a vague earlier bound ("more than half") that the later value meets explains
        # nothing
        (
            "With most ballots counted, 57.4% of valid votes backed the recall [c1000001].\n"
            "More than half of the district voted [c1000001].\n"
            "Overall, 54.7% of voters backed the recall [c1000001].",
            "54.7%",
        ),
    ],
)
def test_transposed_digits_contradict(text: str, later: str) -> None:
    assert findings(text, "inconsistent-figure") == [later]


def test_a_difference_restated_with_digits_swapped_contradicts() -> None:
    text = (
        "Headcount fell by 1,140 to 318,300 in the quarter [c1000001].\n"
        "All told, the company shed 1,410 jobs in the quarter [c1000001]."
    )
    assert findings(text, "inconsistent-figure") == ["1,410"]


@pytest.mark.parametrize(
    "text",
    [
        # three digits swapped, but neither a restatement nor one noun: two amounts
        (
            "The city spent $236 million on buses [c1000001].\n"
            "A separate fund paid $263 million for trams [c1000001]."
        ),
        # two digits swapped with different nouns: chance, not a slip
        ("The firm hired 48 engineers [c1000001].\nOverall, the firm opened 84 stores [c1000001]."),
        # the same digits in another order that is not one swap of neighbours
        (
            "The union represents 2,350 of the mine's workers [c1000001].\n"
            "The leader said the 3,520 members would stay out [c1000001]."
        ),
        # another magnitude: not a slip of neighbouring digits
        (
            "The union represents 2,350 of the mine's workers [c1000001].\n"
            "The leader said the 253 members would stay out [c1000001]."
        ),
        # an earlier figure agrees with it
        (
            "The union represents 2,350 workers, and 2,530 retirees draw pensions "
            "[c1000001].\nThe leader said the 2,530 retirees would be paid [c1000001]."
        ),
        # dates: their digits say nothing about a slip
        (
            "The strike began on March 12, 2024 [c1000001].\n"
            "Overall, talks resumed on March 21, 2024 [c1000001]."
        ),
    ],
)
def test_digits_in_another_order_that_are_no_slip_pass(text: str) -> None:
    assert findings(text, "inconsistent-figure") == []


def test_a_restated_figure_is_held_to_the_nearest_earlier_value_in_any_role() -> None:
    # "some 15,000 MW" restates the capacity that "reached 14,000 MW", not the 8,900 MW
    # discharged in one evening; "some" allows half a thousand either way, not 14,000
    text = (
        "Batteries discharged a record 8,900 MW in the evening peak [c1000001].\n"
        "Battery capacity has reached 14,000 MW, up from 4,500 MW two years ago [c1000001].\n"
        "Overall, with some 15,000 MW of batteries connected, the evening peak was met "
        "[c1000001]."
    )
    diags = [d for d in seedlint.lint_text(text) if d.rule == "inconsistent-figure"]
    assert [(d.text, d.related[0].line) for d in diags] == [("some 15,000", 2)]
    agreeing = text.replace("some 15,000", "some 14,000")
    assert findings(agreeing, "inconsistent-figure") == []


@pytest.mark.parametrize("opener", ["Overall", "Ultimately", "Still"])
def test_a_sentence_adverb_is_not_whose_the_figure_is(opener: str) -> None:
    f = one(f"{opener}, the council spent $5 million on roads.")
    assert (f.owner, f.names) == (frozenset(), frozenset())


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The tribunal fined them a combined R1.2 billion.", 1.2e9),
        ("Fines of R640 million were paid.", 6.4e8),
        ("Wages start at R15,000 a month.", 15000.0),
        ("A loaf costs R3.50 now.", 3.5),
    ],
)
def test_the_rand_is_money(text: str, value: float) -> None:
    f = one(text)
    assert (f.kind, f.unit, f.lo) == ("money", "ZAR", value)


@pytest.mark.parametrize(
    "text", ["The R2 resolution passed.", "Take the R1 road north.", "The R18 bracket."]
)
def test_an_r_label_is_no_money(text: str) -> None:
    assert parse_figures(text) == ()


def test_the_new_level_after_a_difference_measures_what_changed() -> None:
    text = (
        "The bank cut its policy rate by 200 basis points to 27% on Monday [c1000001].\n"
        "The cut leaves the policy rate at 25%, below lending rates [c1000001]."
    )
    level = parse_figures(text.splitlines()[0])[1]
    assert (level.text, level.head) == ("27%", "rate")
    assert findings(text, "inconsistent-figure") == ["25%"]


@pytest.mark.parametrize("day", ["Sunday's", "Monday’s", "March's"])
def test_a_day_owns_no_figure(day: str) -> None:
    # a day is when, not whose: it neither owns the figure nor names anyone
    f = one(f"{day} vote gave the party 37%.")
    assert (f.owner, f.names) == (frozenset(), frozenset())


@pytest.mark.parametrize(
    ("text", "head", "role"),
    [
        ("The country needs 50,000 homes a year.", "home", "per year"),
        ("The alliance is 25 seats short of a majority.", "seat", "by"),
        # the size of a change is a difference, not a value before or after it
        ("Headcount fell by 1,140 in the quarter.", "headcount", "by"),
        # the share's own whole names it, not the verb before the link word
        ("Cover now runs at 0.8% of hull value.", "value", ""),
        ("Patients lost an average of 15% of their body weight.", "average", ""),
        # an irregular participle ends the phrase: the ships are what is counted
        ("There were 68 ships stuck at anchor.", "ship", ""),
        # so does a verb in -ing after a plural noun
        ("Drillers sank 64 holes totalling many metres.", "hole", ""),
        # "last" opens no measured phrase: the noun before "of" is the head
        ("Arrivals of 2.5 million last year fell short.", "arrival", ""),
        # nor does "last" make a change of what follows "last year"
        ("It burned coal last year and employs about 640 people.", "people", ""),
        ("Prices rose last year to 40 dollars a tonne.", "tonne", "change per tonne"),
        # a unit first in the phrase is what the figure measures
        ("The 640 kg satellite separated.", "kg", ""),
        # an increment, and a part of a whole that keeps the whole's noun
        ("Another 40 holes were drilled.", "hole", "by"),
        ("He said 14 of the company's ships were rerouted.", "ship", "part"),
        ("She said all 42 aircraft would keep flying.", "aircraft", "whole"),
        # "from" after what people send names who sent it, not where a change started
        ("The scheme has drawn applications from 1,530 farmers.", "farmer", ""),
        ("Membership rose this year from 52 farmers.", "farmer", "change"),
    ],
)
def test_measured_noun_and_role(text: str, head: str, role: str) -> None:
    f = one(text)
    assert (f.head, f.role) == (head, role)


def test_a_part_counts_the_noun_after_the_wholes_number() -> None:
    part, whole = parse_figures("Nurses struck in 23 of Kenya's 47 counties.")
    assert (part.head, part.role, whole.head) == ("county", "part", "")


def test_a_share_of_a_counted_whole_measures_the_whole_s_noun() -> None:
    # the number between "of the" and the noun does not hide what the share is of
    share, whole = parse_figures("A quarter of the 142,000 teachers are over 60.")[:2]
    assert (share.head, whole.value) == ("teacher", 142000)
    text = (
        "Vámos found that a quarter of the 142,000 teachers now working are over 60 [c1000001].\n"
        "Overall, with a third of teachers over 60, the gap will grow [c1000001].\n"
    )
    assert findings(text, "inconsistent-figure") == ["a third"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after "and" that joins two clauses or two nouns, a fraction is a share
        ("Schools lack teachers, and a quarter of them are old.", ["a quarter"]),
        ("It has 5,800 teachers and a third of them are old.", ["5,800", "a third"]),
        # after a number or "an hour", it is a part of one, not a share
        ("It took two and a quarter hours.", ["two"]),
        ("It took 2 and a quarter hours.", ["2"]),
        ("The trip took an hour and a quarter.", []),
    ],
)
def test_a_fraction_after_and_is_a_share_unless_it_adds_to_a_number(
    text: str, expected: list[str]
) -> None:
    assert [text[f.start : f.end] for f in parse_figures(text)] == expected


def test_a_small_count_of_things_named_needs_no_source() -> None:
    # "the two groups" refers back; "two" deaths is a claim
    sources = {"c1000001": {"text": "Patients on the drug and on placebo did equally well."}}
    text = "Safety was similar between the two groups, and two patients died [c1000001]."
    assert findings(text, "unsupported-figure", sources) == ["two"]
    diags = [d for d in seedlint.lint_text(text, sources=sources) if d.rule == "unsupported-figure"]
    assert [d.column for d in diags] == [text.index("two patients") + 1]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # as many names as the number counts, just before it
        ("It funds homes in Hatay and Adiyaman, two of the ten provinces hit [c1000001].", []),
        ("Ships from Oslo, Bergen and Tromso, three of the ports, wait [c1000001].", []),
        # a number that is not the count of the names before it is a claim
        (
            "It funds homes in Hatay and Adiyaman, three of the ten provinces hit [c1000001].",
            ["three"],
        ),
        ("Floods hit Hatay, two of the ten provinces [c1000001].", ["two"]),
    ],
)
def test_a_count_of_the_names_just_listed_needs_no_source(text: str, expected: list[str]) -> None:
    sources = {"c1000001": "Homes will be rebuilt in ten provinces; ports wait."}
    assert findings(text, "unsupported-figure", sources) == expected


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("Flights stop from November 1, 2025.", []),  # the day of any year gives it
        ("Flights stop from November 1.", []),
        ("Flights stop from 1 Nov 2025.", []),
        ("Flights stop from December 1, 2025.", ["November 1"]),
        ("Flights stop from October 20.", ["November 1"]),
        # a month gives no day, and no day near it to hold the digest's day to
        ("Flights stop in November 2025.", []),
        # a day no source date comes near: the digest's own (background, or dated
        # relative to the source's own time)
        ("Flights stopped on March 3, 2025.", []),
    ],
)
def test_unsupported_dates_without_a_year(source: str, expected: list[str]) -> None:
    config = Config(rule_options=(("unsupported-figure", (("kinds", ["date"]),)),))
    text = "The airline stops the routes from November 1 [c1000001]."
    diags = seedlint.lint_text(text, sources={"c1000001": source}, config=config)
    assert [d.text for d in diags if d.rule == "unsupported-figure"] == expected


def test_unsupported_exact_count() -> None:
    text = "The fires killed 98 people [c1000001]."
    assert findings(text, "unsupported-figure", {"c1000001": "The fires killed 100 people."}) == [
        "98"
    ]


@pytest.mark.parametrize(
    ("text", "source", "expected"),
    [
        # "about" spans a step of the last significant digit: "about 612.4 million" was
        # written to the hundred thousand, so 598 million is another figure...
        ("It saves €580 million [c1000001].", "It saves about €612.4 million.", ["€580 million"]),
        (
            "It saves about €612.4 million [c1000001].",
            "It saves €580 million.",
            ["about €612.4 million"],
        ),
        ("Inflation was 1.5% [c1000001].", "Inflation was about 2.8%.", ["1.5%"]),
        # ...while "about 400" is written to the hundred and may stand for 380
        ("About 400 people fled [c1000001].", "Some 380 people fled.", []),
        ("Turnout was about 40% [c1000001].", "Turnout was 37.8%.", []),
        # "around 10%" is 8.5-11.5%: a share's "about" is at most 15% of it
        ("Council tax rose 12% [c1000001].", "Council tax rose around 10%.", ["12%"]),
        ("Council tax rose 11% [c1000001].", "Council tax rose around 10%.", []),
    ],
)
def test_a_hedge_is_as_wide_as_the_digits_written(
    text: str, source: str, expected: list[str]
) -> None:
    assert findings(text, "unsupported-figure", {"c1000001": source}) == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("It burned 46,000 hectares.", 46_000.0),
        ("It burned roughly 460 square kilometres.", 46_000.0),
        ("It burned 12 km² of forest.", 1_200.0),
        ("It burned 3 sq km of forest.", 300.0),
        ("It burned 120,000 acres.", 48_562.3),
        ("It burned about 180 square miles.", 46_619.8),
        ("It bought a 5,000-hectare farm.", 5_000.0),
    ],
)
def test_areas_are_read_in_hectares(text: str, value: float) -> None:
    f = one(text)
    assert (f.kind, f.unit) == ("count", "ha")
    assert f.value == pytest.approx(value, abs=0.05)


def test_a_word_between_a_count_and_its_unit_of_time() -> None:
    assert one("Clinics will vaccinate for three more weeks.").value == 21.0
    assert one("Prices rose for five straight months.").unit == "days"
    assert one("Three more people were hurt.").unit == ""


def test_a_hedged_unit_of_time_is_a_length_of_time() -> None:
    f = one("It posted its first profit in over a decade.")
    assert (f.text, f.unit, f.value) == ("over a decade", "days", 3652.5)
    # without a hedge "a year" is a rate or a date, not a figure
    text = "It builds 50,000 homes a year, up from a year earlier."
    assert [f.text for f in parse_figures(text)] == ["50,000"]


@pytest.mark.parametrize(
    ("text", "source", "expected"),
    [
        # an area in other units, or without the unit its source names
        (
            "Fire enclosed roughly 460 square kilometres [c1000001].",
            "It burned 46,000 hectares.",
            [],
        ),
        (
            "Fire enclosed roughly 520 square kilometres [c1000001].",
            "It burned 46,000 hectares.",
            ["roughly 520"],
        ),
        (
            "They sowed 2.2 million hectares, down from 2.9 million [c1000001].",
            "Sowing fell to 2.2 million hectares from 2.9 million hectares.",
            [],
        ),
        # a source's "over a decade" gives "more than ten years"
        (
            "Its first profit in more than ten years [c1000001].",
            "Its first profit in over a decade.",
            [],
        ),
        # a digest's "about a year" sets a scene: not checked
        ("The case took about a year [c1000001].", "The court ruled on Monday.", []),
        # a unitless count meets the number as the source writes it, not converted
        (
            "Pupils within three miles qualify, up from two [c1000001].",
            "Pupils within three miles qualify, up from two miles.",
            [],
        ),
        ("It burned 460 [c1000001].", "It burned 460 square kilometres.", []),
        ("It burned 46,000 [c1000001].", "It burned 460 square kilometres.", ["46,000"]),
        # a distance converted: 250 miles is 402 km
        ("The road runs about 400 km [c1000001].", "The road runs 250 miles.", []),
        ("The road runs 400 miles [c1000001].", "The road runs 400 kilometres.", ["400"]),
        # metres and feet are lengths, in kilometres: a unit changed is another length
        (
            "The terminal has a 3,400-foot runway [c1000001].",
            "The terminal has a 3,400-metre runway.",
            ["3,400"],
        ),
        (
            "The terminal has an 11,155-foot runway [c1000001].",
            "The terminal has a 3,400-metre runway.",
            [],
        ),
        ("The runway is 3.4 km long [c1000001].", "The terminal has a 3,400-metre runway.", []),
        ("The runway runs 3,400 [c1000001].", "The terminal has a 3,400-metre runway.", []),
        (
            "Tanks hold 6.1 billion cubic metres [c1000001].",
            "Tanks hold 6.1 billion cubic metres.",
            [],
        ),
        # an age the source gives in years old, the digest as a bare number
        (
            "He said the average applicant was 58 [c1000001].",
            "He said the average applicant was 58 years old.",
            [],
        ),
        (
            "He said the average applicant was 58 [c1000001].",
            "He said the average applicant had farmed for 58 years.",
            ["58"],
        ),
        (
            "He said the average applicant was 61 [c1000001].",
            "He said the average applicant was 58 years old.",
            ["61"],
        ),
        # a bare number after "from" in the unit of the figure before it
        (
            "The old 25-day journey is a thing of the past [c1000001].",
            "Transit times had fallen to about eight days from 25.",
            [],
        ),
        (
            "The old 25-day journey is a thing of the past [c1000001].",
            "Transit times had fallen to about eight days from 25 trucks.",
            ["25"],
        ),
        (
            "The old 25-day journey is a thing of the past [c1000001].",
            "Transit times had fallen to about 8% from 25.",
            ["25"],
        ),
        (
            "The old lease term was five years [c1000001].",
            "Leases will run for at least 10 years, up from five.",
            [],
        ),
        # … and after a time that follows the new value
        (
            "The cap will rise to 3.1 million euros a club next season, from 2.9 million "
            "[c1000001].",
            "The cap rises to 3.1 million euros per club next season, from 2.9 million euros.",
            [],
        ),
        (
            "The cap will rise to 3.1 million euros a club next season, from 2.9 million "
            "[c1000001].",
            "The cap rises to 3.1 million euros per club next season, from 2.9 million fans.",
            ["2.9 million"],
        ),
        # "number" as a verb before a count, and as a label
        (
            "Some 9,400 patients have waited more than a year [c1000001].",
            "Patients who have waited more than a year now number 9,400.",
            [],
        ),
        (
            "Some 9,400 patients have waited more than a year [c1000001].",
            "Patients who have waited more than a year took the number 9,400 bus.",
            ["Some 9,400"],
        ),
        # a frequency is in its own unit: "3.5 GHz" is 3,500 MHz, not three and a half
        (
            "Savanna won four blocks [c1000001].",
            "Savanna won three blocks in the 3.5 GHz band.",
            ["four"],
        ),
        (
            "The auction covered the 3,500 MHz band [c1000001].",
            "The auction covered the 3.5 GHz band.",
            [],
        ),
        # a bare amount may be one the source gives in money
        (
            "He said another 12 billion would follow by June [c1000001].",
            "Another 12 billion shillings will follow by June, he said.",
            [],
        ),
        (
            "He said another 15 billion would follow by June [c1000001].",
            "Another 12 billion shillings will follow by June, he said.",
            ["15 billion"],
        ),
        # a number a source says is exceeded is a bound passed
        (
            "Some seminar groups already have more than 40 students [c1000001].",
            "Seminar groups at the faculty already exceed 40 students.",
            [],
        ),
        (
            "Some seminar groups already have more than 40 students [c1000001].",
            "Seminar groups at the faculty already have 40 students.",
            ["more than 40"],
        ),
        # a length of time in two units is their sum
        (
            "The trip takes two and a half hours [c1000001].",
            "The line cuts the trip to 65 minutes from two hours and 30 minutes.",
            [],
        ),
        (
            "The winner ran it in 230 seconds [c1000001].",
            "The winner ran it in three minutes and 50 seconds.",
            [],
        ),
        (
            "The trip takes three hours [c1000001].",
            "The line cuts the trip to 65 minutes from two hours and 30 minutes.",
            ["three"],
        ),
        # seconds are a unit of time; "a second" is an ordinal
        (
            "Alerts reach phones within 40 seconds [c1000001].",
            "Alerts reach phones within 40 minutes.",
            ["40"],
        ),
        (
            "Alerts reach phones within 40 seconds [c1000001].",
            "Alerts reach phones within 40 seconds of a quake.",
            [],
        ),
        # something shared equally between two is half each
        (
            "The water was allocated to power, half each for Zimbabwe and Zambia [c1000001].",
            "The water was shared equally between Zimbabwe and Zambia.",
            [],
        ),
        (
            "The water was allocated to power, half each for Zimbabwe and Zambia [c1000001].",
            "The water was shared between Zimbabwe and Zambia.",
            ["half"],
        ),
    ],
)
def test_unsupported_reads_areas_distances_and_units_of_time(
    text: str, source: str, expected: list[str]
) -> None:
    assert findings(text, "unsupported-figure", {"c1000001": source}) == expected


@pytest.mark.parametrize(
    ("text", "source", "expected"),
    [
        # "more than" excludes its bound: the source must give a value beyond it
        (
            "More than half of it went to fees [c1000001].",
            "Half of it went to fees.",
            ["More than half"],
        ),
        ("More than half of it went to fees [c1000001].", "Fees took 52% of it.", []),
        (
            "It earned more than $1.8 billion [c1000001].",
            "It earned $1.8 billion.",
            ["more than $1.8 billion"],
        ),
        ("It earned more than $1.8 billion [c1000001].", "It earned $1.83 billion.", []),
        # "at least" includes it
        ("At least 300 people fled [c1000001].", "Some 300 people fled.", []),
        # "about" in points is open at its ends, as rounding is
        (
            "It adds about 2.5 percentage points to inflation [c1000001].",
            "It adds about 1.5 percentage points to inflation.",
            ["about 2.5 percentage points"],
        ),
        # "over five years" is during them, not more than five
        (
            "It will invest €20 million over five years [c1000001].",
            "It invests €20 million over the next five years.",
            [],
        ),
        ("It has run for over two years [c1000001].", "It began two years ago.", ["over two"]),
        # "within a month" is a length of time, as "over a decade" is
        (
            "First images are expected within 30 days [c1000001].",
            "First images are expected within a month.",
            [],
        ),
        ("The deal runs for 18 months [c1000001].", "The deal runs for a year.", ["18"]),
        # "within a week" is a claim a source must make; "the worst season in a decade"
        # and "about a year" set a scene; "a month's supply" measures the supply
        ("It could reopen within a week [c1000001].", "The terminal is closed.", ["a week"]),
        ("It will finish within a year [c1000001].", "It will take 18 months.", ["a year"]),
        ("It will finish within a year and a half [c1000001].", "It will take 18 months.", []),
        ("It was the worst season in a decade [c1000001].", "Fires burned.", []),
        ("It will take about a year [c1000001].", "Work starts.", []),
        ("It costs 12 rupees for a month's supply [c1000001].", "It costs 12 rupees.", []),
        # "in a decade" is ten years ("in a year" is as often "twice in a year")
        ("Exports were the lowest in ten years [c1000001].", "The lowest in a decade.", []),
        ("Exports were the lowest in 12 years [c1000001].", "The lowest in a decade.", ["12"]),
        ("It failed twice in two years [c1000001].", "It failed twice in a year.", ["two"]),
        # "a year" after a count is a rate, not a length of time
        ("It builds 5,000 homes a year [c1000001].", "It builds 5,000 homes a year.", []),
        # "four years ago" dates something: not a figure a source must give
        ("Turnout was higher than four years ago [c1000001].", "Turnout rose.", []),
    ],
)
def test_unsupported_bounds_and_lengths_of_time(
    text: str, source: str, expected: list[str]
) -> None:
    assert findings(text, "unsupported-figure", {"c1000001": source}) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "a third" before the noun it counts is one more in a series, not a share
        ("A third producer, Umzimvubu Foods, had settled [c1000001].", []),
        ("It won for a third consecutive year [c1000001].", []),
        # a share: before "of", after "by" or a hedge, before a participle
        ("A third of staff left [c1000001].", ["A third"]),
        ("It cut production by a third because fuel was short [c1000001].", ["a third"]),
        ("The appeal is barely a fifth funded [c1000001].", ["a fifth"]),
    ],
)
def test_a_third_before_a_noun_is_an_ordinal(text: str, expected: list[str]) -> None:
    # the source gives no share at all: every share in the digest is unsupported
    assert findings(text, "unsupported-figure", {"c1000001": "Output fell."}) == expected


@pytest.mark.parametrize(
    ("text", "source", "expected"),
    [
        # a currency glued to its number, as an adjective, is money
        (
            "In short, the 7.12-rupee rise lifts the tariff [c1000001].",
            "The regulator approved a rise of 7.12 rupees per unit.",
            [],
        ),
        (
            "After a 410-million-euro bill, the reactor is back [c1000001].",
            "The repairs cost 410 million euros.",
            [],
        ),
        ("It sells 2,000-yen tickets [c1000001].", "Tickets cost 2,000 yen.", []),
        # but a pound glued to a number is a weight, and 2,000 yen are not 2,000 tickets
        ("It sells 2,000-yen tickets [c1000001].", "It sold 2,000 tickets.", ["2,000-yen"]),
        ("It sells 3-pound bags [c1000001].", "Bags cost 3 pounds.", ["3"]),
    ],
)
def test_unsupported_currency_glued_to_its_number(
    text: str, source: str, expected: list[str]
) -> None:
    assert findings(text, "unsupported-figure", {"c1000001": source}) == expected


@pytest.mark.parametrize(
    ("text", "source", "expected"),
    [
        # the old value of a change takes the unit of the new one
        (
            "The fee rose to 150 euros from 100 this year [c1000001].",
            "The fee went up from 100 euros to 150 euros.",
            [],
        ),
        (
            "Inflation eased to 3.2%, down from 4 in May [c1000001].",
            "Inflation was 4% in May and 3.2% in June.",
            [],
        ),
        # and is held to that unit: 100 people do not support it
        (
            "The fee rose to 150 euros from 100 this year [c1000001].",
            "The fee of 150 euros was paid by 100 people.",
            ["100"],
        ),
        # a number with a noun of its own keeps it
        (
            "It raised $5 million from 40 donors [c1000001].",
            "It raised $5 million from 40 donors.",
            [],
        ),
        # a rate, or a comma, may come between the two values
        (
            "Prices fell to about 450 kwacha a kilogram from 900 in January [c1000001].",
            "Prices fell to about 450 kwacha a kilogram from 900 kwacha in January.",
            [],
        ),
        (
            "Prices fell to about 450 kwacha a kilogram from 900 in January [c1000001].",
            "Prices fell to about 450 kwacha a kilogram. In January 900 farmers sold.",
            ["900"],
        ),
        (
            "Prices fell to 70,000 tenge a tonne from 95,000 last year [c1000001].",
            "Prices fell to 70,000 tenge a tonne, from 95,000 last year.",
            [],
        ),
        # the new value takes the old one's unit: "from 3,100 cedis to 3,900", "from 40
        # hours to about five" (five hours, not five of anything)
        (
            "Clearance fell from 40 hours to about five [c1000001].",
            "Clearance was cut from 40 hours to about 5 hours.",
            [],
        ),
        (
            "Clearance fell from 40 hours to about five [c1000001].",
            "Clearance was cut from 40 hours to about 5 days.",
            ["about five"],
        ),
        (
            "The price rose from 3,100 cedis to 3,900 [c1000001].",
            "The price rose to 3,900 cedis, from 3,100 cedis.",
            [],
        ),
        # "the equivalent of" an amount is in the money just named
        (
            "A bag fetches 3,100 cedis, while traders offer the equivalent of 3,900 [c1000001].",
            "A bag fetches 3,100 cedis; traders offer the equivalent of 3,900 cedis a bag.",
            [],
        ),
        (
            "A bag fetches 3,100 cedis, while traders offer the equivalent of 3,900 [c1000001].",
            "A bag fetches 3,100 cedis; 3,900 traders work the border.",
            ["3,900"],
        ),
    ],
)
def test_unsupported_old_value_of_a_change(text: str, source: str, expected: list[str]) -> None:
    assert findings(text, "unsupported-figure", {"c1000001": source}) == expected


@pytest.mark.parametrize(
    ("text", "source", "expected"),
    [
        # the slack widens both figures: at 2% each, these 2.2% gaps were met
        ("It paid $4.55 billion [c1000001].", "It paid $4.65 billion.", ["$4.55 billion"]),
        (
            "It will save 913 billion reais [c1000001].",
            "It would save about 933.5 billion reais.",
            ["913 billion reais"],
        ),
        # a whole amount written to its last digit is exact, as a count is
        ("It sold at 1,421 rupees [c1000001].", "It sold at 1,412 rupees.", ["1,421 rupees"]),
        ("It sold at 1,400 rupees [c1000001].", "It sold at 1,412 rupees.", []),
        # rounding the source's figure is still fine
        ("It got $1.8 billion [c1000001].", "It got $1.83 billion.", []),
        ("It will save about 930 billion reais [c1000001].", "It saves 933.5 billion reais.", []),
    ],
)
def test_unsupported_tolerance_is_one_percent(text: str, source: str, expected: list[str]) -> None:
    assert findings(text, "unsupported-figure", {"c1000001": source}) == expected


def test_unsupported_fires_with_cited_ids() -> None:
    text = "SpaceX flew eleven launches in 2024 [963e6a24]."
    src = {"963e6a24": "SpaceX carried out 8 launches in 2024."}
    diags = [d for d in seedlint.lint_text(text, sources=src) if d.rule == "unsupported-figure"]
    assert [d.text for d in diags] == ["eleven"]
    assert "963e6a24" in diags[0].message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an exact figure the source gives only as a bound: the digest claims more
        ("The fine covers 320 supermarkets [c1000001].", ["320"]),
        ("The fine covers 250 supermarkets [c1000001].", ["250"]),
        # the bound as written, the same bound, or a hedged value it allows
        ("The fine covers 300 supermarkets [c1000001].", []),
        ("The fine covers more than 300 supermarkets [c1000001].", []),
        ("The fine covers about 320 supermarkets [c1000001].", []),
        # another bound the same way is another figure
        ("The fine covers over 310 supermarkets [c1000001].", ["over 310"]),
    ],
)
def test_a_bound_in_the_source_supports_no_exact_value_inside_it(
    text: str, expected: list[str]
) -> None:
    source = {"c1000001": "The cartel supplied more than 300 supermarkets."}
    assert findings(text, "unsupported-figure", source) == expected


@pytest.mark.parametrize(
    ("text", "source", "expected"),
    [
        (
            "It burned more than 64,000 ha [c1000001].",
            "It burned more than 46,000 ha.",
            ["more than 64,000"],
        ),
        ("It burned more than 46,000 ha [c1000001].", "It burned more than 46,000 ha.", []),
        ("Cuts last up to 12 hours [c1000001].", "Cuts last up to 10 hours.", ["up to 12"]),
        ("Cuts last up to 10 hours [c1000001].", "Cuts last as much as 10 hours.", []),
        # a bound the other way still allows what it asserts
        ("Cuts last under 12 hours [c1000001].", "Cuts last at least 10 hours.", []),
    ],
)
def test_a_bound_is_supported_by_the_same_bound_as_written(
    text: str, source: str, expected: list[str]
) -> None:
    assert findings(text, "unsupported-figure", {"c1000001": source}) == expected


def test_a_ceiling_in_the_source_supports_no_exact_value_under_it() -> None:
    source = {"c1000001": "Repairs will cost up to $40 million."}
    text = "Repairs will cost $35 million, or $40 million at most [c1000001]."
    assert findings(text, "unsupported-figure", source) == ["$35 million"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("SpaceX flew eight launches [963e6a24].", "SpaceX carried out 8 launches."),
        ("It costs about $3 billion [963e6a24].", "The budget is $2.94bn."),
        ("Turnout was 40% [963e6a24].", "Two in five voters turned out."),
        ("It holds over $700 million [963e6a24].", "It holds more than $700m."),
        # lengths of time in other units
        ("Dockers began a two-day strike [963e6a24].", "Dockers began a 48-hour strike."),
        ("Repairs take up to two weeks [963e6a24].", "Repairs take 10 to 14 days."),
        ("It opens about half a year late [963e6a24].", "It opens about six months late."),
        # an age written as an adjective is a count, not a length of time...
        ("Menezes, 23, scored twice [963e6a24].", "The 23-year-old scored twice."),
        # ...while "years old" stays one
        ("Ice at least 1.2 million years [963e6a24].", "Ice at least 1.2 million years old."),
        ("The vote took half an hour [963e6a24].", "The vote took 30 minutes."),
        # power and energy in other units
        ("It adds 3.2 gigawatts [963e6a24].", "It adds 3,200 megawatts."),
        ("It adds 3.2 GW [963e6a24].", "It adds 3,200 MW."),
        ("It made 4.5 TWh [963e6a24].", "It made 4,500 gigawatt-hours."),
        # "pound" as an adjective after a scale word, a currency named with its country
        ("He paid a £10m fee [963e6a24].", "He paid a 10 million pound fee."),
        ("It signed a £60m deal [963e6a24].", "It signed a 60 million pound deal."),
        ("It cost $300 million [963e6a24].", "It cost 300 million US dollars."),
        # "quarter-point" is not a fraction: the "two" before it is a count
        ("Economists expect two cuts [963e6a24].", "Economists expect two quarter-point cuts."),
        # a gapped clause: "and Russia 17 times" is a count, not a name like "Area 51"
        ("Russia managed 17 [963e6a24].", "China launched 68 times and Russia 17 times."),
        ("Roughly one in three homes burned [963e6a24].", "About a third of homes burned."),
        ("It shelved a SEK 4 billion mill [963e6a24].", "It shelved a 4 billion crown mill."),
        ("It paid 4 billion crowns [963e6a24].", "It paid DKK 4 billion."),
        ("It paid DKK 4 billion [963e6a24].", "It paid 4 billion kroner."),
        ("It paid 4 billion crowns [963e6a24].", "It paid ISK 4 billion."),
        ("Rates rose 0.5 points [963e6a24].", "Rates rose 50 basis points."),
        ("It has 12,500 buses [963e6a24].", "It has 12\u2009500 buses."),
        ("It is worth 1.2 bn euros [963e6a24].", "It is worth 1.2 billion euros."),
        ("Rates rose 50 basis points [963e6a24].", "Rates rose by half a percentage point."),
        (
            "Output hit a 25-year low [963e6a24].",
            "Output hit its lowest in a quarter of a century.",
        ),
        # "half a kilometre" is a distance, no share of anything
        ("The pits lie less than half a kilometre away [963e6a24].", "It is 500 metres away."),
        ("Rates rose by half a point [963e6a24].", "Rates rose 50 basis points."),
        (
            "The index ended at 9,120 points, up 2% [963e6a24].",
            "The index ended at 9,120 points after a 2% gain.",
        ),
    ],
)
def test_unsupported_accepts_rewrites(text: str, source: str) -> None:
    assert findings(text, "unsupported-figure", {"963e6a24": source}) == []


@pytest.mark.parametrize(
    ("text", "figure", "unit", "value"),
    [
        ("It opens half a year late.", "half a year", "days", 182.625),
        ("It took half an hour.", "half an hour", "days", 1 / 48),
        ("Its lowest in a quarter of a century.", "a quarter of a century", "days", 9131.25),
        ("The worst in half a century.", "half a century", "days", 18262.5),
        ("A 20-minute flight.", "20", "days", 20 / 1440),
        ("It adds 3.2 gigawatts.", "3.2", "MW", 3200.0),
        ("A 600 MW unit.", "600", "MW", 600.0),
        ("It made 4.5 TWh.", "4.5", "MWh", 4.5e6),
        ("It made 40 kilowatt-hours.", "40", "MWh", 0.04),
    ],
)
def test_half_a_year_minutes_and_power_are_measured(
    text: str, figure: str, unit: str, value: float
) -> None:
    (f,) = parse_figures(text)
    assert (f.text, f.kind, f.unit) == (figure, "count", unit)
    assert f.value == pytest.approx(value)


def test_lengths_of_time_are_counted_in_days() -> None:
    text = "A two-day strike, then 48 hours, then three weeks; it cut 40 jobs."
    got = [(f.unit, round(f.value, 6)) for f in parse_figures(text)]
    assert got == [("days", 2.0), ("days", 2.0), ("days", 21.0), ("", 40.0)]


@pytest.mark.parametrize(
    "text",
    [
        "It began a phase 3 trial [963e6a24].",
        "She has stage 4 cancer [963e6a24].",
        "A level 4 alert is in force [963e6a24].",
        "The 737 MAX was grounded [963e6a24].",
        "The 9/11 attacks changed it [963e6a24].",
        "It offers 24/7 coverage [963e6a24].",
        "It was a 50-50 split [963e6a24].",
        "The court ruled in a 5-4 vote [963e6a24].",
        "The top 10 firms grew [963e6a24].",
        "Article 50 was triggered under section 230 [963e6a24].",
    ],
)
def test_unsupported_skips_labels_and_names(text: str) -> None:
    # numbers that label or name something are not counts for a source to give
    assert findings(text, "unsupported-figure", {"963e6a24": "Nothing to compare."}) == []


def test_unsupported_still_reads_counts_near_labels() -> None:
    src = {"963e6a24": "Nothing to compare."}
    assert findings(
        "The trial moved to phase 3 with 40 patients [963e6a24].", "unsupported-figure", src
    ) == ["40"]
    assert findings("Between 10-12 people died [963e6a24].", "unsupported-figure", src) == ["10-12"]


def test_unsupported_is_silent_without_source_text() -> None:
    text = "SpaceX flew eleven launches [963e6a24]."
    assert findings(text, "unsupported-figure", {"963e6a24": None}) == []
    assert findings(text, "unsupported-figure") == []


def test_unsupported_ignores_years_by_default() -> None:
    text = "SpaceX flew eight launches in 2031 [963e6a24]."
    assert findings(text, "unsupported-figure", {"963e6a24": "It flew 8 launches."}) == []


def test_source_figures_are_parsed_once() -> None:
    from seedlint.figures import source_figures

    text = "A unique source text with 17 rockets and $4.5bn in it."
    source_figures.cache_clear()
    src = {"aaaaaaaa": text, "bbbbbbbb": text}
    digest = "It has 17 rockets [aaaaaaaa].\nIt has $4.5 billion [aaaaaaaa][bbbbbbbb]."
    assert findings(digest, "unsupported-figure", src) == []
    assert source_figures.cache_info().misses == 1


# -- the normaliser round-trips every spelling -------------------------------------------

_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = [
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def words(n: int) -> str:
    if n < 10:
        return _ONES[n]
    if n < 20:
        return _TEENS[n - 10]
    tens, ones = divmod(n, 10)
    return _TENS[tens - 2] + (f"-{_ONES[ones]}" if ones else "")


_MONEY = [
    ("${:,}", 1, "USD"),
    ("${:,} million", 1e6, "USD"),
    ("${}m", 1e6, "USD"),
    ("${} billion", 1e9, "USD"),
    ("${}bn", 1e9, "USD"),
    ("US${}m", 1e6, "USD"),
    ("€{}m", 1e6, "EUR"),
    ("£{} trillion", 1e12, "GBP"),
    ("USD {} million", 1e6, "USD"),
    ("{} million dollars", 1e6, "USD"),
]


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=2, max_value=999), st.sampled_from(_MONEY))
def test_money_round_trip(n: int, spelling: tuple[str, float, str]) -> None:
    fmt, scale, unit = spelling
    f = one(f"The contract is worth {fmt.format(n)} in total.")
    assert (f.kind, f.unit) == ("money", unit)
    assert f.value == pytest.approx(n * scale)


@settings(max_examples=60, deadline=None)
@given(
    st.integers(min_value=2, max_value=99),
    st.sampled_from(["{}%", "{} percent", "{} per cent", "{w} percent"]),
)
def test_percent_round_trip(n: int, fmt: str) -> None:
    f = one(f"Turnout reached {fmt.format(n, w=words(n))} this time.")
    assert (f.kind, f.value) == ("percent", n)


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=2, max_value=99), st.booleans())
def test_count_round_trip(n: int, as_words: bool) -> None:
    f = one(f"They flew {words(n) if as_words else n} launches.")
    assert (f.kind, f.value) == ("count", n)


@settings(max_examples=60, deadline=None)
@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31)), st.booleans())
def test_date_round_trip(d: dt.date, day_first: bool) -> None:
    month = d.strftime("%B")
    text = f"{d.day} {month} {d.year}" if day_first else f"{month} {d.day}, {d.year}"
    f = one(f"It happened on {text} at noon.")
    assert f.kind == "date" and f.lo == f.hi == d.toordinal()


# -- the shared example ------------------------------------------------------------------


# shared_seed (tests/conftest.py) skips with a reason when ../shared is absent.
def test_shared_example_is_clean(shared_seed: str) -> None:
    diags = seedlint.lint_text(shared_seed)
    assert [d for d in diags if d.rule in ("inconsistent-figure", "unsupported-figure")] == []
    figs = {f.text for f in extract_figures(Document(shared_seed))}
    # the figures are read (so the silence is not blindness) ...
    assert {"over $700 million", "$1.8 billion", "eight", "51", "half", "one-third"} <= figs
    # ... and citation IDs are not among them
    assert not any(f.startswith(("38", "0e", "576", "963")) for f in figs)


# -- a source text is read line by line, as if split into sentences ------------------------

# Pieces that put a possible figure next to a sentence break: a month's full stop
# ("May. 2020"), decimals at a stop, citations, quotes, odd spaces and line breaks.
_PIECES = [
    "It rose 5%.",
    " in May. 2020 was dry.",
    " on Jan. 5, 2021 it",
    " Sept.\n2019",
    " said. [ab12cd34] Next",
    " said. [a 5 points]Then",
    " cost $3.5 bn.",
    ' "It cost 4.',
    '" 7 ships',
    " about\n12 sites",
    " more than\u00a0half.",
    "\u00a0",
    "…",
    " Area 51. ",
    " early 2020s",
    " two in five.",
    " up to 30 percent",
    "\n\n",
    " Mar. ",
    "May.",
    " 2020",
    " 3. ",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=12))
def test_source_figures_match_sentence_split(pieces: list[str]) -> None:
    from seedlint.figures import source_figures

    text = "".join(pieces)
    fields = ("start", "end", "text", "kind", "unit", "lo", "hi", "alo", "ahi", "hedge", "rounding")

    def key(f: Figure) -> tuple[object, ...]:
        return tuple(getattr(f, name) for name in fields)

    # parse_figures splits every line into sentences
    assert list(map(key, source_figures(text))) == list(map(key, parse_figures(text)))


def test_source_figures_split_a_month_stop() -> None:
    from seedlint.figures import source_figures

    text = "Rain fell in May. 2020 was dry, and in May 2021 too."
    assert [f.text for f in source_figures(text)] == ["2020", "May 2021"]


# -- day numbers without datetime ------------------------------------------------------------
# dates._day and dates.year_of stand in for date(y, m, d).toordinal() and
# date.fromordinal(n).year; datetime is the reference.

_YEARS = [
    *range(1, 6),
    *range(95, 106),
    *range(395, 406),
    *range(1595, 1606),
    *range(1795, 2106),  # every year the figure pattern can write, and a margin
    *range(9995, 10000),
]


def _ref_day(y: int, m: int, d: int) -> float | None:
    try:
        return float(dt.date(y, m, d).toordinal())
    except ValueError:
        return None


def test_day_numbers_match_datetime() -> None:
    from seedlint.dates import _day, year_of

    for y in _YEARS:
        for m in range(0, 14):
            for d in range(0, 33):
                want = _ref_day(y, m, d)
                got = _day(y, m, d)
                assert (got == want) if want is not None else math.isnan(got), (y, m, d)
                if want is not None:
                    assert year_of(int(got)) == y, (y, m, d)


@settings(max_examples=2000, deadline=None)
@given(st.integers(-3, 10003), st.integers(-1, 14), st.integers(-1, 33))
def test_day_matches_datetime_anywhere(y: int, m: int, d: int) -> None:
    from seedlint.dates import _day

    want = _ref_day(y, m, d) if 1 <= y <= 9999 else None
    got = _day(y, m, d)
    assert (got == want) if want is not None else math.isnan(got)


@settings(max_examples=2000, deadline=None)
@given(st.integers(1, dt.date.max.toordinal()))
def test_year_of_matches_datetime(n: int) -> None:
    from seedlint.dates import year_of

    assert year_of(n) == dt.date.fromordinal(n).year


def test_figure_compares_like_the_dataclass_it_was() -> None:
    a = one("They hired 1,800 staff.")
    b = one("They hired 1,800 staff.")
    c = one("They hired 1,900 staff.")
    assert a == b and hash(a) == hash(b)
    assert a != c
    fields = tuple(getattr(a, name) for name in Figure.__slots__)
    assert a != fields  # a Figure equals only a Figure
    assert len({a, b, c}) == 2
    assert repr(a).startswith("Figure(start=11, end=16, text='1,800', kind='count'")


def test_a_currency_name_that_is_a_word_needs_a_scale() -> None:
    assert [(f.kind, f.value) for f in parse_figures("The party won 5 seats.")] == [("count", 5)]
    assert one("It paid 1,000 rand.").kind == "count"  # "rand" alone may be a name


def test_a_floor_or_ceiling_is_not_lowered_by_rounding() -> None:
    # "9 billion" may be a rounded 8.6 billion, but "more than 9 billion" is not 8.6
    lo, _ = one("Debts of more than NOK 9 billion.").interval(0.02)
    assert 8.8e9 <= lo < 9e9
    _, hi = one("Losses of up to NOK 9 billion.").interval(0.02)
    assert 9e9 < hi <= 9.2e9
    text = "The airline disclosed debts of NOK 8.4 billion [c1000001].\n"
    text += "Debts of more than NOK 9 billion would make it the biggest failure [c1000001].\n"
    assert findings(text, "inconsistent-figure") == ["more than NOK 9 billion"]


@pytest.mark.parametrize(
    ("text", "units"),
    [
        # "pounds" after "Egyptian pounds" are Egyptian; after "£5 million" they stay sterling
        (
            "Losses reached 1.2 billion Egyptian pounds. Firms lose 1.5 billion pounds a day. "
            "It cost £5 million. It cost 6 million pounds. Colombia paid 3,000 Colombian "
            "pesos, then 3,200 pesos, and 5 million US dollars.",
            ["EGP", "EGP", "GBP", "GBP", "COP", "COP", "USD"],
        ),
        (
            "Farmers got 500 Malawian kwacha a kilogram, then 550 kwacha. It paid 7 million "
            "francs. Rwanda paid 80 billion Rwandan francs, then 90 billion francs. Uganda "
            "spent 2 billion Ugandan shillings, then 3 billion shillings.",
            ["MWK", "MWK", "CHF", "RWF", "RWF", "UGX", "UGX"],
        ),
        (
            "Muscat spent 40 million Omani rials, then 95 million rials. Tunis paid 2 "
            "billion Tunisian dinars, then 300 million dinars.",
            ["OMR", "OMR", "TND", "TND"],
        ),
    ],
)
def test_a_shared_currency_name_takes_the_one_named_before(text: str, units: list[str]) -> None:
    assert [f.unit for f in parse_figures(text)] == units


def test_a_restated_amount_in_a_shared_currency_name_is_compared() -> None:
    text = (
        "Power cuts cost 1.2 billion Egyptian pounds a day in May [c1000001].\n"
        "Overall, cuts costing 1.5 billion pounds a day in May hurt firms [c1000001]."
    )
    assert findings(text, "inconsistent-figure") == ["1.5 billion pounds"]


@pytest.mark.parametrize(
    ("text", "source", "expected"),
    [
        # a bare "dollars" is any country's dollars, in the digest or in the source
        (
            "The 45 million dollar repair bill looks modest [c1000001].",
            "FSC will spend 45 million Fijian dollars on repairs.",
            [],
        ),
        (
            "The cost is 2.8 billion Canadian dollars, and a bonus of 1,500 dollars a year "
            "[c1000001].",
            "The deal costs 2.8 billion Canadian dollars and adds a bonus of 1,500 dollars.",
            [],
        ),
        # "$" is the US dollar
        (
            "The $45 million repair bill looks modest [c1000001].",
            "FSC will spend 45 million Fijian dollars on repairs.",
            ["$45 million"],
        ),
        # an amount per unit of time is held to the source's unit of time
        (
            "Businesses lose 1.5 billion pounds a day [c1000001].",
            "Losses reached 1.5 billion Egyptian pounds a week.",
            ["1.5 billion pounds"],
        ),
        (
            "Businesses lose 1.5 billion pounds a week [c1000001].",
            "Losses reached 1.5 billion Egyptian pounds a week.",
            [],
        ),
        (
            "Businesses lose 1.5 billion pounds a day [c1000001].",
            "Losses have reached 1.5 billion Egyptian pounds.",
            [],
        ),
    ],
)
def test_unsupported_shared_currency_names_and_rates(
    text: str, source: str, expected: list[str]
) -> None:
    assert findings(text, "unsupported-figure", {"c1000001": source}) == expected


def test_a_currency_with_its_country_is_supported_by_its_code() -> None:
    sources = {
        "c1000001": "Equinor will pay 8.4 billion Norwegian kroner. Tencent will spend 12 "
        "billion Hong Kong dollars. The dividend is $0.45 per share."
    }
    text = (
        "Equinor agreed to pay NOK 8.4 billion for the stake [c1000001].\n"
        "Tencent said it would spend HK$12 billion on buybacks [c1000001].\n"
        "The company will pay a dividend of 45 cents a share [c1000001].\n"
    )
    assert findings(text, "unsupported-figure", sources) == []


def test_the_digits_of_a_malformed_citation_are_not_a_figure() -> None:
    sources = {"38c5ecf8": "The agency counted 50 sites."}
    text = "The agency counted 50 sites [38c5ecf8] and more [2032707].\n"
    assert findings(text, "unsupported-figure", sources) == []


def test_no_one_in_five_years_is_not_a_share() -> None:
    shares = [
        f.text for f in parse_figures("No one in five years has broken it.") if f.kind == "percent"
    ]
    assert shares == []
    assert [f.text for f in parse_figures("One in five adults smoke.")] == ["One in five"]


_DEFINITE_PIECES = [
    *("the", "The", "THE", "its", "ITS", "their", "his", "her", "whose", "of", "Of", "OF"),
    *("Harlow's", "Harlow’s", "HARLOW'S", "İts", "ıts", "hiſ", "ſ", "savings", "projected"),
    *("other", "bathe", "cost", "x_y's", "-", ",", "$", "\u00a0", "\u2009"),
]


@settings(max_examples=1000, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(_DEFINITE_PIECES),
            st.sampled_from([" ", "  ", "\t", "\n", "\u00a0", "\u3000", ""]),
        ),
        max_size=6,
    )
)
def test_the_definite_precheck_never_skips_a_match(pieces: list[tuple[str, str]]) -> None:
    """restates() searches for a definite phrase only where _may_be_definite says one may
    end: it must be true wherever the search finds one."""
    from seedlint import restatement

    text = "".join(word + space for word, space in pieces)
    for start in range(len(text) + 1):
        if restatement._DEFINITE.search(text, start, len(text)) is not None:
            assert restatement._may_be_definite(text, start, len(text))


def test_a_year_given_twice_differently_for_one_event() -> None:
    text = (
        "Estonia counts 130,000 e-residents since the programme's launch in 2014 [c1000001].\n"
        "Since its launch in 2015, the programme has grown every year [c1000001]."
    )
    assert findings(text, "inconsistent-figure") == ["2015"]


def test_years_of_different_events_pass() -> None:
    text = (
        "The plant opened in 2014 and employs 400 people [c1000001].\n"
        "Its second line will open in 2027, the company said [c1000001]."
    )
    assert findings(text, "inconsistent-figure") == []


def test_a_count_after_a_name_is_an_age_only_before_a_comma_or_a_full_stop() -> None:
    heads = [
        (f.text, f.head) for f in parse_figures("In Dorj, 51 workers struck; Dorj, 51, spoke.")
    ]
    assert heads == [("51", "worker"), ("51", "age")]


def test_a_price_per_kilo_restates_one_per_kilogram() -> None:
    text = (
        "Olive oil fetched about 8 euros a kilogram at origin [c1000001].\n"
        "Producers say oil fetching 9 euros a kilo at origin barely covers costs [c1000001]."
    )
    assert findings(text, "inconsistent-figure") == ["9 euros"]


def test_a_rank_is_read_with_its_place_noun_and_domain() -> None:
    # a rank counts nothing: "third" is a place, not a count of three
    (rank,) = [f for f in parse_figures("It has the world's 3rd-biggest barge fleet.")]
    assert (rank.kind, rank.unit, rank.value) == ("rank", "largest", 3.0)
    assert (rank.head, rank.modifiers, rank.subject) == ("fleet", {"barge"}, {"world"})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bank cut rates for the fourth year running.", [("fourth", "in a row", 4, "year")]),
        ("It posted its ninth annual loss in a row.", [("ninth", "in a row", 9, "loss")]),
        ("Its 12th in a row was smaller.", [("12th", "in a row", 12, "")]),
        (
            "It was the third straight quarterly decline.",
            [("third", "in a row", 3, "decline")],
        ),
        ("Exports fell for a fifth consecutive month.", []),  # "a fifth": maybe a share
        (
            "This is the second drought in the valley in six years.",
            [("second", "within", 2, "drought")],
        ),
        # no run: a share, a part of a list, a place in a race
        ("A third of the wells have been running dry.", []),
        ("She finished third in a race held every four years.", []),
        ("The second of the two plants opened in 2019.", []),
    ],
)
def test_a_place_in_a_run_is_read_with_its_noun(
    text: str, expected: list[tuple[str, str, int, str]]
) -> None:
    got = [(f.text, f.unit, f.value, f.head) for f in parse_figures(text) if f.kind == "rank"]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Harbour Rail lost money last year, its seventh annual loss in a row [c1000001].\n"
            "In short, the loss, its eighth in a row, leaves little room [c1000001].",
            ["eighth"],
        ),
        (
            "Harbour Rail lost money last year, its seventh annual loss in a row [c1000001].\n"
            "In short, the loss, its seventh in a row, leaves little room [c1000001].",
            [],
        ),
        # runs of two different things
        (
            "Harbour Rail lost money last year, its seventh annual loss in a row [c1000001].\n"
            "Fares rose for the third year running [c1000001].",
            [],
        ),
        (
            "This is the valley's second drought in six years [c1000001].\n"
            "Overall, the valley's third drought in six years hurt growers [c1000001].",
            ["third"],
        ),
    ],
)
def test_a_place_in_a_run_given_twice_differently(text: str, expected: list[str]) -> None:
    assert findings(text, "inconsistent-figure") == expected


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("The loss was the operator's seventh in a row.", []),
        ("It has lost money for seven straight years, its seventh loss in a row.", []),
        ("The loss was the operator's sixth in a row.", ["seventh"]),
    ],
)
def test_a_place_in_a_run_needs_its_source(source: str, expected: list[str]) -> None:
    text = "Harbour Rail lost money last year, its seventh annual loss in a row [c1000001]."
    assert findings(text, "unsupported-figure", {"c1000001": source}) == expected


@pytest.mark.parametrize(
    ("text", "source", "expected"),
    [
        (
            "It has the world's second-largest fleet [c1000001].",
            "the third-largest fleet",
            ["second-largest"],
        ),
        ("It has the world's second-largest fleet [c1000001].", "the second biggest fleet", []),
        # first place is said in too many ways to check
        ("It has the world's largest fleet [c1000001].", "a record fleet", []),
    ],
)
def test_a_rank_after_first_place_needs_its_source(
    text: str, source: str, expected: list[str]
) -> None:
    assert findings(text, "unsupported-figure", {"c1000001": source}) == expected


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("The mine opened in 2014.", ["2015"]),  # a year off: a slip
        ("The mine opened in 2015.", []),
        ("The mine opened last year.", []),  # no year near: not checked
        ("The mine, founded in 1990, opened a pit.", []),
        # two neighbouring digits swapped: a slip, however far apart the two years
        ("The mine opened in 2051, its owners hope.", ["2015"]),
        ("The mine opened in 2105, the plan says.", ["2015"]),
        ("The mine opened in 2510, the novel says.", []),
    ],
)
def test_a_year_is_held_to_a_source_year_near_it(source: str, expected: list[str]) -> None:
    text = "The mine opened in 2015 [c1000001]."
    assert findings(text, "unsupported-figure", {"c1000001": source}) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the year before the one a change is given for: its base, which the source
        # leaves implicit
        ("The ferry line carried 3.1 million people in 2024, up 8% on 2023 [c1000001].", []),
        ("The ferry line carried 3.1 million people in 2024, 8% more than in 2023 [c1000001].", []),
        (
            "The ferry line carried 3.1 million people in 2024, up from 2.9 million in 2023"
            " [c1000001].",
            ["2.9 million"],  # the year passes, the base's own figure is not given
        ),
        # not a base: another year of the same sentence, or the year after
        ("The ferry line carried 3.1 million people in 2024 and in 2023 [c1000001].", ["2023"]),
        ("The ferry line carried 3.1 million people in 2024, up 8% on 2025 [c1000001].", ["2025"]),
    ],
)
def test_the_base_year_of_a_change_needs_no_source(text: str, expected: list[str]) -> None:
    source = "The ferry line carried 3.1 million people in 2024, up 8% from the year before."
    assert findings(text, "unsupported-figure", {"c1000001": source}) == expected


@pytest.mark.parametrize(
    ("text", "source", "expected"),
    [
        # a currency named with "and" in its country's name
        (
            "Families earning more than 25,000 dollars a month lose the grant [c1000001].",
            "Families earning more than 25,000 Trinidad and Tobago dollars a month lose it.",
            [],
        ),
        (
            "Families earning more than 26,000 dollars a month lose the grant [c1000001].",
            "Families earning more than 25,000 Trinidad and Tobago dollars a month lose it.",
            ["more than 26,000 dollars"],
        ),
        # the dollar sign all dollars share, against a source's named dollars
        (
            "The lender holds deposits of $9.5 billion [c1000001].",
            "It was fined 150 million Singapore dollars and holds deposits of 9.5 billion dollars.",
            [],
        ),
        # an age a source gives in years
        (
            "The median age rose to 31 from 29 [c1000001].",
            "The median age rose to 31 years from 29, the survey found.",
            [],
        ),
        (
            "The median age rose to 33 from 29 [c1000001].",
            "The median age rose to 31 years from 29, the survey found.",
            ["33"],
        ),
        # "both" of a pair
        (
            "A fault stopped the site's two backup generators [c1000001].",
            "A fault stopped both of the site's backup generators from starting.",
            [],
        ),
        (
            "A fault stopped the site's three backup generators [c1000001].",
            "A fault stopped both of the site's backup generators from starting.",
            ["three"],
        ),
    ],
)
def test_figures_a_source_gives_in_other_words(text: str, source: str, expected: list[str]) -> None:
    assert findings(text, "unsupported-figure", {"c1000001": source}) == expected


@pytest.mark.parametrize(
    ("text", "source", "expected"),
    [
        # two neighbouring digits swapped, though another figure is within the tolerance
        (
            "The district council has proposed a rise of 12.1% [c1000001].",
            "The district council has proposed 11.2%. Rates rose 12.2% nationally.",
            ["12.1%"],
        ),
        (
            "The population reached 134.2 million [c1000001].",
            "The population reached 132.4 million, the survey found.",
            ["134.2 million"],
        ),
        # written as the digest writes it somewhere: no slip
        (
            "The district council has proposed a rise of 12.1% [c1000001].",
            "The council has proposed 12.1%, against 11.2% last year.",
            [],
        ),
        # another magnitude
        (
            "The district council has proposed a rise of 12.1% [c1000001].",
            "The district council has proposed 1.12%. Rates rose 12.2% nationally.",
            [],
        ),
    ],
)
def test_a_number_a_source_writes_with_two_digits_swapped(
    text: str, source: str, expected: list[str]
) -> None:
    assert findings(text, "unsupported-figure", {"c1000001": source}) == expected


@pytest.mark.parametrize(
    ("text", "source", "expected"),
    [
        # a multiple in words needs its factor in a source, in any words or figures
        ("Bills tripled in a year [c1000001].", "Bills had doubled in a year.", ["tripled"]),
        ("Bills tripled in a year [c1000001].", "Bills tripled in a year.", []),
        ("Bills tripled in a year [c1000001].", "Bills rose 200% in a year.", []),
        ("Bills tripled in a year [c1000001].", "Bills went from 40 to 120 rupees.", []),
        ("Bills tripled in a year [c1000001].", "Bills are three times the 2023 level.", []),
        ("Bills tripled in a year [c1000001].", "Bills went from 40 to 90 rupees.", ["tripled"]),
        ("Prices have halved [c1000001].", "Prices fell from 300 to 150 yuan a box.", []),
        ("Prices have halved [c1000001].", "Prices fell by about a third.", ["halved"]),
        ("Demand grew twelvefold [c1000001].", "Demand grew tenfold.", ["twelvefold"]),
        ("BILLS TRIPLED IN A YEAR [c1000001].", "Bills had doubled in a year.", ["TRIPLED"]),
        ("Demand grew twelvefold [c1000001].", "Demand is 12 times what it was.", []),
        ("Output is roughly twice that of 2020 [c1000001].", "Output rose 90%.", []),
        # "twice a year" is how often, "double shifts" a kind of shift
        ("The board meets twice a year [c1000001].", "The board met on Monday.", []),
        ("Nurses work double shifts [c1000001].", "Nurses are tired.", []),
        # a bare number after "from" and ", up" takes the unit before it
        (
            "Leases run for 10 years, double the current term [c1000001].",
            "Leases will run for at least 10 years, up from five.",
            [],
        ),
    ],
)
def test_unsupported_multiples_in_words(text: str, source: str, expected: list[str]) -> None:
    assert findings(text, "unsupported-figure", {"c1000001": source}) == expected


def test_only_a_text_with_a_multiple_s_stem_is_searched_for_multiples() -> None:
    # the cheap test must let every multiple through, in any case
    for text in ("Halved", "TWICE", "a threefold rise", "QUADRUPLED", "doubling"):
        assert mentions_multiples(text) and multiples(text)
    assert not mentions_multiples("Prices rose 5% to $3, three times in a row.")


def test_unsupported_multiples_can_be_left_out() -> None:
    config = Config(
        rule_options=(("unsupported-figure", (("kinds", ["money", "percent", "count", "rank"]),)),)
    )
    text = "Bills tripled in a year [c1000001]."
    diags = seedlint.lint_text(text, sources={"c1000001": "Bills doubled."}, config=config)
    assert [d.text for d in diags if d.rule == "unsupported-figure"] == []
    diags = seedlint.lint_text(text, sources={"c1000001": "Bills doubled."})
    assert [d.text for d in diags if d.rule == "unsupported-figure"] == ["tripled"]


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("Inflows were the lowest since 1996, the minister said.", ["1992"]),
        ("Inflows were the lowest since 1992, the minister said.", []),
        ("Inflows were the lowest in years; the dam was built in 1959.", []),
        ("Inflows have been measured since 1996.", []),  # no record: background
    ],
)
def test_a_record_s_year_is_held_to_a_source_record_s_year(
    source: str, expected: list[str]
) -> None:
    text = "Inflows into the lake were the lowest since 1992 [c1000001]."
    assert findings(text, "unsupported-figure", {"c1000001": source}) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the value a change started from is not what a summary restates
        (
            "Freight to Rotterdam costs about $6,200 per 40-foot box, up from $4,100 in May"
            " [c1000001].\nOverall, with a box to Rotterdam at $6,200, growers pay more"
            " [c1000001].",
            [],
        ),
        # a deed done and one to come are two deeds
        (
            "The 300-megawatt Narva unit, opened in 2018, stays in reserve [c1000001].\n"
            "The new chemicals plant, due to open in 2029, will hire 150 people [c1000001].",
            [],
        ),
        (
            "The Narva plant was opened in 2018 [c1000001].\n"
            "The Narva plant, opened in 2019, hired 150 people [c1000001].",
            ["2019"],
        ),
        # a figure followed by "more than" is a difference, not a price
        (
            "Growers who deliver fresh cane get a bonus of 120 baht a tonne from a state fund"
            " [c1000001].\nCutting fresh cane by hand costs 350 baht a tonne more than"
            " burning it [c1000001].",
            [],
        ),
        # the bank's overall rate is not the scheme's rate
        (
            "The annual interest rate falls to 5.5% from 7% [c1000001].\n"
            "Bad loans stood at 3.1%, below the bank's overall rate of 4.6% [c1000001].",
            [],
        ),
        # jobs restated as workers, with a modifier in common
        (
            "About 12,000 seasonal workers could lose a month of work [c1000001].\n"
            "Overall, some 20,000 seasonal jobs are at stake in the port [c1000001].",
            ["some 20,000"],
        ),
        # a unit of two words glued to a count
        (
            "The plant will produce 300 million cubic metres of water a year [c1000001].\n"
            "The 400-million-cubic-metre facility will cover 42 hectares [c1000001].",
            ["400-million"],
        ),
        # "from Kostanay to Aktau" is a route: the tariff is a level, not a change
        (
            "The current rail tariff from Kostanay to Aktau is about 14,000 tenge a tonne"
            " [c1000001].\nHe put the rail tariff to Aktau at 16,000 tenge a tonne [c1000001].",
            ["16,000 tenge"],
        ),
        # a name before "by" ends a place: the verb's object is what was cut
        (
            "The railway will cut tariffs for wheat sent to the port of Aktau by 30%"
            " [c1000001].\nIn sum, a 25% tariff cut may ease the glut [c1000001].",
            ["25%"],
        ),
        # the time a change is to take, told apart by what changes
        (
            "The aim is to lift farm incomes by a fifth within three years [c1000001].\n"
            "Overall, the plan would raise incomes by a fifth within five years [c1000001].",
            ["five"],
        ),
        (
            "The aim is to lift farm incomes by a fifth within three years [c1000001].\n"
            "Overall, exports should grow by a third within five years [c1000001].",
            [],
        ),
        # a price per unit, restated as "the price" without the unit
        (
            "The power went to a trader at $52 per megawatt-hour [c1000001].\n"
            "Buyers pay a levy on top of the $48 auction price, he said [c1000001].",
            ["$48"],
        ),
        (
            "Retail prices hit 4,200 shillings a kilogram in the capital [c1000001].\n"
            "That is half as much again as the indicative price of 2,800 shillings"
            " [c1000001].",
            [],
        ),
        # the level a cut brings something to
        (
            "The coastal fleet's cod quota will be 128,500 tonnes, the ministry said"
            " [c1000001].\nAn analyst expects the cut in the fleet's cod quota to 125,800"
            " tonnes to lift prices [c1000001].",
            ["125,800"],
        ),
        # two synonyms with the deed in common
        (
            "The slide destroyed 46 houses after two days of rain [c1000001].\n"
            "With nearly 60 homes destroyed, families need shelter [c1000001].",
            ["nearly 60"],
        ),
        (
            "The slide destroyed 46 houses after two days of rain [c1000001].\n"
            "With nearly 60 homes at risk, families need shelter [c1000001].",
            [],
        ),
        (
            "The ministry ordered the culling of about 210,000 chickens [c1000001].\n"
            "Compensation for the roughly 250,000 culled birds will cost €1 million"
            " [c1000001].",
            ["roughly 250,000"],
        ),
        # a date something must be done by is a deadline
        (
            "The permits went to 12 companies and must be used by April 30 [c1000001].\n"
            "Holders that miss the March 31 deadline will be named [c1000001].",
            ["March 31"],
        ),
        (
            "The permits went to 12 companies and were used by April 30 [c1000001].\n"
            "Holders that miss the March 31 deadline will be named [c1000001].",
            [],
        ),
        # a tariff on something, restated as the duty
        (
            "The country has cut its tariff on imported rice to 12% from 35% [c1000001].\n"
            "Traders said the 15% duty was low enough to keep imports flowing [c1000001].",
            ["15%"],
        ),
        # a deal restated as a sale ("Notably," names no one)
        (
            "Notably, the three-year deal went by auction to a trader at $52 per"
            " megawatt-hour [c1000001].\nOverall, the two-year sale brings the state about"
            " $160 million a year [c1000001].",
            ["two"],
        ),
        # a share of one region's allocation: the region named in both clauses
        (
            "In the Amhara region, the regional bureau said it had received just 38% of its"
            " allocation [c1000001].\nKebede said the worst effects would fall on Amhara,"
            " which had received only about a quarter of its allocation [c1000001].",
            ["about a quarter"],
        ),
        # "after a stoppage of four days" is when, not a change
        (
            "Trains resumed on Monday after a stoppage of four days [c1000001].\n"
            "In short, the five-day stoppage cost producers about $40 million [c1000001].",
            ["five"],
        ),
        # what one side asked for is not what was agreed or proposed
        (
            "Dockworkers walked out on Monday, demanding a 35% pay rise [c1000001].\n"
            "They returned after the union accepted a 25% pay rise [c1000001].",
            [],
        ),
        (
            "Dockworkers walked out on Monday, demanding a 35% pay rise [c1000001].\n"
            "They returned after the union won a 25% pay rise [c1000001].",
            [],
        ),
        (
            "Dockworkers walked out on Monday, demanding a 35% pay rise [c1000001].\n"
            "The union is still seeking a 30% pay rise [c1000001].",
            ["30%"],
        ),
        (
            "The insurer refused to pay a $10 million ransom demand [c1000001].\n"
            "The attackers had demanded a $15 million ransom, the police said [c1000001].",
            ["$15 million"],
        ),
        # a deficit is not an output, though both are counted in kilowatt-hours
        (
            "The plant produced 3.1 billion kilowatt-hours last year [c1000001].\n"
            "Solar farms should narrow a winter deficit estimated at 2.5 billion"
            " kilowatt-hours [c1000001].",
            [],
        ),
        # the factories that closed are a part of all of them
        (
            "The country's 16 factories employ about 12,000 workers [c1000001].\n"
            "Six factories had closed since 2021, the association said [c1000001].",
            [],
        ),
        (
            "The country's 16 factories employ about 12,000 workers [c1000001].\n"
            "The 18 factories buy most of the crop [c1000001].",
            ["18"],
        ),
        # how long one event lasted, named in other words
        (
            "Inspections resumed on Tuesday after a nine-day suspension [c1000001].\n"
            "Overall, the ten-day pause showed how fragile the trade is [c1000001].",
            ["ten"],
        ),
        (
            "The port was shut by a two-day strike this week [c1000001].\n"
            "The strike follows a shorter, 24-hour stoppage in October [c1000001].",
            [],
        ),
        # a change given after its noun ("a harvest up by"), restated for one of its synonyms
        (
            "Colombia produced 13.8 million bags of coffee in 2024, up 23% [c1000001].\n"
            "In short, a harvest up by almost a fifth has masked ageing trees [c1000001].",
            ["almost a fifth"],
        ),
        (
            "Colombia produced 13.8 million bags of coffee in 2024, up 23% [c1000001].\n"
            "Colombia's harvest makes up almost a fifth of world supply [c1000001].",
            [],
        ),
        # where a thing is carried from is no change's start
        (
            "The two projects would need about 9 gigawatts of wind and solar capacity"
            " [c1000001].\nThe line is meant to carry power from the projects' 6 gigawatts"
            " of wind and solar farms [c1000001].",
            ["6"],
        ),
        # the day of a walkout is the day the strike began
        (
            "Dockworkers walked out on March 10 over pay [c1000001].\n"
            "The stoppage since March 12 is costing exporters 40 million euros a day"
            " [c1000001].",
            ["March 12"],
        ),
        (
            "Dockworkers walked out on March 10 over pay [c1000001].\n"
            "Talks since March 12 have made no progress [c1000001].",
            [],
        ),
        # consumers, customers and households
        (
            "Households using fewer than 200 units a month, about 58% of domestic consumers,"
            " will be shielded [c1000001].\nIn short, the rise spares the poorest 85% of"
            " households [c1000001].",
            ["85%"],
        ),
        (
            "Households using fewer than 200 units a month, about 58% of domestic consumers,"
            " will be shielded [c1000001].\nA survey found that 85% of households own a"
            " phone [c1000001].",
            [],
        ),
        # salmon are fish
        (
            "The law follows the escape of about 3,500 farmed salmon in 2023 [c1000001].\n"
            "Notably, the 5,300 fish that escaped in 2023 outnumbered wild ones [c1000001].",
            ["5,300"],
        ),
        (
            "The law follows the escape of about 3,500 farmed salmon in 2023 [c1000001].\n"
            "Anglers caught 5,300 wild fish in the same rivers in 2023 [c1000001].",
            [],
        ),
        # a data-centre campus restated as the facility
        (
            "Altura Data plans a 120-megawatt campus in Guanacaste [c1000001].\n"
            "Altura says the 150-megawatt facility will create 600 jobs [c1000001].",
            ["150"],
        ),
        (
            "Altura Data plans a 120-megawatt campus in Guanacaste [c1000001].\n"
            "Altura says the 150-megawatt solar farm will power it [c1000001].",
            [],
        ),
        # one low of one thing, in months or years
        (
            "Tea prices have slid to their lowest in 18 months [c1000001].\n"
            "In short, with prices at a 24-month low, growers are worried [c1000001].",
            ["24"],
        ),
        (
            "Tea prices have slid to their lowest in 18 months [c1000001].\n"
            "Rainfall hit a 24-month low in the hills [c1000001].",
            [],
        ),
        # a time of day says when, and two of them are two moments
        (
            "Rail workers began a 48-hour strike at 9 p.m. on Sunday [c1000001].\n"
            "Guaranteed services ran between 6 p.m. and 10 p.m., as the law requires"
            " [c1000001].",
            [],
        ),
        (
            "Rail workers began a 48-hour strike at 9 p.m. on Sunday [c1000001].\n"
            "In short, the 24-hour strike stranded commuters [c1000001].",
            ["24"],
        ),
        # prices per different units; a price restated without its unit is still compared
        (
            "Homes above the norm will pay 1,000 soums per kilowatt-hour [c1000001].\n"
            "Gas for homes will rise to 1,500 soums per cubic metre [c1000001].",
            [],
        ),
        (
            "Homes above the norm will pay 1,000 soums per kilowatt-hour [c1000001].\n"
            "In short, homes above the norm will pay 1,200 soums [c1000001].",
            ["1,200"],
        ),
        (
            "Homes above the norm will pay 1,000 soums per kilowatt-hour [c1000001].\n"
            "In short, homes above the norm face 1,200 soums per kilowatt-hour [c1000001].",
            ["1,200"],
        ),
        # a first forecast is an earlier figure, not the current one restated
        (
            "Brazil's orange harvest is set to shrink to 215 million boxes this season"
            " [c1000001].\nNotably, this is well below the fund's first forecast of 232"
            " million boxes, issued in May [c1000001].",
            [],
        ),
        (
            "Brazil's orange harvest is set to shrink to 215 million boxes this season"
            " [c1000001].\nNotably, the fund's 232 million boxes would still be a poor crop"
            " [c1000001].",
            ["232 million"],
        ),
        # an amount knocked off a price is a difference, not a price
        (
            "Farm-gate prices climbed to 520 CFA francs per kilogram in August [c1000001].\n"
            "Exporters said the tax would knock around 15 francs per kilogram off farm-gate"
            " prices [c1000001].",
            [],
        ),
        (
            "Farm-gate prices climbed to 520 CFA francs per kilogram in August [c1000001].\n"
            "In short, farm-gate prices of 500 francs per kilogram still pay [c1000001].",
            ["500 francs"],
        ),
        # "N fewer" things is a difference, compared with the change it restates
        (
            "The pig herd shrank by 1.1 million to 10.4 million [c1000001].\n"
            "Brinkman credits the 1.3 million fewer pigs [c1000001].",
            ["1.3 million"],
        ),
        (
            "The pig herd shrank by 1.1 million to 10.4 million [c1000001].\n"
            "Brinkman credits the 1.1 million fewer pigs [c1000001].",
            [],
        ),
        # how fast a thing is growing, restated
        (
            "Kuwait has added no capacity since 2016, while demand has grown about 4% a year"
            " [c1000001].\nOverall, with demand growing about 6% a year, cuts will return"
            " [c1000001].",
            ["about 6%"],
        ),
        (
            "Average rents for new tenancies are rising 6.8% a year [c1000001].\n"
            "The number of registered tenancies has fallen 4% a year [c1000001].",
            [],
        ),
        # a unit and one word in common make one quantity only when the values are near
        (
            "Chile exported a record 415,000 tonnes of cherries this season [c1000001].\n"
            "Fuentes said the record 450,000-tonne harvest did little for growers [c1000001].",
            ["450,000"],
        ),
        (
            "Chile exported a record 415,000 tonnes of cherries this season [c1000001].\n"
            "Fuentes said the record 900,000-tonne harvest did little for growers [c1000001].",
            [],
        ),
        # power from two different sources
        (
            "The operator will cut generation at the Kariba hydropower station to an average"
            " of 275 megawatts [c1000001].\nShe said 300 megawatts of solar capacity could be"
            " added within 18 months [c1000001].",
            [],
        ),
        (
            "The operator will cut generation at the Kariba hydropower station to an average"
            " of 275 megawatts [c1000001].\nIn short, the Kariba hydropower station's 300"
            " megawatts will not cover demand [c1000001].",
            ["300"],
        ),
        # the size of a thing, its unit glued to it, against the measure given before
        (
            "The Lindvik data centre will have 40 megawatts of capacity when it opens"
            " [c1000001].\nIts owner said the 45-megawatt centre would run on wind power"
            " [c1000001].",
            ["45"],
        ),
        (
            "The Lindvik data centre will have 40 megawatts of capacity when it opens"
            " [c1000001].\nIts owner said the 40-megawatt centre would run on wind power"
            " [c1000001].",
            [],
        ),
        # two things told apart by an ordinal; a restatement without one is still held
        (
            "The ministry set the quota for a first licence round at 4,000 tonnes"
            " [c1000001].\nThe quota for a second licence round is 2,500 tonnes [c1000001].",
            [],
        ),
        (
            "The ministry set the quota for a first licence round at 4,000 tonnes"
            " [c1000001].\nIn short, the quota for a licence round, 2,500 tonnes, is small"
            " [c1000001].",
            ["2,500"],
        ),
        # a count of one part only
        (
            "The group Keep Tarn Local said it had gathered 5,200 signatures in four days"
            " [c1000001].\nRuiz said about 4,100 signatures from North Tarn alone would"
            " force a vote there [c1000001].",
            [],
        ),
        (
            "The group Keep Tarn Local said it had gathered 5,200 signatures in four days"
            " [c1000001].\nRuiz said about 4,100 signatures from North Tarn would force a"
            " vote there [c1000001].",
            ["about 4,100"],
        ),
        # two years that date two amounts of a series; one amount dated twice differently
        (
            "Insurers' claims climbed to 41 billion rupees in 2024 [c1000001].\nThat compares"
            " with 29 billion in 2022, the regulator said [c1000001].",
            [],
        ),
        (
            "Insurers' claims climbed to 41 billion rupees in 2024 [c1000001].\nThe regulator"
            " said claims reached 41 billion rupees in 2022 [c1000001].",
            ["2022"],
        ),
        # the length of a deed given by its verb, then by its noun
        (
            "The regulator suspended the airline's mountain flights for 30 days [c1000001].\n"
            "Overall, the 60-day suspension leaves villages cut off [c1000001].",
            ["60"],
        ),
        (
            "The regulator suspended the airline's mountain flights for 30 days [c1000001].\n"
            "Overall, the 30-day suspension leaves villages cut off [c1000001].",
            [],
        ),
        (
            "The regulator suspended the airline's mountain flights for 30 days [c1000001].\n"
            "Overall, the 60-day closure of the runway leaves villages cut off [c1000001].",
            [],
        ),
        # a norm is not the case at hand
        (
            "Sione Vake's three-year ban starts in May, the agency said [c1000001].\nThe"
            " standard four-year ban was cut by a year because he admitted the offence"
            " [c1000001].",
            [],
        ),
        # a year that opens an event's name is not a year given before
        (
            "The lifter tested positive at the 2023 Pacific Games, the agency said"
            " [c1000001].\nShe had been aiming for the 2026 Commonwealth Games [c1000001].",
            [],
        ),
        (
            "The lifter tested positive at the games in 2023, the agency said [c1000001].\n"
            "In short, the 2024 games ended her career [c1000001].",
            ["2024"],
        ),
        # newer things are other things
        (
            "The 90-metre ship, built in 1998, is run by Kavala Lines [c1000001].\nThe"
            " ministry has promised subsidies to help operators buy newer ships by 2030"
            " [c1000001].",
            [],
        ),
        (
            "The 90-metre ship, built in 1998, is run by Kavala Lines [c1000001].\nThe"
            " ministry has promised subsidies to help operators buy ships by 2030"
            " [c1000001].",
            ["2030"],
        ),
        # a price and a total; a scale word slipped is still held
        (
            "The fair had sold out for the first time, with day tickets at 2,400 lira"
            " [c1000001].\nFestival ticket sales reached 4.2 billion lira in 2024"
            " [c1000001].",
            [],
        ),
        (
            "The levy raised 3.1 million rand last year [c1000001].\nIn short, the levy's"
            " 3.1 billion rand helped [c1000001].",
            ["3.1 billion rand"],
        ),
        # a rank without its noun, in a sentence that names nothing
        (
            "Its largest investor, the fund Oranje Capital, led a funding round"
            " [c1000001].\nThe penalty is the regulator's second-largest against a digital"
            " business [c1000001].",
            [],
        ),
        # the level a scheme is to be extended to is not its size now
        (
            "The pilot covers 40 clinics in the north [c1000001].\nThe ministry said the"
            " pilot would be extended to 95 clinics next year [c1000001].",
            [],
        ),
    ],
)
def test_inconsistent_figures_read_from_their_wording(text: str, expected: list[str]) -> None:
    assert findings(text, "inconsistent-figure") == expected


def test_the_first_word_of_a_list_item_is_no_name() -> None:
    doc = Document("- The rate rises in steps to 16% once the price tops $2,600 [c1000001].\n")
    (rate, _) = extract_figures(doc)
    assert rate.text == "16%" and not rate.owner


def test_a_verb_whose_past_is_its_bare_form_is_no_noun() -> None:
    doc = Document("In short, the five-day stoppage cost producers $40 million [c1000001].\n")
    days = extract_figures(doc)[0]
    assert days.head == "stoppage"


def test_two_about_figures_that_only_touch_do_not_meet() -> None:
    # "about 120,000" is 115,000–125,000 and "some 130,000" 125,000–135,000, both open at
    # 125,000
    text = "The union has some 130,000 members [c1000001]."
    assert findings(text, "unsupported-figure", {"c1000001": "It has about 120,000 members."}) == [
        "some 130,000"
    ]
    assert findings(text, "unsupported-figure", {"c1000001": "It has about 126,000 members."}) == []
    both = "The union has about 120,000 members [c1000001].\nOverall, a union of some 130,000 members is pressing for more [c1000001]."
    assert findings(both, "inconsistent-figure") == ["some 130,000"]


@pytest.mark.parametrize(
    ("text", "source", "expected"),
    [
        # US cents are cents
        ("Power costs about 16 cents a kilowatt-hour [c1000001].", "about 16 US cents", []),
        ("Power costs about 16 cents a kilowatt-hour [c1000001].", "about 16 U.S. cents", []),
        (
            "Power costs about 16 cents a kilowatt-hour [c1000001].",
            "about 16 US dollars",
            ["about 16 cents"],
        ),
        # a price restated bare after an amount of money in its sentence is in that money
        (
            "Fees are 2.1 million pesos, and the reference price now stands at about"
            " 2.9 million [c1000001].",
            "Fees are 2.1 million pesos. The price stood at about 2.9 million pesos.",
            [],
        ),
        (
            "Fees are 2.1 million pesos, and the reference price now stands at about"
            " 2.9 million [c1000001].",
            "Fees are 2.1 million pesos. The price stood at about 2.9 million dollars.",
            ["about 2.9 million"],
        ),
    ],
)
def test_unsupported_cents_and_a_bare_price(text: str, source: str, expected: list[str]) -> None:
    assert findings(text, "unsupported-figure", {"c1000001": source}) == expected


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("Fires burned three times the average of the past decade.", []),
        ("Fires burned three times the average of the last decade.", []),
        ("Fires burned three times the average of recent years.", ["ten"]),
    ],
)
def test_a_source_s_past_decade_is_ten_years(source: str, expected: list[str]) -> None:
    text = "Fires burned three times the ten-year average [c1000001]."
    assert findings(text, "unsupported-figure", {"c1000001": source}) == expected
