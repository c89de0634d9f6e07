<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>ArticleView</name>
    <message>
        <location filename="../../workbench/gui/review/article_view.py" line="64" />
        <source>Must check (dark, wavy underline): an allegation, a number or an anonymous source</source>
        <translation>À vérifier d'abord (foncé, souligné ondulé) : une allégation, un chiffre ou une source anonyme</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/article_view.py" line="68" />
        <source>Check-worthy (medium highlight): the score passes the threshold</source>
        <translation>À vérifier (surlignage moyen) : le score dépasse le seuil</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/article_view.py" line="71" />
        <source>Low priority (faint highlight, grey text): below the threshold</source>
        <translation>Priorité basse (surlignage pâle, texte gris) : sous le seuil</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/article_view.py" line="368" />
        <source>Claim {0}: {1} {2} — score {3:.2f}
{4}</source>
        <translation>Affirmation {0} : {1} {2} — score {3:.2f}
{4}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/article_view.py" line="438" />
        <source>No claim at the caret</source>
        <translation>Aucune affirmation au curseur</translation>
    </message>
</context>
<context>
    <name>ArticlesModel</name>
    <message>
        <location filename="../../workbench/gui/review/navigator.py" line="187" />
        <source>Number of the article in its corpus export</source>
        <translation>Numéro de l’article dans son export de corpus</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/navigator.py" line="189" />
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/navigator.py" line="192" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/navigator.py" line="195" />
        <source>The site, or the file the article was read from</source>
        <translation>Le site, ou le fichier d’où l’article a été lu</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/navigator.py" line="197" />
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/navigator.py" line="200" />
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/navigator.py" line="203" />
        <source>Claims checked, of all the article's claims</source>
        <translation>Affirmations vérifiées, sur toutes celles de l’article</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/navigator.py" line="205" />
        <source>Checked</source>
        <translation>Vérifiées</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/navigator.py" line="209" />
        <source>Must-check claims not checked yet</source>
        <translation>Affirmations à vérifier d’abord, pas encore vérifiées</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/navigator.py" line="211" />
        <source>Must</source>
        <translation>D’abord</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/navigator.py" line="259" />
        <location filename="../../workbench/gui/review/navigator.py" line="274" />
        <source>{0} of {1} claims checked</source>
        <translation>{0} affirmation(s) vérifiée(s) sur {1}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/navigator.py" line="265" />
        <location filename="../../workbench/gui/review/navigator.py" line="281" />
        <source>{0} must-check claims not checked yet</source>
        <translation>{0} affirmation(s) à vérifier d’abord pas encore vérifiée(s)</translation>
    </message>
</context>
<context>
    <name>ArticlesNavigator</name>
    <message>
        <location filename="../../workbench/gui/review/navigator.py" line="420" />
        <location filename="../../workbench/gui/review/navigator.py" line="421" />
        <source>Filter the articles</source>
        <translation>Filtrer les articles</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/navigator.py" line="422" />
        <source>Articles of the project</source>
        <translation>Articles du projet</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/navigator.py" line="423" />
        <location filename="../../workbench/gui/review/navigator.py" line="424" />
        <source>Not finished</source>
        <translation>Non terminés</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/navigator.py" line="426" />
        <source>Only the articles with claims left to check</source>
        <translation>Seulement les articles qui ont encore des affirmations à vérifier</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../workbench/gui/dialogs/backups.py" line="43" />
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs/backups.py" line="45" />
        <source>A backup is taken each time the project is opened, if it changed since the last one. Restoring one replaces the project's content; the current content is backed up first.</source>
        <translation>Une sauvegarde est faite à chaque ouverture du projet, s’il a changé depuis la précédente. En restaurer une remplace le contenu du projet ; le contenu actuel est d’abord sauvegardé.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs/backups.py" line="58" />
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs/backups.py" line="66" />
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
</context>
<context>
    <name>Binding</name>
    <message>
        <location filename="../../workbench/gui/app/binding.py" line="31" />
        <source>PySide6 {0} on Python {1} loses object references and will crash after a long session. Install another PySide6 version (6.11.3 works): pip install 'pyside6-essentials&lt;6.12'.</source>
        <translation>PySide6 {0} sous Python {1} perd des références d’objets et plantera après une longue séance. Installez une autre version de PySide6 (la 6.11.3 convient) : pip install 'pyside6-essentials&lt;6.12'.</translation>
    </message>
</context>
<context>
    <name>CheckerNameDialog</name>
    <message>
        <location filename="../../workbench/gui/dialogs/common.py" line="110" />
        <source>Who is checking?</source>
        <translation>Qui vérifie ?</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs/common.py" line="116" />
        <source>Your &amp;name, kept in the history of each edit:</source>
        <translation>Votre &amp;nom, inscrit dans l’historique de chaque modification :</translation>
    </message>
