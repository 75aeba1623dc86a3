"""The story's coded acts and stances made final (docs/coder.md, "Headline and participants"):
placeholders ("the two leaders", "the other side", "you") replaced by actor codes, repeats dropped."""
from __future__ import annotations

from readout.cameo import types_on_side, types_with
from readout.coder.membership import is_body, same_body
from readout.coder.patterns import rule_codes
from readout.coder.records import Event, Named, NotParty, Placeholder, Stance, is_code

__all__ = ["finalize_events", "finalize_stances"]

PARTICIPANTS, COUNTERPART, OTHER = Placeholder.PARTICIPANTS, Placeholder.COUNTERPART, Placeholder.OTHER


def _other_parties(parties: list[str], party: NotParty) -> list[str]:
    """The first party that is not the one named ('you' said by the speaker)."""
    return [p for p in parties if p != party.code][:1]


def finalize_events(events: list[Event], parties: list[str], domestic: bool = False,
                    foreign: bool = True, statement: bool = False,
                    nearby: list[set[str]] | None = None, series: str | None = None,
                    when: str | None = None, side: str | None = None, unnamed_other: bool = True,
                    positions: set[int] | None = None, refusals: set[int] | None = None,
                    told: list[set[str]] | None = None, guests: set[int] | frozenset[int] = frozenset(),
                    bonds: set[int] | frozenset[int] = frozenset(),
                    planned: set[int] | frozenset[int] = frozenset(),
                    pledges: set[int] | frozenset[int] = frozenset(),
                    freed: set[int] | frozenset[int] = frozenset(),
                    unaimed: set[int] | frozenset[int] = frozenset(),
                    named: list[set[str]] | None = None) -> list[Event]:
    """Resolve placeholders, drop self-events (unless domestic) and repeats (first evidence kept).

    foreign=False says the story names no actor beside its publisher's own country: then praise,
    requests or promises aimed at no one ("urged Congress to act") are domestic politics, not events.
    nearby (nearby_codes): in a statement, a placeholder stands only for a party named near it, and
    what needs a foreign actor needs one near it ("We thank Director Murray" in a fact sheet that
    names Georgia elsewhere thanks no one abroad).
    series (meeting_series: the party who met the others one by one): "the two sides" of a
    paragraph are that party and the partners the paragraph names so far, where it names any
    (`told`: the actors its text names, not the title's: "... phone calls with counterparts on
    Israel-Palestine escalation" names no partner).
    when, side (the story's date and side): in a statement, the side's own body is never its other
    side, nor is the side the other side of its body or of one of its members ("G7 Leaders will
    also commit to ..." in a White House fact sheet).
    positions: the sentences that state a stance on an issue of issues.jsonl. The side's own rejection
    or protest aimed at no one (plover_types.tsv: foreign_frame) in a sentence with no such stance, where no
    foreign actor is named up to it (a statement) or at all, is an act inside one country ("President
    Biden rejects Congressional Republicans' plan to increase taxes"); "China opposes unilateral
    sanctions" states a position and is kept, as is a refusal told by a negated trigger (`refusals`:
    "China will never allow anyone to split Xizang", "does not accept"), the defiance of an attempt
    from outside.
    guests (rosters.guest_acts): the triggers of acts of "the guests", "the visiting leaders": done
    by the parties other than the side, who hosted them, where the side is one of three or more.
    bonds (bonds.bond_acts): the triggers of the participants' praise of the bond between them ("the
    two leaders celebrated the partnership between their countries"): each backs the other.
    planned (rosters.planned_talks): the triggers of talks the side and others will hold, told in the
    future ("The Presidents will discuss ..."): in a statement, the side's announcement only, where the
    side is a party (in a readout, the parties' plan made together, a promise of each).
    pledges (rosters.own_pledges): the triggers of the participants' pledges of each one's own
    conduct ("the leaders affirmed their commitment to holding elections"): among three or more,
    made to the side (the host) and by the side to each, never between two others; with no side
    among them, made to no one.
    unnamed_other=False (a text that is no report of talks, with no meeting: form.not_readout): an
    act aimed at "the other side" where no other side is named near it is not coded, not even as
    aimed at no one ("Thank you", "we will continue to work closely" in a gaggle or a fact sheet).
    freed (targets.freed_people): the triggers of welcomes of people's release or return, aimed at no
    one: they need a foreign actor named anywhere in the story, not near them.
    named (per sentence, the actors its own words name): in a statement, a kindness (plover_types.tsv:
    consoles) aimed at the other side where its sentence names no one is not for one the side
    condemns, threatens or sanctions in the story (_kindness_to_victims).
    """
    out, seen = [], set()
    guessed: set[tuple] = set()     # (trigger, source, target) of a statement's other side its sentence does not name
    joint, needs_foreign, needs_target = types_with("joint"), types_with("needs_foreign"), types_with("needs_target")
    framed = types_with("foreign_frame")
    so_far: list[set] = []      # per sentence, the actors named up to its end (with the publisher's and title's)
    for here in nearby or ():
        so_far.append((so_far[-1] if so_far else set()) | here)
    self_acts = set(rule_codes("self_act")) | set(rule_codes("needs_aim"))
    together = set(rule_codes("joint_act"))
    near = None

    def emit(e: Event, s, t):
        if s == t and e.type in ("MOBILIZE", "PROTEST") and not domestic:
            t = None    # "partial mobilisation in the Russian Federation", "a missile launch by North Korea":
                        # a show of force at home is aimed at no one, as forces moved to "the region" are;
                        # "crowds marched against Maduro": a protest with no foreign target (GUIDE.md)
        if t is None and not domestic and (e.type in needs_target and e.trigger not in unaimed or e.cameo in self_acts):
            return      # "ban assault weapons", "sanctioned vessels": done to no one the story names;
                        # "the minister resigned": inside one country
        # a welcomed release of people (`freed`) answers a foreign detention the story told before,
        # maybe in another paragraph ("Ms X was released by Chinese authorities ... The Government
        # welcomes her return home")
        if t is None and not domestic and e.type in needs_foreign and not (
                foreign if near is None or e.trigger in freed else near - {s}):
            return
        if t is None and not domestic and e.type in framed and s == side and e.sentence not in (positions or ()) \
                and e.trigger not in (refusals or ()) and not (
                foreign if near is None else so_far[e.sentence] - {s}):
            return      # "rejects Congressional Republicans' plan" in a text about home: inside one country
        if not is_code(s) or (t is not None and not is_code(t)) or (s == t and not domestic):
            return
        ev = Event(s, e.type, t, e.mode, e.cameo, e.goldstein, e.sentence, e.start, e.end, e.trigger)
        k = ev.key()
        if k not in seen:
            seen.add(k)
            out.append(ev)

    all_parties = parties
    aimed_at_doer, unnamed_doer = types_with("aims_at_doer"), set()
    acting: dict[int, set] = {}      # per trigger, who acts in it ("the EU and China met": two)
    for e in events:
        acting.setdefault(e.trigger, set()).add(e.source)
    for e in events:
        parties, near = all_parties, None
        if statement and nearby is not None and e.sentence < len(nearby):
            near = nearby[e.sentence]
            parties = [p for p in all_parties if p in near]
        elif series and nearby is not None and e.sentence < len(nearby):
            named = (told or nearby)[e.sentence]
            here = [p for p in all_parties if p in named or p == series]
            parties = here if len(here) >= 2 else all_parties
        if e.target == OTHER:
            if e.type in aimed_at_doer:
                unnamed_doer.add(e.trigger)
            # "I condemn these attacks": a statement's condemnation is aimed at what it is about
            e = Event(e.source, e.type, COUNTERPART if statement else None, e.mode, e.cameo, e.goldstein,
                      e.sentence, e.start, e.end, e.trigger)
        if e.source == PARTICIPANTS and (e.cameo in together and e.target in parties or e.trigger in bonds and (
                e.target in parties or e.target == COUNTERPART)):
            # "the leaders signed the UK-Ukraine Agreement": the document names its signers, who
            # sign it toward each other
            e = Event(e.source, e.type, PARTICIPANTS, e.mode, e.cameo, e.goldstein, e.sentence,
                      e.start, e.end, e.trigger)
        elif e.source == PARTICIPANTS and e.type not in joint and e.target in parties:
            continue    # "they welcomed the revitalization of U.S.-EU ties": not aimed at one of themselves
        if e.source == PARTICIPANTS and e.trigger in guests and side in parties and len(parties) > 2:
            sources = [p for p in parties if p != side]
        elif statement and e.trigger in planned and side in parties and (
                side in acting[e.trigger] or PARTICIPANTS in acting[e.trigger]):
            # "The Presidents will discuss ...", "the President and the Prime Minister will discuss ..."
            # in an announcement: the side's promise only (in a readout the parties planned it together)
            if e.source not in (PARTICIPANTS, side):
                continue
            sources = [side]
        elif e.source == PARTICIPANTS:
            sources = parties
        elif isinstance(e.source, NotParty):
            sources = _other_parties(parties, e.source)
        else:
            sources = [e.source]
        for s in sources:
            if e.target == Placeholder.HEARER:
                # "China will continue to play a constructive role", said in talks of two: a pledge
                # to the other side; in a statement or among several, to no one (README decision 3)
                others = [p for p in all_parties if p != s]
                emit(e, s, others[0] if not statement and len(all_parties) == 2 and len(others) == 1 else None)
                continue
            if e.target == Placeholder.NO_ONE or isinstance(e.target, Named):
                emit(e, s, e.target.code if isinstance(e.target, Named) else None)
                continue
            if e.source == PARTICIPANTS and e.target in (COUNTERPART, None) and e.type not in joint:
                if e.target == COUNTERPART:
                    continue        # "the leaders encouraged progress": not aimed at each other
                emit(e, s, None)
                continue
            if isinstance(e.target, NotParty):
                for t in _other_parties(parties, e.target):
                    emit(e, s, t)
                continue
            if e.target == COUNTERPART and e.type == "CONSULT" and is_body(s) and acting[e.trigger] == {s}:
                continue    # "We, the Leaders of the G7, met today": the body met as itself, with no one
            if e.target == COUNTERPART or (e.source == PARTICIPANTS and e.type in joint and (
                    e.target is None or e.target in parties)):
                others = [p for p in parties if p != s]
                if s not in parties:
                    others = others[:1]
                if statement and side is not None and e.source != PARTICIPANTS:
                    # "G7 Leaders will also commit to ...", told by the United States: no promise
                    # of the G7 to a member of it, nor of the member to its body; as an act of a
                    # country on itself, no event ("they", the parties, still act toward each
                    # other as the guide's joint acts do)
                    kept = [p for p in others if side not in (s, p) or not same_body(s, p, when)]
                    if others and not kept:
                        continue
                    others = kept
                if not others:
                    # aimed at no one the story names; in a statement, where no foreign actor is
                    # named near it, aimed at someone at home ("respond to coastal hazards")
                    if e.target == COUNTERPART and e.type != "CONSULT" and e.source != PARTICIPANTS \
                            and (domestic or near is None or near - {s}) and (unnamed_other or domestic):
                        emit(e, s, None)
                    continue
                if e.trigger in pledges and e.source == PARTICIPANTS and len(parties) > 2:
                    # each one's own conduct pledged before the others: no act between two guests
                    if side not in parties:
                        emit(e, s, None)
                        continue
                    others = [t for t in others if side in (s, t)]
                for t in others:
                    emit(e, s, t)
                    if statement and e.source != PARTICIPANTS and e.target == COUNTERPART and named is not None \
                            and e.sentence < len(named) and t not in named[e.sentence]:
                        guessed.add((e.trigger, s, t))
            elif e.target == PARTICIPANTS:
                for t in parties:
                    emit(e, s, t)
            else:
                emit(e, s, e.target)
    return _kindness_to_victims(_aimed_once(_consoled_not_accused(out, unnamed_doer)), guessed)


