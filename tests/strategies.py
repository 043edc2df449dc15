"""Hypothesis strategies shared by the tests: composed news pages with their ground truth.

A composed page is built from parts written for these tests in ten languages and six
scripts (Latin, Cyrillic, Greek, Arabic, Devanagari, Han/kana): a title line with or
without a site name on either side of any separator, an optional byline, captions, body
paragraphs, a pull-quote repeating part of the body, and a footer of navigation phrases.
Every strategy that composes a page also returns what a parser should recover from it.
Besides pages, there are strategies for arbitrary text, tricky text and hostile HTML.
"""

from __future__ import annotations

import dataclasses
import unicodedata
from collections.abc import Sequence

import regex
from hypothesis import strategies as st

from newsparse import NavKind

SEPARATORS = (" | ", " - ", " – ", " — ", " · ", " :: ", " » ")


@dataclasses.dataclass(frozen=True)
class LanguageParts:
    """The pieces pages in one language are made of."""

    code: str
    script: str
    headlines: tuple[str, ...]
    sites: tuple[str, ...]
    byline_prefixes: tuple[str, ...]
    joiner: str
    names: tuple[str, ...]
    paragraphs: tuple[str, ...]
    captions: tuple[str, ...]
    quotes: tuple[str, str]
    nav: dict[NavKind, tuple[str, ...]]
    menu: tuple[str, ...]


ENGLISH = LanguageParts(
    code="en",
    script="Latin",
    headlines=(
        "City council approves new bus lanes along the river road",
        "Storm leaves thousands without power across the northern valleys",
        "Local bakery wins national prize for its rye bread",
        "University team maps the oldest trees in the county",
    ),
    sites=("The Daily Ledger", "Harbour Times", "Northfield Gazette"),
    byline_prefixes=("By", "Written by"),
    joiner=" and ",
    names=("Maria Lopez", "James Carter", "Aisha Bello", "Tom Nguyen"),
    paragraphs=(
        "The council voted eight to three on Tuesday evening to paint red bus lanes along the "
        "whole of the river road. Work is due to begin in March and should take about six "
        "weeks. Shop owners on the street asked for loading bays to be kept, and the plan was "
        "changed to allow deliveries before nine in the morning.",
        "Engineers from the power company worked through the night to reconnect homes in the "
        "hill villages. Fallen branches brought down lines in more than forty places, and some "
        "roads stayed closed until the afternoon. The company said most customers should have "
        "electricity again by Friday, although a few remote farms may wait longer.",
        "The bakery opened twelve years ago in a former shoe shop on the market square. Its "
        "owner still starts work at four every morning and uses flour milled less than ten "
        "miles away. The judges praised the crust and the sour, nutty taste of the loaf.",
        "Students measured the girth of every oak in the old estate and took tiny cores to "
        "count the rings. Three of the trees turned out to be more than five hundred years "
        "old. The team wants the landowners to protect the ground around the roots, where "
        "heavy machines have already packed the soil hard.",
        "Residents who want to comment on the plans can write to the council until the end of "
        "the month. A public meeting will also be held in the town hall, with drawings of each "
        "junction on display. Officials promised to publish every answer they receive.",
    ),
    captions=("Photo: Reuters", "The river road at dusk. (Getty Images)", "© AFP"),
    quotes=("“", "”"),
    nav={
        NavKind.SHARE: ("Share this article", "Share"),
        NavKind.PREVIOUS: ("Previous article",),
        NavKind.NEXT: ("Next article",),
        NavKind.COMMENTS: ("Leave a comment", "Comments"),
        NavKind.MORE: ("Read more", "Most read"),
        NavKind.RELATED: ("Related articles",),
        NavKind.TAGS: ("Tags",),
        NavKind.SUBSCRIBE: ("Subscribe to our newsletter",),
    },
    menu=("Home", "News", "Sport", "Search", "Menu"),
)

FRENCH = LanguageParts(
    code="fr",
    script="Latin",
    headlines=(
        "La mairie ouvre trois nouvelles pistes cyclables avant l’été",
        "Sécheresse : les agriculteurs du Sud réclament une aide rapide",
        "Un collège de Lyon remporte le concours national de robotique",
        "Le musée des Beaux-Arts rouvre après deux ans de travaux",
    ),
    sites=("Le Courrier du Matin", "La Gazette du Rhône", "Ouest Hebdo"),
    byline_prefixes=("Par", "Publié par"),
    joiner=" et ",
    names=("Claire Dubois", "Julien Martin", "Sophie Lambert", "Karim Haddad"),
    paragraphs=(
        "Les travaux commenceront lundi sur le boulevard principal et dureront environ un mois. "
        "La ville promet que la circulation des bus ne sera pas interrompue. Les commerçants "
        "du quartier, d’abord inquiets, ont obtenu que les livraisons restent possibles le "
        "matin avant dix heures.",
        "Dans les vallées, certains puits sont à sec depuis le mois de mai. Les éleveurs "
        "achètent du fourrage à des prix deux fois plus élevés que l’an dernier. La chambre "
        "d’agriculture demande à l’État de débloquer des fonds d’urgence et d’autoriser "
        "l’irrigation de nuit pendant tout l’été.",
        "Les élèves ont construit en six mois un petit robot capable de trier des déchets. Leur "
        "professeur de technologie raconte qu’ils restaient souvent après les cours pour "
        "corriger le programme. Le jury a salué la simplicité de la mécanique et la clarté de "
        "leur présentation.",
        "Les salles du premier étage ont été entièrement repeintes et la verrière a retrouvé "
        "sa lumière d’origine. Une centaine de tableaux restaurés sont de nouveau accrochés. "
        "L’entrée sera gratuite le premier dimanche de chaque mois, comme avant la fermeture.",
        "Le conseil municipal votera le budget définitif à la fin du mois. L’opposition "
        "critique le coût du projet et réclame une consultation des habitants. Le maire "
        "répond que les plans sont consultables en ligne depuis janvier.",
    ),
    captions=(
        "Photo : AFP",
        "La verrière restaurée du musée. (Crédit : Reuters)",
        "© Getty Images",
    ),
    quotes=("« ", " »"),
    nav={
        NavKind.SHARE: ("Partagez cet article", "Partager"),
        NavKind.PREVIOUS: ("Article précédent",),
        NavKind.NEXT: ("Article suivant",),
        NavKind.COMMENTS: ("Laisser un commentaire", "Commentaires"),
        NavKind.MORE: ("Lire plus d’articles", "Les plus lus"),
        NavKind.RELATED: ("À lire aussi",),
        NavKind.TAGS: ("Mots-clés",),
        NavKind.SUBSCRIBE: ("Abonnez-vous",),
    },
    menu=("Accueil", "Actualités", "Rechercher", "Menu", "Connexion"),
)

