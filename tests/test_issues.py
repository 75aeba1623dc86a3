"""Tests for readout.issues: the issue lexicon and find_issues()."""
import json

import pytest

from readout.errors import LexiconError, UnknownLexiconKey
from readout.issues import REGEX_PREFIX, IssueLexicon, IssueMatch, default_lexicon, find_issues, phrase_needle

# The issue keys of the coding guide (GUIDE.md, "Issue keys").
GUIDE_KEYS = [
    "taiwan", "xinjiang", "hong_kong", "tibet", "south_china_sea", "korean_peninsula",
    "iran_nuclear_deal", "nonproliferation", "arms_control", "ukraine", "syria", "israel_palestine",
    "afghanistan", "covid19", "covid_origins", "belt_and_road", "sovereignty", "interference",
    "hegemonism", "unilateralism", "multilateralism", "sanctions", "human_rights", "democracy",
    "climate", "terrorism", "trade", "energy", "cyber", "counternarcotics", "food_security",
    "election_interference", "humanitarian", "press_freedom",
]

# (sentence, issue, the text that must be matched for that issue)
MUST_MATCH = [
    ("The two sides discussed the situation across the Taiwan Strait.", "taiwan", "Taiwan Strait"),
    ("Beijing urged Washington to abide by the one China policy.", "taiwan", "one China policy"),
    ("He reaffirmed adherence to the one-China principle.", "taiwan", "one-China principle"),
    ("Both sides oppose any move toward Taiwan independence.", "taiwan", "Taiwan independence"),
    ("They discussed cross-Strait relations.", "taiwan", "cross-Strait"),
    ("Ministers raised the treatment of Uighurs.", "xinjiang", "Uighurs"),
    ("Reports of forced labor affecting Uyghur workers were cited.", "xinjiang", "Uyghur"),
    ("China firmly opposes attempts to smear its policies in Xinjiang.", "xinjiang", "Xinjiang"),
    ("The crackdown in Hong Kong continued.", "hong_kong", "Hong Kong"),
    ("He backed the principle of one country, two systems.", "hong_kong", "one country, two systems"),
    ("The HKSAR government responded.", "hong_kong", "HKSAR"),
    ("The Dalai Lama issue came up.", "tibet", "Dalai Lama"),
    ("Affairs related to Xizang are internal affairs.", "tibet", "Xizang"),
    ("Tensions rose in the South China Sea.", "south_china_sea", "South China Sea"),
    ("A coast guard vessel near Second Thomas Shoal was blocked.", "south_china_sea", "Second Thomas Shoal"),
    ("The nine-dash line has no legal basis, Manila said.", "south_china_sea", "nine-dash line"),
    ("They called for the denuclearization of the Korean Peninsula.", "korean_peninsula",
     "denuclearization of the Korean Peninsula"),
    ("Missile launches by the DPRK were condemned.", "korean_peninsula", "DPRK"),
    ("North Korea fired a missile.", "korean_peninsula", "North Korea"),
    ("The parties stressed the importance of preserving the JCPOA.", "iran_nuclear_deal", "JCPOA"),
    ("Iran's nuclear issue should be resolved through dialogue.", "iran_nuclear_deal", "Iran's nuclear issue"),
    ("Iran\u2019s nuclear issue was discussed.", "iran_nuclear_deal", "Iran\u2019s nuclear issue"),
    ("He defended the comprehensive agreement on the Iranian nuclear issue.", "iran_nuclear_deal",
     "the comprehensive agreement on the Iranian nuclear issue"),
    ("The Joint Comprehensive Plan of Action must be restored.", "iran_nuclear_deal",
     "Joint Comprehensive Plan of Action"),
    ("Concern over the Iranian nuclear program persists.", "iran_nuclear_deal", "Iranian nuclear program"),
    ("They upheld the NPT review process.", "nonproliferation", "NPT"),
    ("Non-proliferation remains a shared goal.", "nonproliferation", "Non-proliferation"),
    ("The use of chemical weapons is unacceptable.", "nonproliferation", "chemical weapons"),
    ("The presidents extended New START for five years.", "arms_control", "New START"),
    ("Both sides value strategic stability.", "arms_control", "strategic stability"),
    ("Arms control talks will resume.", "arms_control", "Arms control"),
    ("The leaders discussed the situation in Ukraine.", "ukraine", "Ukraine"),
    ("He urged implementation of the Minsk agreements.", "ukraine", "Minsk agreements"),
    ("Shelling in Donbass continued.", "ukraine", "Donbass"),
    ("They exchanged views on Syria.", "syria", "Syria"),
    ("The Astana format remains useful.", "syria", "Astana format"),
    ("They support a two-state solution.", "israel_palestine", "two-state solution"),
    ("Violence in Gaza must stop.", "israel_palestine", "Gaza"),
    ("The Palestinian question was raised.", "israel_palestine", "Palestinian question"),
    ("The evacuation from Kabul continued.", "afghanistan", "Kabul"),
    ("The Taliban must keep their promises.", "afghanistan", "Taliban"),
    ("The situation in Afghanistan was discussed.", "afghanistan", "Afghanistan"),
    ("Cooperation against COVID-19 is essential.", "covid19", "COVID-19"),
    ("The fight against the coronavirus goes on.", "covid19", "coronavirus"),
    ("The pandemic hit trade.", "covid19", "pandemic"),
    ("Vaccines were delivered last week.", "covid19", "Vaccines"),
    ("China opposes politicizing virus traceability.", "covid_origins", "virus traceability"),
    ("A study on the origins of COVID-19 was requested.", "covid_origins", "origins of COVID-19"),
    ("Origin tracing is a scientific matter.", "covid_origins", "Origin tracing"),
    ("They called for tracing the origins of the novel coronavirus.", "covid_origins",
     "tracing the origins of the novel coronavirus"),
    ("Both sides will advance Belt and Road cooperation.", "belt_and_road", "Belt and Road"),
    ("Projects under the BRI continued.", "belt_and_road", "BRI"),
    ("China supports Iran in safeguarding national sovereignty.", "sovereignty", "national sovereignty"),
    ("They respect each other's territorial integrity.", "sovereignty", "territorial integrity"),
    ("China opposes external interference.", "interference", "external interference"),
    ("He rejected interference in the internal affairs of other countries.", "interference",
     "interference in the internal affairs"),
    ("The US keeps interfering in China's internal affairs.", "interference",
     "interfering in China's internal affairs"),
    ("They oppose interference in Hong Kong affairs.", "interference", "interference in Hong Kong affairs"),
    ("They oppose hegemonism and power politics.", "hegemonism", "hegemonism"),
    ("They reject the Cold War mentality.", "hegemonism", "Cold War mentality"),
    ("Countries should reject small circles.", "hegemonism", "small circles"),
    ("Both sides oppose unilateralism.", "unilateralism", "unilateralism"),
    ("They uphold multilateralism.", "multilateralism", "multilateralism"),
    ("All must respect international law.", "multilateralism", "international law"),
    ("The purposes of the UN Charter must be upheld.", "multilateralism", "UN Charter"),
    ("They support the central role of the UN in world affairs.", "multilateralism", "central role of the UN"),
    ("A UN-centered international system is needed.", "multilateralism", "UN-centered"),
    ("Both sides seek the complete denuclearisation of the DPRK.", "nonproliferation",
     "denuclearisation of the DPRK"),
    ("The EU extended its sanctions.", "sanctions", "sanctions"),
    ("China opposes unilateral sanctions.", "sanctions", "unilateral sanctions"),
    ("Cuba demanded an end to the embargo.", "sanctions", "embargo"),
    ("They raised the poisoning of Aleksey Navalny.", "human_rights", "poisoning of Aleksey Navalny"),
    ("The release of political prisoners was demanded.", "human_rights", "political prisoners"),
    ("He raised human rights abuses.", "human_rights", "human rights abuses"),
    ("The Summit for Democracy was mentioned.", "democracy", "Summit for Democracy"),
    ("They defend democracy worldwide.", "democracy", "democracy"),
    ("Tackling climate change is urgent.", "climate", "climate change"),
    ("Both sides committed to the Paris Agreement.", "climate", "Paris Agreement"),
    ("They prepared for COP26 in Glasgow.", "climate", "COP26"),
    ("Climate cooperation will deepen.", "climate", "Climate cooperation"),
    ("They vowed to fight terrorism.", "terrorism", "terrorism"),
    ("Counter-terrorism cooperation will expand.", "terrorism", "Counter-terrorism"),
    ("ISIS remains a threat.", "terrorism", "ISIS"),
    ("They discussed trade and investment.", "trade", "trade"),
    ("The US will keep tariffs on Chinese goods.", "trade", "tariffs"),
    ("Biden raised Beijing's coercive and unfair economic practices.", "trade", "economic practices"),
    ("Non-market practices hurt workers.", "trade", "Non-market practices"),
    ("They discussed the oil market.", "energy", "oil market"),
    ("Cooperation under the OPEC+ deal continues.", "energy", "OPEC+ deal"),
    ("Oil production will be raised in August.", "energy", "Oil production"),
    ("The stability of energy markets matters.", "energy", "energy markets"),
    ("He raised ransomware attacks.", "cyber", "ransomware"),
    ("Malicious cyber activities were discussed.", "cyber", "cyber"),
    ("Cybersecurity cooperation was agreed.", "cyber", "Cybersecurity"),
    ("They will cooperate on counternarcotics.", "counternarcotics", "counternarcotics"),
    ("Fentanyl flows were discussed.", "counternarcotics", "Fentanyl"),
    ("Drug trafficking must be curbed.", "counternarcotics", "Drug trafficking"),
    ("Global food security is at risk.", "food_security", "food security"),
    ("The Black Sea Grain Initiative was extended.", "food_security", "Black Sea Grain Initiative"),
    ("The Black Sea Grain Initiative was extended.", "ukraine", "Black Sea Grain Initiative"),
    ("He warned against election interference.", "election_interference", "election interference"),
    ("Russia denied interfering in the 2020 U.S. election.", "election_interference",
     "interfering in the 2020 U.S. election"),
    ("He raised interference in the 2020 United States election.", "election_interference",
     "interference in the 2020 United States election"),
    ("Humanitarian access must be ensured.", "humanitarian", "Humanitarian access"),
    ("Civilians must be protected.", "humanitarian", "Civilians"),
    ("He stressed press freedom.", "press_freedom", "press freedom"),
    # issue phrasings widened in the fifth session (issue #12): variants written for readout
    ("Tensions rose in the East and South China Seas.", "south_china_sea", "South China Seas"),
    ("Moscow backs Iran's legitimate right to the peaceful use of nuclear energy.", "iran_nuclear_deal",
     "Iran's legitimate right to the peaceful use of nuclear energy"),
    ("They respect Iranian rights to peaceful nuclear activities.", "iran_nuclear_deal",
     "Iranian rights to peaceful nuclear activities"),
    ("The launches defy U.N. Security Council Resolution 1718.", "multilateralism",
     "U.N. Security Council Resolution 1718"),
    ("They called for the unhindered delivery of humanitarian aid and the entry of life-saving aid.", "humanitarian",
     "entry of life-saving aid"),
    ("Aid convoys were blocked at the crossing.", "humanitarian", "Aid convoys"),
    ("Both sides use local currencies in bilateral settlements.", "trade", "local currencies"),
    ("The region needs food and energy security.", "food_security", "food and energy security"),
    ("The region needs food and energy security.", "energy", "food and energy security"),
    ("He denounced the meddling of external powers in the region.", "interference",
     "meddling of external powers"),
    ("Ottawa's interference in our domestic politics is unacceptable.", "interference",
     "interference in our domestic politics"),
    ("Moscow rejects the diktat of any single country.", "hegemonism", "diktat"),
    ("The frigate entered the territorial waters of the Philippines.", "sovereignty", "territorial waters"),
    ("Seoul protested the violation of the ROK's airspace by Russian bombers.", "sovereignty", "the ROK's airspace"),
    ("Two drones violated Lithuanian airspace overnight.", "sovereignty", "Lithuanian airspace"),
    ("The detention of journalists was raised.", "press_freedom", "journalists"),
]

