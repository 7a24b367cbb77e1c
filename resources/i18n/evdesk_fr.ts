<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA">
<context>
    <name>Agreements</name>
    <message>
        <source>CUSMA</source>
        <translation>ACEUM</translation>
    </message>
    <message>
        <source>CETA</source>
        <translation>AECG</translation>
    </message>
    <message>
        <source>CPTPP</source>
        <translation>PTPGP</translation>
    </message>
</context>
<context>
    <name>Answers</name>
    <message>
        <source>Not eligible</source>
        <translation>Non admissible</translation>
    </message>
    <message>
        <source>Lease: {share} of the full {full}.</source>
        <translation>Location&#xa0;: {share} du montant complet de {full}.</translation>
    </message>
    <message>
        <source>Canadian-made: no price cap.</source>
        <translation>Fabriqué au Canada&#xa0;: aucun plafond de prix.</translation>
    </message>
    <message>
        <source>{headroom} under the {cap} cap.</source>
        <translation>{headroom} sous le plafond de {cap}.</translation>
    </message>
    <message>
        <source>Claims from {date} get {amount}.</source>
        <translation>Les demandes à partir du {date} donnent {amount}.</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Admissible</translation>
    </message>
    <message>
        <source>Up to {amount}</source>
        <translation>Jusqu’à {amount}</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>Built in Canada: no import duty.</source>
        <translation>Construit au Canada&#xa0;: aucun droit de douane.</translation>
    </message>
    <message>
        <source>No import duty, under a free trade agreement.</source>
        <translation>Aucun droit de douane, grâce à un accord de libre-échange.</translation>
    </message>
    <message>
        <source>The standard import duty.</source>
        <translation>Le droit de douane habituel.</translation>
    </message>
    <message>
        <source>The standard import duty: it came in under the China EV quota.</source>
        <translation>Le droit de douane habituel&#xa0;: il est entré dans le cadre du contingent de VE chinois.</translation>
    </message>
    <message>
        <source>The standard duty plus the surtax on Chinese-made electric vehicles.</source>
        <translation>Le droit habituel, plus la surtaxe sur les véhicules électriques fabriqués en Chine.</translation>
    </message>
    <message>
        <source>Depends on how the vehicle was imported.</source>
        <translation>Dépend de la façon dont le véhicule a été importé.</translation>
    </message>
    <message>
        <source>Paid when the vehicle enters Canada, by whoever imports it.</source>
        <translation>Payé à l’entrée du véhicule au Canada, par l’importateur.</translation>
    </message>
    <message>
        <source>Another duty may apply: the dealer can tell you.</source>
        <translation>Un autre droit pourrait s’appliquer&#xa0;: le concessionnaire peut vous le dire.</translation>
    </message>
    <message>
        <source>Agreement: {agreement}.</source>
        <translation>Accord&#xa0;: {agreement}.</translation>
    </message>
    <message>
        <source>May also apply: {duty} of {rate}.</source>
        <translation>Pourrait aussi s’appliquer&#xa0;: {duty} de {rate}.</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Not counted against the China EV quota</source>
        <translation>Non compté dans le contingent de VE chinois</translation>
    </message>
    <message>
        <source>Does not count</source>
        <translation>Non compté</translation>
    </message>
    <message>
        <source>Quota year {number}: {start} to {end}.</source>
        <translation>Année contingentaire {number}&#xa0;: du {start} au {end}.</translation>
    </message>
    <message>
        <source>{size} vehicles in that year.</source>
        <translation>{size} véhicules cette année-là.</translation>
    </message>
    <message>
        <source>About {size} vehicles in that year (computed; not published).</source>
        <translation>Environ {size} véhicules cette année-là (calculé; non publié).</translation>
    </message>
    <message>
        <source>The importer needs a shipment permit.</source>
        <translation>L’importateur a besoin d’un permis d’expédition.</translation>
    </message>
    <message>
        <source>Quota year {number}</source>
        <translation>Année contingentaire {number}</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Compté</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Final transaction value against the cap</source>
        <translation>Valeur finale de la transaction par rapport au plafond</translation>
    </message>
    <message>
        <source>{ftv}: {margin} under the {cap} cap</source>
        <translation>{ftv}&#xa0;: {margin} sous le plafond de {cap}</translation>
    </message>
    <message>
        <source>{ftv}: {margin} over the {cap} cap</source>
        <translation>{ftv}&#xa0;: {margin} au-dessus du plafond de {cap}</translation>
    </message>
    <message>
        <source>cap {cap}</source>
        <translation>plafond {cap}</translation>
    </message>
    <message>
        <source>Rebate by claim date</source>
        <translation>Remise selon la date de la demande</translation>
    </message>
    <message>
        <source>claim date</source>
        <translation>date de la demande</translation>
    </message>
</context>
<context>
    <name>ClaimDialog</name>
    <message>
        <source>Deal {number}: submitted in the portal</source>
        <translation>Dossier {number}&#xa0;: soumis dans le portail</translation>
    </message>
    <message>
        <source>Deal {number}: the portal&apos;s confirmation number</source>
        <translation>Dossier {number}&#xa0;: numéro de confirmation du portail</translation>
    </message>
    <message>
        <source>Deal {number}: paid</source>
        <translation>Dossier {number}&#xa0;: payé</translation>
    </message>
    <message>
        <source>Deal {number}: refused</source>
        <translation>Dossier {number}&#xa0;: refusé</translation>
    </message>
    <message>
        <source>Deal {number}: cancelled (a return or a broken lease)</source>
        <translation>Dossier {number}&#xa0;: annulé (un retour ou une location rompue)</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>Soumise le</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Payée le</translation>
    </message>
    <message>
        <source>Cancelled on</source>
        <translation>Annulée le</translation>
    </message>
    <message>
        <source>Confirmation number</source>
        <translation>Numéro de confirmation</translation>
    </message>
    <message>
        <source>if the portal gave one already</source>
        <translation>si le portail en a déjà donné un</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>Montant versé</translation>
    </message>
    <message>
        <source>Reason given</source>
        <translation>Motif donné</translation>
    </message>
    <message>
        <source>no customer&apos;s personal details, please</source>
        <translation>aucun renseignement personnel du client, s’il vous plaît</translation>
    </message>
    <message>
        <source>Enter the amount paid.</source>
        <translation>Entrez le montant versé.</translation>
    </message>
    <message>
        <source>Enter the confirmation number.</source>
        <translation>Entrez le numéro de confirmation.</translation>
    </message>
    <message>
        <source>Enter the reason given for the refusal.</source>
        <translation>Entrez le motif donné pour le refus.</translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <source>“{text}” could be {countries}: type more of the name, or pick one from the list.</source>
        <translation>«&#xa0;{text}&#xa0;» peut désigner {countries}&#xa0;: tapez davantage du nom, ou choisissez un pays dans la liste.</translation>
    </message>
    <message>
        <source>“{text}” is not a country in the list: pick one, or type its two- or three-letter code (CN, USA).</source>
        <translation>«&#xa0;{text}&#xa0;» n’est pas un pays de la liste&#xa0;: choisissez-en un, ou tapez son code à deux ou trois lettres (CN, USA).</translation>
    </message>
    <message>
        <source>Not known: type a name or a code</source>
        <translation>Inconnu&#xa0;: tapez un nom ou un code</translation>
    </message>
