"""The publisher lexicon: which government speaks through a story's publisher, URL or agency."""
import pytest

from readout.errors import LexiconError
from readout.lexicons.publishers import load_publishers, publisher_of

# (publisher name, url, agency) -> (code, government's own office) or None
MUST_MATCH = [
    (("The White House", None, None), ("USA", True)),
    ((None, "https://bidenwhitehouse.archives.gov/briefing-room/statements-releases/x/", None), ("USA", True)),
    ((None, "https://www.state.gov/secretary-blinkens-call/", None), ("USA", True)),
    (("President of Russia (kremlin.ru)", None, None), ("RUS", True)),
    ((None, "https://mid.ru/en/foreign_policy/news/1/", None), ("RUS", True)),
    (("TASS", None, None), ("RUS", False)),
    ((None, "https://www.gov.uk/government/news/pm-call-with-president-x", None), ("GBR", True)),
    ((None, "https://gov.uk/government/news/pm-call", None), ("GBR", True)),
    (("UK Government (GOV.UK, Prime Minister's Office, 10 Downing Street)", None, None), ("GBR", True)),
    (("Prime Minister's Office of Japan", None, None), ("JPN", True)),
    (("Prime Minister's Office, Government of Pakistan", None, None), ("PAK", True)),
    (("Prime Minister's Office, 10 Downing Street", None, None), ("GBR", True)),
    ((None, "https://www.mofa.go.jp/a_o/c_m1/page1e_000001.html", None), ("JPN", True)),
    ((None, "https://www.kantei.go.jp/jp/101_kishida/actions/", None), ("JPN", True)),
    ((None, "https://www.mea.gov.in/bilateral-documents.htm", None), ("IND", True)),
    ((None, "https://pib.gov.in/PressReleasePage.aspx?PRID=1", None), ("IND", True)),
    ((None, "https://en.mfa.gov.ir/portal/newsview/1", None), ("IRN", True)),
    ((None, "https://www.president.ir/en/1", None), ("IRN", True)),
    (("IRNA", None, None), ("IRN", False)),
    ((None, "https://www.fmprc.gov.cn/eng/wjdt_665385/", None), ("CHN", True)),
    ((None, "http://us.china-embassy.gov.cn/eng/zmgx/", None), ("CHN", True)),
    ((None, "https://english.news.cn/20230101/abc/c.html", None), ("CHN", False)),
    (("Xinhua", None, None), ("CHN", False)),
    ((None, "https://pm.gc.ca/en/news/readouts/2023/01/01/x", None), ("CAN", True)),
    ((None, "https://www.international.gc.ca/news/x", None), ("CAN", True)),
    ((None, "https://www.mfa.gov.tr/x.en.mfa", None), ("TUR", True)),
    ((None, "https://www.tccb.gov.tr/en/news/542/1/", None), ("TUR", True)),
    (("Anadolu Agency", None, None), ("TUR", False)),
    ((None, "https://mofa.gov.pk/press-releases/x", None), ("PAK", True)),
    ((None, "https://www.pmo.gov.pk/news/x", None), ("PAK", True)),
    (("Associated Press of Pakistan", None, None), ("PAK", False)),
    (("Kyodo News", None, None), ("JPN", False)),
    (("Prime Minister of Australia", None, None), ("AUS", True)),
    ((None, "https://www.dfat.gov.au/news/media-release/x", None), ("AUS", True)),
    ((None, "https://www.beehive.govt.nz/release/x", None), ("NZL", True)),
    (("Yonhap", None, None), ("KOR", False)),
    (("KCNA", None, None), ("PRK", False)),
    ((None, None, "Xinhua"), ("CHN", False)),  # a digest's dateline agency
    (("Reuters", "https://www.whitehouse.gov/x", None), ("USA", True)),  # name unknown: the URL decides
    # no line in publishers.tsv: a name that is one state's office
    (("Ministry of Foreign Affairs of the Republic of Chile", None, None), ("CHL", True)),
    (("Government of Ghana", "https://www.presidency.example/x", None), ("GHA", True)),
    (("Office of the President, Republic of Kenya", None, None), ("KEN", True)),
    # every UN member state (ninth session): government domain conventions, ministries, presidencies
    ((None, "https://www.petra.gov.jo/Include/InnerPage.jsp?ID=1&lang=en", None), ("JOR", False)),
    (("Jordan News Agency (Petra)", None, None), ("JOR", False)),
    ((None, "https://www.mfa.gov.jo/en/news/x", None), ("JOR", True)),
    ((None, "https://www.gob.pe/institucion/rree/noticias/1", None), ("PER", True)),
    ((None, "https://www.mfa.go.th/en/content/x", None), ("THA", True)),
    ((None, "https://www.diplomatie.gouv.fr/en/country-files/x", None), ("FRA", True)),
    ((None, "https://www.bmeia.gv.at/en/the-ministry/press/x", None), ("AUT", True)),
    ((None, "https://www.eda.admin.ch/eda/en/fdfa/fdfa/aktuell/x.html", None), ("CHE", True)),
    ((None, "https://um.dk/en/news/x", None), ("DNK", True)),
    ((None, "https://www.auswaertiges-amt.de/en/newsroom/x", None), ("DEU", True)),
    ((None, "https://www.bundesregierung.de/breg-en/news/x", None), ("DEU", True)),
    ((None, "https://www.bmvg.bund.de/en/news/x", None), ("DEU", True)),
    ((None, "https://www.mofa.go.kr/eng/brd/m_5676/view.do?seq=1", None), ("KOR", True)),
    ((None, "https://www.mfa.go.ke/press/x", None), ("KEN", True)),
    ((None, "https://www.gov.pl/web/diplomacy/x", None), ("POL", True)),
    ((None, "https://mofa.gov.bd/site/press_release/x", None), ("BGD", True)),
    ((None, "https://www.mfa.gov.lk/en/x", None), ("LKA", True)),
    ((None, "https://www.gob.mx/sre/prensa/x", None), ("MEX", True)),
    ((None, "https://www.vatican.va/content/francesco/en/speeches/x.html", None), ("VAT", True)),
    ((None, "https://www.mfat.govt.nz/en/media-and-resources/x", None), ("NZL", True)),   # the longer line above
    ((None, "https://www.dirco.gov.za/x", None), ("ZAF", True)),
    ((None, "https://www.gov.za/news/media-statements/x", None), ("ZAF", True)),
    ((None, "https://www.sanews.gov.za/south-africa/x", None), ("ZAF", False)),      # longer than gov.za
    ((None, "https://www.spa.gov.sa/en/x", None), ("SAU", False)),                   # longer than gov.sa
    ((None, "https://www.mofa.gov.sa/en/x", None), ("SAU", True)),
    ((None, "https://www.radio.gov.pk/x", None), ("PAK", False)),                    # longer than gov.pk
    ((None, "https://www.mofa.gov.vn/en/x", None), ("VNM", True)),
    ((None, "https://www.gub.uy/ministerio-relaciones-exteriores/x", None), ("URY", True)),
    # state-owned national news agencies
    (("Bernama", None, None), ("MYS", False)),
    (("Philippine News Agency", "https://www.pna.gov.ph/articles/1", None), ("PHL", False)),
    (("Algérie Presse Service", None, None), ("DZA", False)),
    ((None, "https://www.aps.dz/en/world/x", None), ("DZA", False)),
    (("Kuwait News Agency (KUNA)", None, None), ("KWT", False)),
    (("Bahrain News Agency", None, None), ("BHR", False)),
    (("Oman News Agency", None, None), ("OMN", False)),
    (("ČTK", None, None), ("CZE", False)),
    ((None, "https://www.bta.bg/en/news/x", None), ("BGR", False)),
    ((None, None, "Lusa"), ("PRT", False)),                 # a digest's dateline agency
    (("Agencia Andina", None, None), ("PER", False)),
    # inter-governmental bodies with GUIDE.md codes: their secretariats' and organs' own sites
    ((None, "https://www.un.org/sg/en/content/sg/statement/x", None), ("UN", True)),
    ((None, "https://news.un.org/en/story/x", None), ("UN", False)),
    ((None, "https://www.who.int/news/item/x", None), ("UN", True)),
    ((None, "https://www.consilium.europa.eu/en/press/press-releases/x", None), ("EU", True)),
    ((None, "https://ec.europa.eu/commission/presscorner/detail/en/x", None), ("EU", True)),
    ((None, "https://www.nato.int/cps/en/natohq/news_1.htm", None), ("NATO", True)),
    (("African Union Commission", "https://au.int/en/pressreleases/x", None), ("AU", True)),
    (("ASEAN Secretariat", None, None), ("ASEAN", True)),
    # names that carry no state's name (twenty-first session): a ministry's own name, a palace, a service
    (("Federal Foreign Office", None, None), ("DEU", True)),
    (("La Moncloa", None, None), ("ESP", True)),
    (("EEAS", None, None), ("EU", True)),
    (("Council of the EU", None, None), ("EU", True)),
    (("Secretaría de Relaciones Exteriores", None, None), ("MEX", True)),
    # an office named by its holder's title and one state
    (("Prime Minister of Spain", None, None), ("ESP", True)),
    (("President of the Republic of Kenya", None, None), ("KEN", True)),
    ((None, "https://www.opec.org/opec_web/en/press_room/x.htm", None), ("OPEC", True)),
    ((None, "https://www.lasportal.org/ar/news/x", None), ("ARAB_LEAGUE", True)),
    # no line (thirtieth session): the URL's country-code domain, the name's words, the host's words
    (("Présidence de la République", "https://www.presidence.bj/actualites/x", None), ("BEN", True)),
    (("Agence Togolaise de Presse", "https://www.atop.tg/x", None), ("TGO", False)),
    ((None, "https://www.primature.cm/communiques/x", None), ("CMR", True)),       # the host's office word
    (("Radio Nationale", "https://www.rtn.ne/x", None), ("NER", False)),
    (("Morning Courier", "https://www.courier.mn/x", None), ("MNG", False)),       # no word: its media
    ((None, "https://www.example.org.uk/x", None), ("GBR", False)),                # .uk is the UK's
    (("Ministry of Foreign Affairs", "https://www.mfa.ge/en/x", None), ("GEO", True)),
    (("Gobierno Nacional", "https://www.gob.sv/x", None), ("SLV", True)),
    (("Radio Tchad", "https://radio.gouv.td/x", None), ("TCD", False)),           # a zone's media
    ((None, "https://portal.gov.me/x", None), ("MNE", True)),                      # .me under its zone
    (("Bolivia TV", "https://www.boliviatv.com/x", None), ("BOL", False)),         # the name alone
    (("Mauritanian Broadcasting Agency", None, None), ("MRT", False)),
    (("Foreign Affairs Canada", "https://www.example.com/x", None), ("CAN", True)),
    (("Blue House", None, None), ("KOR", True)),                                  # wholly a state's name
    (("United Nations (UN)", "https://www.example.org/x", None), ("UN", True)),
    (("Presidency", "https://www.example.bf/x", None), ("BFA", True)),
]

