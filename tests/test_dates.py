"""Event dates: datelines with year rollover, body expressions, and the publication-date fallback."""
from datetime import date

import pytest

from readout.dates import parse_collection_date, parse_month_day, resolve_date, year_for
from readout.stories import Story, find_dateline


def story(body, published=None, collected=None, title="A title"):
    """A Story as the plain-text reader would build it: title line, blank line, body."""
    text = f"{title}\n\n{body}"
    start = len(title) + 2
    return Story(id="t", text=text, title=title, date=published or collected, publisher=None, url=None,
                 path="t.txt", line=None, body_start=start, collected=collected, number=None,
                 dateline=find_dateline(text, start))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("23 Aug 21", date(2021, 8, 23)),
        ("1 January 2022", date(2022, 1, 1)),
        ("05 Sept 19", date(2019, 9, 5)),
        ("29 Feb 20", date(2020, 2, 29)),
    ],
)
def test_parse_collection_date(text, expected):
    assert parse_collection_date(text) == expected


@pytest.mark.parametrize("text", ["29 Feb 21", "Aug 23 21", "23 Aug", ""])
def test_parse_collection_date_rejects(text):
    with pytest.raises(ValueError):
        parse_collection_date(text)


@pytest.mark.parametrize(
    "text, expected",
    [("August 18", (8, 18)), ("Aug. 18th", (8, 18)), ("18 August", (8, 18)), ("sept 3", (9, 3)),
     ("February 29", (2, 29)), ("February 30", None), ("Augustus 18", None), ("18", None)],
)
def test_parse_month_day(text, expected):
    assert parse_month_day(text) == expected


@pytest.mark.parametrize(
    "month, day, reference, expected",
    [
        (8, 18, date(2021, 8, 23), date(2021, 8, 18)),
        (12, 30, date(2022, 1, 3), date(2021, 12, 30)),   # December dateline collected in January
        (1, 1, date(2021, 12, 31), date(2022, 1, 1)),     # January dateline on a December 31 story
        (6, 1, date(2021, 12, 31), date(2021, 6, 1)),
        (2, 29, date(2021, 3, 2), date(2020, 2, 29)),
    ],
)
def test_year_for(month, day, reference, expected):
    assert year_for(month, day, reference) == expected


@pytest.mark.parametrize(
    "body, published, collected, expected",
    [
        # datelines take their year from the collection or publication date
        ("Xinhua News Agency, Beijing, August 18. Xi spoke with Raisi.", None, "2021-08-23", "2021-08-18"),
        ("BEIJING, Dec. 30 (Xinhua) -- Wang Yi met Lavrov.", None, "2022-01-02", "2021-12-30"),
        ("MOSCOW, Jan. 1 (TASS) -- Putin sent greetings.", "2021-12-31", None, "2022-01-01"),
        # explicit dates in the first sentences
        ("The President met virtually on November 15 with President Xi.", "2021-11-16", None, "2021-11-15"),
        ("The leaders met on 14 November in Bali.", "2022-11-15", None, "2022-11-14"),
        ("The leaders met on August 18, 2021 in Beijing.", None, None, "2021-08-18"),
        ("The call took place on 2021-08-18, officials said.", "2021-08-20", None, "2021-08-18"),
        # relative words
        ("The President spoke today with the Prime Minister.", "2021-02-10", None, "2021-02-10"),
        ("This morning, I spoke with the Prime Minister.", "2023-10-07", None, "2023-10-07"),
        ("Our prayers are with the people of Ukraine tonight.", "2022-02-23", None, "2022-02-23"),
        ("The ministers spoke yesterday by phone.", "2021-03-02", None, "2021-03-01"),
        ("Missiles struck the city last night.", "2022-01-01", None, "2021-12-31"),
        ("The two leaders spoke on Wednesday.", "2021-08-20", None, "2021-08-18"),   # a Friday
        ("The two leaders spoke on Friday.", "2021-08-20", None, "2021-08-20"),      # same day counts
        # not event dates: tomorrow, deadlines, plans, future dates, old references
        ("The leaders will meet tomorrow in Geneva.", "2021-06-15", None, "2021-06-15"),
        ("They agreed to finish the extension by February 5.", "2021-01-26", None, "2021-01-26"),
        ("They will meet next Monday.", "2021-06-15", None, "2021-06-15"),
        ("Ahead of the summit scheduled on December 9, 2019 in Paris, Putin had a call with Zelensky.",
         "2019-11-25", None, "2019-11-25"),
        ("The countries established relations on August 16, 1971. The ties are strong.", "2021-08-18", None,
         "2021-08-18"),
        # the first sentence reports the event, so a date in the second one is another event
        ("Putin had a telephone conversation with Bashar al-Assad. He described the summit held on March 5.",
         "2020-03-06", None, "2020-03-06"),
        # the first sentence says nothing of an event: the second one may date it
        ("Relations between the two countries are strong. The ministers met on March 3 in Ankara.",
         "2021-03-05", None, "2021-03-03"),
        # abbreviations do not end the first sentence
        ("President Joseph R. Biden, Jr. met on November 14 with President Xi.", "2022-11-15", None, "2022-11-14"),
        # nothing at all
        ("The ministers held talks.", None, None, None),
        ("The ministers held talks.", "2020-05-01", None, "2020-05-01"),
    ],
)
def test_resolve_date(body, published, collected, expected):
    assert resolve_date(story(body, published, collected)) == expected


def test_dateline_with_its_agency_after_the_year_is_read_whole():
    # SPA's house style: "Jeddah, March 11, 2025, SPA -- The Kingdom ...": the agency after the year
    line = find_dateline("Jeddah, March 11, 2025, SPA -- The Kingdom of Saudi Arabia hosted talks.")
    assert line is not None and (line.agency, line.place, line.month, line.day) == ("SPA", "Jeddah", 3, 11)
    assert "Jeddah, March 11, 2025, SPA -- The Kingdom of Saudi Arabia hosted talks."[line.end:].strip().startswith("The Kingdom")


@pytest.mark.parametrize("text, agency, place, month, day", [
    # WAM's house style: an ordinal day before the month ("ABU DHABI, 3rd March, 2023 (WAM) --")
    ("MUSCAT, 3rd March, 2023 (WAM) -- Oman and Qatar signed an accord.", "WAM", "MUSCAT", 3, 3),
    ("Doha, 21st June (QNA) -- The ministers met.", "QNA", "Doha", 6, 21),
])
def test_dateline_with_an_ordinal_day_before_the_month_is_read_whole(text, agency, place, month, day):
    line = find_dateline(text)
    assert line is not None and (line.agency, line.place, line.month, line.day) == (agency, place, month, day)
    assert text[line.end:].strip()[0].isupper()


def test_dateline_without_any_year_falls_back_to_body():
    assert resolve_date(story("BEIJING, Aug. 18 (Xinhua) -- Xi spoke on August 18, 2021.")) == "2021-08-18"