GERMAN = LanguageParts(
    code="de",
    script="Latin",
    headlines=(
        "Stadtrat beschließt neue Radwege entlang der Uferstraße",
        "Hochwasser an der Elbe: Pegel steigt weiter an",
        "Schüler aus Kassel bauen einen Roboter für den Schulgarten",
        "Bibliothek verlängert ihre Öffnungszeiten am Wochenende",
    ),
    sites=("Rheinische Abendpost", "Nordkurier Online", "Tagesblatt"),
    byline_prefixes=("Von",),
    joiner=" und ",
    names=("Anna Fink", "Lukas Becker", "Miriam Schulz", "Jonas Weber"),
    paragraphs=(
        "Die Arbeiten beginnen im Frühjahr und sollen bis zum Herbst abgeschlossen sein. Auf "
        "beiden Seiten der Straße entstehen breite Radstreifen, die durch niedrige Bordsteine "
        "vom Autoverkehr getrennt werden. Anwohner können die Pläne im Rathaus einsehen.",
        "Die Feuerwehr hat in der Nacht weitere Sandsäcke an die Deiche gebracht. In mehreren "
        "Dörfern wurden Keller geräumt, und die Fähre stellte ihren Betrieb vorerst ein. Die "
        "Behörden rechnen damit, dass der Höchststand erst am Donnerstag erreicht wird.",
        "Der kleine Roboter fährt jeden Morgen zwischen den Beeten hin und her und misst die "
        "Feuchtigkeit des Bodens. Wenn es zu trocken ist, schickt er eine Nachricht an die "
        "Klasse. Die Lehrerin sagt, die Kinder hätten dabei mehr über Pflanzen gelernt als im "
        "ganzen Schuljahr davor.",
        "Ab dem kommenden Monat ist die Bibliothek auch sonntags von zehn bis achtzehn Uhr "
        "geöffnet. Möglich wird das durch zusätzliches Personal und eine neue Selbstausleihe. "
        "Besonders Familien und Studierende hatten sich längere Öffnungszeiten gewünscht.",
        "Kritik kommt von den Händlern in der Innenstadt, die um Parkplätze fürchten. Die "
        "Verwaltung verweist auf zwei neue Parkhäuser am Bahnhof. Eine Bürgerversammlung zu dem "
        "Thema ist für Ende des Monats geplant.",
    ),
    captions=("Foto: dpa", "Der Deich bei Nacht. (Foto: Imago)", "© Reuters"),
    quotes=("„", "“"),
    nav={
        NavKind.SHARE: ("Artikel teilen", "Teilen"),
        NavKind.PREVIOUS: ("Vorheriger Artikel",),
        NavKind.NEXT: ("Nächster Artikel",),
        NavKind.COMMENTS: ("Kommentare", "Kommentar schreiben"),
        NavKind.MORE: ("Weitere Nachrichten", "Meistgelesen"),
        NavKind.RELATED: ("Das könnte Sie auch interessieren",),
        NavKind.TAGS: ("Schlagwörter",),
        NavKind.SUBSCRIBE: ("Newsletter abonnieren",),
    },
    menu=("Startseite", "Politik", "Suche", "Menü", "Anmelden"),
)

SPANISH = LanguageParts(
    code="es",
    script="Latin",
    headlines=(
        "El ayuntamiento amplía el horario de las bibliotecas municipales",
        "Una ola de calor obliga a adelantar la vendimia en La Rioja",
        "Estudiantes de Valencia diseñan un barco solar para la regata",
    ),
    sites=("El Diario del Sur", "Crónica Local", "La Voz del Puerto"),
    byline_prefixes=("Por",),
    joiner=" y ",
    names=("Lucía Fernández", "Iker Salcedo", "Carmen Ortega"),
    paragraphs=(
        "A partir del próximo lunes, las cinco bibliotecas de la ciudad abrirán también por la "
        "tarde durante el fin de semana. La medida responde a una petición de los estudiantes, "
        "que se quejaban de la falta de espacios para preparar los exámenes. El coste se cubrirá "
        "con el presupuesto de cultura.",
        "Los viticultores empezaron a cortar la uva dos semanas antes de lo habitual. Las altas "
        "temperaturas aceleraron la maduración y algunos racimos llegaron a quemarse al sol. "
        "Las cooperativas esperan una cosecha algo menor, pero de buena calidad.",
        "El casco del barco está hecho de fibra de lino y pesa menos de cien kilos. Los alumnos "
        "pasaron meses probando paneles solares en la azotea de la escuela. Su profesor asegura "
        "que lo más difícil fue encontrar baterías ligeras y baratas.",
        "La oposición municipal pide que el horario ampliado se mantenga también en verano. El "
        "concejal de cultura respondió que se estudiará la propuesta tras analizar la afluencia "
        "de los primeros meses. Los sindicatos reclaman más personal.",
    ),
    captions=("Foto: EFE", "El barco solar en el puerto. (Getty Images)", "© AP"),
    quotes=("«", "»"),
    nav={
        NavKind.SHARE: ("Compartir",),
        NavKind.PREVIOUS: ("Artículo anterior",),
        NavKind.NEXT: ("Artículo siguiente",),
        NavKind.COMMENTS: ("Comentarios", "Deja un comentario"),
        NavKind.MORE: ("Lo más leído", "Leer más"),
        NavKind.RELATED: ("Noticias relacionadas",),
        NavKind.TAGS: ("Etiquetas",),
        NavKind.SUBSCRIBE: ("Suscríbete",),
    },
    menu=("Inicio", "Noticias", "Buscar", "Menú", "Deportes"),
)

