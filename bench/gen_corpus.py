"""Generate a deterministic corpus of realistic French news articles (JSON lines).

Usage: python bench/gen_corpus.py [--count 100000] [--seed N] [--out PATH]

Each line holds ``id, title, date, source, lede, text, url`` like the files the
project indexes, plus ``speakers`` and ``locations``: the people the generator
quoted and the places it named, so that benchmarks can build an index without
running extraction and still get realistic facet values (``bench_common.load_articles``).

How the text is made, all from one seeded ``random.Random`` (same seed, same
file; the first N articles are the same whatever ``--count``):

* words: the 5,000 most frequent lower-case words of the OrangeSum dev corpus
  (``../shared/corpora/orangesum-dev.jsonl``, a small built-in list when it is
  missing) drawn with Zipf weights ``1/(rank+2.7)``, three in four following a
  real successor of the previous word (bigram counts from the same corpus), so
  that common phrases ("le président de la République") occur; plus, rarely, a
  word of the long tail (ranks 5,000-45,000) so that some words are truly rare;
* French elisions (``l'``, ``d'``, ``qu'``, ``n'``, ``s'``, ``c'est``) where the
  next word starts with a vowel; numbers written the French way (``20 000``,
  ``3,5 %``, ``1,2 milliard d'euros``);
* speakers: about 3,000 names (well-known French and foreign people first, then
  generated ones), Zipf-skewed, quoted with « » or "…" and speech verbs
  ("a déclaré", "a-t-il ajouté", "selon …");
* places: about 300 real place names with their preposition (à Genève, en Syrie,
  au Mali, aux États-Unis), Zipf-skewed, cities also in datelines ("Alep (AFP) - ");
* sources: 16 agencies and outlets with skewed frequencies; dates uniform over
  2011-2020 with more articles in later years; 150-600 words per article.

The file is written line by line (a million articles never sit in memory) to a
temporary name, then renamed. Prints a Markdown table of what was generated.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import random
import re
import sys
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_common import DEFAULT_SEED, ROOT, corpus_path, machine_line, markdown_table  # noqa: E402

ORANGESUM = ROOT.parent / "shared" / "corpora" / "orangesum-dev.jsonl"
CORE_SIZE = 5000
TAIL_SIZE = 40000
FOLLOW_BIGRAM = 0.75  # chance that a word is a real successor of the previous one
TAIL_CHANCE = 0.004  # chance that a word comes from the long tail
SUCCESSORS = 40  # successors kept per word
YEARS = tuple(range(2011, 2021))

# --- sources -------------------------------------------------------------------------

SOURCES = (
    "AFP", "Reuters", "Le Monde", "Le Figaro", "franceinfo", "Libération", "AP",
    "Ouest-France", "Le Parisien", "France 24", "RFI", "20 Minutes", "Les Échos",
    "BFMTV", "La Croix", "Mediapart",
)
AGENCIES = frozenset({"AFP", "Reuters", "AP"})

# --- places: preposition|name --------------------------------------------------------

PLACES_TEXT = """
à|Paris à|Lyon à|Marseille à|Toulouse à|Nice à|Nantes à|Strasbourg à|Montpellier à|Bordeaux
à|Lille à|Rennes à|Reims à|Saint-Étienne à|Toulon à|Grenoble à|Dijon à|Angers à|Nîmes
à|Villeurbanne à|Clermont-Ferrand à|Aix-en-Provence à|Brest à|Amiens à|Limoges à|Annecy
à|Perpignan à|Besançon à|Metz à|Orléans à|Rouen à|Mulhouse à|Caen à|Nancy à|Montreuil
à|Roubaix à|Tourcoing à|Avignon à|Créteil à|Poitiers à|Fort-de-France à|Pointe-à-Pitre
à|Ajaccio à|Bastia à|Calais à|Béziers à|Colmar à|Saint-Denis à|Nanterre à|Versailles
à|Boulogne-Billancourt à|Pau à|Bayonne à|Biarritz à|La Rochelle à|Lorient à|Vannes à|Quimper
à|Saint-Malo à|Chambéry à|Valence à|Arles à|Cannes à|Antibes à|Menton à|Sète à|Évry à|Cergy
à|Dunkerque à|Lens à|Arras à|Troyes à|Épinal à|Belfort à|Chartres à|Blois à|Bourges à|Nevers
à|Auxerre à|Mâcon à|Vichy à|Aurillac à|Rodez à|Albi à|Cahors à|Agen à|Montauban à|Tarbes
à|Lourdes à|Carcassonne à|Narbonne à|Alès à|Gap à|Briançon à|Évian-les-Bains à|Saint-Nazaire
à|Genève à|Bruxelles à|Londres à|Berlin à|Rome à|Madrid à|Barcelone à|Lisbonne à|Vienne
à|Varsovie à|Prague à|Budapest à|Athènes à|Istanbul à|Ankara à|Moscou à|Saint-Pétersbourg
à|Kiev à|Minsk à|Bakou à|Erevan à|Tbilissi à|Damas à|Alep à|Homs à|Idleb à|Raqqa à|Deir ez-Zor
à|Beyrouth à|Bagdad à|Mossoul à|Erbil à|Téhéran à|Riyad à|Djeddah à|Doha à|Dubaï à|Abou Dhabi
à|Jérusalem à|Tel-Aviv à|Gaza à|Ramallah à|Amman à|Alexandrie à|Tripoli à|Benghazi à|Tunis
à|Alger à|Oran à|Rabat à|Casablanca à|Marrakech à|Dakar à|Bamako à|Niamey à|Ouagadougou
à|Abidjan à|N'Djamena à|Kinshasa à|Brazzaville à|Lagos à|Abuja à|Nairobi à|Addis-Abeba
à|Mogadiscio à|Khartoum à|Johannesburg à|Pretoria à|Washington à|New York à|Los Angeles
à|Chicago à|San Francisco à|Miami à|Houston à|Boston à|Montréal à|Ottawa à|Toronto à|Mexico
à|Bogota à|Caracas à|Lima à|Santiago à|Buenos Aires à|São Paulo à|Rio de Janeiro à|Brasilia
à|La Havane à|Port-au-Prince à|Pékin à|Shanghai à|Hong Kong à|Tokyo à|Séoul à|Pyongyang
à|Taipei à|Hanoï à|Bangkok à|Manille à|Jakarta à|New Delhi à|Bombay à|Islamabad à|Kaboul
à|Karachi à|Sydney à|Lausanne à|Zurich à|Bâle à|Berne à|Francfort à|Munich à|Hambourg
à|Cologne à|Milan à|Naples à|Turin à|Venise à|Florence à|Séville à|Porto à|Amsterdam à|La Haye
à|Rotterdam à|Anvers à|Liège à|Namur à|Charleroi à|Copenhague à|Stockholm à|Oslo à|Helsinki
à|Dublin à|Édimbourg à|Belfast à|Bucarest à|Sofia à|Belgrade à|Zagreb à|Sarajevo à|Tirana
à|Skopje à|Chisinau à|Riga à|Vilnius à|Tallinn à|Odessa à|Donetsk à|Lougansk à|Sébastopol
à|Simferopol à|Marioupol à|Kharkiv à|Monaco à|Québec à|Luxembourg
en|Syrie en|Irak en|Iran en|Libye en|France en|Allemagne en|Italie en|Espagne en|Belgique
en|Suisse en|Russie en|Ukraine en|Chine en|Inde en|Turquie en|Grèce en|Pologne en|Hongrie
en|Roumanie en|Égypte en|Tunisie en|Algérie en|Afghanistan en|Arabie saoudite en|Israël
en|Jordanie en|Côte d'Ivoire en|Centrafrique en|Somalie en|Éthiopie en|Colombie en|Argentine
en|Australie en|Corée du Sud en|Corée du Nord en|Autriche en|Irlande en|Norvège en|Suède
en|Finlande en|Biélorussie en|Géorgie en|Arménie en|Crimée en|Guinée en|Mauritanie
en|Tchétchénie en|Birmanie en|Indonésie en|Malaisie en|Thaïlande en|Nouvelle-Calédonie
en|Guyane en|Martinique en|Guadeloupe en|Corse en|Bretagne en|Normandie en|Occitanie
en|Île-de-France en|Provence-Alpes-Côte d'Azur en|Auvergne-Rhône-Alpes en|Nouvelle-Aquitaine
en|Hauts-de-France en|Alsace en|Lorraine en|Bourgogne en|Savoie en|Haute-Savoie en|Gironde
en|Vendée en|Dordogne en|Ardèche en|Seine-Saint-Denis en|Cisjordanie en|Europe en|Afrique
en|Asie en|Amérique latine en|Grande-Bretagne en|Écosse en|Catalogne en|Sicile en|Bavière
au|Mali au|Niger au|Tchad au|Liban au|Yémen au|Qatar au|Maroc au|Japon au|Brésil au|Venezuela
au|Mexique au|Canada au|Royaume-Uni au|Portugal au|Danemark au|Kenya au|Nigeria au|Soudan
au|Sénégal au|Cameroun au|Burkina Faso au|Pakistan au|Bangladesh au|Vietnam au|Cambodge
au|Kurdistan au|Sahel au|Kosovo au|Chili au|Pérou au|Proche-Orient au|Moyen-Orient
au|Haut-Karabakh au|Rwanda au|Burundi au|Congo au|Gabon au|Bénin au|Togo au|Ghana au|Zimbabwe
au|Mozambique au|Kazakhstan au|Tibet au|Xinjiang au|Pays basque au|Groenland
aux|États-Unis aux|Pays-Bas aux|Philippines aux|Émirats arabes unis aux|Antilles aux|Comores
"""

# --- speakers --------------------------------------------------------------------------
# Well-known people first (they get the top Zipf ranks); "|f" marks a woman.

FAMOUS_TEXT = """
Emmanuel Macron;François Hollande;Nicolas Sarkozy;Édouard Philippe;Jean Castex;Manuel Valls
Bernard Cazeneuve;Jean-Marc Ayrault;François Fillon;Marine Le Pen|f;Jean-Luc Mélenchon
Laurent Fabius;Jean-Yves Le Drian;Christophe Castaner;Gérald Darmanin;Bruno Le Maire
Agnès Buzyn|f;Olivier Véran;Christiane Taubira|f;Najat Vallaud-Belkacem|f;Ségolène Royal|f
Anne Hidalgo|f;Rachida Dati|f;Valérie Pécresse|f;Xavier Bertrand;Laurent Wauquiez
Benoît Hamon;Arnaud Montebourg;Alain Juppé;Nicolas Hulot;Jean-Michel Blanquer;Florence Parly|f
Marlène Schiappa|f;Éric Dupond-Moretti;Roselyne Bachelot|f;Élisabeth Borne|f;Muriel Pénicaud|f
Gérard Collomb;François Bayrou;Richard Ferrand;Gérard Larcher;Christian Estrosi;Yannick Jadot
Olivier Faure;Philippe Martinez;Laurent Berger;Didier Raoult;Jérôme Salomon;Michel Barnier
Jean-Claude Juncker;Ursula von der Leyen|f;Donald Tusk;Charles Michel;Angela Merkel|f
Olaf Scholz;Theresa May|f;Boris Johnson;David Cameron;Barack Obama;Donald Trump;Joe Biden
Hillary Clinton|f;John Kerry;Mike Pompeo;Rex Tillerson;Vladimir Poutine;Sergueï Lavrov
Dmitri Medvedev;Dmitri Peskov;Volodymyr Zelensky;Petro Porochenko;Alexandre Loukachenko
Recep Tayyip Erdogan;Bachar al-Assad;Hassan Rohani;Mohammad Javad Zarif;Ali Khamenei
Benjamin Netanyahu;Mahmoud Abbas;Abdel Fattah al-Sissi;Mohammed ben Salmane;Xi Jinping
Li Keqiang;Kim Jong-un;Shinzo Abe;Narendra Modi;Justin Trudeau;Jair Bolsonaro;Nicolas Maduro
Matteo Renzi;Giuseppe Conte;Matteo Salvini;Pedro Sánchez;Mariano Rajoy;Alexis Tsipras
Viktor Orban;Antonio Guterres;Ban Ki-moon;Staffan de Mistura;Tedros Adhanom Ghebreyesus
Christine Lagarde|f;Mario Draghi;Jens Stoltenberg;Federica Mogherini|f;Josep Borrell
Ibrahim Boubacar Keïta;Macky Sall;Alassane Ouattara;Paul Kagame;Abdelaziz Bouteflika
Béji Caïd Essebsi;Idriss Déby;Kylian Mbappé;Didier Deschamps;Zinédine Zidane;Thomas Pesquet
Greta Thunberg|f;Elon Musk;Mark Zuckerberg;Carlos Ghosn;Julian Assange;Edward Snowden
Aung San Suu Kyi|f;Jacinda Ardern|f;Moon Jae-in;Haïder al-Abadi;Saad Hariri;Michel Aoun
Hassan Nasrallah;Khalifa Haftar;Fayez al-Sarraj;Abdelmadjid Tebboune;Kaïs Saïed
Félix Tshisekedi;Joseph Kabila;Muhammadu Buhari;Cyril Ramaphosa;Jacob Zuma;Mohamed Bazoum
Roch Marc Christian Kaboré;Nicolás Maduro Moros;Juan Guaidó;Evo Morales;Cristina Kirchner|f
Mauricio Macri;Enrique Peña Nieto;Andrés Manuel López Obrador;Dilma Rousseff|f;Lula da Silva
"""

FIRST_MALE = """
Jean Pierre Michel Philippe Alain Nicolas Christophe Patrick Daniel Bernard Éric Frédéric
Laurent Stéphane Olivier Thierry Pascal Julien Sébastien Guillaume Antoine Vincent François
Mathieu Hugo Thomas Benoît Grégoire Yves Hervé Didier Gilles Rémi Jérôme Loïc Cédric Fabrice
Ahmed Mohamed Karim Rachid Youssef Omar Hamid Samir Mehdi Ali Hassan Ibrahim Moussa Amadou
Mamadou Ousmane Abdoulaye Cheikh Sergueï Dmitri Vladimir Andreï Alexeï Igor Mikhaïl Oleg
Viktor Piotr Tomasz Jan Hans Klaus Wolfgang Jürgen Stefan Markus Giovanni Marco Luca Paolo
Carlos José Juan Pablo Miguel Javier Diego Manuel João Ricardo John James Michael David Robert
William Richard Charles Joseph Kevin Brian Kenji Hiroshi Wei Jun Li Raj Arjun Mustafa Mehmet
Emre Kemal Yannis Nikos Dimitris Lars Anders Sven Niels Erik Pieter Joost
"""
FIRST_FEMALE = """
Marie Nathalie Isabelle Sylvie Catherine Françoise Valérie Sandrine Christine Sophie Céline
Émilie Aurélie Julie Camille Léa Chloé Manon Élise Hélène Agnès Brigitte Martine Anne Claire
Fatima Aïcha Amina Leïla Samira Yasmina Nadia Khadija Mariam Fatoumata Aminata Olga Natalia
Irina Elena Svetlana Tatiana Anna Katarzyna Ewa Ursula Petra Monika Giulia Francesca Chiara
Maria Carmen Lucía Ana Sofía Beatriz Jennifer Sarah Emily Elizabeth Susan Mary Yuki Mei Priya
Ayşe Elif Eleni Ingrid Astrid Karin Annelies
"""
SURNAMES = """
Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefèvre
Michel Garcia David Bertrand Roux Vincent Fournier Morel Girard André Lefebvre Mercier Dupont
Lambert Bonnet François Martinez Legrand Garnier Faure Rousseau Blanc Guérin Muller Henry
Roussel Nicolas Perrin Morin Mathieu Clément Gauthier Dumont Lopez Fontaine Chevalier Robin
Masson Sanchez Gérard Nguyen Boyer Denis Lemaire Duval Joly Gautier Roger Roche Roy Noël Meyer
Lucas Meunier Jean Perez Marchand Dufour Blanchard Marie Barbier Brun Dumas Brunet Schmitt
Leroux Colin Fernandez Pierre Renard Arnaud Rolland Caron Aubert Giraud Leclerc Vidal Bourgeois
Renaud Lemoine Picard Gaillard Philippe Leclercq Lacroix Fabre Dupuis Olivier Rodriguez Da Silva
Hubert Louis Charles Guillot Rivière Le Gall Guillaume Adam Rey Moulin Gonzalez Berger Lecomte
Ménard Fleury Deschamps Carpentier Julien Benoît Paris Maillard Marchal Aubry Vasseur Le Roux
Renault Jacquet Collet Prévost Poirier Charpentier Royer Huet Baron Dupuy Pons Paul Laine Carré
Breton Rémy Schneider Perrot Guyot Barre Marty Cousin Benali Haddad Mansour Khalil Saïdi
Traoré Diallo Keïta Coulibaly Ouédraogo Touré Camara Sissoko Ndiaye Diop Fall Sy Ba Mbaye
Ivanov Smirnov Kuznetsov Popov Volkov Sokolov Lebedev Kozlov Novikov Morozov Petrov Pavlov
Kowalski Nowak Wiśniewski Wójcik Schmidt Schneider Fischer Weber Wagner Becker Hoffmann Schulz
Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco García Fernández
González Rodríguez López Martínez Sánchez Pérez Gómez Díaz Silva Santos Oliveira Souza Pereira
Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Moore Jackson White
Harris Clark Lewis Walker Hall Young King Wright Scott Green Baker Tanaka Suzuki Watanabe
Takahashi Wang Zhang Liu Chen Yang Huang Zhao Kumar Sharma Singh Patel Yılmaz Kaya Demir
Şahin Çelik Papadopoulos Georgiou Nielsen Jensen Hansen Andersen Johansson Larsson Eriksson
Janssen De Vries Van Dijk Bakker Visser Haddadi Bouaziz Ben Ali Amrani Belkacem Cherif Hamdi
"""

SPEECH_VERBS = (
    "déclaré", "affirmé", "estimé", "souligné", "assuré", "expliqué", "indiqué", "précisé",
    "ajouté", "martelé", "dénoncé", "averti", "reconnu", "annoncé", "jugé", "insisté", "confié",
    "rappelé", "regretté", "prévenu",
)
TITLES_M = (
    "le président", "le ministre des Affaires étrangères", "le Premier ministre", "le porte-parole",
    "le secrétaire général", "le chef de la diplomatie", "le ministre de l'Intérieur",
    "le député", "le maire", "le directeur général", "l'avocat", "le syndicaliste",
)
TITLES_F = (
    "la présidente", "la ministre", "la porte-parole", "la députée", "la maire",
    "la directrice", "l'avocate", "la secrétaire d'État", "la commissaire européenne",
)
MONTHS = (
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
    "octobre", "novembre", "décembre",
)
UNITS = (
    "personnes", "manifestants", "habitants", "emplois", "logements", "réfugiés", "soldats",
    "salariés", "élèves", "euros", "dollars", "tonnes", "kilomètres", "voix", "cas", "morts",
)

FALLBACK_WORDS = """
de la le à et les des en un du une est dans pour qui que sur par au pas il été son ont plus
ce ne se avec sont aux avait sa cette ans ou ses fait être deux y était mais on après elle
comme leur avoir depuis ministre selon lui gouvernement président pays contre entre ils tout
sans nous bien encore très même aussi ainsi alors fin ville police nouvelle premier première
année mois jours semaine dernier dernière prochain projet loi réforme accord négociations
sécurité crise économie emploi travail santé hôpital école élection élections campagne
candidat parti politique opposition majorité assemblée sénat vote budget dette croissance
chômage entreprise entreprises marché prix énergie climat environnement guerre paix armée
forces frontière réfugiés migrants attentat enquête justice tribunal procès avocat victimes
manifestation grève syndicats retraites salaires impôts taxe région commune maire conseil
européenne union sommet réunion discussions conférence presse déclaration communiqué rapport
chiffres hausse baisse millions milliards euros dollars pourcent population habitants
"""

# --- vocabulary ------------------------------------------------------------------------

_ELIDED = re.compile(r"\b(jusqu|lorsqu|puisqu|qu|[ldnscjmt])['’](?=\w)", re.IGNORECASE)
_ELIDED_FULL = {
    "l": "le", "d": "de", "n": "ne", "s": "se", "c": "ce", "j": "je", "m": "me", "t": "te",
    "qu": "que", "jusqu": "jusque", "lorsqu": "lorsque", "puisqu": "puisque",
}
_CHUNK = re.compile(r"[.!?;:«»\"()\[\]\n]+")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_SHORT_OK = frozenset({"à", "a", "y"})


@dataclass
class Vocabulary:
    """Words with Zipf weights, their real successors, and a long tail of rare words."""

    core: list[str]
    core_cum: list[float]
    successors: dict[str, tuple[list[str], list[int]]]
    tail: list[str]
    origin: str

    @classmethod
    def build(cls, corpus: Path | None) -> Vocabulary:
        """From a JSON lines corpus of French articles, or the built-in list when there is none."""
        if corpus is None or not corpus.exists():
            words = FALLBACK_WORDS.split()
            return cls(words, _zipf_cum(len(words)), {}, [], "built-in list")
        counts: Counter[str] = Counter()
        chunks: list[list[str]] = []
        with open(corpus, encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                text = " . ".join(record.get(k) or "" for k in ("title", "lede", "text"))
                text = _ELIDED.sub(lambda m: _ELIDED_FULL[m.group(1).lower()] + " ", text)
                for chunk in _CHUNK.split(text):
                    run: list[str] = []
                    for word in _WORD.findall(chunk):
                        if word != word.lower() or (len(word) == 1 and word not in _SHORT_OK):
                            if len(run) > 1:
                                chunks.append(run)
                            run = []
                            continue
                        counts[word] += 1
                        run.append(word)
                    if len(run) > 1:
                        chunks.append(run)
        ranked = sorted(counts, key=lambda w: (-counts[w], w))
        core = ranked[:CORE_SIZE]
        tail = [w for w in ranked[CORE_SIZE : CORE_SIZE + TAIL_SIZE] if counts[w] >= 2 and len(w) > 3]
        index = {w: i for i, w in enumerate(core)}
        size = len(core)
        pairs: Counter[int] = Counter()
        for run in chunks:
            ids = [index.get(w, -1) for w in run]
            for a, b in zip(ids, ids[1:]):
                if a >= 0 and b >= 0:
                    pairs[a * size + b] += 1
        by_first: dict[int, list[tuple[int, int]]] = {}
        for key, count in pairs.items():
            if count >= 2:
                by_first.setdefault(key // size, []).append((count, key % size))
        successors: dict[str, tuple[list[str], list[int]]] = {}
        for first, followers in by_first.items():
            followers.sort(key=lambda item: (-item[0], item[1]))
            top = followers[:SUCCESSORS]
            successors[core[first]] = ([core[b] for _, b in top], list(itertools.accumulate(c for c, _ in top)))
        return cls(core, _zipf_cum(len(core)), successors, tail, str(corpus))


def _zipf_cum(n: int, shift: float = 2.7, exponent: float = 1.0) -> list[float]:
    """Cumulative Zipf-Mandelbrot weights ``1/(rank+shift)^exponent`` for ranks 1..n."""
    return list(itertools.accumulate(1.0 / (rank + shift) ** exponent for rank in range(1, n + 1)))


# --- people and places -----------------------------------------------------------------


@dataclass(frozen=True)
class Person:
    """A speaker: display name, and whether to write "a-t-elle" or "a-t-il"."""

    name: str
    female: bool

    @property
    def surname(self) -> str:
        """Everything after the first given name."""
        return self.name.split(" ", 1)[-1]


@dataclass(frozen=True)
class Place:
    """A place name and the preposition French puts before it."""

    name: str
    preposition: str  # à, en, au, aux

    def located(self) -> str:
        """``à Genève``, ``en Syrie``, ``au Mali``, ``aux États-Unis``."""
        return f"{self.preposition} {self.name}"


def people(count: int = 3000) -> list[Person]:
    """The speakers, most quoted first: well-known people, then generated names."""
    found: list[Person] = []
    seen: set[str] = set()
    for entry in FAMOUS_TEXT.replace("\n", ";").split(";"):
        entry = entry.strip()
        if entry:
            name, _, mark = entry.partition("|")
            if name not in seen:
                seen.add(name)
                found.append(Person(name, mark == "f"))
    rng = random.Random(7)  # fixed: the list of people never depends on the corpus seed
    males, females, surnames = FIRST_MALE.split(), FIRST_FEMALE.split(), _surnames()
    while len(found) < count:
        female = rng.random() < 0.35
        name = f"{rng.choice(females if female else males)} {rng.choice(surnames)}"
        if name not in seen:
            seen.add(name)
            found.append(Person(name, female))
    return found


def _surnames() -> list[str]:
    """Surnames, keeping two-word ones (``Le Gall``, ``Da Silva``, ``Ben Ali``) together."""
    words = SURNAMES.split()
    joined: list[str] = []
    particles = {"Le", "Da", "De", "Van", "Ben"}
    for word in words:
        if joined and joined[-1] in particles:
            joined[-1] += " " + word
        else:
            joined.append(word)
    return list(dict.fromkeys(joined))


def places() -> list[Place]:
    """The places, in the order of their Zipf rank."""
    found = []
    for token in re.split(r"\s+(?=(?:à|en|au|aux)\|)", PLACES_TEXT.strip()):
        preposition, _, name = token.partition("|")
        found.append(Place(" ".join(name.split()), preposition))
    # A skewed but not alphabetical ranking: a fixed shuffle, then capitals and big news places first.
    rng = random.Random(11)
    rng.shuffle(found)
    first = ("Paris", "Syrie", "France", "Genève", "Moscou", "Alep", "Washington", "Bruxelles",
             "Damas", "Île-de-France", "Londres", "Berlin", "Ukraine", "Irak", "Mali", "Lyon")
    head = [p for name in first for p in found if p.name == name]
    return head + [p for p in found if p not in head]


# --- text --------------------------------------------------------------------------------

_VOWELS = frozenset("aeiouyàâäéèêëîïôöûùüœæ")
_ELIDE = {"le": "l'", "la": "l'", "de": "d'", "que": "qu'", "ne": "n'", "se": "s'", "je": "j'",
          "me": "m'", "te": "t'", "jusque": "jusqu'", "lorsque": "lorsqu'", "puisque": "puisqu'"}
_NO_ELISION_BEFORE = frozenset("à a ont et ou au aux en est y".split())
_NO_END = frozenset("de la le les des du et à au aux un une en que qui ne se sa son ses sur par pour "
                    "dans avec ou mais ce cette leur a est".split())


def join_words(words: Sequence[str]) -> str:
    """Join words with French elisions: ``le état`` -> ``l'état``, ``ce est`` -> ``c'est``."""
    out: list[str] = []
    pending = ""
    for i, word in enumerate(words):
        following = words[i + 1] if i + 1 < len(words) else ""
        if following and following[0] in _VOWELS and (
            (word in _ELIDE and following not in _NO_ELISION_BEFORE) or (word == "ce" and following in ("est", "était")) or (word == "si" and following in ("il", "ils"))
        ):
            pending += _ELIDE.get(word, word[0] + "'")
            continue
        out.append(pending + word)
        pending = ""
    if pending:
        out.append(pending.rstrip("'"))
    return " ".join(out)


def _capitalize(text: str) -> str:
    return text[:1].upper() + text[1:]


def _french_number(value: int) -> str:
    """``20000`` -> ``20 000``."""
    return f"{value:,}".replace(",", " ")


@dataclass
class _ArticleState:
    """What one article has said so far: who was quoted, which places were named."""

    speakers: list[Person] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    quoted: list[Person] = field(default_factory=list)
    named: list[Place] = field(default_factory=list)


class Generator:
    """Deterministic article maker; ``articles(n)`` yields JSON-ready dicts."""

    def __init__(self, seed: int, vocabulary: Vocabulary) -> None:
        self.rng = random.Random(seed)
        self.vocab = vocabulary
        self.people = people()
        self.people_cum = _zipf_cum(len(self.people), shift=1.0, exponent=1.05)
        self.places = places()
        self.places_cum = _zipf_cum(len(self.places), shift=1.0, exponent=1.0)
        self.source_cum = list(itertools.accumulate(1.0 / r**1.1 for r in range(1, len(SOURCES) + 1)))
        self.year_cum = list(itertools.accumulate(1.0 + 0.08 * i for i in range(len(YEARS))))

    # words

    def words(self, n: int) -> list[str]:
        """``n`` words: Zipf draws, real successors, now and then a rare word."""
        rng, vocab = self.rng, self.vocab
        draws = rng.choices(vocab.core, cum_weights=vocab.core_cum, k=n)
        out = [draws[0]]
        for i in range(1, n):
            r = rng.random()
            if r < TAIL_CHANCE and vocab.tail:
                out.append(rng.choice(vocab.tail))
                continue
            follow = vocab.successors.get(out[-1]) if r < FOLLOW_BIGRAM else None
            if follow:
                out.append(rng.choices(follow[0], cum_weights=follow[1])[0])
            else:
                out.append(draws[i])
        while len(out) > 3 and out[-1] in _NO_END:
            out.pop()
        return out

    def clause(self, low: int, high: int) -> str:
        """A lower-case run of words with elisions, ``low``-``high`` words long."""
        words = self.words(self.rng.randint(low, high))
        if self.rng.random() < 0.22:
            words.insert(self.rng.randint(0, len(words)), self.number())
        if len(words) > 10 and self.rng.random() < 0.5:
            cut = self.rng.randint(4, len(words) - 4)
            words[cut] += ","
        return join_words(words)

    def number(self) -> str:
        """A number written as the French press writes it."""
        rng = self.rng
        kind = rng.randrange(8)
        if kind == 0:
            return f"{_french_number(rng.choice((2, 3, 5, 8, 10, 12, 15, 20, 30, 50, 100, 250)) * 1000)} {rng.choice(UNITS)}"
        if kind == 1:
            return f"{rng.randint(0, 12)},{rng.randint(1, 9)} %"
        if kind == 2:
            return f"{rng.randint(1, 9)},{rng.randint(1, 9)} {rng.choice(('millions', 'milliards'))} d'euros"
        if kind == 3:
            return f"en {rng.choice(YEARS)}"
        if kind == 4:
            return f"le {rng.randint(1, 28)} {rng.choice(MONTHS)}"
        if kind == 5:
            return f"{rng.randint(2, 90)} ans"
        if kind == 6:
            return f"{_french_number(rng.randint(1000, 99999))} {rng.choice(UNITS)}"
        return f"{rng.randint(2, 60)} %"

    def sentence(self) -> str:
        """A plain sentence of 8-26 words."""
        return _capitalize(self.clause(8, 26)) + "."

    # people and places

    def _pick(self, items: list, cum_weights: list[float], k: int) -> list:
        """``k`` distinct items (by name), drawn with the given cumulative weights."""
        chosen: dict[str, object] = {}
        while len(chosen) < k:
            item = self.rng.choices(items, cum_weights=cum_weights)[0]
            chosen[item.name] = item
        return list(chosen.values())

    def pick_people(self, k: int) -> list[Person]:
        """``k`` distinct speakers, Zipf-skewed."""
        return self._pick(self.people, self.people_cum, k)

    def pick_places(self, k: int) -> list[Place]:
        """``k`` distinct places, Zipf-skewed."""
        return self._pick(self.places, self.places_cum, k)

    def place_sentence(self, state: _ArticleState) -> str:
        """A sentence naming one of the article's places ("À Genève, ..." or "... en Syrie.")."""
        place = self.rng.choice(state.places)
        state.named.append(place)
        if self.rng.random() < 0.5:
            return _capitalize(place.located()) + ", " + self.clause(6, 20) + "."
        return _capitalize(self.clause(6, 18)) + " " + place.located() + "."

    def quote_sentence(self, state: _ArticleState) -> str:
        """A direct or reported quotation of one of the article's speakers, with a speech verb."""
        rng = self.rng
        person = rng.choice(state.speakers)
        again = person in state.quoted
        state.quoted.append(person)
        said = _capitalize(self.clause(5, 20))
        pronoun = "elle" if person.female else "il"
        verb = rng.choice(SPEECH_VERBS)
        who = person.name
        if not again and rng.random() < 0.35:
            who = f"{rng.choice(TITLES_F if person.female else TITLES_M)} {person.name}"
        form = rng.randrange(6)
        if again and form < 3:
            return f"« {said} », a-t-{pronoun} {verb}."
        if form == 0:
            return f"« {said} », a {verb} {who}."
        if form == 1:
            return f"\"{said}\", a {verb} {who}."
        if form == 2:
            return f"Selon {who}, {self.clause(8, 20)}."
        if form == 3:
            return f"{_capitalize(who)} a {verb} que {self.clause(8, 20)}."
        if form == 4:
            return f"« {said} », selon {who}."
        return f"{_capitalize(who)} a {verb} : « {said} »."

    # articles

    def article(self, number: int) -> dict[str, object]:
        """Article number ``number``: the JSON record, with the speakers quoted and places named."""
        rng = self.rng
        state = _ArticleState()
        state.speakers = self.pick_people(rng.choices((0, 1, 2, 3, 4), weights=(15, 35, 28, 15, 7))[0])
        state.places = self.pick_places(rng.choices((0, 1, 2, 3, 4), weights=(10, 35, 30, 17, 8))[0])
        source = rng.choices(SOURCES, cum_weights=self.source_cum)[0]
        year = rng.choices(YEARS, cum_weights=self.year_cum)[0]
        date = dt.date(year, 1, 1) + dt.timedelta(days=rng.randrange(366 if year % 4 == 0 else 365))
        target = rng.randint(150, 600)

        title_words = self.clause(5, 11)
        roll = rng.random()
        if state.places and roll < 0.3:
            place = state.places[0]
            state.named.append(place)
            title = f"{place.name} : {title_words}"
        elif state.speakers and roll < 0.55:
            person = state.speakers[0]
            title = f"{person.name} : « {_capitalize(title_words)} »"
        else:
            title = _capitalize(title_words)

        lede = self.sentence()
        cities = [p for p in state.places if p.preposition == "à"]
        if cities and source in AGENCIES and rng.random() < 0.6:
            place = cities[0]
            state.named.append(place)
            lede = f"{place.name} ({source}) - {lede}"
        if state.speakers and rng.random() < 0.4:
            lede = lede[:-1] + f", selon {state.speakers[0].name}."
            state.quoted.append(state.speakers[0])

        paragraphs: list[str] = []
        written = len(lede.split())
        while written < target:
            sentences = []
            for _ in range(rng.randint(2, 5)):
                roll = rng.random()
                if state.speakers and roll < 0.2:
                    sentence = self.quote_sentence(state)
                elif state.places and 0.2 <= roll < 0.28:
                    sentence = self.place_sentence(state)
                else:
                    sentence = self.sentence()
                sentences.append(sentence)
                written += len(sentence.split())
                if written >= target:
                    break
            paragraphs.append(" ".join(sentences))
        # Every chosen speaker is quoted and every chosen place named at least once.
        for person in state.speakers:
            if person not in state.quoted:
                paragraphs.append(f"« {_capitalize(self.clause(6, 16))} », a {rng.choice(SPEECH_VERBS)} {person.name}.")
                state.quoted.append(person)
        for place in state.places:
            if place not in state.named:
                paragraphs.append(_capitalize(self.clause(6, 16)) + " " + place.located() + ".")
                state.named.append(place)

        article_id = f"gen-{number:07d}"
        return {
            "id": article_id,
            "title": title,
            "date": date.isoformat(),
            "source": source,
            "lede": lede,
            "text": "\n".join(paragraphs),
            "url": f"https://depeches.example/{date:%Y/%m}/{article_id}.html",
            "speakers": [p.name for p in state.speakers],
            "locations": [p.name for p in state.places],
        }

    def articles(self, count: int) -> Iterator[dict[str, object]]:
        """Articles 1..``count``, one at a time."""
        for number in range(1, count + 1):
            yield self.article(number)


