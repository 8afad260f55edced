"""Transcripts, interviews and first-person reports, on fixtures written for the test: speaker
tags, Q/A markers, a statement's label and a signature say who "I" and "we" are; a bracketed
speaker tag is no actor of the events."""

from __future__ import annotations

from actorgraph.extract.report import extract
from actorgraph.read.inputs import read_text

TRANSCRIPT = """Evening news bulletin, monitored broadcast
[Presenter] Good evening. Foreign Minister Sergey Lavrov spoke to our correspondent.
[Lavrov] Yesterday I met Wang Yi in Beijing and we discussed trade.
[Presenter] Thank you, minister.
"""

INTERVIEW = """Envoy looks back on a busy year
In an interview with this newspaper, Special Envoy Tom Barrack spoke about the region.
Q: Whom did you see in Damascus?
A: We met Ahmed al-Sharaa at the presidential palace in Damascus in May.
Q: And in Ankara?
A: I also met Hakan Fidan there.
"""


def _meetings(text: str) -> set[frozenset[str]]:
    extraction = extract(read_text(text, "transcript.txt"))
    return {frozenset(p.id for p in e.participants) for e in extraction.events if e.is_meeting}


def test_a_speaker_tag_says_who_i_is() -> None:
    assert frozenset({"person:sergey-lavrov", "person:wang-yi"}) in _meetings(TRANSCRIPT)


def test_answers_of_an_interview_are_the_interviewee_speaking() -> None:
    met = _meetings(INTERVIEW)
    assert frozenset({"person:tom-barrack", "person:ahmed-al-sharaa"}) in met
    assert frozenset({"person:tom-barrack", "person:hakan-fidan"}) in met


def test_the_guest_a_transcript_s_header_names_is_the_one_who_answers() -> None:
    transcript = (
        "Qorvant Dialogues | Transcript No. 12\n"
        "Interviewer: Lena Sorvik. Guest: Oskari Vaaranen, former envoy to the Caucasus.\n\n"
        "Q: Where did the year begin for you?\n\n"
        "A: In Baku. Two days later I met Aram Petrosyan, the president's adviser.\n\n"
        "Q: And then?\n\nA: Then I flew home.\n"
    )
    met = _meetings(transcript)
    assert frozenset({"person:oskari-vaaranen", "person:aram-petrosyan"}) in met
    assert all("person:lena-sorvik" not in group for group in met)


def test_the_interviewer_is_nobody_in_the_events() -> None:
    met = _meetings(INTERVIEW)
    assert all(len(group) == 2 for group in met)  # no third party from the questions


def test_a_bracketed_speaker_tag_is_not_an_entity() -> None:
    text = "Talk show transcript\n[Al-Jazeera] Our guest tonight.\n[Host] Welcome to the show.\n"
    names = {e.name for e in extract(read_text(text, "show.txt")).entities}
    assert "Al-Jazeera" not in names and "Al Jazeera" not in names


QUOTED = """Former premier recalls the Nairobi talks
"I met with Mohamed Hamdan Dagalo in Nairobi last week," former prime minister Abdalla Hamdok said.
Yoweri Museveni said: "We received Salva Kiir at State House in Entebbe."
"I saw nobody," said one official, while Ruto and Abiy Ahmed said nothing.
"""


def test_a_quotation_speaks_for_the_person_it_is_attributed_to() -> None:
    met = _meetings(QUOTED)
    assert frozenset({"person:abdalla-hamdok", "person:mohamed-hamdan-dagalo"}) in met
    assert frozenset({"person:yoweri-museveni", "person:salva-kiir"}) in met


def test_an_unattributed_quotation_names_nobody() -> None:
    text = 'Statement\n"We met Abiy Ahmed in Addis Ababa," the statement by the ministry read.\n'
    assert _meetings(text) == set()


STATEMENT = """Ministerial statement: visit to the Horn of Africa
House record, unofficial transcript

The Minister for Trade (Lena Moraes): With permission, I will make a statement on my visit.
I arrived in Nairobi on Monday. That afternoon I was received by President William Ruto at
State House, and I told him that we support the talks. On Wednesday I travelled by road to
Addis Ababa, where I met Prime Minister Abiy Ahmed.
"""

FIELD_NOTE = """Field note, northern districts
Team,

Omar Haddad and I reached Mopti on Sunday. On Monday I met the governor, Siaka Coulibaly,
at his office in Mopti. "I cannot promise an escort," he told us.

Best,
Ana

--
Ana Silva
Country Director
"""


def test_a_statement_told_in_the_first_person_is_its_labelled_speaker_s() -> None:
    met = _meetings(STATEMENT)
    assert frozenset({"person:lena-moraes", "person:william-ruto"}) in met
    assert frozenset({"person:lena-moraes", "person:abiy-ahmed"}) in met


