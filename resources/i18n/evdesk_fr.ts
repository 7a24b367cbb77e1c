<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA">
<context>
    <name>Accessible</name>
    <message>
        <source>Choices: {field}</source>
        <translation>Choix&#xa0;: {field}</translation>
    </message>
    <message>
        <source>Suggestions: {field}</source>
        <translation>Suggestions&#xa0;: {field}</translation>
    </message>
</context>
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
        <source>Eligible at a vehicle price of {price} or less.</source>
        <translation>Admissible à un prix du véhicule de {price} ou moins.</translation>
    </message>
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
        <source>If it is not Canadian-made: eligible up to a vehicle price of {price}.</source>
        <translation>S’il n’est pas fabriqué au Canada&#xa0;: admissible jusqu’à un prix du véhicule de {price}.</translation>
    </message>
    <message>
        <source>Stays eligible up to a vehicle price of {price}.</source>
        <translation>Demeure admissible jusqu’à un prix du véhicule de {price}.</translation>
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
        <source>Covered by the quota; it takes a place only if it entered within it.</source>
        <translation>Visé par le contingent; il n’y occupe une place que s’il est entré dans le contingent.</translation>
    </message>
    <message>
        <source>Does not count</source>
        <translation>Non compté</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>{amount} if built {place}</source>
        <translation>{amount} s’il a été construit {place}</translation>
    </message>
    <message>
        <source>{amount} if built {place} (not eligible)</source>
        <translation>{amount} s’il a été construit {place} (non admissible)</translation>
    </message>
    <message>
        <source>Up to {amount} if built {place}</source>
        <translation>Jusqu’à {amount} s’il a été construit {place}</translation>
    </message>
    <message>
        <source>Not known if built {place}</source>
        <translation>Inconnu s’il a été construit {place}</translation>
    </message>
    <message>
        <source>Built {places}: the same rebate wherever it was built.</source>
        <translation>Construit {places}&#xa0;: la même remise, où qu’il ait été construit.</translation>
    </message>
    <message>
        <source>The VIN or the compliance label tells where it was built.</source>
        <translation>Le NIV ou l’étiquette de conformité indique où il a été construit.</translation>
    </message>
    <message>
        <source>Depends on where it was built</source>
        <translation>Dépend de l’endroit où il a été construit</translation>
    </message>
    <message>
        <source>If it is not Canadian-made: within the price cap up to a vehicle price of {price}.</source>
        <translation>S’il n’est pas fabriqué au Canada&#xa0;: sous le plafond de prix jusqu’à un prix du véhicule de {price}.</translation>
    </message>
    <message>
        <source>Within the price cap up to a vehicle price of {price}.</source>
        <translation>Sous le plafond de prix jusqu’à un prix du véhicule de {price}.</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>{rates} if built {place}.</source>
        <translation>{rates} s’il a été construit {place}.</translation>
    </message>
    <message>
        <source>It depends on where the vehicle was built.</source>
        <translation>Cela dépend de l’endroit où le véhicule a été construit.</translation>
    </message>
    <message>
        <source>Import: {said}</source>
        <translation>Importation&#xa0;: {said}</translation>
    </message>
    <message>
        <source>Import: {figure}. {said}</source>
        <translation>Importation&#xa0;: {figure}. {said}</translation>
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
        <source>Not covered by the China EV quota</source>
        <translation>Non visé par le contingent de VE chinois</translation>
    </message>
    <message>
        <source>Covered by the quota; entered over it, so it took no place and paid the surtax.</source>
        <translation>Visé par le contingent; entré hors contingent, il n’y occupe aucune place et a payé la surtaxe.</translation>
    </message>
    <message>
        <source>Covered by the quota; entered over it, so it took no place.</source>
        <translation>Visé par le contingent; entré hors contingent, il n’y occupe aucune place.</translation>
    </message>
    <message>
        <source>Entered over the quota, so it took no place, whether or not the quota covers it.</source>
        <translation>Entré hors contingent, il n’y occupe aucune place, qu’il soit visé par le contingent ou non.</translation>
    </message>
    <message>
        <source>Covered; entered over the quota</source>
        <translation>Visé; entré hors contingent</translation>
    </message>
    <message>
        <source>Entered over the quota</source>
        <translation>Entré hors contingent</translation>
    </message>
    <message>
        <source>Covered by the quota; entered within it, so it takes one of the year&apos;s places.</source>
        <translation>Visé par le contingent; entré dans le contingent, il occupe une des places de l’année.</translation>
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
    <message>
        <source>EVAP rebate</source>
        <translation>Remise EVAP</translation>
    </message>
    <message>
        <source>Low confidence: the sources do not confirm it for this date.</source>
        <translation>Fiabilité faible&#xa0;: les sources ne le confirment pas pour cette date.</translation>
    </message>
    <message>
        <source>Ended on {date}</source>
        <translation>Terminé le {date}</translation>
    </message>
    <message>
        <source>At least {amount}, if both apply</source>
        <translation>Au moins {amount}, si les deux s’appliquent</translation>
    </message>
    <message>
        <source>At least {amount}</source>
        <translation>Au moins {amount}</translation>
    </message>
    <message>
        <source>{amount} if both apply</source>
        <translation>{amount} si les deux s’appliquent</translation>
    </message>
    <message>
        <source>{fee}: every {months} months, amount not confirmed (information, not subtracted).</source>
        <translation>{fee}&#xa0;: tous les {months} mois, montant non confirmé (pour information, non déduit).</translation>
    </message>
    <message>
        <source>{fee}: {amount} every {months} months (information, not subtracted).</source>
        <translation>{fee}&#xa0;: {amount} tous les {months} mois (pour information, non déduit).</translation>
    </message>
    <message>
        <source>{program}: {figure} ({symbol} {verdict})</source>
        <translation>{program}&#xa0;: {figure} ({symbol} {verdict})</translation>
    </message>
    <message>
        <source>low confidence</source>
        <translation>fiabilité faible</translation>
    </message>
    <message>
        <source>Province of registration not given: the provincial programs are not checked.</source>
        <translation>Province d’immatriculation non indiquée&#xa0;: les programmes provinciaux ne sont pas vérifiés.</translation>
    </message>
    <message>
        <source>{province}: its programs are not known.</source>
        <translation>{province}&#xa0;: ses programmes sont inconnus.</translation>
    </message>
    <message>
        <source>{province}: no provincial program.</source>
        <translation>{province}&#xa0;: aucun programme provincial.</translation>
    </message>
    <message>
        <source>Federal only: choose the province of registration</source>
        <translation>Fédéral seulement&#xa0;: choisissez la province d’immatriculation</translation>
    </message>
    <message>
        <source>Not complete: the province&apos;s programs are not known</source>
        <translation>Incomplet&#xa0;: les programmes de la province sont inconnus</translation>
    </message>
    <message>
        <source>Not complete: an amount is not known</source>
        <translation>Incomplet&#xa0;: un montant est inconnu</translation>
    </message>
    <message>
        <source>If both apply: combining them is not confirmed</source>
        <translation>Si les deux s’appliquent&#xa0;: leur cumul n’est pas confirmé</translation>
    </message>
    <message>
        <source>In all</source>
        <translation>Au total</translation>
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
        <source>Rebate by date of sale</source>
        <translation>Remise selon la date de vente</translation>
    </message>
    <message>
        <source>Rebate by claim date</source>
        <translation>Remise selon la date de la demande</translation>
    </message>
    <message>
        <source>date of sale</source>
        <translation>date de vente</translation>
    </message>
    <message>
        <source>claim date</source>
        <translation>date de la demande</translation>
    </message>
    <message>
        <source>Rebate by lease term</source>
        <translation>Remise selon la durée de la location</translation>
    </message>
    <message>
        <source>{months} mo: {amount}</source>
        <translation>{months}&#xa0;mois&#xa0;: {amount}</translation>
    </message>
    <message>
        <source>{months} months: {amount}</source>
        <translation>{months} mois&#xa0;: {amount}</translation>
    </message>
    <message>
        <source>this lease ({months} months): {amount}</source>
        <translation>cette location ({months} mois)&#xa0;: {amount}</translation>
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
    <name>DateField</name>
    <message>
        <source>Type a date, such as {example}.</source>
        <translation>Tapez une date, par exemple {example}.</translation>
    </message>
    <message>
        <source>“{text}” is not a date: type it as {example}.</source>
        <translation>«&#xa0;{text}&#xa0;» n’est pas une date&#xa0;: tapez-la ainsi&#xa0;: {example}.</translation>
    </message>
    <message>
        <source>“{text}” could be day/month or month/day: type it as {example} or with the month&apos;s name.</source>
        <translation>«&#xa0;{text}&#xa0;» peut se lire jour/mois ou mois/jour&#xa0;: tapez-la ainsi&#xa0;: {example}, ou avec le nom du mois.</translation>
    </message>
    <message>
        <source>Type the year in full, such as {example}.</source>
        <translation>Tapez l’année au complet, par exemple {example}.</translation>
    </message>
    <message>
        <source>There is no {month} {day}, {year}: that month has {days} days. Check the date.</source>
        <translation>Il n’y a pas de {day} {month} {year}&#xa0;: ce mois compte {days} jours. Vérifiez la date.</translation>
    </message>
    <message>
        <source>There is no month {month}: months run from 1 to 12.</source>
        <translation>Il n’y a pas de mois {month}&#xa0;: les mois vont de 1 à 12.</translation>
    </message>
    <message>
        <source>Type a date from {earliest} to {latest}.</source>
        <translation>Tapez une date du {earliest} au {latest}.</translation>
    </message>
    <message>
        <source>2026-11-15</source>
        <comment>an example of a whole date, in this language&apos;s forms</comment>
        <translation>2026-11-15 ou 15/11/2026</translation>
    </message>
    <message>
        <source>Choose from a calendar</source>
        <translation>Choisir dans un calendrier</translation>
    </message>
    <message>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>Choisir dans un calendrier (Alt+Bas)</translation>
    </message>
    <message>
        <source>Such as 2026-11-15</source>
        <translation>Par exemple 2026-11-15</translation>
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
    <message>
        <source>Claims needing action</source>
        <translation>Demandes à traiter</translation>
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
        <source>{title}: {headline} ({symbol} {verdict})</source>
        <translation>{title}&#xa0;: {headline} ({symbol} {verdict})</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>Policy {version} (published {published}), evdesk {engine}.</source>
        <translation>Règles {version} (publiées le {published}), evdesk {engine}.</translation>
    </message>
    <message>
        <source>Provincial incentives</source>
        <translation>Incitatifs provinciaux</translation>
    </message>
    <message>
        <source>Provincial incentives: {province}</source>
        <translation>Incitatifs provinciaux&#xa0;: {province}</translation>
    </message>
    <message>
        <source>Incentives in all</source>
        <translation>Total des incitatifs</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>{low} to under {high}</source>
        <translation>de {low} à moins de {high}</translation>
    </message>
    <message>
        <source>{low} or more</source>
        <translation>{low} ou plus</translation>
    </message>
    <message>
        <source>under {high}</source>
        <translation>moins de {high}</translation>
    </message>
    <message>
        <source>any battery</source>
        <translation>toute batterie</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>{items} and {last}</source>
        <translation>{items} et {last}</translation>
    </message>
    <message>
        <source>{publisher}, citing {cited}</source>
        <translation>{publisher}, citant {cited}</translation>
    </message>
    <message>
        <source>{publisher}, as reported by {reporter}</source>
        <translation>{publisher}, selon {reporter}</translation>
    </message>
    <message>
        <source>{publisher}, “{title}”</source>
        <translation>{publisher}, «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <source>{publisher} — {title}</source>
        <translation>{publisher} — {title}</translation>
    </message>
    <message>
        <source>{publisher}, “{title}” ({date})</source>
        <translation>{publisher}, «&#xa0;{title}&#xa0;» ({date})</translation>
    </message>
    <message>
        <source>{publisher} — {title} ({date})</source>
        <translation>{publisher} — {title} ({date})</translation>
    </message>