# (sentence, issue that must NOT be found)
MUST_NOT_MATCH = [
    ("China opposes unilateral sanctions.", "unilateralism"),     # GUIDE.md: sanctions only
    ("Iran condemned the unilateral coercive measures.", "unilateralism"),
    ("Iran called the sanctions a clear example of economic terrorism.", "terrorism"),
    ("Tai chi masters from Thailand met.", "taiwan"),
    ("The Democratic People's Republic of Korea is a state.", "democracy"),
    ("He spoke of the business climate in the city.", "climate"),
    ("The two sides will inject positive energy into relations.", "energy"),
    ("Prisoners began a hunger strike.", "food_security"),
    ("The Republic of Korea and Japan held talks.", "korean_peninsula"),
    ("The Ministry of Internal Affairs announced arrests.", "interference"),
    ("Russia denied interfering in the 2020 U.S. election.", "interference"),
    ("A study on the origins of COVID-19 was requested.", "covid19"),
    ("Israel and Egypt discussed water.", "israel_palestine"),
    ("The security situation was discussed.", "sovereignty"),
    ("He praised the Ukrainianist scholar.", "ukraine"),
    ("The drugs were approved by regulators.", "counternarcotics"),
    ("A civilian nuclear program is peaceful.", "humanitarian"),
    ("He cited the unilateral ceasefire.", "unilateralism"),
    ("Taiwanese cuisine is popular.", "taiwan"),
    ("They traded barbs.", "trade"),
    ("The Syriac church was restored.", "syria"),
    ("Cyprus and Greece met.", "cyber"),
    ("He works at the press office.", "press_freedom"),
    ("The launches defy U.N. Security Council Resolution 2231.", "iran_nuclear_deal"),   # the resolution: the UN order
    ("The package includes delivery of military aid.", "humanitarian"),
    ("The provision of humanitarian aid is an act, not a phrase of its own.", "sovereignty"),
    ("The agency will expedite the delivery of federal aid to families.", "humanitarian"),
    ("Oman opened its airspace to all civilian flights.", "sovereignty"),
    ("He spoke of the national currency of Japan falling.", "energy"),
    # a genocide is told of a war or a people, whose own key carries it ("the genocide in Gaza": israel_palestine);
    # the tune gold never codes human_rights from the word (twenty-first session)
    ("They marked the anniversary of the genocide of 1915.", "human_rights"),
]


