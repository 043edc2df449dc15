"""Footer navigation: kinds, targets and where the footer stops, on pages written for the tests."""

from __future__ import annotations

import pytest

import newsparse
from newsparse import Article, NavKind, SegmentKind

EN_BODY = (
    "The town council voted on Tuesday evening to turn the old railway depot into a "
    "covered market, ending a debate that has lasted for almost six years.",
    "Traders who sell at the open-air market on the square will be offered the first "
    "stalls, at the same rent they pay today, for at least the first three years.",
    "Work on the roof is due to start in the spring. The council expects the market to "
    "open before the end of next year if the builders keep to their timetable.",
    "Residents who live near the depot asked for a limit on delivery hours, and the "
    "council agreed that lorries will not unload before seven in the morning.",
)

FR_BODY = (
    "La bibliothèque municipale prolongera ses horaires d'ouverture à partir du mois "
    "prochain, a annoncé la mairie lors du conseil de lundi soir.",
    "Les lecteurs pourront emprunter des livres jusqu'à vingt heures en semaine, et la "
    "salle de lecture restera ouverte le dimanche matin pendant toute l'année.",
    "Deux postes de bibliothécaires seront créés pour assurer ces nouveaux créneaux, "
    "financés en partie par une subvention du département.",
)

ES_BODY = (
    "El ayuntamiento abrirá el próximo lunes un nuevo carril para bicicletas que unirá "
    "la estación de tren con el campus de la universidad a lo largo del río.",
    "Las obras han durado casi un año y han costado algo menos de lo previsto, según "
    "explicó la concejala de movilidad durante la presentación del proyecto.",
    "Los vecinos del barrio norte habían pedido durante años una conexión segura para "
    "los estudiantes que cada mañana cruzan la avenida principal.",
)

DE_BODY = (
    "Die Stadtwerke erneuern ab kommender Woche die Wasserleitungen in der Altstadt. "
    "Die Arbeiten sollen nach Angaben des Versorgers bis zum Herbst dauern.",
    "Anwohner müssen in dieser Zeit mit kurzen Unterbrechungen rechnen, die jeweils "
    "zwei Tage vorher mit Aushängen in den Hauseingängen angekündigt werden.",
    "Die Kosten von rund vier Millionen Euro tragen die Stadtwerke, ein Teil davon wird "
    "über die Gebühren der kommenden Jahre wieder eingenommen.",
)


def _page(*parts: str | tuple[str, ...]) -> str:
    lines: list[str] = []
    for part in parts:
        lines.extend(part if isinstance(part, tuple) else (part,))
    return "\n\n".join(lines) + "\n"


def _items(article: Article) -> list[tuple[NavKind, str, str | None]]:
    return [(item.kind, item.text, item.target) for item in article.footer]


def _kind_of(article: Article, text: str) -> NavKind | None:
    for item in article.footer:
        if item.text == text:
            return item.kind
    return None


def test_previous_and_next_take_their_targets_on_the_same_line_and_the_next() -> None:
    page = _page(
        "Market plans approved | The Town Post",
        EN_BODY,
        "Previous article",
        "Library opening hours extended from next month",
        "Next article: New cycle lane links the station to the campus",
    )
    article = newsparse.parse_article(page, language="en")
    assert _items(article) == [
        (NavKind.PREVIOUS, "Previous article", "Library opening hours extended from next month"),
        (
            NavKind.PREVIOUS,
            "Library opening hours extended from next month",
            "Library opening hours extended from next month",
        ),
        (
            NavKind.NEXT,
            "Next article: New cycle lane links the station to the campus",
            "New cycle lane links the station to the campus",
        ),
    ]
    assert [p.text for p in article.body] == list(EN_BODY)


def test_related_list_gives_every_title_as_target() -> None:
    titles = (
        "Le marché couvert rouvre samedi",
        "Un nouveau parc au bord du canal",
        "La piscine fermée pour travaux cet été",
    )
    page = _page("Horaires élargis à la bibliothèque", FR_BODY, "À lire aussi", titles)
    article = newsparse.parse_article(page, language="fr")
    assert _items(article) == [
        (NavKind.RELATED, "À lire aussi", None),
        *((NavKind.RELATED, t, t) for t in titles),
    ]


def test_ranked_most_read_list_and_tags() -> None:
    page = _page(
        "Nuevo carril bici junto al río",
        ES_BODY,
        "Etiquetas",
        ("Movilidad", "Bicicletas"),
        "Lo más leído",
        ("1 Cierra la biblioteca del centro", "2 Suben los precios del alquiler"),
    )
    article = newsparse.parse_article(page, language="es")
    kinds = {text: kind for kind, text, _ in _items(article)}
    assert kinds == {
        "Etiquetas": NavKind.TAGS,
        "Movilidad": NavKind.TAGS,
        "Bicicletas": NavKind.TAGS,
        "Lo más leído": NavKind.MORE,
        "1 Cierra la biblioteca del centro": NavKind.MORE,
        "2 Suben los precios del alquiler": NavKind.MORE,
    }


def test_ranked_list_without_a_heading_is_a_more_list() -> None:
    page = _page(
        "Market plans approved",
        EN_BODY,
        "Share this article",
        ("Ferry timetable changes for the winter", "1", "New school opens its doors", "2"),
        "Harbour wall repairs finished early",
    )
    article = newsparse.parse_article(page, language="en")
    assert _kind_of(article, "1") is NavKind.MORE
    assert _kind_of(article, "Harbour wall repairs finished early") is NavKind.MORE
    rules = {s.text: s.rule for s in article.segments if s.kind is SegmentKind.FOOTER}
    assert rules["1"] == "footer.more-ranked"


