"""Which glossed language a page is written in (read by ``foreign``): a count of function words
in the page's first ``_SAMPLE`` characters; a page in a language that is not glossed (Danish,
Belarusian ...) is none, even where it shares a few glossed words.

Split from ``foreign`` (round 13, a move, when Italian, Arabic and Indonesian joined the glossed
languages). Italian pages were read as Spanish before "it" had markers of its own ("del", "con",
"al" are both); each language's markers are words the other glossed languages do not use.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from pipeline.extract.page_vocabulary import vocabulary_language
from pipeline.extract.serbian_cyrillic import serbian_cyrillic, serbian_latin
from pipeline.lexicon import uzbek_apostrophes

_SAMPLE = 3000
# Function words, counted with their surrounding spaces on the lower-cased sample.
_MARKERS = {
    "en": (" the ", " and ", " of ", " to ", " is ", " with "),
    # Spanish: none is a Portuguese function word ("que" and "por" are both: a Portuguese page
    # writing "por cento" and "que" was read as Spanish)
    "es": (" el ", " los ", " las ", " del ", " y ", " con ", " al ", " según ", " más ")
    + (" hasta ",),
    "fr": (" les ", " des ", " du ", " et ", " est ", " le ", " avec ", " une ", " au ", " selon "),
    # Portuguese: none of these is a Spanish or French function word ("dos" is Spanish "two")
    "pt": (" do ", " da ", " das ", " em ", " não ", " ao ", " pela ", " pelo ", " uma ", " com "),
    # German and Russian ("die" is rare English; none of these is Spanish, French or Portuguese)
    "de": (
        " der ",
        " die ",
        " und ",
        " den ",
        " mit ",
        " von ",
        " im ",
        " ist ",
        " auf ",
        " nicht ",
    ),
    "ru": (" и ", " в ", " на ", " что ", " по ", " из ", " за ", " с ", " до ", " не "),
    # Italian: none of these is a Spanish, Portuguese or (but " il ") French function word
    "it": (" il ", " della ", " nel ", " nella ", " sono ", " degli ", " delle ", " gli ", " di ")
    + (" è ", " che ", " dei "),
    "ar": (" في ", " من ", " إلى ", " على ", " أن ", " عن ", " مع ", " التي ", " بين ", " الى "),
    # Indonesian (and Malay): none is a word of the other languages ("di" is Italian: left out)
    "id": (" yang ", " dan ", " dengan ", " dari ", " pada ", " ini ", " untuk ", " itu ", " ke "),
    # Turkish: none is a word of the other languages ("da"/"de" are Portuguese/Spanish: left out)
    "tr": (" ve ", " bir ", " bu ", " ile ", " için ", " olarak ", " göre ", " ise ", " yüzde "),
    # Polish: none is a word of the other languages (Czech writes "že", "které" with other letters
    # and "v" for "w")
    "pl": (" się ", " jest ", " że ", " oraz ", " przez ", " dla ", " które ", " został ", " w ")
    + (" nie ",),
    # Armenian: its own script, so no word of another language
    "hy": (" և ", " է ", " են ", " որ ", " հետ ", " համար ", " մեր ", " այս "),
    # Kyrgyz: Cyrillic, but none of these is a Russian word (nor Kazakh, which writes "мен", "және")
    "ky": (" менен ", " жана ", " боюнча ", " үчүн ", " бул ", " деп ", " эки ", " болуп "),
    # Vietnamese: its tone marks make none of these a word of another language
    "vi": (" và ", " của ", " các ", " được ", " với ", " trong ", " này ", " có "),
    # Czech: none is a word of the other languages (Polish writes "w", "że" but not "které"; "že"
    # is in both: Polish also counts "się", "jest", "w", which Czech never writes)
    "cs": (" že ", " které ", " který ", " jsou ", " také ", " bylo ", " byla ", " podle ", " v ")
    + (" ve ", " než ", " loni ", " mezi "),
    # Bulgarian: Cyrillic, but none of these is a Russian word (Russian "что", "это", "из")
    "bg": (" че ", " се ", " са ", " е ", " през ", " към ", " които ", " това ", " със ", " във "),
    # Serbian, Croatian, Bosnian (Latin script): none is a word of the other languages (Czech and
    # Polish write "který"/"który", "jako", "z"; "je", "i", "od", "za" are shared: left out)
    "sh": (
        " su ",
        " koji ",
        " koja ",
        " koje ",
        " što ",
        " kao ",
        " će ",
        " iz ",
        " sa ",
        " godine ",
    )
    + (" između ", " bio ", " ali "),
    # Azerbaijani: its "ə" makes none of these a Turkish word (Turkish "ve", "ile", "için", "bu")
    "az": (" və ", " ilə ", " üçün ", " olan ", " edib ", " əsasən ", " görə ", " isə ", " ildə "),
    # Uzbek, Latin and Cyrillic: none is a Turkish or Azerbaijani word (they write "ve"/"və",
    # "ile"/"ilə", "için"/"üçün", "yılında"/"ildə"; both write "mlrd": left out), nor a Kyrgyz or
    # Kazakh one ("менен", "үчүн", "боюнча"); "va" is also Catalan and Spanish "goes", one word of
    # twenty on an Uzbek page; Tajik writes "ва" too, and is an unglossed language (``_UNGLOSSED``)
    "uz": (" va ", " bilan ", " uchun ", " boʻyicha ", " yilda ", " yilning ", " tashkil ")
    + (" hamda ", " deb ", " ва ", " билан ", " учун ", " бўйича ", " йилда ", " йилнинг ")
    + (" ташкил ", " ҳамда ", " деб "),
    # Ukrainian: Cyrillic, and shares Russian's " в ", " на ", " по ", " за ", " до ", " не ", but
    # none of these is a Russian, Bulgarian, Kyrgyz, Kazakh or Uzbek word (their letters і, є;
    # Russian writes "и", "что", "это", "от", "между", "года", "было"); Belarusian, which
    # writes " і " too, is an unglossed language (``_UNGLOSSED``)
    "uk": (" і ", " та ", " що ", " це ", " від ", " між ", " також ", " року ", " році ", " є ")
    + (" які ", " було ", " його ", " її "),
    # Romanian (and Moldovan): none is a word of the other languages ("la", "de", "a", "se" are
    # Spanish, French, Italian, Portuguese: left out); "și", "în" also in the older cedilla
    # spelling ("şi") pages still type
    "ro": (" și ", " şi ", " în ", " pentru ", " care ", " sunt ", " fost ", " din ", " cu ")
    + (" către ", " față ", " după ", " acest ", " această ", " anul ", " și-a "),
    # Swahili: none is a word of the other languages ("na", "ya", "la", "ni" are Portuguese,
    # Spanish, French, Italian words: left out)
    "sw": (" wa ", " kwa ", " za ", " katika ", " kwamba ", " hiyo ", " hii ", " kutoka ")
    + (" ambayo ", " pia ", " hadi ", " mwaka ", " zaidi ", " biashara ", " nchini ", " cha ")
    + (" kati ", " kuwa ", " ambapo ", " yake ", " yao ", " hizo ", " baada ", " ilikuwa ")
    + (" mauzo ", " nchi "),
    # Tagalog (Filipino): none is a word of the other languages ("sa", "na", "at", "para" are
    # Serbo-Croatian, Portuguese, Swahili, Spanish words: left out); a page mixing English words
    # ("ang Philippine exports sa South Korea ay lumago ng 16.9 percent") counts these still
    "tl": (" ang ", " ng ", " mga ", " ay ", " noong ", " nang ", " ito ", " mula ", " ayon ")
    + (" taon ", " kung ", " kanilang ", " bansa ", " naman ", " hanggang ", " dalawang ")
    + (" ngayong ", " nasabing ", " kumpara "),
    # Dutch: none is a word of the other languages (Spanish, Portuguese "van", "de", "en"; German
    # "die", "den", "im": left out)
    "nl": (" het ", " een ", " voor ", " zijn ", " wordt ", " ook ", " naar ", " met ", " niet ")
    + (" werd ", " bij ", " uit ", " tot ", " dan ", " door ", " heeft ", " deze ", " dat "),
    # Swedish: none is a word of the other languages (German "den", "in"; French, Spanish "en":
    # left out); Danish and Norwegian write "og", "at", "for", "fra", "til", "ikke" instead
    "sv": (" och ", " att ", " för ", " från ", " är ", " till ", " också ", " inte ", " mellan ")
    + (" år ", " av ", " som ", " har ", " ett ", " samt ", " efter ", " sedan "),
    # Urdu: Arabic script, but none is an Arabic or Persian word (Arabic writes "ي"/"ك", not
    # Urdu's "ی"/"ک"; Persian writes "که", "از", "به", "است", never "کے", "ہے", "سے", "میں")
    "ur": (" کے ", " کی ", " کا ", " میں ", " ہے ", " ہیں ", " نے ", " سے ", " کو ", " اور "),
    # Persian: Arabic script, but none is an Arabic or Urdu word (its "که", "این", "یک", "برای",
    # "های", "می" are written with the Persian letters "ک"/"ی", Arabic's "ك"/"ي" and Urdu's "کہ",
    # "یہ"/"اس", "ہے" differ; "و" (and) left out: Arabic pages write it apart too)
    "fa": (" که ", " را ", " از ", " این ", " است ", " برای ", " با ", " در ", " یک ")
    + (" های ", " می ", " شد ", " شده ", " کرد ", " بود "),
    # Hebrew: its own script, so no word of another language (Yiddish, which writes it too, is
    # an unglossed language: ``_UNGLOSSED``)
    "he": (" של ", " את ", " על ", " עם ", " הוא ", " היא ", " כי ", " זה ", " גם ", " בין ")
    + (" או ", " לא ", " אשר ", " כך ", " יותר ", " היה ", " הייתה "),
    # Kazakh: Cyrillic, but none of these is a Russian, Kyrgyz or Uzbek word (Kyrgyz writes
    # "менен", "жана", "боюнча", "үчүн", "бул"; its letters ә, ғ, қ, ң, ұ, і are Kazakh's own)
    "kk": (" және ", " мен ", " бойынша ", " үшін ", " бұл ", " деді ", " пен ", " бен ")
    + (" арасындағы ", " туралы ", " екі ", " болып ", " мәлімдеді ", " айтты "),
    # Hungarian: none is a word of the other languages ("a" is Portuguese, Italian, Spanish;
    # "is" English: left out)
    "hu": (" az ", " és ", " hogy ", " egy ", " volt ", " pedig ", " szerint ", " nem ", " már ")
    + (" között ", " amely ", " miatt ", " évben ", " mint ", " évi ", " ezt ", " ami "),
    # Greek: its own script, so none is another language's word (round 57)
    "el": (" και ", " της ", " του ", " των ", " την ", " στην ", " από ", " για ", " με ", " να ")
    + (" που ", " ότι ", " είναι ", " στο ", " οι ", " τα ", " το ", " τη ", " σε ", " προς "),
    # Macedonian: Cyrillic; none is a Russian, Bulgarian or Ukrainian word (Bulgarian "в",
    # "от", "със", "че", "които"; Serbian Cyrillic, which writes "од", "што", "кои" less, is
    # told before, by its letters: ``serbian_cyrillic``); round 59
    "mk": (" во ", " од ", " дека ", " кои ", " ќе ", " меѓу ", " беше ", " оваа ", " овој ")
    + (" што ", " исто ", " лани ", " годинава ", " отколку ", " сме ", " бил ", " била "),
    # Albanian: none is a word of the other languages ("me", "se", "e", "si" are Spanish,
    # Italian, Romanian words: left out); round 59
    "sq": (" dhe ", " të ", " në ", " për ", " është ", " nga ", " që ", " janë ", " ishte ")
    + (" sipas ", " këtij ", " një ", " vitit ", " kanë ", " ka ", " mbi ", " këtë "),
    # Slovak: none is a Czech word (Czech "se", "i", "který", "podle", "jsou", "byl", "nebo",
    # "jako", "pro", "mezi"); " sa " is also Serbo-Croatian "with", one word of many; round 59
    "sk": (" sa ", " aj ", " ktorý ", " ktorá ", " ktoré ", " ktorí ", " podľa ", " sú ", " bol ")
    + (" bola ", " boli ", " alebo ", " ako ", " pre ", " vo ", " zo ", " medzi ", " tiež ")
    + (" ešte ", " vlani ", " než ", " tohto "),
}
# Spanish words Italian does not write ("del", "con", "al" are both languages'; round 57)
_SPANISH_ONLY = (" el ", " los ", " las ", " y ", " según ", " más ", " hasta ", " en ", " que ")
_SPANISH_ONLY += (" por ", " para ", " es ")
# Russian words Bulgarian does not write: a Cyrillic page counts the shared " и ", " в ", " на "
# as Russian, so it is Bulgarian when its Bulgarian words outnumber these
_RUSSIAN_ONLY = (" что ", " из ", " это ", " году ", " также ", " был ", " была ", " который ")
_CYRILLIC_SHARED = ("ru", "uk", "bg")
_GLOSSED = (
    "es",
    "fr",
    "pt",
    "de",
    "ru",
    "it",
    "ar",
    "id",
    "tr",
    "pl",
    "hy",
    "ky",
    "vi",
    "cs",
    "bg",
    "sh",
    "az",
    "uz",
    "uk",
    "ro",
    "sw",
    "ur",
    "tl",
    "nl",
    "sv",
    "fa",
    "he",
    "kk",
    "hu",
    "el",
    "mk",
    "sq",
    "sk",
)
# Slovak pages are read with the Czech rows (``czech``: "so", "sa"; Slovak rows are "cs" rows)
_READ_AS = {"sk": "cs"}
# and Chinese ("zh"), Korean ("ko"), Japanese ("ja"), Thai ("th"), Khmer ("km"), Bengali ("bn") and Hindi
# ("hi"), Gujarati ("gu") and Nepali ("ne"), told by their scripts (``_chinese``, ``_korean``,
# ``_japanese``, ``_thai``, ``_khmer``, ``_bengali``, ``_hindi``, ``_gujarati``, ``_nepali``)
# Function words of common languages that are not glossed, none a function word of a glossed one
# (Dutch, glossed since round 48, has its own "nl" markers; Kazakh and Hungarian, glossed since
# round 56, theirs): a Danish page counts a glossed language's word or two, and must not be
# glossed as it
_UNGLOSSED = {
    # Danish and Norwegian: they write Swedish's "som", "har", "år", "av" too, but none of these
    # (Swedish "och", "till", "från", "är", "inte")
    "da": (" og ", " til ", " fra ", " er ", " ikke ", " blev ", " af ", " være "),
    # Belarusian: Cyrillic, and writes Ukrainian's " і ", but none of these (Ukrainian "що",
    # "це", "від", "між", "також", "був"; Russian "что", "это", "от", "между", "также", "был")
    "be": (" што ", " гэта ", " ад ", " паміж ", " таксама ", " быў ", " ў ", " якія ", " годзе "),
    # Tajik: Cyrillic, and writes Uzbek's "ва" (and), but none of these
    "tg": (" дар ", " аз ", " ба ", " ки ", " барои ", " бо ", " мебошад ", " шуд "),
    # Yiddish: Hebrew script, but none of these is a Hebrew word
    "yi": (" און ", " פון ", " איז ", " דער ", " דעם ", " מיט ", " נישט ", " געווען "),
    # Slovenian: not Serbian or Croatian, which write "su", "koji", "kao", "takođe" (nor " so ",
    # Vietnamese "so" of "so cùng kỳ", compared with the same period)
    "sl": (
        " ki ",
        " tudi ",
        " kot ",
        " leta ",
        " bo ",
        " pa ",
        " ter ",
        " ker ",
        " glede ",
    ),
}


# Chinese is told by its script: Han characters make a fifth of the sample or more, and kana
# (Japanese, which writes Han characters too) are rare among them; Korean's hangul is no Han
_HAN = re.compile(r"[\u3400-\u9fff]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_THAI = re.compile(r"[\u0e00-\u0e7f]")
_KHMER = re.compile(r"[\u1780-\u17ff]")


# Bengali is told by its script too: its letters and marks make a fifth of the sample or more
_BENGALI = re.compile(r"[\u0980-\u09ff]")


def _bengali(sample: str, top: str) -> bool:
    """``top``: the sample's greatest character ("" for ASCII), as for ``_chinese``."""
    return top >= "\u0980" and len(_BENGALI.findall(sample)) * 5 >= len(sample)


