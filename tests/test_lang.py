"""Language identification: examples in many languages and properties of detect_language."""

from __future__ import annotations

import json
import subprocess
import sys
import threading

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsparse
from newsparse._lang import SAMPLE_CHARS, SUPPORTED_LANGUAGES, paragraph_languages
from newsparse._scripts import _NAMES, _OTHER_LETTER, _TAGS, SETTLED, _table, script_counts
from newsparse._stopwords import PAIRS

EXAMPLES = {
    "en": "The city council voted on Tuesday to build a new bridge over the river before winter.",
    "fr": "Le conseil municipal a voté mardi la construction d'un nouveau pont avant l'hiver.",
    "de": "Der Stadtrat hat am Dienstag beschlossen, vor dem Winter eine neue Brücke zu bauen.",
    "es": "El ayuntamiento votó el martes la construcción de un nuevo puente antes del invierno.",
    "it": "Il consiglio comunale ha votato martedì per costruire un nuovo ponte "
    "prima dell'inverno.",
    "pt": "A câmara municipal votou na terça-feira a construção de uma nova ponte sobre o rio.",
    "nl": "De gemeenteraad heeft dinsdag besloten om voor de winter een nieuwe brug te bouwen.",
    "pl": "Rada miasta zdecydowała we wtorek, że przed zimą powstanie nowy most na rzece.",
    "sv": "Kommunfullmäktige beslutade på tisdagen att bygga en ny bro över ån före vintern.",
    "fi": "Kaupunginvaltuusto päätti tiistaina rakentaa uuden sillan joen yli ennen talvea.",
    "tr": "Belediye meclisi salı günü kış gelmeden önce nehrin üzerine yeni bir köprü "
    "yapılmasına karar verdi.",
    "ru": "Городской совет во вторник решил построить новый мост через реку до начала зимы.",
    "uk": "Міська рада у вівторок вирішила збудувати новий міст через річку до початку зими.",
    "ar": "قرر مجلس المدينة يوم الثلاثاء بناء جسر جديد فوق النهر قبل حلول فصل الشتاء.",
    "hi": "नगर परिषद ने मंगलवार को सर्दियों से पहले नदी पर एक नया पुल बनाने का फैसला किया।",
    "el": "Το δημοτικό συμβούλιο αποφάσισε την Τρίτη να χτίσει μια νέα γέφυρα "
    "πριν από τον χειμώνα.",
    "he": "מועצת העיר החליטה ביום שלישי לבנות גשר חדש מעל הנהר לפני החורף.",
    "ja": "市議会は火曜日、冬になる前に川に新しい橋を架けることを決めました。",
    "zh": "市议会星期二决定在冬天到来之前在河上修建一座新桥。",
    "ko": "시의회는 화요일 겨울이 오기 전에 강 위에 새 다리를 짓기로 결정했다.",
    "th": "สภาเมืองลงมติเมื่อวันอังคารให้สร้างสะพานแห่งใหม่ข้ามแม่น้ำก่อนฤดูหนาว",
    "vi": "Hội đồng thành phố đã quyết định vào thứ Ba xây một cây cầu mới "
    "bắc qua sông trước mùa đông.",
}

# One letter of each script that settles its language, to build words from.
SETTLED_LETTERS = {
    "ko": "가나다라마바사아자차카타파하한국어",
    "th": "กขคงจฉชซญดตถทนบปผพฟมยรลวสหอ",
    "el": "αβγδεζηθικλμνξοπρστυφχψω",
    "he": "אבגדהוזחטיכלמנסעפצקרשת",
    "ka": "აბგდევზთიკლმნოპჟრსტუფქღყშჩცძწჭხჯჰ",
    "hy": "աբգդեզէըթժիլխծկհձղճմյնշոչպջռսվտրցւփքօֆ",
    "bn": "অআইঈউঊএঐওঔকখগঘচছজঝটঠডঢণতথদধনপফবভমযরলশষসহ",
    "ta": "அஆஇஈஉஊஎஏஐஒஓகஙசஞடணதநபமயரலவழளறன",
}


@pytest.mark.parametrize(("code", "text"), sorted(EXAMPLES.items()))
def test_examples(code: str, text: str) -> None:
    """A plain sentence in each language is told right."""
    assert newsparse.detect_language(text).code == code