def test_comment_form_fields_are_comments_and_readers_comments_are_not() -> None:
    comment = (
        "Das hätte man schon vor zehn Jahren machen sollen, in unserer Straße war das "
        "Wasser jeden Sommer braun und niemand hat sich darum gekümmert."
    )
    page = _page(
        "Neue Wasserleitungen für die Altstadt",
        DE_BODY,
        "Kommentare",
        comment,
        "Kommentar schreiben",
        ("Name", "E-Mail"),
    )
    article = newsparse.parse_article(page, language="de")
    assert _kind_of(article, "Kommentare") is NavKind.COMMENTS
    assert _kind_of(article, "Kommentar schreiben") is NavKind.COMMENTS
    assert _kind_of(article, "E-Mail") is NavKind.COMMENTS  # a form field, not a share button
    assert _kind_of(article, comment) is None
    assert comment not in article.text


_SHORT_POSTS = {
    "en": (
        ("Rain on the harbour", "the boats asleep at the quay", "and nobody waiting for me"),
        (
            "Leave a Reply Cancel reply",
            "Enter your comment here...",
            "Fill in your details below or click an icon to log in:",
        ),
    ),
    "de": (
        ("Der Regen fällt auf den Hafen", "die Boote schlafen am Kai", "und niemand wartet"),
        (
            "Kommentar verfassen Antwort abbrechen",
            "Gib hier deinen Kommentar ein ...",
            "Trage deine Daten unten ein oder klicke ein Icon um dich einzuloggen:",
        ),
    ),
    "fr": (
        ("La pluie tombe sur le port", "les bateaux dorment au quai", "et personne ne m'attend"),
        (
            "Laisser un commentaire",
            "Entrez votre commentaire...",
            "Renseignez vos coordonnées ci-dessous ou cliquez sur une icône pour vous connecter:",
        ),
    ),
    "es": (
        ("La lluvia cae sobre el puerto", "los barcos duermen en el muelle", "y nadie me espera"),
        (
            "Deja una respuesta",
            "Introduce aquí tu comentario...",
            "Introduce tus datos o haz clic en un icono para iniciar sesión:",
        ),
    ),
}


@pytest.mark.parametrize("language", sorted(_SHORT_POSTS))
def test_a_blog_comment_form_is_no_article(language: str) -> None:
    """Regression: under a post of a few short lines (a poem), the prompts of a blog's
    comment form ("Enter your comment here...", "Fill in your details below or click an
    icon to log in:") read as the only sentences of the page and were taken for its
    article. They are comments navigation; the post's lines are the body."""
    lines, form = _SHORT_POSTS[language]
    page = _page("Harbour | Notebook", "Harbour", lines, "Share\nTwitter\nFacebook", form)
    body = [p.text for p in newsparse.parse_article(page, language=language).body]
    assert body == list(lines)


def test_newsletter_heading_ending_in_a_phrase_and_its_prompt() -> None:
    page = _page(
        "Market plans approved",
        EN_BODY,
        "Town Post Newsletter",
        "Get the stories of the week in your inbox every Friday morning.",
    )
    article = newsparse.parse_article(page, language="en")
    assert _items(article) == [
        (NavKind.SUBSCRIBE, "Town Post Newsletter", None),
        (
            NavKind.SUBSCRIBE,
            "Get the stories of the week in your inbox every Friday morning.",
            None,
        ),
    ]


def test_share_bar_with_several_items_on_one_line() -> None:
    page = _page("Market plans approved", EN_BODY, "Share", "Facebook Twitter WhatsApp")
    article = newsparse.parse_article(page, language="en")
    assert _items(article) == [
        (NavKind.SHARE, "Share", None),
        (NavKind.SHARE, "Facebook Twitter WhatsApp", None),
    ]


def test_follow_links_and_the_site_footer_are_not_footer_items() -> None:
    page = _page(
        "Market plans approved",
        EN_BODY,
        "Related articles",
        "Ferry timetable changes for the winter",
        ("Facebook", "YouTube", "Instagram"),
        ("About us", "Contact", "Privacy policy"),
        "© 2024 The Town Post",
        "Most read",
    )
    article = newsparse.parse_article(page, language="en")
    assert [item.text for item in article.footer] == [
        "Related articles",
        "Ferry timetable changes for the winter",
    ]


def test_every_footer_segment_names_its_rule() -> None:
    page = _page("Market plans approved", EN_BODY, "Tags", ("Town council", "Markets"))
    article = newsparse.parse_article(page, language="en")
    footer = [s for s in article.segments if s.kind is SegmentKind.FOOTER]
    assert [s.rule for s in footer] == ["footer.tags", "footer.tags-item", "footer.tags-item"]


def test_a_long_run_of_lines_without_navigation_ends_the_footer() -> None:
    offer = tuple(
        f"Offer line {n}: read every story without limits for one small monthly price"
        for n in range(1, 13)
    )
    page = _page(
        "Market plans approved",
        EN_BODY,
        "Share this article",
        offer,
        "Most read",
        "New school opens its doors",
    )
    article = newsparse.parse_article(page, language="en")
    assert [item.text for item in article.footer] == ["Share this article"]


def test_readers_comments_under_a_comment_count_are_not_items() -> None:
    page = _page(
        "Horaires élargis à la bibliothèque",
        FR_BODY,
        "3 commentaires",
        "jean_m Le 15/05 à 08:07",
        "Enfin !",
        "Il était temps, les étudiants attendaient cela depuis des années.",
        "Par Claire Petit, le 15 mai 2024 à 09h23",
        "Bravo",
        "Répondre",
    )
    article = newsparse.parse_article(page, language="fr")
    assert [item.text for item in article.footer] == ["3 commentaires", "Répondre"]
    assert all(item.kind is NavKind.COMMENTS for item in article.footer)
    assert article.byline is None
    rules = {s.text: s.rule for s in article.segments}
    assert rules["jean_m Le 15/05 à 08:07"] == "boilerplate.reader-comment"