# Gujarati is told by its script too: its letters and marks a fifth of the sample or more
_GUJARATI = re.compile(r"[\u0a80-\u0aff]")


def _gujarati(sample: str, top: str) -> bool:
    """``top``: the sample's greatest character ("" for ASCII), as for ``_chinese``."""
    return top >= "\u0a80" and len(_GUJARATI.findall(sample)) * 5 >= len(sample)


# Hindi is told by its script, Devanagari, and by its function words: Marathi and Nepali write
# Devanagari too, with words of their own (Nepali also writes "को"), and are not glossed
_DEVANAGARI = re.compile(r"[\u0900-\u097f]")
_HINDI = (" है ", " हैं ", " के ", " की ", " में ", " ने ", " का ", " था ", " थी ", " से ", " और ")
_OTHER_DEVANAGARI = (" आहे ", " आणि ", " आहेत ", " केली ", " छ ", " र ", " पनि ", " गरेको ", " भएको ")


def _hindi(sample: str, top: str) -> bool:
    """Devanagari a fifth of the sample or more (``top`` as for ``_chinese``), and Hindi's
    function words at least three and twice the Marathi and Nepali ones."""
    if top < "\u0900" or len(_DEVANAGARI.findall(sample)) * 5 < len(sample):
        return False
    hindi = sum(map(sample.count, _HINDI))
    return hindi >= 3 and hindi >= 2 * sum(map(sample.count, _OTHER_DEVANAGARI))