def test_close_neighbours() -> None:
    """Function words tell Danish from Norwegian and Catalan from Spanish."""
    danish = (
        "Den første dag var jeg med til at lave mad, og det var meget hyggeligt efter en lang uge."
    )
    norwegian = (
        "Den første dagen var jeg med for å lage mat, og det var mye hyggelig etter en lang uke."
    )
    catalan = (
        "L'ajuntament va aprovar ahir el pressupost amb els vots dels grups que governen la ciutat."
    )
    assert newsparse.detect_language(danish).code == "da"
    assert newsparse.detect_language(norwegian).code == "no"
    assert newsparse.detect_language(catalan).code == "ca"


def test_hint_is_evidence_not_override() -> None:
    """A hint tips a close call but does not overturn clear text."""
    text = EXAMPLES["de"]
    assert newsparse.detect_language(text, hint="fr").code == "de"
    assert newsparse.detect_language("Sport og kultur i dag", hint="da").code == "da"
    assert newsparse.detect_language("Sport og kultur i dag", hint="nb").code == "no"
    assert newsparse.detect_language(text, hint="de-AT").code == "de"


@pytest.mark.parametrize("hint", ["english", "EN!", "und", "", "e"])
def test_invalid_hint_raises(hint: str) -> None:
    """A malformed hint raises InvalidLanguageError at once."""
    with pytest.raises(newsparse.InvalidLanguageError):
        newsparse.detect_language("Bonjour tout le monde", hint=hint)


def test_wrong_type_raises() -> None:
    """Only str is accepted as text."""
    with pytest.raises(TypeError):
        newsparse.detect_language(b"bytes")  # type: ignore[arg-type]


def test_short_text_has_low_confidence() -> None:
    """Title-length text is never reported with the confidence of a paragraph."""
    short = newsparse.detect_language("Neue Brücke")
    long = newsparse.detect_language(EXAMPLES["de"] * 3)
    assert short.confidence < 0.6
    assert long.confidence > short.confidence


def test_long_text_is_sampled() -> None:
    """A megabyte page gives the same answer as its parts, read from a bounded sample."""
    page = "\n\n".join([EXAMPLES["fr"]] * 12_000)
    assert len(page) > 100 * SAMPLE_CHARS
    assert newsparse.detect_language(page).code == "fr"


def test_sample_reaches_the_end() -> None:
    """The sample is spread over the text, not only its first characters."""
    page = "1234 5678 " * 2000 + "\n" + " ".join([EXAMPLES["it"]] * 400)
    assert newsparse.detect_language(page).code == "it"


def test_threads_agree() -> None:
    """Concurrent calls give the answers of sequential ones."""
    texts = list(EXAMPLES.values()) * 5
    expected = [newsparse.detect_language(t) for t in texts]
    results: list[list[newsparse.Language]] = [[] for _ in range(4)]

    def work(slot: int) -> None:
        results[slot] = [newsparse.detect_language(t) for t in texts]

    threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert all(r == expected for r in results)


def test_langdetect_global_seed_untouched() -> None:
    """Detection leaves langdetect's process-wide factory and seed as they were."""
    from langdetect import detector_factory  # noqa: PLC0415

    before = (detector_factory._factory, detector_factory.DetectorFactory.seed)
    newsparse.detect_language(EXAMPLES["en"])
    assert (detector_factory._factory, detector_factory.DetectorFactory.seed) == before


def test_paragraph_languages_marks_foreign_quotes() -> None:
    """A quoted French paragraph on an English page gets its own language; English ones do not."""
    page = newsparse.detect_language(EXAMPLES["en"])
    paragraphs = [
        "The mayor said the work would take three months and that the road would stay open.",
        "« Nous sommes très inquiets pour les commerçants du quartier, qui ont déjà perdu "
        "beaucoup », a déclaré une habitante.",
        "Москва и Санкт-Петербург остаются крупнейшими городами страны, где живут миллионы.",
        "Short line.",
    ]
    found = paragraph_languages(paragraphs, page)
    assert [lang.code if lang else None for lang in found] == [None, "fr", "ru", None]


def test_paragraph_languages_screens_monolingual_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    """A monolingual page is screened without running the detector on any paragraph."""
    import newsparse._lang as lang_module  # noqa: PLC0415

    def fail(text: str, hint: str | None) -> newsparse.Language:
        raise AssertionError("detector called")

    page = newsparse.detect_language(EXAMPLES["de"])
    monkeypatch.setattr(lang_module, "_detect", fail)
    paragraphs = [EXAMPLES["de"], "Die Arbeiten sollen im Frühjahr beginnen und ein Jahr dauern."]
    assert paragraph_languages(paragraphs, page) == (None, None)