def test_kickers_repeated_in_a_list_stay_in_the_list() -> None:
    entries = (
        "Town",
        "Ferry timetable changes for the winter",
        "Town",
        "New school opens its doors",
        "Town",
        "Harbour wall repairs finished early",
    )
    page = _page("Market plans approved", EN_BODY, "Most read\n" + "\n".join(entries))
    article = newsparse.parse_article(page, language="en")
    assert [item.text for item in article.footer] == ["Most read", *entries]
    assert {item.kind for item in article.footer} == {NavKind.MORE}


def test_a_network_name_among_list_tabs_is_a_tab_not_a_share_button() -> None:
    tabs = "Most read\nToday\nTwitter\nThis week"
    page = _page("Market plans approved", EN_BODY, tabs, "Ferry timetable changes for the winter")
    article = newsparse.parse_article(page, language="en")
    assert _kind_of(article, "Twitter") is NavKind.MORE
    assert _kind_of(article, "Ferry timetable changes for the winter") is NavKind.MORE


def test_a_related_list_with_section_kickers_ends_at_a_menu() -> None:
    entries = (
        "Culture",
        "Le marché couvert rouvre samedi",
        "Culture",
        "Un nouveau parc au bord du canal",
        "Sport",
        "La piscine fermée pour travaux cet été",
    )
    menu = ("Mode sombre", "Nos émissions", "Balados")
    page = _page("Horaires élargis à la bibliothèque", FR_BODY, "Pour approfondir", entries, menu)
    article = newsparse.parse_article(page, language="fr")
    assert [item.text for item in article.footer] == ["Pour approfondir", *entries]
    assert {item.kind for item in article.footer} == {NavKind.RELATED}


def test_the_site_name_after_a_list_ends_it() -> None:
    page = _page(
        "Market plans approved | The Town Post",
        EN_BODY,
        "Most read",
        ("Ferry timetable changes for the winter", "New school opens its doors"),
        "The Town Post",
        "The Town Post logo",
    )
    article = newsparse.parse_article(page, language="en")
    assert article.site_name == "The Town Post"
    assert [item.text for item in article.footer] == [
        "Most read",
        "Ferry timetable changes for the winter",
        "New school opens its doors",
    ]


def test_newsletter_and_subscription_links_in_the_site_footer_menu_are_not_items() -> None:
    page = _page(
        "Horaires élargis à la bibliothèque",
        FR_BODY,
        "À lire aussi",
        "Le marché couvert rouvre samedi",
        "Qui sommes-nous ?\nAbonnement\nNewsletters\nContact\nMentions légales",
    )
    article = newsparse.parse_article(page, language="fr")
    assert [item.text for item in article.footer] == [
        "À lire aussi",
        "Le marché couvert rouvre samedi",
    ]


def test_a_line_opening_with_a_site_name_that_holds_a_phrase_is_not_a_heading() -> None:
    page = _page(
        "Nuevo carril bici junto al río | Últimas Noticias",
        ES_BODY,
        "Etiquetas",
        "Movilidad",
        "Últimas Noticias es el diario de mayor difusión de la ciudad desde 1941",
    )
    article = newsparse.parse_article(page, language="es")
    assert article.site_name == "Últimas Noticias"
    assert [item.text for item in article.footer] == ["Etiquetas", "Movilidad"]


def test_a_topics_word_inside_the_site_menu_is_not_a_tags_heading() -> None:
    page = _page(
        "Neue Wasserleitungen für die Altstadt",
        DE_BODY,
        "Schlagworte",
        "Stadtwerke",
        "Startseite\nThemen\nTermine\nMarktplatz",
    )
    article = newsparse.parse_article(page, language="de")
    assert [item.text for item in article.footer] == ["Schlagworte", "Stadtwerke"]


@pytest.mark.parametrize(
    ("language", "heading", "kind"),
    [
        ("de", "Die meistgelesenen Artikel", NavKind.MORE),
        ("de", "Empfehlungen aus der Redaktion", NavKind.MORE),
        ("de", "Ähnliche Beiträge", NavKind.RELATED),
        ("en", "You might like", NavKind.RELATED),
        ("en", "Recent posts", NavKind.MORE),
    ],
)
def test_more_and_related_headings_over_teasers(language: str, heading: str, kind: NavKind) -> None:
    """Headings over lists of teasers end the article, and their titles are items."""
    body = DE_BODY if language == "de" else EN_BODY
    teasers = ("Neue Brücke über den Kanal eröffnet", "Stadtfest fällt in diesem Jahr aus")
    article = newsparse.parse_article(_page("Title", body, heading, teasers), language=language)
    assert [p.text for p in article.body] == list(body)
    assert _kind_of(article, heading) is kind
    assert _kind_of(article, teasers[0]) is kind


@pytest.mark.parametrize(
    ("body", "line", "previous", "following"),
    [
        (
            EN_BODY,
            "« Previous article: Night trains return | Next article: Ferry fares rise »",
            "Night trains return",
            "Ferry fares rise",
        ),
        (
            FR_BODY,
            "Article précédent : Le pont rouvre — Article suivant : Les trains de nuit reviennent",
            "Le pont rouvre",
            "Les trains de nuit reviennent",
        ),
        (
            DE_BODY,
            "Vorheriger Artikel: Sturm - was wir wissen | Nächster Artikel: Neue Buslinie",
            "Sturm - was wir wissen",  # a dash inside a title does not start an item
            "Neue Buslinie",
        ),
    ],
)
def test_previous_and_next_on_one_line_are_two_items(
    body: tuple[str, ...], line: str, previous: str, following: str
) -> None:
    """A line that links both neighbours gives one item each, the line as their text."""
    article = newsparse.parse_article(_page("Title | Site", body, line))
    assert _items(article) == [
        (NavKind.PREVIOUS, line, previous),
        (NavKind.NEXT, line, following),
    ]
    footer = [s for s in article.segments if s.kind is SegmentKind.FOOTER]
    assert [s.text for s in footer] == [line]  # one segment for the line