</context>
<context>
    <name>Glossary</name>
    <message>
        <source>EVAP</source>
        <translation>EVAP</translation>
    </message>
    <message>
        <source>The EV Affordability Program: Transport Canada&apos;s federal incentive on a new battery-electric, fuel-cell or plug-in hybrid vehicle bought or leased in Canada. An enrolled dealer takes it off the price at the sale and claims it back; the buyer does not apply.</source>
        <translation>Sigle anglais du programme fédéral de Transports Canada (Electric Vehicle Affordability Program)&#xa0;: un incitatif à l’achat ou à la location au Canada d’un véhicule neuf électrique à batterie, à pile à combustible ou hybride rechargeable. Le concessionnaire inscrit le déduit du prix à la vente et se le fait rembourser; l’acheteur n’a pas de demande à faire. Son nom français officiel n’a pas été trouvé sur une page du gouvernement du Canada; des médias (Protégez-Vous, Narcity) l’appellent « Programme pour l’abordabilité des véhicules électriques (PAVÉ) ».</translation>
    </message>
    <message>
        <source>final transaction value</source>
        <translation>valeur finale de la transaction</translation>
    </message>
    <message>
        <source>PDI</source>
        <translation>PDI</translation>
    </message>
    <message>
        <source>The price the EVAP price cap is tested on, before taxes: the vehicle price after discounts, with the other parts of the price the program counts. Each answer lists the parts it counted and those it left out.</source>
        <translation>Le prix auquel s’applique le plafond de prix de l’EVAP, avant taxes&#xa0;: le prix du véhicule après rabais, avec les autres parties du prix que le programme compte. Chaque réponse indique les parties comptées et celles laissées de côté.</translation>
    </message>
    <message>
        <source>Pre-delivery inspection: the dealer&apos;s preparation of a new vehicle before it is handed over. Whether it counts in the final transaction value, with freight, is an assumption each answer states, and a dealer can change.</source>
        <translation>Inspection avant livraison (de l’anglais « pre-delivery inspection »)&#xa0;: la préparation d’un véhicule neuf par le concessionnaire avant de le remettre. Qu’elle compte ou non, avec le transport, dans la valeur finale de la transaction est une hypothèse que chaque réponse indique et qu’un concessionnaire peut changer.</translation>
    </message>
    <message>
        <source>BEV</source>
        <translation>VEB</translation>
    </message>
    <message>
        <source>Battery-electric vehicle: it runs on its battery alone, charged by plugging it in.</source>
        <translation>Véhicule électrique à batterie&#xa0;: il roule uniquement grâce à sa batterie, qu’on recharge en le branchant.</translation>
    </message>
    <message>
        <source>PHEV</source>
        <translation>VHR</translation>
    </message>
    <message>
        <source>Plug-in hybrid: a battery you charge by plugging in, and a gasoline engine. The incentive for one is smaller than for a battery-electric vehicle.</source>
        <translation>Véhicule hybride rechargeable&#xa0;: une batterie qu’on recharge en la branchant, et un moteur à essence. L’incitatif est moins élevé que pour un véhicule électrique à batterie.</translation>
    </message>
    <message>
        <source>MFN</source>
        <translation>NPF</translation>
    </message>
    <message>
        <source>Most-favoured-nation rate: Canada&apos;s standard import duty, charged when no free trade agreement&apos;s lower rate applies. The answer shows the rate.</source>
        <translation>Taux de la nation la plus favorisée&#xa0;: le droit de douane habituel du Canada, perçu quand le taux plus bas d’un accord de libre-échange ne s’applique pas. La réponse en indique le taux.</translation>
    </message>
    <message>
        <source>CUSMA</source>
        <translation>ACEUM</translation>
    </message>
    <message>
        <source>The Canada–United States–Mexico Agreement, the free trade agreement between the three countries. A vehicle that meets its rules of origin enters Canada free of duty.</source>
        <translation>L’Accord Canada–États-Unis–Mexique, l’accord de libre-échange entre les trois pays. Un véhicule qui respecte ses règles d’origine entre au Canada en franchise de droits.</translation>
    </message>
    <message>
        <source>FOB</source>
        <translation>FAB</translation>
    </message>
    <message>
        <source>Free on board: the vehicle&apos;s price where it is shipped from, before freight and insurance to Canada. Part of the China EV quota is kept for vehicles under a set FOB price.</source>
        <translation>Franco à bord&#xa0;: le prix du véhicule au lieu d’où il est expédié, avant le transport et l’assurance jusqu’au Canada. Une part du contingent de VE chinois est réservée aux véhicules sous un certain prix FAB.</translation>
    </message>
    <message>
        <source>{word}: {meaning}</source>
        <translation>{word}&#xa0;: {meaning}</translation>
    </message>
</context>
<context>
    <name>GlossaryDialog</name>
    <message>
        <source>What these words mean</source>
        <translation>Ce que veulent dire ces mots</translation>
    </message>
</context>
<context>
    <name>Inventory</name>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Stock #</source>
        <translation>N° de stock</translation>
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
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Rebate</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>Eligible up to</source>
        <translation>Admissible jusqu’à</translation>
    </message>
    <message>
        <source>Drop needed</source>
        <translation>Baisse requise</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>Droits</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Contingent</translation>
    </message>
    <message>
        <source>Import duty</source>
        <translation>Droits de douane</translation>
    </message>
    <message>
        <source>Duty (%)</source>
        <translation>Droits (%)</translation>
    </message>
    <message>
        <source>Reason or problem</source>
        <translation>Motif ou problème</translation>
    </message>
    <message>
        <source>The row&apos;s number in the stock list (the header is row 1)</source>
        <translation>Le numéro de la ligne dans la liste d’inventaire (l’en-tête est la ligne 1)</translation>
    </message>
    <message>
        <source>Vehicle price after discounts</source>
        <translation>Prix du véhicule après rabais</translation>
    </message>
    <message>
        <source>The highest vehicle price at which the sale is eligible, the other parts of the price unchanged</source>
        <translation>Le prix du véhicule le plus élevé auquel la vente est admissible, les autres éléments du prix restant les mêmes</translation>
    </message>
    <message>
        <source>How far the price must come down to be eligible</source>
        <translation>De combien le prix doit baisser pour être admissible</translation>
    </message>
    <message>
        <source>Whether it counts against the China EV quota</source>
        <translation>S’il est compté dans le contingent de VE chinois</translation>
    </message>
    <message>
        <source>No cap</source>
        <translation>Aucun plafond</translation>
    </message>
    <message>
        <source>At {price} it would get {amount}.</source>
        <translation>À {price}, la remise serait de {amount}.</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Compté</translation>
    </message>
    <message>
        <source>Does not count</source>
        <translation>Non compté</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>No price cap: Canadian-made.</source>
        <translation>Aucun plafond de prix&#xa0;: fabriqué au Canada.</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Admissible</translation>
    </message>
    <message>
        <source>Eligible at a lower price</source>
        <translation>Admissible à un prix plus bas</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Non admissible</translation>
    </message>
    <message>
        <source>Problem in the row</source>
        <translation>Problème dans la ligne</translation>
    </message>
    <message>
        <source>XLSX, sheet “{sheet}”</source>
        <translation>XLSX, feuille «&#xa0;{sheet}&#xa0;»</translation>
    </message>
    <message>
        <source>UTF-8 with a BOM</source>
        <translation>UTF-8 avec BOM</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>séparateur virgule</translation>
    </message>
    <message>
        <source>semicolon-separated</source>
        <translation>séparateur point-virgule</translation>
    </message>
    <message>
        <source>tab-separated</source>
        <translation>séparateur tabulation</translation>
    </message>
    <message>
        <source>CSV, {encoding}, {separator}</source>
        <translation>CSV, {encoding}, {separator}</translation>
    </message>
</context>
<context>
    <name>InventoryFields</name>
    <message>
        <source>VIN</source>
        <translation>NIV</translation>
    </message>
    <message>
        <source>Stock number</source>
        <translation>Numéro de stock</translation>
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
        <source>Vehicle price</source>
        <translation>Prix du véhicule</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Accessories</source>
        <translation>Accessoires</translation>
    </message>
    <message>
        <source>Dealer fees</source>
        <translation>Frais du concessionnaire</translation>
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
        <source>Winter tires</source>
        <translation>Pneus d’hiver</translation>
    </message>
    <message>
        <source>Charger</source>
        <translation>Borne de recharge</translation>
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
        <source>Sale date</source>
        <translation>Date de vente</translation>
    </message>
    <message>
        <source>Claim date</source>
        <translation>Date de la demande</translation>
    </message>
    <message>
        <source>Lease term (months)</source>
        <translation>Durée de la location (mois)</translation>
    </message>
    <message>
        <source>Odometer (km)</source>
        <translation>Odomètre (km)</translation>
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
        <source>Personal import</source>
        <translation>Importation personnelle</translation>
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
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>MSRP</source>
        <translation>PDSF</translation>
    </message>
    <message>
        <source>Manufacturer&apos;s option groups</source>
        <translation>Groupes d’options du fabricant</translation>
    </message>
    <message>
        <source>Registration date</source>
        <translation>Date d’immatriculation</translation>
    </message>
    <message>
        <source>Battery (kWh)</source>
        <translation>Batterie (kWh)</translation>
    </message>
</context>
<context>
    <name>InventoryFile</name>
    <message>
        <source>{name} is not there any more.</source>
        <translation>{name} n’est plus là.</translation>
    </message>
    <message>
        <source>{name} is a folder, not a stock list.</source>
        <translation>{name} est un dossier, pas une liste d’inventaire.</translation>
    </message>
    <message>
        <source>{name} cannot be read ({reason}).</source>
        <translation>{name} ne peut pas être lu ({reason}).</translation>
    </message>
    <message>
        <source>{name} is an Excel 97-2003 workbook (.xls), which is not read: save it as CSV or XLSX.</source>
        <translation>{name} est un classeur Excel 97-2003 (.xls), qui n’est pas lu&#xa0;: enregistrez-le en CSV ou en XLSX.</translation>
    </message>
    <message>
        <source>{name} is a PDF, not a stock list: save the list as CSV or XLSX.</source>
        <translation>{name} est un PDF, pas une liste d’inventaire&#xa0;: enregistrez la liste en CSV ou en XLSX.</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>{name} est vide.</translation>
    </message>
    <message>
        <source>The sheet shown when {name} was saved, “{sheet}”, is empty; the list is on another ({others}): show that sheet, save the workbook and check it again.</source>
        <translation>La feuille affichée à l’enregistrement de {name}, «&#xa0;{sheet}&#xa0;», est vide; la liste est sur une autre ({others})&#xa0;: affichez cette feuille, enregistrez le classeur et vérifiez-le de nouveau.</translation>
    </message>
    <message>
        <source>{name} is not a CSV or XLSX file: save the list as CSV or XLSX.</source>
        <translation>{name} n’est pas un fichier CSV ou XLSX&#xa0;: enregistrez la liste en CSV ou en XLSX.</translation>
    </message>
    <message>
        <source>{name} is not readable {encoding} (bad bytes at offset {offset}): save it as CSV UTF-8.</source>
        <translation>{name} n’est pas du {encoding} lisible (octets invalides à la position {offset})&#xa0;: enregistrez-le en CSV UTF-8.</translation>
    </message>
    <message>
        <source>{name} is UTF-8 except for one byte on line {line}, which is not: fix or retype that line, or save the file again as CSV UTF-8.</source>
        <translation>{name} est en UTF-8 sauf un octet à la ligne {line}&#xa0;: corrigez ou retapez cette ligne, ou enregistrez de nouveau le fichier en CSV UTF-8.</translation>
    </message>
    <message>
        <source>{name} is neither UTF-8 nor Windows-1252 text: save it as CSV UTF-8.</source>
        <translation>{name} n’est ni du texte UTF-8 ni du Windows-1252&#xa0;: enregistrez-le en CSV UTF-8.</translation>
    </message>
    <message>
        <source>Row {row} of {name} cannot be read ({reason}).</source>
        <translation>La ligne {row} de {name} ne peut pas être lue ({reason}).</translation>
    </message>
    <message>
        <source>Row {row} of {name} opens a quote (&quot;) that is never closed, so the {lines} lines after it would be read into one cell: close or remove that quote.</source>
        <translation>La ligne {row} de {name} ouvre un guillemet (&quot;) qui n’est jamais fermé&#xa0;: les {lines} lignes suivantes seraient lues dans une seule cellule. Fermez ou retirez ce guillemet.</translation>
    </message>
    <message>
        <source>Row {row} of {name} opens a quote (&quot;) that is never closed, so the line after it would be read into one cell: close or remove that quote.</source>
        <translation>La ligne {row} de {name} ouvre un guillemet (&quot;) qui n’est jamais fermé&#xa0;: la ligne suivante serait lue dans la même cellule. Fermez ou retirez ce guillemet.</translation>
    </message>
    <message>
        <source>Row {row} of {name} opens a quote (&quot;) that is never closed, so the rest of that row would be read into one cell: close or remove that quote.</source>
        <translation>La ligne {row} de {name} ouvre un guillemet (&quot;) qui n’est jamais fermé&#xa0;: le reste de cette ligne serait lu dans une seule cellule. Fermez ou retirez ce guillemet.</translation>
    </message>
    <message>
        <source>Row {row} of {name} opens a quote (&quot;) that runs over {lines} more lines that look like rows of their own: close the quote on its own line.</source>
        <translation>La ligne {row} de {name} ouvre un guillemet (&quot;) qui court sur {lines} autres lignes qui ressemblent à des lignes à part entière&#xa0;: fermez le guillemet sur sa propre ligne.</translation>
    </message>
    <message>
        <source>Row {row} of {name} opens a quote (&quot;) that runs over 1 more line that looks like a row of its own: close the quote on its own line.</source>
        <translation>La ligne {row} de {name} ouvre un guillemet (&quot;) qui court sur une autre ligne qui ressemble à une ligne à part entière&#xa0;: fermez le guillemet sur sa propre ligne.</translation>
    </message>
    <message>
        <source>{name} is a damaged ZIP or XLSX file.</source>
        <translation>{name} est un fichier ZIP ou XLSX endommagé.</translation>
    </message>
    <message>
        <source>{name} is an OpenDocument spreadsheet (.ods), which is not read: save it as CSV or XLSX.</source>
        <translation>{name} est un classeur OpenDocument (.ods), qui n’est pas lu&#xa0;: enregistrez-le en CSV ou en XLSX.</translation>
    </message>
    <message>
        <source>{name} is a ZIP file, not an XLSX workbook.</source>
        <translation>{name} est un fichier ZIP, pas un classeur XLSX.</translation>
    </message>
    <message>
        <source>{name} is not a readable XLSX workbook.</source>
        <translation>{name} n’est pas un classeur XLSX lisible.</translation>
    </message>
    <message>
        <source>{name} has no worksheet.</source>
        <translation>{name} n’a aucune feuille de calcul.</translation>
    </message>
