"""Function words per language: word-level evidence that separates close languages.

The lists are short and hand-written: frequent articles, pronouns, prepositions,
conjunctions and auxiliaries, chosen where they tell neighbours apart (Danish from
Norwegian, Slovene from Croatian, Catalan from Spanish, Czech from Slovak, ...).
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["STOPWORDS"]

_WORDS: Mapping[str, str] = {
    "af": "die het en is van nie wat sy hy ons julle hulle was word deur vir met na ook",
    "ca": "el els la les amb per és són una uns del dels als com però més també seva seu aquest "
    "aquesta això molt quan perquè ha han hi va van amb dels seus aquests ara fins cap sobre "
    "entre molt",
    "cs": "je se na že to jsou byl byla bylo jako který která které také jeho její ale pro "
    "nebo když již už jen podle až při bude mezi",
    "cy": "yr y a ac yn ei eu mae roedd gan wedi hefyd ond fel ar i o bod",
    "da": "og er det at en af til på med som har ikke den de for var jeg vil kan også efter "
    "eller hvor nu meget blev hvad skal være over hun sig at mig dig nogle nogen bliver kun "
    "lidt fik selv sammen mod",
    "de": "der die das und ist nicht sich mit den dem ein eine auch auf für von zu wird wurde "
    "sind aber noch bei nach einem einer aus",
    "en": "the and of to is was that for with are this have from by not be which they their "
    "has been were will would",
    "es": "el los las del que y por con una para es se su al lo como más pero sus le ha este "
    "esta fue son entre también cuando muy",
    "et": "ja on et ei see oli ka kui mis aga ta nad oma või ning siis veel",
    "fi": "ja on ei se että oli hän ovat kuin myös mutta tai joka sen niin kun tämä",
    "fr": "le la les des et est une du que qui dans pour pas sur au avec ce il sont par plus "
    "ne se sa son mais ont été aux",
    "hr": "je i u na se da su za od koji koja koje što kao ali ili sam bio bila bilo biti "
    "nije će može samo također prema kada gdje",
    "hu": "a az és hogy nem is egy van volt meg csak de már mint ez azt még kell",
    "id": "yang dan di ini itu dengan untuk tidak dari dalam akan pada ke juga ada adalah "
    "oleh karena bisa saat mereka",
    "it": "il di che la e per un una del della non sono anche gli le nel alla ha come più "
    "dei delle questo ma si lo al",
    "lt": "ir yra kad su į iš buvo tai bet jo jos ar kaip taip pat",
    "lv": "un ir ar par uz kas no ka bet arī vai tas tā bija lai",
    "nl": "de het een en van is dat niet op te zijn met voor ook maar als er bij wordt naar "
    "dan nog worden aan",
    "no": "og er det at en av til på med som har ikke den de for var jeg vil kan også etter "
    "eller hvor nå mye ble hva skal være hun seg fra ved ikkje mot å meg deg noen blir bare litt "
    "fikk selv sammen kva eit ein",
    "pl": "i w na z że się nie to jest do jak ale od po przez dla jego jej są był była było "
    "tak czy także oraz już tylko może",
    "pt": "o a os as de da do das dos e que em um uma para com não por se mais na no é são "
    "foi como ao também ele ela seu sua",
    "ro": "și în de la cu pe că nu este sunt un o al ale lui mai care fost din pentru sau "
    "ca dar acest această să se",
    "sk": "je a v na sa že to sú bol bola bolo ako ktorý ktorá ktoré tiež jeho jej ale pre "
    "alebo keď už len podľa až pri bude medzi",
    "sl": "je in v na se da so za od ki kot pa ali sem bil bila bilo biti ni bo lahko samo "
    "tudi po kjer ko še smo tako zato ter pri če kaj bi lahko vse",
    "so": "iyo oo ka ku waa in ay ee u la soo",
    "sq": "dhe në të e një për që me nga është janë si por më ka",
    "sv": "och är att en av till på med som har inte den de för var jag vill kan också efter "
    "eller där nu mycket blev vad ska vara över hon sig",
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