@pytest.mark.parametrize(
    ("line", "kinds"),
    [
        ("« Previous Next »", [NavKind.PREVIOUS, NavKind.NEXT]),
        ("Share | 12 comments", [NavKind.SHARE, NavKind.COMMENTS]),
        # A row of icons is one item, whatever kinds its buttons have.
        ("Facebook | Instagram | RSS", [NavKind.SHARE]),
        # Phrases that make one longer phrase together are one item.
        ("Follow us on Twitter", [NavKind.OTHER]),
    ],
)
def test_items_on_one_line(line: str, kinds: list[NavKind]) -> None:
    article = newsparse.parse_article(_page("Title | Site", EN_BODY, line))
    assert [item.kind for item in article.footer] == kinds
    assert {item.text for item in article.footer} == {line}


def test_a_meta_line_with_tags_and_comments_stays_above_the_article() -> None:
    """A post's meta line ("Filed under: … | 5 comments") holds two kinds of items, but it
    is no navigation after the article: the article is read as before."""
    meta = "Posted on 3 May 2024 | Filed under: Town hall | 5 comments"
    article = newsparse.parse_article(_page("Title | Site", meta, EN_BODY, "Share"))
    assert [p.text for p in article.body] == list(EN_BODY)


OTHER_BODIES = {
    "fi": (
        "Kaupunki avasi tiistaina uuden pyöräsillan joen yli. Silta yhdistää rautatieaseman "
        "kaupungin itäpuolen asuinalueisiin.",
        "Apulaispormestarin mukaan siltaa käyttää päivittäin yli viisituhatta pyöräilijää, "
        "erityisesti koululaisia ja opiskelijoita matkalla ammattikorkeakouluun.",
        "Rakentaminen kesti kaksi vuotta ja maksoi noin kymmenen miljoonaa euroa. Osa "
        "rahoituksesta tuli valtiolta ja maakunnalta.",
    ),
    "cs": (
        "Město v úterý otevřelo nový most pro cyklisty přes řeku. Lávka spojuje nádraží se "
        "sídlišti na východní straně města.",
        "Podle náměstka primátora bude most denně využívat přes pět tisíc cyklistů, především "
        "žáků a studentů cestou na vysokou školu.",
        "Stavba trvala dva roky a stála zhruba dvě stě milionů korun. Část peněz pocházela z "
        "evropských fondů.",
    ),
    "sk": (
        "Mesto v utorok otvorilo nový most pre cyklistov cez rieku. Lávka spája stanicu so "
        "sídliskami na východnej strane mesta.",
        "Podľa viceprimátora bude most denne využívať viac ako päťtisíc cyklistov, najmä žiakov "
        "a študentov cestou na univerzitu.",
        "Stavba trvala dva roky a stála približne osem miliónov eur. Časť peňazí pochádzala z "
        "eurofondov.",
    ),
}


@pytest.mark.parametrize(
    ("language", "heading", "titles", "line", "kind"),
    [
        (
            "fi",
            "Lue myös",
            ("Uimahalli suljetaan kesäksi", "Bussilippu ei kallistu"),
            "6 kommenttia",
            NavKind.COMMENTS,
        ),
        (
            "cs",
            "Témata:",
            ("Doprava", "Cyklistika"),
            "Přihlaste se k odběru newsletteru",
            NavKind.SUBSCRIBE,
        ),
        (
            "sk",
            "Témy:",
            ("Doprava", "Cyklistika"),
            "Prihláste sa na odber newslettra",
            NavKind.SUBSCRIBE,
        ),
    ],
)
def test_a_line_after_a_list_has_its_own_kind(
    language: str, heading: str, titles: tuple[str, ...], line: str, kind: NavKind
) -> None:
    """A comment count or a newsletter prompt under a list is not one more entry of it."""
    body = OTHER_BODIES[language]
    text = _page("Title", body, heading, titles, line)
    article = newsparse.parse_article(text, language=language)
    assert [p.text for p in article.body] == list(body)
    assert _kind_of(article, line) is kind


@pytest.mark.parametrize(
    ("language", "lines"),
    [
        ("de", ["„Ich weiß, ich sollte das nicht sagen…“", "– „Dann sag es nicht.“", "– „Ok.“"]),
        (
            "en",
            [
                "“I know I have had a drink too many and should not say this, but here goes…”",
                "– “OK.”",
                "– “Then do not say it, and let us both go home before the last bus leaves.”",
            ],
        ),
    ],
)
def test_a_quoted_line_of_dialogue_is_no_button(language: str, lines: list[str]) -> None:
    """Regression: a line of dialogue quoting a word that is also a share button's label
    ("OK", a social network) was taken for the share bar and cut from the story."""
    share = "Teilen" if language == "de" else "Share"
    text = "\n\n".join(
        ["Am Tresen | Stadtblog", "Am Tresen", *lines, f"{share}\nTwitter\nFacebook"]
    )
    article = newsparse.parse_article(text, language=language)
    assert [p.text for p in article.body] == lines


@pytest.mark.parametrize(
    ("language", "body", "line", "kind"),
    [
        ("en", EN_BODY, "Follow us", NavKind.OTHER),
        ("fr", FR_BODY, "Suivez-nous sur Instagram", NavKind.OTHER),
        ("de", DE_BODY, "Folgen Sie uns", NavKind.OTHER),
        # A newsletter sign-up stays a subscription prompt.
        ("en", EN_BODY, "Subscribe to our newsletter", NavKind.SUBSCRIBE),
        ("fr", FR_BODY, "Abonnez-vous", NavKind.SUBSCRIBE),
    ],
)
def test_a_follow_us_link_is_other_chrome(
    language: str, body: tuple[str, ...], line: str, kind: NavKind
) -> None:
    """A "follow us" link points to the site's accounts elsewhere: other chrome, not a
    sign-up."""
    article = newsparse.parse_article(_page("Title | Site", body, line), language=language)
    assert [(item.kind, item.text) for item in article.footer] == [(kind, line)]