# Nepali: Devanagari, and function words none a Hindi one (Hindi writes "को" too, and "हो"):
# three or more, and more than the Hindi and Marathi ones
_NEPALI = (" छ ", " छन् ", " पनि ", " गरेको ", " भएको ", " थियो ", " र ", " गर्न ", " रहेको ")
_HINDI_MARATHI = (*_HINDI, " आहे ", " आणि ", " आहेत ", " केली ")


def _nepali(sample: str, top: str) -> bool:
    """Devanagari a fifth of the sample or more (``top`` as for ``_chinese``), and Nepali's
    function words at least three and more than the Hindi and Marathi ones."""
    if top < "\u0900" or len(_DEVANAGARI.findall(sample)) * 5 < len(sample):
        return False
    nepali = sum(map(sample.count, _NEPALI))
    return nepali >= 3 and nepali > sum(map(sample.count, _HINDI_MARATHI))


def _korean(sample: str, top: str) -> bool:
    """Hangul syllables a fifth of the sample or more (``top`` as for ``_chinese``): a Korean
    page; the hanja and Latin names it quotes stay fewer."""
    return top >= "\uac00" and len(_HANGUL.findall(sample)) * 5 >= len(sample)


def _japanese(sample: str, top: str) -> bool:
    """Kanji and kana together a fifth of the sample or more, kana a tenth of the kanji or more
    (a Chinese page writes none): a Japanese page (``top`` as for ``_chinese``)."""
    if top < "\u3040":
        return False
    kana = len(_KANA.findall(sample))
    return kana * 10 >= len(_HAN.findall(sample)) and kana * 10 >= len(sample)