def _kindness_to_victims(events: list[Event], guessed: set[tuple]) -> list[Event]:
    """A kindness (plover_types.tsv: consoles) a statement aimed at its other side, unnamed in its sentence
    (`guessed`), where the same side condemns, threatens or sanctions that other side in the story: for
    the victim of that one's deed the story tells ("condemns the Zionist regime's attack on Yemen's
    Hodeidah ... condolences to the families of the victims": Yemen), or no event where the victim is
    the side itself or no one ("wishes the injured a swift recovery" after an attack on its own soil)."""
    kind, hostile = types_with("consoles"), types_with("aims_at_doer")
    deeds = types_on_side("conflict") & types_with("deed")
    accused = {(e.source, e.target) for e in events if e.type in hostile and e.target is not None}
    out, seen = [], {e.key() for e in events if (e.trigger, e.source, e.target) not in guessed}
    for e in events:
        if e.type in kind and (e.trigger, e.source, e.target) in guessed and (e.source, e.target) in accused:
            victims = list(dict.fromkeys(d.target for d in events if d.type in deeds and d.source == e.target
                                         and d.target not in (None, e.source, e.target)))
            if len(victims) != 1:
                continue
            e = Event(e.source, e.type, victims[0], e.mode, e.cameo, e.goldstein, e.sentence, e.start, e.end, e.trigger)
            if e.key() in seen:
                continue
            seen.add(e.key())
        out.append(e)
    return out