@pytest.mark.parametrize(
    ("language", "body", "line"),
    [
        (
            "en",
            EN_BODY,
            "Tags: town council market hall railway depot traders rents delivery hours "
            "local budget roof works",
        ),
        (
            "de",
            DE_BODY,
            "Themen: Stadtwerke Wasserleitungen Altstadt Baustelle Gebühren Versorger "
            "Anwohner Verkehr Sanierung Haushalt",
        ),
    ],
)
def test_a_long_tag_list_after_its_label_is_one_tags_item(
    language: str, body: tuple[str, ...], line: str
) -> None:
    """A tags label with a colon opens the page's tag list, however many tags it holds."""
    page = _page("Title | Site", body, line, "Share")
    article = newsparse.parse_article(page, language=language)
    assert _kind_of(article, line) is NavKind.TAGS


def test_a_sentence_after_a_tags_label_is_no_tag_list() -> None:
    """A line that opens with the label but is written as a sentence is not a tag list."""
    line = (
        "Themen: Die Stadtwerke haben am Montag beschlossen, die Leitungen in der ganzen "
        "Altstadt bis zum Herbst zu erneuern und die Kosten selbst zu tragen."
    )
    page = _page("Title | Site", DE_BODY, line)
    article = newsparse.parse_article(page, language="de")
    assert _kind_of(article, line) is None


@pytest.mark.parametrize(
    ("language", "body", "line", "kind"),
    [
        (
            "en",
            EN_BODY,
            "Share \N{FIRST STRONG ISOLATE}this article\N{POP DIRECTIONAL ISOLATE}",
            NavKind.SHARE,
        ),
        (
            "de",
            DE_BODY,
            "Weitere \N{FIRST STRONG ISOLATE}Artikel\N{POP DIRECTIONAL ISOLATE}",
            NavKind.RELATED,
        ),
        ("fr", FR_BODY, "\N{LEFT-TO-RIGHT MARK}Article suivant", NavKind.NEXT),
    ],
)
def test_direction_marks_do_not_hide_a_footer_phrase(
    language: str, body: tuple[str, ...], line: str, kind: NavKind
) -> None:
    """Marks that set the direction of a run of text do not show: the label is read
    through them."""
    page = _page("Title | Site", body, line, "Library opening hours extended from next month")
    article = newsparse.parse_article(page, language=language)
    assert _kind_of(article, line) is kind


def test_a_paragraph_with_direction_marks_stays_in_the_body() -> None:
    """A paragraph of the article that holds direction marks is still the article's."""
    marked = (
        "The mayor, \N{FIRST STRONG ISOLATE}Dana Levi\N{POP DIRECTIONAL ISOLATE}, said the "
        "market would bring new trade to the old quarter and keep the square busy all week."
    )
    page = _page("Title | Site", EN_BODY[:2], marked, EN_BODY[2:], "Share")
    article = newsparse.parse_article(page, language="en")
    assert marked in [p.text for p in article.body]
    assert [item.kind for item in article.footer] == [NavKind.SHARE]


@pytest.mark.parametrize(
    ("language", "body", "call"),
    [
        (
            "en",
            EN_BODY,
            "Sign up for The Town Brief, a weekly newsletter from our reporters about the "
            "council and the market",
        ),
        (
            "de",
            DE_BODY,
            "Jetzt abonnieren und keine Nachricht aus der Altstadt, dem Rathaus und den "
            "Stadtwerken mehr verpassen!",
        ),
    ],
)
def test_a_call_to_subscribe_after_the_last_paragraph_is_a_subscribe_item(
    language: str, body: tuple[str, ...], call: str
) -> None:
    """A call to subscribe right after the article's last paragraph opens the footer: it is
    a subscribe item, and the plan under it goes with it."""
    page = _page("Title | Site", body, call, "Monthly", "Share")
    article = newsparse.parse_article(page, language=language)
    assert [p.text for p in article.body] == list(body)
    assert _kind_of(article, call) is NavKind.SUBSCRIBE
    assert _kind_of(article, "Monthly") is NavKind.SUBSCRIBE


def test_a_last_paragraph_about_newsletters_is_no_subscribe_item() -> None:
    """A single word ("Newsletters") may open a sentence of the article: it stays."""
    last = "Newsletters printed by the council will tell residents when the market opens."
    page = _page("Title | Site", EN_BODY, last, "Share")
    article = newsparse.parse_article(page, language="en")
    assert [p.text for p in article.body] == [*EN_BODY, last]
    assert _kind_of(article, last) is None


@pytest.mark.parametrize(
    ("language", "body", "line", "kind"),
    [
        ("en", EN_BODY, "#TownCouncil #Market #Railway", NavKind.TAGS),
        ("de", DE_BODY, "#Stadtwerke#Altstadt#Wasserleitungen", NavKind.TAGS),
        # One hashtag, or a number after the sign, is no tag list.
        ("en", EN_BODY, "#1 in the charts", None),
        ("de", DE_BODY, "#Altstadt", None),
    ],
)
def test_a_line_of_hashtags_is_the_tags(
    language: str, body: tuple[str, ...], line: str, kind: NavKind | None
) -> None:
    """A line made of hashtags only lists the page's tags."""
    page = _page("Title | Site", body, "Share", line)
    article = newsparse.parse_article(page, language=language)
    if kind is None:
        assert _kind_of(article, line) is not NavKind.TAGS  # a share button, if anything
    else:
        assert _kind_of(article, line) is kind