</context>
<context>
    <name>InventoryReasons</name>
    <message>
        <source>Sale date outside the program</source>
        <translation>Date de vente hors du programme</translation>
    </message>
    <message>
        <source>Powertrain does not qualify</source>
        <translation>Motorisation non admissible</translation>
    </message>
    <message>
        <source>Not a new vehicle</source>
        <translation>Véhicule qui n’est pas neuf</translation>
    </message>
    <message>
        <source>Where it was assembled</source>
        <translation>Lieu d’assemblage</translation>
    </message>
    <message>
        <source>Over the price cap</source>
        <translation>Au-dessus du plafond de prix</translation>
    </message>
    <message>
        <source>Lease too short</source>
        <translation>Location trop courte</translation>
    </message>
    <message>
        <source>Buyer&apos;s limit reached</source>
        <translation>Limite de l’acheteur atteinte</translation>
    </message>
    <message>
        <source>Claim date outside the program</source>
        <translation>Date de la demande hors du programme</translation>
    </message>
</context>
<context>
    <name>InventorySummary</name>
    <message>
        <source>Inventory check</source>
        <translation>Vérification de l’inventaire</translation>
    </message>
    <message>
        <source>Prepared on {date}</source>
        <translation>Préparé le {date}</translation>
    </message>
    <message>
        <source>Cancelled after {rows} rows: these figures are for that part of the list only.</source>
        <translation>Annulé après {rows} lignes&#xa0;: ces chiffres ne portent que sur cette partie de la liste.</translation>
    </message>
    <message>
        <source>Eligible if the price drops by at most {amount}</source>
        <translation>Admissibles si le prix baisse d’au plus {amount}</translation>
    </message>
    <message>
        <source>Eligible if the price drops</source>
        <translation>Admissibles si le prix baisse</translation>
    </message>
    <message>
        <source>Eligible now</source>
        <translation>Admissibles maintenant</translation>
    </message>
    <message>
        <source>Not eligible at the current price</source>
        <translation>Non admissibles au prix actuel</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Inconnus</translation>
    </message>
    <message>
        <source>Rows with problems (not checked)</source>
        <translation>Lignes avec des problèmes (non vérifiées)</translation>
    </message>
    <message>
        <source>of which, eligible if the price drops by at most {amount}</source>
        <translation>dont admissibles si le prix baisse d’au plus {amount}</translation>
    </message>
    <message>
        <source>of which, eligible if the price drops</source>
        <translation>dont admissibles si le prix baisse</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Véhicules</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Rebates</source>
        <translation>Remises</translation>
    </message>
    <message>
        <source>Rows checked</source>
        <translation>Lignes vérifiées</translation>
    </message>
    <message>
        <source>Why vehicles are not eligible</source>
        <translation>Pourquoi des véhicules ne sont pas admissibles</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Stock #</source>
        <translation>N° de stock</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Véhicule</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Highest eligible price</source>
        <translation>Prix admissible maximal</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Baisse</translation>
    </message>
    <message>
        <source>Rebate then</source>
        <translation>Remise alors</translation>
    </message>
    <message>
        <source>…and {count} more: the window and the exported table list them all.</source>
        <translation>…et {count} autres&#xa0;: la fenêtre et le tableau exporté les énumèrent tous.</translation>
    </message>
    <message>
        <source>Checked under policy {version} (published {published}). {assumed} An estimate from the published federal rules: the EVAP dealer portal gives the final word.</source>
        <translation>Vérifié selon les règles {version} (publiées le {published}). {assumed} Une estimation d’après les règles fédérales publiées&#xa0;: le portail EVAP des concessionnaires a le dernier mot.</translation>
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
        <source>Print the inventory summary</source>
        <translation>Imprimer le sommaire de l’inventaire</translation>
    </message>
