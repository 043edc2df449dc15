"""Function words per language: word-level evidence that separates close languages.

The lists are short and hand-written: frequent articles, pronouns, prepositions,
conjunctions and auxiliaries, chosen where they tell neighbours apart (Danish from
Norwegian, Slovene from Croatian, Catalan from Spanish, Czech from Slovak, ...).
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["ENDINGS", "LETTERS", "NGUNI_FIRST_PERSON", "NGUNI_PREFIXES", "NGUNI_WORDS", "STOPWORDS"]

_WORDS: Mapping[str, str] = {
    "af": "die het en is van nie wat sy hy ons julle hulle was word deur vir met na ook "
    "daar hierdie sal kan moet al om by aan gaan maar toe net baie meer tot nou",
    "ca": "el els la les amb per és són una uns unes del dels al als com però més també seva "
    "seu seus aquest aquesta aquests aquestes això molt quan perquè ha han hi va van ara fins "
    "cap sobre entre de en i ja pel pels sense després abans tot tots totes tota on qui què "
    "fer fet pot poden tenir té tenen encara segons així aquí doncs mateix mateixa any anys "
    "dia nou nova ciutat ho ens li hem ser està estan seria havia hauria sinó jo nosaltres "
    "vostè cada altres altre altra treball mitjançant "
    "un aquell aquella aquells aquelles llavors gaire gairebé només algun alguna alguns "
    "algunes cal poc pocs molts moltes molta nostre nostra vostre meu meva teu teva "
    "seves sóc ets som sou eren serà seran fou foren hagi fa feia dir diu dit veure "
    "vol volen podem sap mai sempre tampoc avui ahir demà aviat potser bé bona millor "
    "petit petita vell primer primera segon darrer darrera últim mentre menys tant tanta "
    "massa prou tothom res ningú cosa coses lloc vegada vegades món gent dona dones "
    "homes fill filla nens escola feina aigua nit dies setmana mesos hores llei "
    "servei serveis informació català catalana través que a o no si era es tan",
    "cs": "je se na že to jsou byl byla bylo jako který která které také jeho její ale pro "
    "nebo když již už jen podle až při bude mezi jsem jsme jste není být však ještě pouze "
    "což protože aby mohl může musí své svůj jejich tento tato toto tyto co kde kdy jak "
    "proč mají mít velmi více další nové nový roce let lidé lidí ve ze před během i "
    "tedy proto byli byly bych jsi nejsou nebude budou mohou můžete chce zde tady teď "
    "nyní zatím vždy nikdy něco někdo nic nikdo všechny všech všichni celý takže jestli "
    "pokud tím tomu toho této tohoto těchto něj něm nich mě mne vám jej jí kterou "
    "kterých kteří jenž jež či ani než dne zda ať přes přitom kdyz protoze "
    "jeste o a v s k z u",
    "cy": "yr y a ac yn ei eu mae roedd gan wedi hefyd ond fel ar i o bod",
    "da": "og er det at en af til på med som har ikke den de for var jeg vil kan også efter "
    "eller hvor nu meget blev hvad skal være over hun sig mig dig nogle nogen noget bliver "
    "kun lidt fik selv sammen mod fra ved bare hende jer jeres vores deres gøre gør siger "
    "sige lave stadig altså måske havde have været blevet mellem uden igennem sådan dog op "
    "ud ind tilbage anden andet mere tak spørgsmål rigtig rigtigt næste sidste hver intet "
    "der dag uge mange man ham os "
    "endnu imod selvom næsten aldrig altid nogensinde hinanden hvornår øvrigt gange "
    "købe børn bog sprog gade vej hendes kendt gik tog sagde fået gået "
    "gerne igen otte tyve hundrede tusind nej hjælp tænke giver tager ugen ugens "
    "aften ligesom derefter heller i",
    "de": "der die das und ist nicht sich mit den dem ein eine auch auf für von zu wird wurde "
    "sind aber noch bei nach einem einer aus",
    "en": "the and of to is was that for with are this have from by not be which they their "
    "has been were will would",
    "es": "el los las del que y por con una para es se su al lo como más pero sus le ha este "
    "esta fue son entre también cuando muy de la en ya sin hay hasta desde donde todo todos "
    "puede tiene otro otra nos ni esto está hacer había ser era bien mucho cada durante "
    "según así aquí yo usted nosotros ellos mi año años sobre les un "
    "hacia contra tras aunque porque pues entonces siempre nunca ahora hoy ayer mañana "
    "después antes todavía algo nada nadie alguien alguno alguna algunos algunas mismo "
    "misma nuestro nuestra vuestro mucha muchos muchas poco pocos otros otras esos esas "
    "ese esa aquel aquella ellas él ella tienen hace hacen dijo dice pueden fueron sido "
    "será serán hemos estar estaba están tiempo vez veces lugar ciudad mundo gente "
    "país servicio información trabajo a o no si tan",
    "et": "ja on et ei see oli ka kui mis aga ta nad oma või ning siis veel",
    "fi": "ja on ei se että oli hän ovat kuin myös mutta tai joka sen niin kun tämä",
    "fr": "le la les des et est une du que qui dans pour pas sur au avec ce il sont par plus "
    "ne se sa son mais ont été aux de en un",
    "hr": "je i u na se da su za od koji koja koje što kao ali ili sam bio bila bilo biti "
    "nije će može samo također prema kada gdje kako još sve već bi ga ih ovaj ova ovo taj "
    "ovdje tamo zašto jer dok nakon prije između tijekom oko preko iz s sa o po pri kod bez "
    "do uz ni ne nego pa te tko godine godina ljudi vrlo jako hrvatske vrijeme treba "
    "jedan jedna jedno jednog nešto netko ništa nitko zbog onda sada jučer sutra uvijek "
    "nikad nikada puno mnogo tjedan mjesec mjesta mjesto grad grada imaju mogu moraju "
    "trebaju rekao kazao dana svih svi svaki svake kroz protiv unutar a",
    "hu": "a az és hogy nem is egy van volt meg csak de már mint ez azt még kell",
    "id": "yang dan di ini itu dengan untuk tidak dari dalam akan pada ke juga ada adalah "
    "oleh karena bisa saat mereka",
    "it": "il di che la e per un una del della non sono anche gli le nel alla ha come più "
    "dei delle questo ma si lo al",
    "lt": "ir yra kad su į iš buvo tai bet jo jos ar kaip taip pat",
    "lv": "un ir ar par uz kas no ka bet arī vai tas tā bija lai",
    "nl": "de het een en van is dat niet op te zijn met voor ook maar als er bij wordt naar "
    "dan nog worden aan door deze die",
    "no": "og er det at en av til på med som har ikke den de for var jeg vil kan også etter "
    "eller hvor nå mye ble hva skal være hun seg fra ved ikkje mot å meg deg noen noe blir "
    "bare litt fikk selv sammen kva eit ein over henne dere vår våre deres gjøre sier si "
    "lage fortsatt kanskje hadde ha vært blitt mellom uten gjennom slik sånn opp ut inn "
    "tilbake annen annet mer takk spørsmål riktig neste siste hver der dag uke mange man "
    "ham oss "
    "ennå imot bak nesten aldri alltid hverandre ganger kjøpe bok språk vei "
    "hennes mitt ditt sitt kjent gikk tok fått gått gjerne igjen åtte tjue hundre "
    "tusen nei hjelp tenke gir tar enn svært veldig kveld enda fram berre eg frå korleis "
    "kvar vere blei meir mykje noko nokon sjølv òg desse heile dessuten uka uken i",
    "pl": "i w na z że się nie to jest do jak ale od po przez dla jego jej są był była było "
    "tak czy także oraz już tylko może",
    "pt": "o a os as de da do das dos e que em um uma para com não por se mais na no é são "
    "foi como ao também ele ela seu sua à às este esta isso isto esse essa onde quando sem "
    "pelo pela pelos nos nas num numa até já ainda depois então só há tem têm ter ser está "
    "estão você eu meu minha lhe fazer pode podem porque quem todos cada ano anos muito mas "
    "sobre entre si",
    "ro": "și în de la cu pe că nu este sunt un o al ale lui mai care fost din pentru sau "
    "ca dar acest această să se",
    "sk": "je a v na sa že to sú bol bola bolo ako ktorý ktorá ktoré tiež jeho jej ale pre "
    "alebo keď už len podľa až pri bude medzi som sme ste nie byť však ešte iba čo pretože "
    "aby mohol môže musí svoje svoj ich tento táto toto tieto kde kedy prečo majú mať "
    "veľmi viac ďalšie nové nový roku rokov ľudia ľudí vo zo pred počas aj "
    "teda preto boli by nebude budú môžu môžete chce teraz zatiaľ vždy nikdy niečo "
    "niekto nič nikto všetky všetkých všetci celý takže ak tým tomu toho tejto tohto "
    "týchto ktorú ktorých ktorí či ani než dňa deň cez ked pretoze tiez o s k z u",
    "sl": "je in v na se da so za od ki kot pa ali sem bil bila bilo biti ni bo lahko samo "
    "tudi po kjer ko še smo tako zato ter pri če kaj bi vse bodo kdo kje ker saj zelo "
    "vendar sicer med z s k h o iz ste ta to te ti tisti vsi več leta let ljudje danes "
    "bomo boste bile bili moramo mora morajo imamo imajo naj teh tej tega temu "
    "njegov njen njihov svoj svoje nekaj nič nihče vedno nikoli zdaj potem včeraj jutri "
    "skupaj seveda morda mogoče oziroma vsaj vsak vsaka celo skozi brez okoli proti "
    "glede zaradi namreč torej šele sploh čas mesto leto teden mesec država strani hvala "
    "prosim a",
    "so": "iyo oo ka ku waa in ay ee u la soo",
    "sq": "dhe në të e një për që me nga është janë si por më ka",
    "sv": "och är att en av till på med som har inte den de för var jag vill kan också efter "
    "eller där nu mycket blev vad ska vara över hon sig från vid mig dig någon något några "
    "blir bara lite fick själv mot inte hur men när om så",
    "sw": "na ya wa kwa ni katika la za kuwa hiyo huo pia lakini yake wake",
    "tl": "ang ng mga sa na at ay si ni para kung hindi siya ito nga pa",
    "tr": "ve bir bu da de için ile olan çok daha gibi olarak ama en ne",
    "vi": "và của có là không được những một các trong cho người với đã này",
    "bg": "и на в за да се от че не е са със като по към това беше бяха също той тя",
    "mk": "и на во за да се од дека не е се со како по кон ова беше беа исто тој таа",
    "ru": "и в на не что с по это как он она они был была было для от из но также которые",
    "uk": "і в на не що з по це як він вона вони був була було для від із але також які",
}

STOPWORDS: Mapping[str, tuple[str, ...]] = {
    word: tuple(sorted(code for code, words in _WORDS.items() if word in words.split()))
    for word in sorted({w for words in _WORDS.values() for w in words.split()})
}

# Word endings that tell close neighbours apart (the longest listed ending of a word counts).
_ENDINGS: Mapping[str, str] = {
    "da": "tion tioner hed heden heder eret erede ede erne",
    "no": "sjon sjoner sjonen het heten ert erte ene dd kk tt",
    "sv": "tion tioner het heten kk tt",
    "ca": "ció cions ment ts ig",
    "es": "ción ciones mente dad",
    "pt": "ção ções mente dade",
    "it": "zione zioni mente",
    "fr": "tion tions ment",
    "en": "tion tions",
    "de": "tion ung",
    "cs": "ní ou",
    "sk": "nie cia ej",
    "pl": "nie cja ej",
    "sl": "ajo ijo ega",
    "hr": "aju iju uju",
}

# Letters that only some of a script's languages write.
_LETTERS: Mapping[str, str] = {
    "cs": "ě ř ů",
    "sk": "ľ ĺ ŕ ä ô",
    "de": "ä ß",
    "sv": "ä",
    "fi": "ä",
    "et": "ä õ",
    "fr": "ô ç",
    "pt": "ô ç ã õ",
    "vi": "ô đ",
    "ca": "ç l·l",
    "es": "ñ",
    "hr": "ć đ",
    "pl": "ć ł ą ę",
    "no": "øy",
    "da": "øj",
    "ru": "ы э ё",
    "uk": "і ї є ґ",
    "bg": "ъ",
    "mk": "ѓ ќ ѕ љ њ џ ј",
}


def _invert(table: Mapping[str, str]) -> dict[str, tuple[str, ...]]:
    return {
        item: tuple(sorted(code for code, items in table.items() if item in items.split()))
        for item in sorted({i for items in table.values() for i in items.split()})
    }


ENDINGS: Mapping[str, tuple[str, ...]] = _invert(_ENDINGS)
"""Word ending → the languages it points to."""
LETTERS: Mapping[str, tuple[str, ...]] = _invert(_LETTERS)
"""Letter (or letter pair) → the languages that write it."""

# Zulu and Xhosa (Nguni languages without an n-gram profile here): frequent function words
# and adverbs, those both write, and the word beginnings of their noun-class and verb
# prefixes. Each language's own words tell the two apart.
_NGUNI_WORDS: Mapping[str, str] = {
    "zu": "ukuthi futhi noma ngoba manje lapho lokhu kusho umuntu isikhathi ngesikhathi "
    "kufanele kumele kanye namuhla yini izwe phansi ngakho njengoba kuthiwa lokho "
    "khona-ke yilokho ngokuthi kungaba kuzoba ngaphezu ngisho nokho kepha",
    "xh": "ukuba kwaye okanye xa ngoku apho kuba ilizwe umntu ixesha ngexesha kufuneka "
    "kunye namhlanje ntoni mna phantsi njengoko utshilo watsho yaye kananjalo oku "
    "kwakhona ngoko ngokuba kodwa-ke kanti",
    "": "kodwa ukuze kakhulu emva bonke zonke konke wonke yonke lonke abantu bathi uthe "
    "wathi phakathi ngenxa kuphela khona yena bona thina wena kubo kuye ngaphandle izolo "
    "unyaka wakhe bakhe yakhe lakhe sakhe zakhe kwakhe",
}

NGUNI_WORDS: Mapping[str, str] = {
    word: code for code, words in _NGUNI_WORDS.items() for word in words.split()
}
"""Zulu or Xhosa function word → ``"zu"``, ``"xh"``, or ``""`` when both write it."""

NGUNI_PREFIXES: tuple[str, ...] = (
    "uku", "ukw", "oku", "okw", "eku", "aba", "abe", "ama", "izi", "ezi", "isi", "esi",
    "ulu", "olu", "ubu", "obu", "imi", "emi", "nga", "nge", "ngo", "ngu", "kwa", "kwe",
)  # fmt: skip
"""Word beginnings of Nguni noun-class and adverb prefixes (``ukudla``, ``abantu``, ...)."""

NGUNI_FIRST_PERSON: Mapping[str, str] = {"ngi": "zu", "ndi": "xh"}
"""Verb prefix of the first person singular: Zulu ``ngi-``, Xhosa ``ndi-``."""