@pytest.mark.parametrize(
    ("language", "body", "notice", "kind"),
    [
        (
            "en",
            EN_BODY,
            "This site uses Akismet to reduce spam. Learn how your comment data is processed.",
            NavKind.COMMENTS,
        ),
        (
            "fr",
            FR_BODY,
            "Ce site utilise Akismet pour réduire les indésirables. En savoir plus sur le "
            "traitement de vos données.",
            NavKind.COMMENTS,
        ),
        # The same opening words about something else are no comment notice.
        (
            "en",
            EN_BODY,
            "This site uses solar panels on the roof to heat the whole market hall in winter.",
            None,
        ),
    ],
)
def test_a_comment_form_spam_filter_notice_is_a_comments_item(
    language: str, body: tuple[str, ...], notice: str, kind: NavKind | None
) -> None:
    """The notice under a comment form that a spam filter reads the comments belongs to
    the comment form."""
    page = _page("Title | Site", body, notice, "Share")
    article = newsparse.parse_article(page, language=language)
    if kind is None:
        assert _kind_of(article, notice) is not NavKind.COMMENTS
    else:
        assert _kind_of(article, notice) is kind


@pytest.mark.parametrize(
    ("language", "body", "heading", "entry"),
    [
        ("en", EN_BODY, "Related articles", "Comment on the plans for the new market hall"),
        ("de", DE_BODY, "Weitere Artikel", "Diskussion um die Zukunft des alten Stadtbads"),
    ],
)
def test_a_list_entry_opening_with_a_phrase_of_another_kind_stays_in_the_list(
    language: str, body: tuple[str, ...], heading: str, entry: str
) -> None:
    """A headline in a related list may open with a word that is a phrase of another kind
    ("Comment on ...", "Diskussion um ..."): it is an entry of the list, with its title."""
    page = _page("Title | Site", body, heading, entry, "Library opening hours extended")
    article = newsparse.parse_article(page, language=language)
    assert (NavKind.RELATED, entry, entry) in _items(article)


@pytest.mark.parametrize(
    ("language", "body", "heading", "line", "kind"),
    [
        ("en", EN_BODY, "Related articles", "Tags: parks, markets, rents", NavKind.TAGS),
        ("en", EN_BODY, "Related articles", "Comments", NavKind.COMMENTS),
        ("de", DE_BODY, "Weitere Artikel", "Schlagworte: Altstadt, Wasser", NavKind.TAGS),
    ],
)
def test_a_label_after_a_list_is_no_entry_of_it(
    language: str, body: tuple[str, ...], heading: str, line: str, kind: NavKind
) -> None:
    """A label with its own items, or a heading that is only a phrase, ends the list."""
    entry = "Library opening hours extended from next month"
    page = _page("Title | Site", body, heading, entry, line)
    article = newsparse.parse_article(page, language=language)
    assert _kind_of(article, line) is kind


@pytest.mark.parametrize(
    ("language", "body", "heading", "menu"),
    [
        ("en", EN_BODY, "Related articles", "Home\nTopics\nEvents\nMap"),
        ("de", DE_BODY, "Weitere Artikel", "Startseite\nThemen\nTermine\nKarte"),
    ],
)
def test_a_menu_after_a_list_is_no_kicker_of_it(
    language: str, body: tuple[str, ...], heading: str, menu: str
) -> None:
    """A menu word over further menu words of its paragraph opens the site's menu: it is
    no kicker of a list entry."""
    entry = "Library opening hours extended from next month"
    page = _page("Title | Site", body, heading, entry, menu)
    article = newsparse.parse_article(page, language=language)
    assert [item.text for item in article.footer] == [heading, entry]


def test_a_kicker_over_its_entry_stays_in_the_list() -> None:
    """A section word over a headline of its paragraph is the entry's kicker."""
    entry = "Library opening hours extended from next month"
    kicked = "Culture\nNew cycle lane links the station to the campus"
    page = _page("Title | Site", EN_BODY, "Related articles", entry, kicked)
    article = newsparse.parse_article(page, language="en")
    assert "Culture" in [item.text for item in article.footer]


@pytest.mark.parametrize(
    ("language", "body", "form"),
    [
        (
            "en",
            EN_BODY,
            (
                "Comments",
                "Sign in to take part",
                "Email",
                "Password",
                "Enter",
                "Forgot your password?",
                "No account yet? Create one",
            ),
        ),
        (
            "de",
            DE_BODY,
            (
                "Kommentare",
                "Melden Sie sich an, um mitzudiskutieren",
                "E-Mail",
                "Passwort",
                "Eintreten",
                "Passwort vergessen?",
                "Noch kein Konto? Jetzt registrieren",
            ),
        ),
    ],
)
def test_a_comment_sign_in_form_is_one_comments_box(
    language: str, body: tuple[str, ...], form: tuple[str, ...]
) -> None:
    """The sign-in form under a comments heading (a prompt, two fields, a button and the
    links to reset a password or to open an account) is the comment form, line by line."""
    page = _page("Title | Site", body, form)
    article = newsparse.parse_article(page, language=language)
    assert [(item.kind, item.text) for item in article.footer] == [
        (NavKind.COMMENTS, line) for line in form
    ]


def test_a_comments_box_ends_after_its_form() -> None:
    """The box runs on over its form only: a line past it is none of its items."""
    form = ("Comments", "Sign in to take part", "Email", "Password", "Enter", "Forgot it?", "Join")
    after = "Library opening hours extended"
    page = _page("Title | Site", EN_BODY, form, after)
    article = newsparse.parse_article(page, language="en")
    assert _kind_of(article, after) is not NavKind.COMMENTS


@pytest.mark.parametrize(
    ("language", "body", "line", "kind"),
    [
        ("en", EN_BODY, "Make a donation", NavKind.OTHER),
        ("de", DE_BODY, "Jetzt spenden", NavKind.OTHER),
        ("es", ES_BODY, "Haz una donación", NavKind.OTHER),
        # A sentence that opens with the same words is no button.
        ("de", DE_BODY, "Jetzt spenden die Anwohner für Bänke am Fluss, sagt der Verein.", None),
    ],
)
def test_a_donation_button_is_other_chrome(
    language: str, body: tuple[str, ...], line: str, kind: NavKind | None
) -> None:
    """A call to donate after the article is other end-of-article chrome."""
    page = _page("Title | Site", body, line)
    article = newsparse.parse_article(page, language=language)
    assert _kind_of(article, line) is kind