</context>
<context>
    <name>DealPanel</name>
    <message>
        <source>Claim</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Reprint statement…</source>
        <translation>Réimprimer le relevé…</translation>
    </message>
    <message>
        <source>Close deal</source>
        <translation>Fermer le dossier</translation>
    </message>
    <message>
        <source>Put the deal back</source>
        <translation>Remettre le dossier</translation>
    </message>
    <message>
        <source>As saved</source>
        <translation>Tel qu’enregistré</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Deal {number}</source>
        <translation>Dossier {number}</translation>
    </message>
    <message>
        <source>customer&apos;s data erased</source>
        <translation>données du client effacées</translation>
    </message>
    <message>
        <source>stock {stock}</source>
        <translation>inventaire {stock}</translation>
    </message>
    <message>
        <source>saved {date} by {who}</source>
        <translation>enregistré le {date} par {who}</translation>
    </message>
    <message>
        <source>policy {version}</source>
        <translation>règles {version}</translation>
    </message>
    <message>
        <source>Claim: {status}</source>
        <translation>Demande&#xa0;: {status}</translation>
    </message>
    <message>
        <source>submitted {date}</source>
        <translation>soumise le {date}</translation>
    </message>
    <message>
        <source>confirmation {number}</source>
        <translation>confirmation {number}</translation>
    </message>
    <message>
        <source>no confirmation number yet</source>
        <translation>pas encore de numéro de confirmation</translation>
    </message>
    <message>
        <source>paid {amount} on {date}</source>
        <translation>{amount} versés le {date}</translation>
    </message>
    <message>
        <source>The form has changed since deal {number} was opened: the answer shown is a new check under today&apos;s policy.</source>
        <translation>Le formulaire a changé depuis l’ouverture du dossier {number}&#xa0;: la réponse affichée est une nouvelle vérification selon les règles d’aujourd’hui.</translation>
    </message>
    <message>
        <source>The answer shown is the one given on {date}, under policy {version}.</source>
        <translation>La réponse affichée est celle donnée le {date}, selon les règles {version}.</translation>
    </message>
    <message>
        <source>The policy this deal was answered under is not in this database: its answer as recorded is listed below; the answer shown is today&apos;s.</source>
        <translation>Les règles selon lesquelles ce dossier a reçu sa réponse ne sont pas dans cette base de données&#xa0;: sa réponse telle qu’enregistrée figure ci-dessous; la réponse affichée est celle d’aujourd’hui.</translation>
    </message>
    <message>
        <source>This evdesk answers the deal differently under the same policy (it was saved by evdesk {version}): its answer as recorded is listed below; the answer shown is today&apos;s.</source>
        <translation>Cette version d’evdesk répond autrement à ce dossier selon les mêmes règles (il a été enregistré par evdesk {version})&#xa0;: sa réponse telle qu’enregistrée figure ci-dessous; la réponse affichée est celle d’aujourd’hui.</translation>
    </message>
    <message>
        <source>{name}: {value}</source>
        <translation>{name}&#xa0;: {value}</translation>
    </message>
    <message>
        <source>Today&apos;s policy ({version}) gives the same answer.</source>
        <translation>Les règles d’aujourd’hui ({version}) donnent la même réponse.</translation>
    </message>
    <message>
        <source>Today&apos;s policy ({version}) answers differently, rule by rule:</source>
        <translation>Les règles d’aujourd’hui ({version}) répondent autrement, critère par critère&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Deals</name>
    <message>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>eligible</source>
        <translation>admissible</translation>
    </message>
    <message>
        <source>not eligible</source>
        <translation>non admissible</translation>
    </message>
    <message>
        <source>counts</source>
        <translation>compté</translation>
    </message>
    <message>
        <source>does not count</source>
        <translation>non compté</translation>
    </message>
    <message>
        <source>EVAP rebate</source>
        <translation>Remise EVAP</translation>
    </message>
    <message>
        <source>EVAP amount</source>
        <translation>Montant EVAP</translation>
    </message>
    <message>
        <source>Import duty</source>
        <translation>Droits de douane</translation>
    </message>
    <message>
        <source>China EV quota</source>
        <translation>Contingent de VE chinois</translation>
    </message>
    <message>
        <source>Quota year</source>
        <translation>Année du contingent</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Vendu le</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Inventaire</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>NIV</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Véhicule</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Conseiller</translation>
    </message>
    <message>
        <source>Rebate</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Needs action</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré le</translation>
    </message>
    <message>
        <source>(erased)</source>
        <translation>(effacé)</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Vérifiée</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Soumise</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payée</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Not submitted ({days} days)</source>
        <translation>Non soumise ({days} jours)</translation>
    </message>
    <message>
        <source>No confirmation number ({days} days)</source>
        <translation>Sans numéro de confirmation ({days} jours)</translation>
    </message>
    <message>
        <source>Not paid ({days} days)</source>
        <translation>Non payée ({days} jours)</translation>
    </message>
    <message>
        <source>Submit before {date}: {cost} less after</source>
        <translation>Soumettre avant le {date}&#xa0;: {cost} de moins après</translation>
    </message>
    <message>
        <source>Program ended {last_day}</source>
        <translation>Programme terminé le {last_day}</translation>
    </message>
    <message>
        <source>Program ends {last_day}</source>
        <translation>Fin du programme le {last_day}</translation>
    </message>
    <message>
        <source>Sold {days} days ago ({sale_date}) and not yet submitted in the portal.</source>
        <translation>Vendu il y a {days} jours ({sale_date}) et pas encore soumis dans le portail.</translation>
    </message>
    <message>
        <source>Submitted {days} days ago ({submitted_on}) and no confirmation number recorded: check that the portal received it.</source>
        <translation>Soumis il y a {days} jours ({submitted_on}) et aucun numéro de confirmation inscrit&#xa0;: vérifiez que le portail l’a reçu.</translation>
    </message>
    <message>
        <source>Submitted {days} days ago ({submitted_on}) and not yet paid.</source>
        <translation>Soumis il y a {days} jours ({submitted_on}) et pas encore payé.</translation>
    </message>
    <message>
        <source>Not yet submitted: the amount drops from {amount} to {then} on {date}. Waiting costs {cost}.</source>
        <translation>Pas encore soumis&#xa0;: le montant passe de {amount} à {then} le {date}. Attendre coûte {cost}.</translation>
    </message>
    <message>
        <source>Not yet submitted, and the program&apos;s last day was {last_day}.</source>
        <translation>Pas encore soumis, et le dernier jour du programme était le {last_day}.</translation>
    </message>
    <message>
        <source>Not yet submitted: the program&apos;s last day is {last_day}.</source>
        <translation>Pas encore soumis&#xa0;: le dernier jour du programme est le {last_day}.</translation>
    </message>
    <message>
        <source>sale</source>
        <translation>vente</translation>
    </message>
    <message>
        <source>submission</source>
        <translation>soumission</translation>
    </message>
    <message>
        <source>“{url}” is not a database address ({detail}).</source>
        <translation>«&#xa0;{url}&#xa0;» n’est pas une adresse de base de données ({detail}).</translation>
    </message>
    <message>
        <source>“{url}”: evdesk keeps its records in SQLite or PostgreSQL, not {dialect}.</source>
        <translation>«&#xa0;{url}&#xa0;»&#xa0;: evdesk tient ses dossiers dans SQLite ou PostgreSQL, pas dans {dialect}.</translation>
    </message>
    <message>
        <source>The deals database at {where} cannot be reached: {detail}</source>
        <translation>La base de données des dossiers à {where} est injoignable&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>The deals database at {where} is busy (another counter is writing). Try again.</source>
        <translation>La base de données des dossiers à {where} est occupée (un autre comptoir y écrit). Réessayez.</translation>
    </message>
    <message>
        <source>The deals database at {where} was made by a newer evdesk (schema {found}; this evdesk knows up to {known}). It was left untouched: update evdesk to use it.</source>
        <translation>La base de données des dossiers à {where} a été créée par une version plus récente d’evdesk (schéma {found}; cette version connaît jusqu’à {known}). Elle n’a pas été modifiée&#xa0;: mettez evdesk à jour pour l’utiliser.</translation>
    </message>
    <message>
        <source>The database at {where} holds evdesk&apos;s tables but no schema version. It was left untouched.</source>
        <translation>La base de données à {where} contient les tables d’evdesk, mais aucune version de schéma. Elle n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>The deals database at {where} could not be brought up to date ({step}: {detail}). It was left as it was.</source>
        <translation>La base de données des dossiers à {where} n’a pas pu être mise à jour ({step}&#xa0;: {detail}). Elle est restée telle quelle.</translation>
    </message>
    <message>
        <source>There is no deal {number} in these records.</source>
        <translation>Il n’y a pas de dossier {number} dans ces registres.</translation>
    </message>
    <message>
        <source>VIN {vin} already has an active claim: deal {holder} ({status}). Cancel that deal or record its refusal first.</source>
        <translation>Le NIV {vin} a déjà une demande active&#xa0;: dossier {holder} ({status}). Annulez ce dossier ou inscrivez d’abord son refus.</translation>
    </message>
    <message>
        <source>Deal {number}: a claim that is {current} cannot be marked {wanted}.</source>
        <translation>Dossier {number}&#xa0;: une demande à l’état «&#xa0;{current}&#xa0;» ne peut pas passer à l’état «&#xa0;{wanted}&#xa0;».</translation>
    </message>
    <message>
        <source>Deal {number}: the date {date} is before the {other} date {other_date}.</source>
        <translation>Dossier {number}&#xa0;: la date du {date} précède la date de {other} du {other_date}.</translation>
    </message>
    <message>
        <source>Deal {number}: something this step records is missing.</source>
        <translation>Dossier {number}&#xa0;: il manque un renseignement que cette étape inscrit.</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>The policy file {path} changed on disk since it was loaded: load it again.</source>
        <translation>Le fichier de règles {path} a changé sur le disque depuis son chargement&#xa0;: chargez-le de nouveau.</translation>
    </message>
    <message>
        <source>Deal {number}: the policy it was answered under is not in this database.</source>
        <translation>Dossier {number}&#xa0;: les règles selon lesquelles il a reçu sa réponse ne sont pas dans cette base de données.</translation>
    </message>
    <message>
        <source>A stored policy file cannot be used: {detail}</source>
        <translation>Un fichier de règles conservé ne peut pas être utilisé&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>{file}, row {row}: {problem}</source>
        <translation>{file}, ligne {row}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>The deals database at {where} refused the change: {detail}</source>
        <translation>La base de données des dossiers à {where} a refusé la modification&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>{path} is on a network drive: SQLite files on shared drives get corrupted. For several counters, use a PostgreSQL server (Settings).</source>
        <translation>{path} est sur un lecteur réseau&#xa0;: les fichiers SQLite s’y corrompent. Pour plusieurs comptoirs, utilisez un serveur PostgreSQL (Paramètres).</translation>
    </message>
</context>
<context>
    <name>DealsController</name>
    <message>
        <source>Sa&amp;ve deal…</source>
        <translation>En&amp;registrer le dossier…</translation>
    </message>
    <message>
        <source>&amp;Deals…</source>
        <translation>&amp;Dossiers…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Deals database not reachable</source>
        <translation>Base de données des dossiers injoignable</translation>
    </message>
    <message>
        <source>1 claim needs action</source>
        <translation>1 demande à traiter</translation>
    </message>
    <message>
        <source>{count} claims need action</source>
        <translation>{count} demandes à traiter</translation>
    </message>
    <message>
        <source>No claim needs action</source>
        <translation>Aucune demande à traiter</translation>
    </message>
    <message>
        <source>Show the deals whose claims need action (Deals…)</source>
        <translation>Afficher les dossiers dont la demande est à traiter (Dossiers…)</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>Non enregistré.</translation>
    </message>
    <message>
        <source>Nothing was saved; the form is as you typed it.</source>
        <translation>Rien n’a été enregistré; le formulaire est tel que vous l’avez rempli.</translation>
    </message>
    <message>
        <source>Saved as deal {number}.</source>
        <translation>Enregistré comme dossier {number}.</translation>
    </message>
    <message>
        <source>for the whole program</source>
        <translation>pour toute la durée du programme</translation>
    </message>
    <message>
        <source>per calendar year</source>
        <translation>par année civile</translation>
    </message>
    <message>
        <source>Recipient limit</source>
        <translation>Limite par bénéficiaire</translation>
    </message>
    <message>
        <source>{customer} already has {count} incentive(s) in these records (deals {deals}); a buyer of this kind may receive {limit} {per}. These records cannot see other dealers&apos; deals.</source>
        <translation>{customer} a déjà {count} incitatif(s) dans ces registres (dossiers {deals}); un acheteur de ce type peut en recevoir {limit} {per}. Ces registres ne voient pas les dossiers des autres concessionnaires.</translation>
    </message>
    <message>
        <source>Save the deal anyway?</source>
        <translation>Enregistrer le dossier quand même?</translation>
    </message>
    <message>
        <source>Submitted in the portal…</source>
        <translation>Soumise dans le portail…</translation>
    </message>
    <message>
        <source>Confirmation number…</source>
        <translation>Numéro de confirmation…</translation>
    </message>
    <message>
        <source>Paid…</source>
        <translation>Payée…</translation>
    </message>
    <message>
        <source>Refused…</source>
        <translation>Refusée…</translation>
    </message>
    <message>
        <source>Cancelled (a return or a broken lease)…</source>
        <translation>Annulée (un retour ou une location rompue)…</translation>
    </message>
    <message>
        <source>Deal {number}: claim recorded.</source>
        <translation>Dossier {number}&#xa0;: demande inscrite.</translation>
    </message>
    <message>
        <source>Erase the customer&apos;s data</source>
        <translation>Effacer les données du client</translation>
    </message>
    <message>
        <source>Erase the customer&apos;s name from deal {number}? The deal&apos;s figures and claim stay; the name cannot be brought back.</source>
        <translation>Effacer le nom du client du dossier {number}? Les montants et la demande du dossier restent; le nom ne pourra pas être récupéré.</translation>
    </message>
    <message>
        <source>Deal {number}&apos;s answer cannot be reproduced exactly by this evdesk, so its statement cannot be reprinted as it was.</source>
        <translation>Cette version d’evdesk ne peut pas reproduire exactement la réponse du dossier {number}&#xa0;: son relevé ne peut donc pas être réimprimé tel quel.</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Dossiers</translation>
    </message>
</context>
<context>
    <name>DealsWindow</name>
    <message>
        <source>Deals</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Search: VIN, customer, salesperson, stock or deal number</source>
        <translation>Rechercher&#xa0;: NIV, client, conseiller, inventaire ou numéro de dossier</translation>
    </message>
    <message>
        <source>Search the deals</source>
        <translation>Rechercher dans les dossiers</translation>
    </message>
    <message>
        <source>Every claim</source>
        <translation>Toutes les demandes</translation>
    </message>
    <message>
        <source>Needs action</source>
        <translation>À traiter</translation>
    </message>
    <message>
        <source>Checked, not submitted</source>
        <translation>Vérifiées, non soumises</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Soumises</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payées</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusées</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulées</translation>
    </message>
    <message>
        <source>Claim status</source>
        <translation>État de la demande</translation>
    </message>
    <message>
        <source>Sold from</source>
        <translation>Vendus du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Sold up to</source>
        <translation>Vendus jusqu’au</translation>
    </message>
    <message>
        <source>Open in the form</source>
        <translation>Ouvrir dans le formulaire</translation>
    </message>
    <message>
        <source>Reprint statement…</source>
        <translation>Réimprimer le relevé…</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Submitted in the portal…</source>
        <translation>Soumise dans le portail…</translation>
    </message>
    <message>
        <source>Confirmation number…</source>
        <translation>Numéro de confirmation…</translation>
    </message>
    <message>
        <source>Paid…</source>
        <translation>Payée…</translation>
    </message>
    <message>
        <source>Refused…</source>
        <translation>Refusée…</translation>
    </message>
    <message>
        <source>Cancelled (a return or a broken lease)…</source>
        <translation>Annulée (un retour ou une location rompue)…</translation>
    </message>
    <message>
        <source>Erase customer&apos;s data…</source>
        <translation>Effacer les données du client…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Deals: {count}</source>
        <translation>Dossiers&#xa0;: {count}</translation>
    </message>
    <message>
        <source>The deals shown stay as they were; nothing was changed.</source>
        <translation>Les dossiers affichés restent tels quels; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Deals, a whole copy that evdesk can import (*.csv)</source>
        <translation>Dossiers, copie complète qu’evdesk peut importer (*.csv)</translation>
    </message>
    <message>
        <source>Deals, for a spreadsheet (*.xlsx)</source>
        <translation>Dossiers, pour un tableur (*.xlsx)</translation>
    </message>
    <message>
        <source>Claim log (*.csv)</source>
        <translation>Historique des demandes (*.csv)</translation>
    </message>
    <message>
        <source>Export the deals</source>
        <translation>Exporter les dossiers</translation>
    </message>
    <message>
        <source>Exported to {path} (rows: {count}).</source>
        <translation>Exporté dans {path} (lignes&#xa0;: {count}).</translation>
    </message>
    <message>
        <source>Import deals</source>
        <translation>Importer des dossiers</translation>
    </message>
    <message>
        <source>evdesk deals export (*.csv)</source>
        <translation>Exportation de dossiers evdesk (*.csv)</translation>
    </message>
    <message>
        <source>Nothing imported</source>
        <translation>Rien n’a été importé</translation>
    </message>
    <message>
        <source>Deals imported</source>
        <translation>Dossiers importés</translation>
    </message>
    <message>
        <source>Deals added: {added}. Already there, unchanged: {same}.</source>
        <translation>Dossiers ajoutés&#xa0;: {added}. Déjà présents, inchangés&#xa0;: {same}.</translation>
    </message>
</context>
<context>
    <name>Explanation</name>
    <message>
        <source>EVAP rebate</source>
        <translation>Remise EVAP</translation>
    </message>
    <message>
        <source>The vehicle</source>
        <translation>Le véhicule</translation>
    </message>
    <message>
        <source>Import duty</source>
        <translation>Droits de douane</translation>
    </message>
    <message>
        <source>China EV quota</source>
        <translation>Contingent de VE chinois</translation>
    </message>
    <message>
        <source>met</source>
        <translation>respecté</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>non respecté</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation>ne s’applique pas</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>at the limit</source>
        <translation>à la limite</translation>
    </message>
    <message>
        <source>over by {amount}</source>
        <translation>dépassement de {amount}</translation>
    </message>
    <message>
        <source>short by {amount}</source>
        <translation>manque {amount}</translation>
    </message>
    <message>
        <source>{amount} to spare</source>
        <translation>marge de {amount}</translation>
    </message>
    <message>
        <source>{amount} above the minimum</source>
        <translation>{amount} au-dessus du minimum</translation>
    </message>
    <message>
        <source>low confidence</source>
        <translation>fiabilité faible</translation>
    </message>
    <message>
        <source>medium confidence</source>
        <translation>fiabilité moyenne</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source&#xa0;:</translation>
    </message>
    <message>
        <source>Worth knowing</source>
        <translation>Bon à savoir</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>What would change this</source>
        <translation>Ce qui changerait le résultat</translation>
    </message>
    <message>
        <source>what would change this</source>
        <translation>ce qui changerait le résultat</translation>
    </message>
    <message>
        <source>Policy {version} (published {published}), evdesk {engine}.</source>
        <translation>Règles {version} (publiées le {published}), evdesk {engine}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>evdesk: EV rebate, import duty and quota</source>
        <translation>evdesk&#xa0;: remise VE, droits de douane et contingent</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;New check</source>
        <translation>&amp;Nouvelle vérification</translation>
    </message>
    <message>
        <source>&amp;Copy result as text</source>
        <translation>&amp;Copier le résultat en texte</translation>
    </message>
    <message>
        <source>&amp;Print statement…</source>
        <translation>&amp;Imprimer le relevé…</translation>
    </message>
    <message>
        <source>&amp;Save statement as PDF…</source>
        <translation>&amp;Enregistrer le relevé en PDF…</translation>
    </message>
    <message>
        <source>&amp;Load policy…</source>
        <translation>C&amp;harger un fichier de règles…</translation>
    </message>
    <message>
        <source>Use the &amp;bundled policy</source>
        <translation>Utiliser les règles &amp;fournies</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;About evdesk</source>
        <translation>&amp;À propos d’evdesk</translation>
    </message>
    <message>
        <source>&amp;Dealer mode</source>
        <translation>Mode &amp;concessionnaire</translation>
    </message>
    <message>
        <source>&amp;Consumer mode</source>
        <translation>Mode c&amp;onsommateur</translation>
    </message>
    <message>
        <source>The sale</source>
        <translation>La vente</translation>
    </message>
    <message>
        <source>The answer</source>
        <translation>La réponse</translation>
    </message>
    <message>
        <source>Policy {version} (bundled)</source>
        <translation>Règles {version} (fournies)</translation>
    </message>
    <message>
        <source>Policy {version} (loaded)</source>
        <translation>Règles {version} (chargées)</translation>
    </message>
    <message>
        <source>Dealer mode</source>
        <translation>Mode concessionnaire</translation>
    </message>
    <message>
        <source>Consumer mode</source>
        <translation>Mode consommateur</translation>
    </message>
    <message>
        <source>The French translation could not be loaded.</source>
        <translation>La traduction française n’a pas pu être chargée.</translation>
    </message>
    <message>
        <source>Result copied as text.</source>
        <translation>Résultat copié en texte.</translation>
    </message>
    <message>
        <source>Statement sent to the printer.</source>
        <translation>Relevé envoyé à l’imprimante.</translation>
    </message>
    <message>
        <source>Save the statement as PDF</source>
        <translation>Enregistrer le relevé en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Statement not saved</source>
        <translation>Relevé non enregistré</translation>
    </message>
    <message>
        <source>Statement saved to {path}.</source>
        <translation>Relevé enregistré dans {path}.</translation>
    </message>
    <message>
        <source>Policy file refused; still using policy {version}.</source>
        <translation>Fichier de règles refusé; les règles {version} restent en vigueur.</translation>
    </message>
    <message>
        <source>Now using policy {version}.</source>
        <translation>Règles {version} maintenant en vigueur.</translation>
    </message>
    <message>
        <source>Now using the bundled policy {version}.</source>
        <translation>Règles fournies {version} maintenant en vigueur.</translation>
    </message>
</context>
<context>
    <name>MoneyField</name>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>Un montant ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>Type the amount as 45 000,00 (a space between thousands, a comma before the cents).</source>
        <translation>Tapez le montant ainsi&#xa0;: 45&#xa0;000,00 (une espace entre les milliers, une virgule avant les cents).</translation>
    </message>
    <message>
        <source>Type the amount as 45,000.00 (a comma between thousands, a point before the cents).</source>
        <translation>Tapez le montant ainsi&#xa0;: 45,000.00 (une virgule entre les milliers, un point avant les cents).</translation>
    </message>
    <message>
        <source>Type an amount in dollars, with digits only, e.g. {example}.</source>
        <translation>Tapez un montant en dollars, en chiffres seulement, p. ex. {example}.</translation>
    </message>
    <message>
        <source>Use at most two decimals (cents).</source>
        <translation>Utilisez au plus deux décimales (les cents).</translation>
    </message>
    <message>
        <source>That is more than {limit}: check the amount.</source>
        <translation>C’est plus de {limit}&#xa0;: vérifiez le montant.</translation>
    </message>
</context>
<context>
    <name>PolicyDialogs</name>
    <message>
        <source>The policy loaded earlier could not be read ({problem}); using the one bundled with evdesk.</source>
        <translation>Les règles chargées précédemment n’ont pas pu être lues ({problem}); les règles fournies avec evdesk sont utilisées.</translation>
    </message>
    <message>
        <source>Load a policy file</source>
        <translation>Charger un fichier de règles</translation>
    </message>
    <message>
        <source>Policy files (*.toml);;All files (*)</source>
        <translation>Fichiers de règles (*.toml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Policy file refused</source>
        <translation>Fichier de règles refusé</translation>
    </message>
    <message>
        <source>“{name}” cannot be used, so the policy in use ({version}) stays.</source>
        <translation>«&#xa0;{name}&#xa0;» ne peut pas être utilisé; les règles en vigueur ({version}) restent.</translation>
    </message>
    <message>
        <source>…and {count} more (see “{button}”).</source>
        <translation>…et {count} autres (voir «&#xa0;{button}&#xa0;»).</translation>
    </message>
    <message>
        <source>What is wrong with it:</source>
        <translation>Ce qui ne va pas&#xa0;:</translation>
    </message>
    <message>
        <source>About evdesk</source>
        <translation>À propos d’evdesk</translation>
    </message>
    <message>
        <source>What a vehicle sale is worth under Canada&apos;s federal EV rules: the EVAP rebate, the import duty and the China EV quota, with the reasons.</source>
        <translation>Ce que vaut la vente d’un véhicule selon les règles fédérales canadiennes sur les VE&#xa0;: la remise EVAP, les droits de douane et le contingent de VE chinois, avec les raisons.</translation>
    </message>
    <message>
        <source>bundled with this release</source>
        <translation>fournies avec cette version</translation>
    </message>
    <message>
        <source>loaded from {path}</source>
        <translation>chargées depuis {path}</translation>
    </message>
    <message>
        <source>Policy {version}, published {published} ({origin}).</source>
        <translation>Règles {version}, publiées le {published} ({origin}).</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
</context>
<context>
    <name>RecordsSettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>The dealership, on its statements</source>
        <translation>Le concessionnaire, sur ses relevés</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Raison sociale</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>GST/HST number</source>
        <translation>Numéro de TPS/TVH</translation>
    </message>
    <message>
        <source>Salesperson at this counter</source>
        <translation>Conseiller aux ventes à ce comptoir</translation>
    </message>
    <message>
        <source>Where the deals are kept</source>
        <translation>Où les dossiers sont conservés</translation>
    </message>
    <message>
        <source>this computer&apos;s own file</source>
        <translation>le fichier propre à cet ordinateur</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Empty: a file on this computer, for one counter. For several counters, a PostgreSQL server: postgresql://user@server/database (keep the password in the user&apos;s pgpass file, not here). Never put the file on a shared drive.</source>
        <translation>Vide&#xa0;: un fichier sur cet ordinateur, pour un seul comptoir. Pour plusieurs comptoirs, un serveur PostgreSQL&#xa0;: postgresql://utilisateur@serveur/base (gardez le mot de passe dans le fichier pgpass de l’utilisateur, pas ici). Ne placez jamais le fichier sur un lecteur partagé.</translation>
    </message>
    <message>
        <source>A claim needs action when</source>
        <translation>Une demande est à traiter quand</translation>
    </message>
    <message>
        <source>sold and not submitted after</source>
        <translation>vendu et non soumis après</translation>
    </message>
    <message>
        <source>submitted with no confirmation number after</source>
        <translation>soumis sans numéro de confirmation après</translation>
    </message>
    <message>
        <source>submitted and not paid after</source>
        <translation>soumis et non payé après</translation>
    </message>
    <message>
        <source>the amount steps down, or the program ends, within</source>
        <translation>le montant diminue, ou le programme prend fin, d’ici</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Customers&apos; personal data</source>
        <translation>Renseignements personnels des clients</translation>
    </message>
    <message>
        <source> years</source>
        <translation> ans</translation>
    </message>
    <message>
        <source>Erase the customer&apos;s name after</source>
        <translation>Effacer le nom du client après</translation>
    </message>
    <message>
        <source>Ontario keeps sale records 6 years, Alberta 3. The figures of each deal stay.</source>
        <translation>L’Ontario conserve les registres de vente 6 ans, l’Alberta 3. Les montants de chaque dossier restent.</translation>
    </message>
    <message>
        <source>The database answers.</source>
        <translation>La base de données répond.</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <source>{card}: figure</source>
        <translation>{card}&#xa0;: chiffre</translation>
    </message>
    <message>
        <source>{card}: status</source>
        <translation>{card}&#xa0;: statut</translation>
    </message>
    <message>
        <source>EVAP rebate</source>
        <translation>Remise EVAP</translation>
    </message>
    <message>
        <source>Import duty</source>
        <translation>Droits de douane</translation>
    </message>
    <message>
        <source>China EV quota</source>
        <translation>Contingent de VE chinois</translation>
    </message>
    <message>
        <source>Final transaction value and the cap</source>
        <translation>Valeur finale de la transaction et plafond</translation>
    </message>
    <message>
        <source>Rebate by claim date</source>
        <translation>Remise selon la date de la demande</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Reasons and sources</source>
        <translation>Raisons et sources</translation>
    </message>
    <message>
        <source>Needs review: the answer below is the last one that could be worked out.</source>
        <translation>À vérifier&#xa0;: la réponse ci-dessous est la dernière qui a pu être calculée.</translation>
    </message>
    <message>
        <source>Not finished: the answer below treats these as not known, and the statement waits until they are chosen.</source>
        <translation>Pas terminé&#xa0;: la réponse ci-dessous les traite comme inconnus, et le relevé attend qu’ils soient choisis.</translation>
    </message>
    <message>
        <source>“{text}”: press Tab or pick from the list.</source>
        <translation>«&#xa0;{text}&#xa0;»&#xa0;: appuyez sur Tab ou choisissez dans la liste.</translation>
    </message>
    <message>
        <source>• {field}: {message}</source>
        <translation>• {field}&#xa0;: {message}</translation>
    </message>
    <message>
        <source>Out of date: fix the fields named above.</source>
        <translation>Pas à jour&#xa0;: corrigez les champs nommés ci-dessus.</translation>
    </message>
</context>
<context>
    <name>SaleForm</name>
    <message>
        <source>Vehicle</source>
        <translation>Véhicule</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>The deal</source>
        <translation>La transaction</translation>
    </message>
    <message>
        <source>Import details</source>
        <translation>Détails d’importation</translation>
    </message>
    <message>
        <source>Count freight and PDI in the final transaction value. The program&apos;s Q&amp;A leaves them out; tick this if the program says otherwise.</source>
        <translation>Compter le transport et la préparation (PDI) dans la valeur finale de la transaction. La FAQ du programme les exclut; cochez ceci si le programme indique le contraire.</translation>
    </message>
    <message>
        <source>Does not count toward the cap</source>
        <translation>Ne compte pas pour le plafond</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>NIV</translation>
    </message>
    <message>
        <source>Find a vehicle</source>
        <translation>Trouver un véhicule</translation>
    </message>
    <message>
        <source>Model year</source>
        <translation>Année modèle</translation>
    </message>
    <message>
        <source>Make</source>
        <translation>Marque</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Trim</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Powertrain</source>
        <translation>Motorisation</translation>
    </message>
    <message>
        <source>Brand&apos;s home country</source>
        <translation>Pays de la marque</translation>
    </message>
    <message>
        <source>Final assembly in</source>
        <translation>Assemblage final</translation>
    </message>
    <message>
        <source>Sale or lease date</source>
        <translation>Date de vente ou de location</translation>
    </message>
    <message>
        <source>Claim date</source>
        <translation>Date de la demande</translation>
    </message>
    <message>
        <source>Purchase or lease</source>
        <translation>Achat ou location</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Acheteur</translation>
    </message>
    <message>
        <source>Incentives already received</source>
        <translation>Incitatifs déjà reçus</translation>
    </message>
    <message>
        <source>China EV quota</source>
        <translation>Contingent de VE chinois</translation>
    </message>
    <message>
        <source>FTA rules of origin met</source>
        <translation>Règles d’origine de l’ALE respectées</translation>
    </message>
    <message>
        <source>Kind of import</source>
        <translation>Type d’importation</translation>
    </message>
    <message>
        <source>FOB price</source>
        <translation>Prix FAB</translation>
    </message>
    <message>
        <source>Count freight and PDI</source>
        <translation>Compter le transport et la préparation (PDI)</translation>
    </message>
    <message>
        <source>Count freight and PDI in the final transaction value</source>
        <translation>Compter le transport et la préparation (PDI) dans la valeur finale de la transaction</translation>
    </message>
    <message>
        <source>17 characters, optional</source>
        <translation>17 caractères, facultatif</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Achat</translation>
    </message>
    <message>
        <source>Lease</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neuf</translation>
    </message>
    <message>
        <source>Demonstrator</source>
        <translation>Véhicule de démonstration</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Usagé</translation>
    </message>
    <message>
        <source>Entered within the quota (with a permit)</source>
        <translation>Entré dans le contingent (avec permis)</translation>
    </message>
    <message>
        <source>Entered over the quota</source>
        <translation>Entré hors contingent</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Commercial import</source>
        <translation>Importation commerciale</translation>
    </message>
    <message>
        <source>Personal import</source>
        <translation>Importation personnelle</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>Lease term in months</source>
        <translation>Durée de la location en mois</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Odometer (km)</source>
        <translation>Odomètre (km)</translation>
    </message>
    <message>
        <source>Counts toward the final transaction value (no cap: Canadian-made)</source>
        <translation>Compte dans la valeur finale de la transaction (aucun plafond&#xa0;: fabriqué au Canada)</translation>
    </message>
    <message>
        <source>Does not count toward the final transaction value</source>
        <translation>Ne compte pas dans la valeur finale de la transaction</translation>
    </message>
    <message>
        <source>Counts toward the {cap} cap</source>
        <translation>Compte pour le plafond de {cap}</translation>
    </message>
    <message>
        <source>Counts toward the cap</source>
        <translation>Compte pour le plafond</translation>
    </message>
    <message>
        <source>Final transaction value: &lt;b&gt;not known&lt;/b&gt; (check the amounts marked above)</source>
        <translation>Valeur finale de la transaction&#xa0;: &lt;b&gt;inconnue&lt;/b&gt; (vérifiez les montants signalés ci-dessus)</translation>
    </message>
    <message>
        <source>Final transaction value: &lt;b&gt;not known&lt;/b&gt; (enter the vehicle price)</source>
        <translation>Valeur finale de la transaction&#xa0;: &lt;b&gt;inconnue&lt;/b&gt; (entrez le prix du véhicule)</translation>
    </message>
    <message>
        <source>Final transaction value: &lt;b&gt;{ftv}&lt;/b&gt;</source>
        <translation>Valeur finale de la transaction&#xa0;: &lt;b&gt;{ftv}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>✓ Check digit valid</source>
        <translation>✓ Chiffre de contrôle valide</translation>
    </message>
    <message>
        <source>⚠ Check digit doesn&apos;t match</source>
        <translation>⚠ Chiffre de contrôle incorrect</translation>
    </message>
    <message>
        <source>assembled in {country}</source>
        <translation>assemblage&#xa0;: {country}</translation>
    </message>
    <message>
        <source>model year {year}</source>
        <translation>année modèle {year}</translation>
    </message>
    <message>
        <source>The check digit (9th character) should be {expected}: look for a typing error. Some VINs from outside North America carry none.</source>
        <translation>Le chiffre de contrôle (9e caractère) devrait être {expected}&#xa0;: cherchez une faute de frappe. Certains NIV hors Amérique du Nord n’en ont pas.</translation>
    </message>
    <message>
        <source>{count} of 17</source>
        <translation>{count} sur 17</translation>
    </message>
    <message>
        <source>Follows the sale date until you change it.</source>
        <translation>Suit la date de vente tant que vous ne la changez pas.</translation>
    </message>
    <message>
        <source>The date the dealer submits the claim in the portal: it sets the amount.</source>
        <translation>La date où le concessionnaire soumet la demande dans le portail&#xa0;: elle fixe le montant.</translation>
    </message>
    <message>
        <source>Type a model year such as 2026.</source>
        <translation>Tapez une année modèle, par exemple 2026.</translation>
    </message>
    <message>
        <source>The claim date cannot be before the sale date.</source>
        <translation>La date de la demande ne peut pas précéder la date de vente.</translation>
    </message>
    <message>
        <source>Too large: at most {limit}.</source>
        <translation>Trop élevé&#xa0;: au plus {limit}.</translation>
    </message>
    <message>
        <source>Too small: at least {limit}.</source>
        <translation>Trop bas&#xa0;: au moins {limit}.</translation>
    </message>
    <message>
        <source>Too long: at most {count} characters.</source>
        <translation>Trop long&#xa0;: au plus {count} caractères.</translation>
    </message>
    <message>
        <source>Not a country code: pick a country from the list.</source>
        <translation>Ce n’est pas un code de pays&#xa0;: choisissez un pays dans la liste.</translation>
    </message>
    <message>
        <source>Not chosen yet: press Tab or pick a country from the list.</source>
        <translation>Pas encore choisi&#xa0;: appuyez sur Tab ou choisissez un pays dans la liste.</translation>
    </message>
</context>
<context>
    <name>SaveDealDialog</name>
    <message>
        <source>Save deal</source>
        <translation>Enregistrer le dossier</translation>
    </message>
    <message>
        <source>The check is saved as a deal with its answer and the policy it was given under. The customer and stock number are optional.</source>
        <translation>La vérification est enregistrée comme dossier, avec sa réponse et les règles selon lesquelles elle a été donnée. Le client et le numéro d’inventaire sont facultatifs.</translation>
    </message>
    <message>
        <source>&amp;Customer&apos;s name</source>
        <translation>Nom du &amp;client</translation>
    </message>
    <message>
        <source>S&amp;tock number</source>
        <translation>Numéro d’&amp;inventaire</translation>
    </message>
    <message>
        <source>Sales&amp;person</source>
        <translation>Conseiller aux &amp;ventes</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>Statement</name>
    <message>
        <source>not eligible</source>
        <translation>non admissible</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Federal EV Affordability Program (EVAP)</source>
        <translation>Remise fédérale pour VE (EVAP)</translation>
    </message>
    <message>
        <source>GST/HST number: {number}</source>
        <translation>Numéro de TPS/TVH&#xa0;: {number}</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <source>Lease, {months} months</source>
        <translation>Location, {months} mois</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Achat</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Véhicule</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>NIV</translation>
    </message>
    <message>
        <source>Powertrain</source>
        <translation>Motorisation</translation>
    </message>
    <message>
        <source>Final assembly</source>
        <translation>Assemblage final</translation>
    </message>
    <message>
        <source>Sale or lease date</source>
        <translation>Date de vente ou de location</translation>
    </message>
    <message>
        <source>Claim date</source>
        <translation>Date de la demande</translation>
    </message>
    <message>
        <source>Purchase or lease</source>
        <translation>Achat ou location</translation>
    </message>
    <message>
        <source>Final transaction value</source>
        <translation>Valeur finale de la transaction</translation>
    </message>
    <message>
        <source>Deal number</source>
        <translation>Numéro de dossier</translation>
    </message>
    <message>
        <source>Stock number</source>
        <translation>Numéro d’inventaire</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>EV sale statement</source>
        <translation>Relevé de vente d’un VE</translation>
    </message>
    <message>
        <source>Federal EV rebate (EVAP), import duty and China EV quota</source>
        <translation>Remise fédérale pour VE (EVAP), droits de douane et contingent de VE chinois</translation>
    </message>
    <message>
        <source>Prepared on {date}, reprinted on {today}</source>
        <translation>Préparé le {date}, réimprimé le {today}</translation>
    </message>
    <message>
        <source>Prepared on {date}</source>
        <translation>Préparé le {date}</translation>
    </message>
    <message>
        <source>Incentives</source>
        <translation>Incitatifs</translation>
    </message>
    <message>
        <source>Worth knowing</source>
        <translation>Bon à savoir</translation>
    </message>
    <message>
        <source>What would change this</source>
        <translation>Ce qui changerait le résultat</translation>
    </message>
    <message>
        <source>The reasons</source>
        <translation>Les raisons</translation>
    </message>
    <message>
        <source>To fit one page, only the reasons that are not met or not known are printed ({count} met or for information are left out; the window shows them all).</source>
        <translation>Pour tenir sur une page, seules les raisons non respectées ou inconnues sont imprimées ({count} raisons respectées ou données à titre d’information sont omises; la fenêtre les montre toutes).</translation>
    </message>
    <message>
        <source>Sources are left out to fit one page: “Copy result as text” lists each reason with its source.</source>
        <translation>Les sources sont omises pour tenir sur une page&#xa0;: «&#xa0;Copier le résultat en texte&#xa0;» donne chaque raison avec sa source.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Worked out by evdesk {app} under policy {version} ({id}, published {published}). An estimate from the published federal rules: the EVAP dealer portal and the Canada Border Services Agency give the final word.</source>
        <translation>Calculé par evdesk {app} selon les règles {version} ({id}, publiées le {published}). Une estimation fondée sur les règles fédérales publiées&#xa0;: le portail EVAP des concessionnaires et l’Agence des services frontaliers du Canada ont le dernier mot.</translation>
    </message>
    <message>
        <source>This statement does not guarantee eligibility.</source>
        <translation>Ce relevé ne garantit pas l’admissibilité.</translation>
    </message>
    <message>
        <source>Dealer: signature and date</source>
        <translation>Concessionnaire&#xa0;: signature et date</translation>
    </message>
    <message>
        <source>Customer: signature and date</source>
        <translation>Client&#xa0;: signature et date</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>L’imprimante n’a pas pu être démarrée.</translation>
    </message>
    <message>
        <source>The PDF could not be written to {path}.</source>
        <translation>Le PDF n’a pas pu être écrit dans {path}.</translation>
    </message>
    <message>
        <source>Print the customer statement</source>
        <translation>Imprimer le relevé du client</translation>
    </message>
</context>
<context>
    <name>TariffCard</name>
    <message>
        <source>{low} or {high}</source>
        <translation>{low} ou {high}</translation>
    </message>
    <message>
        <source>{low} if it came in under the China EV quota, {high} if it did not. The dealer can find out which.</source>
        <translation>{low} s’il est entré dans le cadre du contingent de VE chinois, {high} sinon. Le concessionnaire peut savoir lequel s’applique.</translation>
    </message>
    <message>
        <source>{low} if it qualifies under a free trade agreement, {high} if it does not. The dealer can find out which.</source>
        <translation>{low} s’il est admissible en vertu d’un accord de libre-échange, {high} sinon. Le concessionnaire peut savoir lequel s’applique.</translation>
    </message>
</context>
<context>
    <name>VehiclePicker</name>
    <message>
        <source>Type to search, e.g. “equinox lt 2026”</source>
        <translation>Tapez pour chercher, p. ex. «&#xa0;equinox lt 2026&#xa0;»</translation>
    </message>
    <message>
        <source>✓ On Transport Canada&apos;s list: {powertrain}, Canadian-made.</source>
        <translation>✓ Sur la liste de Transports Canada&#xa0;: {powertrain}, fabriqué au Canada.</translation>
    </message>
    <message>
        <source>✓ On Transport Canada&apos;s list: {powertrain}.</source>
        <translation>✓ Sur la liste de Transports Canada&#xa0;: {powertrain}.</translation>
    </message>
    <message>
        <source>Not on Transport Canada&apos;s list as typed: it may still qualify.</source>
        <translation>Absent de la liste de Transports Canada tel que tapé&#xa0;: il pourrait quand même être admissible.</translation>
    </message>
</context>
<context>
    <name>VinField</name>
    <message>
        <source>A VIN never contains the letters I, O or Q (found “{ch}” at position {position}).</source>
        <translation>Un NIV ne contient jamais les lettres I, O ou Q («&#xa0;{ch}&#xa0;» trouvé à la position {position}).</translation>
    </message>
    <message>
        <source>A VIN has only letters and digits (found a space at position {position}).</source>
        <translation>Un NIV n’a que des lettres et des chiffres (une espace trouvée à la position {position}).</translation>
    </message>
    <message>
        <source>A VIN has only letters and digits (found {what} at position {position}).</source>
        <translation>Un NIV n’a que des lettres et des chiffres ({what} trouvé à la position {position}).</translation>
    </message>
    <message>
        <source>A VIN has 17 characters; this one has {count}.</source>
        <translation>Un NIV a 17 caractères; celui-ci en a {count}.</translation>
    </message>
</context>
<context>
    <name>_RecordsDialog</name>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <source>The China EV quota began on {start}; before then no vehicle counted against it.</source>
        <translation>Le contingent de VE chinois a commencé le {start}; avant cette date, aucun véhicule n’y comptait.</translation>
    </message>
    <message>
        <source>Country of final assembly not given: only vehicles assembled in {origin} count.</source>
        <translation>Pays d’assemblage final non indiqué&#xa0;: seuls comptent les véhicules dont le pays d’assemblage est {origin}.</translation>
    </message>
    <message>
        <source>Assembled in {country}, not in {origin}: the China EV quota does not apply.</source>
        <translation>Assemblage final&#xa0;: {country}, et non {origin}; le contingent de VE chinois ne s’applique pas.</translation>
    </message>
    <message>
        <source>This policy file knows quota years up to {end}; {date} is later.</source>
        <translation>Ce fichier de règles connaît les années contingentaires jusqu’au {end}; le {date} est plus tard.</translation>
    </message>
    <message>
        <source>Assembled in China, but the powertrain is not given: electric vehicles count, combustion ones do not.</source>
        <translation>Assemblé en Chine, mais la motorisation n’est pas indiquée&#xa0;: les véhicules électriques comptent, les véhicules à combustion non.</translation>
    </message>
    <message>
        <source>Assembled in China, a {powertrain}: the quota does not cover it.</source>
        <translation>Assemblé en Chine, un {powertrain}&#xa0;: le contingent ne le vise pas.</translation>
    </message>
    <message>
        <source>Assembled in China, a {powertrain}: the quota covers it.</source>
        <translation>Assemblé en Chine, un {powertrain}&#xa0;: le contingent le vise.</translation>
    </message>
    <message>
        <source>Assembled in China, a {powertrain}: whether the quota covers it is not confirmed.</source>
        <translation>Assemblé en Chine, un {powertrain}&#xa0;: il n’est pas confirmé que le contingent le vise.</translation>
    </message>
    <message>
        <source>Quota year {number} ({start} to {end}): its size is not known.</source>
        <translation>Année contingentaire {number} (du {start} au {end})&#xa0;: sa taille n’est pas connue.</translation>
    </message>
    <message>
        <source>Quota year {number} ({start} to {end}): {size} vehicles.</source>
        <translation>Année contingentaire {number} (du {start} au {end})&#xa0;: {size} véhicules.</translation>
    </message>
    <message>
        <source>Quota year {number} ({start} to {end}): about {size} vehicles; the size is not published.</source>
        <translation>Année contingentaire {number} (du {start} au {end})&#xa0;: environ {size} véhicules; la taille n’est pas publiée.</translation>
    </message>
    <message>
        <source>Quota year {number} ({start} to {end}): about {size} vehicles, computed from {growth} yearly growth; the size is not published.</source>
        <translation>Année contingentaire {number} (du {start} au {end})&#xa0;: environ {size} véhicules, calculé d’après une croissance annuelle de {growth}; la taille n’est pas publiée.</translation>
    </message>
    <message>
        <source>A personal importation needs no shipment permit.</source>
        <translation>Une importation personnelle n’exige aucun permis d’expédition.</translation>
    </message>
    <message>
        <source>A commercial importation within the quota needs a shipment-specific import permit from Global Affairs Canada.</source>
        <translation>Une importation commerciale dans le contingent exige un permis d’importation propre à l’expédition, délivré par Affaires mondiales Canada.</translation>
    </message>
    <message>
        <source>Entered within the quota: it takes one of the quota year&apos;s places.</source>
        <translation>Entré dans le contingent&#xa0;: il occupe l’une des places de l’année contingentaire.</translation>
    </message>
    <message>
        <source>Entered over the quota: it paid the surtax and took no place in the quota.</source>
        <translation>Entré hors contingent&#xa0;: il a payé la surtaxe et n’occupe aucune place dans le contingent.</translation>
    </message>
    <message>
        <source>Whether it entered within the quota is not known: it counts only if it did.</source>
        <translation>On ne sait pas s’il est entré dans le contingent&#xa0;: il n’y compte que si c’est le cas.</translation>
    </message>
    <message>
        <source>FOB price {fob} is above the {limit} limit of the low-price reserve.</source>
        <translation>Le prix FAB de {fob} dépasse la limite de {limit} de la réserve à bas prix.</translation>
    </message>
    <message>
        <source>FOB price {fob} is within the {limit} limit of the low-price reserve; the reserve&apos;s share for this quota year is not published.</source>
        <translation>Le prix FAB de {fob} respecte la limite de {limit} de la réserve à bas prix; la part de la réserve pour cette année contingentaire n’est pas publiée.</translation>
    </message>
    <message>
        <source>FOB price {fob} is within the {limit} limit, but this quota year has no low-price reserve.</source>
        <translation>Le prix FAB de {fob} respecte la limite de {limit}, mais cette année contingentaire n’a pas de réserve à bas prix.</translation>
    </message>
    <message>
        <source>FOB price {fob} is within the {limit} limit of the low-price reserve ({share} of this quota year).</source>
        <translation>Le prix FAB de {fob} respecte la limite de {limit} de la réserve à bas prix ({share} de cette année contingentaire).</translation>
    </message>
    <message>
        <source>Sold or leased on {sale_date}, within the program ({start} to {end}).</source>
        <translation>Vendu ou loué le {sale_date}, pendant le programme (du {start} au {end}).</translation>
    </message>
    <message>
        <source>Sold or leased on {sale_date}, before the program began on {start}.</source>
        <translation>Vendu ou loué le {sale_date}, avant le début du programme le {start}.</translation>
    </message>
    <message>
        <source>Sold or leased on {sale_date}, after the program ended on {end}.</source>
        <translation>Vendu ou loué le {sale_date}, après la fin du programme le {end}.</translation>
    </message>
    <message>
        <source>Powertrain not given: only battery-electric, fuel-cell and plug-in hybrid vehicles qualify.</source>
        <translation>Motorisation non indiquée&#xa0;: seuls les véhicules électriques à batterie, à pile à combustible et hybrides rechargeables sont admissibles.</translation>
    </message>
    <message>
        <source>A {powertrain} is one of the powertrains the program pays for.</source>
        <translation>Un {powertrain} fait partie des motorisations que le programme finance.</translation>
    </message>
    <message>
        <source>A {powertrain} does not qualify: only battery-electric, fuel-cell and plug-in hybrid vehicles do.</source>
        <translation>Un {powertrain} n’est pas admissible&#xa0;: seuls les véhicules électriques à batterie, à pile à combustible et hybrides rechargeables le sont.</translation>
    </message>
    <message>
        <source>A new vehicle.</source>
        <translation>Un véhicule neuf.</translation>
    </message>
    <message>
        <source>Used vehicles do not qualify; only new ones (and demonstrators under {limit}) do.</source>
        <translation>Les véhicules d’occasion ne sont pas admissibles; seuls les neufs (et les véhicules de démonstration de moins de {limit}) le sont.</translation>
    </message>
    <message>
        <source>A demonstrator counts as new only under {limit}: enter its odometer reading.</source>
        <translation>Un véhicule de démonstration compte comme neuf seulement à moins de {limit}&#xa0;: entrez la lecture de son odomètre.</translation>
    </message>
    <message>
        <source>A demonstrator with {km} counts as new (under {limit}, {margin} to spare).</source>
        <translation>Un véhicule de démonstration de {km} compte comme neuf (moins de {limit}, marge de {margin}).</translation>
    </message>
    <message>
        <source>A demonstrator with {km} is not new: it must have under {limit}.</source>
        <translation>Un véhicule de démonstration de {km} n’est pas neuf&#xa0;: il doit avoir moins de {limit}.</translation>
    </message>
    <message>
        <source>Country of final assembly not given: the vehicle must be assembled in Canada or in a country with a free trade agreement with Canada.</source>
        <translation>Pays d’assemblage final non indiqué&#xa0;: le véhicule doit être assemblé au Canada ou dans un pays ayant un accord de libre-échange avec le Canada.</translation>
    </message>
    <message>
        <source>Assembled in {country}: Canadian-made, even though the brand is from {brand}.</source>
        <translation>Assemblage final&#xa0;: {country}; fabriqué au Canada, même si la marque vient d’ailleurs ({brand}).</translation>
    </message>
    <message>
        <source>Assembled in {country}: Canadian-made.</source>
        <translation>Assemblage final&#xa0;: {country}; fabriqué au Canada.</translation>
    </message>
    <message>
        <source>Assembled in {country}, a free trade partner of Canada ({agreement}).</source>
        <translation>Assemblage final&#xa0;: {country}, partenaire de libre-échange du Canada ({agreement}).</translation>
    </message>
    <message>
        <source>Assembled in {country}: Chinese-made vehicles do not qualify, whether or not they entered within the import quota.</source>
        <translation>Assemblage final&#xa0;: {country}; les véhicules fabriqués en Chine ne sont pas admissibles, qu’ils soient entrés dans le contingent d’importation ou non.</translation>
    </message>
    <message>
        <source>Assembled in {country}, which has no free trade agreement with Canada: only vehicles assembled in Canada or a free trade partner qualify.</source>
        <translation>Assemblage final&#xa0;: {country}, pays sans accord de libre-échange avec le Canada; seuls les véhicules assemblés au Canada ou chez un partenaire de libre-échange sont admissibles.</translation>
    </message>
    <message>
        <source>Canadian-made vehicles are exempt from the {cap} price cap.</source>
        <translation>Les véhicules fabriqués au Canada sont exemptés du plafond de prix de {cap}.</translation>
    </message>
    <message>
        <source>Vehicle price not given: the final transaction value must be at most {cap}.</source>
        <translation>Prix du véhicule non indiqué&#xa0;: la valeur finale de la transaction doit être d’au plus {cap}.</translation>
    </message>
    <message>
        <source>Final transaction value {ftv} is within the {cap} cap ({margin} to spare).</source>
        <translation>La valeur finale de la transaction de {ftv} respecte le plafond de {cap} (marge de {margin}).</translation>
    </message>
    <message>
        <source>Final transaction value {ftv} is {over} over the {cap} cap: it qualifies only if the vehicle is Canadian-made, which is exempt.</source>
        <translation>La valeur finale de la transaction de {ftv} dépasse de {over} le plafond de {cap}&#xa0;: elle n’est admissible que si le véhicule est fabriqué au Canada, ce qui l’exempte.</translation>
    </message>
    <message>
        <source>Final transaction value {ftv} is {over} over the {cap} cap; above the cap there is no partial amount.</source>
        <translation>La valeur finale de la transaction de {ftv} dépasse de {over} le plafond de {cap}; au-dessus du plafond, aucun montant partiel n’est versé.</translation>
    </message>
    <message>
        <source>A purchase gets the full amount.</source>
        <translation>Un achat donne droit au montant complet.</translation>
    </message>
    <message>
        <source>A lease of {months} months is too short: leases must run at least {minimum} months.</source>
        <translation>Une location de {months} mois est trop courte&#xa0;: une location doit durer au moins {minimum} mois.</translation>
    </message>
    <message>
        <source>A lease of {months} months gets the full amount ({full} months or more).</source>
        <translation>Une location de {months} mois donne droit au montant complet ({full} mois ou plus).</translation>
    </message>
    <message>
        <source>A lease of {months} months gets {months}/{full} of the full amount ({share}).</source>
        <translation>Une location de {months} mois donne droit à {months}/{full} du montant complet ({share}).</translation>
    </message>
    <message>
        <source>Incentives already received: {prior}. A buyer of this kind ({buyer}) may receive {count} ({per}).</source>
        <translation>Incitatifs déjà reçus&#xa0;: {prior}. Un acheteur de ce type ({buyer}) peut en recevoir {count} ({per}).</translation>
    </message>
    <message>
        <source>Incentives already received this calendar year: {prior}. The limit for a buyer of this kind ({buyer}) is {count} a year.</source>
        <translation>Incitatifs déjà reçus cette année civile&#xa0;: {prior}. La limite pour un acheteur de ce type ({buyer}) est de {count} par année.</translation>
    </message>
    <message>
        <source>Incentives already received: {prior}. The limit for a buyer of this kind ({buyer}) is {count} for the whole program.</source>
        <translation>Incitatifs déjà reçus&#xa0;: {prior}. La limite pour un acheteur de ce type ({buyer}) est de {count} pour toute la durée du programme.</translation>
    </message>
    <message>
        <source>No amount applies to a claim dated {claim_date}, before the program began on {start}.</source>
        <translation>Aucun montant ne s’applique à une demande datée du {claim_date}, avant le début du programme le {start}.</translation>
    </message>
    <message>
        <source>Incentives already received not given: a buyer of this kind ({buyer}) may receive {count} ({per}).</source>
        <translation>Incitatifs déjà reçus non indiqués&#xa0;: un acheteur de ce type ({buyer}) peut en recevoir {count} ({per}).</translation>
    </message>
    <message>
        <source>Claim date {claim_date} is after the program&apos;s last day ({end}): no amount is paid.</source>
        <translation>La date de la demande, le {claim_date}, suit le dernier jour du programme ({end})&#xa0;: aucun montant n’est versé.</translation>
    </message>
    <message>
        <source>Claim date {claim_date}: amounts for claims in {year} are {bev} (battery-electric, fuel cell) and {phev} (plug-in hybrid).</source>
        <translation>Demande du {claim_date}&#xa0;: les montants pour les demandes de {year} sont de {bev} (électrique à batterie, pile à combustible) et de {phev} (hybride rechargeable).</translation>
    </message>
    <message>
        <source>Claimed on {claim_date}: the full amount for a {powertrain} claimed in {year} is {full}.</source>
        <translation>Demande du {claim_date}&#xa0;: le montant complet pour un {powertrain} demandé en {year} est de {full}.</translation>
    </message>
    <message>
        <source>Bringing the final transaction value down by {over} to {cap} would meet the cap.</source>
        <translation>Réduire la valeur finale de la transaction de {over}, à {cap}, respecterait le plafond.</translation>
    </message>
    <message>
        <source>The outcome turns on freight and PDI ({freight}): counting them in the final transaction value or not changes the cap test. Confirm with the program&apos;s definition.</source>
        <translation>Le résultat dépend du transport et de la préparation (PDI) ({freight})&#xa0;: les compter ou non dans la valeur finale de la transaction change le test du plafond. Vérifiez la définition du programme.</translation>
    </message>
    <message>
        <source>A lease of {full_months} months or more would get the full {full}.</source>
        <translation>Une location de {full_months} mois ou plus donnerait droit au montant complet de {full}.</translation>
    </message>
    <message>
        <source>Claims submitted from {date} get {next_amount} instead of {amount}.</source>
        <translation>Les demandes soumises à partir du {date} donnent {next_amount} au lieu de {amount}.</translation>
    </message>
    <message>
        <source>The amount steps down on {date}: submit the claim in the portal before then.</source>
        <translation>Le montant diminue le {date}&#xa0;: soumettez la demande dans le portail avant cette date.</translation>
    </message>
    <message>
        <source>Paid first come, first served while funds last: {remaining} remained on {as_of}.</source>
        <translation>Versé selon le principe du premier arrivé, premier servi, jusqu’à épuisement des fonds&#xa0;: il restait {remaining} le {as_of}.</translation>
    </message>
    <message>
        <source>Claims could be submitted in the dealer portal only from {opened}.</source>
        <translation>Les demandes ne pouvaient être soumises dans le portail des concessionnaires qu’à partir du {opened}.</translation>
    </message>
    <message>
        <source>The amount for claims in {year} rests on a single third-party source (low confidence).</source>
        <translation>Le montant pour les demandes de {year} repose sur une seule source externe (fiabilité faible).</translation>
    </message>
    <message>
        <source>Final transaction value {ftv}: price, options, accessories, dealer fees, and freight and PDI (as chosen). Not counted: {excluded} (warranty, winter tires, charger).</source>
        <translation>Valeur finale de la transaction de {ftv}&#xa0;: prix, options, accessoires, frais du concessionnaire, et transport et préparation (PDI) (comme choisi). Non compté&#xa0;: {excluded} (garantie, pneus d’hiver, borne de recharge).</translation>
    </message>
    <message>
        <source>Final transaction value {ftv}: price, options, accessories and dealer fees. Not counted: {excluded} (freight and PDI, warranty, winter tires, charger).</source>
        <translation>Valeur finale de la transaction de {ftv}&#xa0;: prix, options, accessoires et frais du concessionnaire. Non compté&#xa0;: {excluded} (transport et préparation (PDI), garantie, pneus d’hiver, borne de recharge).</translation>
    </message>
    <message>
        <source>Assembled in China: the surtax depends on the powertrain, which is not given.</source>
        <translation>Assemblé en Chine&#xa0;: la surtaxe dépend de la motorisation, qui n’est pas indiquée.</translation>
    </message>
    <message>
        <source>Assembled in China, a {powertrain}: the China surtax does not cover it, so the MFN duty of {mfn} applies.</source>
        <translation>Assemblé en Chine, un {powertrain}&#xa0;: la surtaxe sur la Chine ne le vise pas, donc le droit NPF de {mfn} s’applique.</translation>
    </message>
    <message>
        <source>Assembled in China and entered before the quota began on {quota_start}: MFN {mfn} plus the {surtax} surtax, {total} in all.</source>
        <translation>Assemblé en Chine et entré avant le début du contingent le {quota_start}&#xa0;: NPF de {mfn} plus la surtaxe de {surtax}, {total} au total.</translation>
    </message>
    <message>
        <source>Assembled in China: {mfn} if it entered within the quota with a permit, {total} (MFN plus the {surtax} surtax) if it entered over it. Ask the importer which.</source>
        <translation>Assemblé en Chine&#xa0;: {mfn} s’il est entré dans le contingent avec un permis, {total} (NPF plus la surtaxe de {surtax}) s’il est entré hors contingent. Demandez à l’importateur.</translation>
    </message>
    <message>
        <source>Assembled in China and entered within the quota: the MFN duty of {mfn} alone; the {surtax} surtax is lifted inside the quota.</source>
        <translation>Assemblé en Chine et entré dans le contingent&#xa0;: le droit NPF de {mfn} seulement; la surtaxe de {surtax} est levée dans le contingent.</translation>
    </message>
    <message>
        <source>A personal importation needs no quota permit, but whether it can enter at the quota&apos;s {mfn} is not confirmed: the China surtax applies to personal importations ({total}).</source>
        <translation>Une importation personnelle n’exige aucun permis de contingent, mais il n’est pas confirmé qu’elle puisse entrer au taux de {mfn} du contingent&#xa0;: la surtaxe sur la Chine s’applique aux importations personnelles ({total}).</translation>
    </message>
    <message>
        <source>Whether non-plug-in hybrids can enter within the China EV quota is not confirmed: if not, the surtax applies ({total}).</source>
        <translation>Il n’est pas confirmé que les hybrides non rechargeables puissent entrer dans le contingent de VE chinois&#xa0;: sinon, la surtaxe s’applique ({total}).</translation>
    </message>
    <message>
        <source>Assembled in China and entered over the quota: MFN {mfn} plus the {surtax} surtax, {total} in all.</source>
        <translation>Assemblé en Chine et entré hors contingent&#xa0;: NPF de {mfn} plus la surtaxe de {surtax}, {total} au total.</translation>
    </message>
    <message>
        <source>Canada&apos;s {rate} counter-tariff may apply to the non-Canadian, non-Mexican content of this CUSMA vehicle, unless the importer has a remission quota. The dealer cannot see this; ask the importer.</source>
        <translation>Le contre-tarif canadien de {rate} pourrait s’appliquer au contenu non canadien et non mexicain de ce véhicule conforme à l’ACEUM, sauf si l’importateur dispose d’un contingent de remise. Le concessionnaire ne peut pas le voir; demandez à l’importateur.</translation>
    </message>
    <message>
        <source>Canada&apos;s {rate} counter-tariff may apply to this U.S. vehicle&apos;s full value (it does not meet CUSMA), unless the importer has a remission quota.</source>
        <translation>Le contre-tarif canadien de {rate} pourrait s’appliquer à la pleine valeur de ce véhicule américain (il ne respecte pas l’ACEUM), sauf si l’importateur dispose d’un contingent de remise.</translation>
    </message>
    <message>
        <source>Canada&apos;s {rate} counter-tariff may apply, unless the importer has a remission quota: on the full value if this U.S. vehicle does not meet CUSMA, on its non-Canadian, non-Mexican content if it does.</source>
        <translation>Le contre-tarif canadien de {rate} pourrait s’appliquer, sauf si l’importateur dispose d’un contingent de remise&#xa0;: sur la pleine valeur si ce véhicule américain ne respecte pas l’ACEUM, sur son contenu non canadien et non mexicain s’il la respecte.</translation>
    </message>
    <message>
        <source>Duty on the vehicle&apos;s entry into Canada, for a passenger vehicle (heading 8703), taking the sale date as the entry date. Duty is charged on the value for duty, not the retail price.</source>
        <translation>Droits à l’entrée du véhicule au Canada, pour un véhicule de tourisme (position 8703), en prenant la date de vente comme date d’entrée. Les droits sont calculés sur la valeur en douane, et non sur le prix de détail.</translation>
    </message>
    <message>
        <source>Country of final assembly not given: the duty depends on it.</source>
        <translation>Pays d’assemblage final non indiqué&#xa0;: les droits en dépendent.</translation>
    </message>
    <message>
        <source>Assembled in Canada: no import duty applies.</source>
        <translation>Assemblé au Canada&#xa0;: aucun droit de douane ne s’applique.</translation>
    </message>
    <message>
        <source>No duty rate in this policy file for {date}: it covers {start} to {end}.</source>
        <translation>Aucun taux de droits dans ce fichier de règles pour le {date}&#xa0;: il couvre du {start} au {end}.</translation>
    </message>
    <message>
        <source>Assembled in {country}, which has no free trade agreement with Canada: the MFN duty of {mfn}.</source>
        <translation>Assemblage final&#xa0;: {country}, pays sans accord de libre-échange avec le Canada; droit NPF de {mfn}.</translation>
    </message>
    <message>
        <source>Assembled in {country} and meeting the {agreement} rules of origin: {rate} duty.</source>
        <translation>Assemblage final&#xa0;: {country}, conforme aux règles d’origine de l’accord {agreement}; droit de {rate}.</translation>
    </message>
    <message>
        <source>Assembled in {country} but not meeting the {agreement} rules of origin: the MFN duty of {mfn}.</source>
        <translation>Assemblage final&#xa0;: {country}, non conforme aux règles d’origine de l’accord {agreement}; droit NPF de {mfn}.</translation>
    </message>
    <message>
        <source>Assembled in {country}: {rate} if it meets the {agreement} rules of origin, the MFN {mfn} if not.</source>
        <translation>Assemblage final&#xa0;: {country}; {rate} s’il respecte les règles d’origine de l’accord {agreement}, sinon le taux NPF de {mfn}.</translation>
    </message>
    <message>
        <source>VIN {vin}: its check digit is right.</source>
        <translation>NIV {vin}&#xa0;: son chiffre de contrôle est correct.</translation>
    </message>
    <message>
        <source>The VIN&apos;s check digit is {found}, but its other characters give {expected}. Check the VIN for a typing error (some VINs from outside North America carry no check digit).</source>
        <translation>Le chiffre de contrôle du NIV est {found}, mais ses autres caractères donnent {expected}. Vérifiez le NIV pour une faute de frappe (certains NIV hors Amérique du Nord n’ont pas de chiffre de contrôle).</translation>
    </message>
    <message>
        <source>Final assembly taken from the VIN: its maker code {wmi} belongs to a plant in {country}.</source>
        <translation>Assemblage final tiré du NIV&#xa0;: son code de constructeur {wmi} correspond à une usine située ici&#xa0;: {country}.</translation>
    </message>
    <message>
        <source>The VIN points to assembly in {vin_country}, but {country} was entered. The rules use {country}; check the vehicle&apos;s compliance label.</source>
        <translation>Le NIV indique un assemblage ailleurs ({vin_country}), mais le pays entré est {country}. Les règles utilisent {country}; vérifiez l’étiquette de conformité du véhicule.</translation>
    </message>
    <message>
        <source>Listed by Transport Canada as Canadian-made: {year} {make} {model} {trim}, {powertrain}.</source>
        <translation>Inscrit par Transports Canada comme fabriqué au Canada&#xa0;: {make} {model} {trim} {year}, {powertrain}.</translation>
    </message>
    <message>
        <source>Listed by Transport Canada: {year} {make} {model} {trim}, {powertrain}.</source>
        <translation>Inscrit par Transports Canada&#xa0;: {make} {model} {trim} {year}, {powertrain}.</translation>
    </message>
    <message>
        <source>Transport Canada lists this trim as {listed}, but {entered} was entered. The rules use {entered}.</source>
        <translation>Transports Canada inscrit cette version comme {listed}, mais {entered} a été entré. Les règles utilisent {entered}.</translation>
    </message>
    <message>
        <source>Transport Canada lists this trim as Canadian-made, but assembly in {country} was entered. The rules use the unit&apos;s own assembly country.</source>
        <translation>Transports Canada inscrit cette version comme fabriquée au Canada, mais le pays d’assemblage entré est {country}. Les règles utilisent le pays d’assemblage du véhicule lui-même.</translation>
    </message>
    <message>
        <source>This vehicle is not on Transport Canada&apos;s list of {published}. An unlisted vehicle that meets the criteria may still qualify: the dealer&apos;s portal gives the final word.</source>
        <translation>Ce véhicule n’est pas sur la liste de Transports Canada du {published}. Un véhicule non inscrit qui respecte les critères peut quand même être admissible&#xa0;: le portail des concessionnaires a le dernier mot.</translation>
    </message>
    <message>
        <source>Not checked against Transport Canada&apos;s list: pick the model year, make, model and trim to confirm the powertrain and whether it is Canadian-made.</source>
        <translation>Non vérifié dans la liste de Transports Canada&#xa0;: choisissez l’année modèle, la marque, le modèle et la version pour confirmer la motorisation et s’il est fabriqué au Canada.</translation>
    </message>
</context>
<context>
    <name>terms</name>
    <message>
        <source>battery-electric vehicle (BEV)</source>
        <translation>véhicule électrique à batterie (VEB)</translation>
    </message>
    <message>
        <source>hydrogen fuel-cell vehicle (FCEV)</source>
        <translation>véhicule à pile à combustible à hydrogène (VPC)</translation>
    </message>
    <message>
        <source>plug-in hybrid (PHEV)</source>
        <translation>hybride rechargeable (VHR)</translation>
    </message>
    <message>
        <source>hybrid that does not plug in (HEV)</source>
        <translation>hybride non rechargeable (VEH)</translation>
    </message>
    <message>
        <source>gasoline or diesel vehicle</source>
        <translation>véhicule à essence ou diesel</translation>
    </message>
    <message>
        <source>individual</source>
        <translation>particulier</translation>
    </message>
    <message>
        <source>business or organization</source>
        <translation>entreprise ou organisation</translation>
    </message>
    <message>
        <source>government</source>
        <translation>gouvernement</translation>
    </message>
    <message>
        <source>car-sharing company</source>
        <translation>entreprise d’autopartage</translation>
    </message>
    <message>
        <source>for the whole program</source>
        <translation>pour toute la durée du programme</translation>
    </message>
    <message>
        <source>per calendar year</source>
        <translation>par année civile</translation>
    </message>
    <message>
        <source>made in Canada: no import duty</source>
        <translation>fabriqué au Canada&#xa0;: aucun droit de douane</translation>
    </message>
    <message>
        <source>free trade agreement rate</source>
        <translation>taux d’un accord de libre-échange</translation>
    </message>
    <message>
        <source>most-favoured-nation (MFN) rate</source>
        <translation>taux de la nation la plus favorisée (NPF)</translation>
    </message>
    <message>
        <source>MFN rate, within the China EV quota</source>
        <translation>taux NPF, dans le contingent de VE chinois</translation>
    </message>
    <message>
        <source>MFN rate plus the China surtax</source>
        <translation>taux NPF plus la surtaxe sur la Chine</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>free trade agreement duty</source>
        <translation>droit d’un accord de libre-échange</translation>
    </message>
    <message>
        <source>China surtax</source>
        <translation>surtaxe sur la Chine</translation>
    </message>
    <message>
        <source>counter-tariff on U.S. vehicles</source>
        <translation>contre-tarif sur les véhicules américains</translation>
    </message>
    <message>
        <source>Vehicle price after discounts</source>
        <translation>Prix du véhicule après rabais</translation>
    </message>
    <message>
        <source>Options and packages</source>
        <translation>Options et groupes d’options</translation>
    </message>
    <message>
        <source>Accessories</source>
        <translation>Accessoires</translation>
    </message>
    <message>
        <source>Dealer and administration fees</source>
        <translation>Frais du concessionnaire et d’administration</translation>
    </message>
    <message>
        <source>Freight and PDI</source>
        <translation>Transport et préparation (PDI)</translation>
    </message>
    <message>
        <source>Extended warranty</source>
        <translation>Garantie prolongée</translation>
    </message>
    <message>
        <source>One set of winter tires</source>
        <translation>Un jeu de pneus d’hiver</translation>
    </message>
    <message>
        <source>Level 2 charger</source>
        <translation>Borne de recharge de niveau 2</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>non publié</translation>
    </message>
</context>
</TS>