@pytest.mark.parametrize("sentence, issue, text", MUST_MATCH)
def test_must_match(sentence, issue, text):
    found = [(m.issue, m.text) for m in find_issues(sentence)]
    assert (issue, text) in found, found


@pytest.mark.parametrize("sentence, issue", MUST_NOT_MATCH)
def test_must_not_match(sentence, issue):
    assert issue not in {m.issue for m in find_issues(sentence)}


def test_every_guide_key_present():
    assert sorted(default_lexicon().keys()) == sorted(GUIDE_KEYS)


def test_every_guide_key_has_a_must_match_case():
    assert {issue for _, issue, _ in MUST_MATCH} == set(GUIDE_KEYS)


def test_every_phrase_finds_its_own_issue():
    lexicon = default_lexicon()
    for key in lexicon.keys():
        for phrase in lexicon.get(key).phrases:
            if phrase.startswith(REGEX_PREFIX):
                continue  # regex phrases are covered by MUST_MATCH
            spans = {(m.issue, m.start, m.end) for m in lexicon.find(phrase, fields=True)}
            assert (key, 0, len(phrase)) in spans, (key, phrase)


def test_one_phrase_two_issues():
    found = {(m.issue, m.text) for m in find_issues("Biden raised human rights abuses in Xinjiang.")}
    assert found == {("xinjiang", "Xinjiang"), ("human_rights", "human rights abuses")}