_STORIES = {
    "de": ("Wasserleitungen in der Altstadt werden erneuert", DE_BODY),
    "en": ("Old railway depot to become a covered market", EN_BODY),
}


@pytest.mark.parametrize(
    ("language", "heading", "tags", "sentence"),
    [
        (
            "de",
            "Mehr lesen über",
            ("Stadtwerke", "Altstadt"),
            "Gefällt Ihnen unser Angebot? Jetzt vier Wochen gratis lesen.",
        ),
        (
            "en",
            "Tags",
            ("Town council", "Markets"),
            "Did you enjoy this story? Tell us what you think.",
        ),
    ],
)
def test_a_sentence_after_a_tag_list_is_no_tag(
    language: str, heading: str, tags: tuple[str, ...], sentence: str
) -> None:
    """A tag names a topic: the tag list ends at a line that is a sentence."""
    title, body = _STORIES[language]
    article = newsparse.parse_article(
        _page(title, body, heading, tags, sentence), language=language
    )
    assert [_kind_of(article, text) for text in (heading, *tags)] == [NavKind.TAGS] * 3
    assert _kind_of(article, sentence) is not NavKind.TAGS


@pytest.mark.parametrize(
    ("language", "body", "line"),
    [
        ("de", DE_BODY, "Vier Wochen kostenlos testen"),
        ("en", EN_BODY, "Start your free trial"),
        ("fr", FR_BODY, "Essai gratuit"),
    ],
)
def test_a_free_trial_offer_after_the_article_is_a_subscribe_item(
    language: str, body: tuple[str, ...], line: str
) -> None:
    """An offer to try the paper for free, under the article, is a call to subscribe."""
    article = newsparse.parse_article(_page("Headline", body, line), language=language)
    assert _kind_of(article, line) is NavKind.SUBSCRIBE
    assert line not in article.text


@pytest.mark.parametrize(
    ("language", "body", "call"),
    [
        (
            "en",
            EN_BODY,
            "Donate now and help us keep every story about the town and its council free "
            "to read for everyone",
        ),
        (
            "de",
            DE_BODY,
            "Jetzt spenden und mithelfen, dass jede Geschichte aus der Altstadt und dem "
            "Rathaus für alle frei lesbar bleibt",
        ),
    ],
)
def test_a_donation_call_after_the_last_paragraph_is_an_other_item(
    language: str, body: tuple[str, ...], call: str
) -> None:
    """A call to donate after the article's last paragraph, however long, is an item of
    the other chrome, not a call to subscribe: the share bar under it is its own."""
    page = _page("Title | Site", body, call, "Share")
    article = newsparse.parse_article(page, language=language)
    assert [p.text for p in article.body] == list(body)
    assert _kind_of(article, call) is NavKind.OTHER
    assert _kind_of(article, "Share") is NavKind.SHARE


@pytest.mark.parametrize(
    ("language", "body", "button"),
    [
        ("de", DE_BODY, "Jetzt per PayPal spenden"),
        ("es", ES_BODY, "Donar con PayPal"),
    ],
)
def test_a_donation_button_after_the_last_paragraph_is_an_other_item(
    language: str, body: tuple[str, ...], button: str
) -> None:
    """A donation button right after the article's last paragraph closes the article: it is
    an item of the other chrome, not a line of the article."""
    page = _page("Title | Site", body, button, "Share")
    article = newsparse.parse_article(page, language=language)
    assert [p.text for p in article.body] == list(body)
    assert _kind_of(article, button) is NavKind.OTHER


@pytest.mark.parametrize(
    ("language", "body", "button"),
    [
        ("en", EN_BODY, "Buy this issue"),
        ("de", DE_BODY, "Ausgabe kaufen"),
        ("fr", FR_BODY, "Lire le journal numérique"),
    ],
)
def test_a_print_edition_button_after_the_article_is_an_other_item(
    language: str, body: tuple[str, ...], button: str
) -> None:
    """A button to buy or read the print edition after the article is a promo of the
    other chrome."""
    page = _page("Title | Site", body, "Share", "Facebook", button)
    article = newsparse.parse_article(page, language=language)
    assert _kind_of(article, button) is NavKind.OTHER


@pytest.mark.parametrize(
    ("language", "body", "appeal", "button"),
    [
        (
            "en",
            EN_BODY,
            (
                "The Town Brief needs your help!",
                "Local reporting costs money, and fewer adverts mean fewer pages. Every "
                "donation keeps our reporters at the council's meetings.",
                "You can donate by bank transfer to our account, IBAN XX00 1234 5678 9012 – "
                "thank you!",
            ),
            "Donate now with PayPal",
        ),
        (
            "de",
            DE_BODY,
            (
                "Das Altstadtblatt bittet um Ihre Unterstützung",
                "Lokaljournalismus kostet Geld. Mit Ihrer Spende sichern Sie unsere Arbeit "
                "im kommenden Jahr.",
                "Spendenkonto: IBAN XX00 1234 5678 9012",
            ),
            "Mit PayPal spenden",
        ),
    ],
)
def test_a_donation_appeal_over_its_button_is_other_chrome(
    language: str, body: tuple[str, ...], appeal: tuple[str, ...], button: str
) -> None:
    """A donation appeal that closes the article (its heading, its text and the bank account
    over a donation button) is no part of the article: each line is an other item."""
    page = _page("Title | Site", body, appeal, button, "Share")
    article = newsparse.parse_article(page, language=language)
    assert [p.text for p in article.body] == list(body)
    for line in (*appeal, button):
        assert _kind_of(article, line) is NavKind.OTHER, line