RUSSIAN = LanguageParts(
    code="ru",
    script="Cyrillic",
    headlines=(
        "В городе откроют три новых библиотеки до конца года",
        "Сильный снегопад парализовал движение на северных трассах",
        "Школьники из Казани построили метеостанцию на крыше",
    ),
    sites=("Вечерний вестник", "Городские новости", "Северная газета"),
    byline_prefixes=("Автор:",),
    joiner=" и ",
    names=("Анна Петрова", "Игорь Смирнов", "Ольга Кузнецова"),
    paragraphs=(
        "Первая библиотека откроется уже в сентябре в здании бывшего кинотеатра. Там будут "
        "читальный зал, детская комната и небольшая сцена для встреч с авторами. Городские "
        "власти обещают, что вход останется бесплатным для всех жителей.",
        "Дорожные службы работали всю ночь, но к утру на трассе образовались пробки длиной в "
        "несколько километров. Водителей просят без необходимости не выезжать за город. По "
        "прогнозу синоптиков, снег будет идти ещё два дня.",
        "Ученики собрали метеостанцию из недорогих датчиков и старого компьютера. Каждые десять "
        "минут она записывает температуру, влажность и скорость ветра. Данные публикуются на "
        "сайте школы, и ими уже пользуются соседние фермеры.",
        "Депутаты городской думы попросили подробно расписать расходы на ремонт зданий. "
        "Представители мэрии ответили, что смета будет опубликована в течение месяца. Жители "
        "района предлагают устроить в одной из библиотек кружок для пенсионеров.",
    ),
    captions=("Фото: Reuters", "Фото: пресс-служба мэрии"),
    quotes=("«", "»"),
    nav={
        NavKind.SHARE: ("Поделиться",),
        NavKind.PREVIOUS: ("Предыдущая статья",),
        NavKind.NEXT: ("Следующая статья",),
        NavKind.COMMENTS: ("Комментарии",),
        NavKind.MORE: ("Самое читаемое", "Популярное"),
        NavKind.RELATED: ("Читайте также",),
        NavKind.TAGS: ("Теги",),
        NavKind.SUBSCRIBE: ("Подписаться на рассылку",),
    },
    menu=("Главная", "Новости", "Поиск", "Меню"),
)

GREEK = LanguageParts(
    code="el",
    script="Greek",
    headlines=(
        "Νέοι ποδηλατόδρομοι στο κέντρο της πόλης μέχρι το καλοκαίρι",
        "Ισχυρή κακοκαιρία έκλεισε σχολεία στα βόρεια νησιά",
        "Μαθητές από τη Λάρισα έφτιαξαν ένα μικρό ηλιακό αυτοκίνητο",
    ),
    sites=("Η Πρωινή", "Ειδήσεις της Πόλης", "Νέα Εφημερίδα"),
    byline_prefixes=("Γράφει ο", "Γράφει η"),
    joiner=" και ",
    names=("Γιώργος Παπαδόπουλος", "Μαρία Νικολάου", "Ελένη Γεωργίου"),
    paragraphs=(
        "Οι εργασίες θα ξεκινήσουν τον επόμενο μήνα και θα διαρκέσουν περίπου δώδεκα εβδομάδες. "
        "Ο δήμος υπόσχεται ότι τα λεωφορεία θα συνεχίσουν να κυκλοφορούν κανονικά. Οι "
        "καταστηματάρχες ζήτησαν να παραμείνουν θέσεις φόρτωσης για τα πρωινά.",
        "Οι ισχυροί άνεμοι και οι βροχές προκάλεσαν ζημιές σε λιμάνια και δρόμους. Τα πλοία "
        "έμειναν δεμένα για δεύτερη μέρα, ενώ σε ορισμένα χωριά κόπηκε το ρεύμα. Οι αρχές "
        "ζητούν από τους κατοίκους να αποφεύγουν τις άσκοπες μετακινήσεις.",
        "Το αυτοκίνητο ζυγίζει λιγότερο από εκατό κιλά και κινείται μόνο με την ενέργεια του "
        "ήλιου. Οι μαθητές δούλευαν στο εργαστήριο του σχολείου κάθε απόγευμα για έναν χρόνο. "
        "Ο καθηγητής τους λέει ότι το πιο δύσκολο ήταν να βρουν φθηνές μπαταρίες.",
        "Το δημοτικό συμβούλιο θα συζητήσει το σχέδιο σε ανοιχτή συνεδρίαση την Πέμπτη. Οι "
        "πολίτες μπορούν να υποβάλουν τις παρατηρήσεις τους μέχρι το τέλος του μήνα. Η "
        "αντιπολίτευση ζητά περισσότερες πληροφορίες για το κόστος.",
    ),
    captions=("Φωτογραφία: Reuters", "Φωτογραφία: Eurokinissi"),
    quotes=("«", "»"),
    nav={
        NavKind.SHARE: ("Κοινοποίηση",),
        NavKind.PREVIOUS: ("Προηγούμενο άρθρο",),
        NavKind.NEXT: ("Επόμενο άρθρο",),
        NavKind.COMMENTS: ("Σχόλια",),
        NavKind.MORE: ("Δημοφιλή", "Τελευταία νέα"),
        NavKind.RELATED: ("Σχετικά άρθρα",),
        NavKind.TAGS: ("Ετικέτες",),
        NavKind.SUBSCRIBE: ("Εγγραφείτε στο newsletter",),
    },
    menu=("Αρχική", "Ειδήσεις", "Αναζήτηση", "Μενού"),
)