def _consoled_not_accused(events: list[Event], unnamed: set[int]) -> list[Event]:
    """A condemnation that names no doer ("Russia resolutely condemns this barbaric crime", "we
    condemn it in the strongest terms"), taken for one against the story's other side, is aimed at
    no one where the same side consoles or backs that other side in the story (condolences to Sri
    Lanka, prayers for Slovakia's Prime Minister): the victim's country is not accused (GUIDE.md,
    second round: a terrorist attack condemned with no named perpetrator)."""
    backed = {(e.source, e.target) for e in events if e.type == "SUPPORT"}
    out, seen = [], set()
    for e in events:
        if e.trigger in unnamed and (e.source, e.target) in backed:
            e = Event(e.source, e.type, None, e.mode, e.cameo, e.goldstein, e.sentence, e.start, e.end, e.trigger)
        if e.key() not in seen:
            seen.add(e.key())
            out.append(e)
    return out


def _aimed_once(events: list[Event]) -> list[Event]:
    """A censure, refusal or threat aimed at no one beside the same act of the same source aimed at
    an actor in the same sentence is that act told twice ("warned the U.S. side that China would make
    a resolute response", "warned that if India took any further action, Pakistan would respond",
    "express deep concern over ... Iran's attack"): one warning with its target, not a second one at
    no one (the threat word of the clause and the warning verb are one act)."""
    aimed = types_with("aims_at_doer")
    told = {(e.sentence, e.source, e.type) for e in events if e.type in aimed and e.target is not None}
    return [e for e in events if not (e.target is None and (e.sentence, e.source, e.type) in told)]