</context>
<context>
    <name>ClaimDetails</name>
    <message>
        <location filename="../../workbench/gui/review/details.py" line="164" />
        <source>{0}  [{1}]</source>
        <translation>{0}  [{1}]</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/details.py" line="167" />
        <source>Mark the claim {0} ({1}); Shift+{1} also moves to the next unchecked claim</source>
        <translation>Marquer l’affirmation « {0} » ({1}) ; Maj+{1} passe aussi à la suivante à vérifier</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/details.py" line="173" />
        <source>Why this verdict? Saved as you type. Esc returns to the claims.</source>
        <translation>Pourquoi ce verdict ? Enregistré à la frappe. Échap revient aux affirmations.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/details.py" line="177" />
        <source>&amp;Rationale</source>
        <translation>&amp;Justification</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/details.py" line="178" />
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/details.py" line="179" />
        <source>Add a &amp;source…</source>
        <translation>Ajouter une &amp;source…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/details.py" line="181" />
        <source>Add a source to this claim (Ctrl+Shift+K)</source>
        <translation>Ajouter une source à cette affirmation (Ctrl+Maj+K)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/details.py" line="183" />
        <source>Edi&amp;t…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/details.py" line="184" />
        <source>Remo&amp;ve</source>
        <translation>Reti&amp;rer</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/details.py" line="185" />
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/details.py" line="186" />
        <source>Sources of the claim</source>
        <translation>Sources de l’affirmation</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/details.py" line="187" />
        <source>History of the claim</source>
        <translation>Historique de l’affirmation</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/details.py" line="243" />
        <source>{0}
{1}
{2} (accessed {3})</source>
        <translation>{0}
{1}
{2} (consulté le {3})</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/details.py" line="286" />
        <source>No claim selected</source>
        <translation>Aucune affirmation choisie</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/details.py" line="289" />
        <source>no type</source>
        <translation>sans type</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/details.py" line="293" />
        <source>added by hand</source>
        <translation>ajoutée à la main</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/details.py" line="295" />
        <source>detected</source>
        <translation>détectée</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/details.py" line="297" />
        <source> — dismissed</source>
        <translation> — écartée</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/details.py" line="299" />
        <source> — {0} {1}: {2} was given on the earlier wording</source>
        <translation> — {0} {1} : « {2} » a été donné sur la formulation précédente</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/details.py" line="303" />
        <source>Claim {0} — score {1:.2f} — {2} — {3}{4}</source>
        <translation>Affirmation {0} — score {1:.2f} — {2} — {3}{4}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/details.py" line="308" />
        <source>Why: {0}</source>
        <translation>Pourquoi : {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/details.py" line="314" />
        <source>someone</source>
        <translation>quelqu’un</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/details.py" line="315" />
        <source>{0} — {1}: {2} {3} → {4}</source>
        <translation>{0} — {1} : {2} {3} → {4}</translation>
    </message>
</context>
<context>
    <name>ClaimType</name>
    <message>
        <location filename="../../workbench/gui/review/verdicts.py" line="91" />
        <source>quantity</source>
        <translation>quantité</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/verdicts.py" line="92" />
        <source>date/time</source>
        <translation>date/heure</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/verdicts.py" line="93" />
        <source>quote</source>
        <translation>citation</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/verdicts.py" line="94" />
        <source>attribution</source>
        <translation>attribution</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/verdicts.py" line="95" />
        <source>allegation</source>
        <translation>allégation</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/verdicts.py" line="96" />
        <source>comparison</source>
        <translation>comparaison</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/verdicts.py" line="97" />
        <source>causal</source>
        <translation>causalité</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/verdicts.py" line="98" />
        <source>prediction/promise</source>
        <translation>prédiction/promesse</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/verdicts.py" line="99" />
        <source>named entity</source>
        <translation>entité nommée</translation>
    </message>
</context>
<context>
    <name>ClaimsModel</name>
    <message>
        <location filename="../../workbench/gui/review/claims_model.py" line="142" />
        <source>#</source>
        <translation>n°</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/claims_model.py" line="143" />
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/claims_model.py" line="144" />
        <source>Claim</source>
        <translation>Affirmation</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/claims_model.py" line="145" />
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/claims_model.py" line="146" />
        <source>Types</source>
        <translation>Types</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/claims_model.py" line="147" />
        <source>Also in</source>
        <translation>Aussi dans</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/claims_model.py" line="191" />
        <source>[dismissed] {0}</source>
        <translation>[écartée] {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/claims_model.py" line="37" />
        <source>no type</source>
        <translation>sans type</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/claims_model.py" line="40" />
        <source>Claim {0}, {1}, {2}: {3}</source>
        <translation>Affirmation {0}, {1}, {2} : {3}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/claims_model.py" line="44" />
        <source>{0} (dismissed)</source>
        <translation>{0} (écartée)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/claims_model.py" line="218" />
        <source>no reason given</source>
        <translation>sans raison donnée</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/claims_model.py" line="219" />
        <source>Claim {0}: {1}
Score {2:.2f} — {3}</source>
        <translation>Affirmation {0} : {1}
Score {2:.2f} — {3}</translation>
    </message>
</context>
<context>
    <name>ClaimsPanel</name>
    <message>
        <location filename="../../workbench/gui/review/claims_panel.py" line="208" />
        <source>Search the claims (Ctrl+F; Esc returns to the list)</source>
        <translation>Chercher dans les affirmations (Ctrl+F ; Échap revient à la liste)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/claims_panel.py" line="210" />
        <source>score ≥ </source>
        <translation>score ≥ </translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/claims_panel.py" line="212" />
        <source>Hide the detected claims scoring below this</source>
        <translation>Masquer les affirmations détectées sous ce score</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/claims_panel.py" line="214" />
        <source>Dismissed</source>
        <translation>Écartées</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/claims_panel.py" line="215" />
        <source>Must check</source>
        <translation>À vérifier d'abord</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/claims_panel.py" line="217" />
        <source>Show only the claims to check first: allegations, numbers, anonymous sources</source>
        <translation>Ne montrer que les affirmations à vérifier d'abord : allégations, chiffres, sources anonymes</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/claims_panel.py" line="206" />
        <location filename="../../workbench/gui/review/claims_panel.py" line="222" />
        <source>Show the dismissed claims</source>
        <translation>Montrer les affirmations écartées</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/claims_panel.py" line="183" />
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/claims_panel.py" line="193" />
        <source>Claims of the article</source>
        <translation>Affirmations de l’article</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/claims_panel.py" line="195" />
        <source>C, D, U set the verdict; Backspace clears it; right-click the header for columns</source>
        <translation>C, D, U donnent le verdict ; Retour arrière l’efface ; clic droit sur l’en-tête pour les colonnes</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/claims_panel.py" line="200" />
        <source>Search the claims</source>
        <translation>Chercher dans les affirmations</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/claims_panel.py" line="201" />
        <source>Lowest score shown</source>
        <translation>Score le plus bas montré</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/claims_panel.py" line="204" />
        <source>Show the verdict</source>
        <translation>Montrer le verdict</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/claims_panel.py" line="205" />
        <source>Show the type</source>
        <translation>Montrer le type</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/claims_panel.py" line="226" />
        <source>All verdicts</source>
        <translation>Tous les verdicts</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/claims_panel.py" line="234" />
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
</context>
<context>
    <name>Corpus</name>
    <message>
        <location filename="../../workbench/gui/corpus/controller.py" line="127" />
        <source>Checking the corpus: groups, names, verdicts…</source>
        <translation>Vérification du corpus : groupes, noms, verdicts…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/corpus/controller.py" line="173" />
        <source>The corpus was not checked: {0}</source>
        <translation>Le corpus n’a pas été vérifié : {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/corpus/controller.py" line="180" />
        <source>Ordinary words were not checked: {0}</source>
        <translation>Les mots courants n’ont pas été vérifiés : {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/corpus/controller.py" line="222" />
        <source>Earlier projects not read: {0}</source>
        <translation>Projets précédents non lus : {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/corpus/controller.py" line="231" />
        <source>Corpus checked: {0} groups of claims ({1} with conflicting verdicts), {2} names and {3} words to check, {4} earlier verdicts offered</source>
        <translation>Corpus vérifié : {0} groupes d’affirmations ({1} aux verdicts contradictoires), {2} noms et {3} mots à vérifier, {4} verdicts précédents proposés</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/corpus/controller.py" line="286" />
        <source>The same claim is stated in {0} other article(s)</source>
        <translation>La même affirmation figure dans {0} autre(s) article(s)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/corpus/controller.py" line="290" />
        <source>; its group has conflicting verdicts</source>
        <translation> ; son groupe a des verdicts contradictoires</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/corpus/controller.py" line="331" />
        <source>Give {0} claim(s) the verdict of claim {1}</source>
        <translation>Donner à {0} affirmation(s) le verdict de l’affirmation {1}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/corpus/controller.py" line="347" />
        <source>Take over on claim {0} the verdict of project {1}</source>
        <translation>Reprendre sur l’affirmation {0} le verdict du projet {1}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/corpus/controller.py" line="404" />
        <source>Name to check: “{0}” — probably “{1}” ({2})</source>
        <translation>Nom à vérifier : « {0} » — sans doute « {1} » ({2})</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/corpus/controller.py" line="406" />
        <source>Spelling to check: “{0}” — probably “{1}” ({2})</source>
        <translation>Orthographe à vérifier : « {0} » — sans doute « {1} » ({2})</translation>
    </message>
</context>
<context>
    <name>CorpusPane</name>
    <message>
        <location filename="../../workbench/gui/corpus/pane.py" line="42" />
        <source>1 article</source>
        <translation>1 article</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/corpus/pane.py" line="44" />
        <source>{0} articles</source>
        <translation>{0} articles</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/corpus/pane.py" line="52" />
        <source>Also in 1 article</source>
        <translation>Aussi dans 1 article</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/corpus/pane.py" line="54" />
        <source>Also in {0} articles</source>
        <translation>Aussi dans {0} articles</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/corpus/pane.py" line="67" />
        <source>⚠ Conflicting verdicts in this group: {0}</source>
        <translation>⚠ Verdicts contradictoires dans ce groupe : {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/corpus/pane.py" line="76" />
        <source>{0} on {1}</source>
        <translation>{0} le {1}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/corpus/pane.py" line="79" />
        <source>{0} in project {1}</source>
        <translation>{0} dans le projet {1}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/corpus/pane.py" line="81" />
        <source>{0} by {1}</source>
        <translation>{0} par {1}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/corpus/pane.py" line="83" />
        <source>{0}, rationale: {1}</source>
        <translation>{0}, justification : {1}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/corpus/pane.py" line="181" />
        <source>&amp;Go to this claim</source>
        <translation>&amp;Aller à cette affirmation</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/corpus/pane.py" line="182" />
        <source>Show the selected claim in its article</source>
        <translation>Afficher l’affirmation choisie dans son article</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/corpus/pane.py" line="183" />
        <source>Give the ticked claims this verdict</source>
        <translation>Donner ce verdict aux affirmations cochées</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/corpus/pane.py" line="185" />
        <source>One undoable step; each claim's history says the verdict was reused from this claim</source>
        <translation>Une seule étape annulable ; l’historique de chaque affirmation indique que le verdict vient de celle-ci</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/corpus/pane.py" line="191" />
        <source>Verdicts in earlier projects:</source>
        <translation>Verdicts des projets précédents :</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/corpus/pane.py" line="192" />
        <source>Take this verdict &amp;over</source>
        <translation>&amp;Reprendre ce verdict</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/corpus/pane.py" line="194" />
        <source>Give this claim the selected earlier verdict (and its rationale if it has none); one undoable step</source>
        <translation>Donner à cette affirmation le verdict précédent choisi (et sa justification si elle n’en a pas) ; une seule étape annulable</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/corpus/pane.py" line="247" />
        <source> (and {0} more time(s) in this one)</source>
        <translation> (et {0} fois de plus dans celui-ci)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/corpus/pane.py" line="254" />
        <source>{0} {1} — {2}, claim {3}: {4}</source>
        <translation>{0} {1} — {2}, affirmation {3} : {4}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/corpus/pane.py" line="291" />
        <source>{0} {1}
“{2}”</source>
        <translation>{0} {1}
« {2} »</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/corpus/pane.py" line="296" />
        <source>{0}
Claim {1} of “{2}”, in {3}</source>
        <translation>{0}
Affirmation {1} de « {2} », dans {3}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/corpus/pane.py" line="316" />
        <source>Name to check: “{0}” → “{1}”? ({2})</source>
        <translation>Nom à vérifier : « {0} » → « {1} » ? ({2})</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/corpus/pane.py" line="318" />
        <source>Spelling to check: “{0}” → “{1}”? ({2})</source>
        <translation>Orthographe à vérifier : « {0} » → « {1} » ? ({2})</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../../workbench/gui/app/crash.py" line="47" />
        <source>Workbench hit a bug</source>
        <translation>Workbench a rencontré un bogue</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/app/crash.py" line="48" />
        <source>Something went wrong inside Workbench. Your work is saved: every edit is written to the project at once.

The details were written to:
{0}</source>
        <translation>Une erreur interne s’est produite. Votre travail est enregistré : chaque modification est écrite aussitôt dans le projet.

Les détails sont dans :
{0}</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <location filename="../../workbench/gui/desk/controller.py" line="100" />
        <location filename="../../workbench/gui/desk/controller.py" line="118" />
        <location filename="../../workbench/gui/desk/controller.py" line="145" />
        <source>Merge a checker's work</source>
        <translation>Fusionner le travail d’un vérificateur</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/desk/controller.py" line="102" />
        <location filename="../../workbench/gui/desk/controller.py" line="174" />
        <source>Workbench projects (*{0})</source>
        <translation>Projets Workbench (*{0})</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/desk/controller.py" line="112" />
        <source>Reading {0}…</source>
        <translation>Lecture de {0}…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/desk/controller.py" line="132" />
        <source>Merging {0}…</source>
        <translation>Fusion de {0}…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/desk/controller.py" line="140" />
        <source>The project changed since the preview and a new conflict appeared: nothing was merged. Merge the file again to see it.</source>
        <translation>Le projet a changé depuis l’aperçu et un nouveau conflit est apparu : rien n’a été fusionné. Fusionnez de nouveau le fichier pour le voir.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/desk/controller.py" line="150" />
        <source>Nothing new to merge</source>
        <translation>Rien de nouveau à fusionner</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/desk/controller.py" line="153" />
        <source>Merged {0}: {1}</source>
        <translation>{0} fusionné : {1}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/desk/controller.py" line="172" />
        <source>Save the part for {0} as</source>
        <translation>Enregistrer la part de {0} sous</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/desk/controller.py" line="191" />
        <location filename="../../workbench/gui/desk/controller.py" line="204" />
        <source>Give articles to a checker</source>
        <translation>Confier des articles à un vérificateur</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/desk/controller.py" line="192" />
        <source>{0}: a file with this name already exists</source>
        <translation>{0} : un fichier de ce nom existe déjà</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/desk/controller.py" line="196" />
        <source>Writing {0}…</source>
        <translation>Écriture de {0}…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/desk/controller.py" line="206" />
        <source>Part written: {0}</source>
        <translation>Part écrite : {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/desk/controller.py" line="216" />
        <source>Wait for the analysis to finish, or cancel it, first</source>
        <translation>Attendez d’abord la fin de l’analyse, ou annulez-la</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/desk/controller.py" line="244" />
        <location filename="../../workbench/gui/desk/controller.py" line="266" />
        <source>Checkers' work</source>
        <translation>Travail des vérificateurs</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <location filename="../../workbench/gui/importing/document.py" line="108" />
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/importing/document.py" line="198" />
        <source>Show the &amp;article only</source>
        <translation>Afficher l’&amp;article seul</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/importing/document.py" line="199" />
        <source>Keep only the article's text the extractor found on this page</source>
        <translation>Ne garder que le texte de l’article trouvé sur cette page</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/importing/document.py" line="203" />
        <source>Show the &amp;whole page</source>
        <translation>Afficher &amp;toute la page</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/importing/document.py" line="204" />
        <source>Check the page's whole text (menus, captions, asides), not only the article</source>
        <translation>Vérifier tout le texte de la page (menus, légendes, encadrés), pas seulement l’article</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/importing/document.py" line="220" />
        <source>An analysis is already running</source>
        <translation>Une analyse est déjà en cours</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/importing/document.py" line="225" />
        <source>This article has no other view to switch to</source>
        <translation>Cet article n’a pas d’autre affichage possible</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/importing/document.py" line="234" />
        <source>Analysing the other view…</source>
        <translation>Analyse de l’autre version…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/importing/document.py" line="262" />
        <source>Now showing {0} (revision {1}): {2} claim(s) kept, {3} new, {4} not found. Earlier edits can no longer be undone.</source>
        <translation>Affichage de {0} (révision {1}) : {2} affirmation(s) gardée(s), {3} nouvelle(s), {4} introuvable(s). Les modifications précédentes ne peuvent plus être annulées.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/importing/document.py" line="267" />
        <source>the whole page</source>
        <translation>toute la page</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/importing/document.py" line="269" />
        <source>the article only</source>
        <translation>l’article seul</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/importing/document.py" line="282" />
        <source>The view was not switched</source>
        <translation>L’affichage n’a pas été changé</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/importing/document.py" line="283" />
        <source>The other view could not be analysed; nothing changed.</source>
        <translation>L’autre version n’a pas pu être analysée ; rien n’a changé.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/importing/document.py" line="289" />
        <source>View switch cancelled; nothing changed.</source>
        <translation>Changement d’affichage annulé ; rien n’a changé.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/importing/document.py" line="303" />
        <source>p. {0}</source>
        <translation>p. {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/importing/document.py" line="304" />
        <source>pp. {0}–{1}</source>
        <translation>p. {0}–{1}</translation>
    </message>
</context>
<context>
    <name>DocumentPanel</name>
    <message>
        <location filename="../../workbench/gui/importing/document_panel.py" line="82" />
        <source>Web page: the article's text, as the extractor found it.</source>
        <translation>Page web : le texte de l’article, tel que l’extracteur l’a trouvé.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/importing/document_panel.py" line="88" />
        <source>Web page: the whole page's text, menus and asides too.</source>
        <translation>Page web : tout le texte de la page, menus et encadrés compris.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/importing/document_panel.py" line="91" />
        <source>From the import: {0}</source>
        <translation>À l’import : {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/importing/document_panel.py" line="94" />
        <source>{0} note(s) placed in the text, in blue where no claim covers them.</source>
        <translation>{0} note(s) placée(s) dans le texte, en bleu là où aucune affirmation ne les couvre.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/importing/document_panel.py" line="101" />
        <source>The import left nothing out or changed.</source>
        <translation>L’import n’a rien laissé de côté ni modifié.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/importing/document_panel.py" line="106" />
        <source>Reviewers' comments ({0}), passages underlined in purple</source>
        <translation>Commentaires des relecteurs ({0}), passages soulignés en violet</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/importing/document_panel.py" line="110" />
        <source>No reviewer's comment on this article.</source>
        <translation>Aucun commentaire de relecteur sur cet article.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/importing/document_panel.py" line="124" />
        <source>Current claim: {0}</source>
        <translation>Affirmation courante : {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/importing/document_panel.py" line="127" />
        <source>{0} comment(s) on the current claim (in bold):</source>
        <translation>{0} commentaire(s) sur l’affirmation courante (en gras) :</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/importing/document_panel.py" line="150" />
        <source>unknown author</source>
        <translation>auteur inconnu</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/importing/document_panel.py" line="165" />
        <source>on “{0}”</source>
        <translation>sur « {0} »</translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message>
        <location filename="../../workbench/gui/editing/controller.py" line="74" />
        <location filename="../../workbench/gui/editing/controller.py" line="113" />
        <location filename="../../workbench/gui/revisions/controller.py" line="290" />
        <location filename="../../workbench/gui/revisions/controller.py" line="309" />
        <source>Select a claim first</source>
        <translation>Choisissez d’abord une affirmation</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/editing/controller.py" line="89" />
        <source>Select a passage of the text first (Ctrl+T, then Shift+arrows)</source>
        <translation>Sélectionnez d’abord un passage du texte (Ctrl+T, puis Maj+flèches)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/editing/controller.py" line="103" />
        <source>Select a claim, then the passage it should cover</source>
        <translation>Choisissez une affirmation, puis le passage qu’elle doit couvrir</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/editing/controller.py" line="130" />
        <source>Not changed: {0}</source>
        <translation>Rien n’a changé : {0}</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../workbench/gui/reports/controller.py" line="155" />
        <source>A report is already being written</source>
        <translation>Un rapport est déjà en cours d’écriture</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/reports/controller.py" line="159" />
        <source>Writing the report to {0}…</source>
        <translation>Écriture du rapport dans {0}…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/reports/controller.py" line="170" />
        <source>Report written to {0}</source>
        <translation>Rapport écrit dans {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/reports/controller.py" line="180" />
        <source>The report was not written</source>
        <translation>Le rapport n’a pas été écrit</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../workbench/gui/reports/export_dialog.py" line="53" />
        <source>Export a report</source>
        <translation>Exporter un rapport</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/reports/export_dialog.py" line="60" />
        <source>HTML (one file, printable)</source>
        <translation>HTML (un fichier, imprimable)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/reports/export_dialog.py" line="61" />
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/reports/export_dialog.py" line="62" />
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/reports/export_dialog.py" line="63" />
        <source>CSV (spreadsheet)</source>
        <translation>CSV (tableur)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/reports/export_dialog.py" line="64" />
        <source>JSON (everything)</source>
        <translation>JSON (tout)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/reports/export_dialog.py" line="65" />
        <source>ClaimReview JSON-LD (claims with a verdict)</source>
        <translation>ClaimReview JSON-LD (affirmations avec verdict)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/reports/export_dialog.py" line="73" />
        <source>The whole project</source>
        <translation>Tout le projet</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/reports/export_dialog.py" line="75" />
        <source>The current article</source>
        <translation>L’article affiché</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/reports/export_dialog.py" line="76" />
        <source>The claims shown in the list</source>
        <translation>Les affirmations affichées dans la liste</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/reports/export_dialog.py" line="86" />
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/reports/export_dialog.py" line="92" />
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/reports/export_dialog.py" line="93" />
        <source>&amp;Of:</source>
        <translation>&amp;De :</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/reports/export_dialog.py" line="94" />
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/reports/export_dialog.py" line="96" />
        <source>&amp;To file:</source>
        <translation>&amp;Vers le fichier :</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/reports/export_dialog.py" line="103" />
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/reports/export_dialog.py" line="120" />
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
</context>
<context>
    <name>FileChooser</name>
    <message>
        <location filename="../../workbench/gui/dialogs/file_chooser.py" line="21" />
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs/file_chooser.py" line="24" />
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs/file_chooser.py" line="25" />
        <source>{0} file</source>
        <translation>Fichier {0}</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../../workbench/gui/window/files.py" line="89" />
        <source>Project already open</source>
        <translation>Projet déjà ouvert</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/files.py" line="90" />
        <source>{0}

{1}

You can open it read-only: you will see it, not change it.</source>
        <translation>{0}

{1}

Vous pouvez l’ouvrir en lecture seule : le consulter, sans le modifier.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/files.py" line="97" />
        <source>Open &amp;read-only</source>
        <translation>Ouvrir en &amp;lecture seule</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/files.py" line="119" />
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/files.py" line="123" />
        <source>Open a project or an article</source>
        <translation>Ouvrir un projet ou un article</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/files.py" line="126" />
        <source>Workbench projects (*{0})</source>
        <translation>Projets Workbench (*{0})</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/files.py" line="152" />
        <source>Save a copy of the project</source>
        <translation>Enregistrer une copie du projet</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/files.py" line="166" />
        <source>A copy was saved as {0}</source>
        <translation>Copie enregistrée sous {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/files.py" line="170" />
        <source>Save the project as</source>
        <translation>Enregistrer le projet sous</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/files.py" line="191" />
        <source>Now editing {0}; {1} stays as it was</source>
        <translation>Vous modifiez maintenant {0} ; {1} reste tel quel</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/files.py" line="205" />
        <location filename="../../workbench/gui/window/files.py" line="220" />
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/files.py" line="206" />
        <source>This project has no backups yet. One is taken each time it is opened, if it changed since the last one.</source>
        <translation>Ce projet n’a pas encore de sauvegarde. Une sauvegarde est faite à chaque ouverture, s’il a changé depuis la précédente.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/files.py" line="221" />
        <source>Replace the whole project by the backup of {0}?

The project as it is now is backed up first: to go back, restore that backup. The undo history is cleared.</source>
        <translation>Remplacer tout le projet par la sauvegarde du {0} ?

Le projet tel qu’il est maintenant est d’abord sauvegardé : pour revenir en arrière, restaurez cette sauvegarde. L’historique d’annulation est vidé.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/files.py" line="228" />
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/files.py" line="257" />
        <source>Restored the backup of {0}; the state before it was backed up</source>
        <translation>Sauvegarde du {0} restaurée ; l’état précédent a été sauvegardé</translation>
    </message>
</context>
<context>
    <name>GivePartDialog</name>
    <message>
        <location filename="../../workbench/gui/dialogs/give_part.py" line="43" />
        <source>Give articles to a checker</source>
        <translation>Confier des articles à un vérificateur</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs/give_part.py" line="45" />
        <source>The ticked articles, with their claims, verdicts, sources and history, go to a project file of their own that the checker can work on offline. File ▸ Merge a checker's work brings their work back.</source>
        <translation>Les articles cochés, avec leurs affirmations, verdicts, sources et historique, vont dans un fichier de projet à part, sur lequel le vérificateur peut travailler hors ligne. Fichier ▸ Fusionner le travail d’un vérificateur reprend son travail.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs/give_part.py" line="55" />
        <source>Articles to give</source>
        <translation>Articles à confier</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs/give_part.py" line="66" />
        <source>Tick &amp;all</source>
        <translation>Tout &amp;cocher</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs/give_part.py" line="67" />
        <source>Tick &amp;none</source>
        <translation>Tout &amp;décocher</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs/give_part.py" line="81" />
        <source>&amp;Checker:</source>
        <translation>&amp;Vérificateur :</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs/give_part.py" line="84" />
        <source>&amp;Save the part as…</source>
        <translation>&amp;Enregistrer la part sous…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs/give_part.py" line="116" />
        <source>{0} of {1} article(s) ticked</source>
        <translation>{0} article(s) coché(s) sur {1}</translation>
    </message>
</context>
<context>
    <name>HistoryLabels</name>
    <message>
        <location filename="../../workbench/gui/review/history_labels.py" line="16" />
        <source>article</source>
        <translation>article</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/history_labels.py" line="17" />
        <source>claim</source>
        <translation>affirmation</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/history_labels.py" line="18" />
        <source>verdict</source>
        <translation>verdict</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/history_labels.py" line="19" />
        <source>rationale</source>
        <translation>justification</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/history_labels.py" line="20" />
        <source>passage</source>
        <translation>passage</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/history_labels.py" line="21" />
        <source>wording</source>
        <translation>formulation</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/history_labels.py" line="22" />
        <source>dismissed</source>
        <translation>écartée</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/history_labels.py" line="23" />
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/history_labels.py" line="24" />
        <source>source address</source>
        <translation>adresse de la source</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/history_labels.py" line="25" />
        <source>source title</source>
        <translation>titre de la source</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/history_labels.py" line="26" />
        <source>source excerpt</source>
        <translation>extrait de la source</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/history_labels.py" line="27" />
        <source>source consulted on</source>
        <translation>source consultée le</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/history_labels.py" line="28" />
        <source>revision</source>
        <translation>révision</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/history_labels.py" line="29" />
        <source>place in the text</source>
        <translation>place dans le texte</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/history_labels.py" line="30" />
        <source>verdict reused from</source>
        <translation>verdict repris de</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/history_labels.py" line="31" />
        <source>verdict taken from an earlier project</source>
        <translation>verdict repris d’un projet antérieur</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/history_labels.py" line="45" />
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/history_labels.py" line="46" />
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/history_labels.py" line="49" />
        <source>in place</source>
        <translation>en place</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/history_labels.py" line="50" />
        <source>moved</source>
        <translation>déplacée</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/history_labels.py" line="51" />
        <source>changed since verdict</source>
        <translation>modifiée depuis le verdict</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/history_labels.py" line="52" />
        <source>place to confirm</source>
        <translation>place à confirmer</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/history_labels.py" line="53" />
        <source>not found in the text</source>
        <translation>introuvable dans le texte</translation>
    </message>
</context>
<context>
    <name>ImportFormats</name>
    <message>
        <location filename="../../workbench/gui/importing/formats.py" line="18" />
        <source>Text or corpus export</source>
        <translation>Texte ou export de corpus</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/importing/formats.py" line="19" />
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/importing/formats.py" line="20" />
        <source>Web page</source>
        <translation>Page web</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/importing/formats.py" line="21" />
        <source>Word document</source>
        <translation>Document Word</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/importing/formats.py" line="22" />
        <source>PDF with a text layer</source>
        <translation>PDF avec une couche texte</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/importing/formats.py" line="33" />
        <source>All supported files ({0})</source>
        <translation>Tous les fichiers pris en charge ({0})</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/importing/formats.py" line="37" />
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/importing/formats.py" line="52" />
        <source>{0} file(s) not imported: Workbench does not read this kind of file.

{1}

It imports web pages, Word documents (DOCX), PDF with a text layer, Markdown, plain text and corpus exports ({2}).</source>
        <translation>{0} fichier(s) non importé(s) : Workbench ne lit pas ce type de fichier.

{1}

Il importe les pages web, les documents Word (DOCX), les PDF avec une couche texte, le Markdown, le texte brut et les exports de corpus ({2}).</translation>
    </message>
</context>
<context>
    <name>ImportNotices</name>
    <message>
        <location filename="../../workbench/gui/importing/notices.py" line="33" />
        <source>… and {0} more file(s)</source>
        <translation>… et {0} autre(s) fichier(s)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/importing/notices.py" line="37" />
        <source>What the import left out or changed, file by file:</source>
        <translation>Ce que l’import a laissé de côté ou modifié, fichier par fichier :</translation>
    </message>
</context>
<context>
    <name>Importing</name>
    <message>
        <location filename="../../workbench/gui/importing/controller.py" line="98" />
        <location filename="../../workbench/gui/importing/controller.py" line="196" />
        <source>An import is already running</source>
        <translation>Une importation est déjà en cours</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/importing/controller.py" line="124" />
        <source>Import articles</source>
        <translation>Importer des articles</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/importing/controller.py" line="135" />
        <source>Import articles with an encoding</source>
        <translation>Importer des articles avec un encodage</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/importing/controller.py" line="92" />
        <source>Unsupported files</source>
        <translation>Fichiers non pris en charge</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/importing/controller.py" line="118" />
        <source>Your checking is saved in the project {0}</source>
        <translation>Votre vérification est enregistrée dans le projet {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/importing/controller.py" line="148" />
        <source>Text encoding</source>
        <translation>Encodage du texte</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/importing/controller.py" line="150" />
        <source>Read {0} file(s) as which text encoding?
Choose another one when accents or quotes came out wrong.</source>
        <translation>Lire {0} fichier(s) avec quel encodage ?
Choisissez-en un autre si les accents ou les apostrophes sont mal lus.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/importing/controller.py" line="180" />
        <source>Nothing to paste</source>
        <translation>Rien à coller</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/importing/controller.py" line="181" />
        <source>The clipboard holds no text. Copy the article's text, then paste again.</source>
        <translation>Le presse-papiers ne contient pas de texte. Copiez le texte de l’article, puis collez de nouveau.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/importing/controller.py" line="191" />
        <source>Analysing the pasted text…</source>
        <translation>Analyse du texte collé…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/importing/controller.py" line="200" />
        <source>Open a project you can change first (Ctrl+O or Ctrl+N)</source>
        <translation>Ouvrez d’abord un projet modifiable (Ctrl+O ou Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/importing/controller.py" line="219" />
        <source>Encoding: {0}</source>
        <translation>Encodage : {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/importing/controller.py" line="222" />
        <source>The text encoding the file was read as. If accents came out wrong, File ▸ Import with encoding… reads it again as another.</source>
        <translation>L’encodage avec lequel le fichier a été lu. Si les accents sont mal lus, Fichier ▸ Importer avec un encodage… le relit avec un autre.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/importing/controller.py" line="234" />
        <source>Reading and analysing {0} file(s)…</source>
        <translation>Lecture et analyse de {0} fichier(s)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/importing/controller.py" line="241" />
        <source>Imported {0} article(s).</source>
        <translation>{0} article(s) importé(s).</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/importing/controller.py" line="243" />
        <source>{0} already in the project.</source>
        <translation>{0} déjà dans le projet.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/importing/controller.py" line="247" />
        <source>{0} file(s) hold an earlier revision of an article: not added again.</source>
        <translation>{0} fichier(s) contiennent une révision antérieure d’un article : rien n’a été ajouté.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/importing/controller.py" line="259" />
        <source>Imported, with notes</source>
        <translation>Importé, avec des remarques</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/importing/controller.py" line="268" />
        <source>Analysis failed</source>
        <translation>L’analyse a échoué</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/importing/controller.py" line="269" />
        <source>The articles could not be analysed; nothing was added to the project.</source>
        <translation>Les articles n’ont pas pu être analysés ; rien n’a été ajouté au projet.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/importing/controller.py" line="279" />
        <source>Import cancelled; nothing was added.</source>
        <translation>Importation annulée ; rien n’a été ajouté.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/importing/controller.py" line="285" />
        <source>Already in the project, as an earlier revision</source>
        <translation>Déjà dans le projet, comme révision antérieure</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/importing/controller.py" line="286" />
        <source>These texts are earlier revisions of articles the project holds; nothing was lost and nothing was added. View ▸ Compare with previous revision shows what changed since.

{0}</source>
        <translation>Ces textes sont des révisions antérieures d’articles du projet ; rien n’a été perdu ni ajouté. Affichage ▸ Comparer avec la révision précédente montre ce qui a changé depuis.

{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/importing/controller.py" line="295" />
        <source>{0} file(s) or corpus entries could not be read and were left out; everything else was imported.

{1}</source>
        <translation>{0} fichier(s) ou article(s) de corpus illisible(s), laissé(s) de côté ; tout le reste a été importé.

{1}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/importing/controller.py" line="303" />
        <source>Some files were not imported</source>
        <translation>Certains fichiers n’ont pas été importés</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/importing/encodings.py" line="25" />
        <source>Automatic (detect it)</source>
        <translation>Automatique (détecter)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/importing/encodings.py" line="27" />
        <source>UTF-16 (with or without byte-order mark)</source>
        <translation>UTF-16 (avec ou sans indicateur d’ordre des octets)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/importing/encodings.py" line="28" />
        <source>Windows-1252 (Western Europe, Windows)</source>
        <translation>Windows-1252 (Europe de l’Ouest, Windows)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/importing/encodings.py" line="30" />
        <source>Latin-9 (ISO 8859-15, with €)</source>
        <translation>Latin-9 (ISO 8859-15, avec €)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/status.py" line="105" />
        <source>%v of %m analysed</source>
        <translation>%v sur %m analysés</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <location filename="../../workbench/gui/review/verdicts.py" line="150" />
        <source>Backspace</source>
        <translation>Retour arrière</translation>
    </message>
</context>
<context>
    <name>LibraryFolderField</name>
    <message>
        <location filename="../../workbench/gui/corpus/library_field.py" line="22" />
        <source>Folder of your earlier projects</source>
        <translation>Dossier de vos projets antérieurs</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/corpus/library_field.py" line="24" />
        <source>No library: none offered</source>
        <translation>Aucune bibliothèque : rien n’est proposé</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/corpus/library_field.py" line="26" />
        <source>Claims that match a verdict given in a project of this folder show that verdict; nothing is taken over unless you ask</source>
        <translation>Les affirmations qui correspondent à un verdict donné dans un projet de ce dossier affichent ce verdict ; rien n’est repris sans votre demande</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/corpus/library_field.py" line="32" />
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/corpus/library_field.py" line="47" />
        <source>The folder of your earlier projects</source>
        <translation>Le dossier de vos projets précédents</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../workbench/gui/dialogs/merge.py" line="36" />
        <source>verdict</source>
        <translation>verdict</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs/merge.py" line="37" />
        <source>rationale</source>
        <translation>justification</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs/merge.py" line="38" />
        <source>dismissal</source>
        <translation>mise à l’écart</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs/merge.py" line="39" />
        <source>wording and place</source>
        <translation>formulation et place</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs/merge.py" line="40" />
        <source>other details</source>
        <translation>autres détails</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs/merge.py" line="41" />
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs/merge.py" line="42" />
        <source>claim removed on one side, edited on the other</source>
        <translation>affirmation supprimée d’un côté, modifiée de l’autre</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs/merge.py" line="43" />
        <source>new version of the article on both sides</source>
        <translation>nouvelle version de l’article des deux côtés</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs/merge.py" line="50" />
        <source>{0}: new version {1}</source>
        <translation>{0} : nouvelle version {1}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs/merge.py" line="55" />
        <source>{0}: new claim: {1}</source>
        <translation>{0} : nouvelle affirmation : {1}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs/merge.py" line="59" />
        <source>{0}: claim {1} removed: {2}</source>
        <translation>{0} : affirmation {1} supprimée : {2}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs/merge.py" line="63" />
        <source>{0}, claim {1}: new source {2}</source>
        <translation>{0}, affirmation {1} : nouvelle source {2}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs/merge.py" line="67" />
        <source>{0}, claim {1}: source removed {2}</source>
        <translation>{0}, affirmation {1} : source supprimée {2}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs/merge.py" line="71" />
        <source>{0}, claim {1}: source {2}</source>
        <translation>{0}, affirmation {1} : source {2}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs/merge.py" line="74" />
        <source>{0}, claim {1}: {2}</source>
        <translation>{0}, affirmation {1} : {2}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs/merge.py" line="82" />
        <source>(no history entry on this side)</source>
        <translation>(aucune entrée d’historique de ce côté)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs/merge.py" line="83" />
        <source>someone</source>
        <translation>quelqu’un</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs/merge.py" line="85" />
        <source>{0}  {1}: {2} {3} → {4}</source>
        <translation>{0}  {1} : {2} {3} → {4}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs/merge.py" line="99" />
        <source>(none: removed on this side)</source>
        <translation>(aucune : supprimée de ce côté)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs/merge.py" line="105" />
        <source>dismissed</source>
        <translation>écartée</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs/merge.py" line="105" />
        <source>kept</source>
        <translation>gardée</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs/merge.py" line="114" />
        <source>«{0}» (characters {1}–{2})</source>
        <translation>« {0} » (caractères {1} à {2})</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs/merge.py" line="122" />
        <source>{0} new article(s), {1} new claim(s), {2} change(s), {3} new source(s), {4} history entries, {5} conflict(s)</source>
        <translation>{0} nouvel(s) article(s), {1} nouvelle(s) affirmation(s), {2} changement(s), {3} nouvelle(s) source(s), {4} entrées d’historique, {5} conflit(s)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs/merge.py" line="142" />
        <source>{0}, claim {1}</source>
        <translation>{0}, affirmation {1}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs/merge.py" line="144" />
        <source>{0}: {1}</source>
        <translation>{0} : {1}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs/merge.py" line="152" />
        <source>Keep this project's</source>
        <translation>Garder la valeur de ce projet</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs/merge.py" line="154" />
        <source>Take {0}'s</source>
        <translation>Prendre la valeur reçue ({0})</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs/merge.py" line="163" />
        <source>History in this project</source>
        <translation>Historique dans ce projet</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs/merge.py" line="169" />
        <source>History in {0}'s file</source>
        <translation>Historique dans le fichier reçu ({0})</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs/merge.py" line="210" />
        <source>Merge a checker's work</source>
        <translation>Fusionner le travail d’un vérificateur</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs/merge.py" line="213" />
        <source>Merging &lt;b&gt;{0}&lt;/b&gt; ({1}) into this project: {2}.</source>
        <translation>Fusion de &lt;b&gt;{0}&lt;/b&gt; ({1}) dans ce projet : {2}.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs/merge.py" line="222" />
        <source>Changes the merge makes by itself</source>
        <translation>Changements que la fusion fait d’elle-même</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs/merge.py" line="225" />
        <source>New article: {0}</source>
        <translation>Nouvel article : {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs/merge.py" line="239" />
        <source>Conflicts to decide</source>
        <translation>Conflits à trancher</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs/merge.py" line="244" />
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs/merge.py" line="253" />
        <source>Nothing new: everything in this file is already in the project.</source>
        <translation>Rien de nouveau : tout ce que contient ce fichier est déjà dans le projet.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs/merge.py" line="261" />
        <source>Merged by themselves:</source>
        <translation>Fusionnés d’eux-mêmes :</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs/merge.py" line="265" />
        <source>Keep this project's for all</source>
        <translation>Garder celles de ce projet pour tous</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs/merge.py" line="267" />
        <source>Take {0}'s for all</source>
        <translation>Prendre celles reçues ({0}) pour tous</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs/merge.py" line="272" />
        <source>Changed on both sides — decide each one:</source>
        <translation>Modifiés des deux côtés — décidez pour chacun :</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs/merge.py" line="279" />
        <source>The merge is one step, recorded in the history; it cannot be undone, but a backup of the project is taken first.</source>
        <translation>La fusion est une seule étape, inscrite dans l’historique ; elle ne peut pas être annulée, mais une sauvegarde du projet est prise avant.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs/merge.py" line="302" />
        <source>{0} conflict(s) still need a decision</source>
        <translation>{0} conflit(s) attendent encore une décision</translation>
    </message>
</context>
<context>
    <name>OrphansPanel</name>
    <message>
        <location filename="../../workbench/gui/revisions/panel.py" line="340" />
        <source>Place on the selected text</source>
        <translation>Placer sur le texte sélectionné</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/revisions/panel.py" line="339" />
        <source>Claims not found in this revision</source>
        <translation>Affirmations introuvables dans cette révision</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/revisions/panel.py" line="342" />
        <source>Select the passage in the article, then the claim here, then press this ({0})</source>
        <translation>Sélectionnez le passage dans l’article, puis l’affirmation ici, puis ce bouton ({0})</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/revisions/panel.py" line="348" />
        <source>Dismiss the lost claim, or bring it back ({0})</source>
        <translation>Écarter l’affirmation perdue, ou la rétablir ({0})</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/revisions/panel.py" line="392" />
        <source>Claim {0} — {1} {2} — “{3}”</source>
        <translation>Affirmation {0} — {1} {2} — « {3} »</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/revisions/panel.py" line="396" />
        <source>{0} (dismissed)</source>
        <translation>{0} (écartée)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/revisions/panel.py" line="405" />
        <source>{0} claim(s) of the previous text were not found in revision {1} ({2} not dismissed). They keep their verdicts: place each on the passage that now says it, or dismiss it.</source>
        <translation>{0} affirmation(s) du texte précédent introuvable(s) dans la révision {1} ({2} non écartée(s)). Elles gardent leur verdict : placez chacune sur le passage qui la dit désormais, ou écartez-la.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/revisions/panel.py" line="414" />
        <source>Every claim was found in this revision.</source>
        <translation>Toutes les affirmations ont été retrouvées dans cette révision.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/revisions/panel.py" line="426" />
        <source>Bring back</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/revisions/panel.py" line="428" />
        <source>Dismiss</source>
        <translation>Écarter</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <location filename="../../workbench/gui/review/overview.py" line="49" />
        <source>Must check</source>
        <translation>À vérifier d’abord</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/overview.py" line="50" />
        <source>Check-worthy</source>
        <translation>Mérite vérification</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/overview.py" line="51" />
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/overview.py" line="106" />
        <location filename="../../workbench/gui/review/overview.py" line="123" />
        <source>Corpus overview</source>
        <translation>Vue d’ensemble du corpus</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/overview.py" line="107" />
        <source>Next article with unchecked must-check claims</source>
        <translation>Article suivant avec des affirmations à vérifier d’abord</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/overview.py" line="112" />
        <source>Claims by &amp;tier</source>
        <translation>Affirmations par &amp;priorité</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/overview.py" line="113" />
        <source>Claims by &amp;verdict</source>
        <translation>Affirmations par &amp;verdict</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/overview.py" line="114" />
        <source>Articles by &amp;date</source>
        <translation>Articles par &amp;date</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/overview.py" line="115" />
        <source>Articles by &amp;source</source>
        <translation>Articles par &amp;source</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/overview.py" line="126" />
        <source>Tier</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/overview.py" line="127" />
        <location filename="../../workbench/gui/review/overview.py" line="132" />
        <source>Claims</source>
        <translation>Affirmations</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/overview.py" line="128" />
        <source>Checked</source>
        <translation>Vérifiées</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/overview.py" line="132" />
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/overview.py" line="135" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/overview.py" line="136" />
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/overview.py" line="139" />
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/overview.py" line="139" />
        <source>Finished</source>
        <translation>Terminés</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/overview.py" line="147" />
        <source>{0} articles, {1} finished · {2} claims, {3} checked · {4} must-check claims left in {5} articles</source>
        <translation>{0} article(s), {1} terminé(s) · {2} affirmation(s), {3} vérifiée(s) · {4} affirmation(s) à vérifier d’abord dans {5} article(s)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/overview.py" line="172" />
        <source>(no date)</source>
        <translation>(sans date)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/overview.py" line="174" />
        <source>(unknown)</source>
        <translation>(inconnue)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/overview.py" line="283" />
        <source>No article has must-check claims left to check</source>
        <translation>Aucun article n’a plus d’affirmation à vérifier d’abord</translation>
    </message>
</context>
<context>
    <name>PublisherFields</name>
    <message>
        <location filename="../../workbench/gui/dialogs/publisher.py" line="28" />
        <source>ClaimReview publisher (this project)</source>
        <translation>Éditeur ClaimReview (ce projet)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs/publisher.py" line="35" />
        <source>e.g. Le Quotidien – Vérification</source>
        <translation>p. ex. Le Quotidien – Vérification</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs/publisher.py" line="45" />
        <source>Publisher na&amp;me:</source>
        <translation>Nom de l’é&amp;diteur :</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs/publisher.py" line="46" />
        <source>Page &amp;address (reviews link to it):</source>
        <translation>&amp;Adresse de la page (les vérifications y renvoient) :</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs/publisher.py" line="57" />
        <source>The page address must be a web address starting with https:// or http://.</source>
        <translation>L’adresse de la page doit être une adresse web commençant par https:// ou http://.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../workbench/gui/dialogs/file_chooser.py" line="32" />
        <source>&amp;Look in:</source>
        <translation>&amp;Voir dans :</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs/file_chooser.py" line="33" />
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type :</translation>
    </message>
</context>
<context>
    <name>Reason</name>
    <message>
        <location filename="../../workbench/gui/review/verdicts.py" line="112" />
        <source>attributed to</source>
        <translation>attribuée à</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/verdicts.py" line="113" />
        <source>reported speech</source>
        <translation>discours rapporté</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/verdicts.py" line="114" />
        <source>quote</source>
        <translation>citation</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/verdicts.py" line="115" />
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/verdicts.py" line="116" />
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/verdicts.py" line="117" />
        <source>comparison</source>
        <translation>comparaison</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/verdicts.py" line="118" />
        <source>cause and effect</source>
        <translation>cause et effet</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/verdicts.py" line="119" />
        <source>promise or prediction</source>
        <translation>promesse ou prédiction</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/verdicts.py" line="120" />
        <source>names</source>
        <translation>noms</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/verdicts.py" line="121" />
        <source>conditional (allegation)</source>
        <translation>conditionnel (allégation)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/verdicts.py" line="122" />
        <source>unconfirmed (allegation)</source>
        <translation>non confirmé (allégation)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/verdicts.py" line="129" />
        <source>(named earlier in the article)</source>
        <translation>(nommée plus haut dans l’article)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/verdicts.py" line="131" />
        <source>{0}: {1}</source>
        <translation>{0} : {1}</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <location filename="../../workbench/gui/review/controller.py" line="180" />
        <source>No unchecked claim left in this list</source>
        <translation>Plus aucune affirmation à vérifier dans cette liste</translation>
    </message>
</context>
<context>
    <name>RevisionCompareDialog</name>
    <message>
        <location filename="../../workbench/gui/revisions/compare.py" line="125" />
        <source>Compare revisions — {0}</source>
        <translation>Comparer les révisions — {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/revisions/compare.py" line="132" />
        <source>Revision {0} ({1})</source>
        <translation>Révision {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/revisions/compare.py" line="151" />
        <source>&lt;span style='text-decoration: line-through; background: {0}'&gt;Deleted text&lt;/span&gt; is struck through; &lt;span style='text-decoration: underline; font-weight: bold; background: {1}'&gt;inserted text&lt;/span&gt; is underlined and bold. {2} marks a paragraph break.</source>
        <translation>Le &lt;span style='text-decoration: line-through; background: {0}'&gt;texte supprimé&lt;/span&gt; est barré ; le &lt;span style='text-decoration: underline; font-weight: bold; background: {1}'&gt;texte ajouté&lt;/span&gt; est souligné et en gras. {2} marque un changement de paragraphe.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/revisions/compare.py" line="161" />
        <source>&amp;Previous change</source>
        <translation>Modification &amp;précédente</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/revisions/compare.py" line="164" />
        <source>Go to the previous change (Shift+F3)</source>
        <translation>Aller à la modification précédente (Maj+F3)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/revisions/compare.py" line="167" />
        <source>&amp;Next change</source>
        <translation>Modification &amp;suivante</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/revisions/compare.py" line="170" />
        <source>Go to the next change (F3)</source>
        <translation>Aller à la modification suivante (F3)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/revisions/compare.py" line="174" />
        <source>&amp;From:</source>
        <translation>&amp;De :</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/revisions/compare.py" line="176" />
        <source>&amp;To:</source>
        <translation>&amp;À :</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/revisions/compare.py" line="226" />
        <source>The same revision is chosen twice.</source>
        <translation>La même révision est choisie deux fois.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/revisions/compare.py" line="229" />
        <source>No difference.</source>
        <translation>Aucune différence.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/revisions/compare.py" line="232" />
        <source>Revision {0} → {1}: {2} deletion(s), {3} insertion(s).</source>
        <translation>Révision {0} → {1} : {2} suppression(s), {3} ajout(s).</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/revisions/compare.py" line="257" />
        <source>Deleted in this revision</source>
        <translation>Supprimé dans cette révision</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/revisions/compare.py" line="259" />
        <source>Inserted in this revision</source>
        <translation>Ajouté dans cette révision</translation>
    </message>
</context>
<context>
    <name>RevisionDialog</name>
    <message>
        <location filename="../../workbench/gui/revisions/dialog.py" line="61" />
        <source>Import a new version of an article</source>
        <translation>Importer une nouvelle version d’un article</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/revisions/dialog.py" line="72" />
        <source>{0}

Choose the article this text is a new version of. Verdicts stay on the claims found again; reworded claims are flagged and claims no longer found are listed, never dropped.</source>
        <translation>{0}

Choisissez l’article dont ce texte est une nouvelle version. Les verdicts restent sur les affirmations retrouvées ; les affirmations reformulées sont signalées et celles qui ne sont plus trouvées sont listées, jamais supprimées.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/revisions/dialog.py" line="87" />
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/revisions/dialog.py" line="89" />
        <source>{0}. {1}</source>
        <translation>{0}. {1}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/revisions/dialog.py" line="96" />
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/revisions/dialog.py" line="97" />
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/revisions/dialog.py" line="98" />
        <source>Similarity</source>
        <translation>Similarité</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/revisions/dialog.py" line="111" />
        <source>Show &amp;every article of the project</source>
        <translation>Afficher &amp;tous les articles du projet</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/revisions/dialog.py" line="132" />
        <source>&amp;Text in the file:</source>
        <translation>&amp;Texte du fichier :</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/revisions/dialog.py" line="137" />
        <source>&amp;New version of:</source>
        <translation>&amp;Nouvelle version de :</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/revisions/dialog.py" line="203" />
        <source>{0} (open now)</source>
        <translation>{0} (ouvert)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/revisions/dialog.py" line="210" />
        <source>below {0} %</source>
        <translation>moins de {0} %</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/revisions/dialog.py" line="214" />
        <source>{0} %</source>
        <translation>{0} %</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/revisions/dialog.py" line="246" />
        <source>No article of the project looks like this text.</source>
        <translation>Aucun article du projet ne ressemble à ce texte.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/revisions/dialog.py" line="248" />
        <location filename="../../workbench/gui/revisions/dialog.py" line="256" />
        <source>&amp;Import as new revision</source>
        <translation>&amp;Importer comme nouvelle révision</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/revisions/dialog.py" line="263" />
        <source>{0} claim(s) found again: their verdicts stay.</source>
        <translation>{0} affirmation(s) retrouvée(s) : leurs verdicts restent.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/revisions/dialog.py" line="266" />
        <source>{0} claim(s) reworded: kept, flagged “changed since verdict”.</source>
        <translation>{0} affirmation(s) reformulée(s) : gardée(s), signalée(s) « modifiée depuis le verdict ».</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/revisions/dialog.py" line="269" />
        <source>{0} claim(s) placed where several passages fit: to confirm.</source>
        <translation>{0} affirmation(s) placée(s) là où plusieurs passages conviennent : à confirmer.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/revisions/dialog.py" line="272" />
        <source>{0} claim(s) not found: listed, to place or dismiss.</source>
        <translation>{0} affirmation(s) introuvable(s) : listée(s), à placer ou écarter.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/revisions/dialog.py" line="275" />
        <source>{0} new claim(s) in new sentences.</source>
        <translation>{0} nouvelle(s) affirmation(s) dans de nouvelles phrases.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/revisions/dialog.py" line="279" />
        <source>Warning: this text looks little like the chosen article.</source>
        <translation>Attention : ce texte ressemble peu à l’article choisi.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/revisions/dialog.py" line="285" />
        <source>&amp;Import as revision {0}</source>
        <translation>&amp;Importer comme révision {0}</translation>
    </message>
</context>
<context>
    <name>RevisionImport</name>
    <message>
        <location filename="../../workbench/gui/revisions/reading.py" line="51" />
        <source>{0}: the file holds no article</source>
        <translation>{0} : le fichier ne contient aucun article</translation>
    </message>
</context>
<context>
    <name>RevisionMarks</name>
    <message>
        <location filename="../../workbench/gui/revisions/panel.py" line="70" />
        <source>reworded</source>
        <translation>reformulée</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/revisions/panel.py" line="71" />
        <source>changed since verdict</source>
        <translation>modifiée depuis le verdict</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/revisions/panel.py" line="73" />
        <source>place to confirm</source>
        <translation>place à confirmer</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/revisions/panel.py" line="75" />
        <source>not found in this revision</source>
        <translation>introuvable dans cette révision</translation>
    </message>
</context>
<context>
    <name>RevisionNote</name>
    <message>
        <location filename="../../workbench/gui/revisions/panel.py" line="165" />
        <source>&amp;Place on the selected text</source>
        <translation>&amp;Placer sur le texte sélectionné</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/revisions/panel.py" line="202" />
        <source>⚠ Not found in revision {0}: kept with its verdict, to place or dismiss</source>
        <translation>⚠ Introuvable dans la révision {0} : gardée avec son verdict, à placer ou écarter</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/revisions/panel.py" line="208" />
        <source>Its wording was: {0}</source>
        <translation>Sa formulation était : {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/revisions/panel.py" line="215" />
        <source>⚠ Reworded since it was detected</source>
        <translation>⚠ Reformulée depuis sa détection</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/revisions/panel.py" line="217" />
        <source>⚠ Changed since verdict: the verdict was given on the old wording</source>
        <translation>⚠ Modifiée depuis le verdict : le verdict portait sur l’ancienne formulation</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/revisions/panel.py" line="223" />
        <source>Before: {0}</source>
        <translation>Avant : {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/revisions/panel.py" line="224" />
        <source>Now: {0}</source>
        <translation>Maintenant : {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/revisions/panel.py" line="227" />
        <source>⚠ Placed on one of {0} passages that fit: confirm this place or move it</source>
        <translation>⚠ Placée sur l’un des {0} passages possibles : confirmez cette place ou déplacez-la</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/revisions/panel.py" line="271" />
        <source>Move it to place {0}, after “…{1}”</source>
        <translation>La déplacer à la place {0}, après « …{1} »</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/revisions/panel.py" line="239" />
        <source>&amp;Keep the verdict for the new wording</source>
        <translation>&amp;Garder le verdict pour la nouvelle formulation</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/revisions/panel.py" line="161" />
        <source>The flag is cleared; the verdict stays ({0})</source>
        <translation>Le signalement est levé ; le verdict reste ({0})</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/revisions/panel.py" line="167" />
        <source>Select the passage in the article first (Ctrl+T, then Shift+arrows); then {0}</source>
        <translation>Sélectionnez d’abord le passage dans l’article (Ctrl+T, puis Maj+flèches) ; puis {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/revisions/panel.py" line="173" />
        <source>Dismiss the lost claim, or bring it back ({0})</source>
        <translation>Écarter l’affirmation perdue, ou la rétablir ({0})</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/revisions/panel.py" line="241" />
        <source>C&amp;onfirm this place</source>
        <translation>&amp;Confirmer cette place</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/revisions/panel.py" line="247" />
        <source>Bring &amp;back</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/revisions/panel.py" line="249" />
        <source>&amp;Dismiss</source>
        <translation>É&amp;carter</translation>
    </message>
</context>
<context>
    <name>Revisions</name>
    <message>
        <location filename="../../workbench/gui/revisions/controller.py" line="116" />
        <source>Import a new version of an article</source>
        <translation>Importer une nouvelle version d’un article</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/revisions/controller.py" line="130" />
        <source>The project has no article yet: import the article first</source>
        <translation>Le projet n’a encore aucun article : importez d’abord l’article</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/revisions/controller.py" line="134" />
        <source>An import is already running</source>
        <translation>Une importation est déjà en cours</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/revisions/controller.py" line="140" />
        <source>Reading and analysing {0}…</source>
        <translation>Lecture et analyse de {0}…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/revisions/controller.py" line="167" />
        <location filename="../../workbench/gui/revisions/controller.py" line="197" />
        <source>The new version was not imported</source>
        <translation>La nouvelle version n’a pas été importée</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/revisions/controller.py" line="168" />
        <source>The file could not be read or analysed; the project is unchanged.</source>
        <translation>Le fichier n’a pas pu être lu ou analysé ; le projet est inchangé.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/revisions/controller.py" line="177" />
        <source>Import of the new version cancelled; the project is unchanged.</source>
        <translation>Importation de la nouvelle version annulée ; le projet est inchangé.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/revisions/controller.py" line="185" />
        <source>A revision is being recorded</source>
        <translation>Une révision est en cours d’enregistrement</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/revisions/controller.py" line="190" />
        <source>Recording the new revision…</source>
        <translation>Enregistrement de la nouvelle révision…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/revisions/controller.py" line="198" />
        <source>The revision could not be recorded; the project is unchanged.</source>
        <translation>La révision n’a pas pu être enregistrée ; le projet est inchangé.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/revisions/controller.py" line="222" />
        <source>Revision {0} recorded: {1} claim(s) kept, {2} changed, {3} to confirm, {4} not found, {5} new. Earlier edits can no longer be undone.</source>
        <translation>Révision {0} enregistrée : {1} affirmation(s) gardée(s), {2} modifiée(s), {3} à confirmer, {4} introuvable(s), {5} nouvelle(s). Les modifications antérieures ne peuvent plus être annulées.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/revisions/controller.py" line="247" />
        <source>This article has a single revision: nothing to compare</source>
        <translation>Cet article n’a qu’une révision : rien à comparer</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/revisions/controller.py" line="262" />
        <source>Select the passage in the text first (Ctrl+T, then Shift+arrows)</source>
        <translation>Sélectionnez d’abord le passage dans le texte (Ctrl+T, puis Maj+flèches)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/revisions/controller.py" line="275" />
        <source>Claim placed; its verdict stays</source>
        <translation>Affirmation placée ; son verdict reste</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/revisions/controller.py" line="295" />
        <source>Claim {0}: nothing to keep or confirm, the last revision left it in place</source>
        <translation>Affirmation {0} : rien à garder ni à confirmer, la dernière révision l’a laissée en place</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/revisions/controller.py" line="314" />
        <source>Claim {0} has its place in the text; S changes its span to the selection</source>
        <translation>L’affirmation {0} a sa place dans le texte ; S change son passage pour la sélection</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/revisions/marks.py" line="56" />
        <source>Claims not found in this revision</source>
        <translation>Affirmations introuvables dans cette révision</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/revisions/marks.py" line="197" />
        <source>Revision {0} of {1}</source>
        <translation>Révision {0} sur {1}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/revisions/marks.py" line="201" />
        <source>compare with revision {0}</source>
        <translation>comparer avec la révision {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/revisions/marks.py" line="205" />
        <source>The open article's revision; Ctrl+Shift+D compares it with the previous one</source>
        <translation>La révision de l’article ouvert ; Ctrl+Maj+D la compare à la précédente</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../workbench/gui/editing/session.py" line="69" />
        <source>Set claim {0} to {1}</source>
        <translation>Affirmation {0} : {1}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/editing/session.py" line="82" />
        <source>Edit the rationale of claim {0}</source>
        <translation>Justification de l’affirmation {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/editing/session.py" line="90" />
        <source>Add claim {0}</source>
        <translation>Ajout de l’affirmation {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/editing/session.py" line="99" />
        <source>Change the span of claim {0}</source>
        <translation>Nouveau passage de l’affirmation {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/editing/session.py" line="109" />
        <source>Remove claim {0}</source>
        <translation>Suppression de l’affirmation {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/editing/session.py" line="116" />
        <source>Dismiss claim {0}</source>
        <translation>Affirmation {0} écartée</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/editing/session.py" line="118" />
        <source>Bring back claim {0}</source>
        <translation>Affirmation {0} rétablie</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/editing/session.py" line="131" />
        <source>Place claim {0}</source>
        <translation>Affirmation {0} placée</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/editing/session.py" line="142" />
        <source>Confirm claim {0} where it is</source>
        <translation>Affirmation {0} confirmée à sa place</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/editing/session.py" line="154" />
        <source>Add a source to claim {0}</source>
        <translation>Source ajoutée à l’affirmation {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/editing/session.py" line="166" />
        <source>Edit a source</source>
        <translation>Source modifiée</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/editing/session.py" line="177" />
        <source>Remove a source</source>
        <translation>Source retirée</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../workbench/gui/dialogs/common.py" line="53" />
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs/common.py" line="57" />
        <source>Best installed</source>
        <translation>Le meilleur installé</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs/common.py" line="66" />
        <source>Hide claims scoring below</source>
        <translation>Masquer les affirmations dont le score est inférieur à</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs/common.py" line="69" />
        <source>Your &amp;name (kept in the history):</source>
        <translation>Votre &amp;nom (inscrit dans l’historique) :</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs/common.py" line="71" />
        <source>French &amp;pipeline:</source>
        <translation>&amp;Modèle français :</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs/common.py" line="72" />
        <source>Hide claims scoring &amp;below:</source>
        <translation>Masquer les affirmations &amp;sous le score :</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs/common.py" line="75" />
        <source>Earlier projects (&amp;library):</source>
        <translation>Projets précédents (&amp;bibliothèque) :</translation>
    </message>
</context>
<context>
    <name>ShortcutsSheet</name>
    <message>
        <location filename="../../workbench/gui/dialogs/common.py" line="136" />
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs/common.py" line="144" />
        <source>Key</source>
        <translation>Touche</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs/common.py" line="144" />
        <source>Command</source>
        <translation>Commande</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <location filename="../../workbench/gui/dialogs/common.py" line="192" />
        <source>Edit the source</source>
        <translation>Modifier la source</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs/common.py" line="194" />
        <source>Add a source</source>
        <translation>Ajouter une source</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs/common.py" line="211" />
        <source>&amp;Address (URL):</source>
        <translation>&amp;Adresse (URL) :</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs/common.py" line="212" />
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs/common.py" line="213" />
        <source>&amp;Excerpt:</source>
        <translation>&amp;Extrait :</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs/common.py" line="214" />
        <source>A&amp;ccessed on:</source>
        <translation>&amp;Consultée le :</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <location filename="../../workbench/gui/review/verdicts.py" line="79" />
        <source>To re-check</source>
        <translation>À revérifier</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/verdicts.py" line="80" />
        <source>Unchecked</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/verdicts.py" line="81" />
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/verdicts.py" line="82" />
        <source>Denied</source>
        <translation>Démenti</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/verdicts.py" line="83" />
        <source>Unverified</source>
        <translation>Invérifié</translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <location filename="../../workbench/gui/review/controller.py" line="271" />
        <source>No project open</source>
        <translation>Aucun projet ouvert</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/review/controller.py" line="277" />
        <source>Article: {0} of {1} checked — project: {2} of {3}</source>
        <translation>Article : {0} sur {1} vérifiées — projet : {2} sur {3}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/dialog_host.py" line="43" />
        <source>Project problem</source>
        <translation>Problème de projet</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/dialog_host.py" line="44" />
        <source>{0}

{1}</source>
        <translation>{0}

{1}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/dialog_host.py" line="64" />
        <source>Workbench projects (*{0})</source>
        <translation>Projets Workbench (*{0})</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/main_window.py" line="355" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/main_window.py" line="356" />
        <source>Open &amp;recent</source>
        <translation>Projets &amp;récents</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/main_window.py" line="357" />
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/main_window.py" line="358" />
        <source>&amp;Claim</source>
        <translation>&amp;Affirmation</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/main_window.py" line="359" />
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/main_window.py" line="360" />
        <source>&amp;View</source>
        <translation>Afficha&amp;ge</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/main_window.py" line="361" />
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/main_window.py" line="362" />
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/main_window.py" line="367" />
        <source>Article text</source>
        <translation>Texte de l’article</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/main_window.py" line="370" />
        <source>No article shown.

Open a project (Ctrl+O), create one (Ctrl+N), import articles (Ctrl+I), or drop text files here.
F1 lists every keyboard shortcut.</source>
        <translation>Aucun article affiché.

Ouvrez un projet (Ctrl+O), créez-en un (Ctrl+N), importez des articles (Ctrl+I) ou déposez ici des fichiers texte.
F1 liste tous les raccourcis clavier.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/main_window.py" line="427" />
        <source>No backup was taken when opening: {0}</source>
        <translation>Aucune sauvegarde n’a été faite à l’ouverture : {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/main_window.py" line="433" />
        <source>Warning: {0}</source>
        <translation>Attention : {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/main_window.py" line="654" />
        <source>&amp;Undo {0}</source>
        <translation>&amp;Annuler : {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/main_window.py" line="656" />
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/main_window.py" line="659" />
        <source>&amp;Redo {0}</source>
        <translation>&amp;Rétablir : {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/main_window.py" line="661" />
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/main_window.py" line="671" />
        <source>Workbench</source>
        <translation>Workbench</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/main_window.py" line="673" />
        <source> (read-only)</source>
        <translation> (lecture seule)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/main_window.py" line="675" />
        <source>{0}{1} — Workbench</source>
        <translation>{0}{1} — Workbench</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/status.py" line="108" />
        <source>Language: {0}</source>
        <translation>Langue : {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/status.py" line="109" />
        <source>Model: {0}</source>
        <translation>Modèle : {0}</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../workbench/gui/window/actions.py" line="99" />
        <source>&amp;New project…</source>
        <translation>&amp;Nouveau projet…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/actions.py" line="100" />
        <source>Create an empty project file</source>
        <translation>Créer un fichier de projet vide</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/actions.py" line="103" />
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/actions.py" line="104" />
        <source>Open a project, or an article to check</source>
        <translation>Ouvrir un projet, ou un article à vérifier</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/actions.py" line="107" />
        <source>&amp;Import articles…</source>
        <translation>&amp;Importer des articles…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/actions.py" line="108" />
        <source>Add text or corpus files</source>
        <translation>Ajouter des fichiers texte ou corpus</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/actions.py" line="111" />
        <source>Import &amp;with encoding…</source>
        <translation>Importer avec un enco&amp;dage…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/actions.py" line="112" />
        <source>Add text files read as the encoding you choose, not the detected one</source>
        <translation>Ajouter des fichiers texte lus avec l’encodage choisi, et non celui détecté</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/actions.py" line="118" />
        <source>&amp;Paste as new article</source>
        <translation>&amp;Coller comme nouvel article</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/actions.py" line="119" />
        <source>Analyse the text on the clipboard and add it as an article</source>
        <translation>Analyser le texte du presse-papiers et l’ajouter comme article</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/actions.py" line="124" />
        <source>Import new &amp;version of article…</source>
        <translation>Importer une nouvelle &amp;version de l’article…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/actions.py" line="125" />
        <source>Re-import a revised draft: verdicts stay on the claims found again</source>
        <translation>Réimporter un brouillon révisé : les verdicts restent sur les affirmations retrouvées</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/actions.py" line="131" />
        <source>Compare with previous re&amp;vision</source>
        <translation>Comparer avec la ré&amp;vision précédente</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/actions.py" line="132" />
        <source>Show what the open article's last revision deleted and inserted</source>
        <translation>Montrer ce que la dernière révision de l’article a supprimé et ajouté</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/actions.py" line="138" />
        <source>&amp;Export report…</source>
        <translation>&amp;Exporter un rapport…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/actions.py" line="139" />
        <source>Write a verification report</source>
        <translation>Écrire un rapport de vérification</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/actions.py" line="142" />
        <source>Save &amp;as…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/actions.py" line="143" />
        <source>Copy the project to another file and edit the copy</source>
        <translation>Copier le projet dans un autre fichier et modifier la copie</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/actions.py" line="146" />
        <source>Save a &amp;copy…</source>
        <translation>Enregistrer une &amp;copie…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/actions.py" line="147" />
        <source>Copy the project to another file</source>
        <translation>Copier le projet dans un autre fichier</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/actions.py" line="150" />
        <source>Restore a &amp;backup…</source>
        <translation>Restaurer une sauve&amp;garde…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/actions.py" line="151" />
        <source>Put back the project as it was when opened earlier</source>
        <translation>Remettre le projet tel qu’il était à une ouverture précédente</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/actions.py" line="154" />
        <source>&amp;Give articles to a checker…</source>
        <translation>&amp;Confier des articles à un vérificateur…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/actions.py" line="155" />
        <source>Write chosen articles to a project file a checker works on</source>
        <translation>Écrire les articles choisis dans un fichier de projet sur lequel un vérificateur travaillera</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/actions.py" line="160" />
        <source>&amp;Merge a checker's work…</source>
        <translation>&amp;Fusionner le travail d’un vérificateur…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/actions.py" line="161" />
        <source>Bring a checker's project file back: preview, then decide each conflict</source>
        <translation>Reprendre le fichier de projet d’un vérificateur : aperçu, puis décision pour chaque conflit</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/actions.py" line="167" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/actions.py" line="168" />
        <source>Close Workbench; everything is already saved</source>
        <translation>Fermer Workbench ; tout est déjà enregistré</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/actions.py" line="171" />
        <source>&amp;Settings…</source>
        <translation>&amp;Réglages…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/actions.py" line="172" />
        <source>Checker name, pipeline, threshold</source>
        <translation>Nom du vérificateur, modèle, seuil</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/actions.py" line="175" />
        <source>&amp;Next claim</source>
        <translation>Affirmation &amp;suivante</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/actions.py" line="176" />
        <source>Select the next claim in the list</source>
        <translation>Choisir l’affirmation suivante de la liste</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/actions.py" line="179" />
        <source>&amp;Previous claim</source>
        <translation>Affirmation &amp;précédente</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/actions.py" line="180" />
        <source>Select the previous claim</source>
        <translation>Choisir l’affirmation précédente</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/actions.py" line="183" />
        <source>Next &amp;unchecked claim</source>
        <translation>Prochaine affirmation &amp;à vérifier</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/actions.py" line="184" />
        <source>Jump to the next unchecked claim</source>
        <translation>Aller à la prochaine affirmation à vérifier</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/actions.py" line="187" />
        <source>Next &amp;article</source>
        <translation>Article suiva&amp;nt</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/actions.py" line="188" />
        <source>Open the next article</source>
        <translation>Ouvrir l’article suivant</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/actions.py" line="191" />
        <source>Previous a&amp;rticle</source>
        <translation>Article pré&amp;cédent</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/actions.py" line="192" />
        <source>Open the previous article</source>
        <translation>Ouvrir l’article précédent</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/actions.py" line="195" />
        <source>Next article with &amp;must-check claims</source>
        <translation>Article suivant à vérifier &amp;d’abord</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/actions.py" line="196" />
        <source>Open the next article with must-check claims not checked yet, on the first</source>
        <translation>Ouvrir l’article suivant qui a des affirmations à vérifier d’abord, sur la première</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/actions.py" line="202" />
        <source>Corpus &amp;overview</source>
        <translation>Vue d’ensemble du c&amp;orpus</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/actions.py" line="203" />
        <source>Articles by date and source, claims by tier and verdict, progress</source>
        <translation>Articles par date et source, affirmations par priorité et verdict, avancement</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/actions.py" line="209" />
        <source>&amp;Search the claims</source>
        <translation>&amp;Chercher dans les affirmations</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/actions.py" line="210" />
        <source>Type to filter the claims</source>
        <translation>Taper pour filtrer les affirmations</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/actions.py" line="213" />
        <source>Go to the claims &amp;list</source>
        <translation>Aller à la &amp;liste des affirmations</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/actions.py" line="214" />
        <source>Move the focus to the claims</source>
        <translation>Passer à la liste des affirmations</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/actions.py" line="217" />
        <source>Go to the article &amp;text</source>
        <translation>Aller au &amp;texte de l’article</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/actions.py" line="218" />
        <source>Move the focus to the text</source>
        <translation>Passer au texte</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/actions.py" line="221" />
        <source>Write the &amp;rationale</source>
        <translation>Écrire la &amp;justification</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/actions.py" line="222" />
        <source>Edit the current claim's note</source>
        <translation>Modifier la note de l’affirmation choisie</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/actions.py" line="225" />
        <source>&amp;Add claim from selection</source>
        <translation>&amp;Ajouter une affirmation depuis la sélection</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/actions.py" line="226" />
        <source>Make the selected text a claim</source>
        <translation>Faire du texte sélectionné une affirmation</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/actions.py" line="229" />
        <source>C&amp;hange span to selection</source>
        <translation>&amp;Étendre l’affirmation à la sélection</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/actions.py" line="230" />
        <source>Make the current claim cover the selection</source>
        <translation>L’affirmation choisie couvre désormais la sélection</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/actions.py" line="233" />
        <source>&amp;Dismiss or restore claim</source>
        <translation>É&amp;carter ou rétablir l’affirmation</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/actions.py" line="234" />
        <source>Hide a detected claim, or bring it back</source>
        <translation>Écarter une affirmation détectée, ou la rétablir</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/actions.py" line="237" />
        <source>&amp;Keep the verdict / confirm the place</source>
        <translation>&amp;Garder le verdict / confirmer la place</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/actions.py" line="238" />
        <source>After a revision: keep the verdict for the new wording, or confirm the place</source>
        <translation>Après une révision : garder le verdict pour la nouvelle formulation, ou confirmer la place</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/actions.py" line="244" />
        <source>Place the &amp;lost claim on the selected text</source>
        <translation>Placer l’affirmation &amp;perdue sur le texte sélectionné</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/actions.py" line="245" />
        <source>After a revision: put the claim it lost, or placed unsure, on the selection</source>
        <translation>Après une révision : placer sur la sélection l’affirmation perdue ou mal placée</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/actions.py" line="251" />
        <source>Add a &amp;source…</source>
        <translation>Ajouter une &amp;source…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/actions.py" line="252" />
        <source>Add a source to the current claim</source>
        <translation>Ajouter une source à l’affirmation choisie</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/actions.py" line="255" />
        <source>&amp;Cancel analysis</source>
        <translation>A&amp;nnuler l’analyse</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/actions.py" line="256" />
        <source>Stop the running import</source>
        <translation>Arrêter l’importation en cours</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/actions.py" line="259" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/actions.py" line="260" />
        <source>Show every shortcut</source>
        <translation>Afficher tous les raccourcis</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/actions.py" line="263" />
        <source>&amp;System language</source>
        <translation>Langue du &amp;système</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/actions.py" line="264" />
        <source>Follow the system language</source>
        <translation>Suivre la langue du système</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/actions.py" line="272" />
        <source>Mark %1</source>
        <translation>Marquer « %1 »</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/actions.py" line="273" />
        <source>Set the verdict of the current claim to %1</source>
        <translation>Donner le verdict « %1 » à l’affirmation choisie</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/actions.py" line="280" />
        <source>Mark %1 and go to the next</source>
        <translation>Marquer « %1 » et passer à la suivante</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/window/actions.py" line="281" />
        <source>Set the verdict to %1, then jump to the next unchecked claim</source>
        <translation>Donner le verdict « %1 », puis aller à la prochaine affirmation à vérifier</translation>
    </message>
</context>
</TS>