def _thai(sample: str, top: str) -> bool:
    """Thai letters a fifth of the sample or more (``top`` as for ``_chinese``)."""
    return top >= "\u0e00" and len(_THAI.findall(sample)) * 5 >= len(sample)


def _khmer(sample: str, top: str) -> bool:
    """Khmer letters a fifth of the sample or more (``top`` as for ``_chinese``; round 59)."""
    return top >= "\u1780" and len(_KHMER.findall(sample)) * 5 >= len(sample)


# Georgian is told by its script (Mkhedruli): its letters a fifth of the sample or more (round 59)
_GEORGIAN = re.compile(r"[\u10a0-\u10ff\u1c90-\u1cbf]")


def _georgian(sample: str, top: str) -> bool:
    """``top``: the sample's greatest character ("" for ASCII), as for ``_chinese``."""
    return top >= "\u10a0" and len(_GEORGIAN.findall(sample)) * 5 >= len(sample)


# Macedonian is Cyrillic with letters Russian, Bulgarian and Ukrainian never write ("ј" of
# "Србија", "милијарди"; "ѓ", "ќ", "ѕ"): a page whose best count is one of theirs is Macedonian
# when it writes five or more of them and more Macedonian function words than Bulgarian ones
_MACEDONIAN_LETTERS = re.compile(r"[јѓќѕЈЃЌЅ]")