def finalize_stances(stances: list[Stance], parties: list[str]) -> list[Stance]:
    """Resolve placeholders and drop repeats (first evidence kept)."""
    out, seen = [], set()
    # who holds each mutual position ("Putin, Aliyev and Pashinyan agreed on mutual recognition of ...")
    mutual: dict[tuple, set] = {}
    for s in stances:
        if s.toward == COUNTERPART:
            mutual.setdefault((s.sentence, s.start, s.issue), set()).update(
                parties if s.holder == PARTICIPANTS else [s.holder])
    for s in stances:
        holders = parties if s.holder == PARTICIPANTS else [s.holder]
        for h in holders:
            if not is_code(h):
                continue
            towards = [s.toward]
            if s.toward == COUNTERPART:
                # "mutual recognition of sovereignty" among three leaders names no one other side
                group = mutual[(s.sentence, s.start, s.issue)]
                others = [p for p in (parties if len(group) < 2 else sorted(group)) if p != h]
                towards = others if len(others) == 1 else [None]
            for t in towards:
                if t == h or (t is not None and not is_code(t)):
                    t = None
                st = Stance(h, s.polarity, s.issue, t, s.sentence, s.start, s.end)
                if st.key() not in seen:
                    seen.add(st.key())
                    out.append(st)
    return out