ARABIC = LanguageParts(
    code="ar",
    script="Arabic",
    headlines=(
        "البلدية تفتتح ثلاث حدائق عامة جديدة قبل الصيف",
        "أمطار غزيرة تغلق الطرق الجبلية في شمال البلاد",
        "طلاب من عمّان يصممون سيارة تعمل بالطاقة الشمسية",
    ),
    sites=("الصحيفة اليومية", "أخبار المدينة", "صوت الشمال"),
    byline_prefixes=("بقلم:", "كتب:"),
    joiner=" و",
    names=("سارة أحمد", "محمد خليل", "ليلى حسن"),
    paragraphs=(
        "بدأت أعمال الزراعة في الحديقة الأولى منذ أسبوعين، ومن المتوقع أن تنتهي قبل بداية "
        "الصيف. وتضم الحدائق ممرات للمشي وملاعب للأطفال ومقاعد تحت الأشجار. وقال رئيس "
        "البلدية إن الدخول سيكون مجانيًا لجميع السكان.",
        "هطلت الأمطار طوال الليل وتسببت في انهيارات صغيرة على الطرق الجبلية. وعملت فرق "
        "الدفاع المدني على فتح الطرق وإجلاء عدد من العائلات. وتتوقع الأرصاد الجوية استمرار "
        "الطقس السيئ حتى نهاية الأسبوع.",
        "عمل الطلاب على المشروع لمدة عام كامل في مختبر الجامعة. وتزن السيارة أقل من مئة "
        "كيلوغرام وتسير بسرعة تصل إلى أربعين كيلومترًا في الساعة. ويأمل الفريق في المشاركة "
        "في مسابقة دولية العام المقبل.",
        "طالب عدد من السكان بزيادة عدد الحافلات التي تصل إلى الحدائق الجديدة. وردّت البلدية "
        "بأنها ستدرس الطلب بعد قياس عدد الزوار في الأشهر الأولى. كما وعدت بنشر تقرير مفصل "
        "عن التكاليف.",
    ),
    captions=("تصوير: رويترز", "الصورة: وكالة الأنباء"),
    quotes=("«", "»"),
    nav={
        NavKind.SHARE: ("شارك المقال",),
        NavKind.PREVIOUS: ("المقال السابق",),
        NavKind.NEXT: ("المقال التالي",),
        NavKind.COMMENTS: ("التعليقات",),
        NavKind.MORE: ("الأكثر قراءة", "آخر الأخبار"),
        NavKind.RELATED: ("مقالات ذات صلة",),
        NavKind.TAGS: ("الوسوم",),
        NavKind.SUBSCRIBE: ("اشترك في النشرة البريدية",),
    },
    menu=("الرئيسية", "أخبار", "بحث", "القائمة"),
)

HINDI = LanguageParts(
    code="hi",
    script="Devanagari",
    headlines=(
        "नगर निगम ने शहर में तीन नए पार्क खोलने की घोषणा की",
        "भारी बारिश से पहाड़ी इलाकों की कई सड़कें बंद",
        "जयपुर के छात्रों ने सौर ऊर्जा से चलने वाली कार बनाई",
    ),
    sites=("दैनिक समाचार", "नगर दर्पण", "जनवाणी"),
    byline_prefixes=("लेखक:",),
    joiner=" और ",
    names=("राहुल शर्मा", "प्रिया वर्मा", "अंकित गुप्ता"),
    paragraphs=(
        "पहले पार्क का काम पिछले महीने शुरू हुआ था और गर्मियों से पहले पूरा होने की उम्मीद है। "
        "पार्क में बच्चों के लिए झूले, टहलने के रास्ते और छायादार बेंच होंगे। महापौर ने कहा कि "
        "सभी नागरिकों के लिए प्रवेश मुफ्त रहेगा।",
        "रात भर हुई बारिश के कारण कई जगह भूस्खलन हुआ और यातायात रुक गया। राहत दल सुबह से "
        "सड़कों को साफ करने में लगे हैं। मौसम विभाग ने अगले दो दिनों तक और बारिश की चेतावनी दी है।",
        "छात्रों ने एक साल तक कॉलेज की प्रयोगशाला में इस कार पर काम किया। कार का वजन सौ किलो "
        "से कम है और यह केवल धूप से मिलने वाली ऊर्जा से चलती है। टीम अगले साल एक अंतरराष्ट्रीय "
        "प्रतियोगिता में भाग लेना चाहती है।",
        "कुछ निवासियों ने पार्कों तक जाने वाली बसों की संख्या बढ़ाने की मांग की है। निगम ने "
        "कहा है कि पहले कुछ महीनों में आने वाले लोगों की गिनती के बाद इस पर फैसला होगा। "
        "खर्च का पूरा ब्योरा भी जल्द जारी किया जाएगा।",
    ),
    captions=("फोटो: रॉयटर्स", "तस्वीर: संवाददाता"),
    quotes=("“", "”"),
    nav={
        NavKind.SHARE: ("शेयर करें",),
        NavKind.PREVIOUS: ("पिछला लेख",),
        NavKind.NEXT: ("अगला लेख",),
        NavKind.COMMENTS: ("टिप्पणियाँ",),
        NavKind.MORE: ("सबसे ज्यादा पढ़ी गई",),
        NavKind.RELATED: ("संबंधित खबरें",),
        NavKind.TAGS: ("टैग",),
        NavKind.SUBSCRIBE: ("सदस्यता लें",),
    },
    menu=("होम", "समाचार", "खोजें", "मेनू"),
)

CHINESE = LanguageParts(
    code="zh",
    script="Han",
    headlines=(
        "市政府宣布年底前新建三座社区图书馆",
        "暴雨导致北部山区多条公路中断",
        "杭州中学生设计出太阳能小型赛车",
    ),
    sites=("晨光日报", "城市新闻网", "南方快讯"),
    byline_prefixes=("作者：", "记者："),
    joiner="、",
    names=("张伟", "李娜", "王芳"),
    paragraphs=(
        "第一座图书馆将于九月在原电影院的旧址开放。馆内设有阅览室、儿童活动区和一个可以举办"
        "读书会的小舞台。市政府表示，所有市民都可以免费进入，周末也会延长开放时间。",
        "昨夜的暴雨引发了多处山体滑坡，部分村庄的道路被泥石流冲毁。救援人员连夜清理路面，"
        "并转移了几十户居民。气象部门预计，未来两天山区仍有强降雨，请司机尽量避免出行。",
        "学生们在学校实验室里花了整整一年时间制作这辆赛车。车身用轻质材料制成，重量不到一百"
        "公斤，只依靠太阳能行驶。指导老师说，最大的困难是找到既轻便又便宜的电池。",
        "有市民建议增加通往新图书馆的公交线路。相关部门回应说，将根据开放后前几个月的读者"
        "人数再作决定。建设费用的详细报告也将在下个月公布，供市民查阅和讨论。",
    ),
    captions=("图片来源：新华社", "摄影：记者"),
    quotes=("“", "”"),
    nav={
        NavKind.SHARE: ("分享本文",),
        NavKind.PREVIOUS: ("上一篇",),
        NavKind.NEXT: ("下一篇",),
        NavKind.COMMENTS: ("发表评论", "网友评论"),
        NavKind.MORE: ("更多新闻", "热门文章"),
        NavKind.RELATED: ("相关阅读",),
        NavKind.TAGS: ("热门标签",),
        NavKind.SUBSCRIBE: ("立即订阅",),
    },
    menu=("首页", "新闻", "搜索", "菜单"),
)

