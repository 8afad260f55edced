"""An encyclopedia infobox pasted as text (pages written for the test): its fields relate the
page's subject to the entities they list."""

from __future__ import annotations

from actorgraph.extract.report import extract
from actorgraph.read.inputs import read_text

GROUP_PAGE = (
    "Al-Shabaab\n\n"
    "From Wikipedia, the free encyclopedia\n\n"
    "Al-Shabaab\n"
    "LeadersAhmed Diriye\n"
    "Mahad Karate\n"
    "SpokespersonAli Dhere[2]\n"
    "Active regionsMogadishu\n"
    "Part of al-Qaeda\n"
    "Designated as a terrorist group by United Kingdom[7]\n"
    " Kenya[8]\n"
    "Preceded by\n"
    "Islamic Courts Union\n\n"
    "Al-Shabaab is a militant group based in East Africa that has fought the Somali government "
    "and the African Union forces deployed in the country since the collapse of the courts.\n"
)


def _relations(text: str) -> set[tuple[str, str, str]]:
    extraction = extract(read_text(text, "page.txt"))
    names = {e.id: e.name for e in extraction.entities}
    return {(names[r.subject], r.predicate, names[r.object]) for r in extraction.relations}


def test_leaders_listed_over_two_lines_lead_the_group() -> None:
    found = _relations(GROUP_PAGE)
    assert ("Ahmed Diriye", "LEADS", "Al-Shabaab") in found
    assert ("Mahad Karate", "LEADS", "Al-Shabaab") in found


def test_a_label_glued_to_a_name_is_not_part_of_the_name() -> None:
    found = _relations(GROUP_PAGE)
    assert ("Ali Dhere", "MEMBER_OF", "Al-Shabaab") in found


def test_where_it_is_active_what_it_is_part_of_and_who_designated_it() -> None:
    found = _relations(GROUP_PAGE)
    assert ("Al-Shabaab", "LOCATED_IN", "Mogadishu") in found
    assert ("Al-Shabaab", "PART_OF", "Al-Qaeda") in found
    assert ("United Kingdom", "OPPOSES", "Al-Shabaab") in found
    assert ("Kenya", "OPPOSES", "Al-Shabaab") in found


def test_a_line_without_a_name_ends_the_list_of_a_field() -> None:
    found = _relations(GROUP_PAGE)
    assert not any(s == "Islamic Courts Union" and p == "OPPOSES" for s, p, _ in found)


def test_fields_after_a_colon_on_a_person_page() -> None:
    page = (
        "= Abdulqadir Mumin =\n\n"
        "Abdulqadir Mumin\n"
        "- Unit: Islamic State Somalia Province\n"
        "- Political party: Al-Islah\n\n"
        "Abdulqadir Mumin is a Somali cleric who has lived in Puntland since he left Britain "
        "and who is said to run the Islamic State's affairs across the region from the hills.\n"
    )
    found = _relations(page)
    assert ("Abdulqadir Mumin", "MEMBER_OF", "Islamic State Somalia Province") in found


def test_a_field_below_the_first_paragraph_is_prose_not_an_infobox() -> None:
    page = (
        "Al-Shabaab\n\n"
        "Al-Shabaab is a militant group based in East Africa that has fought the Somali government "
        "and the African Union forces deployed in the country since the collapse of the courts.\n"
        "Leaders Hassan Sheikh Mohamud\n"
    )
    found = _relations(page)
    assert ("Hassan Sheikh Mohamud", "LEADS", "Al-Shabaab") not in found


def test_a_wrapped_line_of_prose_that_opens_with_a_label_word_is_no_field() -> None:
    story = (
        "Amman, Xinhua - King Abdullah II of Jordan on Tuesday welcomed\n"
        "Head of Hezbollah's Executive Council Hashem Safieddine and his\n"
        "team for talks in the capital.\n"
    )
    found = _relations(story)
    assert any(s == "Hashem Safieddine" and p == "LEADS" for s, p, _ in found)
    assert not any(s == "Hashem Safieddine" and o == "Xinhua" for s, _, o in found)


def test_an_infobox_quoted_in_a_forwarded_mail_is_still_read() -> None:
    quoted = "\n".join("> " + line for line in GROUP_PAGE.splitlines())
    mail = "From: Desk <desk@example.org>\nSubject: FW: profile\n\n" + quoted + "\n"
    assert ("Ali Dhere", "MEMBER_OF", "Al-Shabaab") in _relations(mail)


def test_a_short_news_line_that_opens_with_a_title_is_no_field() -> None:
    text = (
        "The Ogaden Liberation Front, led by Abdi Warsame, rejected the plan.\n\n"
        "Commander Hassan Farah heads the Jubaland Defence Force, which is based in Kismayo.\n"
    )
    found = _relations(text)
    assert ("Hassan Farah", "LEADS", "Ogaden Liberation Front") not in found
    assert ("Hassan Farah", "LEADS", "Jubaland Defence Force") in found