def test_a_field_note_in_the_first_person_is_its_signer_s() -> None:
    met = _meetings(FIELD_NOTE)
    assert any({"person:ana-silva", "person:siaka-coulibaly"} <= m for m in met)


def test_i_inside_a_quotation_is_not_the_narrator() -> None:
    quoted = FIELD_NOTE.replace("On Monday I met", "On Monday Omar met").replace(
        "Omar Haddad and I reached", "Omar Haddad reached"
    )
    assert not any("person:ana-silva" in m for m in _meetings(quoted))


def test_all_of_us_is_the_group_not_the_narrator() -> None:
    note = FIELD_NOTE.replace(
        "On Monday I met the governor, Siaka Coulibaly,\nat his office in Mopti.",
        "I rested. On Monday I held talks with the ICRC and with\nOCHA, all of us at one table.",
    )
    assert any("person:ana-silva" in m and len(m) > 1 for m in _meetings(note))


BLOG = """Notes from a posting
By Lena Moraes

I arrived in Nairobi on Monday. That evening I met President William Ruto at State House.
"""


def test_a_first_person_report_s_byline_names_its_narrator() -> None:
    assert frozenset({"person:lena-moraes", "person:william-ruto"}) in _meetings(BLOG)


def test_a_byline_over_a_report_in_the_third_person_names_no_actor() -> None:
    report = BLOG.replace("I arrived", "Omar Haddad arrived").replace("I met", "he met")
    assert not any("person:lena-moraes" in m for m in _meetings(report))


PODCAST = """Podcast transcript, episode 12
[00:00:05] HOST: Welcome. My guest is Lena Moraes, the envoy.
[00:00:21] LENA MORAES: Thank you. On Monday I met Ahmed al-Sharaa in Damascus.
[00:01:02] HOST: And then?
"""


def test_a_timestamped_speaker_tag_says_who_i_is() -> None:
    assert frozenset({"person:lena-moraes", "person:ahmed-al-sharaa"}) in _meetings(PODCAST)


def test_a_blog_s_posted_by_line_names_its_narrator() -> None:
    blog = (
        "Envoy blog: a week in the capital\nPosted on 3 May 2026 by Lena Moraes\n\n"
        + BLOG.split("\n\n", 1)[1]
    )
    assert frozenset({"person:lena-moraes", "person:william-ruto"}) in _meetings(blog)


def test_an_author_note_at_the_end_names_the_narrator() -> None:
    blog = (
        "A week in the capital\n\n"
        + BLOG.split("\n\n", 1)[1]
        + "\nAbout the author: Lena Moraes is the Portuguese Ambassador to Kenya.\n"
    )
    assert frozenset({"person:lena-moraes", "person:william-ruto"}) in _meetings(blog)


UPDATE = """Weekly security update - eastern region

Movement on the coast road stays restricted to daylight hours, with two
vehicles at least and a check-in with the duty officer every two hours.
The airport road reopened on Tuesday after the checkpoint was removed.
- Our logistics officer Daniel Mwangi and I met Governor Hassan Nouri at
  his office in Kassala on 4 June to ask for a permit for the convoy.
- The next convoy leaves on Thursday if the permit arrives in time.

Stay safe,
Petra Lindqvist
Security Adviser, Northern Relief
"""


def test_one_i_in_an_e_mail_its_writer_signs_off_is_the_writer() -> None:
    met = _meetings(UPDATE)
    writer = {"person:petra-lindqvist", "person:daniel-mwangi", "person:hassan-nouri"}
    assert any(writer <= m for m in met)


def test_one_i_without_a_sign_off_names_no_narrator() -> None:
    unsigned = UPDATE.replace("Stay safe,\n", "")
    assert not any("person:petra-lindqvist" in m for m in _meetings(unsigned))


def _groups(text: str, name: str) -> set[frozenset[str]]:
    extraction = extract(read_text(text, name))
    return {frozenset(p.id for p in e.participants) for e in extraction.events if e.is_meeting}


def test_a_log_whose_author_line_stands_under_its_title_is_narrated_by_that_author() -> None:
    text = (
        "FIELD LOG - NORTHERN IRAQ, 9-14 MARCH 2026\n"
        "Dr Amara Okonjo, Senior Fellow, Baltic Centre for Policy Research\n"
        "Internal working notes\n\n"
        "I sat down with Olaf Scholz in Erbil on Monday. Later I met Pedro Sanchez there. "
        "I will write more tomorrow.\n"
    )
    assert frozenset({"person:amara-okonjo", "person:olaf-scholz"}) in _groups(text, "log.txt")