def _chinese(sample: str, top: str) -> bool:
    """``top``: the sample's greatest character, "" when none is U+0980 or above (found by a
    regex scan, far cheaper than ``max`` over the sample; a Latin page has none)."""
    if top < "\u3400":  # no character of the script at all
        return False
    han = len(_HAN.findall(sample))
    return han * 5 >= len(sample) and len(_KANA.findall(sample)) * 10 < han


_WORDS = [w for words in (*_MARKERS.values(), _RUSSIAN_ONLY, *_UNGLOSSED.values()) for w in words]
if not all(len(w) > 2 and w[0] == w[-1] == " " and " " not in w[1:-1] for w in _WORDS):
    raise ValueError("a marker is one word between single spaces (``_marker_total``)")


def _bare(words: tuple[str, ...]) -> Counter[str]:
    return Counter(w[1:-1] for w in words)


# Each marker tuple's words without their spaces, with how often the tuple lists each: a page's
# count of a tuple is the sum over the words its sample holds as tokens (an English page holds
# a few of the ~200 markers; the others count 0 and are not looked up)
_BARE = {words: _bare(words) for words in (*_MARKERS.values(), _RUSSIAN_ONLY)}
_BARE.update({words: _bare(words) for words in _UNGLOSSED.values()})
_MARKER_WORDS = frozenset(w[1:-1] for w in _WORDS)  # (the only tokens ``_marker_total`` reads)
# Each marker word -> (tuple, how often the tuple lists the word) for every tuple listing it:
# a page's counts of all tuples from one pass over the few marker words its sample holds
_TUPLES_OF: dict[str, list[tuple[tuple[str, ...], int]]] = {}
for _words, _bare_words in _BARE.items():
    for _word, _times in _bare_words.items():
        _TUPLES_OF.setdefault(_word, []).append((_words, _times))