def test_longest_match_per_issue():
    assert find_issues("the Taiwan Strait") == [IssueMatch(4, 17, "taiwan", "Taiwan Strait")]


def test_offsets_point_into_text():
    text = "Both sides oppose external interference and support the JCPOA."
    for m in find_issues(text):
        assert text[m.start:m.end] == m.text


def test_spacing_and_dashes_vary():
    assert {m.issue for m in find_issues("the one China\u2013policy")} == {"taiwan"}
    assert {m.issue for m in find_issues("COVID 19")} == {"covid19"}


@pytest.mark.parametrize("text", [
    "talks on TA\u0130WAN",                      # dotted capital I: lower() makes two characters
    "new \u017fanctions on Iran",                # long s: IGNORECASE matches it to s
    "talks on Ta\u0131wan",                      # dotless i
    "SANCTIONS, Sanctions and sanctions",
    # "re:" phrases: the needle is a literal run the regex needs, a lookbehind's included
    "the SPREAD of the disease",
    "its nuclear and ballistic missile programmes",
    "a gross violation of Iraq's sovereignty",
    "the U.N.-centred international system",
    "against COP28 and cyberattacks",
    "interfering repeatedly by outside forces in Hong Kong affairs",
    "Iran's inalienable right to the peaceful use of nuclear energy",
    "new illegal re\u017ftrictions and fair, \u017fafe elections",
])
def test_needle_prescreen_misses_no_match(text):
    # find() skips a pattern whose needle word is absent; with no needles it scans every pattern.
    unscreened = IssueLexicon()
    for issue in unscreened.issues.values():
        issue.needles = [None] * len(issue.patterns)
    unscreened.index()
    expected = unscreened.find(text, fields=True)
    assert expected and default_lexicon().find(text, fields=True) == expected