MUST_NOT_MATCH = [
    ("Reuters", None, None),
    ("Prime Minister's Office", None, None),                   # every head of government has one
    ("The President", None, None),                             # a title and no state
    (None, "https://example.com/www.gov.uk/news", None),      # a domain in the path is not the host
    (None, "https://gov.uk.example.com/news", None),           # nor a host that only starts with it
    (None, "https://pibnews.example.com/x", None),             # "pib" is not pib.gov.in
    ("Tassos Media", None, None),                              # "tass" only as a whole word
    ("Apple Daily", None, None),
    (None, "not a url at all", None),
    (None, None, None),
    ("Chilean News Weekly", None, None),                       # a state named, but no office of it
    ("Embassy of Japan in India", None, None),                 # two states named
    # private outlets that name a country, .com and look-alike hosts (ninth session)
    ("The Times of India", None, None),
    (None, "https://timesofindia.indiatimes.com/india/x", None),
    ("Kyiv Independent", "https://kyivindependent.com/x", None),
    ("The Jordan Times", None, None),
    ("Bangkok Post", "https://www.bangkokpost.com/thailand/x", None),
    ("Nigeria Today", "https://nigeriatoday.com/x", None),
    (None, "https://www.gov.jo.example.com/x", None),     # a government domain at the start of another host
    (None, "https://example.com/mfa.go.th/x", None),      # a government domain in a path
    (None, "https://govt.nz.news.example.org/x", None),
    (None, "https://fun.org/x", None),                     # ends with "un.org", is not it
    (None, "https://www.coe.int/en/web/portal/x", None),   # the Council of Europe is not the EU
    ("European Council on Foreign Relations", "https://ecfr.eu/article/x", None),   # a think tank
    ("Comunidad Andina", None, None),                      # "Andina" alone is not Peru's agency
    ("Agence France-Presse", None, None),                  # autonomous by statute: no state's voice
    ("Press Trust of India", None, None),                  # owned by newspapers
    ("ANSA", None, None),
    ("Petra Nova Energy", None, None),                     # PETRA is not Jordan's agency bare
    # no line and nothing to fall back on (thirtieth session)
    ("Tuvalu Tech", "https://www.startup.tv/x", None),     # a code sold worldwide for its letters
    (None, "https://news.example.io/x", None),
    ("Hits Radio", "https://hits.me/x", None),              # .me bare, and no state named
    ("Agence France-Presse", "https://www.afp.com/en/x", None),   # an agency naming France: its line
    ("Chilean News Weekly", "https://weekly.example.com/x", None),   # "News" alone makes no state's
    ("Iran Watch", "https://www.iranwatch.org/x", None),
    (None, "https://www.gibraltar.gi/x", None),            # a territory's domain is no state's
    ("European Council on Foreign Relations", None, None),
]


@pytest.mark.parametrize("args,expected", MUST_MATCH)
def test_publisher_must_match(args, expected):
    found = publisher_of(*args)
    assert (found.code, found.government) == expected


@pytest.mark.parametrize("args", MUST_NOT_MATCH)
def test_publisher_must_not_match(args):
    assert publisher_of(*args) is None


@pytest.mark.parametrize("body,line,words", [
    ("white house\tUSA\tpress\n", 2, "kind 'press'"),
    ("white house\tUSA\tgovernment\nWhite House\tUSA\tmedia\n", 3, "duplicate pattern 'white house'"),
    ("white house\tUSA\n", 2, "column 'kind' is empty"),
])
def test_bad_publisher_file_is_refused_naming_file_and_line(tmp_path, body, line, words):
    path = tmp_path / "publishers.tsv"
    path.write_text("pattern\tcode\tkind\n" + body, encoding="utf-8")
    with pytest.raises(LexiconError) as err:
        load_publishers(path)
    assert f"{path}:{line}" in str(err.value) and words in str(err.value)


def test_shipped_publisher_codes_are_known_countries():
    from readout.lexicons.actors_data import load_actor_data

    codes = load_actor_data().codes()
    assert all(pub.code in codes for _, pub, _ in load_publishers())