del _words, _bare_words, _word, _times
# A character of Devanagari's block or above: without one, no script test can pass (a regex
# scan is far cheaper than ``max`` over the sample)
_HIGH = re.compile("[\u0900-\U0010ffff]")


def _marker_total(sample: str) -> Callable[[tuple[str, ...]], int]:
    """``lambda words: sum(map(sample.count, words))`` for the marker tuples of this module
    (" word ", one word between single spaces), read from one split of the sample instead of
    ~170 scans of it: " w " occurs once per token ``w``, and two occurrences overlap only on
    adjacent tokens (" w w "), which ``str.count`` counts once per pair: such a word (rare) is
    counted by ``str.count`` itself. Only the words the split holds are looked up, each adding
    to the tuples that list it (``_TUPLES_OF``: an English page holds a few of the markers)."""
    tokens = Counter(filter(_MARKER_WORDS.__contains__, sample.split(" ")))  # (markers only)
    # every tuple's count at once: each word the sample holds adds to the tuples listing it
    # (the sums ``bare[w] * found`` over the words of a tuple that the sample holds)
    totals: dict[tuple[str, ...], int] = {}
    for w, found in tokens.items():
        if found > 1 and f" {w} {w} " in sample:
            found = sample.count(f" {w} ")
        for words, times in _TUPLES_OF[w]:
            totals[words] = totals.get(words, 0) + times * found

    def total(words: tuple[str, ...]) -> int:
        return totals.get(words, 0)

    return total


