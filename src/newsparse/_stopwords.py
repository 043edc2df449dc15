"""Function words per language: word-level evidence that separates close languages.

The lists are short and hand-written: frequent articles, pronouns, prepositions,
conjunctions and auxiliaries, chosen where they tell neighbours apart (Danish from
Norwegian, Slovene from Croatian, Catalan from Spanish, Czech from Slovak, ...).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple

__all__ = [
    "ENDINGS",
    "LETTERS",
    "NGUNI_FIRST_PERSON",
    "NGUNI_PREFIXES",
    "NGUNI_WORDS",
    "PAIRS",
    "STOPWORDS",
    "PairMarkers",
]

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


def _invert(table: Mapping[str, str]) -> dict[str, tuple[str, ...]]:
    """Item → the languages that list it, from language → its items (split at spaces), the
    items and the languages of each in sorted order."""
    codes: dict[str, set[str]] = {}
    for code, items in table.items():
        for item in items.split():
            codes.setdefault(item, set()).add(code)
    return {item: tuple(sorted(codes[item])) for item in sorted(codes)}


STOPWORDS: Mapping[str, tuple[str, ...]] = _invert(_WORDS)

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

# Close neighbours that the n-gram profiles confuse on title-length text, and what only one
# language of each pair writes, given the other. Each entry is written from knowledge of the
# two languages' spelling and grammar: a plain entry is a whole word, ``-x`` a word ending,
# ``x-`` a word beginning, ``~x`` a letter or letter group anywhere in a word and ``*x`` one
# inside a word (touching neither its first nor its last letter). A leading apostrophe
# belongs to the word (Afrikaans ``'n``); ``'`` stands for both straight and curly ones.
_PAIRS: Mapping[str, Mapping[str, str]] = {
    "da no": {
        # Danish soft consonants and spellings where Bokmål writes p/t/k, -het, -sjon, ei, øy.
        "da": "af hvad nogle noget nogen efter blev blevet meget mig dig sig nu jer hende hendes "
        "mellem imellem uden ud op ind igennem igen sådan været lidt fik gik sagde gøre gør "
        "siger sige spørge spørger spørgsmål hjælp hjælpe tænke tænker mænd kvinder børn bog "
        "bøger vej gade købe købt hvid hvide hedder mand vand måske næste sidste anden andet "
        "mere uge ugen endnu nej tak bliver havde have giver tager os vores mod desuden "
        "øvrigt hvornår lave laver lavet lavede "
        "begynder begyndte kender kendt finder fandt sidde sidder jamen vigtig vigtige "
        "vigtigste rigtig rigtigt fortæller fortælle længe længere stærk stærke lille "
        "-hed -heden -heder -hedens -tion -tioner -eret -erede -skab -skabet -skaber "
        "afd- afg- afh- afs- afsl- aft- udv- udg- uds- udf- udd- udl- udb- udt- udk- "
        "indh- indg- indf- indk- indl- inds- indt- indb- ~ej ~øj ~ci ~ce ~spørgs ~samfund "
        "~afdeling ~kend ~farve",
        "no": "av hva noen noe etter ble blitt mye meg deg seg nå dere henne hennes mellom uten "
        "ut opp inn gjennom igjen slik vært litt fikk gikk sier si gjøre gjør spørre spør "
        "spørsmål hjelp hjelpe tenke tenker menn kvinner bok bøker vei kjøpe kjøpt hvit hvite "
        "heter mann vann kanskje neste siste annen annet mer uke uka uken ennå nei takk blir "
        "hadde ha gir tar oss vår våre vårt mot enn veldig kveld fram dessuten "
        "ikkje eg ein eit kva korleis kvar berre frå meir mykje noko "
        "nokon vere blei dei desse heile òg ho lage lager laget begynner begynte kjenner "
        "kjent finner fant sitte sitter viktig viktige viktigste riktig riktige forteller "
        "fortelle lenge lenger sterk sterke lite godta "
        "-het -heten -heter -hetens -sjon -sjoner -sjonen -ert -erte -skap -skapet -skaper "
        "-nn -kk -tt -ll -mm -pp -ss -ff -dd avd- avg- avh- avs- avsl- avt- utv- utg- uts- "
        "utf- utd- utl- utb- utt- utk- inn- opp- ~ei ~øy ~kjø ~kjen ~kjæ ~kjem ~gje ~gjø "
        "~spørsm ~samfunn ~avdeling ~kjenn ~farge ~høgskol",
    },
    "da sv": {
        "da": "og ikke jeg hun er at til fra ved skal vil havde været meget også siden "
        "nogle noget nogen hvad hvordan op ind bare måske alle alt findes jer "
        "deres denne dette disse et uden igennem mellem over allerede stadig to fire "
        "otte ti store gøre gør siger fik gik sagde hvor hvis når hvilke af mod "
        "-ede -eret -ere -eres -erer -inger -hed -heden -heder -skab ~æ ~ø ~øj hv-",
        "sv": "och inte jag hon är att till från vid ska vill hade varit mycket också "
        "sedan några något någon vad hur upp in bara kanske alla allt finns "
        "deras denna detta dessa ett utan genom mellan över redan fortfarande två fyra "
        "åtta nio tio stora göra gör säger fick gick sade där när vilka av mot även "
        "dock inget inga verkligen "
        "-arna -orna -erna -ade -era -eras -erar -erade -ingar -ingarna -het -heten -skap -igt "
        "svenska ~ä ~ö",
    },
    "no sv": {
        "no": "og ikke jeg hun er at til fra ved skal vil hadde ble vært mye også siden noen "
        "noe hva hvordan opp inn bare kanskje alle alt finnes seg meg deg dere deres denne "
        "dette disse et uten gjennom mellom etter over allerede fortsatt to fire åtte ti "
        "store gjøre gjør sier tok fikk gikk sa hvor hvis når hvilke enn ikkje eg "
        "-ene -sjon -sjoner -sjonen -ert -erte -ere -eres -erer -inger -ingene ~æ ~ø ~ei ~øy "
        "~kjø ~kjen ~gje ~gjø hv-",
        "sv": "och inte jag hon är att till från vid ska vill hade blev varit mycket också "
        "sedan några något någon vad hur upp in bara kanske alla allt finns sig mig dig "
        "deras denna detta dessa ett utan genom mellan efter över redan fortfarande två fyra "
        "åtta nio tio stora göra gör säger fick gick sade där när vilka även dock "
        "inget inga verkligen "
        "-arna -orna -erna -ade -era -eras -erar -erade -ingar -ingarna -tion -tioner -igt "
        "svenska ~ä ~ö",
    },
    "ca es": {
        # Catalan ny, l·l, tx, grave accents, -ció and -tat where Spanish writes ñ, -ción, -dad.
        "ca": "i els amb per què perquè però més també això aquest aquesta aquests aquestes "
        "aquell aquella molt molts moltes molta són és seu seva seus seves nostre nostra dels "
        "pel pels als uns unes sense fins després abans on quan com hi ho hem fer fet pot "
        "poden tot tots totes tota any anys dia ja nou nova jo ell ells elles nosaltres "
        "avui ahir demà encara sempre mai res coses gent ciutat món segons mitjançant doncs "
        "només altres altre altra tenir té tenen està estan seria eren fou sóc som sou dir "
        "diu vol volen cal podem fa feia vegada vegades poc pocs bé millor bona bon tant "
        "quin quina quins quines qual quals qui durant "
        "l'- d'- s'- n'- m'- -ció -cions -itat -itats -tat -tats -ats -its -iu -eu "
        "-ència -ància --se --te --ho --hi --ne --li --lo --la --los --les --nos --vos --me "
        "~à ~è ~ò ~ï ~l·l ~ny ~tx ~ç ~ix",
        "es": "y los las con por es son su sus lo como pero más muy este esta esto ese esa "
        "eso ya hay hasta donde cuando puede pueden tiene tienen otro otra otros otras "
        "está hacer había fue fueron bien mucho mucha muchos muchas según así yo usted "
        "nosotros ellos ellas él mi año años hacia tras aunque pues entonces siempre nunca "
        "ahora hoy ayer mañana después antes todavía nadie alguien mismo misma nuestro "
        "nuestra dijo dice hemos estaba tiempo veces lugar ciudad mundo gente trabajo "
        "durante cual cuales quien le se "
        "-ción -ciones -ión -iones -dad -dades -ado -ados -ido -idos -ía -ías -eza "
        "-mente -encia -ancia ~ñ",
    },
    "cs sk": {
        # Czech ě ř ů, Slovak ä ô ľ ĺ ŕ, the Slovak ú inside a word and the Slovak -ť.
        "cs": "se jsem jsi jsme jste jsou byl byla bylo byli být není ne jako pro proto před "
        "při přes mezi jen jenom pouze když co proč jak nebo tato tyto její jejich svůj "
        "velmi více další roce let lidé lidí ve ze ještě tedy tady teď nyní zatím něco nic "
        "nikdo všechny všech všichni pokud jestli této tohoto mě dne zda ať budou mohou "
        "může mají mít řekl podle během kvůli "
        "kter- -ní -ství -ech -ovat -ost ~ě ~ř ~ů *ou",
        "sk": "sa som sme ste sú bol bola bolo boli byť nie tiež ako pre preto pred pri cez "
        "medzi len iba keď čo prečo alebo táto tieto ich svoj svoje veľmi viac ďalší "
        "ďalšie rokov ľudia ľudí vo zo ešte teda teraz zatiaľ niečo nič nikto všetky "
        "všetkých všetci ak pokiaľ tejto tohto týchto budú môžu môže majú mať podľa počas "
        "kvôli dňa deň aj môj lebo pretože samozrejme "
        "ktor- -nie -stvo -och -ovať -iť -ať -osť -nej -skej -ckej -ovej -tej -vej -lej -rej "
        "-kej -cia -cie ~ä ~ô ~ľ ~ĺ ~ŕ *ú",
    },
    "hr sl": {
        # Croatian ijekavian ije/je, ć and đ, -ao/-io participles; Slovene in, v, so, -ega.
        "hr": "i u su će ću ćemo nije nisu bio što koji koja koje kojeg kojem kojima "
        "kojoj kao ili također još već vrlo sve svi svaki gdje kada kad zašto jer dok "
        "nakon prije između tijekom sa bez kod uz nego tko netko nešto ništa nitko zbog onda "
        "sada danas jučer sutra uvijek nikad nikada puno mnogo godine godina godinu naime "
        "razdoblje može mogu imaju rekao svih kroz protiv unutar ovaj ova "
        "ovo taj ovdje tamo vrijeme mjesto mjesta djeca dijete molim tjedan "
        "mjesec "
        "-og -oga -oj -ao -io -iju -aju -uju -ima -ama ~ć ~đ *ije *tje *dje *vje *mje",
        "sl": "in v so sem bo bodo bom bomo boste niso bil kar kaj ki katera katere kateri "
        "kot tudi še že zelo vse vsi vsak vsaka kje ko kdaj zakaj ker med brez z h kdo "
        "nekaj nič nihče zaradi potem zdaj sedaj danes včeraj jutri vedno nikoli leta leto "
        "lahko imajo morajo tukaj tam čas mesto otroci prosim seveda morda mogoče oziroma "
        "vsaj celo skozi okoli proti glede namreč torej šele sploh teden mesec le naj ter "
        "saj sicer vendar ampak tega temu teh tej en ena eno enega "
        "pogosto "
        "-ega -ajo -ijo -ejo -ujejo -ami -ah ~šč",
    },
    "bg mk": {
        # Bulgarian щ ъ ю я й ь, which Macedonian does not write, against ѓ ќ ѕ љ њ џ ј.
        "bg": "в във с със от че ще съм са този тази това тези които който която което много "
        "след няма какво защо къде как към между още вече също тук днес хора бяха аз "
        "-ът ~щ ~ъ ~ю ~я ~й ~ь",
        "mk": "во со од дека ќе сум многу што зошто каде како кон меѓу уште веќе исто тука "
        "таму денес луѓе беа кој која кое кои овој оваа ова овие тој таа тоа тие нема јас "
        "-от -ње ~ѓ ~ќ ~ѕ ~љ ~њ ~џ ~ј",
    },
    "bg ru": {
        "bg": "е са съм сме сте ще че това този тази тези които който която което какво защо "
        "къде няма има във със към след още вече също тук днес година години хора го му ги "
        "й ѝ си ви бе беше бяха бил била било били аз ние вие тя ако "
        "-ът ~ъ",
        "ru": "что это он она они оно был была были было мне меня тебя его её ее их уже еще "
        "ещё только очень тоже также когда где сейчас здесь надо нет есть быть будет может "
        "который которые которая которое этот эта эти мы вы ты у к о об для же бы вот "
        "всё всех весь чем чтобы если потому почему теперь сегодня год года году лет люди "
        "-ть -ться -ый -ого -ая -ое -ые -ами -ями -ешь ~ы ~э ~ё",
    },
    "ru uk": {
        "ru": "и что это как но или был была были было уже еще ещё только очень тоже когда где "
        "сейчас надо нет есть быть мне меня его её ее мы вы ты он она они оно с от после "
        "между который которые которая которое этот эта эти если потому почему теперь "
        "сегодня год года лет "
        "-ый -ое -ая -ые -ие ~ы ~э ~ё ~ъ",
        "uk": "і що це як але або був була були було вже ще тільки дуже також коли де "
        "зараз треба немає є бути мені мене її їх ми ви ти він вона вони воно з із від "
        "після між який які яка яке цей ця ці цього цих якщо чому тепер сьогодні рік "
        "року років чи щоб ні "
        "-ння -ють -ів -ої ~і ~ї ~є ~ґ ~' ~ʼ",
    },
    "af nl": {
        # Afrikaans y, s and ê where Dutch writes ij, z and the -en plural.
        "af": "'n nie ek jy hy sy hulle julle my hom sal baie vir oor nou as soos hierdie by "
        "sê gesê môre nuwe mense gee sonder tydens egter "
        "-tjie -tjies -lik -like ~ê ~ô ~û",
        "nl": "de een zijn werd worden wordt niet naar zich ze zo zal er bij hij je uw mijn hem "
        "door over heeft hebben kunnen moeten zullen nu als deze ik jij wij jullie zij hun "
        "echter nieuwe mensen zonder "
        "-isch -ische -tje -tjes -lijk -lijke ~ij ~z",
    },
    "es pt": {
        # Portuguese ã õ ç lh nh and -ção where Spanish writes ñ ll and -ción.
        "es": "y el los las del con una un es son su sus lo la le les al muy pero más también "
        "ya hay hasta donde cuando puede tiene tienen otra otros otras ni hacer había fue "
        "fueron bien mucho según así aquí yo usted ellos mi año años hacia aunque pues "
        "entonces siempre ahora hoy ayer mañana después todavía nadie mismo nuestro dijo "
        "dice hemos tiempo veces ciudad en "
        "-ción -ciones -dad -dades -ía -aje -ble -bles -encia -ancia -iendo -an -en -on "
        "~ñ ~ll",
        "pt": "o os do dos da das na num numa em um uma não é à às ao aos com pelo pela pelos "
        "pelas mais muito muita também você eu ele ela eles elas seu sua seus suas isso isto "
        "esse essa onde quando sem até já ainda depois então só há tem têm ter foi são "
        "estão fazer pode podem quem ano anos mas e ou mesmo dia novo nova bem bom boa "
        "melhor outra outros outras coisa cidade trabalho "
        "-ção -ções -dade -dades -ão -ões -agem -eiro -eira -ável -ível -ência -ês -am "
        "-em -om -um --se --lo --la --los --las --lhe --lhes --me --nos ~ã ~õ ~ç ~lh ~nh ~ê "
        "~â ~ô",
    },
    "ca pt": {
        "ca": "el els la les amb per i què perquè però més també això aquest aquesta aquests "
        "aquestes molt molts moltes són és seva dels pel pels al als un una unes sense "
        "després on quan hi ho fer fet pot tot tots totes any anys jo ell ells avui res gent "
        "ciutat món segons doncs només altres altre altra té tenen està estan del "
        "l'- d'- s'- n'- m'- -ció -cions -itat -itats -tat -tats -ats -its -ment -ments "
        "-ència -ància ~è ~ò ~ï ~l·l ~ny ~tx",
        "pt": "o os do dos da das num numa em um uma não é às ao aos pelo pela pelos pelas mais "
        "muito muita também você eu ele ela eles elas sua suas isso isto esse essa onde "
        "quando sem até já ainda depois então só há tem têm ter foi são estão fazer pode "
        "podem quem ano anos mas e ou mesmo bem bom boa melhor outra outros outras coisa "
        "cidade trabalho "
        "-ção -ções -dade -dades -ão -ões -agem -eiro -eira -ável -ível -ência -am -om -um "
        "-inho -inha ~ã ~õ ~lh ~nh ~ê ~â ~ô",
    },
    "en tl": {
        "en": "the of and to is in for with on by from that this was are were be been has "
        "have will would which their they it its",
        "tl": "ang ng mga sa si ni ay noong nang na ito iyon siya sila kami tayo kanyang "
        "kanilang hindi mayroon naging dahil kung lamang din rin po isang bilang ayon "
        "upang tungkol",
    },
    "et fi": {
        # Estonian õ and ü, which Finnish does not write, against the Finnish y and -ssa.
        "et": "see ka kui mis aga ta nad või ning siis veel enam teie seda "
        "-sse -lt -st -ga -mine ~õ ~ü",
        "fi": "että ovat kuin myös mutta tai joka niin kun tämä hän se jo "
        "-ssa -ssä -sta -stä -lla -llä -lle -nen -inen -ksi ~y",
    },
}


class PairMarkers(NamedTuple):
    """What one language of a close pair writes and the other does not (see ``_PAIRS``)."""

    words: frozenset[str]
    endings: frozenset[str]
    ending_sizes: tuple[int, ...]
    beginnings: frozenset[str]
    beginning_sizes: tuple[int, ...]
    pieces: tuple[str, ...]
    inner: tuple[str, ...]

    def marks(self, word: str) -> bool:
        """Whether *word* (lower-case) carries one of these markers.

        An ending counts on words at least three letters longer than it, a beginning on
        words at least two letters longer, so short words are judged as whole words only.
        """
        if word in self.words:
            return True
        size = len(word)
        for k in self.ending_sizes:
            if size >= k + 3 and word[-k:] in self.endings:
                return True
        for k in self.beginning_sizes:
            if size >= k + 2 and word[:k] in self.beginnings:
                return True
        if any(piece in word for piece in self.pieces):
            return True
        middle = word[1:-1]
        return any(piece in middle for piece in self.inner)


def _pair_markers(spec: str) -> PairMarkers:
    items = spec.replace("’", "'").split()
    endings = frozenset(i[1:] for i in items if i.startswith("-"))
    beginnings = frozenset(i[:-1] for i in items if i.endswith("-"))
    return PairMarkers(
        words=frozenset(i for i in items if not i.startswith(("-", "~", "*")) and i[-1] != "-"),
        endings=endings,
        ending_sizes=tuple(sorted({len(e) for e in endings}, reverse=True)),
        beginnings=beginnings,
        beginning_sizes=tuple(sorted({len(b) for b in beginnings}, reverse=True)),
        pieces=tuple(i[1:] for i in items if i.startswith("~")),
        inner=tuple(i[1:] for i in items if i.startswith("*")),
    )


PAIRS: Mapping[frozenset[str], Mapping[str, PairMarkers]] = {
    frozenset(pair.split()): {code: _pair_markers(spec) for code, spec in sides.items()}
    for pair, sides in _PAIRS.items()
}
"""Close pair → for each of its two languages, the markers only that one writes."""