@dataclass
class CorpusStats:
    """What a generation run produced."""

    articles: int = 0
    words: int = 0
    bytes: int = 0
    seconds: float = 0.0
    speakers: set[str] = field(default_factory=set)
    locations: set[str] = field(default_factory=set)
    sources: Counter[str] = field(default_factory=Counter)
    vocabulary: str = ""


def write_corpus(path: Path, count: int, seed: int = DEFAULT_SEED, vocabulary_from: Path | None = ORANGESUM) -> CorpusStats:
    """Write ``count`` articles to ``path`` (JSON lines, streamed), and say what was written."""
    started = time.perf_counter()
    vocabulary = Vocabulary.build(vocabulary_from)
    generator = Generator(seed, vocabulary)
    stats = CorpusStats(vocabulary=vocabulary.origin)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    with open(partial, "w", encoding="utf-8") as out:
        for record in generator.articles(count):
            line = json.dumps(record, ensure_ascii=False) + "\n"
            out.write(line)
            stats.articles += 1
            stats.bytes += len(line.encode("utf-8"))
            stats.words += len(str(record["lede"]).split()) + len(str(record["text"]).split())
            stats.speakers.update(record["speakers"])  # type: ignore[arg-type]
            stats.locations.update(record["locations"])  # type: ignore[arg-type]
            stats.sources[str(record["source"])] += 1
            if stats.articles % 20000 == 0:
                print(f"  {stats.articles} articles ...", file=sys.stderr, flush=True)
    partial.replace(path)
    stats.seconds = time.perf_counter() - started
    return stats


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--out", type=Path, default=None, help="default: $DEPECHES_BENCH_DIR/corpus-COUNT.jsonl")
    parser.add_argument("--vocabulary-from", type=Path, default=ORANGESUM, help="JSON lines corpus the words come from")
    args = parser.parse_args()
    out = args.out or corpus_path(args.count, args.seed)
    stats = write_corpus(out, args.count, args.seed, args.vocabulary_from)
    out.with_suffix(".done").write_text(json.dumps({"count": args.count, "seed": args.seed}))
    top = ", ".join(f"{name} {n / stats.articles:.0%}" for name, n in stats.sources.most_common(4))
    print(f"Corpus: {out} (seed {args.seed}); words from {stats.vocabulary}")
    print(machine_line())
    print()
    print(markdown_table(
        ["articles", "MB", "seconds", "articles/s", "words/article", "distinct speakers", "distinct places", "top sources"],
        [[stats.articles, f"{stats.bytes / 1e6:.1f}", f"{stats.seconds:.1f}", f"{stats.articles / stats.seconds:.0f}",
          f"{stats.words / max(1, stats.articles):.0f}", len(stats.speakers), len(stats.locations), top]],
    ))


if __name__ == "__main__":
    main()