</context>
<context>
    <name>InventoryWindow</name>
    <message>
        <source>Inventory check: {file}</source>
        <translation>Vérification de l’inventaire&#xa0;: {file}</translation>
    </message>
    <message>
        <source>Inventory check</source>
        <translation>Vérification de l’inventaire</translation>
    </message>
    <message>
        <source>&amp;Open a stock list…</source>
        <translation>&amp;Ouvrir une liste d’inventaire…</translation>
    </message>
    <message>
        <source>&amp;Export the table…</source>
        <translation>&amp;Exporter le tableau…</translation>
    </message>
    <message>
        <source>&amp;Print a summary…</source>
        <translation>&amp;Imprimer un sommaire…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Price drop of at &amp;most</source>
        <translation>Baisse de prix d’au &amp;plus</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Chercher</translation>
    </message>
    <message>
        <source>Stock #, VIN, make or model</source>
        <translation>N° de stock, NIV, marque ou modèle</translation>
    </message>
    <message>
        <source>The stock list, checked</source>
        <translation>La liste d’inventaire, vérifiée</translation>
    </message>
    <message>
        <source>Progress of the check</source>
        <translation>Progression de la vérification</translation>
    </message>
    <message>
        <source>Open a stock list (CSV or XLSX) to check every vehicle in it.</source>
        <translation>Ouvrez une liste d’inventaire (CSV ou XLSX) pour en vérifier chaque véhicule.</translation>
    </message>
    <message>
        <source>{file} · policy {version}</source>
        <translation>{file} · règles {version}</translation>
    </message>
    <message>
        <source>{file} · {kind} · policy {version}</source>
        <translation>{file} · {kind} · règles {version}</translation>
    </message>
    <message>
        <source>Eligible if the price drops by at most {amount}</source>
        <translation>Admissibles si le prix baisse d’au plus {amount}</translation>
    </message>
    <message>
        <source>Eligible if the price drops</source>
        <translation>Admissibles si le prix baisse</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Toutes les lignes</translation>
    </message>
    <message>
        <source>Eligible now</source>
        <translation>Admissibles maintenant</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Non admissibles</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Inconnus</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>{count} of the {refused} not eligible · {amount} at those prices</source>
        <translation>{count} des {refused} non admissibles · {amount} à ces prix</translation>
    </message>
    <message>
        <source>{shown} of {total} rows shown</source>
        <comment>one shown</comment>
        <translation>{shown} ligne affichée sur {total}</translation>
    </message>
    <message>
        <source>{shown} of {total} rows shown</source>
        <translation>{shown} lignes affichées sur {total}</translation>
    </message>
    <message>
        <source>no incentives already received</source>
        <translation>aucun incitatif déjà reçu</translation>
    </message>
    <message>
        <source>a Chinese-made vehicle entered within the China EV quota</source>
        <translation>un véhicule fabriqué en Chine est entré dans le contingent de VE chinois</translation>
    </message>
    <message>
        <source>the free trade agreement&apos;s rules of origin are met</source>
        <translation>les règles d’origine de l’accord de libre-échange sont respectées</translation>
    </message>
    <message>
        <source>sold today ({date})</source>
        <translation>vendu aujourd’hui ({date})</translation>
    </message>
    <message>
        <source>Where the list does not say, each vehicle is checked assuming {assumptions}, as the counter does.</source>
        <translation>Là où la liste ne le précise pas, chaque véhicule est vérifié en supposant {assumptions}, comme au comptoir.</translation>
    </message>
    <message>
        <source>Checking… {rows} row</source>
        <translation>Vérification… {rows} ligne</translation>
    </message>
    <message>
        <source>Checking… {rows} rows</source>
        <translation>Vérification… {rows} lignes</translation>
    </message>
    <message>
        <source>Cancelled after {rows} row: the table shows it.</source>
        <translation>Annulée après {rows} ligne&#xa0;: le tableau la montre.</translation>
    </message>
    <message>
        <source>Cancelled after {rows} rows: the table shows those.</source>
        <translation>Annulée après {rows} lignes&#xa0;: le tableau montre celles-ci.</translation>
    </message>
    <message>
        <source>{rows} row checked</source>
        <translation>{rows} ligne vérifiée</translation>
    </message>
    <message>
        <source>{rows} rows checked</source>
        <translation>{rows} lignes vérifiées</translation>
    </message>
    <message>
        <source>Open a stock list</source>
        <translation>Ouvrir une liste d’inventaire</translation>
    </message>
    <message>
        <source>Stock lists (*.csv *.xlsx);;All files (*)</source>
        <translation>Listes d’inventaire (*.csv *.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>This file cannot be checked: {reason}</source>
        <translation>Ce fichier ne peut pas être vérifié&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>No column of this file was recognised. Under Columns, choose what each one holds (at least the price and the powertrain), then Check again. If the first row is a vehicle, not the columns’ names, tick the box that says so.</source>
        <translation>Aucune colonne de ce fichier n’a été reconnue. Sous Colonnes, choisissez ce que contient chacune (au moins le prix et la motorisation), puis Vérifier de nouveau. Si la première ligne est un véhicule et non le nom des colonnes, cochez la case qui le dit.</translation>
    </message>
    <message>
        <source>{rows} row checked in {seconds} s.</source>
        <translation>{rows} ligne vérifiée en {seconds}&#xa0;s.</translation>
    </message>
    <message>
        <source>{rows} rows checked in {seconds} s.</source>
        <translation>{rows} lignes vérifiées en {seconds}&#xa0;s.</translation>
    </message>
    <message>
        <source>Row {row}</source>
        <translation>Ligne {row}</translation>
    </message>
    <message>
        <source>At {price} it would get {amount}.</source>
        <translation>À {price}, la remise serait de {amount}.</translation>
    </message>
    <message>
        <source>(Double-click or press Enter to open it at the counter.)</source>
        <translation>(Double-cliquez ou appuyez sur Entrée pour l’ouvrir au comptoir.)</translation>
    </message>
    <message>
        <source>Row {row} has problems: correct it in the stock list, or type the vehicle at the counter.</source>
        <translation>La ligne {row} a des problèmes&#xa0;: corrigez-la dans la liste d’inventaire ou entrez le véhicule au comptoir.</translation>
    </message>
    <message>
        <source>Export the table</source>
        <translation>Exporter le tableau</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Classeur Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Table not exported</source>
        <translation>Tableau non exporté</translation>
    </message>
    <message>
        <source>The table could not be written in {folder}: {reason}</source>
        <translation>Le tableau n’a pas pu être écrit dans {folder}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{rows} row exported to {path}.</source>
        <translation>{rows} ligne exportée dans {path}.</translation>
    </message>
    <message>
        <source>{rows} rows exported to {path}.</source>
        <translation>{rows} lignes exportées dans {path}.</translation>
    </message>
    <message>
        <source>Summary sent to the printer.</source>
        <translation>Sommaire envoyé à l’imprimante.</translation>
    </message>
    <message>
        <source>The selected row in full</source>
        <translation>La ligne choisie, au complet</translation>
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
        <source>Check &amp;inventory…</source>
        <translation>Vérifier l’in&amp;ventaire…</translation>
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
        <source>Opened in dealer mode: this deal has details a consumer&apos;s form does not show.</source>
        <translation>Ouvert en mode concessionnaire&#xa0;: cette transaction a des renseignements que le formulaire du consommateur n’affiche pas.</translation>
    </message>
    <message>
        <source>Stop using the loaded policy &amp;file</source>
        <translation>Ne plus utiliser le &amp;fichier de règles chargé</translation>
    </message>
    <message>
        <source>Inst&amp;all policy update…</source>
        <translation>Installer une &amp;mise à jour des règles…</translation>
    </message>
    <message>
        <source>Import &amp;Transport Canada&apos;s vehicle list…</source>
        <translation>Importer la liste des véhicules de &amp;Transports Canada…</translation>
    </message>
    <message>
        <source>Check for policy &amp;updates</source>
        <translation>Vérifier les mises à jour des &amp;règles</translation>
    </message>
    <message>
        <source>Policy update s&amp;ettings…</source>
        <translation>&amp;Paramètres des mises à jour des règles…</translation>
    </message>
    <message>
        <source>What these &amp;words mean</source>
        <translation>Ce que veulent dire ces &amp;mots</translation>
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
        <source>Price before taxes: {price}, the vehicle price with the options, accessories and fees the dealer counts toward the cap.</source>
        <translation>Prix avant taxes&#xa0;: {price}, soit le prix du véhicule avec les options, les accessoires et les frais que le concessionnaire compte dans le plafond.</translation>
    </message>
    <message>
        <source>The French translation could not be loaded.</source>
        <translation>La traduction française n’a pas pu être chargée.</translation>
    </message>
    <message>
        <source>Replace the deal at the counter?</source>
        <translation>Remplacer la transaction au comptoir&#xa0;?</translation>
    </message>
    <message>
        <source>The deal typed at the counter has not been saved. Open this row in its place?</source>
        <translation>La transaction tapée au comptoir n’a pas été enregistrée. Ouvrir cette ligne à sa place&#xa0;?</translation>
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
    <message>
        <source>Checking for policy updates at {address}…</source>
        <translation>Recherche de mises à jour des règles à {address}…</translation>
    </message>
    <message>
        <source>The policy file you loaded stays in use: File → Stop using the loaded policy file switches to it.</source>
        <translation>Le fichier de règles que vous avez chargé reste en vigueur&#xa0;: Fichier → Ne plus utiliser le fichier de règles chargé passe aux nouvelles règles.</translation>
    </message>
    <message>
        <source>Policy update</source>
        <translation>Mise à jour des règles</translation>
    </message>
    <message>
        <source>Vehicle list not imported</source>
        <translation>Liste des véhicules non importée</translation>
    </message>
    <message>
        <source>Policy {version}: {count} vehicles imported from {file}.</source>
        <translation>Règles {version}&#xa0;: {count} véhicules importés de {file}.</translation>
    </message>
</context>
<context>
    <name>MappingPanel</name>
    <message>
        <source>The file&apos;s columns and the field each is read as</source>
        <translation>Les colonnes du fichier et le champ de chacune</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Check again with these columns</source>
        <translation>Vérifier de nouveau avec ces colonnes</translation>
    </message>
    <message>
        <source>The first row is a vehicle, not the columns’ names</source>
        <translation>La première ligne est un véhicule, et non le nom des colonnes</translation>
    </message>
    <message>
        <source>Not used</source>
        <translation>Non utilisée</translation>
    </message>
    <message>
        <source>“{column}” (e.g. {example})</source>
        <translation>«&#xa0;{column}&#xa0;» (p.&#xa0;ex. {example})</translation>
    </message>
    <message>
        <source>“{column}”</source>
        <translation>«&#xa0;{column}&#xa0;»</translation>
    </message>
    <message>
        <source>Read column “{column}” as</source>
        <translation>Lire la colonne «&#xa0;{column}&#xa0;» comme</translation>
    </message>
    <message>
        <source>{used} of {total} columns read: {fields}.</source>
        <translation>{used} colonnes lues sur {total}&#xa0;: {fields}.</translation>
    </message>
    <message>
        <source>None of the {total} columns is read.</source>
        <translation>Aucune des {total} colonnes n’est lue.</translation>
    </message>
    <message>
        <source>Not used: {columns}.</source>
        <translation>Non utilisées&#xa0;: {columns}.</translation>
    </message>
    <message>
        <source>{columns} may be part of the price or the lease: if so, choose its field under Columns.</source>
        <translation>{columns} fait peut-être partie du prix ou de la location&#xa0;: le cas échéant, choisissez son champ sous Colonnes.</translation>
    </message>
    <message>
        <source>No column for: {fields}; those answers will be “not known”.</source>
        <translation>Aucune colonne pour&#xa0;: {fields}&#xa0;; ces réponses seront «&#xa0;inconnues&#xa0;».</translation>
    </message>
    <message>
        <source>Not applied yet: check again with these columns.</source>
        <translation>Pas encore appliqué&#xa0;: vérifiez de nouveau avec ces colonnes.</translation>
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
        <source>The policy loaded earlier could not be read ({problem}); using policy {version}.</source>
        <translation>Les règles chargées précédemment n’ont pas pu être lues ({problem}); les règles {version} sont utilisées.</translation>
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
    <name>PolicyUpdates</name>
    <message>
        <source>updates never checked</source>
        <translation>mises à jour jamais vérifiées</translation>
    </message>
    <message>
        <source>updates checked {date}</source>
        <translation>mises à jour vérifiées le {date}</translation>
    </message>
    <message>
        <source>Policy {version}, published {published} ({origin})</source>
        <translation>Règles {version}, publiées le {published} ({origin})</translation>
    </message>
    <message>
        <source>Install a policy update</source>
        <translation>Installer une mise à jour des règles</translation>
    </message>
    <message>
        <source>Policy update bundles (*.evpolicy *.zip);;All files (*)</source>
        <translation>Paquets de mise à jour des règles (*.evpolicy *.zip);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import Transport Canada&apos;s vehicle list</source>
        <translation>Importer la liste des véhicules de Transports Canada</translation>
    </message>
    <message>
        <source>Vehicle lists (*.csv *.html *.htm);;All files (*)</source>
        <translation>Listes de véhicules (*.csv *.html *.htm);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Policy update settings</source>
        <translation>Paramètres des mises à jour des règles</translation>
    </message>
    <message>
        <source>evdesk contacts the publisher&apos;s address only when you ask (Help → Check for policy updates), or when it starts if you allow it below. Every update must be signed by the trusted publisher.</source>
        <translation>evdesk ne communique avec l’adresse de l’éditeur que sur votre demande (Aide → Vérifier les mises à jour des règles), ou à son démarrage si vous l’autorisez ci-dessous. Chaque mise à jour doit être signée par l’éditeur de confiance.</translation>
    </message>
    <message>
        <source>Publisher&apos;s &amp;address:</source>
        <translation>&amp;Adresse de l’éditeur&#xa0;:</translation>
    </message>
    <message>
        <source>Check for policy updates when evdesk &amp;starts</source>
        <translation>Vérifier les mises à jour des règles au &amp;démarrage d’evdesk</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Warn when the policy is older than:</source>
        <translation>Avertir quand les règles datent de plus de&#xa0;:</translation>
    </message>
    <message>
        <source>the publisher shipped with evdesk</source>
        <translation>l’éditeur fourni avec evdesk</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Trusted root:</source>
        <translation>&amp;Racine de confiance&#xa0;:</translation>
    </message>
    <message>
        <source>The publisher&apos;s root metadata</source>
        <translation>Les métadonnées racines de l’éditeur</translation>
    </message>
    <message>
        <source>Root metadata (*.json);;All files (*)</source>
        <translation>Métadonnées racines (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Warn when the policy is older than (days)</source>
        <translation>Avertir quand les règles datent de plus de (jours)</translation>
    </message>
    <message>
        <source>Trusted root</source>
        <translation>Racine de confiance</translation>
    </message>
</context>
<context>
    <name>Provinces</name>
    <message>
        <source>Alberta</source>
        <translation>Alberta</translation>
    </message>
    <message>
        <source>British Columbia</source>
        <translation>Colombie-Britannique</translation>
    </message>
    <message>
        <source>Manitoba</source>
        <translation>Manitoba</translation>
    </message>
    <message>
        <source>New Brunswick</source>
        <translation>Nouveau-Brunswick</translation>
    </message>
    <message>
        <source>Newfoundland and Labrador</source>
        <translation>Terre-Neuve-et-Labrador</translation>
    </message>
    <message>
        <source>Nova Scotia</source>
        <translation>Nouvelle-Écosse</translation>
    </message>
    <message>
        <source>Northwest Territories</source>
        <translation>Territoires du Nord-Ouest</translation>
    </message>
    <message>
        <source>Nunavut</source>
        <translation>Nunavut</translation>
    </message>
    <message>
        <source>Ontario</source>
        <translation>Ontario</translation>
    </message>
    <message>
        <source>Prince Edward Island</source>
        <translation>Île-du-Prince-Édouard</translation>
    </message>
    <message>
        <source>Québec</source>
        <translation>Québec</translation>
    </message>
    <message>
        <source>Saskatchewan</source>
        <translation>Saskatchewan</translation>
    </message>
    <message>
        <source>Yukon</source>
        <translation>Yukon</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Voir dans&#xa0;:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type&#xa0;:</translation>
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
        <source>Rebate by lease term (months)</source>
        <translation>Remise selon la durée de la location (mois)</translation>
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
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>What these words mean:</source>
        <translation>Ce que veulent dire ces mots&#xa0;:</translation>
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
    <message>
        <source>Rebate by date of sale</source>
        <translation>Remise selon la date de vente</translation>
    </message>
    <message>
        <source>Incentives</source>
        <translation>Incitatifs</translation>
    </message>
    <message>
        <source>{card}: not worked out yet</source>
        <translation>{card}&#xa0;: pas encore calculé</translation>
    </message>
    <message>
        <source>{value}, {status}</source>
        <translation>{value}, {status}</translation>
    </message>
    <message>
        <source>{card}: {answer}</source>
        <translation>{card}&#xa0;: {answer}</translation>
    </message>
    <message>
        <source>China EV quota: entered within or over it?</source>
        <translation>Contingent de VE chinois&#xa0;: entré dans le contingent ou hors contingent&#xa0;?</translation>
    </message>
    <message>
        <source>FTA rules of origin met?</source>
        <translation>Règles d’origine de l’ALE respectées&#xa0;?</translation>
    </message>
    <message>
        <source>Ask the importer</source>
        <translation>Demandez à l’importateur</translation>
    </message>
    <message>
        <source>Not finished: the answer waits for these (the one below is the last that could be worked out).</source>
        <translation>Pas terminé&#xa0;: la réponse attend ces renseignements (celle ci-dessous est la dernière qui a pu être calculée).</translation>
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
        <source>Not a province: pick one from the list.</source>
        <translation>Pas une province : choisissez-en une dans la liste.</translation>
    </message>
    <message>
        <source>Not a battery capacity: type kWh, such as 13.8.</source>
        <translation>Pas une capacité de batterie : tapez des kWh, par exemple 13,8.</translation>
    </message>
    <message>
        <source>Not a battery capacity: over 0 and at most {limit} kWh.</source>
        <translation>Pas une capacité de batterie : plus de 0 et au plus {limit} kWh.</translation>
    </message>
    <message>
        <source>At most two decimals: to 0.01 kWh.</source>
        <translation>Au plus deux décimales : au 0,01 kWh près.</translation>
    </message>
    <message>
        <source>A price of 0 is not a sale price: leave it empty until it is known.</source>
        <translation>Un prix de 0 n’est pas un prix de vente&#xa0;: laissez-le vide tant qu’il n’est pas connu.</translation>
    </message>
    <message>
        <source>Not an amount: type digits, such as 45000.</source>
        <translation>Ce n’est pas un montant&#xa0;: tapez des chiffres, par exemple 45000.</translation>
    </message>
    <message>
        <source>At most two decimals: dollars and cents.</source>
        <translation>Au plus deux décimales&#xa0;: des dollars et des cents.</translation>
    </message>
    <message>
        <source>Type a whole number.</source>
        <translation>Tapez un nombre entier.</translation>
    </message>
    <message>
        <source>Not a real date.</source>
        <translation>Ce n’est pas une date valide.</translation>
    </message>
    <message>
        <source>{cells} cells where the header has {columns}: a value may hold an unquoted comma or separator.</source>
        <translation>{cells} cellules là où l’en-tête en a {columns}&#xa0;: une valeur contient peut-être une virgule ou un séparateur sans guillemets.</translation>
    </message>
    <message>
        <source>A line of totals, not a vehicle: not checked.</source>
        <translation>Une ligne de totaux, pas un véhicule&#xa0;: non vérifiée.</translation>
    </message>
    <message>
        <source>A formula whose result was never saved: open the workbook in a spreadsheet program, save it, and check it again.</source>
        <translation>Une formule dont le résultat n’a jamais été enregistré&#xa0;: ouvrez le classeur dans un tableur, enregistrez-le et vérifiez-le de nouveau.</translation>
    </message>
    <message>
        <source>Ambiguous: a dot before three digits may group thousands. Type {grouped} or {decimal}.</source>
        <translation>Ambigu&#xa0;: un point avant trois chiffres peut séparer les milliers. Tapez {grouped} ou {decimal}.</translation>
    </message>
    <message>
        <source>Holds a character that cannot be shown: type it again.</source>
        <translation>Contient un caractère qui ne peut pas être affiché&#xa0;: tapez-le de nouveau.</translation>
    </message>
    <message>
        <source>This value cannot be used: pick or type it again.</source>
        <translation>Cette valeur ne peut pas être utilisée&#xa0;: choisissez-la ou tapez-la de nouveau.</translation>
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
        <source>Price before taxes</source>
        <translation>Prix avant taxes</translation>
    </message>
    <message>
        <source>I have the VIN: enter it</source>
        <translation>J’ai le NIV&#xa0;: l’entrer</translation>
    </message>
    <message>
        <source>Count freight and PDI in the final transaction value. Until you change it, this follows the policy&apos;s assumption.</source>
        <translation>Compter le transport et la préparation (PDI) dans la valeur finale de la transaction. Tant que vous ne le changez pas, cette case suit l’hypothèse de la politique.</translation>
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
        <source>&lt;b&gt;What counts toward the cap?&lt;/b&gt; {counted}. Not counted: {left_out}.</source>
        <translation>&lt;b&gt;Qu’est-ce qui compte dans le plafond&#xa0;?&lt;/b&gt; {counted}. Non compté&#xa0;: {left_out}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;What counts toward the cap?&lt;/b&gt; {counted}.</source>
        <translation>&lt;b&gt;Qu’est-ce qui compte dans le plafond&#xa0;?&lt;/b&gt; {counted}.</translation>
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
        <translation>assemblé {country:in}</translation>
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
    <message>
        <source>Province of registration</source>
        <translation>Province d’immatriculation</translation>
    </message>
    <message>
        <source>MSRP of the version</source>
        <translation>PDSF de la version</translation>
    </message>
    <message>
        <source>Manufacturer&apos;s option groups</source>
        <translation>Groupes d’options du fabricant</translation>
    </message>
    <message>
        <source>Registration date</source>
        <translation>Date d’immatriculation</translation>
    </message>
    <message>
        <source>Battery capacity</source>
        <translation>Capacité de la batterie</translation>
    </message>
    <message>
        <source>Provincial incentive</source>
        <translation>Incitatif provincial</translation>
    </message>
    <message>
        <source>The manufacturer&apos;s suggested retail price of this version, not the negotiated price: Québec&apos;s and Manitoba&apos;s limits test it.</source>
        <translation>Le prix de détail suggéré par le fabricant (PDSF) de cette version, et non le prix négocié&#xa0;: c’est lui que testent les limites du Québec et du Manitoba.</translation>
    </message>
    <message>
        <source>The manufacturer&apos;s option groups and add-ons to the powertrain or battery: Québec adds them to the MSRP since November 10, 2025. Enter 0 if there are none.</source>
        <translation>Les groupes d’options du fabricant et les ajouts à la motorisation ou à la batterie&#xa0;: le Québec les ajoute au PDSF depuis le 10 novembre 2025. Inscrivez 0 s’il n’y en a pas.</translation>
    </message>
    <message>
        <source>Québec pays plug-in hybrids by battery capacity.</source>
        <translation>Le Québec paie les hybrides rechargeables selon la capacité de leur batterie.</translation>
    </message>
    <message>
        <source>The date the vehicle is registered in the buyer&apos;s name: it sets Québec&apos;s amount.</source>
        <translation>La date d’immatriculation du véhicule au nom de l’acheteur&#xa0;: elle fixe le montant du Québec.</translation>
    </message>
    <message>
        <source>The registration date cannot be before the sale date.</source>
        <translation>La date d’immatriculation ne peut pas précéder la date de vente.</translation>
    </message>
    <message>
        <source>The buyer</source>
        <translation>L’acheteur</translation>
    </message>
    <message>
        <source>Enter the VIN</source>
        <translation>Entrer le NIV</translation>
    </message>
    <message>
        <source>Ask the importer: these decide the import duty and whether the vehicle counts against the China EV quota.</source>
        <translation>Demandez à l’importateur&#xa0;: ces renseignements décident des droits de douane et de la place du véhicule dans le contingent de VE chinois.</translation>
    </message>
    <message>
        <source>Finish the date, such as 2026-11-15, then press Tab; Alt+Down opens a calendar.</source>
        <translation>Terminez la date, par exemple 2026-11-15, puis appuyez sur Tab&#xa0;; Alt+Bas ouvre un calendrier.</translation>
    </message>
    <message>
        <source>months</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>term</source>
        <translation>durée</translation>
    </message>
    <message>
        <source>Enter the lease term in months: the rebate depends on it.</source>
        <translation>Entrez la durée de la location en mois&#xa0;: la remise en dépend.</translation>
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
        <source>not given</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <source>{country} (from the model)</source>
        <translation>{country} (d’après le modèle)</translation>
    </message>
    <message>
        <source>{countries} (not known: the VIN tells which)</source>
        <translation>{countries} (inconnu&#xa0;: le NIV indique lequel)</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
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
        <source>Price before taxes</source>
        <translation>Prix avant taxes</translation>
    </message>
    <message>
        <source>Final transaction value</source>
        <translation>Valeur finale de la transaction</translation>
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
        <source>EV purchase summary</source>
        <translation>Résumé de l’achat d’un VE</translation>
    </message>
    <message>
        <source>The federal EV rebate (EVAP) and the import, in plain words</source>
        <translation>La remise fédérale pour VE (EVAP) et l’importation, en mots simples</translation>
    </message>
    <message>
        <source>Prepared on {date}</source>
        <translation>Préparé le {date}</translation>
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
        <source>Dealer: signature and date</source>
        <translation>Concessionnaire&#xa0;: signature et date</translation>
    </message>
    <message>
        <source>Customer: signature and date</source>
        <translation>Client&#xa0;: signature et date</translation>
    </message>
    <message>
        <source>EV statement</source>
        <translation>Relevé VE</translation>
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
    <message>
        <source>In all: {total}</source>
        <translation>Au total&#xa0;: {total}</translation>
    </message>
    <message>
        <source>Incentives</source>
        <translation>Incitatifs</translation>
    </message>
    <message>
        <source>GST/HST number: {number}</source>
        <translation>Numéro de TPS/TVH&#xa0;: {number}</translation>
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
        <source>counted</source>
        <translation>compté</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>non compté</translation>
    </message>
    <message>
        <source>The price, before taxes</source>
        <translation>Le prix, avant taxes</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>Prepared on {date}, reprinted on {today}</source>
        <translation>Préparé le {date}, réimprimé le {today}</translation>
    </message>
    <message>
        <source>This statement does not guarantee eligibility.</source>
        <translation>Ce relevé ne garantit pas l’admissibilité.</translation>
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
    <message>
        <source>Type to search: “equinox lt”</source>
        <translation>Tapez pour chercher&#xa0;: «&#xa0;equinox lt&#xa0;»</translation>
    </message>
    <message>
        <source>No listed vehicle matches “{text}” for this VIN: it may not be on Transport Canada&apos;s list. Type its make and model below.</source>
        <translation>Aucun véhicule de la liste ne correspond à «&#xa0;{text}&#xa0;» pour ce NIV&#xa0;: il n’est peut-être pas sur la liste de Transports Canada. Tapez sa marque et son modèle ci-dessous.</translation>
    </message>
    <message>
        <source>No listed vehicle matches “{text}”: it is not on Transport Canada&apos;s list (it may still qualify). Type its make and model below.</source>
        <translation>Aucun véhicule de la liste ne correspond à «&#xa0;{text}&#xa0;»&#xa0;: il n’est pas sur la liste de Transports Canada (il peut quand même être admissible). Tapez sa marque et son modèle ci-dessous.</translation>
    </message>
    <message>
        <source>No listed vehicle is made by {maker} (from the VIN): it is not on Transport Canada&apos;s list.</source>
        <translation>Aucun véhicule de la liste n’est fabriqué par {maker} (selon le NIV)&#xa0;: il n’est pas sur la liste de Transports Canada.</translation>
    </message>
    <message>
        <source>Suggestions for {vehicle}, from the VIN: type, or press Down to see them.</source>
        <translation>Suggestions pour {vehicle}, selon le NIV&#xa0;: tapez, ou appuyez sur Bas pour les voir.</translation>
    </message>
</context>
<context>
    <name>VinField</name>
    <message>
        <source>The VIN is empty.</source>
        <translation>Le NIV est vide.</translation>
    </message>
    <message>
        <source>A VIN never contains the letters I, O or Q (found “{ch}” at position {position}).</source>
        <translation>Un NIV ne contient jamais les lettres I, O ou Q («&#xa0;{ch}&#xa0;» trouvé à la position {position}).</translation>
    </message>
    <message>
        <source>A VIN has only letters and digits (found a space at position {position}).</source>
        <translation>Un NIV n’a que des lettres et des chiffres (une espace trouvée à la position {position}).</translation>
    </message>
    <message>
        <source>A VIN has only letters and digits (found “{ch}” at position {position}).</source>
        <translation>Un NIV n’a que des lettres et des chiffres («&#xa0;{ch}&#xa0;» trouvé à la position {position}).</translation>
    </message>
    <message>
        <source>A VIN has only letters and digits (found the invisible character {codepoint} at position {position}).</source>
        <translation>Un NIV n’a que des lettres et des chiffres (caractère invisible {codepoint} trouvé à la position {position}).</translation>
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
    <name>parts</name>
    <message>
        <source>the price after discounts</source>
        <translation>le prix après rabais</translation>
    </message>
    <message>
        <source>options</source>
        <translation>les options</translation>
    </message>
    <message>
        <source>accessories</source>
        <translation>les accessoires</translation>
    </message>
    <message>
        <source>dealer fees</source>
        <translation>les frais du concessionnaire</translation>
    </message>
    <message>
        <source>freight and PDI</source>
        <translation>le transport et la préparation (PDI)</translation>
    </message>
    <message>
        <source>an extended warranty</source>
        <translation>une garantie prolongée</translation>
    </message>
    <message>
        <source>one set of winter tires</source>
        <translation>un jeu de pneus d’hiver</translation>
    </message>
    <message>
        <source>a Level 2 charger</source>
        <translation>une borne de recharge de niveau 2</translation>
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
        <translation>Pays d’assemblage final non indiqué&#xa0;: seuls comptent les véhicules assemblés {origin:in}.</translation>
    </message>
    <message>
        <source>Assembled in {country}, not in {origin}: the China EV quota does not apply.</source>
        <translation>Assemblé {country:in}, et non {origin:in}&#xa0;: le contingent de VE chinois ne s’applique pas.</translation>
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
        <source>A {powertrain}: the quota never covers it, wherever it was assembled.</source>
        <translation>Un {powertrain}&#xa0;: le contingent ne le vise jamais, quel que soit le pays d’assemblage.</translation>
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
        <source>Quota year {number} has no low-price reserve: the reserve begins on {start}.</source>
        <translation>L’année contingentaire {number} n’a pas de réserve à bas prix&#xa0;: la réserve commence le {start}.</translation>
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
        <translation>Assemblé {country:in}&#xa0;: fabriqué au Canada, même si la marque vient {brand:from}.</translation>
    </message>
    <message>
        <source>Assembled in {country}: Canadian-made.</source>
        <translation>Assemblé {country:in}&#xa0;: fabriqué au Canada.</translation>
    </message>
    <message>
        <source>Assembled in {country}, a free trade partner of Canada ({agreement}).</source>
        <translation>Assemblé {country:in}, pays partenaire de libre-échange du Canada ({agreement}).</translation>
    </message>
    <message>
        <source>Assembled in {country}: Chinese-made vehicles do not qualify, whether or not they entered within the import quota.</source>
        <translation>Assemblé {country:in}&#xa0;: les véhicules fabriqués en Chine ne sont pas admissibles, qu’ils soient entrés dans le contingent d’importation ou non.</translation>
    </message>
    <message>
        <source>Assembled in {country}, which has no free trade agreement with Canada: only vehicles assembled in Canada or a free trade partner qualify.</source>
        <translation>Assemblé {country:in}, pays sans accord de libre-échange avec le Canada&#xa0;: seuls les véhicules assemblés au Canada ou chez un partenaire de libre-échange sont admissibles.</translation>
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
        <source>Final transaction value {ftv}: price, options, accessories, dealer fees, and freight and PDI (as chosen). Not counted: {excluded} (warranty, winter tires, charger).</source>
        <translation>Valeur finale de la transaction de {ftv}&#xa0;: prix, options, accessoires, frais du concessionnaire, et transport et préparation (PDI) (comme choisi). Non compté&#xa0;: {excluded} (garantie, pneus d’hiver, borne de recharge).</translation>
    </message>
    <message>
        <source>Final transaction value {ftv}: price, options, accessories and dealer fees. Not counted: {excluded} (freight and PDI, warranty, winter tires, charger).</source>
        <translation>Valeur finale de la transaction de {ftv}&#xa0;: prix, options, accessoires et frais du concessionnaire. Non compté&#xa0;: {excluded} (transport et préparation (PDI), garantie, pneus d’hiver, borne de recharge).</translation>
    </message>
    <message>
        <source>Final transaction value {ftv}: {counted}. Not counted: {excluded} ({not_counted}).</source>
        <translation>Valeur finale de la transaction de {ftv}&#xa0;: {counted}. Non compté&#xa0;: {excluded} ({not_counted}).</translation>
    </message>
    <message>
        <source>Final transaction value {ftv}: {counted}, with freight and PDI (as chosen). Not counted: {excluded} ({not_counted}).</source>
        <translation>Valeur finale de la transaction de {ftv}&#xa0;: {counted}, avec le transport et la préparation (PDI) (comme choisi). Non compté&#xa0;: {excluded} ({not_counted}).</translation>
    </message>
    <message>
        <source>Final transaction value {ftv}: {counted}, with freight and PDI (as chosen).</source>
        <translation>Valeur finale de la transaction de {ftv}&#xa0;: {counted}, avec le transport et la préparation (PDI) (comme choisi).</translation>
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
        <source>Assembled in China: the surtax depends on the powertrain, which is not given.</source>
        <translation>Assemblé en Chine&#xa0;: la surtaxe dépend de la motorisation, qui n’est pas indiquée.</translation>
    </message>
    <message>
        <source>Assembled in China and entered before the China surtax began on {start}: the MFN duty of {mfn}.</source>
        <translation>Assemblé en Chine et entré avant le début de la surtaxe sur la Chine, le {start}&#xa0;: droit NPF de {mfn}.</translation>
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
        <translation>Assemblé {country:in}, pays sans accord de libre-échange avec le Canada&#xa0;: droit NPF de {mfn}.</translation>
    </message>
    <message>
        <source>Assembled in {country} and meeting the {agreement} rules of origin: {rate} duty.</source>
        <translation>Assemblé {country:in} et conforme aux règles d’origine de l’accord {agreement}&#xa0;: droit de {rate}.</translation>
    </message>
    <message>
        <source>Assembled in {country} but not meeting the {agreement} rules of origin: the MFN duty of {mfn}.</source>
        <translation>Assemblé {country:in}, mais non conforme aux règles d’origine de l’accord {agreement}&#xa0;: droit NPF de {mfn}.</translation>
    </message>
    <message>
        <source>Assembled in {country}: {rate} if it meets the {agreement} rules of origin, the MFN {mfn} if not.</source>
        <translation>Assemblé {country:in}&#xa0;: {rate} s’il respecte les règles d’origine de l’accord {agreement}, sinon le taux NPF de {mfn}.</translation>
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
        <translation>Assemblage final tiré du NIV&#xa0;: son code de constructeur {wmi} correspond à une usine située {country:in}.</translation>
    </message>
    <message>
        <source>The VIN points to assembly in {vin_country}, but {country} was entered. The rules use {country}; check the vehicle&apos;s compliance label.</source>
        <translation>Le NIV indique un assemblage {vin_country:in}, mais c’est un assemblage {country:in} qui a été entré. Les règles retiennent l’assemblage {country:in}; vérifiez l’étiquette de conformité du véhicule.</translation>
    </message>
    <message>
        <source>Listed by Transport Canada as Canadian-made: {year} {make} {model} {trim}, {powertrain}.</source>
        <translation>Inscrit par Transports Canada comme fabriqué au Canada&#xa0;: {year} {make} {model} {trim}, {powertrain}.</translation>
    </message>
    <message>
        <source>Listed by Transport Canada: {year} {make} {model} {trim}, {powertrain}.</source>
        <translation>Inscrit par Transports Canada&#xa0;: {year} {make} {model} {trim}, {powertrain}.</translation>
    </message>
    <message>
        <source>Transport Canada lists this trim as {listed}, but {entered} was entered. The rules use {entered}.</source>
        <translation>Transports Canada inscrit cette version comme {listed}, mais {entered} a été entré. Les règles utilisent {entered}.</translation>
    </message>
    <message>
        <source>Transport Canada lists this trim as Canadian-made, but assembly in {country} was entered. The rules use the unit&apos;s own assembly country.</source>
        <translation>Transports Canada inscrit cette version comme fabriquée au Canada, mais c’est un assemblage {country:in} qui a été entré. Les règles utilisent le pays d’assemblage du véhicule lui-même.</translation>
    </message>
    <message>
        <source>Transport Canada does not list this trim as Canadian-made, but assembly in {country} was entered, which lifts the price cap. The rules use the unit&apos;s own assembly country: check its compliance label.</source>
        <translation>Transports Canada n’inscrit pas cette version comme fabriquée au Canada, mais c’est un assemblage {country:in} qui a été entré, ce qui lève le plafond de prix. Les règles utilisent le pays d’assemblage du véhicule lui-même&#xa0;: vérifiez son étiquette de conformité.</translation>
    </message>
    <message>
        <source>This vehicle is not on Transport Canada&apos;s list of {published}. An unlisted vehicle that meets the criteria may still qualify: the dealer&apos;s portal gives the final word.</source>
        <translation>Ce véhicule n’est pas sur la liste de Transports Canada du {published}. Un véhicule non inscrit qui respecte les critères peut quand même être admissible&#xa0;: le portail des concessionnaires a le dernier mot.</translation>
    </message>
    <message>
        <source>Not checked against Transport Canada&apos;s list: pick the model year, make, model and trim to confirm the powertrain and whether it is Canadian-made.</source>
        <translation>Non vérifié dans la liste de Transports Canada&#xa0;: choisissez l’année modèle, la marque, le modèle et la version pour confirmer la motorisation et s’il est fabriqué au Canada.</translation>
    </message>
    <message>
        <source>How the program pays a lease is not in the policy data.</source>
        <translation>La façon dont le programme paie une location ne figure pas dans les données de la politique.</translation>
    </message>
    <message>
        <source>A lease of {term} months: the amount for a lease is not in the policy data (it can be less than a purchase&apos;s).</source>
        <translation>Une location de {term} mois&#xa0;: le montant pour une location ne figure pas dans les données de la politique (il peut être inférieur à celui d’un achat).</translation>
    </message>
    <message>
        <source>A lease of {term} months gets the full amount ({minimum} months or more).</source>
        <translation>Une location de {term} mois donne droit au montant complet ({minimum} mois ou plus).</translation>
    </message>
    <message>
        <source>A lease of {term} months gets nothing: leases must run {minimum} months or more.</source>
        <translation>Une location de {term} mois ne donne droit à rien&#xa0;: la location doit durer {minimum} mois ou plus.</translation>
    </message>
    <message>
        <source>A lease of {term} months gets nothing: the shortest lease paid is {shortest} months.</source>
        <translation>Une location de {term} mois ne donne droit à rien&#xa0;: la plus courte location payée est de {shortest} mois.</translation>
    </message>
    <message>
        <source>A lease of {term} months is in the {start}-month tier: {share} of the purchase amount.</source>
        <translation>Une location de {term} mois est dans la tranche de {start} mois&#xa0;: {share} du montant à l’achat.</translation>
    </message>
    <message>
        <source>A lease of {term} months gets the full amount ({full} months or more).</source>
        <translation>Une location de {term} mois donne droit au montant complet ({full} mois ou plus).</translation>
    </message>
    <message>
        <source>A lease of {term} months would get {term}/{full} of the amount ({share}), but the shortest lease the program pays was not found.</source>
        <translation>Une location de {term} mois donnerait droit à {term}/{full} du montant ({share}), mais la plus courte location que le programme paie n’a pas été trouvée.</translation>
    </message>
    <message>
        <source>A lease of {term} months gets {term}/{full} of the amount ({share}).</source>
        <translation>Une location de {term} mois donne droit à {term}/{full} du montant ({share}).</translation>
    </message>
    <message>
        <source>The program&apos;s amounts are not in the policy data for {date}.</source>
        <translation>Les montants du programme ne figurent pas dans les données de la politique pour le {date}.</translation>
    </message>
    <message>
        <source>Powertrain not given: the amount depends on it.</source>
        <translation>Motorisation non indiquée&#xa0;: le montant en dépend.</translation>
    </message>
    <message>
        <source>The amounts for a {condition} vehicle are not in the policy data.</source>
        <translation>Les montants pour un véhicule {condition} ne figurent pas dans les données de la politique.</translation>
    </message>
    <message>
        <source>A {condition} {powertrain} is not among the vehicles the program pays for.</source>
        <translation>Un {powertrain} {condition} ne fait pas partie des véhicules que le programme paie.</translation>
    </message>
    <message>
        <source>The program pays for a {condition} {powertrain}, but the amount is not in the policy data.</source>
        <translation>Le programme paie un {powertrain} {condition}, mais le montant ne figure pas dans les données de la politique.</translation>
    </message>
    <message>
        <source>The amount for a {condition} {powertrain} on {date} is {amount}.</source>
        <translation>Le montant pour un {powertrain} {condition} le {date} est de {amount}.</translation>
    </message>
    <message>
        <source>Battery capacity not given: a {powertrain}&apos;s amount depends on it ({tiers}).</source>
        <translation>Capacité de la batterie non indiquée&#xa0;: le montant d’un {powertrain} en dépend ({tiers}).</translation>
    </message>
    <message>
        <source>A battery of {kwh} is under the smallest the program pays for ({low}): nothing is paid ({tiers}).</source>
        <translation>Une batterie de {kwh} est sous le minimum que le programme paie ({low})&#xa0;: rien n’est payé ({tiers}).</translation>
    </message>
    <message>
        <source>A battery of {kwh} is in none of the program&apos;s tiers ({tiers}).</source>
        <translation>Une batterie de {kwh} n’est dans aucune des tranches du programme ({tiers}).</translation>
    </message>
    <message>
        <source>A battery of {kwh} falls in the {tier} tier, whose amount is not in the policy data.</source>
        <translation>Une batterie de {kwh} est dans la tranche {tier}, dont le montant ne figure pas dans les données de la politique.</translation>
    </message>
    <message>
        <source>A {powertrain} with a battery of {kwh} falls in the {tier} tier: {amount} on {date}.</source>
        <translation>Un {powertrain} dont la batterie est de {kwh} est dans la tranche {tier}&#xa0;: {amount} le {date}.</translation>
    </message>
    <message>
        <source>Which vehicles it pays for, new or used, is not in the policy data for {date}.</source>
        <translation>Les véhicules qu’il paie, neufs ou d’occasion, ne figurent pas dans les données de la politique pour le {date}.</translation>
    </message>
    <message>
        <source>A new vehicle: the program pays for new vehicles.</source>
        <translation>Un véhicule neuf&#xa0;: le programme paie les véhicules neufs.</translation>
    </message>
    <message>
        <source>A new vehicle: the program does not pay for new vehicles.</source>
        <translation>Un véhicule neuf&#xa0;: le programme ne paie pas les véhicules neufs.</translation>
    </message>
    <message>
        <source>Whether the program pays for new vehicles is not known.</source>
        <translation>On ne sait pas si le programme paie les véhicules neufs.</translation>
    </message>
    <message>
        <source>A used vehicle: the program pays for used vehicles too.</source>
        <translation>Un véhicule d’occasion&#xa0;: le programme paie aussi les véhicules d’occasion.</translation>
    </message>
    <message>
        <source>A used vehicle: the program pays for new vehicles only.</source>
        <translation>Un véhicule d’occasion&#xa0;: le programme ne paie que les véhicules neufs.</translation>
    </message>
    <message>
        <source>Whether the program pays for used vehicles is not known: the sources give no used-vehicle rules.</source>
        <translation>On ne sait pas si le programme paie les véhicules d’occasion&#xa0;: les sources ne donnent aucune règle pour eux.</translation>
    </message>
    <message>
        <source>A demonstrator: the program counts it as new.</source>
        <translation>Un véhicule de démonstration&#xa0;: le programme le compte comme neuf.</translation>
    </message>
    <message>
        <source>A demonstrator: the program does not count it as new.</source>
        <translation>Un véhicule de démonstration&#xa0;: le programme ne le compte pas comme neuf.</translation>
    </message>
    <message>
        <source>A demonstrator: whether the program counts it as new is not known. What follows is what it would get as a new vehicle.</source>
        <translation>Un véhicule de démonstration&#xa0;: on ne sait pas si le programme le compte comme neuf. Ce qui suit est ce qu’il obtiendrait comme véhicule neuf.</translation>
    </message>
    <message>
        <source>The program&apos;s price limits are not in the policy data for {date}.</source>
        <translation>Les limites de prix du programme ne figurent pas dans les données de la politique pour le {date}.</translation>
    </message>
    <message>
        <source>No price limit for a {condition} vehicle was found in the program&apos;s sources.</source>
        <translation>Aucune limite de prix pour un véhicule {condition} n’a été trouvée dans les sources du programme.</translation>
    </message>
    <message>
        <source>The price limit for a {condition} vehicle is not in the policy data.</source>
        <translation>La limite de prix pour un véhicule {condition} ne figure pas dans les données de la politique.</translation>
    </message>
    <message>
        <source>{price_kind} is at least {price}, over the {cap} limit by {over} or more.</source>
        <translation>{price_kind} est d’au moins {price}, au-dessus de la limite de {cap} d’au moins {over}.</translation>
    </message>
    <message>
        <source>{price_kind}: not given. The limit is {cap}.</source>
        <translation>{price_kind}&#xa0;: non indiqué. La limite est de {cap}.</translation>
    </message>
    <message>
        <source>{price_kind}, {price}, is under the {cap} limit ({margin} to spare).</source>
        <translation>{price_kind}, {price}, est sous la limite de {cap} (marge de {margin}).</translation>
    </message>
    <message>
        <source>{price_kind}, {price}, is exactly at the {cap} limit, which qualifies (at most {cap}).</source>
        <translation>{price_kind}, {price}, est exactement à la limite de {cap}, ce qui est admissible (au plus {cap}).</translation>
    </message>
    <message>
        <source>{price_kind}, {price}, is exactly at the {cap} limit: it must be less than {cap}.</source>
        <translation>{price_kind}, {price}, est exactement à la limite de {cap}&#xa0;: il doit être inférieur à {cap}.</translation>
    </message>
    <message>
        <source>{price_kind}, {price}, is exactly at the {cap} limit: the sources do not settle whether a price at the limit qualifies.</source>
        <translation>{price_kind}, {price}, est exactement à la limite de {cap}&#xa0;: les sources ne disent pas clairement si un prix égal à la limite est admissible.</translation>
    </message>
    <message>
        <source>{price_kind}, {price}, is {over} over the {cap} limit.</source>
        <translation>{price_kind}, {price}, dépasse la limite de {cap} de {over}.</translation>
    </message>
    <message>
        <source>Registration date not given: taken as the sale date, {date}. The date the vehicle is registered in the buyer&apos;s name sets this program&apos;s amount, not the order or sale date.</source>
        <translation>Date d’immatriculation non indiquée&#xa0;: la date de vente, {date}, est utilisée. C’est la date d’immatriculation du véhicule au nom de l’acheteur qui fixe le montant de ce programme, et non la date de la commande ou de la vente.</translation>
    </message>
    <message>
        <source>Registered on {date}: the registration date in the buyer&apos;s name sets this program&apos;s amount, not the order or sale date.</source>
        <translation>Immatriculé le {date}&#xa0;: la date d’immatriculation au nom de l’acheteur fixe le montant de ce programme, et non la date de la commande ou de la vente.</translation>
    </message>
    <message>
        <source>In force on {date}.</source>
        <translation>En vigueur le {date}.</translation>
    </message>
    <message>
        <source>Not in force on {date}.</source>
        <translation>Pas en vigueur le {date}.</translation>
    </message>
    <message>
        <source>Ended: its last day was {last_day}, so nothing is paid for {date}.</source>
        <translation>Terminé&#xa0;: son dernier jour était le {last_day}, donc rien n’est payé pour le {date}.</translation>
    </message>
    <message>
        <source>Not known for {date}: the policy data has this program&apos;s rules only from {start}.</source>
        <translation>Inconnu pour le {date}&#xa0;: les données de la politique n’ont les règles de ce programme qu’à partir du {start}.</translation>
    </message>
    <message>
        <source>Not checked against {list}: that list is not in the policy data.</source>
        <translation>Non vérifié dans {list}&#xa0;: cette liste ne figure pas dans les données de la politique.</translation>
    </message>
    <message>
        <source>Check that the vehicle (its model year and version) is on {list}: the amount is paid only for vehicles on it.</source>
        <translation>Vérifiez que le véhicule (son année modèle et sa version) figure sur {list}&#xa0;: le montant n’est payé que pour les véhicules qui y figurent.</translation>
    </message>
    <message>
        <source>{reminder}</source>
        <translation>{reminder}</translation>
    </message>
    <message>
        <source>Low confidence: this answer rests on a value the sources do not confirm for {date}. Check with the province before promising it.</source>
        <translation>Fiabilité faible&#xa0;: cette réponse repose sur une valeur que les sources ne confirment pas pour le {date}. Vérifiez auprès de la province avant de la promettre.</translation>
    </message>
    <message>
        <source>The option groups ({options}) are not added to the MSRP for {date}: only the version&apos;s MSRP is tested.</source>
        <translation>Les groupes d’options ({options}) ne sont pas ajoutés au PDSF pour le {date}&#xa0;: seul le PDSF de la version est testé.</translation>
    </message>
    <message>
        <source>Exception: since {since}, the manufacturer&apos;s option groups and add-ons to the powertrain or battery count as part of the MSRP, and they were not given (enter 0 if there are none).</source>
        <translation>Exception&#xa0;: depuis le {since}, les groupes d’options du fabricant et les ajouts à la motorisation ou à la batterie comptent dans le PDSF, et ils n’ont pas été indiqués (inscrivez 0 s’il n’y en a pas).</translation>
    </message>
    <message>
        <source>With option groups of less than {room} (or none), the MSRP stays under the {cap} limit.</source>
        <translation>Avec des groupes d’options de moins de {room} (ou aucun), le PDSF reste sous la limite de {cap}.</translation>
    </message>
    <message>
        <source>Exception: since {since}, the option groups ({options}) count as part of the MSRP.</source>
        <translation>Exception&#xa0;: depuis le {since}, les groupes d’options ({options}) comptent dans le PDSF.</translation>
    </message>
    <message>
        <source>Exception: since {since}, the manufacturer&apos;s option groups count as part of the MSRP: {msrp} + {options} = {total}.</source>
        <translation>Exception&#xa0;: depuis le {since}, les groupes d’options du fabricant comptent dans le PDSF&#xa0;: {msrp} + {options} = {total}.</translation>
    </message>
    <message>
        <source>Without the option groups ({options}), the version&apos;s MSRP of {msrp} would be under the {cap} limit.</source>
        <translation>Sans les groupes d’options ({options}), le PDSF de la version, {msrp}, serait sous la limite de {cap}.</translation>
    </message>
    <message>
        <source>Exception: the program was suspended from {start} to {last_day} (it resumed on {resumed}), so nothing is paid for {date}.</source>
        <translation>Exception&#xa0;: le programme a été suspendu du {start} au {last_day} (il a repris le {resumed}), donc rien n’est payé pour le {date}.</translation>
    </message>
    <message>
        <source>In force on {date}, but its amounts and conditions are not in the policy data.</source>
        <translation>En vigueur le {date}, mais ses montants et ses conditions ne figurent pas dans les données de la politique.</translation>
    </message>
    <message>
        <source>Province of registration not given: no provincial incentive is checked, and the total counts the federal rebate only.</source>
        <translation>Province d’immatriculation non indiquée&#xa0;: aucun incitatif provincial n’est vérifié, et le total ne compte que la remise fédérale.</translation>
    </message>
    <message>
        <source>The policy data has nothing on {province}: its incentives are not known.</source>
        <translation>Rien dans les données de la politique pour cette province ou ce territoire ({province})&#xa0;: ses incitatifs sont inconnus.</translation>
    </message>
    <message>
        <source>No other provincial EV purchase incentive in {province} on {date}.</source>
        <translation>Aucun autre incitatif provincial à l’achat d’un VE le {date} ({province}).</translation>
    </message>
    <message>
        <source>No provincial EV purchase incentive in {province} on {date}.</source>
        <translation>Aucun incitatif provincial à l’achat d’un VE le {date} ({province}).</translation>
    </message>
    <message>
        <source>Whether {province} had an EV purchase incentive on {date} is not in the policy data.</source>
        <translation>Les données de la politique ne disent pas s’il y avait un incitatif à l’achat d’un VE le {date} ({province}).</translation>
    </message>
    <message>
        <source>{fee}, every {months} months: {amounts}. Information only: it is not taken off any incentive.</source>
        <translation>{fee}, tous les {months} mois&#xa0;: {amounts}. Pour information seulement&#xa0;: elle n’est déduite d’aucun incitatif.</translation>
    </message>
    <message>
        <source>{fee} applies to a {powertrain}, every {months} months; its amount is not confirmed. Information only: it is not taken off any incentive.</source>
        <translation>{fee}&#xa0;: s’applique à un {powertrain}, tous les {months} mois; son montant n’est pas confirmé. Pour information seulement&#xa0;: elle n’est déduite d’aucun incitatif.</translation>
    </message>
    <message>
        <source>{fee}: {amount} every {months} months for a {powertrain}. Information only: it is not taken off any incentive.</source>
        <translation>{fee}&#xa0;: {amount} tous les {months} mois pour un {powertrain}. Pour information seulement&#xa0;: elle n’est déduite d’aucun incitatif.</translation>
    </message>
    <message>
        <source>Whether {program} and the federal EVAP rebate can be combined is not confirmed: the total adds both, if both apply.</source>
        <translation>Le cumul de «&#xa0;{program}&#xa0;» et de la remise fédérale EVAP n’est pas confirmé&#xa0;: le total additionne les deux, si les deux s’appliquent.</translation>
    </message>
    <message>
        <source>Final assembly not given, and no source was found for where the {year} {make} {model} is assembled: enter the country from the VIN or the vehicle&apos;s compliance label.</source>
        <translation>Assemblage final non indiqué, et aucune source trouvée sur le lieu d’assemblage du {year} {make} {model}&#xa0;: entrez le pays d’après le NIV ou l’étiquette de conformité du véhicule.</translation>
    </message>
    <message>
        <source>Final assembly taken from the model: the {year} {make} {model} is assembled in {country}. Change it if the VIN or the compliance label says otherwise.</source>
        <translation>Assemblage final tiré du modèle&#xa0;: le {year} {make} {model} est assemblé {country:in}. Modifiez-le si le NIV ou l’étiquette de conformité indique autre chose.</translation>
    </message>
    <message>
        <source>The {year} {make} {model} is assembled in more than one country ({countries}): the answer is given for each. The VIN or the compliance label tells which.</source>
        <translation>Le {year} {make} {model} est assemblé dans plus d’un pays ({countries})&#xa0;: la réponse est donnée pour chacun. Le NIV ou l’étiquette de conformité indique lequel.</translation>
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
    <message>
        <source>new</source>
        <translation>neuf</translation>
    </message>
    <message>
        <source>used</source>
        <translation>d’occasion</translation>
    </message>
    <message>
        <source>The MSRP</source>
        <translation>Le PDSF</translation>
    </message>
    <message>
        <source>The MSRP with the option groups</source>
        <translation>Le PDSF avec les groupes d’options</translation>
    </message>
    <message>
        <source>The final transaction value</source>
        <translation>La valeur finale de la transaction</translation>
    </message>
</context>
<context>
    <name>updates</name>
    <message>
        <source>{address} is not an update address: use https://…, a folder, or http://127.0.0.1 for tests.</source>
        <translation>{address} n’est pas une adresse de mise à jour&#xa0;: utilisez https://…, un dossier, ou http://127.0.0.1 pour les essais.</translation>
    </message>
    <message>
        <source>Refused: {file} grew past its signed or maximum size and was stopped ({detail}).</source>
        <translation>Refusé&#xa0;: {file} a dépassé sa taille signée ou maximale et a été interrompu ({detail}).</translation>
    </message>
    <message>
        <source>Offline: {host} cannot be reached ({problem}). Nothing changed.</source>
        <translation>Hors ligne&#xa0;: {host} est injoignable ({problem}). Rien n’a changé.</translation>
    </message>
    <message>
        <source>The server at {host} is too slow to answer; nothing changed.</source>
        <translation>Le serveur {host} tarde trop à répondre; rien n’a changé.</translation>
    </message>
    <message>
        <source>{source} holds no signed policy repository ({file} is missing).</source>
        <translation>{source} ne contient pas de dépôt de règles signé ({file} manque).</translation>
    </message>
    <message>
        <source>{source} answered HTTP {status} for {file}: is it a policy repository?</source>
        <translation>{source} a répondu HTTP {status} pour {file}&#xa0;: est-ce un dépôt de règles?</translation>
    </message>
    <message>
        <source>Refused: not signed by the trusted publisher ({detail}).</source>
        <translation>Refusé&#xa0;: non signé par l’éditeur de confiance ({detail}).</translation>
    </message>
    <message>
        <source>Refused: the signed metadata has expired ({detail}): a stale copy (freeze attack) or an old bundle.</source>
        <translation>Refusé&#xa0;: les métadonnées signées sont expirées ({detail})&#xa0;: une copie périmée (attaque par gel) ou un ancien paquet.</translation>
    </message>
    <message>
        <source>Refused: signed metadata older than this machine has seen, or from different versions mixed (rollback or mix-and-match: {detail}).</source>
        <translation>Refusé&#xa0;: métadonnées signées plus anciennes que celles déjà vues sur cet ordinateur, ou de versions mélangées (retour en arrière ou mélange&#xa0;: {detail}).</translation>
    </message>
    <message>
        <source>Refused: {file} does not match its signed length and hash (tampered).</source>
        <translation>Refusé&#xa0;: {file} ne correspond pas à sa longueur et à son empreinte signées (altéré).</translation>
    </message>
    <message>
        <source>Refused by signature verification: {detail}.</source>
        <translation>Refusé par la vérification des signatures&#xa0;: {detail}.</translation>
    </message>
    <message>
        <source>Another evdesk is updating the policy right now; try again in a moment.</source>
        <translation>Un autre evdesk met les règles à jour en ce moment; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Refused: policy {version} is older than policy {newest} already accepted (rollback).</source>
        <translation>Refusé&#xa0;: les règles {version} sont plus anciennes que les règles {newest} déjà acceptées (retour en arrière).</translation>
    </message>
    <message>
        <source>Refused: policy {version} is already accepted with different content (the publisher must give it a new version).</source>
        <translation>Refusé&#xa0;: les règles {version} sont déjà acceptées avec un autre contenu (l’éditeur doit leur donner une nouvelle version).</translation>
    </message>
    <message>
        <source>The trusted root {file} is not valid root metadata ({problem}).</source>
        <translation>La racine de confiance {file} n’est pas une métadonnée racine valide ({problem}).</translation>
    </message>
    <message>
        <source>Refused: the signed repository carries no policy file.</source>
        <translation>Refusé&#xa0;: le dépôt signé ne contient aucun fichier de règles.</translation>
    </message>
    <message>
        <source>Refused: the policy names {file}, which the signed repository does not carry.</source>
        <translation>Refusé&#xa0;: les règles mentionnent {file}, que le dépôt signé ne contient pas.</translation>
    </message>
    <message>
        <source>Refused: the signed policy does not load ({problem}).</source>
        <translation>Refusé&#xa0;: les règles signées ne se chargent pas ({problem}).</translation>
    </message>
    <message>
        <source>Policy {version} from {source} is already installed: nothing newer.</source>
        <translation>Les règles {version} de {source} sont déjà installées&#xa0;: rien de plus récent.</translation>
    </message>
    <message>
        <source>The policy could not be kept ({problem}); the policy in use stays.</source>
        <translation>Les règles n’ont pas pu être conservées ({problem}); les règles en vigueur restent.</translation>
    </message>
    <message>
        <source>Installed policy {version} (published {published}), signed, from {source}.</source>
        <translation>Règles {version} installées (publiées le {published}), signées, de {source}.</translation>
    </message>
    <message>
        <source>No update address is set: set the publisher&apos;s address in the update settings, or use --from.</source>
        <translation>Aucune adresse de mise à jour&#xa0;: indiquez l’adresse de l’éditeur dans les paramètres des mises à jour, ou utilisez --from.</translation>
    </message>
    <message>
        <source>Refused: {file} is not a policy update bundle ({problem}).</source>
        <translation>Refusé&#xa0;: {file} n’est pas un paquet de mise à jour des règles ({problem}).</translation>
    </message>
    <message>
        <source>signed, installed from {source} on {installed}</source>
        <translation>signées, installées de {source} le {installed}</translation>
    </message>
    <message>
        <source>vehicle list imported locally on {installed}, unsigned</source>
        <translation>liste des véhicules importée localement le {installed}, non signée</translation>
    </message>
    <message>
        <source>unsigned, loaded from {file}</source>
        <translation>non signées, chargées de {file}</translation>
    </message>
    <message>
        <source>bundled with {app}</source>
        <translation>fournies avec {app}</translation>
    </message>
    <message>
        <source>This answer uses the policy published on {published}, whose signed validity ended on {expires}: check for updates.</source>
        <translation>Cette réponse repose sur les règles publiées le {published}, dont la validité signée a pris fin le {expires}&#xa0;: vérifiez les mises à jour.</translation>
    </message>
    <message>
        <source>This answer uses the policy published on {published}, more than {days} days ago: check for updates.</source>
        <translation>Cette réponse repose sur les règles publiées le {published}, il y a plus de {days} jours&#xa0;: vérifiez les mises à jour.</translation>
    </message>
    <message>
        <source>The trusted root {file} cannot be read ({problem}).</source>
        <translation>La racine de confiance {file} ne peut pas être lue ({problem}).</translation>
    </message>
    <message>
        <source>No table in the page has the columns Model year, Make, Model, Trim and Fuel type.</source>
        <translation>Aucun tableau de la page n’a les colonnes Model year, Make, Model, Trim et Fuel type.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>The CSV&apos;s first line must name the columns {columns}; it has: {found}.</source>
        <translation>La première ligne du CSV doit nommer les colonnes {columns}; elle contient&#xa0;: {found}.</translation>
    </message>
    <message>
        <source>Line {line}: “{value}” is not yes or no for Canadian-made.</source>
        <translation>Ligne {line}&#xa0;: «&#xa0;{value}&#xa0;» n’est ni oui ni non pour «&#xa0;fabriqué au Canada&#xa0;».</translation>
    </message>
    <message>
        <source>Line {line}: “{value}” is not a model year.</source>
        <translation>Ligne {line}&#xa0;: «&#xa0;{value}&#xa0;» n’est pas une année modèle.</translation>
    </message>
    <message>
        <source>Line {line}: “{value}” is not a fuel type of the list (BEV, PHEV or FCEV).</source>
        <translation>Ligne {line}&#xa0;: «&#xa0;{value}&#xa0;» n’est pas un type de carburant de la liste (BEV, PHEV ou FCEV).</translation>
    </message>
    <message>
        <source>Line {line}: the make and the model must be given.</source>
        <translation>Ligne {line}&#xa0;: la marque et le modèle doivent être indiqués.</translation>
    </message>
    <message>
        <source>{file} cannot be read ({problem}).</source>
        <translation>{file} ne peut pas être lu ({problem}).</translation>
    </message>
    <message>
        <source>The list has no vehicles.</source>
        <translation>La liste ne contient aucun véhicule.</translation>
    </message>
    <message>
        <source>The list has {rows} vehicles, under half of the {current} in the list in use: a page saved while it showed one page of its table? Save the whole table or use the CSV export (or confirm that the list really shrank).</source>
        <translation>La liste contient {rows} véhicules, moins de la moitié des {current} de la liste en vigueur&#xa0;: une page enregistrée alors qu’elle n’affichait qu’une page de son tableau? Enregistrez le tableau entier ou utilisez l’exportation CSV (ou confirmez que la liste a vraiment raccourci).</translation>
    </message>
    <message>
        <source>{vehicle}: fuel type {fuel} is not one the program covers ({fuels}).</source>
        <translation>{vehicle}&#xa0;: le type de carburant {fuel} n’est pas couvert par le programme ({fuels}).</translation>
    </message>
    <message>
        <source>{vehicle}: model year {year} is outside {first}–{last}.</source>
        <translation>{vehicle}&#xa0;: l’année modèle {year} est hors de {first}–{last}.</translation>
    </message>
    <message>
        <source>{vehicle} is listed twice.</source>
        <translation>{vehicle} figure deux fois.</translation>
    </message>
    <message>
        <source>The policy in use cannot be revised here: its {key} is not a one-line key at the top.</source>
        <translation>Les règles en vigueur ne peuvent pas être révisées ici&#xa0;: leur clé {key} n’est pas une clé d’une ligne en tête du fichier.</translation>
    </message>
    <message>
        <source>The list is the same as the one in use: nothing to import.</source>
        <translation>La liste est identique à celle en vigueur&#xa0;: rien à importer.</translation>
    </message>
    <message>
        <source>The new policy version does not load ({problem}).</source>
        <translation>La nouvelle version des règles ne se charge pas ({problem}).</translation>
    </message>
</context>
</TS>