@pytest.mark.parametrize(
    ("language", "body", "last"),
    [
        (
            "en",
            EN_BODY,
            "The market's traders plan a donation to the food bank at the opening.",
        ),
        ("de", DE_BODY, "Die Stadtwerke wollen einen Teil als Spende an die Tafel geben."),
    ],
)
def test_an_article_line_about_a_donation_stays_without_a_donation_button(
    language: str, body: tuple[str, ...], last: str
) -> None:
    """A last paragraph that names a donation stays the article's when no donation button
    follows it."""
    page = _page("Title | Site", body, last, "Share")
    article = newsparse.parse_article(page, language=language)
    assert [p.text for p in article.body] == [*body, last]


@pytest.mark.parametrize(
    ("language", "body", "box", "heading", "line"),
    [
        (
            "fr",
            FR_BODY,
            "Recevez notre newsletter",
            "L'application",
            "Sur les boutiques d'applications",
        ),
        ("en", EN_BODY, "Sign up for our newsletter", "Download our app", "On your phone"),
        (
            "de",
            DE_BODY,
            "Jetzt zum Newsletter anmelden",
            "Unsere Apps",
            "Auf Handy und Tablet lesen",
        ),
    ],
)
def test_an_app_promo_after_the_newsletter_box_is_other_chrome(
    language: str, body: tuple[str, ...], box: str, heading: str, line: str
) -> None:
    """A promo of the site's app after the article is other chrome, and the line under it
    goes with it: it is not part of the newsletter box above it."""
    page = _page("Title | Site", body, "Facebook", box, heading, line)
    article = newsparse.parse_article(page, language=language)
    assert _kind_of(article, box) is NavKind.SUBSCRIBE
    assert _kind_of(article, heading) is NavKind.OTHER
    assert _kind_of(article, line) is NavKind.OTHER


@pytest.mark.parametrize(
    ("language", "body", "form", "login"),
    [
        (
            "es",
            ES_BODY,
            (
                "Deja un comentario",
                "Usuario",
                "Contraseña",
                "Recordarme",
                "Entra",
                "Recupera tu contraseña",
            ),
            "O conéctate con:",
        ),
        (
            "en",
            EN_BODY,
            (
                "Leave a comment",
                "Username",
                "Password",
                "Remember me",
                "Log in",
                "Forgot your password?",
            ),
            "Or sign in with:",
        ),
        (
            "fr",
            FR_BODY,
            (
                "Laisser un commentaire",
                "Identifiant",
                "Mot de passe",
                "Rester connecté",
                "Valider",
                "Mot oublié",
            ),
            "Ou connectez-vous avec :",
        ),
    ],
)
def test_a_social_sign_in_prompt_under_a_comment_form_is_a_comments_item(
    language: str, body: tuple[str, ...], form: tuple[str, ...], login: str
) -> None:
    """The prompt to sign in with another account ("Or sign in with:") under a comment
    form's fields is part of the form, however long the form ran before it."""
    page = _page("Title | Site", body, form, "Create an account", login)
    article = newsparse.parse_article(page, language=language)
    assert _kind_of(article, form[0]) is NavKind.COMMENTS
    assert _kind_of(article, login) is NavKind.COMMENTS


@pytest.mark.parametrize(
    ("language", "body", "heading", "titles"),
    [
        (
            "en",
            EN_BODY,
            "Read more about the covered market here:",
            ("Stallholders vote on new opening hours", "The depot's roof in pictures"),
        ),
        (
            "de",
            DE_BODY,
            "Mehr zum Thema Wasserversorgung:",
            ("Neue Rohre für die Vorstadt", "Wie hart ist unser Leitungswasser?"),
        ),
    ],
)
def test_a_related_heading_ending_in_a_colon_takes_the_titles_under_it(
    language: str, body: tuple[str, ...], heading: str, titles: tuple[str, ...]
) -> None:
    """A related heading between the article's paragraphs that ends in a colon ("Read more about
    the market here:") names no title after its phrase: the titles under it are its items,
    not the article's lines."""
    page = _page("Title | Site", body[:2], heading, titles, body[2:], "Share")
    article = newsparse.parse_article(page, language=language)
    assert [p.text for p in article.body] == list(body)
    items = _items(article)
    assert (NavKind.RELATED, heading, None) in items
    for title in titles:
        assert (NavKind.RELATED, title, title) in items


@pytest.mark.parametrize(
    ("language", "body", "appeal", "button"),
    [
        (
            "es",
            ES_BODY,
            "Gracias por leer hasta aquí. Puedes apoyar a nuestra redacción de muchas maneras, "
            "todas explicadas en nuestra página.",
            "Apóyanos",
        ),
        (
            "pt",
            (
                "A prefeitura vai abrir na próxima segunda-feira uma nova ciclovia entre a "
                "estação de trem e o campus da universidade, ao longo do rio.",
                "As obras duraram quase um ano e custaram um pouco menos do que o previsto, "
                "segundo a secretária de mobilidade durante a apresentação.",
                "Os moradores do bairro norte pediam havia anos uma ligação segura para os "
                "estudantes que atravessam a avenida principal todas as manhãs.",
            ),
            "Obrigado por ler até aqui. Você pode apoiar a nossa redação de várias formas, "
            "todas explicadas na nossa página.",
            "Apoie",
        ),
    ],
)
def test_a_thank_you_appeal_to_support_over_a_support_button_is_other_chrome(
    language: str, body: tuple[str, ...], appeal: str, button: str
) -> None:
    """A paragraph that asks the reader to support the site ("You can support our
    newsroom"), right over the support button that closes the article, is the appeal, not
    the article's last paragraph."""
    page = _page("Title | Site", body, appeal, button, "Facebook")
    article = newsparse.parse_article(page, language=language)
    assert [p.text for p in article.body] == list(body)
    assert _kind_of(article, appeal) is NavKind.OTHER
