"""Stances: who said they support or oppose which issue, toward whose position (GUIDE.md, Stances).

An issue phrase (issues.py) becomes a stance when a polarity word governs it in the parse
("supports", "opposition to", "concerns about", "fight against"). The holder is whoever acts in
that word's clause (stance_holders.py); `toward` is the actor whose position or actions the issue
belongs to (stance_toward.py).
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from readout.coder.grammar import clause_of, doc_text, span_text
from readout.coder.records import Placeholder, Stance, is_code
from readout.coder.sources import Analysis
from readout.coder.stance_arms import weapon_seeker
from readout.coder.stance_breach import backers_beside, backing, breacher, owner_harmed
from readout.coder.stance_detention import wrongful_detentions
from readout.coder.stance_harm import killed_people, killing_verb
from readout.coder.stance_sanctioned import sanctioned_self
from readout.coder.stance_praise import praised_actor
from readout.coder.stance_signed import signers_of, signing_above
from readout.coder.stance_clues import (absolute, breach_word, doers_in, done_by, generic_act, generic_breach,
                                        aid_destination, aid_means, aid_setting, timed_conflict, backed_side, described_outcome, issue_subject, judged_act, kept_measure, label_aims_at, wielded_measure, listed_aid_kind, own_measure, proposed, stopped_act,
                                        told_deed, unless_breach, unvoiced, welcomed_people)
from readout.coder.stance_holders import (allowers_of, asked_of, askers_of, holders_of, hopers_of, lifters_of,
                                         speaker_of)
from readout.coder.stance_names import named_body
from readout.coder.stance_outer import condemning_label, nested_position, standard_keepers
from readout.coder.stance_judged import (REPRESS_VERBS, WRONG_VERBS, actor_as_issue, relative_acts, relative_deed_verb, backed_act, backer_of, breaching_act,
                                        definite_act_subject, described_as, judged_actor, judged_agent,
                                        judged_clause, judged_in_clause, judged_wrong, obliged, owned_by_other_issue,
                                        repressed_by, thanks_for_no_stand)
from readout.coder.stance_polarity import (
    COUNTER, OPPOSE, SUPPORT, WRONG_ACTS, act_lemma, cites_standard, counter_phrase, issue_sides,
    nearest_polarity, pledged_talk, polarity_above, resolve_polarity, under_pretext, word_polarity,
    worked_on_party)
from readout.coder.stance_topic import (
    agreement_mentions, conflict_keys, count_conflicts, field_of_work, field_work_word, implicit_mentions, note_agreements,
    story_conflict)
from readout.coder.stance_toward import coordinated, doer_of, find_toward, scene_of, separatist_cause
from readout.coder.stance_wars import labelled_wars
from readout.coder.status import ClauseStatus
from readout.coder.told_before import (acting_subject, done_deed_doer, earlier_doer, harm_doer, referred_doer,
                                      such_act_doer, teller_before)
from readout.issues import IssueLexicon, IssueMatch
from readout.lexicons import word_class

__all__ = ["StanceFinder"]

ISSUE_PREFIXES = word_class("issue_counter_prefix")
DISARMING_NOUNS = word_class("disarming_noun")     # "the denuclearization of North Korea"
GIVING_VERBS = word_class("giving_verb")
SELF_NAMED_ACTS = word_class("self_named_act")     # "interfered in China's internal affairs"
BREACH_WORDS = word_class("breach_word")          # "a violation of international law"
SOLIDARITY_VERBS = word_class("solidarity_verb")   # "will stand with Ukraine"
DEED_VICTIM_PREPS = word_class("deed_victim_prep")  # "strikes against Ukraine": the victim follows
AID_NOUNS = word_class("aid_noun")                # "India's humanitarian assistance": an act, no stance
MEASURES = word_class("restrictive_measure")      # "its nuclear weapons program": the possessor's measure
LAW_NOUNS = word_class("law_noun")                # "a violation of international humanitarian law"
# "concern over the human rights situation in Hong Kong": goods a government owes its own people
GOVERNED_GOODS = word_class("governed_good")
DISOWNED_ISSUES = word_class("disowned_issue")    # terrorism, interference ...: never backed with no toward
DATED_ISSUES = word_class("dated_issue")          # covid19: an episode in time, as a conflict is
SIDELESS_CONFLICTS = word_class("sideless_conflict")  # syria, afghanistan: aimed at no side of their own
SIDELESS_SCENES = word_class("sideless_scene")        # their countries, the scenes (SYR, AFG)
SCENE_PEOPLE = word_class("scene_people_noun")         # "the Syrian people", "Afghan refugees": no conflict named
WEAPON_ISSUES = word_class("weapon_issue")       # "a nuclear weapon" Iran would acquire (stance_arms.py)
STANDARD_ISSUES = word_class("standard_issue")   # "in accordance with international law": a norm kept to
BROKEN_LAW_ISSUE = "multilateralism"               # GUIDE.md: multilateralism covers international law


def _sideless_aim(s: Stance) -> bool:
    """"will stand by the Syrian people", "the attack on the consulate in Damascus": a conflict whose country is its
    scene, not a side, is no stance aimed at that country, nor opposition to someone's deed there (GUIDE.md: its
    settlement is backed); backing a third party's efforts for peace there keeps its aim ("supports Pakistan's
    efforts to build peace in Afghanistan")."""
    return s.issue in SIDELESS_CONFLICTS and s.toward is not None and (
        str(s.toward).lower() in SIDELESS_SCENES or s.polarity == OPPOSE)