def test_needles_of_a_whole_text_find_what_each_sentence_holds():
    # the coder finds a story's needles once and tests each sentence for those only
    story = ("Both sides oppose external interference. They discussed the Taiwan question, "
             "sanctions on Iran and the spread of the disease.\n\nThe U.N.-centred order must hold.")
    lexicon = default_lexicon()
    needles = lexicon.needles_in(story)
    for sentence in story.replace("\n\n", ". ").split(". "):
        assert lexicon.find(sentence, fields=True, needles=needles) == lexicon.find(sentence, fields=True)
    assert lexicon.find("Taiwan", needles=lexicon.needles_in("nothing here")) == []


@pytest.mark.parametrize("phrase,needle", [
    ("re:spread\\s+of\\s+the\\s+(?:infection|disease)", "spread"),
    ("re:(?<=illegal )restrictions", "restrictions"),
    ("re:(?<=unilateral )curbs", "unilateral "),          # the lookbehind's run is the longer
    ("re:cop\\s?2\\d", "cop"),
    ("re:u[iy]gh?urs?", None),                            # no run of three letters
    ("re:(?:foo|bar)baz", "baz"),                         # alternatives hold no sure run
    ("re:(?!peace)war\\w*", "war"),                       # a negative lookahead holds none
    ("re:(?:the\\s+)?treaty", "treaty"),                  # an optional part holds none
])
def test_regex_phrase_needle(phrase, needle):
    assert phrase_needle(phrase) == needle


def test_unknown_issue_raises():
    with pytest.raises(UnknownLexiconKey):
        default_lexicon().get("weather")