def test_determinism_across_processes() -> None:
    """A fresh interpreter gives exactly the same results, whatever its hash seed."""
    texts = [*EXAMPLES.values(), "Hjem", "Neue Brücke", "ok"]
    code = (
        "import sys, json, newsparse\n"
        "found = [newsparse.detect_language(t) for t in json.loads(sys.stdin.read())]\n"
        "print(json.dumps([[f.code, f.confidence, [list(a) for a in f.alternatives]] "
        "for f in found]))\n"
    )
    here = [
        [lang.code, lang.confidence, [list(a) for a in lang.alternatives]]
        for lang in map(newsparse.detect_language, texts)
    ]
    for seed in ("1", "2"):
        out = subprocess.run(
            [sys.executable, "-c", code],
            input=json.dumps(texts),
            capture_output=True,
            text=True,
            check=True,
            env={"PYTHONHASHSEED": seed, "PATH": ""},
        ).stdout
        assert json.loads(out) == here


letterless = st.text(
    alphabet=st.characters(exclude_categories=("L", "M", "Cs")),
    max_size=200,
)


@given(letterless)
@settings(max_examples=200, deadline=None)
def test_letterless_is_und(text: str) -> None:
    """Numbers, punctuation, symbols and emoji alone are undetermined."""
    assert newsparse.detect_language(text).code == "und"


@given(st.text(max_size=300))
@settings(max_examples=300, deadline=None)
def test_any_text_gives_a_documented_code(text: str) -> None:
    """Any string gives a supported code or ``"und"``, never an exception."""
    found = newsparse.detect_language(text)
    assert found.code in SUPPORTED_LANGUAGES | {"und"}
    assert 0.0 <= found.confidence <= 1.0
    assert all(code in SUPPORTED_LANGUAGES for code, _ in found.alternatives)


@given(
    st.sampled_from(sorted(SETTLED_LETTERS)).flatmap(
        lambda code: st.tuples(
            st.just(code),
            st.lists(
                st.text(alphabet=SETTLED_LETTERS[code], min_size=3, max_size=8),
                min_size=4,
                max_size=12,
            ),
        )
    ),
    st.sampled_from(["", "2024 ", "Reuters: ", "iPhone "]),
)
@settings(max_examples=200, deadline=None)
def test_script_settles_language(case: tuple[str, list[str]], prefix: str) -> None:
    """Words in a script that settles its language get that language, a short Latin prefix or not.

    The script's letters outnumber the prefix's (at least 12 against at most 7).
    """
    code, words = case
    assert SETTLED.get({v: k for k, v in SETTLED.items()}[code]) == code
    assert newsparse.detect_language(prefix + " ".join(words)).code == code


def test_more_close_neighbours() -> None:
    """Word endings, letters and function words separate Czech, Slovak, Croatian and Slovene."""
    cases = {
        "cs": "Město letos opraví starý most přes řeku, protože je ve špatném stavu.",
        "sk": "Mesto tento rok opraví starý most cez rieku, pretože je v zlom stave aj "
        "napriek tomu.",
        "hr": "Gradsko vijeće odlučilo je da će se novi most graditi prije zime, rekao je "
        "načelnik.",
        "sl": "Mestni svet je sklenil, da bodo novi most zgradili pred zimo, ker je stari "
        "zelo slab.",
    }
    assert {code: newsparse.detect_language(text).code for code, text in cases.items()} == {
        code: code for code in cases
    }


def test_icelandic_by_its_letters() -> None:
    """Thorn and eth settle Icelandic; Turkish decoded with the wrong code page does not."""
    icelandic = "Það var mikið að gera í bænum þegar við komum þangað í gærkvöldi með börnin."
    assert newsparse.detect_language(icelandic).code == "is"
    mojibake = "Bu doðrultuda çalýþmalara baþlayan belediye, yeni köprüyü kýsa zamanda bitirecek."
    assert newsparse.detect_language(mojibake).code != "is"