def language(texts: list[str]) -> str | None:
    """One of ``_GLOSSED`` (``"es"`` ... ``"uk"``) or ``None`` for a page given as its texts
    (title, sentences, in order).

    A page is in one of the glossed languages (``_GLOSSED``) when that language's function words
    are the most frequent of them, outnumber the English ones at least twice and occur at least
    three times in the sample (so a short English page quoting a Spanish name stays English), and
    at least twice those of any common language that is not glossed (``_UNGLOSSED``: a Danish,
    Belarusian or Tajik page is ``None``, never a glossed one). A Serbian page in Cyrillic
    (:func:`~pipeline.extract.serbian_cyrillic.serbian_cyrillic`, by its letters) is counted in
    Latin letters and is ``"sh"`` or ``None``."""
    sample = " " + uzbek_apostrophes(" ".join(texts)[:_SAMPLE]).lower() + " "
    if " the " in sample and sample.count(" the ") > 8:
        return None  # an English page: one test and out
    top = "" if _HIGH.search(sample) is None else max(sample)  # (both script tests)
    if _korean(sample, top):
        return "ko"
    if _japanese(sample, top):
        return "ja"
    if _thai(sample, top):
        return "th"
    if _khmer(sample, top):
        return "km"
    if _chinese(sample, top):
        return "zh"
    if _bengali(sample, top):
        return "bn"
    if _gujarati(sample, top):
        return "gu"
    if _georgian(sample, top):
        return "ka"
    if _hindi(sample, top):
        return "hi"
    if _nepali(sample, top):
        return "ne"
    cyrillic = serbian_cyrillic(sample)
    if cyrillic:  # Serbian in Cyrillic: counted as the Latin page it transliterates to
        sample = serbian_latin(sample)[0]
    total = _marker_total(sample)
    counts = {lang: total(words) for lang, words in _MARKERS.items()}
    best = max(_GLOSSED, key=lambda lang: counts[lang])
    if cyrillic and best != "sh":
        return None
    if best == "ru" and counts["bg"] > total(_RUSSIAN_ONLY):
        best = "bg"
    # a Ukrainian page counts Russian's shared prepositions: it is Ukrainian when its own words
    # outnumber the Russian-only ones (a Russian page writes none of them but " та " rarely)
    if best == "ru" and counts["uk"] > total(_RUSSIAN_ONLY):
        best = "uk"
    # an Italian page counts Spanish's "del", "con", "al" (Italian words too): it is Italian when
    # its own words outnumber the Spanish-only ones (round 57, iy08)
    if best == "es" and counts["it"] > total(_SPANISH_ONLY):
        best = "it"
    # a Czech page counts Portuguese's " do " (Czech "to", "into") and few of its own words on a
    # short page: it is Czech when it writes the letters only Czech writes ("ě", "ř", "ů";
    # round 58, novinky jd14, ceskatelevize jd15, read as Portuguese)
    if best != "cs" and not cyrillic and sum(sample.count(c) for c in "ěřů") >= 5:
        best = "cs"
    # an Azerbaijani page counts Turkish's "bu", "bir" and few of its own words on a short page:
    # it is Azerbaijani when it writes the letter "ə", which Turkish never does (round 59)
    if best == "tr" and sample.count("ə") >= 5:
        best = "az"
    if (
        best in (*_CYRILLIC_SHARED, "mk")
        and not cyrillic
        and len(_MACEDONIAN_LETTERS.findall(sample)) >= 5
        and counts["mk"] >= 3
        and counts["mk"] > counts["bg"]
    ):
        return "mk"  # (not Bulgarian, whose shared words "се", "е", "на" it writes too)
    if best == "mk" and not _MACEDONIAN_LETTERS.search(sample):
        best = max(_CYRILLIC_SHARED, key=lambda lang: counts[lang])
    if best in _CYRILLIC_SHARED and counts[best] < 6:
        # a short Cyrillic page counts the three languages' shared prepositions ("на", "у"):
        # its vocabulary tells them apart ("товарообіг", "збільшила": Ukrainian)
        best = vocabulary_language(sample, _CYRILLIC_SHARED) or best
    if counts[best] < 3 and not counts["en"] and not cyrillic:
        # a short page (a wire brief) with too few function words: its vocabulary tells
        # (``page_vocabulary``), unless a language that is not glossed has words of its own
        by_vocabulary = vocabulary_language(sample, _GLOSSED)
        if by_vocabulary and not any(total(words) for words in _UNGLOSSED.values()):
            return by_vocabulary
    if counts[best] < 3 or counts[best] < 2 * counts["en"]:
        return None
    if any(counts[best] < 2 * total(words) for words in _UNGLOSSED.values()):
        return None
    return _READ_AS.get(best, best)
