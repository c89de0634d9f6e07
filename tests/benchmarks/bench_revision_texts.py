"""Articles of our own writing (fictional) used to generate revisions: two French, two English."""

from __future__ import annotations

FRENCH_BUDGET = """Le budget de la ville augmentera de 4 % en 2025
Le conseil municipal a voté mardi soir un budget de 412 millions d'euros pour l'année prochaine, en hausse de 4 % par rapport à 2024. La maire, Claire Dumont, a défendu «un budget de responsabilité» devant une salle comble. L'opposition a voté contre.
Selon l'adjoint aux finances, la dette de la ville atteindrait 180 millions d'euros à la fin de l'année. Ce chiffre serait en baisse de 12 millions par rapport à 2023. L'opposition conteste ce calcul et parle d'une dette cachée dans les sociétés d'économie mixte.
Les transports recevront la plus grosse part des investissements, avec 65 millions d'euros consacrés au tramway. La ligne 3 devrait ouvrir en septembre 2026, avec un an de retard sur le calendrier initial. Le chantier a coûté 20 % de plus que prévu, d'après un rapport de la chambre régionale des comptes.
Les impôts locaux ne changeront pas, a promis la maire. Le taux de la taxe foncière reste fixé à 38,5 %, l'un des plus élevés de la région. L'opposition a voté contre.
Le vote définitif aura lieu le 14 décembre. D'ici là, les associations de quartier pourront présenter leurs propositions lors de trois réunions publiques."""

FRENCH_HOSPITAL = """Urgences : l'hôpital de Vernay ferme la nuit faute de médecins
Le service des urgences de l'hôpital de Vernay fermera ses portes de 20 heures à 8 heures à partir du 1er novembre, a annoncé l'agence régionale de santé. Il manque sept médecins urgentistes sur les quinze postes prévus. Les patients seront orientés vers Saint-Aubin, à 45 kilomètres.
«Nous n'avons pas d'autre choix», explique le directeur de l'établissement, Marc Lefèvre. D'après lui, les intérimaires coûtent désormais 2 000 euros par garde de vingt-quatre heures. Le ministère aurait refusé une dérogation demandée en septembre.
Le maire de Vernay dénonce une décision «brutale» et annonce un recours devant le tribunal administratif. Une pétition a recueilli plus de 8 000 signatures en une semaine. Le ministère n'a pas répondu à nos questions.
En 2023, les urgences de Vernay ont accueilli 21 400 patients, soit 58 par jour en moyenne. Près d'un tiers arrivaient la nuit, selon les chiffres de l'hôpital. Le temps d'attente moyen dépassait déjà quatre heures l'hiver dernier.
Les syndicats appellent à une manifestation samedi devant l'hôpital. Ils réclament la réouverture complète du service et l'embauche de médecins titulaires. Le ministère n'a pas répondu à nos questions."""

ENGLISH_FLOODS = """Floods cost the region 300 million pounds, insurers say
Insurers estimate that last month's floods caused about 300 million pounds of damage across the valley, according to a report published on Thursday. More than 4,000 homes were flooded, and 600 families are still in temporary housing. The river rose 2.3 metres above its normal level in less than a day.
The Environment Agency said its warnings were issued on time. Residents dispute this, saying the first alert reached their phones after the water was already in the streets. An independent review will report by March.
Flood defences built in 2015 held in the town centre but failed in two villages downstream. The agency had planned to raise those banks in 2021, but the work was postponed for lack of funding. A spokesman declined to comment.
The government has promised 50 million pounds in emergency aid. Local councils say that covers less than a fifth of the cost of repairing roads and bridges. A spokesman declined to comment.
Forecasters expect more heavy rain next week. Residents have been told to keep sandbags ready and to sign up for the text alert service."""

ENGLISH_TRIAL = """Former mayor goes on trial over housing contracts
The former mayor of Eastbridge, Daniel Hart, went on trial on Monday accused of steering 12 housing contracts to a company owned by his brother-in-law. Prosecutors say the contracts were worth 8.4 million pounds in total. Mr Hart denies all charges.
The prosecution told the court that Mr Hart met the company's director at least nine times in 2019, often outside council offices. Emails shown to the jury suggest that tender documents were shared before publication. The defence argues the emails were taken out of context.
A council audit in 2021 found that three of the contracts had no competing bids. The auditor described the procurement process as "seriously deficient". The council has since changed its rules.
The trial is expected to last six weeks. If convicted, Mr Hart faces up to ten years in prison. Mr Hart denies all charges."""

OWN_TEXTS: dict[str, tuple[str, str]] = {
    "fr-budget": ("fr", FRENCH_BUDGET),
    "fr-hospital": ("fr", FRENCH_HOSPITAL),
    "en-floods": ("en", ENGLISH_FLOODS),
    "en-trial": ("en", ENGLISH_TRIAL),
}

# Sentences a revision inserts: new statements the detector should report as new claims.
NEW_SENTENCES = {
    "fr": [
        "Le préfet a confirmé l'information jeudi matin.",
        "Cette décision intervient après deux ans de négociations.",
        "Le coût total est estimé à 3,2 millions d'euros.",
        "Une enquête interne a été ouverte le 3 octobre.",
        "Les chiffres de l'Insee montrent une hausse de 7 % en cinq ans.",
        "Le rapport doit être rendu public au printemps.",
        "Plusieurs élus ont demandé une commission d'enquête.",
        "La région avait promis une aide de 1,5 million d'euros.",
    ],
    "en": [
        "The figures were confirmed by the regional office on Friday.",
        "The decision follows two years of negotiations.",
        "The total cost is estimated at 3.2 million pounds.",
        "An internal inquiry was opened on 3 October.",
        "Official statistics show a 7% rise over five years.",
        "The report is due to be published in the spring.",
        "Several councillors have called for a public inquiry.",
        "The region had promised 1.5 million pounds in support.",
    ],
}

# Words a rewrite inserts inside a sentence.
INSERTED_WORDS = {
    "fr": ["selon nos informations,", "d'après plusieurs sources,", "officiellement", "au total"],
    "en": ["according to our sources,", "officially", "in total", "at least"],
}