class StanceFinder:
    """Finds stances sentence by sentence over an Analysis of one story."""

    def __init__(self, issues: IssueLexicon):
        self.issues = issues
        self._issue_at: dict[int, str] = {}     # token -> issue key, for the sentence being read
        self._goods_at: set[int] = set()        # its tokens of governed goods (GOVERNED_GOODS)

    def find(self, an: Analysis, sent: Span, index: int) -> list[Stance]:
        """Stances in one sentence (placeholders unresolved)."""
        out = []
        doc = sent.doc
        spans = []
        needles = doc.user_data.get("readout.issue_needles")
        if needles is None:     # the story's needles, once: each sentence tests only those
            needles = doc.user_data["readout.issue_needles"] = self.issues.needles_in(doc_text(doc))
        for m in self.issues.find(span_text(sent), fields=True, needles=needles):
            span = doc.char_span(sent.start_char + m.start, sent.start_char + m.end, alignment_mode="expand")
            if span is not None and len(span) and (not m.field or field_of_work(span.root)):
                spans.append((m, span))     # "cooperation in energy"; not "their time, energy"
        covered = {t.i for _, span in spans for t in span}
        self._issue_at = {t.i: m.issue for m, span in spans for t in span}
        self._goods_at = {i for i, key in self._issue_at.items() if key in GOVERNED_GOODS}
        towards_of: dict[int, object] = {}     # polarity word -> the first toward found under it
        # "we welcome home Paul, who was arbitrarily detained in Russia": a wrongful detention is the speaker's
        # label, whatever word governs its phrase (stance_detention.py)
        detained = wrongful_detentions(an, sent, index)
        labels = {i for i, _ in detained}
        for m, span in spans:
            if span.root.i not in labels:
                # "imposed sanctions on Chinese individuals" told by China: the sanctioned side's grievance
                out += self._issue_stances(an, m, span, covered, towards_of, index) \
                    or sanctioned_self(an, span, m.issue, index)
        count_conflicts(doc, [m.issue for m, _ in spans])
        named = {m.issue for m, _ in spans if m.issue in conflict_keys()}
        # "discussed the situation in Gaza and the importance of sustaining the ceasefire": a
        # sentence naming one conflict is about it; else the story's conflict, if it names none
        topic = next(iter(named)) if len(named) == 1 else None if named else story_conflict(doc)
        if topic:
            # "called for a political settlement of the crisis" in a story about one conflict
            for tok, peace in implicit_mentions(an, sent, covered):
                m = IssueMatch(tok.idx - sent.start_char, tok.idx + len(tok) - sent.start_char, topic, tok.text)
                out += self._issue_stances(an, m, doc[tok.i:tok.i + 1], covered, towards_of, index, peace)
        issue, nouns = agreement_mentions(sent, covered, index)
        for tok in nouns:
            # "The parties stressed the importance of preserving this agreement" just after the JCPOA
            m = IssueMatch(tok.idx - sent.start_char, tok.idx + len(tok) - sent.start_char, issue, tok.text)
            out += self._issue_stances(an, m, doc[tok.i:tok.i + 1], covered, towards_of, index)
        note_agreements(doc, spans, index)
        said = {(s.holder, s.polarity, s.issue, s.toward) for s in out}
        # "condemned Russia's invasion of Ukraine": the issue phrase may already say what the label says
        out += [s for s in labelled_wars(an, sent, index, covered, self._issue_at)
                if (s.holder, s.polarity, s.issue, s.toward) not in said]
        said = {(s.holder, s.polarity, s.issue, s.toward) for s in out}
        out += [s for _, s in detained if (s.holder, s.polarity, s.issue, s.toward) not in said]
        said = {(s.holder, s.polarity, s.issue, s.toward) for s in out}
        out += [s for s in backing(an, sent, index) if (s.holder, s.polarity, s.issue, s.toward) not in said]
        said = {(s.holder, s.polarity, s.issue, s.toward) for s in out}
        out += [s for s in backers_beside(an, sent, index, out) if (s.holder, s.polarity, s.issue, s.toward) not in said]
        # "condemned the sanctions of the United States, describing them as economic terrorism": one
        # position said twice in a sentence, once with its toward, is the stance toward it
        aimed = {(s.holder, s.polarity, s.issue) for s in out if s.toward is not None}
        return [s for s in out if (s.toward is not None or (s.holder, s.polarity, s.issue) not in aimed)
                and not _sideless_aim(s)]

    def _issue_stances(self, an: Analysis, m, span: Span, covered: set[int], towards_of: dict,
                       index: int, self_polar: bool = False) -> list[Stance]:
        """Stances on one issue phrase; `self_polar`: the phrase is its own polarity word ("a ceasefire")."""
        doc = span.doc
        flipped = False
        if len(span) > 1 and span[0].lower_ in ISSUE_PREFIXES and span[0].pos_ == "VERB":
            span = span[1:]     # "to counter terrorism": the verb is the polarity word
        elif span.start >= 2 and doc[span.start - 1].text == "-" and doc[span.start - 2].lower_ in ISSUE_PREFIXES:
            # "non-interference in internal affairs", matched from "interference"; not "non-tariff barriers":
            # a measure of another kind than the one named is no fight against it
            flipped = not (doc[span.start - 2].lower_ == "non" and act_lemma(span.root) in MEASURES)
        else:
            flipped = counter_phrase(m.text, self.issues.issues[m.issue].patterns)
        root, inside = span.root, {t.i for t in span}
        if owned_by_other_issue(root, covered - inside) or under_pretext(root) or named_body(span):
            return []           # also "the U.S. Trade and Development Agency": a name, no one's position
        if m.issue in SIDELESS_CONFLICTS and len(span) == 1 and root.dep_ in ("amod", "compound", "nmod") \
                and root.head.lemma_.lower() in SCENE_PEOPLE:
            return []           # "solidarity with the Afghan people", "the return of Syrian refugees": the
            # country's people, helped or thanked, are no position on the conflict of which it is the scene
        if root.lemma_.lower() in AID_NOUNS and any(c.dep_ == "poss" for c in root.children):
            return []           # "thanked Canada for its humanitarian assistance": the giver's act (GUIDE.md)
        if described_outcome(span, {i for i, key in self._issue_at.items() if key == m.issue} - inside):
            return []           # "a two-state solution, with Israel and Palestine living side by side": the sides an
            # outcome's description names are what it is about, no position of theirs (the gold: the solution only)
        if listed_aid_kind(span) or aid_means(span):
            return []           # "the security, economic, and humanitarian assistance it needs": a kind of aid given;
            # so is "support the Afghan people with humanitarian assistance"
        found = nearest_polarity(root, set() if self_polar else inside)
        if found is not None and cites_standard(found[0]) and (m.issue not in STANDARD_ISSUES
                                                               or not standard_keepers(an, found[0])):
            # "in accordance with the Anti-Foreign Sanctions Law": only a norm is backed by being kept to, and
            # only where someone keeps to it; else the word above takes the issue, as before ("all countries
            # seeking the peaceful resolution of disputes in accordance with international law")
            found = nearest_polarity(root, (set() if self_polar else inside) | {found[0].i})
        seeker = weapon_seeker(an, root) if m.issue in WEAPON_ISSUES else None
        if seeker is not None:
            return self._sought(an, m, span, found, seeker, index)
        if found is None and m.field:
            host = field_work_word(root)
            if host is not None:
                # "ready to continue our joint work in energy", "take part in projects in the oil and gas
                # sector": work taken up in a field backs it, as "cooperation in energy" does
                found = (host, SUPPORT)
        labelled = found is None and (condemning_label(root, m.issue) or done_by(root))
        if labelled:
            found = (labelled, OPPOSE)
        if found is None and word_polarity(root) == OPPOSE and act_lemma(root) in SELF_NAMED_ACTS and judged_act(root):
            found = (root, OPPOSE)  # "the Philippines grossly interfered in China's internal affairs",
            # "urged the US side not to interfere in ...": the phrase names the wrongful act itself
        killing = killing_verb(root, m.issue)
        if killing is not None and (found is None or found[0].i in {killing.i, *(c.i for c in killing.conjuncts)}):
            # "the strike killed dozens of civilians": the speaker's label of the killer's deed (stance_harm.py)
            if "terrorism" in self._issue_at.values():
                return []   # "attacked by Hamas terrorists ..., killing civilians": terror, told by its own key
            return killed_people(an, root, killing, span.start_char, span.end_char, m.issue, index)
        if found is None and m.issue in GOVERNED_GOODS and repressed_by(root) is not None:
            found = (repressed_by(root), OPPOSE)   # "the regime jailed independent journalists": told with no
            # other polarity word, repressing a good is a wrong its speaker names (held as a wrongdoing verb is)
        named_wrong = found is None and not flipped and m.issue in DISOWNED_ISSUES
        if named_wrong:
            # "the tariffs are a typical act of unilateralism": a wrong no one backs, named with no polarity word, is
            # the speaker's label (GUIDE.md) of a doer found outside the phrase ("ISIS terrorists": the issue itself)
            labelled = root
            found = (root, OPPOSE)
        # only an issue named as a field the document works in: an issue the document names otherwise (its
        # parties "Russia and the DPRK", a law's name "the Hong Kong Autonomy Act") is no field of work
        anchor = found[0] if found is not None else root
        signing = signing_above(anchor, clause_of(anchor)) \
            if field_of_work(root) and root.pos_ != "PROPN" else None   # not a place: "signed in Pyongyang"
        if signing is not None and not (found is not None and judged_actor(root, found[0])):
            # "the two leaders witnessed the signing of cooperation documents in areas including trade",
            # "signed memoranda of understanding in the fields of energy": each signer backs what it signs
            return self._signed(an, m, span, found or (signing, SUPPORT), signing, flipped, covered, index)
        if found is None or judged_actor(root, found[0]) or thanks_for_no_stand(found[0]):
            return []       # also "thanked China for the vaccines": thanks for aid or a deed is SUPPORT only
        word, raw = found
        if welcomed_people(word):
            return []           # "welcomed the Ukrainian President to London": hospitality, no position
        if raw == SUPPORT and m.issue in conflict_keys() and aid_setting(root) and not backed_side(an, root):
            return []           # "the flow of humanitarian aid into Gaza": where aid goes, no stance on the conflict
        if m.issue in conflict_keys() and timed_conflict(root) or m.issue in DATED_ISSUES and timed_conflict(root, word):
            return []           # "its support since the start of the war": the war dates what is said, no object of it
        sides = issue_sides().get(m.issue)
        # "launched missiles against Ukraine", "genocide against the people of Gaza": the place or people a deed is
        # aimed at is its victim, no fight against the conflict (GUIDE.md); "a protest against North Korea" names
        # the conflict's doer, "Russia's actions against Ukraine" a doer to oppose
        victim = word.lower_ in DEED_VICTIM_PREPS and m.issue in conflict_keys() and not (
            root.i in an.tok_mention and an.tok_mention[root.i].code == sides.doer)
        if root.i in an.tok_mention and (not actor_as_issue(root, word) or worked_on_party(root, word)):
            return []           # "continue negotiating with the Ukrainian side": a party, not the issue
        if ClauseStatus(word, clause_of(word)).discussed and not (raw == SUPPORT and any(
                pledged_talk(t) for t in [word, *list(word.ancestors)[:6]])) or not (labelled or judged_in_clause(word)):
            # talks pledged ("agreed to continue discussions toward accelerating negotiations on X") are no discussion
            return []           # only discussed (GUIDE.md), even a label in it ("discussed Russia's war")
        holders = speaker_of(an, clause_of(root)) if labelled else holders_of(an, word)
        if not holders and not labelled and word.dep_ in ("acl", "relcl") and cites_standard(word):
            holders = holders_of(an, word.head)     # "stand for a world order based on international law"
        allowers = allowers_of(an, word) if raw == SUPPORT and holders else ()
        if allowers:
            # "expects Israel to allow aid into Gaza": the asker's stance; allowing is the allower's act
            holders = tuple(h for h in holders if h not in allowers) or askers_of(an, word, allowers)
            if not holders:
                return []
        if holders and not labelled and root.i not in an.tok_mention and issue_subject(word, root):
            # "with the sovereignty and territorial integrity of Syria unconditionally respected": the
            # actor inside the issue phrase owns it; the stance is that of whoever says so
            above = polarity_above(word, inside)
            clause = clause_of(word)
            outer = tuple(c for c in an.sources(clause_of(clause.head)) if is_code(c)) if absolute(clause) else ()
            # "Iran hopes that the JCPOA can be restored": the hoper, not whoever reports the hope
            holders = hopers_of(an, clause) or (holders_of(an, above[0]) if above else ()) or outer \
                or speaker_of(an, clause)
        doer = doer_of(an, word) if not holders and word.pos_ == "NOUN" and act_lemma(word) in WRONG_ACTS else None
        if doer is not None and root.i not in an.tok_mention and unvoiced(an, word, doer):
            # "the decision was taken in light of the violation of international law by the Philippines":
            # no one acts in the sentence, so naming someone's deed a wrong is its speaker's word (GUIDE.md);
            # not "Kiev's attacks" (the issue phrase is the doer), nor "cyber threats" (no one's deed)
            holders = speaker_of(an, clause_of(word))
        if root.i in an.tok_mention and an.tok_mention[root.i].code in holders:
            # "to help Ukraine protect itself": Ukraine protecting itself is no stance on Ukraine;
            # helping it is; "Zelenskyy thanked ...": the holder named is no issue of its own
            above = polarity_above(word, inside)
            if above is None:
                return []
            word, raw = above
            holders = holders_of(an, word)
            if an.tok_mention[root.i].code in holders:
                return []
        kept = raw == SUPPORT and (own_measure(an, root, holders) or kept_measure(root, word))
        if act_lemma(root) in MEASURES and (kept or wielded_measure(root, word)):
            return []           # "North Korea continues to pursue its nuclear weapons program": one's own
            # measure or programme carried on is an act, as lifting it is, no stance; so is a measure
            # imposed, kept or acted with ("is restoring the full steel tariffs", "respond with tariffs")
        harm = harm_doer(an, root, word, (), self._war_doer(doc)) \
            if sides is not None and sides.unaimed == SUPPORT and not labelled else None
        if is_code(harm):
            # "the Russian strikes on civilians must stop", "accused Israel of using starvation as a weapon
            # against civilians": opposition toward whoever harms the protected people, held by whoever
            # says so where the doer is the clause's own actor ("Russia is prepared to use any means
            # against the civilian population")
            judges = tuple(h for h in speaker_of(an, clause_of(word)) if h != harm) if harm in holders else holders
            nested = (judges, harm, OPPOSE) if judges else None
        else:
            nested = nested_position(an, word, holders)
        if nested:
            holders, toward, polarity = nested
        else:
            if not labelled and told_deed(word, inside):
                return []       # "the regime responded with a violent crackdown on peaceful protesters": its act
            if holders == (Placeholder.PARTICIPANTS,) and an.reporter and proposed(an, word):
                # "Xi stressed that ... the two sides should ...": a proposal is the speaker's stance;
                # "Raisi said the two sides had agreed to raise trade" is both sides'
                holders = (an.reporter,)
            if not holders:
                return []
            lifters = lifters_of(an, word)
            if lifters and set(lifters) & set(holders):
                return []       # "Japan will lift the export controls": lifting one's own measure is an act
            if lifters:
                # "Washington should lift the sanctions", "called on the US to lift its sanctions":
                # whoever asks opposes the measures of the one asked to lift them
                toward, polarity = lifters[0], OPPOSE
            else:
                toward, polarity = self._aim(an, root, inside, word, raw, holders, m.issue, flipped, covered)
                if toward is None and (labelled is root or word.lemma_.lower() in REPRESS_VERBS):
                    return []   # a deed told as done by someone no actor names: whose it is is unknown
                    # ("the military detained journalists" with no country: no stance, as a breach)
                if named_wrong and (toward in {mention.code for _, mention in an.actors_in([*root.subtree, *span])}
                                    or not label_aims_at(an, root, toward)):
                    return []
            if toward is None and root.dep_ == "conj" and root.head.i == word.i and word.i in towards_of:
                # "concerns about the PRC's practices in Xinjiang ..., as well as human rights":
                # the issue coordinated with the concern itself shares the concern's toward
                toward, polarity = towards_of[word.i], OPPOSE if raw != SUPPORT else SUPPORT
            if m.field:
                # "cooperation on clean energy with India": a field of work judges no one's acts
                toward = None
            if toward is not None:
                towards_of.setdefault(word.i, toward)
        if victim and toward in (None, *holders):
            return []
        if polarity is None or (toward is None and word.lemma_.lower() in GIVING_VERBS):
            return []           # providing aid is an act (AID), not a stance on it; providing it to Ukraine is
        if polarity == SUPPORT and toward is None and m.issue in DISOWNED_ISSUES:
            polarity = OPPOSE   # no one backs terrorism or interference as such: a backing word read over one
            # ("cut ties with terrorists", "counter exploitation by terrorists", "in the face of the rise of
            # unilateralism, the two sides should uphold") is a counter the parse did not show
        start = min(word.idx, span.start_char)
        end = max(word.idx + len(word.text), span.end_char)
        disarmed = {an.tok_mention[t.i].code for t in span if t.i in an.tok_mention} \
            if span[0].lemma_.lower() in DISARMING_NOUNS else set()
        if toward is None and polarity == SUPPORT and len(disarmed) == 1:
            toward = next(iter(disarmed))   # "urged North Korea to return to the path toward the denuclearization
            # of North Korea": the country disarmed is the one whose acts are judged
        if is_code(toward) and toward in disarmed:
            # "committed to the complete denuclearization of North Korea": backing the undoing of the named
            # country's arms opposes its acts on the issue (the tune gold: oppose, nonproliferation, PRK)
            polarity = OPPOSE if polarity == SUPPORT else SUPPORT
        if is_code(toward) and aid_destination(an, span, toward):
            toward = None       # "deliver humanitarian relief to the civilian population of Gaza": where aid goes is
            # no one whose position is judged (the gold: toward null)
        towards = [toward] + (coordinated(an, toward, word, root, inside) if is_code(toward) else [])
        issue = m.issue
        if polarity == OPPOSE and is_code(toward) and root.lemma_.lower() in LAW_NOUNS \
                and (act_lemma(word) in BREACH_WORDS or word.lower_ in BREACH_WORDS):
            issue = BROKEN_LAW_ISSUE    # "a grave violation of international humanitarian law" by its violator
        return [Stance(h, polarity, issue, t if t != h else None, index, start, end)
                for t in towards for h in holders]

    def _sought(self, an: Analysis, m, span: Span, found, seeker, index: int) -> list[Stance]:
        """"Ensuring that Iran never acquires a nuclear weapon": whoever says it opposes the seeker's acts on the
        weapon's issue (stance_arms.py), held by the word above, else by the clause's speaker."""
        if found is not None and ClauseStatus(found[0], clause_of(found[0])).discussed:
            return []
        # "would never allow Iran to build": the seeker's own verb ("build" backs) holds nothing of the speaker's
        holders = [h for h in (holders_of(an, found[0]) if found is not None else ()) if h != seeker.code] \
            or [h for h in speaker_of(an, clause_of(span.root)) if h != seeker.code]
        start = min(span.start_char, found[0].idx if found is not None else span.start_char)
        return [Stance(h, OPPOSE, m.issue, seeker.code, index, start, span.end_char) for h in holders]

    def _signed(self, an: Analysis, m, span: Span, found: tuple, signing: Token, flipped: bool, covered: set[int],
                index: int) -> list[Stance]:
        """Stances on an issue named in a document signed (stance_signed.py): held by each signer."""
        word, raw = found
        holders = signers_of(an, signing)
        if not holders:
            return []
        root, inside = span.root, {t.i for t in span}
        toward, polarity = (None, resolve_polarity(raw, m.issue, False, flipped)) if m.field else \
            self._aim(an, root, inside, word, raw, holders, m.issue, flipped, covered)
        if polarity is None:
            return []
        start, end = min(word.idx, span.start_char), max(word.idx + len(word.text), span.end_char)
        return [Stance(h, polarity, m.issue, toward if toward != h else None, index, start, end) for h in holders]

    def _governed_place(self, an: Analysis, root: Token, word: Token, holders, covered) -> object:
        """The country named by "in" on the way from a governed good up to the word that worries about
        it ("the human rights situation in Iran", "human rights in Belarus"), or the doer of an issue
        place there ("in Hong Kong and in Xinjiang": CHN); None where no place is named."""
        t = root
        for _ in range(8):
            found = scene_of(an, t, holders, covered) or next(
                (d for d in doers_in(t, self._issue_at) if d not in holders), None)
            if found:
                return found
            if t.i == word.i or t.head.i == t.i:
                break
            t = t.head
        if word.dep_ == "dobj":
            # "raised concerns about democracy in Georgia", the place parsed on the verb after its object
            spots = [c for c in word.head.children if c.dep_ == "prep" and c.i > word.i]
            for prep in spots:
                if prep.lower_ == "in":
                    named = [c for c in prep.children if c.dep_ == "pobj" and c.i not in covered]
                    for _, mention in an.actors_in(named):
                        if mention.code not in holders and mention.kind == "country":
                            return mention.code
        return None

    def _war_doer(self, doc) -> str | None:
        """The doer of the war the sentence names (one conflict key alone) or the story is about so far
        (counter_polarity.tsv: RUS for ukraine), or None."""
        named = {i for i in self._issue_at.values() if i in conflict_keys()}
        topic = next(iter(named)) if len(named) == 1 else None if named else story_conflict(doc)
        sides = issue_sides().get(topic) if topic else None
        return sides.doer if sides else None

    def _aim(self, an, root, inside, word, raw, holders, issue, flipped, covered=frozenset()):
        """(toward, polarity): at whom the stance is aimed and which side it takes."""
        if word.pos_ in ("ADJ", "ADV") and act_lemma(word) != word.lemma_.lower():
            # "the unfriendly actions, contrary to international law, of the United States", "settlements,
            # which are illegal under international law": the doer of what the breach is said of
            doer = breacher(an, word, holders)
            return (doer, OPPOSE) if doer else (None, None)
        if judged_wrong(word):
            # "the US strikes violate ...", "the United States is the enemy of ...": the judged subject
            # (not the describer of "described the attacks as a violation of ...": the holder)
            described = described_as(word)
            # "North Korea's launch, which violated ...": the doer of the act the relative clause is said of
            doers = [d for d in (doer_of(an, a, holders) for a in relative_acts(word)) if d][:1]
            deed = relative_deed_verb(word) if not doers else None
            if deed is not None:
                doers = [c for c in an.sources(deed) if is_code(c) and c not in holders][:1]
            doers = doers or ([] if described is not None else
                              [c for c in an.sources(judged_clause(word)) if is_code(c) and c not in holders])
            subj = definite_act_subject(word)
            if not doers and subj is not None:
                # "The attack was a violation of ...": the doer named for that act just before, else
                # the last actor's ("North Korea launched a missile. The launch is a violation of ...")
                earlier = doer_of(an, subj, holders) or (
                    earlier_doer(an, subj, holders, own=True) if described is not None  # not just the last actor named
                    else referred_doer(an, subj, holders)) \
                    or done_deed_doer(an, subj, holders)     # "launched an attack ... this aggression, which ..."
                if earlier:
                    doers = [earlier]
            if not doers and described is None:
                # "This is a blatant interference in ...", "This move seriously interferes in ...": the doer of
                # the deed the sentence before tells, where no act noun names it
                doers = [c for c in [teller_before(an, judged_clause(word), holders, pronouns=word.pos_ == "VERB")] if c]
            if not doers and word.pos_ == "VERB":
                doers = [c for c in asked_of(an, word) if c not in holders]   # "urged the US not to interfere"
            if not doers:
                # "the act was committed by the Zionist regime and constitutes a violation of ..."
                doers = [m.code for _, m in an.actors_in(judged_agent(word)) if m.code not in holders]
            if doers:
                return doers[0], OPPOSE     # "the US strikes violate international law"
        act = breaching_act(word)
        if act is not None:
            # "describing it as a dangerous escalation in flagrant violation of international law": the
            # doer of the act in breach, or of the act it is said of
            described = described_as(act)
            doer = doer_of(an, act, holders) or (
                described is not None and (doer_of(an, described, holders)
                                           or earlier_doer(an, described, holders, own=True)))
            if doer:
                return doer, OPPOSE
        sides = issue_sides().get(issue)
        if cites_standard(word):
            # "in accordance with the one-China principle", "based on respect for Syria's sovereignty": a
            # standard cited judges no one's position on it (toward null)
            return None, resolve_polarity(raw, issue, aimed=False, flipped=flipped)
        supportive = raw == SUPPORT or (raw == COUNTER and sides is not None and sides.counter == SUPPORT)
        if raw == COUNTER and (root.pos_ == "VERB" and act_lemma(root) in SELF_NAMED_ACTS or stopped_act(root, word)):
            asked = [c for c in asked_of(an, word) if c not in holders]
            if not asked and obliged(clause_of(word)):
                # "the U.S. side should stop interfering in China's internal affairs": the one who must
                # stop is the doer, as the one urged to stop is
                asked = [c for c in an.sources(clause_of(word)) if is_code(c) and c not in holders]
            if asked:
                return asked[0], OPPOSE     # "urges Japan to stop meddling in China's internal affairs",
                # "urged the US to stop playing with fire on the Taiwan question": the act asked to stop
        tw = find_toward(an, root, inside, word, raw, holders, supportive)
        cause = separatist_cause(an, root, inside) if tw is None else None
        if cause is not None and cause not in holders:
            # "'Taiwan independence' is a dead end": the separatists' cause, judged as their position
            return cause, SUPPORT if raw == SUPPORT else OPPOSE
        # praise above judges the praised actor's conduct, not the partner it stands with ("praised Italy's
        # leadership in standing with Ukraine", its owner named); an owner's good, a backed actor with no owner
        # named ("thanked Spain for its support to Ukraine") or a wrongdoer below keeps its aim; aid given is an
        # act, no stance, as below
        praised = praised_actor(an, root, inside, holders, owned=tw is not None) \
            if (tw is None or (tw.is_object or tw.hint == SUPPORT) and not tw.owner) \
            and word.lemma_.lower() not in GIVING_VERBS else None
        if praised is not None:
            return praised, SUPPORT     # "lauded Pope Francis's leadership in fighting the climate crisis"
        if tw is None and raw != SUPPORT:
            # "the remarks ... grossly interfere in China's internal affairs": a wrongful act told as a verb is its
            # subject's deed, the actor the stance is aimed at (GUIDE.md: toward is whose acts are judged)
            doer = next((d for t in (word, root) for d in [acting_subject(an, t, holders)] if d), None) \
                or such_act_doer(an, root, holders)     # "such interference in its internal affairs"
            if doer:
                return doer, OPPOSE
        if tw is None:
            doer = sides.doer if sides else None
            if raw == OPPOSE and doer and doer not in holders and not generic_act(root, word, self._goods_at):
                return doer, OPPOSE         # "concerns about the crackdown in Hong Kong" (GUIDE.md)
            harmed = sides is not None and sides.unaimed == SUPPORT     # a good the act harms
            # a repressing verb with no doer found is an act too ("journalists have been jailed in Belarus")
            act = word if act_lemma(word) in WRONG_ACTS or (word.pos_ == "VERB" and word.lemma_.lower() in REPRESS_VERBS) \
                else root if act_lemma(root) in WRONG_ACTS else None
            scene = scene_of(an, act, holders, covered) if harmed and act is not None else None
            if scene is None and harmed and act is not None:
                # "human rights violations in Xinjiang and Tibet": a place that is an issue with a doer
                scene = next((d for d in doers_in(act, self._issue_at) if d not in holders), None)
            if scene:
                # no doer named: the country it happens in (GUIDE.md, concern about violence inside a
                # country), "the crackdown on peaceful protesters in Iran"; not a terrorist attack (the
                # victim's country is not accused) nor a war ("the war in Ukraine"), whose keys are no goods
                return scene, OPPOSE
            if act is None and raw == OPPOSE and issue in GOVERNED_GOODS and not breach_word(word) \
                    and word.lemma_.lower() not in WRONG_VERBS:
                # "voiced concern over the human rights situation in Hong Kong", "concerns about human
                # rights in Belarus": a good a government owes its own people, worried about in a place, is
                # opposition to how that place's government treats it (GUIDE.md: concern about violence
                # inside a country is ACCUSE toward it); not "concerns about the safety of journalists", nor
                # a harm done by someone else ("those who undermine democracy in Guatemala")
                place = self._governed_place(an, root, word, holders, covered)
                if place:
                    return place, OPPOSE
            if act is None and raw == SUPPORT and issue in GOVERNED_GOODS:
                # "the restoration of democracy in Venezuela", "free and fair elections in Haiti": backing a
                # good a government owes its own people in a place is backing it there, toward that place, as
                # concern about it there is opposition toward it
                place = self._governed_place(an, root, word, holders, covered)
                if place:
                    return place, SUPPORT
            if breach_word(word) and not generic_breach(word):
                # "condemned the attack on its embassy by Israel, calling it a flagrant violation of international
                # law": a breach said of a deed the story told just before is its doer's (GUIDE.md: the gold codes
                # every breach as opposition toward the violator); not "opposes any violation of ..."
                doer = earlier_doer(an, word, holders, own=True)
                if doer:
                    return doer, OPPOSE
            return None, unless_breach(word, resolve_polarity(raw, issue, aimed=False, flipped=flipped))
        if tw.code == Placeholder.COUNTERPART and flipped:
            # "non-interference in each other's internal affairs": a principle both keep, whose owners are those
            # it shields; no backing of the other's position (GUIDE.md: toward null, polarity on the issue)
            return None, resolve_polarity(raw, issue, aimed=False, flipped=flipped)
        if tw.code == Placeholder.COUNTERPART:
            return tw.code, SUPPORT     # "mutual support", "the help they gave each other"
        if tw.owner and owner_harmed(root, word):
            # "the attack on the territorial integrity of Georgia": the owner of the good a wrongful act
            # harms is its victim, not the one the stance is aimed at (that is the act's doer, none found)
            return None, unless_breach(word, resolve_polarity(raw, issue, aimed=False, flipped=flipped))
        if tw.owner:        # "respect for Syria's sovereignty": the issue's own polarity
            polarity = unless_breach(word, resolve_polarity(raw, issue, aimed=False, flipped=flipped))
            return (tw.code, polarity) if polarity else (None, None)
        if act_lemma(tw.attach) in WRONG_ACTS:
            # the doer's wrongful act is opposed unless a support word takes it as its own object
            # ("supports Russia's special operation"); not "provided aid since Russia's invasion"
            backer = backer_of(tw.attach)
            backers = [m.code for _, m in an.actors_in([backer])] if backer is not None else []
            if backer is not None and not set(backers) & set(holders):
                return tw.code, OPPOSE  # "condemned Iran's support for Russia's war": Iran's backing, opposed
            return tw.code, SUPPORT if backed_act(tw.attach) else OPPOSE
        own = word_polarity(tw.attach)
        # a solidarity verb that is itself the stance's word ("remain resolved to stand with the
        # Ukrainian people") keeps its own backing, not a word above it
        stood = tw.attach.i == word.i and word.lemma_.lower() in SOLIDARITY_VERBS
        above = None if (tw.is_object and own) or stood else polarity_above(tw.attach, inside)
        if tw.is_object and tw.attach.i != word.i and not (own or above or tw.hint):
            # "hosted a U.S. delegation to further cooperation on the fight against fentanyl": the
            # object of a verb that takes no side is no one the stance is aimed at
            return None, resolve_polarity(raw, issue, aimed=False, flipped=flipped)
        pol = above[1] if above else (own or tw.hint or raw)
        return tw.code, SUPPORT if pol == SUPPORT else OPPOSE