def test_markup_and_code_are_not_language() -> None:
    """Markup, paths and encoded strings on a page do not outvote its prose."""
    junk = ' <div style="position:absolute;"><img src=/a/b.gif?x=Q29kZSBpcyBub3QgcHJvc2U%3D>'
    page = EXAMPLES["ja"] + junk * 20 + EXAMPLES["ja"]
    assert newsparse.detect_language(page).code == "ja"
    warnings = " Deprecated: call_user_func() in /www/htdocs/site/wp-includes/load.php" * 3
    assert newsparse.detect_language(EXAMPLES["de"] * 2 + warnings).code == "de"


def test_long_text_decided_early_stays_right() -> None:
    """Text long enough to be decided on part of its words gives the answer of its sentences."""
    for code in ("da", "no", "sv", "pt", "es"):
        text = {
            "da": "Jeg har ikke set ham siden i går, men han sagde at han ville komme efter "
            "arbejde, hvis vejret blev bedre og bussen kørte til tiden. ",
            "no": "Jeg har ikke sett ham siden i går, men han sa at han skulle komme etter "
            "jobben, hvis været ble bedre og bussen gikk som den skulle. ",
            "sv": "Jag har inte sett honom sedan i går, men han sa att han skulle komma efter "
            "jobbet om vädret blev bättre och bussen gick i tid. ",
            "pt": "Não o vejo desde ontem, mas ele disse que viria depois do trabalho se o "
            "tempo melhorasse e o autocarro chegasse a horas. ",
            "es": "No lo he visto desde ayer, pero dijo que vendría después del trabajo si "
            "el tiempo mejoraba y el autobús llegaba a tiempo. ",
        }[code] * 8
        assert newsparse.detect_language(text).code == code


ZULU = (
    "Umongameli uthe uhulumeni uzokwenza konke okusemandleni ukuze abantu bathole amanzi "
    "ahlanzekile, futhi kufanele bonke abantu basizwe ngoba lokhu kubalulekile kakhulu."
)
XHOSA = (
    "Umongameli uthe urhulumente uza kwenza konke okusemandleni ukuze abantu bafumane amanzi "
    "acocekileyo, kwaye kufuneka bonke abantu bancedwe kuba oku kubaluleke kakhulu."
)


def test_zulu_and_xhosa() -> None:
    """Nguni function words and prefixes tell Zulu and Xhosa, and the two apart."""
    assert newsparse.detect_language(ZULU).code == "zu"
    assert newsparse.detect_language(XHOSA).code == "xh"
    first_person = {
        "zu": "Ngiyabonga kakhulu ngokuthi ningisizile namuhla, ngoba manje ngiyazi ukuthi "
        "ngizokwenzani lapho ngifika ekhaya.",
        "xh": "Ndiyabulela kakhulu ngokuba nindincedile namhlanje, kuba ngoku ndiyazi ukuba "
        "ndiza kwenza ntoni xa ndifika ekhaya.",
    }
    for code, text in first_person.items():
        assert newsparse.detect_language(text).code == code
    # A Nguni page with an English menu around its article is still Nguni.
    menu = "Home News Sport Business Contact us Privacy policy Subscribe Login\n"
    assert newsparse.detect_language(menu * 3 + ZULU + "\n" + ZULU + "\n" + menu).code == "zu"


def test_other_bantu_and_portuguese_are_not_nguni() -> None:
    """Swahili, and Portuguese with its ``uma``, are not taken for Zulu or Xhosa."""
    swahili = (
        "Rais amesema kwamba serikali itafanya kila kitu kuhakikisha kuwa watu wote wanapata "
        "maji safi, na hii ni muhimu sana kwa afya yao."
    )
    portuguese = (
        "Uma nova ponte será construída sobre o rio, e uma comissão vai acompanhar a obra "
        "durante uma parte do ano."
    )
    assert newsparse.detect_language(swahili).code == "sw"
    assert newsparse.detect_language(portuguese).code == "pt"


def test_page_language_skips_markup_lines() -> None:
    """Long lines of leaked markup do not decide the language of a page."""
    junk = '<div style="position:absolute;"><img width=1 height=1 alt="" src="/t.gif?id=7">' * 4
    page = "\n".join(["川に新しい橋", junk, EXAMPLES["ja"] * 2, junk, junk, EXAMPLES["ja"], junk])
    assert newsparse.parse_article(page, input_format="text").language.code == "ja"