def _write(tmp_path, lines, name="user.jsonl"):
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_user_file_adds_issue_and_phrases(tmp_path):
    path = _write(tmp_path, [
        json.dumps({"issue": "arctic", "label": "Arctic", "phrases": ["Arctic", "Northern Sea Route"]}),
        json.dumps({"issue": "taiwan", "phrases": ["Kinmen"]}),
    ])
    lexicon = IssueLexicon(extra_files=[path])
    assert {m.issue for m in lexicon.find("Shipping on the Northern Sea Route near Kinmen")} == {"arctic", "taiwan"}


BAD_FILES = [
    ([json.dumps({"issue": "arctic", "phrases": ["Arctic", "arctic"]})], 1, "given twice"),
    ([json.dumps({"issue": "arctic", "phrases": ["Arctic"]}),
      json.dumps({"issue": "arctic", "phrases": ["Svalbard"]})], 2, "duplicate issue 'arctic'"),
    ([json.dumps({"issue": "taiwan", "phrases": ["Taiwan Strait"]})], 1, "given twice"),
    ([json.dumps({"issue": "taiwan", "phrases": ["Taiwan-Strait"]})], 1, "given twice"),
    (["// comment", json.dumps({"phrases": ["Arctic"]})], 2, "missing key"),
    ([json.dumps({"issue": "arctic"})], 1, "missing key"),
    ([json.dumps({"issue": "arctic", "phrases": "Arctic"})], 1, "non-empty list"),
    ([json.dumps({"issue": "arctic", "phrases": []})], 1, "non-empty list"),
    ([json.dumps({"issue": "Arctic Sea", "phrases": ["Arctic"]})], 1, "lowercase key"),
    (['{"issue": "arctic", "phrases": ["Arctic"]'], 1, "not valid JSON"),
    ([json.dumps({"issue": "arctic", "phrases": ["re:arct(ic"]})], 1, "not a valid regular expression"),
    ([json.dumps({"issue": "arctic", "phrases": ["re:x?"]})], 1, "matches the empty string"),
    ([json.dumps({"issue": "arctic", "phrases": ["Arctic"], "subsumes": ["polar"]})], 1, "unknown issue 'polar'"),
    ([json.dumps({"issue": "arctic", "phrases": ["Arctic"], "fields": "polar"})], 1, "'fields' must be a list"),
    ([json.dumps({"issue": "arctic", "phrases": ["Arctic"], "fields": ["arctic"]})], 1, "given twice"),
]


@pytest.mark.parametrize("lines, line, message", BAD_FILES)
def test_bad_user_file_refused_with_file_and_line(tmp_path, lines, line, message):
    path = _write(tmp_path, lines)
    with pytest.raises(LexiconError, match=message) as info:
        IssueLexicon(extra_files=[path])
    assert info.value.path == str(path) and info.value.line == line


# `fields`: phrases naming an issue only as a field of work, found only when asked for and flagged
FIELD_CASES = [
    ("The two sides will expand cooperation in energy.", False, []),
    ("The two sides will expand cooperation in energy.", True, [("energy", "energy", True)]),
    ("They agreed to secure natural gas supplies.", True, [("energy", "gas supplies", False)]),
    ("They discussed energy security.", True, [("energy", "energy security", False)]),
]


@pytest.mark.parametrize("text, fields, found", FIELD_CASES)
def test_field_phrases_only_when_asked_and_flagged(text, fields, found):
    assert [(m.issue, m.text, m.field) for m in default_lexicon().find(text, fields=fields)] == found


def test_regex_needle_without_the_private_regex_parser(monkeypatch):
    # re._parser is CPython's private module: where it is missing a regex phrase has no needle
    # and is always run, so nothing is missed, only time spent.
    import readout.issues as issues_module
    pattern = issues_module.phrase_pattern("re:ballistic missile programmes?")
    assert issues_module.regex_needle(pattern) == "ballistic missile programme"
    monkeypatch.setattr(issues_module, "_parser", None)
    assert issues_module.regex_needle(pattern) is None
    assert phrase_needle("Taiwan") == "taiwan"