JAPANESE = LanguageParts(
    code="ja",
    script="Han/kana",
    headlines=(
        "市が駅前に新しい図書館を建設へ、来年春に開館予定",
        "大雨で北部の山道が通行止めに、復旧のめど立たず",
        "高校生チームが太陽光で走る小型車を完成させる",
    ),
    sites=("東都新聞", "みなと日報", "北國タイムズ"),
    byline_prefixes=("文：", "記者："),
    joiner="、",
    names=("山田花子", "佐藤健", "鈴木一郎"),
    paragraphs=(
        "新しい図書館は駅前の旧商業ビルを改装して作られる。館内には閲覧室や子ども向けの"
        "絵本コーナーのほか、小さな講演ホールも設けられる予定だ。市の担当者は、誰でも無料で"
        "利用できる場所にしたいと話している。",
        "昨夜から降り続いた雨の影響で、山道の数か所で土砂崩れが起きた。作業員が朝から"
        "土砂の撤去を進めているが、復旧には数日かかる見込みだという。気象台は引き続き"
        "警戒するよう呼びかけている。",
        "生徒たちは一年かけて学校の実習室で車体を組み立てた。車の重さは百キロに満たず、"
        "太陽光だけで走ることができる。指導する先生によると、一番苦労したのは軽くて安い"
        "電池を探すことだったという。",
        "一部の住民からは、駐輪場を増やしてほしいという声も上がっている。市は開館後の"
        "利用者数を見ながら検討するとしている。建設費の詳しい内訳は来月公表される予定だ。",
    ),
    captions=("写真：共同通信", "撮影：記者"),
    quotes=("「", "」"),
    nav={
        NavKind.SHARE: ("シェアする",),
        NavKind.PREVIOUS: ("前の記事",),
        NavKind.NEXT: ("次の記事",),
        NavKind.COMMENTS: ("コメントする", "コメント欄"),
        NavKind.MORE: ("もっと見る", "人気記事"),
        NavKind.RELATED: ("関連記事",),
        NavKind.TAGS: ("タグ一覧",),
        NavKind.SUBSCRIBE: ("メルマガ登録",),
    },
    menu=("ホーム", "ニュース", "検索", "メニュー"),
)

LANGUAGES: tuple[LanguageParts, ...] = (
    ENGLISH,
    FRENCH,
    GERMAN,
    SPANISH,
    RUSSIAN,
    GREEK,
    ARABIC,
    HINDI,
    CHINESE,
    JAPANESE,
)
BY_CODE = {parts.code: parts for parts in LANGUAGES}

# Footer kinds in the order pages usually show them.
FOOTER_ORDER = (
    NavKind.SHARE,
    NavKind.TAGS,
    NavKind.PREVIOUS,
    NavKind.NEXT,
    NavKind.COMMENTS,
    NavKind.SUBSCRIBE,
    NavKind.MORE,
)

_SENTENCE = regex.compile(r"(?<=[.!?。！？।؟])\s*")
_DENSE = regex.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")


def _columns(text: str) -> int:
    """Terminal columns of *text*: two for a wide character (Han, kana, Hangul)."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def wrap_text(text: str, width: int, newline: str = "\n") -> str:
    """Hard-wrap *text* at *width* columns, as a terminal or a text file does: between
    words, and inside a word of wide characters (a sentence of Han or kana has no spaces)
    where it does not fit."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        if line and _columns(line) + 1 + _columns(word) <= width:
            line = f"{line} {word}"
            continue
        if line and not _DENSE.search(word):
            lines.append(line)
            line = word
            continue
        if line:  # a word of wide characters goes on after a space where it fits
            line += " "
        for ch in word:
            if line.strip() and _columns(line) + _columns(ch) > width:
                lines.append(line.rstrip())
                line = ""
            line += ch
    lines.append(line)
    return newline.join(lines)


def weighted_length(text: str) -> int:
    """Length counting each Han or kana character three times (as the parser does)."""
    return len(text) + 2 * len(_DENSE.findall(text))


def sentences(paragraph: str) -> list[str]:
    """The sentences of one of our paragraphs (they all end with sentence punctuation)."""
    return [s for s in _SENTENCE.split(paragraph) if s]


def excerpts(paragraph: str) -> list[str]:
    """Runs of whole sentences of *paragraph* that can stand as its pull-quote.

    Each is long enough to read as a call-out and clearly shorter than the paragraph: at
    most half of it, or 0.7 of a paragraph of 200 weighted characters or more (the parser
    takes a line that repeats a line not much longer for another of its kind, such as a
    table row; two characters are kept for quote marks).
    """
    parts = sentences(paragraph)
    joiner = "" if _DENSE.search(paragraph) else " "
    whole = weighted_length(paragraph)
    share = 0.7 if whole >= 200 else 0.5
    found = []
    for i in range(len(parts)):
        for j in range(i + 1, len(parts) + 1):
            text = joiner.join(parts[i:j])
            short = len(text) + 2 <= share * len(paragraph)
            if short and 60 <= weighted_length(text) <= share * whole:
                found.append(text)
    return found


@dataclasses.dataclass(frozen=True)
class FooterItem:
    """A footer line the page shows, with its kind and (for previous/next) its target."""

    kind: NavKind
    text: str
    target: str | None = None


@dataclasses.dataclass(frozen=True)
class ComposedPage:
    """A page made of known parts, and what a parser should recover from it."""

    language: str
    text: str
    title: str
    site_name: str | None
    authors: tuple[str, ...]
    body: tuple[str, ...]
    pull_quotes: tuple[str, ...]
    captions: tuple[str, ...]
    footer: tuple[FooterItem, ...]
    menu: tuple[str, ...]

    @property
    def footer_kinds(self) -> tuple[NavKind, ...]:
        """The kinds of the footer items, in order."""
        return tuple(item.kind for item in self.footer)