# Titles in one of two close neighbours. The n-gram model alone gives some of them to the
# neighbour (the Norwegian modell, the Swedish baseras and fortfarande); the words only one
# of the pair writes settle them.
PAIR_TITLES = {
    "no": ["Ny modell med større batteri", "Oppdatert utgave av boka"],
    "da": ["Opdateret udgave af bogen", "Særligt tilbud på cykler"],
    "sv": ["Beslutet baseras på nya siffror", "Fortfarande inget besked"],
    "hr": ["Svjetsko prvenstvo počinje sljedeći tjedan", "Gdje pronaći dobar posao"],
    "sl": ["Pogosto zastavljena vprašanja", "Tekmovanje za najboljše učence"],
    "ca": ["Cal registrar-se abans de dijous", "Obert el termini d'inscripció"],
    "es": ["Abierto el plazo de inscripción", "Concierto de Navidad en la plaza"],
    "pt": ["Aberto o prazo de inscrição", "Concerto de Natal na praça"],
    "cs": ["Soubor pravidel pro soutěž", "Nová kniha o dějinách města"],
    "sk": ["Súbor pravidiel pre súťaž", "Nová kniha o dejinách mesta"],
    "bg": ["Времето днес и утре", "Цените на тока растат"],
    "af": ["Nuwe reëls vir motoriste"],
    "nl": ["Nieuwe regels voor automobilisten"],
}


@pytest.mark.parametrize(
    ("code", "title"), [(code, t) for code, titles in PAIR_TITLES.items() for t in titles]
)
def test_close_neighbours_in_titles(code: str, title: str) -> None:
    """Title-length text in one of two close neighbours gets its own language."""
    assert newsparse.detect_language(title).code == code


def test_pair_markers_read_whole_words_endings_and_inner_letters() -> None:
    """Endings count only on longer words; inner pieces touch neither end of the word."""
    norwegian = PAIRS[frozenset(("da", "no"))]["no"]
    assert norwegian.marks("modell")  # -ll
    assert not norwegian.marks("all")  # too short for the ending
    assert norwegian.marks("av")  # a whole word
    slovak = PAIRS[frozenset(("cs", "sk"))]["sk"]
    assert slovak.marks("súbor")  # ú inside a word
    assert not slovak.marks("úřad")  # Czech writes ú at the start
    catalan = PAIRS[frozenset(("ca", "es"))]["ca"]
    assert catalan.marks("registrar-se")
    assert catalan.marks("l'any")
    assert not catalan.marks("los")


def test_turkish_mojibake_is_read_as_turkish() -> None:
    """Turkish decoded with the wrong code page is Turkish, whatever its share of thorns."""
    for title in ("Belediye yeni köprünün yapýmýna baþladý", "Bu hafta hava soðuk ve yaðýþlý"):
        assert newsparse.detect_language(title).code == "tr"
    assert newsparse.detect_language("Alþingi samþykkti lög um þjóðaratkvæðagreiðslu").code == "is"


def test_ukrainian_typed_with_latin_i() -> None:
    """A Latin i among Cyrillic letters is read as the Ukrainian і."""
    assert newsparse.detect_language("Мiнiстр сказав, що лiкарнi отримають бiльше").code == "uk"


def test_text_that_is_one_token_still_gets_a_language() -> None:
    """Unspaced text holding a % or a / is not dropped as code; letters give a guess, not und."""
    assert newsparse.detect_language("全市居民人均收入增长了6.5%，高于全国平均水平。").code == "zh"
    assert newsparse.detect_language("ราคา/ชุด๑๒/งานปรับปรุงผิวทาง").code == "th"
    assert newsparse.detect_language("NASA ESA JAXA").code != "und"


@given(text=st.text(st.characters(max_codepoint=0x7F)))
def test_ascii_script_counts_agree_with_the_table(text: str) -> None:
    """Text in ASCII is counted without the script table, with the same result as through
    it (a no-break space, which is no letter, sends the text through the table)."""
    assert script_counts(text) == script_counts(text + "\u00a0")


@given(text=st.text(st.one_of(st.characters(), st.sampled_from("aé Ωж日本zあ"))))
def test_script_counts_agree_with_a_count_of_every_tag(text: str) -> None:
    """Text of one script is counted in one go, to the counts of each script's tag."""
    tags = text.translate(_table())
    names = {**dict(zip(_TAGS, _NAMES, strict=True)), _OTHER_LETTER: "Other"}
    expected = {name: tags.count(tag) for tag, name in names.items() if tag in tags}
    assert script_counts(text) == expected