def test_the_sender_of_a_mail_told_in_the_first_person_met_whom_i_met() -> None:
    text = (
        "FW: meetings this week\n\n"
        "From: Amara Okonjo <a.okonjo@relief.example.org>\n"
        "Sent: Wednesday, 4 March 2026 18:42\n"
        "To: Donor Group <dg@relief.example.org>\n"
        "Subject: FW: meetings this week\n\n"
        "Dear colleagues,\n\n"
        "On Monday I met Olaf Scholz in Erbil. I will report again on Friday.\n\n"
        "Best regards,\nAmara\n"
    )
    groups = _groups(text, "mail.eml.txt")
    assert frozenset({"person:amara-okonjo", "person:olaf-scholz"}) in groups


def test_i_on_a_mail_thread_s_quoted_lines_is_whoever_wrote_them() -> None:
    text = (
        "Re: trip notes\n\n"
        "From: Lena Sorvik <l.sorvik@velmaro.example.org>\n"
        "Sent: Thursday, 12 March 2026 19:05\n"
        "To: Oskari Vaaranen <o.vaaranen@velmaro.example.org>\n"
        "Subject: Re: trip notes\n\n"
        "Oskari,\n\nI will fold this into the brief. I met Aram Petrosyan this morning.\n\n"
        "Lena\n\n"
        "On Wed, 11 Mar 2026 at 22:40, Oskari Vaaranen <o.vaaranen@velmaro.example.org> wrote:\n"
        "\n"
        "> Thanks. This evening I met Colonel Hernan Bustos, commander of the\n"
        "> Thirtieth Brigade, in Cucuta.\n"
    )
    groups = _groups(text, "thread.txt")
    assert frozenset({"person:lena-sorvik", "person:aram-petrosyan"}) in groups
    assert frozenset({"person:oskari-vaaranen", "person:hernan-bustos"}) in groups
    assert all("person:lena-sorvik" not in g or "person:hernan-bustos" not in g for g in groups)


def test_each_member_of_a_debate_is_the_i_of_what_follows_their_name() -> None:
    text = (
        "Sahel: Security Situation\n\n"
        "THE MINISTER FOR AFRICA (MS. LENA SORVIK): Last month I travelled to Abuja, where I "
        "met Aram Petrosyan.\n\n"
        "MR. OSKARI VAARANEN (Hexham and Tyne): When I was in Dakar in January, I met "
        "Hernan Bustos at his office.\n\n"
        "MS. SORVIK: I am grateful to the hon. Gentleman.\n"
    )
    groups = _groups(text, "debate.txt")
    people = {p.split(":")[1] for g in groups for p in g}
    assert {"lena-sorvik", "aram-petrosyan"} <= people
    assert any({"person:oskari-vaaranen", "person:hernan-bustos"} <= g for g in groups), groups
    assert not any({"person:lena-sorvik", "person:hernan-bustos"} <= g for g in groups)


TRIP_NOTES = """Trip notes, central Mali
By Ines Valdor

I flew to Mopti on Monday. I was met at the airstrip by our driver.

On Tuesday, Kofi Mensah and I drove to Djenne, where we held talks with the mayor, Bakary Sow.
"""


def test_we_after_a_companion_and_i_is_the_narrator_and_the_companion() -> None:
    people = {"person:ines-valdor", "person:kofi-mensah", "person:bakary-sow"}
    assert frozenset(people) in _meetings(TRIP_NOTES)


DIARY = """Travel log, northern Mozambique
By Ines Valdor

Monday. I flew to Pemba. I was struck by the heat.

Tuesday. Sat down with Ambassador Kofi Mensah, head of the mission, in his office.

Wednesday. Met Bakary Sow, the district administrator, at the town hall in Montepuez.
"""


def test_a_diary_sentence_that_opens_on_its_verb_is_the_narrator_s() -> None:
    found = _meetings(DIARY)
    assert frozenset({"person:ines-valdor", "person:kofi-mensah"}) in found
    assert frozenset({"person:ines-valdor", "person:bakary-sow"}) in found


def test_an_opening_verb_is_not_the_first_word_of_the_name_after_it() -> None:
    names = {e.name for e in extract(read_text(DIARY, "diary.txt")).entities}
    assert "Bakary Sow" in names and not any(n.startswith("Met ") for n in names)


ENTRIES = """Travel log, northern Mozambique
By Ines Valdor

Monday. I flew to Pemba. I was struck by the heat.

In the evening, at the hotel, a round table with Kofi Mensah and Bakary Sow.

Tuesday. Breakfast with Amadou Diallo before the flight.
"""


def test_a_diary_entry_with_no_verb_is_a_meeting_of_its_narrator() -> None:
    found = _meetings(ENTRIES)
    assert frozenset({"person:ines-valdor", "person:kofi-mensah", "person:bakary-sow"}) in found
    assert frozenset({"person:ines-valdor", "person:amadou-diallo"}) in found