@dataclasses.dataclass(frozen=True)
class PageParts:
    """The drawn parts of a page before they are laid out as text."""

    language: LanguageParts
    title_line: str
    title: str
    site_name: str | None
    byline: str | None
    authors: tuple[str, ...]
    captions_top: tuple[str, ...]
    body: tuple[str, ...]
    pull_quote: str | None
    pull_quote_after: int
    footer: tuple[FooterItem, ...]
    footer_lines: tuple[str, ...]
    menu: tuple[str, ...]
    newline: str

    def layout(
        self,
        *,
        with_footer: bool = True,
        with_menu: bool = True,
        with_header: bool = True,
        markdown: bool = False,
        wrap: int | None = None,
    ) -> str:
        """The page as text: blocks separated by blank lines, footer lines by single breaks.

        *markdown* writes it as tools that turn pages into Markdown do: the title line as a
        ``#`` heading, menu and footer lines as links. *wrap* hard-wraps the body paragraphs
        at that many columns, as a mail client or a text file does.
        """
        blank = self.newline * 2
        blocks: list[str] = []
        menu = self.menu
        footer_lines = self.footer_lines
        if markdown:
            menu = tuple(f"[{m}](https://example.org/section/{k})" for k, m in enumerate(menu))
            footer_lines = tuple(
                f"[{line}](https://example.org/item/{k})" for k, line in enumerate(footer_lines)
            )
        if with_menu and menu:
            blocks.append(self.newline.join(menu))
        if with_header:
            blocks.append(f"# {self.title_line}" if markdown else self.title_line)
            if self.byline is not None:
                blocks.append(self.byline)
            blocks.extend(self.captions_top)
        for i, paragraph in enumerate(self.body):
            blocks.append(paragraph if wrap is None else wrap_text(paragraph, wrap, self.newline))
            if self.pull_quote is not None and i == self.pull_quote_after:
                blocks.append(self.pull_quote)
        if with_footer and footer_lines:
            blocks.append(blank.join(footer_lines))
        return blank.join(blocks) + self.newline

    def composed(self, *, with_footer: bool = True, with_menu: bool = True) -> ComposedPage:
        """The laid-out page with its ground truth."""
        return ComposedPage(
            language=self.language.code,
            text=self.layout(with_footer=with_footer, with_menu=with_menu),
            title=self.title,
            site_name=self.site_name,
            authors=self.authors,
            body=self.body,
            pull_quotes=(self.pull_quote,) if self.pull_quote is not None else (),
            captions=self.captions_top,
            footer=self.footer if with_footer else (),
            menu=self.menu if with_menu else (),
        )


@st.composite
def title_lines(draw: st.DrawFn, parts: LanguageParts) -> tuple[str, str, str | None]:
    """A title line: (line, headline, site name or None), the site on either side."""
    headline = draw(st.sampled_from(parts.headlines))
    side = draw(st.sampled_from(("none", "right", "left")))
    if side == "none":
        return headline, headline, None
    site = draw(st.sampled_from(parts.sites))
    separator = draw(st.sampled_from(SEPARATORS))
    line = headline + separator + site if side == "right" else site + separator + headline
    return line, headline, site


@st.composite
def bylines(draw: st.DrawFn, parts: LanguageParts) -> tuple[str, tuple[str, ...]]:
    """A byline naming one or two authors: (line, authors)."""
    authors = tuple(
        draw(st.lists(st.sampled_from(parts.names), min_size=1, max_size=2, unique=True))
    )
    prefix = draw(st.sampled_from(parts.byline_prefixes))
    space = "" if prefix.endswith("：") else " "
    return f"{prefix}{space}{parts.joiner.join(authors)}", authors


@st.composite
def footers(
    draw: st.DrawFn, parts: LanguageParts, headline: str
) -> tuple[tuple[FooterItem, ...], tuple[str, ...]]:
    """A footer block: its items and its lines (previous/next put their target on the next
    line, or share one line, each label before its target, with a bar between them)."""
    kinds = draw(
        st.lists(st.sampled_from(FOOTER_ORDER), min_size=1, max_size=5, unique=True).map(
            lambda ks: sorted(ks, key=FOOTER_ORDER.index)
        )
    )
    others = [h for h in parts.headlines if h != headline]
    items: list[FooterItem] = []
    lines: list[str] = []
    for kind in kinds:
        label = draw(st.sampled_from(parts.nav[kind]))
        target = None
        if kind in (NavKind.PREVIOUS, NavKind.NEXT):
            target = others[0] if kind is NavKind.PREVIOUS else others[-1]
            lines.extend((label, target))
        else:
            lines.append(label)
        items.append(FooterItem(kind=kind, text=label, target=target))
    if NavKind.PREVIOUS in kinds and NavKind.NEXT in kinds and draw(st.booleans()):
        # "Previous article <title> | Next article <title>" on one line: an item per kind,
        # both with that line as their text.
        at = kinds.index(NavKind.PREVIOUS)
        previous, following = items[at], items[at + 1]
        line = f"{previous.text} {previous.target} | {following.text} {following.target}"
        items[at : at + 2] = [
            FooterItem(kind=NavKind.PREVIOUS, text=line, target=previous.target),
            FooterItem(kind=NavKind.NEXT, text=line, target=following.target),
        ]
        first = lines.index(previous.text)
        lines[first : first + 4] = [line]
    return tuple(items), tuple(lines)


@st.composite
def page_parts(
    draw: st.DrawFn,
    languages: Sequence[LanguageParts] = LANGUAGES,
    *,
    byline: bool | None = None,
    pull_quote: bool | None = None,
    captions: bool | None = None,
    menu: bool | None = None,
) -> PageParts:
    """The parts of one page in one of *languages* (each optional part drawn unless fixed)."""
    parts = draw(st.sampled_from(tuple(languages)))
    title_line, headline, site = draw(title_lines(parts))
    byline_line: str | None = None
    authors: tuple[str, ...] = ()
    if byline if byline is not None else draw(st.booleans()):
        byline_line, authors = draw(bylines(parts))
    top: tuple[str, ...] = ()
    if captions if captions is not None else draw(st.booleans()):
        top = (draw(st.sampled_from(parts.captions)),)
    body = tuple(
        draw(st.lists(st.sampled_from(parts.paragraphs), min_size=2, max_size=4, unique=True))
    )
    quote: str | None = None
    after = 0
    if pull_quote if pull_quote is not None else draw(st.booleans()):
        source = draw(st.sampled_from(body))
        quote = draw(st.sampled_from(excerpts(source)))
        if draw(st.booleans()):
            quote = parts.quotes[0] + quote + parts.quotes[1]
        after = draw(st.integers(0, len(body) - 2))
    items, lines = draw(footers(parts, headline))
    menu_lines: tuple[str, ...] = ()
    if menu if menu is not None else draw(st.booleans()):
        menu_lines = tuple(
            draw(st.lists(st.sampled_from(parts.menu), min_size=2, max_size=4, unique=True))
        )
    newline = draw(st.sampled_from(("\n", "\n", "\r\n")))
    return PageParts(
        language=parts,
        title_line=title_line,
        title=headline,
        site_name=site,
        byline=byline_line,
        authors=authors,
        captions_top=top,
        body=body,
        pull_quote=quote,
        pull_quote_after=after,
        footer=items,
        footer_lines=lines,
        menu=menu_lines,
        newline=newline,
    )


def pages(
    languages: Sequence[LanguageParts] = LANGUAGES, **fixed: bool
) -> st.SearchStrategy[ComposedPage]:
    """Composed pages (menus drawn unless fixed) with their ground truth."""
    return page_parts(languages, **fixed).map(lambda p: p.composed())


def markdown_pages(
    languages: Sequence[LanguageParts] = LANGUAGES,
) -> st.SearchStrategy[tuple[str, str]]:
    """The same page written as Markdown and as plain text: (markdown, text)."""
    return page_parts(languages).map(lambda p: (p.layout(markdown=True), p.layout()))


def body_only_pages(
    languages: Sequence[LanguageParts] = LANGUAGES,
) -> st.SearchStrategy[tuple[str, tuple[str, ...]]]:
    """Pages made of body paragraphs only: (text, paragraphs)."""
    return st.sampled_from(tuple(languages)).flatmap(
        lambda parts: st.lists(
            st.sampled_from(parts.paragraphs), min_size=1, max_size=5, unique=True
        ).map(lambda ps: ("\n\n".join(ps) + "\n", tuple(ps)))
    )


# Characters that stress line splitting, offsets and matching.
TRICKY_CHARACTERS = (
    "\n",
    "\r",
    "\r\n",
    "\t",
    "\x0b",
    "\x0c",
    "\x1c",
    "\x1d",
    "\x1e",
    "\x85",
    "\u2028",
    "\u2029",
    "\u00a0",
    "\u200b",
    "\u200d",
    "\u200e",
    "\u202e",
    "\ufeff",
    "\ufffd",
    "\u0301",
    "\x00",
    " ",
    "|",
    " | ",
    " - ",
    " :: ",
    "·",
    "»",
    "«",
    "“",
    "”",
    "「",
    "」",
    ":",
    ".",
    "。",
    "©",
    "#",
    "<",
    ">",
    "&",
    "By ",
    "Par ",
    "Von ",
    "Share",
    "Previous article",
    "Article suivant",
    "Photo: ",
    "https://example.org/a",
    "2024-06-01",
    "\ud800",
    "é",
    "ß",
    "İ",
    "ﬁ",
    "漢字",
    "かな",
    "ا",
    "ह",
    "Ω",
    "Ж",
    "🙂",
)


# What the rules' patterns look for at the start or the end of a line: letters of either
# case, digits, spaces, brackets, quote marks, dashes, colons, signs and arrows.
_EDGE_PIECES = (
    *("a", "c", "C", "Z", "é", "É", "ß", "Ω", "ж", "漢", "7", "٣", "12.", "3)", "(2)", "(c)"),
    *(" ", "\t", "\u00a0", "\u2003", "\x1c", "\x85", "(", "[", ")", "]", "-", "–", "—"),
    *('"', "„", "“", "”", "‚", "‘", "「", "『", "«", "‹", "›", "»", "→", "≫", ">>", ">"),
    *(":", "：", "<", "</", "<!", "<p>", "©", "copyright", "COPYRIGHT ", "\u00ad", "İ"),
)


@st.composite
def line_edges(draw: st.DrawFn) -> str:
    """A short line that opens and ends with the pieces the rules' patterns look at there,
    with any text between."""
    lead = "".join(draw(st.lists(st.sampled_from(_EDGE_PIECES), max_size=3)))
    tail = "".join(draw(st.lists(st.sampled_from(_EDGE_PIECES), max_size=3)))
    return lead + draw(st.text(max_size=12)) + tail


def tricky_text() -> st.SearchStrategy[str]:
    """Text built from characters and fragments that stress the parser."""
    return st.lists(
        st.one_of(st.sampled_from(TRICKY_CHARACTERS), st.text(max_size=5)), max_size=60
    ).map("".join)


def any_text() -> st.SearchStrategy[str]:
    """Any ``str``, lone surrogates and control characters included."""
    return st.one_of(
        st.text(st.characters(codec=None, exclude_categories=()), max_size=300),
        tricky_text(),
    )


_WARC_FIELDS = (
    "WARC-Type: conversion",
    "WARC-Target-URI: https://news.example.org/2024/05/harbour-bridge",
    "WARC-Date: 2024-05-03T08:15:00Z",
    "WARC-Record-ID: <urn:uuid:6f1c1d2e-0000-4000-8000-000000000001>",
    "WARC-Refers-To: <urn:uuid:6f1c1d2e-0000-4000-8000-000000000002>",
    "WARC-Block-Digest: sha1:AAAABBBBCCCCDDDDEEEEFFFFGGGGHHHH",
    "WARC-Identified-Content-Language: eng,fra",
    "Content-Type: text/plain",
    "Content-Length: 2048",
)
_HTTP_FIELDS = (
    "Content-Type: text/html; charset=utf-8",
    "Server: example",
    "Cache-Control: max-age=60",
    "Set-Cookie: session=abc123; Path=/",
)


@st.composite
def record_headers(draw: st.DrawFn) -> str:
    """The header of a WET or WARC record a crawler leaves before a page: a WARC status line
    and fields (one value may go on, on an indented line), maybe the HTTP response's status
    line and fields, each ended by a blank line."""
    newline = draw(st.sampled_from(("\n", "\r\n")))
    fields = draw(st.lists(st.sampled_from(_WARC_FIELDS), min_size=1, max_size=9, unique=True))
    if draw(st.booleans()):
        fields[-1] += newline + draw(st.sampled_from((" ", "\t"))) + "and a folded value"
    header = newline.join([draw(st.sampled_from(("WARC/1.0", "WARC/1.1"))), *fields])
    header += newline * 2
    if draw(st.booleans()):
        http = draw(st.lists(st.sampled_from(_HTTP_FIELDS), min_size=1, max_size=4, unique=True))
        header += newline.join(["HTTP/1.1 200 OK", *http]) + newline * 2
    return header


_HTML_FRAGMENTS = (
    "<!DOCTYPE html>",
    "<html>",
    "</html>",
    "<head>",
    "<title>",
    "</title>",
    "<body>",
    "</body>",
    "<p>",
    "</p>",
    "<div>",
    "</div>",
    "<br>",
    "<br/>",
    "<li>",
    "<ul>",
    "<h1>",
    "</h1>",
    "<script>",
    "</script>",
    "<style>",
    "</style>",
    "<!--",
    "-->",
    "<![CDATA[",
    "]]>",
    "<?xml version='1.0'?>",
    '<meta charset="utf-8">',
    '<meta charset="koi8-r">',
    "<svg><title>icon</title></svg>",
    "<template><p>hidden</p></template>",
    "<table><tr><td>cell</td></tr></table>",
    "&amp;",
    "&nbsp;",
    "&#0;",
    "&#xD800;",
    "&bogus;",
    "<a href='x'>",
    "</a>",
    '<p class="',
    "<",
    ">",
    "</",
    "<>",
    "<p <p>",
    "\x00",
    "<textarea>",
    "<noscript>",
    "\ud800",
    "\ufffe",
)


def hostile_html() -> st.SearchStrategy[str]:
    """Broken, nested, truncated or odd HTML, mixed with text."""
    piece = st.one_of(
        st.sampled_from(_HTML_FRAGMENTS),
        st.text(max_size=20),
        st.sampled_from(ENGLISH.paragraphs + FRENCH.paragraphs),
    )
    return st.lists(piece, max_size=40).map("".join)


_ENCODINGS = (
    "utf-8",
    "utf-16",
    "utf-16-le",
    "utf-32",
    "cp1252",
    "latin-1",
    "koi8-r",
    "shift_jis",
    "gb18030",
)


# Charset labels no page should be decoded with: unknown, or Python codecs that are not
# text encodings of pages.
_ODD_CHARSETS = ("bogus-charset", "utf-7", "x-user-defined", "base64", "rot13", "punycode")


@st.composite
def encoded_pages(draw: st.DrawFn) -> bytes:
    """Page bytes in some encoding, maybe with a BOM or a (possibly false) declared charset."""
    text = draw(st.one_of(pages().map(lambda p: p.text), tricky_text()))
    encoding = draw(st.sampled_from(_ENCODINGS))
    data = text.encode(encoding, errors="replace")
    if draw(st.booleans()):
        declared = draw(st.sampled_from((*_ENCODINGS, *_ODD_CHARSETS)))
        data = f'<meta charset="{declared}">\n'.encode("ascii") + data
    if draw(st.booleans()):
        data = (
            draw(st.sampled_from((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\xff\xfe\x00\x00")))
            + data
        )
    return data


def any_bytes() -> st.SearchStrategy[bytes]:
    """Any bytes: random, encoded pages, or text with invalid sequences spliced in."""
    return st.one_of(
        st.binary(max_size=400),
        encoded_pages(),
        st.tuples(tricky_text(), st.binary(max_size=8)).map(
            lambda pair: pair[0].encode("utf-8", errors="surrogatepass") + pair[1]
        ),
    )


# Characters a phrase's letters may be printed as without changing what the phrase patterns
# match (case-insensitively): other cases, and the few letters whose case maps to a
# character of another block or to none at all in Python's own tables.
_CASE_VARIANTS = {
    "i": ("I", "İ", "ı"),
    "s": ("S", "ſ"),
    "k": ("K", "\N{KELVIN SIGN}"),
    "σ": ("Σ", "ς"),
    "ß": ("ẞ", "SS"),
    "'": ("’", "ʼ"),
    "’": ("'", "ʼ"),
}
_LEADS = ("", "", "", " ", "• ", "1. ", "12 ", "« ", "→ ", "#", "© ", "3", "(", "“", "ʼ")
_TAILS = ("", "", " more", "s", "-x", ": the rest", "!", " 2024", "ʼs", "3", " »", "\u00ad")


@st.composite
def phrase_lines(draw: st.DrawFn, phrases: Sequence[str]) -> str:
    """A line that opens with (or nearly with) one of *phrases*: printed in other cases,
    after bullets and numbers, with spaces of other kinds, cut short or run on into more
    letters, so that it matches or just misses."""
    phrase = draw(st.sampled_from(phrases))
    chars = []
    for char in phrase:
        how = draw(st.sampled_from(("keep", "keep", "swap", "variant", "space")))
        if how == "swap":
            chars.append(char.swapcase())
        elif how == "variant" and char.lower() in _CASE_VARIANTS:
            chars.append(draw(st.sampled_from(_CASE_VARIANTS[char.lower()])))
        elif how == "space" and char.isspace():
            chars.append(draw(st.sampled_from(("  ", "\u00a0", "\t", " \u2009"))))
        else:
            chars.append(char)
    body = "".join(chars)
    if draw(st.booleans()) and draw(st.booleans()):
        body = body[: draw(st.integers(0, len(body)))]
    return draw(st.sampled_from(_LEADS)) + body + draw(st.sampled_from(_TAILS))


# What may stand before a phrase and be skipped as symbols by the position patterns, or look
# like it: digits of several scripts, bullets, marks of rights, apostrophes (a phrase may open
# with one), spaces of other kinds; and look-alikes that are no symbols: superscript and
# Roman numerals, a combining accent, a modifier apostrophe.
_SYMBOL_LEADS = (
    *("1", "٣", "３", "४", "•", "©", "→", "«", "“", "(", "#", "-", "'", "’", "ʼ", " ", "\u00a0"),
    *("\u3000", "\t", "²", "Ⅻ", "\u0301", "_", "@", "…", "+"),
)


@st.composite
def symbol_led_lines(draw: st.DrawFn, phrases: Sequence[str]) -> str:
    """A line of :func:`phrase_lines` after a run of symbols, digits and look-alikes,
    perhaps with a phrase made of symbols, or another phrase, written among them."""
    lead = "".join(draw(st.lists(st.sampled_from(_SYMBOL_LEADS), max_size=4)))
    if draw(st.booleans()):
        lead += draw(st.sampled_from(phrases)) + draw(st.sampled_from(_SYMBOL_LEADS))
    return lead + draw(phrase_lines(phrases))
