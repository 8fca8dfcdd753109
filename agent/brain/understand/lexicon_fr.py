"""French cues (normalized text: lower case, no accents: "reçu" -> "recu", "échéancier" ->
"echeancier"; apostrophes kept: "n'avons", "l'avoir", "d'ici").

Negation: "ne ... pas/plus/jamais" is seen by ``normalize.is_negated`` (a "ne"/"n'" before the
cue and "pas"/"plus"/"jamais" after it or before it). Cues that carry their own negation
("jamais recu la facture", "ne paierons pas") are written with it; cues that flip under
negation ("nous avons paye") are written without it.
"""

from __future__ import annotations

from agent.brain.understand.lexicon_common import g

_NE = r"(?:ne |n'|n )"
_WD = r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
# infinitives and nouns of paying
_PAYINF = (r"(?:payer|regler|solder|virer|verser|acquitter|honorer|rembourser|"
           r"(?:proceder|passer) (?:au|a un|a la|a notre) (?:paiement|reglement|virement|versement)|"
           r"(?:effectuer|faire|envoyer|lancer|emettre|executer|passer|valider|realiser|ordonner|"
           r"declencher|programmer) (?:le|un|la|notre|ce|votre|les|nos|l') ?"
           r"(?:paiements?|reglements?|virements?|versements?|cheques?)|"
           r"mettre (?:\S+ )?(?:\S+ )?en paiement|faire le necessaire)")
_PAYNOUN = r"(?:paiements?|reglements?|virements?|versements?|cheques?|prelevements?|fonds|sommes?|montants?)"
_DONE = (r"(?:effectue|fait|envoye|emis|execute|passe|lance|realise|regle|paye|vire|verse|"
         r"solde|traite|ordonne|debite|preleve|initie|honore|acquitte|expedie|poste|"
         r"parti|sorti|credite|encaisse|transfere|rembourse|transmis)(?:e|es|s)?")
_DONE_PAYMENT = r"(?:valide|signe|approuve|autorise)(?:e|es|s)?"
# "le bon de livraison" is a document asked for, not the goods
_GOODS = (r"(?:marchandises?|produits?|articles?|pieces?|commandes?|(?<!bon de )(?<!bons de )livraisons?|colis|"
          r"materiels?|materiaux|machines?|appareils?|equipements?|palettes?|cartons?|"
          r"fournitures?|references?|lots?|unites|envois?|expeditions?)")
_INVOICE = r"(?:factures?|avoirs?|notes? de credit|releves?)"

CUES: dict[str, tuple[str, ...]] = {
    "dispute": (
        # already credited: "vous nous avez déjà adressé un avoir"
        r"deja (?:adresse|emis|envoye|etabli|fait|transmis|accorde|recu)" + g(3) + r"(?:un |l'|votre |cet |d'un )?avoir\b",
        r"(?:n\'etait|n\'est|n\'etaient|ne sont|n\'a jamais ete) (?:pas |jamais )?prevue?s? (?:au|dans le|dans notre|par le) (?:devis|contrat|bon de commande|commande)|hors devis|(?:partie|montant|part|lignes?) non contestee?s?",
        r"(?:n\'avons|n\'ai|n\'a) jamais (?:passe|signe|valide|commande|demande)\b|jamais (?:passe|signe) (?:cette|de|la|une|aucune) (?:commande|bon de commande|devis|contrat)",
        r"(?:fait|faire|font) double emploi|(?:facturee?s?|comptee?s?) (?:deux fois|en double)|doublon",
        # a refusal with its reason ("nous ne paierons pas une facture pour une commande annulee"): the
        # reason follows the refusal's own negation, which must not cancel it
        _NE + r"(?:paierons|payerons|paierai|payerai|reglerons|reglerai|pouvons|pourrons|allons|vais|comptons|"
        r"payons|reglons|paye|regle|accepterons|accepterai|acceptons)\s+(?:\S+\s+)?(?:pas|rien|jamais)" + g(8)
        + r"(?:annulee?s?|defectueu(?:x|se|ses)|abimee?s?|endommagee?s?|cassee?s?|non conformes?|erronee?s?|"
        r"incorrecte?s?|(?:jamais|pas) (?:ete )?(?:recue?s?|livree?s?|commandee?s?|realisee?s?|effectuee?s?)|"
        r"manquante?s?|incomplete?s?|non (?:livree?s?|realisee?s?|effectuee?s?|commandee?s?)|en double|doublon|"
        r"(?:tant que|avant que|avant d'avoir|avant reception|sans)" + g(6) + r"(?:avoir|facture rectificative|"
        r"facture corrigee|remplace\w*|repar\w*|resolu\w*|regle le probleme|rectifi\w*|corrig\w*|livr\w*|complete\w*|"
        r"marchandise|pieces|commande|materiel|complement|reste de la commande))",
        # goods: damaged, defective, not working, not conform
        r"defectueu(?:x|se|ses)|endommage(?:e|es|s)?|abime(?:e|es|s)?|casse(?:e|es|s)?|"
        r"deteriore(?:e|es|s)?|ecrase(?:e|es|s)?|en mauvais etat|hors d'usage|hors service|inutilisables?|"
        r"inexploitables?|non conformes?|pas conformes?|non-conformes?|non-conformite|"
        r"non conformite|(?:ne|n') ?(?:fonctionne|fonctionnent|marche|marchent)(?: toujours)? "
        r"(?:pas|plus)|(?:tombe|tombee|tombees|tombes) en panne|(?:est|sont) en panne|"
        r"(?:de )?mauvaise qualite|vice cache|malfacons?|defauts?",
        r"(?:manque|manquent|manquait|il manque|manquant(?:e|es|s)?)" + g(3) + r"(?:articles?|pieces?|"
        r"produits?|unites|cartons?|colis|palettes?|references?|elements?|marchandises?)|"
        r"(?:articles?|pieces?|produits?|unites|cartons?|colis|palettes?|references?|elements?|"
        r"quantites?) (?:manquant(?:e|es|s)?|en moins)|"
        r"(?:livraison|commande|expedition|envoi|colis) (?:etait |est |a ete )?(?:incomplete?|partielle?|"
        r"erronee?|non conforme)|(?:mauvais(?:e|es)?|erreur de) (?:article|reference|produit|modele|"
        r"quantite|taille|couleur|livraison|marchandise)s?|livraison partielle|"
        r"(?:recu|livre|livres|livree|livrees) (?:qu'une partie|que la moitie|que \d+)",
        # goods never received / delivered
        r"(?:pas|jamais|toujours pas|pas encore|toujours rien|rien)" + g(3) + r"(?:recu|recus|recue|recues|"
        r"eu|vu|reception(?:ne|nee|nes|nees)?|livre|livres|livree|livrees)" + g(3) + r"(?:la |le |les |l'|nos |notre |votre |vos |cette |ce |ces |aucune? )?"
        + _GOODS + r"\b",
        _GOODS + g(3) + r"(?:" + _NE + r"?(?:est|sont|a|ont|avons|ai|etait|n'est|n'ont|n'a)" + g(1) + r"(?:jamais|pas|toujours pas|pas encore)"
        + g(2) + r"(?:arrivee?s?|livree?s?|recue?s?|parvenue?s?|expediee?s?|ete livree?s?|ete recue?s?)|"
        r"(?:jamais|toujours pas|pas encore) (?:arrivee?s?|livree?s?|recue?s?|parvenue?s?))",
        r"(?:jamais|pas|toujours pas|pas encore) (?:ete )?livree?s?|non livree?s?|non-livraison|non livraison|"
        r"absence de livraison|defaut de livraison|aucune livraison|jamais ete livre",
        # invoice never received
        r"(?:pas|jamais|toujours pas|pas encore|aucune trace|rien)" + g(3) + r"(?:recu|recue|recus|recues|eu|vu|trouve|trouvee)"
        + g(3) + r"(?:la |le |les |l'|cette |votre |vos |ladite |de |d'|aucune? |cet |ce |ces |la moindre )?" + _INVOICE + r"\b",
        r"(?:la |cette |votre |les |ces )?factures?" + g(3) + r"(?:ne )?(?:nous |m')?(?:est|sont|a|ont|n'est|n'a|n'ont|etait|avait)"
        + g(1) + r"(?:jamais|pas|toujours pas|pas encore)" + g(2) + r"(?:parvenue?s?|arrivee?s?|recue?s?|envoyee?s?|ete envoyee?s?|ete recue?s?|transmise?s?)",
        r"aucune (?:trace|facture|commande|copie) (?:de |d')?(?:cette |la |votre |ladite |cet |ce )?(?:facture|commande|achat|prestation)|"
        r"(?:ne )?(?:connaissons|connais|reconnaissons|reconnais) pas (?:cette|la|votre|ces|ce|cet) (?:facture|commande|montant|somme|prestation)s?|"
        r"(?:ne )?(?:nous|me) concerne pas|(?:n'est|ne sont|n'etait) pas (?:pour nous|a notre nom|adressee? a nous)|"
        r"(?:mauvais|mauvaise) (?:societe|destinataire de la facture|client|entite|adresse de facturation)|"
        r"(?:adressee?|envoyee?|emise) (?:a|au) (?:la )?(?:mauvaise?|mauvais) (?:societe|entite|client|destinataire)",
        # invoice / amount wrong
        r"(?:facture|factures|montant|prix|tarif|tarifs|somme|total|quantite|quantites|calcul|tva|"
        r"taux|heures|remise|facturation|chiffrage|chiffre)" + g(4) + r"(?:(?:est|sont|etait|me semble|nous semble|semble|parait|parait) )?(?:incorrecte?s?|errone(?:e|es|s)?|faux|fausse|"
        r"inexacte?s?|trop eleve(?:e|es|s)?|excessi(?:f|fs|ve|ves)|surevalue(?:e|es|s)?|abusi(?:f|ve|fs|ves)|"
        r"pas (?:correcte?s?|bonne?s?|juste|exacte?s?|conforme)|ne correspond(?:ent)? pas|"
        r"ne (?:sont|est) pas (?:correcte?s?|bonne?s?|justes?|exacte?s?|conformes?)|"
        r"(?:superieure?s?|different(?:e|es|s)?|plus (?:elevee?s?|importante?s?|nombreu(?:x|ses))) (?:a|au|de|du|que) "
        r"(?:celui|celles?|ceux|prix|montant|devis|tarif|la commande|ce qui|le devis|la realite)|"
        r"pas ce qui (?:a ete|etait) (?:convenu|prevu|accepte)|pas le bon|pas la bonne)",
        r"(?<!sauf )(?:erreur|erreurs|anomalie|anomalies|ecart|ecarts|incoherence|incoherences|coquille)s?"
        r"(?! de (?:notre|ma|leur) part)(?! de (?:paiement|virement|banque|saisie de notre))" + g(3) + r"(?:la |le |les |l'|cette |votre |notre |de |du |des |sur |dans )?"
        r"(?:factur\w*|montant|prix|tarif|calcul|quantite|tva|total|somme|chiffrage|decompte)|"
        r"(?:facture|montant|prix|tarif) (?:errone|erronee|incorrect|incorrecte|faux|fausse|conteste|contestee|litigieu(?:x|se))|"
        r"(?:ne )?correspond(?:ent)? a (?:aucune?|rien)|(?:aucune|pas de|sans) (?:commande|bon de commande|livraison|devis) "
        r"(?:correspondante?|de notre part|associee?|validee?)|"
        r"factur(?:e|ee|es|ees) (?:deux fois|en double|a double|plusieurs fois|a tort|par erreur|deux fois)|"
        r"(?:double|doublon de) facturation|(?:facture|factures) en double|doublon|deja (?:ete )?factur(?:e|ee|es|ees)|"
        r"sur-?factur\w*|trop (?:facture|factures|percu|payer|cher)|"
        r"(?:surfacturation|erreur de facturation|erreur de prix|erreur de calcul)",
        # discount / deposit not taken into account
        r"(?:remise|escompte|ristourne|acompte|avance|avoir|rabais|reduction|geste commercial)" + g(3) + r"(?:" + _NE + r"?(?:a|ont|est|sont)" + g(1)
        + r"(?:pas|jamais)" + g(1) + r"(?:ete )?(?:deduite?s?|appliquee?s?|prise?s? en compte|integree?s?|deduite?s?|deduits|retenue?s?|reprise?s?)|"
        r"non (?:deduite?s?|appliquee?s?|prise?s? en compte))|"
        r"(?:sans|hors) (?:la |le |l')?(?:remise|escompte|ristourne|acompte|rabais|reduction) (?:convenue?|accordee?|prevue?|negociee?)",
        # waiting for a credit note / corrected invoice
        r"(?:attendons|attends|attente|attendre|attendions|attendant|reception|recevoir|emettre|etablir|envoyer|faire|fassiez|"
        r"demande|demandons|demande|reclame|reclamons|reclamer|obtenir|besoin|manque|toujours pas|sans)" + g(3)
        + r"(?:un |l'|votre |cet |le |d'un |de l'|notre |une |la )?(?:avoir|note de credit|facture rectificative|"
        r"facture corrigee|facture modifiee|nouvelle facture|facture rectifiee|facture d'avoir|remboursement)\b",
        r"(?:des|apres|a) (?:reception|l'obtention|obtention|emission) (?:de |du |de l'|d'un |de la )?"
        r"(?:l'avoir|avoir|la facture rectificative|facture rectificative|facture corrigee|la facture corrigee|"
        r"note de credit|remplacement|la piece|la marchandise manquante|pieces manquantes|reparation)",
        r"(?:jusqu'a|tant que|avant que|avant d'avoir|d'ici a ce que|une fois que|des que)" + g(6) + r"(?:rembourse|remplace|repare|"
        r"corrige|rectifie|regularise|resolu|solutionne|avoir|facture rectificative|livre|livree|"
        r"livraison complete|litige|probleme|recu la marchandise|recu (?:les|la|le) (?:pieces|commande|produits|materiel|complement)|"
        r"(?:livraison|commande) (?:sera |soit )?(?:complete|completee|livree))\w*",
        r"(?:paiement|reglement|facture|factures|virement)s? (?:est |sont |a ete |ont ete |reste |restera )?(?:bloquee?s?|suspendue?s?|"
        r"retenue?s?|gelee?s?|mise?s? en attente|en suspens|en litige|en attente d'(?:un avoir|avoir|une facture rectificative))",
        # service not performed
        r"(?:prestation|travaux|travail|service|intervention|installation|reparation|mission|"
        r"formation|maintenance|chantier|nettoyage|depannage|projet)s?" + g(4) + r"(?:" + _NE + r"?(?:a|ont|est|sont|etait|etaient|avait|n'a|n'ont|n'est|n'ont)"
        + g(2) + r"(?:pas|jamais|toujours pas|pas encore)" + g(2) + r"(?:ete )?(?:realise|effectue|fait|termine|acheve|"
        r"execute|assure|rendu|livre|fournie?|commencee?|finie?|faite?|realisee?|effectuee?|terminee?|"
        r"achevee?|executee?|assuree?|conforme|satisfaisante?)(?:e|es|s)?)",
        r"(?:prestation|service|intervention|travaux|mission) (?:non|jamais|pas) (?:realise|effectue|fait|"
        r"termine|execute|rendu|assure|conforme|fourni)e?s?|(?:mal|pas) (?:realise|effectue|execute|fait)e?s? "
        r"(?:la |le |les )?(?:prestation|travail|travaux|intervention)",
        r"(?:technicien|intervenant|prestataire|livreur|ouvrier|equipe|installateur|depanneur|consultant|formateur|"
        r"transporteur)s?" + g(3) + r"(?:jamais|pas) (?:venue?s?|passee?s?|intervenue?s?|presentee?s?|deplacee?s?)|"
        r"(?:prestation|intervention|formation|mission|reunion|livraison|installation|travaux|visite|seance|"
        r"maintenance|reparation)s?" + g(4) + r"(?:jamais|pas) eu lieu",
        # complaint, dissatisfaction, contest
        r"(?:pas|non|guere|nullement) satisfaits?|pas d'accord (?:avec|sur) (?:le|la|les|ce|cette|ces|votre|vos|l') ?"
        r"(?:montant|facture|factures|prix|tarif|somme|calcul|heures|quantite|facturation|decompte|total)|insatisfaits?|mecontente?s?|pas content(?:e|s|es)?|"
        r"reclamation|reclamations|plainte|litige|litiges|litigieu(?:x|se|ses)|contentieux|differend|"
        r"contestation|desaccord|non-conformite|sav en cours|sous garantie|prise en garantie|"
        r"(?:conteste|contestons|contestez|contester|contestes|contestee|contestees|contestes|refutons|"
        r"disputons) (?:la |le |les |cette |ce |ces |votre |vos |l'|ladite |ledit |formellement |fermement |"
        r"totalement |entierement )?(?:\S+ )?(?:facture|factures|montant|somme|prix|bien-fonde|"
        r"facturation|reclamation|relance|creance|dette|sommes|tarif|ligne|frais|penalites|interets)",
        r"(?:jamais|pas) (?:commande|commandee|commandes|commandees|demande|demandee|signe|signee|valide|"
        r"validee|accepte|acceptee|autorise|autorisee)s?(?: (?:cette|ce|ces|la|le|les|de|d'|une?))?|"
        r"(?:commande|contrat|abonnement|prestation|service) (?:a ete |avait ete |etait |est )?(?:annule|resilie|"
        r"annulee|resiliee|resilies|annules)|(?:avons|ai) (?:annule|resilie) (?:la |le |notre |cette |ce |l')?"
        r"(?:commande|contrat|abonnement|prestation|service)|"
        r"(?:avons|ai|a ete|ont ete|sont|est)" + g(2) + r"(?:retourne|renvoye|rendu|restitue)e?s?" + g(3) + r"(?:la |le |les |l'|votre |vos |cette |ce )?"
        + _GOODS + r"|(?:retour|renvoi|restitution) (?:de la |du |des |de )(?:marchandise|materiel|produit|commande|colis|machine)s?",
        r"(?:prix|tarif|montant|devis|taux) (?:convenu|negocie|accepte|prevu|initial|du devis|indique sur le devis)" + g(4) + r"(?:etait|est|etaient)" + g(2) + r"(?:inferieur|moins|different|de)|"
        r"(?:pas|aucunement|rien) (?:redevables?|dus?|due?s?) (?:de|du|pour|car|parce)",
    ),
    "refusal": (
        # formal: "notre cliente ne procédera à aucun paiement", "aucun règlement ne sera effectué"
        r"ne (?:procedera|procederons|procederont|procedera pas|procederons pas|procederont pas) (?:a aucun|au) (?:paiement|reglement|versement)|"
        r"aucun (?:paiement|reglement|versement) ne (?:sera|pourra etre) (?:effectue|verse|fait|execute|realise)",
        r"ne (?:donnerons|donnerai|donnera|pouvons donner) (?:aucune |pas de )?(?:pas )?suite (?:a|favorable a) (?:votre|cette|la) (?:demande|relance|reclamation|facture)",
        r"aucun (?:paiement|reglement|virement|versement) ne (?:sera|va etre|pourra etre) (?:effectue|fait|realise|verse|execute|emis)",
        r"(?:decide|decidons|decidions|decider|resolu|choisi)\w* de ne (?:pas|jamais) (?:vous )?(?:la |le |les )?(?:payer|regler|solder|honorer|verser)",
        _NE + r"(?:paierons|payerons|paierai|payerai|paiera|payera|reglerons|reglerai|reglera|verserons|"
        r"verserai|solderons|payons|reglons|paye|regle|payez|virerons|honorerons|honorerai|allons|vais|va|comptons|"
        r"compte|pensons|souhaitons|voulons|veux|prevoyons|envisageons|ferons|ferai)\s+(?:\S+\s+)?(?:pas|jamais|rien|aucunement|nullement)\b"
        r"(?:\s+(?:\S+\s+)?(?:payer|regler|verser|solder|honorer|vous payer|vous regler|la payer|la regler|"
        r"le payer|le regler|les payer|les regler|de paiement|le virement|ce paiement|cette facture|"
        r"la facture|ce montant|cette somme|quoi que ce soit|un centime|un euro)\b)?",
        _NE + r"(?:paierons|payerons|paierai|payerai|reglerons|reglerai|verserons|verserai|payons|reglons)\s+(?:\S+\s+)?(?:pas|jamais|rien)\b",
        r"(?:refusons|refuse|refusez|refuser|refusions|refuses) (?:donc |categoriquement |formellement |de ce fait |purement et simplement |par consequent )?"
        r"(?:de (?:la |le |les |vous )?(?:payer|regler|solder|honorer|proceder au (?:paiement|reglement))|"
        r"(?:le|ce|votre|tout) (?:paiement|reglement)|(?:cette|la|votre) facture|(?:ce|le) montant)",
        r"(?:pas|aucune|nulle) (?:l')?intention de (?:la |le |les |vous )?(?:payer|regler|solder|honorer)|"
        r"(?:hors de question|pas question|il n'est pas question) (?:de |que nous |qu'on |que je )?"
        r"(?:la |le |les |vous )?(?:payer|regler|payions|reglions|paie|paye|regle|solder)|"
        r"(?:ne |n')(?:vous )?(?:devons|dois|doit) (?:absolument |strictement )?rien|"
        r"(?:ne |n')(?:vous )?(?:sommes|suis) (?:nullement |aucunement |pas )?redevables? de rien|"
        r"(?:rien|aucune somme|aucun montant|aucun euro|pas un centime|pas un euro) (?:ne )?(?:vous )?(?:est|sera) (?:du|due|paye|payee|regle|reglee|verse)|"
        r"pas un (?:centime|euro|sou)|vous ne (?:toucherez|recevrez|verrez) (?:pas un|rien|jamais)|"
        r"(?:voyez|voir|verrons|rendez-vous) (?:avec )?(?:notre|mon|nos) (?:avocat|avocats|conseil juridique)|"
        r"(?:au|devant le|devant les) tribunal|(?:aux|devant les) tribunaux",
        _NE + r"(?:pouvons|pourrons|pourrions|peux|pourrai|pourrais|allons|vais|paierons|payerons|reglerons|"
        r"paierai|reglerai)\s+pas\s+(?:vous\s+|la\s+|le\s+|les\s+)?(?:payer|regler|solder|verser|virer)?\s*(?:\S+\s+){0,2}?"
        r"(?:avant|d'ici)(?=\s+(?:le|la fin|fin|\d|" + _WD + r"|debut|mi-))",
        r"(?:cessez|arretez) de nous (?:harceler|menacer)|ce n'est pas (?:notre|mon) (?:probleme|dette|affaire)",
    ),
    "cant_pay": (
        _NE + r"(?:pouvons|pourrons|pourrions|peux|pourrai|pourrais|peut|pourra|pourrait|sommes|serons|suis|serai|"
        r"est|sera|sommes plus|arrivons|arriverons|arrive|parvenons|parviendrons)\s+(?:malheureusement\s+|helas\s+|donc\s+)?(?:pas|plus)\s+"
        r"(?:\S+\s+){0,3}?(?:payer|regler|solder|honorer|verser|vous payer|vous regler|la payer|la regler|le payer|"
        r"le regler|les payer|les regler|effectuer (?:le|ce|un|votre) (?:paiement|reglement|virement)|"
        r"faire (?:le|ce|un) (?:paiement|reglement|virement)|(?:proceder|passer) au (?:paiement|reglement)|"
        r"(?:en|dans la) capacite|(?:en|dans la) mesure (?:de payer|de regler|d'honorer|de faire face)|"
        r"faire face|assumer|assurer (?:le|ce) (?:paiement|reglement))",
        r"(?:impossible|impossibilite|incapables?|pas en mesure|plus en mesure|pas en capacite|"
        r"pas en etat|hors d'etat) (?:de |d')(?:\S+ )?(?:payer|regler|solder|honorer|verser|faire face|effectuer|"
        r"proceder|vous payer|vous regler|la payer|la regler|assurer|assumer)|"
        r"(?:pas|plus|aucune?|manque de|faute de) (?:les |de |d')?(?:fonds|moyens|tresorerie|liquidites|argent|"
        r"disponibilites|budget)(?: (?:necessaires|suffisants|disponibles|pour (?:payer|regler|le moment)))?|"
        r"(?:ne |n')(?:nous |me )?reste (?:plus|pas|rien) (?:d'argent|de tresorerie|de fonds|de liquidites|en caisse)|"
        r"(?:fonds|tresorerie|liquidites) insuffisante?s?|insuffisance de (?:fonds|tresorerie|liquidites)|"
        r"compte (?:est )?(?:a decouvert|bloque)|(?:caisses|caisse) (?:sont |est )?vides?",
    ),
    "hardship": (
        r"en ce moment|actuellement|pour l'instant|pour le moment|a l'heure actuelle|a ce jour|"
        r"momentanement|temporairement|provisoirement|ce mois-ci|ce mois ci|cette semaine|"
        r"pas encore|tout de suite|immediatement|tresorerie|liquidites?|difficultes?|difficile|"
        r"tendue?s?|tension|tensions|passe difficile|periode (?:difficile|compliquee|creuse|tendue)|"
        r"(?:problemes?|soucis|souci) (?:de |financiers?|economiques?)|financieres?|economiques?|"
        r"retards? de paiement|impayes|nos clients|conjoncture|crise|baisse d'activite|"
        r"jusqu'a|jusqu'au|avant|d'ici|attendons (?:le|un|nos|notre) (?:paiement|reglement|versement)|"
        r"des que (?:nous|on|notre)|tant que",
    ),
    "plan": (
        r"echeanciers?|echelonn\w*|mensualites?|mensualisation|mensualiser|plan de (?:paiement|reglement|remboursement|"
        r"financement|apurement)|calendrier de (?:paiement|reglement|remboursement)|plan d'apurement|"
        r"(?:paiements?|reglements?|versements?) (?:echelonnes?|fractionnes?|etales?|partiels?|mensuels?|"
        r"en plusieurs fois|en (?:deux|trois|quatre|cinq|six|plusieurs|\d+) (?:fois|temps|versements|tranches|mensualites|echeances))|"
        r"(?:etaler|etalement|etalions|etalons|etaler|fractionner|fractionnement|fractionnons|diviser|decouper|"
        r"repartir|echelonner|scinder|etale|fractionne)" + g(4) + r"(?:paiements?|reglements?|montant|somme|"
        r"dette|factures?|solde|sur|en|le tout|total|creance)",
        r"en (?:\d+|deux|trois|quatre|cinq|six|sept|huit|dix|douze|plusieurs|petites|quelques) "
        r"(?:fois|versements|tranches|mensualites|echeances|paiements|reglements|virements|parties|traites|"
        r"prelevements)|"
        r"(?:par|en) (?:tranches|mensualites|versements (?:mensuels|successifs|reguliers|partiels))|"
        r"(?:tous les mois|chaque mois|par mois|mensuellement|chaque semaine|par semaine)" + g(3) + r"(?:jusqu'a|pendant|sur|de \d|\d)|"
        r"(?:payer|regler|verser|rembourser|solder|payons|reglons|verserons|paierons|reglerons)" + g(4) + r"(?:par mois|chaque mois|tous les mois|"
        r"mensuellement|par semaine|chaque semaine|par tranches?|en plusieurs|petit a petit|progressivement|au fur et a mesure)|"
        r"(?:paiements?|reglements?|versements?) partiels?|(?:arrangement|accord|solution) (?:de|pour le) (?:paiement|reglement)",
    ),
    "more_time": (
        r"(?:delai|delais) (?:supplementaires?|de paiement supplementaires?|additionnels?|de grace|complementaires?)|"
        r"(?:un|d'un|de|petit|court|nouveau|dernier|leger|certain) delai|prolongation|proroger|prorogation|prolonger" + g(2) + r"(?:le |les |l')?(?:delai|echeance|terme)|"
        r"(?:accorder|donner|laisser|octroyer|consentir|obtenir|beneficier d'|demander|solliciter|demandons|sollicitons|accordiez|accorderiez)"
        + g(3) + r"(?:un |du |quelques |plus de |encore |un peu de |un peu plus de )?(?:delai|temps|jours|semaines|sursis|repit)|"
        r"(?:plus de|davantage de|un peu de|un peu plus de|encore un peu de|quelques jours de|quelques semaines de|le) temps(?: supplementaire| pour (?:payer|regler|le paiement|reunir))?|"
        r"(?:reporter|reporte|reportons|repousser|repoussons|decaler|decalons|differer|differons|retarder|retardons|"
        r"postposer|remettre a plus tard)" + g(3) + r"(?:le |la |l'|notre |ce |cette |votre )?(?:paiement|reglement|echeance|virement|"
        r"date|versement|prelevement|facture|le tout)|(?:report|decalage|differe|ajournement|rallonge) (?:de |du |d')"
        r"(?:paiement|reglement|l'echeance|echeance|quelques|\d+|delai)|"
        r"patienter|(?:un peu de|encore un peu de|faire preuve de|preuve de) (?:patience|indulgence|clemence)|"
        r"(?:quelques|encore quelques|deux|trois|\d+) (?:jours|semaines) (?:de plus|supplementaires|de delai|de sursis)|"
        r"plus tard que prevu|une date ulterieure|ulterieurement",
    ),
    "split_rest": (
        r"(?:le |la )?(?:reste|restant|reliquat|solde restant|solde|seconde moitie|deuxieme moitie|autre moitie|"
        r"seconde partie|deuxieme partie|second versement|deuxieme versement|second paiement|deuxieme paiement|"
        r"deuxieme tranche|seconde tranche|suite)\b" + g(5) + r"(?:plus tard|ensuite|le mois prochain|"
        r"le mois suivant|la semaine prochaine|la semaine suivante|la semaine d'apres|le mois d'apres|fin|debut|mi-|le \d+|au \d+|d'ici|dans|avant|apres|des que|"
        r"lors|courant|en (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)|"
        + _WD + r")",
    ),
    "callback": (
        r"(?:organiser|planifier|prevoir|fixer|caler|avoir|convenir d\'|demander) (?:un |une )?(?:rendez-vous|rdv|appel|reunion|point telephonique|echange telephonique|visio)\b",
        r"(?:rappelez|rappeler|rappelle|appelez|appeler|appelle|telephonez|telephoner|contactez|contacter|joindre|"
        r"recontacter|recontactez)[- ](?:moi|nous)\b|(?:s'appeler|se telephoner|s'appelle|se rappeler|s'entretenir par telephone)|(?:me|nous|m') ?(?:rappeler|appeler|telephoner|rappeliez|appeliez|"
        r"rappelle|appelle|recontacter|rappelliez)\b|(?:pourriez|pouvez|pourrais|peux|voudriez|voulez)-?\s?"
        r"(?:vous|tu)? ?(?:me |nous |m')(?:rappeler|appeler|telephoner|contacter par telephone|passer un coup de (?:fil|telephone))",
        r"(?:coup de (?:fil|telephone|tel)|appel telephonique|entretien telephonique|echange telephonique|"
        r"rendez-vous telephonique|rdv telephonique)|(?:par|au) (?:telephone|tel|tel\.)\b|(?:de vive voix|en direct)|"
        r"(?:en parler|discuter|echanger|s'entretenir|parler)" + g(4) + r"(?:par telephone|de vive voix|au telephone|ensemble|avec vous|avec quelqu'un|avec un responsable)",
        r"(?:joignable|disponible|injoignable)s? (?:au|sur (?:mon|le) (?:portable|mobile|telephone|fixe)|par telephone|"
        r"au telephone|sur le \d|sur mon)|(?:mon|notre) (?:numero|portable|mobile|telephone|tel|ligne directe|poste)"
        r"(?: de telephone| direct| personnel| de portable| de mobile| portable| mobile| de tel| fixe)? (?:est|:|est le|au)|(?:me|nous) joindre (?:au|sur|par)|"
        r"(?:parler|m'entretenir|echanger) (?:a|avec) (?:quelqu'un|un responsable|une personne|votre responsable|un conseiller|"
        r"un interlocuteur|vous|votre service)|(?:sur|au) (?:le )?(?:\+33|0\d)",
    ),
    "conditional": (
        r"^\s*si\b|\bsi (?:vous avez|besoin|necessaire|vous souhaitez|vous le souhaitez|vous desirez|"
        r"toutefois|jamais|des questions|vous voulez|vous le jugez|cela vous|ca vous)|n'hesitez pas|"
        r"(?:pour|en cas de) (?:toute|toutes|d'eventuelles?|la moindre|plus d'|de plus amples?) "
        r"(?:questions?|informations?|renseignements?|precisions?|demande)|"
        r"au besoin|le cas echeant|en cas de besoin|a votre disposition|reste a votre disposition|"
        r"restons a votre disposition",
    ),
    "contact_change": (
        _NE + r"?(?:\S+ )?(?:fais|fait|faisons|font) plus partie|" + _NE + r"(?:travaille|travaillons|travaillent|"
        r"m'occupe|s'occupe|gere|m'en occupe|s'en occupe|occupe|suis plus en charge|est plus en charge)\s+plus\b",
        _NE + r"(?:suis|est|sommes|sont|serai|sera)\s+plus\s+(?:\S+\s+){0,2}?(?:chez|dans (?:la|l'|votre|notre|cette|le)|"
        r"au sein|en charge|charge|responsable|le bon|la bonne|l'interlocut\w*|votre interlocut\w*|le contact|"
        r"la personne|de ce dossier|employee?|salariee?|en poste|en fonction|a ce poste|active|utilisee|valide|"
        r"consultee|lue|relevee|surveillee|attribuee|joignable (?:a|sur|par) (?:cette|cet))",
        r"(?:adresse|boite|messagerie|e-?mail|courriel|compte|mail)" + g(3) + _NE + r"?(?:sera|est|seront|sont) (?:plus|pas) "
        r"(?:consultee?s?|lue?s?|relevee?s?|active?s?|utilisee?s?|valables?|valides?|surveillee?s?|suivie?s?)|"
        r"(?:adresse|boite|messagerie) (?:desactivee|fermee|supprimee|n'existe plus)",
        r"(?:a|ai|avons|ont) (?:desormais |definitivement )?quitte (?:la |l'|notre |cette |le |son |mon )?(?:societe|entreprise|"
        r"groupe|service|structure|cabinet|poste|fonctions|equipe|\w+ (?:sa|sas|sarl|eurl))",
        r"(?:ne suis|ne sommes|n'est|ne sont) pas (?:le |la |les )?(?:bon|bonne|bons|bonnes) (?:interlocut\w*|personne|"
        r"contact|service|destinataire)|(?:mauvais|mauvaise) (?:interlocut\w*|personne|destinataire|contact|adresse)|"
        r"(?:pas|plus) (?:le |la |les )?(?:bon |bonne |bons |bonnes )?(?:interlocuteur|interlocutrice|interlocuteurs|"
        r"personne concernee|personne en charge|destinataire)|(?:erreur de destinataire|pas concernee?)",
        r"(?:nouvelle|nouvelles|nouveau|nouveaux|bonne|bon) (?:adresse|adresses|e-?mail|mail|courriel|coordonnees|"
        r"contact|interlocut\w*|responsable|destinataire|boite)|(?:adresse|adresse e-?mail|adresse mail|courriel|"
        r"coordonnees|interlocuteur|contact)" + g(2) + r"(?:a change|ont change|a ete modifiee?|ont ete modifiees|n'est plus valable)|"
        r"changement d'(?:adresse|interlocut\w*|contact|e-?mail)|(?:a|ont|avons|ai) change (?:d'|de |son |notre |mon )"
        r"(?:adresse|e-?mail|mail|courriel|interlocut\w*|contact|boite|messagerie)",
        r"(?:desormais|dorenavant|a l'avenir|a partir de maintenant|a partir d'aujourd'hui|a compter d'aujourd'hui|"
        r"a compter de ce jour|des a present|a partir de ce jour|pour l'avenir)" + g(8) + r"(?:envoyer|adresser|"
        r"ecrire|contacter|transmettre|diriger|utiliser|envoyez|adressez|ecrivez|contactez|transmettez|"
        r"adresse|destinataire|interlocut\w*|en charge|s'occupe|s'occupera|gere|gerera|traite|traitera|"
        r"faire parvenir|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)",
        r"(?:envoyer|adresser|ecrire|contacter|transmettre|envoyez|adressez|ecrivez|contactez|transmettez)" + g(8)
        + r"(?:desormais|dorenavant|a l'avenir|a partir de maintenant|a partir d'aujourd'hui|a compter d'aujourd'hui|"
        r"des a present)",
        r"(?:mettre|mettez|mettiez|modifier|modifiez|changer|changez|corriger|corrigez) a jour (?:vos|votre|le|les|nos)"
        r"(?: \S+)? (?:coordonnees|fichiers?|contacts?|base|adresses?|destinataires?|liste de diffusion|dossier|registres?)|"
        r"(?:modifier|modifiez|changer|changez|corriger|corrigez|remplacer|remplacez) (?:l'|cette |votre |vos |le |la )?(?:adresse|contact|destinataire|e-?mail)s?",
        r"(?:envoyer|adresser|transmettre|envoyez|adressez|transmettez|faire parvenir)" + g(2) + r"(?:toutes |les |vos |dorenavant |desormais )*"
        r"(?:factures|relances|courriers|courriels|e-?mails|correspondances?|rappels|avis|releves|documents)" + g(4) + r"(?:a|au|chez|sur)\b",
        r"(?:a|ai|est|sont) (?:pris|reprise?|repris) (?:la suite|le dossier|mes fonctions|ses fonctions|le relais|en charge)|"
        r"(?:mon|ma|son|sa) (?:successeur|successeure|remplacant|remplacante)|remplace(?:e)? par|"
        r"(?:a|est|suis) (?:parti|partie|partis) (?:a la|en) retraite|(?:a|ai) pris (?:sa|ma) retraite|"
        r"(?:est|suis) (?:desormais |maintenant )?(?:a la )?retraite|"
        r"(?:est|sont) (?:desormais|dorenavant|maintenant) (?:gere|geres|geree|traite|traites|suivi|suivis|pris en charge)|"
        r"(?:est|sera) (?:desormais|dorenavant|maintenant) (?:votre|le|la|l') ?(?:interlocut\w*|contact|responsable|personne)",
    ),
    "permanent": (
        _NE + r"(?:\S+ )?(?:\S+ )?plus\b|plus partie|plus (?:chez|dans|en poste|en charge|en fonction)|"
        r"(?:a|ai|avons|ont) quitte|desormais|dorenavant|a l'avenir|a partir de maintenant|"
        r"a partir d'aujourd'hui|a compter d'aujourd'hui|a compter de ce jour|des a present|definitivement|"
        r"retraite|successeur|remplacant|remplacante|remplace par|remplacee par|mettre a jour|mettez a jour|"
        r"repris (?:le dossier|mes fonctions|ses fonctions)|nouvelle adresse|changement d'adresse",
    ),
    "ooo": (
        r"(?:suis|serai|sommes|serons|etant)\s+(?:\S+\s+)?(?:absente?s?|en conges?|"
        r"en vacances|en deplacement|en formation|en seminaire|en conference|en salon|en rendez-vous|en reunion|"
        r"en arret (?:maladie|de travail)|en conge (?:maternite|paternite|parental|maladie)|hors du bureau|"
        r"loin du bureau|pas au bureau|indisponibles?|en teletravail sans)",
        r"(?:est|sera|actuellement)\s+(?:\S+\s+)?(?:absente?|en conges?|en vacances|en arret maladie|"
        r"en conge (?:maternite|paternite|parental|maladie)|hors du bureau)",
        r"(?:absente?s?|conges?|vacances) (?:du|jusqu'au|jusqu'a|a partir du|"
        r"le|ce|pour|a compter du|depuis|entre)\b|absente? (?:du bureau|jusqu)|"
        r"(?:en|pendant|durant|lors de) (?:mon|notre|son) absence|(?:de|a) (?:mon|notre) retour|des mon retour|"
        r"(?:serai|sera|serons|suis|seront) de retour|de retour (?:le|au bureau|a partir|lundi|mardi|mercredi|jeudi|"
        r"vendredi|des|demain|\d)|(?:je |nous )(?:reviens|reviendrai|reviendrons|rentre|rentrerai|reprendrai|reprends) "
        r"(?:le|au|lundi|mardi|mercredi|jeudi|vendredi|des|\d)|reprise (?:le|au|du travail)|"
        r"(?:acces|connexion) (?:limite|restreint|intermittent|reduit) (?:a|aux) (?:mes |ma |la |mon )?(?:e-?mails?|mails|messagerie|courriels)|"
        r"(?:sans|pas d') ?acces (?:a|aux) (?:mes |ma |la |mon )?(?:e-?mails?|mails|messagerie|courriels)|"
        r"(?:bureaux?|societe|entreprise|service|agence) (?:sont |est |seront |sera )?fermee?s? (?:du|jusqu|pour|a partir|le|pendant)|"
        r"fermeture (?:annuelle|exceptionnelle|estivale|de fin d'annee)|jour ferie|jours feries",
    ),
    "auto": (
        r"(?:reponse|message|e-?mail|courriel|accuse de reception) (?:automatique|genere automatiquement|automatise)|"
        r"(?:ceci|ce message|cet e-?mail|ce courriel) est (?:une? |un message )?(?:reponse |message )?automatique|"
        r"(?:genere|envoye) automatiquement|(?:merci de |veuillez |priere de )?ne pas repondre (?:a|directement a) "
        r"(?:ce|cet|cette)|(?:adresse|boite|messagerie) (?:\S+ )?(?:non surveillee|n'est pas (?:surveillee|consultee|relevee)|"
        r"ne (?:pas|peut pas) recevoir)|no-?reply|noreply|"
        r"(?:numero|n°|no|ref|reference) (?:de )?(?:ticket|dossier|demande|incident|requete)\b|"
        r"(?:ticket|demande|requete|dossier) (?:n°|no|numero|#)|"
        r"(?:votre )?(?:demande|ticket|requete|message) (?:a ete|a bien ete|est) (?:enregistree?|cree|creee|ouverte?|transmise?)"
        r"(?: sous| avec| aupres| a notre| au service| et)",
    ),
    "auto_weak": (
        r"(?:nous avons|j'ai|avons|ai) (?:bien )?recu votre (?:e-?mail|message|courriel|demande|mail)|"
        r"votre (?:e-?mail|message|courriel|demande|mail) (?:a (?:bien )?ete|est bien) (?:recue?|pris en compte|prise en compte|transmise?)|"
        r"(?:merci|nous vous remercions|je vous remercie) (?:pour|de) votre (?:e-?mail|message|courriel|mail)|"
        r"(?:repondrai|repondrons|reviendrai vers vous|reviendrons vers vous|traiterai|traiterons|sera traitee?|"
        r"recontacterons|recontacterai|prendrai connaissance|prendrons connaissance)" + g(4) + r"(?:des que possible|dans les meilleurs delais|"
        r"dans les plus brefs delais|rapidement|sous \d+|a mon retour|des mon retour|des que|au plus vite|prochainement)",
    ),
    "deputy": (
        r"(?:en|pendant|durant) (?:mon|son|notre) absence|(?:pour|en cas d') ?(?:toute|toutes|les) ?(?:urgences?|demandes? urgentes?|"
        r"questions? urgentes?|affaires? urgentes?|sujets? urgents?)|en cas d'urgence|si (?:c'est|cela est|votre demande est) urgente?|"
        r"(?:veuillez|merci de|vous pouvez|priere de) (?:\S+ )?(?:contacter|joindre|vous adresser a|ecrire a|vous rapprocher de)|"
        r"(?:mon|ma|mes) (?:collegue|collegues|assistante?|remplacante?|binome)|(?:assure|assurera) (?:l'interim|le relais|ma suppleance)|"
        r"vous pouvez (?:egalement |aussi )?(?:contacter|joindre|ecrire)|a defaut|sinon (?:contactez|ecrivez)",
    ),
    "promise": (
        # "vendredi sans faute": a commitment word with a date is a promise
        r"sans faute",
        r"(?:avec |en )?date (?:de valeur|d\'execution)\b",
        r"(?:ce|cela|ca) sera (?:fait|regle|paye|vire|solde|traite|effectue)\b(?! (?:par|depuis|le mois dernier))",
        # future tense of paying
        r"(?:paierons|payerons|paierai|payerai|paiera|payera|paieront|reglerons|reglerai|reglera|regleront|"
        r"solderons|solderai|soldera|virerons|virerai|virera|verserons|verserai|versera|acquitterons|acquitterai|"
        r"honorerons|honorerai|honorera|rembourserons|rembourserai)\b",
        r"(?:effectuerons|effectuerai|effectuera|ferons|ferai|fera|enverrons|enverrai|enverra|lancerons|lancerai|"
        r"emettrons|emettrai|executerons|passerons|passerai|validerons|validerai|realiserons|ordonnerons|"
        r"programmerons|programmerai|procederons|procederai|procedera)" + g(2) + r"(?:le |un |la |notre |ce |votre |les |nos |l'|au |a un |a la )?"
        r"(?:paiements?|reglements?|virements?|versements?|cheques?|necessaire)\b|(?:mettrons|mettrai|mettra) (?:\S+ )?(?:\S+ )?en paiement",
        # going to / intend to / expect to pay
        r"(?:allons|vais|va|comptons|compte|prevoyons|prevois|pensons|pense|esperons|espere|devrions|devrais|"
        r"pourrons|pourrai|souhaitons|souhaite|voulons|veux|tenons a|tiens a|engageons a|engage a|promettons de|"
        r"promets de|sommes en train de|suis en train de|serons en mesure de|serai en mesure de|prevoyons de|"
        r"prevois de|envisageons de|envisage de|avons prevu de|ai prevu de|allons pouvoir|vais pouvoir|"
        r"sommes prets a|suis pret a|suis prete a|sommes disposes a|planifions de|essaierons de|essaierai de|"
        r"tacherons de|tacherai de|allons tenter de|ferons en sorte de|ferai en sorte de)"
        + g(2) + _PAYINF + r"\b(?!\s+(?:par|avec|via|en ligne|au moyen)\b)",
        # passive future
        r"(?:virement|paiement|reglement|versement|cheque|prelevement|facture|factures|montant|somme|solde|"
        r"totalite|integralite|le tout|elle|il|celle-ci|celui-ci|cela|ca|tout)" + g(3) + r"(?:sera|seront|va etre|vont etre|"
        r"devrait etre|devraient etre|pourra etre|pourront etre|doit etre|doivent etre)\s+(?:\S+\s+)?(?:effectue|fait|envoye|"
        r"emis|execute|passe|lance|realise|regle|paye|vire|verse|solde|traite|valide|ordonne|debite|"
        r"preleve|programme|initie|honore|acquitte|mis en paiement|mise en paiement|declenche)(?:e|es|s)?\b",
        r"(?:virement|paiement|reglement|versement|cheque)s?" + g(2) + r"(?:partira|partiront|va partir|vont partir|"
        r"part|partent|parte|sortira|sera envoye|arrivera|suivra|suivront|sera emis|interviendra|aura lieu)\b|"
        r"(?:partira|partiront|partent|part|passera|passeront|sera mise?|seront mises?) (?:au|en) paiement",
        # scheduled
        r"(?:prevue?s?|programmee?s?|planifiee?s?|calee?s?|positionnee?s?|inscrite?s?|ordonnancee?s?|"
        r"fixee?s?) (?:pour|le|au|en|a|dans|d'ici|avant|lors|fin|debut|mi-)\b|"
        r"(?:mis|mise|mises|mettre) en paiement|(?:prochaine?|notre) (?:campagne|session|vague|lot|cycle|run|"
        r"date|echeance|tour|passage) (?:de |des )?(?:paiements?|reglements?|virements?)|"
        r"(?:prochaine|prochain) (?:paiement|reglement|virement) (?:fournisseurs?|groupe)|"
        r"(?:sommes|suis) en train de (?:payer|regler|preparer|traiter|valider|saisir)|"
        r"(?:paiement|reglement|virement) (?:est |sont )?en (?:cours de )?(?:preparation|validation|signature|"
        r"approbation)|(?:en attente|attend) (?:de |d')?(?:validation|signature|approbation) (?:pour|du|de la|par)",
        r"vous (?:recevrez|aurez|allez recevoir|devriez recevoir|recevrez bientot)" + g(2) + r"(?:le |un |la |notre |votre |les |nos )?"
        + _PAYNOUN + r"|(?:attendez-vous|comptez|compter) sur (?:notre|le|un) (?:paiement|reglement|virement)",
        r"(?:je|nous|on) (?:vous )?(?:regle|reglons|paie|payons|vire|virons|verse|versons)\s+(?:\S+\s+){0,3}?"
        r"(?:le \d|d'ici|avant|demain|aujourd'hui|ce soir|cette semaine|en fin|fin|au plus tard|des|dans|sous|"
        + _WD + r")\b",
        r"(?:je|nous) (?:m'en occupe|nous en occupons|m'en occuperai|nous en occuperons)\b|"
        r"(?:je|nous|on) (?:vous )?(?:le|la|les|l') ?(?:ferons|ferai|fera)\b(?! (?:savoir|suivre|parvenir|remarquer))",
    ),
    "promise_ask": (
        r"(?:pouvons|pourrions|puis|pourrais|peut-on|pourrait-on|pourrait|peut)-?\s?(?:nous|je|on)?\s?"
        r"(?:\S+\s+)?(?:payer|regler|solder|verser|virer|effectuer (?:le|notre) (?:paiement|reglement|virement)|vous (?:payer|regler))\b"
        r"(?!\s+(?:par|avec|en ligne|via|sur|au moyen|en especes|en liquide|en carte))",
        r"(?:est-il|serait-il|est il|serait il|ce serait|serait|est-ce|est ce) (?:possible|envisageable|acceptable|"
        r"d'accord|ok|jouable|un probleme|genant)" + g(4) + r"(?:payer|regler|solder|paiement|reglement|virement|verser)"
        r"(?!\s+(?:par|avec|en ligne|via|au moyen|en especes|en carte))",
        r"(?:accepteriez|accepterez|acceptez|accepter|accepte)(?:-vous)?" + g(3) + r"(?:paiement|reglement|virement|versement|"
        r"que nous (?:payions|reglions)|qu'on (?:paie|regle))|(?:accorder|laisser|donner|attendre|patienter)" + g(3) + r"jusqu'(?:au|a)\b|"
        r"jusqu'(?:au|a)" + g(5) + r"(?:pour (?:payer|regler|solder|le paiement|le reglement|vous regler|vous payer|nous acquitter)|"
        r"pour (?:effectuer|faire) (?:le|ce) (?:paiement|reglement|virement))|"
        r"(?:payer|regler|solder|verser)" + g(2) + r"(?:plus tard|ulterieurement|a une date ulterieure|un peu plus tard|la semaine prochaine|le mois prochain)",
    ),
    "pay_word": (
        r"pai?e?ments?|paie\w*|payer|payons|paye|payez|payerons|payerai|paiement|regl(?:e|er|ons|ez|erons|erai|era|ement|ements|ee|ees|es)|"
        r"vir(?:er|ons|e|erons|erai|era|ement|ements)|vers(?:er|ons|e|erons|erai|era|ement|ements)|"
        r"prelev\w*|cheques?|solder|soldons|acquitt\w*|lcr|fonds|argent|sepa|rembours\w*|"
        r"honorer|honorerons",
    ),
    "claimed": (
        r"(?:vous )?(?:a|ont) ete (?:adresse|envoye|expedie|poste|emis|remis|depose|transmis)e?s?\b(?! (?:des|dans|d\'ici|avant|le \d|sous))",
        r"(?:avons|ai|a|avez|ont|est|sont|ete|deja|bien|etait|etaient|c'est|c est)\s+(?:\S+\s+){0,2}?"
        r"(?:paye|payee|payes|payees|regle|reglee|regles|reglees|vire|viree|vires|virees|verse|versee|verses|versees|"
        r"soldee|soldees|acquitte|acquittee|acquittes|acquittees|preleve|prelevee|preleves|prelevees|debite|debitee|"
        r"honore|honoree|rembourse|remboursee)\b",
        r"(?:avons|ai) (?:deja |bien )?(?:payer|regler|virer|verser|solder)\b(?! (?:le|avant|d'ici|demain|dans|sous|des|au plus))",
        r"(?:virement|paiement|reglement|cheque|versement|prelevement|facture|montant|somme|traite|lcr|solde)s?" + g(3)
        + r"(?:a|ont|est|sont|avait|avaient|etait|etaient)\s+(?:deja\s+|bien\s+|normalement\s+)?(?:ete\s+)?(?:deja\s+|bien\s+)?" + _DONE + r"\b",
        r"(?:virement|paiement|reglement|ordre de virement|versement)s? (?:a|ont) (?:bien |deja )?ete " + _DONE_PAYMENT + r"\b",
        r"(?:avons|ai|a|ont|avions|avais|ete)\s+(?:deja\s+|bien\s+|hier\s+|ce matin\s+|aujourd'hui\s+|effectivement\s+)?"
        r"(?:effectue|fait|envoye|emis|execute|passe|lance|realise|ordonne|transmis|poste|expedie|initie|valide|procede|"
        r"declenche|adresse|remis|depose|regle)" + g(2) + r"(?:au |le |un |notre |ce |la |les |l'|nos |a |cette )?"
        r"(?:paiements?|virements?|reglements?|versements?|cheques?|ordres? de virement)\b",
        r"(?:preuve|avis|justificatif|justificatifs|confirmation|copie|ordre|recu|bordereau|attestation|capture(?: d'ecran)?|"
        r"releve|swift)s?\s+(?:d'|de |du |de la |des )?(?:paiement|virement|reglement|versement|execution|transfert|remise|"
        r"banque|bancaire|l'ordre de virement|notre banque)" + g(5) + r"(?:ci-jointe?s?|ci jointe?s?|en piece jointe|"
        r"en pj|jointe?s?|en annexe|annexee?s?)",
        r"(?:ci-jointe?s?|ci jointe?s?|en piece jointe|en pj|vous trouverez|veuillez trouver|je vous joins|"
        r"nous vous joignons|je joins|nous joignons|je vous transmets|nous vous transmettons|en annexe)" + g(4)
        + r"(?:preuve|avis|justificatif|confirmation|copie|ordre|recu|bordereau|attestation|capture|releve|swift)s?\s+"
        r"(?:d'|de |du |de la |des )?(?:paiement|virement|reglement|versement|execution|transfert|remise|banque|bancaire|"
        r"l'ordre|ordre|notre)",
        r"(?:paye|payee|payes|payees|regle|reglee|regles|reglees|vire|viree|verse|versee|effectue|effectuee|envoye|"
        r"envoyee|parti|partie|solde|soldee|fait)\s+(?:hier|avant-hier|ce matin|la semaine (?:derniere|passee)|"
        r"le mois (?:dernier|passe)|il y a|depuis|des le|" + _WD + r" (?:dernier|passe))",
        r"(?:payee?s?|reglee?s?|viree?s?|versee?s?|effectuee?s?|envoyee?s?|soldee?s?|acquittee?s?) (?:le|en date du|depuis le) "
        r"\d{1,2}(?:[/.]\d{1,2}|(?:er)? (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre))|"
        r"^\W*(?:deja |bien |tout est )?(?:paye|payee|regle|reglee|vire|solde|soldee|fait)\b(?! (?:le|avant|d'ici|demain|dans|sous|des|au plus))",
        r"deja (?:ete )?(?:paye|regle|vire|verse|solde|effectue|envoye|fait|parti|pris en charge|traite)(?:e|es|s)?|"
        r"(?:payee?s?|reglee?s?) (?:integralement|en totalite|en integralite|dans (?:sa|son|leur) (?:totalite|integralite))|"
        r"(?:est|sont|a|ont) (?:deja )?(?:parti|partis|partie|sorti|sortis|quitte notre compte)|"
        r"(?:debite|debitee|preleve|prelevee|sorti|sortie)s? (?:de|sur) (?:notre|nos|mon) (?:compte|banque)|"
        r"(?:virement|paiement|reglement|cheque) (?:est |sont )?(?:en cours|en route|en chemin|dans le circuit|a la poste|"
        r"parti|a ete poste)|(?:cheque|courrier) (?:est |a ete )?(?:dans le courrier|poste|envoye par la poste)|"
        r"avez-?\s?vous (?:pas |bien |deja )?(?:recu|eu|vu|pu voir|bien recu|enregistre|identifie|retrouve)" + g(2)
        + r"(?:notre|le|mon|ce|nos|les|un|notre dernier) ?(?:paiements?|virements?|reglements?|versements?|cheques?|fonds)|"
        r"(?:confirmer|confirmez|confirmiez) (?:la )?(?:bonne )?(?:reception|que vous avez (?:bien )?recu) (?:de |du |d')?"
        r"(?:notre |ce |le |mon )?(?:paiement|virement|reglement|versement|cheque)",
    ),
    "arrival": (
        r"(?:recevrez|verrez|arrivera|arriveront|parviendra|parviendront|apparaitra|apparaitront|"
        r"sera credite|sera creditee|seront credites|sera (?:visible|disponible|sur votre compte|chez vous)|"
        r"devrait (?:arriver|etre credite|apparaitre|parvenir|etre visible|etre sur)|devriez (?:le |la |les )?(?:recevoir|voir|avoir))"
        + g(5) + r"(?:compte|banque|\d|demain|" + _WD + r"|le|d'ici|sous|dans|avant|au plus tard|debut|fin|prochain|prochaine)",
        r"(?:delai|delais) (?:bancaires?|de traitement|interbancaires?|de virement|d'encaissement)|"
        r"(?:compter|il faut compter|prend|prennent|faut) (?:\d+|un|deux|trois|quelques|24|48|72) ?(?:a \d+ )?(?:jours?|h|heures?)",
    ),
    "info_copy": (
        r"(?:copie|copies|duplicata|duplicatas|double|exemplaire|version pdf|pdf|scan|original|originaux|reedition)"
        + g(2) + r"(?:de |des |du |d')?(?:la |le |cette |votre |vos |ces |les |l'|une? )?(?:factures?|avoirs?)\b|"
        r"(?:renvoyer|renvoyez|renvoyiez|reenvoyer|reenvoyez|reexpedier|reexpediez|retransmettre|retransmettez|"
        r"transmettre|transmettez|envoyer|envoyez|faire parvenir|adresser|adressez|communiquer|communiquez|"
        r"reediter|reeditez|fournir|fournissez)" + g(3) + r"(?:la |les |une |cette |ces |votre |vos |une copie de la )?"
        r"(?:factures?|avoirs?|pdf)\b|(?:me|nous) (?:la|les) (?:renvoyer|reenvoyer|retransmettre|transmettre|envoyer|"
        r"faire parvenir|renvoyez|transmettez)\b|"
        r"factures? (?:en )?(?:pdf|format pdf|piece jointe|version papier|originale)|"
        r"(?:trouve|trouvons|retrouve|retrouvons|localise|ouvrir|ouvre|lire|lis|lisible)" + g(3) + r"(?:la |cette |votre |le |les )?"
        r"(?:facture|pieces? jointes?|pj|pdf|fichier|document)s?|"
        r"(?:piece jointe|pj|fichier|pdf|document) (?:est |etait )?(?:manquante?|absente?|illisible|vide|corrompue?|"
        r"pas jointe?|n'est pas jointe?|ne s'ouvre pas|ne passe pas)|(?:sans|pas de|oubli de la) (?:piece jointe|pj)|"
        r"(?:egare|egaree|perdu|perdue)" + g(2) + r"(?:la |cette |votre )?facture",
    ),
    "info_statement": (
        r"releve(?:s)? (?:de compte|des factures|de situation|detaille|client)|releve\b|extrait de compte|"
        r"(?:etat|situation|point|historique|solde) (?:de |du |de notre )?(?:compte|comptes|encours|en-cours)|"
        r"(?:liste|listing|detail|recapitulatif|recap|recapitulation|etat|recensement|synthese|tableau)" + g(2)
        + r"(?:des |de nos |de vos |de toutes les |de )?(?:factures?|pieces|elements|echeances|sommes|montants|impayes|"
        r"operations|mouvements|ecritures)(?: (?:ouvertes|impayees|en attente|en souffrance|dues|echues|non reglees|en cours|restant dues))?|"
        r"(?:factures?|pieces|sommes|elements) (?:ouvertes|impayees|en attente|en souffrance|dues|echues|non reglees|restant dues)|"
        r"(?:rapprochement|lettrage|pointage|reconciliation|rapprocher|lettrer|pointer)|"
        r"(?:quelles?|combien de) (?:factures?|sommes|montants) (?:sont|restent|reste|avons-nous|avons nous|il reste)|"
        r"balance (?:agee|client|fournisseur)|grand livre|compte client",
    ),
    "info_bank": (
        r"\brib\b|\biban\b|\bbic\b|\bswift\b|coordonnees bancaires|references bancaires|releve d'identite bancaire|"
        r"(?:informations?|details|donnees|infos|references|identite) bancaires?|(?:numero|n°|no) de compte|"
        r"compte bancaire|(?:sur|vers|a) quel compte|(?:quel|quelle|quels) (?:compte|banque|moyens? de paiement|"
        r"modes? de (?:paiement|reglement))|(?:comment|ou|par quel moyen) (?:pouvons-nous|puis-je|peut-on|pouvons nous|puis je|"
        r"dois-je|devons-nous|devons nous|faut-il|effectuer|payer|regler|faire|envoyer|adresser)" + g(2) + r"(?:payer|regler|le paiement|"
        r"le reglement|le virement|virer|paiement|reglement|cheque)?|(?:moyens?|modes?|modalites|conditions) de (?:paiement|"
        r"reglement)|(?:payer|regler|paiement|reglement) (?:par|en|avec (?:une |la )?) ?(?:carte|cb|carte bancaire|carte bleue|"
        r"paypal|cheque|lien|ligne|prelevement|traite|lcr)|lien de paiement|paiement en ligne|ordre de cheque|"
        r"a l'ordre de qui|changement de (?:rib|coordonnees bancaires|banque)|(?:nouveau|nouvel|votre) (?:rib|iban)",
    ),
    "info_other": (
        r"(?:bons?|bordereaux?) de livraison|(?:preuve|justificatif) de livraison",
        r"bon de commande|(?:numero|n°|no|ref|reference) (?:de |du )?(?:bon de commande|commande|bc|po|dossier|contrat|"
        r"marche|engagement)|\bbc\b|(?<!un )\bpo\b(?!')|(?:notre|votre) (?:reference|ref|numero) (?:de commande|interne|client|fournisseur)|"
        r"(?:a quoi|a quelle|a quel) (?:correspond|correspondent|se rapporte|se rapportent|se refere|fait reference)|"
        r"de quoi s'agit-il|de quoi il s'agit|(?:quelle|quelles|quel|quels) (?:facture|factures|prestation|commande|livraison|"
        r"montant|frais|produit|service|projet)|(?:pourquoi|comment) (?:cette|ce|ces|la|le|les|un|une) (?:facture|montant|"
        r"frais|penalite|interets|somme|majoration)|"
        r"(?:plus d'|davantage d'|des |d')?(?:informations|explications|precisions|details|renseignements|justifications?|"
        r"eclaircissements)(?: (?:supplementaires|complementaires|sur|concernant))?|detail(?:le)? (?:de la|du|des) "
        r"(?:facture|montant|calcul|prestations|frais)|decompte|ventilation|"
        r"(?:bon|bons|preuve|preuves|justificatif|attestation|accuse) de (?:livraison|reception|passage|intervention)|"
        r"\bbl\b|bordereau de livraison|feuilles? de (?:temps|presence|route|heures)|"
        r"(?:numero de |n° )?(?:tva|siret|siren|tva intracommunautaire|kbis|extrait kbis)|"
        r"(?:devis|contrat|conditions generales|cgv|bon pour accord|proposition commerciale|accord signe)|"
        r"(?:date d'echeance|echeance exacte|conditions de paiement|delai de paiement contractuel)|"
        r"(?:justifier|expliquer|preciser|detailler|clarifier)" + g(3) + r"(?:facture|montant|frais|calcul|somme|ligne|prix)",
    ),
    "request": (
        r"(?:merci|je vous remercie|nous vous remercions) (?:de|d')(?! votre| vos| ta| ton| tes| l'| la | le | cette| ce )|"
        r"(?:pourriez|pouvez|voudriez|voulez|pourrais|peux|auriez|avez)-?\s?(?:vous|tu)\b|veuillez|veuillez svp|"
        r"s'il vous plait|s'il te plait|\bsvp\b|\bstp\b|(?:je|nous) (?:souhaiterions|souhaiterais|souhaitons|"
        r"souhaite|voudrions|voudrais|aimerions|aimerais|desirons|desire|sollicitons|sollicite|demandons|demande)|"
        r"(?:j'ai|nous avons|j'aurais|nous aurions|aurions|aurais) besoin|(?:il me faut|il nous faut|il nous faudrait|il me faudrait)|"
        r"(?:envoyez|adressez|transmettez|communiquez|renvoyez|faites)-?\s?(?:moi|nous)|(?:me|nous) (?:faire parvenir|"
        r"transmettre|envoyer|communiquer|renvoyer|adresser|indiquer|preciser|confirmer)|"
        r"(?:est-il|serait-il|est il|serait il) possible|(?:pourrions|pouvons)-?\s?nous (?:avoir|obtenir|recevoir)|"
        r"(?:ou|comment|quand|pourquoi|quel|quelle|quels|quelles|combien) (?:est|sont|puis|pouvons|peut|dois|devons|faut|"
        r"avez|trouver)|\?",
    ),
    "ack": (
        r"^\s*(?:ok|okay|d'accord|dac|entendu|bien recu|bien note|c'est note|note|merci|merci beaucoup|"
        r"merci bien|parfait|tres bien|compris|recu|bien vu|oui|non|ca marche|super)\W*$|"
        r"bien (?:recu|note|pris note)|c'est note|(?:j'ai|nous avons|je prends|nous prenons|prenons|prends) (?:bonne )?note|"
        r"(?:je |nous )?(?:transmets|transmettons|transfere|transferons|fais suivre|faisons suivre|ai transmis|avons transmis|"
        r"ai transfere|avons transfere|ai fait suivre|avons fait suivre)" + g(3) + r"(?:a|au|aux|en|pour)\b|"
        r"(?:je |nous )(?:regarde|regardons|verifie|verifions|vais regarder|allons regarder|vais verifier|allons verifier|"
        r"reviens vers vous|revenons vers vous|reviendrai vers vous|reviendrons vers vous|vais voir|allons voir|"
        r"me renseigne|nous renseignons|vais me renseigner|fais le point|faisons le point|vais faire le point|"
        r"allons faire le point|vais me pencher|allons nous pencher|examinons|examine|analysons|etudions|etudie)\b",
    ),
    "vague_time": (
        r"bientot|prochainement|rapidement|sous peu|d'ici peu|dans peu de temps|au plus vite|"
        r"(?:des|aussi vite) que possible|dans les (?:meilleurs|plus brefs) delais|dans (?:les|des) delais raisonnables|"
        r"(?:dans|d'ici|sous) (?:les |quelques |quelque )(?:prochains )?(?:jours|semaines)|"
        r"(?:la semaine|le mois|l'annee) prochaine?|(?:semaine|mois) prochaine?|(?:debut|milieu|courant|mi-?|"
        r"en debut de|au debut du|au debut de la|en milieu de|en cours de|au cours du|au cours de la) "
        r"(?:de |du |d')?(?:la |l')?(?:semaine|mois|annee|janvier|fevrier|mars|avril|mai|juin|juillet|aout|"
        r"septembre|octobre|novembre|decembre|prochain|prochaine)|"
        r"(?:cette|ce) (?:semaine|mois|mois-ci)|un de ces jours|des que (?:nous|on|j'|je|notre|les fonds|le client|"
        r"possible|la situation|nous aurons|nous serons)|des (?:reception|encaissement|rentree)|"
        r"lorsque (?:nous|notre|les fonds)|quand (?:nous|notre|les fonds)|une fois (?:que|les fonds|le)|"
        r"au plus tot|plus tard|ulterieurement|prochaines? semaines?|prochains? jours",
    ),
    "partial": (
        r"(?:la |une )?moitie|une partie|en partie|partiel(?:le|lement|s|les)?|(?:un|notre|d'un|d'une) acompte|acompte|"
        r"(?:un |le |notre )?premier (?:versement|paiement|reglement|virement)|(?:une|la) premiere (?:tranche|partie|echeance)|"
        r"(?:une|la) (?:partie|portion) (?:du|de la|de notre|de cette)|\d+ ?%|\d+ pour ?cent|(?:un|le) tiers|(?:un|le) quart",
    ),
    "full": (
        r"(?:la |en |dans sa |dans son |de la |l')(?:totalite|integralite)|integralement|en totalite|"
        r"le solde(?! restant)|le (?:montant|reste) (?:total|integral|du|restant du)|l'ensemble (?:des factures|de la somme|du montant|du solde)|"
        r"tout (?:le montant|le solde|ce qui est du|le reste|regler)|toutes les factures|la somme totale|"
        r"le total|la facture (?:entiere|complete)",
    ),
    "not_before": (
        r"pas (?:\S+ ){0,3}?(?:avant|plus tot que|anterieurement a)|au plus tot|au mieux|(?:ne|n') \S+ (?:\S+ )?qu'(?:a partir|au|a|apres|le)",
    ),
    "injection": (
        r"(?:note|message|instructions?|consignes?) (?:a|pour|au|a l\') ?(?:l\'|la |le )?(?:ia|assistant|assistante|systeme|robot|bot|agent|modele)\b[^\n]*|(?:^|\n)\s*(?:systeme|assistant|ia)\s*:[^\n]*",
        r"(?:ignorez|ignore|ignorer|oubliez|oublie|oublier|negligez|faites abstraction)" + g(3) + r"(?:toutes|tous|les|vos|tes|"
        r"precedentes?|anterieures?|ci-dessus|de)" + g(1) + r"(?:instructions?|consignes?|regles?|directives?|prompts?|ordres?)[^\n.!?]*|"
        r"(?:nouvelles?|nouvelle) (?:instructions?|consignes?)\s*:[^\n.!?]*|"
        r"\b(?:marquez|marquer|marque|passez|passer|enregistrez|enregistrer|classez|classer|indiquez|indiquer|"
        r"mettez|mettre)\b" + g(4) + r"(?:comme|en) (?:payee?s?|reglee?s?|soldee?s?|close?s?|cloturee?s?|resolue?s?|annulee?s?|"
        r"statut (?:paye|regle|solde|clos))|"
        r"(?:cloturez|cloturer|cloture|fermez|fermer|supprimez|supprimer|effacez|effacer|archivez|archiver)" + g(2)
        + r"(?:ce |le |notre |mon |cette |la )?(?:dossier|compte|ticket|dette|creance|relance|relances|fiche|historique)\b|"
        r"(?:tu es|vous etes) (?:maintenant |desormais )?(?:un|une|l') ?(?:ia|assistant|assistante|modele|robot|bot|agent)\b|"
        r"(?:arretez|stoppez|suspendez|desactivez|cessez) (?:toutes |immediatement |tout |les )*(?:les )?(?:relances|rappels|procedures? de recouvrement|recouvrement)",
    ),
}

VOCAB = """
facture factures facturation facture paiement paiements reglement reglements virement virements
versement versements prelevement prelevements echeancier echeanciers echeance echeances
echelonner echelonne echelonnement mensualites mensualite tresorerie liquidites difficultes
difficulte difficile defectueux defectueuse defectueuses endommage endommagee endommagees
abimee abimees cassee cassees casses ecrase ecrasee ecrases ecrasees urgent urgente urgentes deteriore deterioree marchandise marchandises livraison
livraisons livree livrees incomplete incompletes incorrecte incorrect incorrects erronee errone
erronees montant montants reclamation reclamations contestons contester contestation conteste
litige litiges litigieux litigieuse rectificative rectificatif remboursement rembourser
refusons refuser paierons payerons reglerons reglerai paierai payerai verserons verserai
virerons solderons effectuerons effectuerai procederons procederai enverrons impossible
absente absent absents absentes absence conges vacances deplacement retour reviendrai
automatique automatiquement urgence urgences collegue collegues remplacante remplacant
successeur retraite desormais dorenavant coordonnees adresse adresses interlocuteur
interlocutrice destinataire societe entreprise comptabilite fournisseur fournisseurs
rappeler rappelez appeler appelez telephone telephoner joignable portable disponible
duplicata releve releves bancaires bancaire commande commandes bordereau justificatif
justificatifs preuve confirmation supplementaire supplementaires delai delais prolongation
reporter repousser decaler patienter patience quelques semaines semaine prochaine prochain
prochainement bientot rapidement possible moitie partie partiel partielle acompte totalite
integralite integralement solde soldee effectue effectuee envoye envoyee programme programmee
prevue prevu planifie vendredi mercredi samedi dimanche janvier fevrier septembre octobre
novembre decembre juillet avril actuellement momentanement moment instant situation
concernant cordialement salutations bonjour bonsoir madame monsieur merci remercie
remercions souhaiterions souhaiterais pourriez pouvez pourrions pouvons voudrions aimerions
transmettre transmets transmettons renvoyer envoyer parvenir communiquer trouver retrouve
document documents fichier piece jointe jointes ci-joint informations explications
precisions renseignements contrat devis quantite quantites produits produit articles
article pieces manquant manquante manquantes manquants conforme conformes conformite
prestation prestations intervention installation travaux service services realisee
realise termine terminee mecontent satisfait satisfaits insatisfait garantie reparation
instructions precedentes ignorez oubliez assistant semaines mensuel mensuelle mensuellement
plusieurs tranches tranche fractionner fractionne etaler etalement modalites attendons
attente recevoir recevrez recevons envoyons parviendra arrivera credite visible
traitement banque compte comptes clients client nouvelle nouveau nouveaux nouvelles
indisponible injoignable fermeture ferie bureau bureaux messagerie courriel courriels
appeliez rappeliez attendions caisse caisses courriers manquait manquent pourrons pourrai
pourrait pourrais pourra reenvoyer refusions refutons reglee reglees regle regles reglez
reglons reglera regleront payee payees payer payons payez paierez paiera paieront payera
viree virees verse versee versees versons soldees acquittee acquittees prelevee prelevees
debite debitee honore honoree remboursee rembourse envoyes envoyees effectues effectuees
realite payions reglions verrons rappelliez attendez attendre attendu attendue manquants manquantes recues recus facturee facturees
factures facturer factures
"""
# every word of the cues above, so that the typo corrector never rewrites one of them
KNOWN = """
abonnement absolument abstraction acceptable accepte acceptee accepter accepterez accepteriez
acceptez acces accord accorder accorderiez accordiez accuse achat acheve acquitte acquitter
acquitterai acquitterons acquittes active activite actuelle adresser adressez affaire agence
agent aimerais ajournement allez allons analysons annee annexe annuelle annule annulee annules
anomalie anomalies anterieurement apparaitra apparaitre apparaitront appel appelle approbation
approuve apres apurement archiver archivez argent arrangement arret arretez arrive arriver
arriverons arriveront arrivons assistante assumer assure assurer assurera attend attends
attestation attribuee aucun aucune aucunement aujourd aupres aurais aurez auriez aurions aurons
aussi automatise autorise autorisee autre avaient avais avait avance avant avenir avions avocat
avocats avoir avons baisse balance beaucoup beneficier besoin binome bleue bloque boite bonne
bonnes brefs budget cabinet cache calcul calendrier campagne capacite capture carte
categoriquement celle celui centime certain cessez cette change changement changer changez
chantier chaque charge chemin cheque chiffrage chiffre circuit clarifier classer classez
clemence cloture cloturer cloturez colis combien commandee commandees comme comment commercial
commerciale communiquez complementaires complete compliquee compris compter comptez comptons
concerne concernee conditions conference confirmer confirmez confirmiez conge conjoncture
connais connaissance connaissons connexion conseil conseiller consentir consequent consultant
consultee contact contacter contactez contentieux contestee contestees contestes contestez
contractuel convenu copie copies coquille correspond correspondent corrige corrigee corriger
corrigez couleur courant courrier cours court creance credit creditee credites creee creuse
crise cycle davantage debut decalage decalons declenche declencher decompte decouper decouvert
deduits defaut definitivement demain demande demandee demander demandons depannage depanneur
depose depuis dernier derniere desaccord desactivee desactivez desire desirez desirons dessus
detail detaille detailler details dette deuxieme devant devons devraient devrais devrait devriez
devrions differe differend different differer differons diffusion direct directe directement
diriger discuter disponibilites disponibles disposes disposition disputons diviser doivent
donnees donner dossier double doublon douze duplicatas durant ecart ecarts echange echanger
echeant echues eclaircissements ecran ecrire ecritures ecrivez effacer effacez effectuer
effectuera egalement egare egaree elements emettrai emettre emettrons emise emission encaisse
encaissement encore encours engage engagement engageons enregistre enregistrer enregistrez
ensemble ensuite entendu entiere entierement entite entre entretenir entretien enverra enverrai
envisage envisageable envisageons envoi envoyez equipe erreur erreurs escompte especes espere
esperons essaierai essaierons estivale etablir etaient etait etale etalions etalons etant etudie
etudions exacte examine examinons exceptionnelle execute executer executerons execution
exemplaire existe expedie expedition expliquer extrait faire faisons faites fassiez faudrait
fausse faute ferai feries fermee fermement fermer fermez ferons fiche financement fonction
fonctionne fonctionnent fonctions fonde fonds format formateur formation formellement fourni
fournir fournissez fractionnement fractionnons frais genant generales genere geree gerera geres
geste grace grand groupe guere harceler hesitez heure heures historique honorer honorera
honorerai honorerons identifie identite ignore ignorer illisible immediatement impayees impayes
impossibilite incident incoherence incoherences indique indiquer indiquez indulgence inferieur
infos initial initie installateur insuffisance integral interets interim interlocut
interlocuteurs intermittent interne intervenant interviendra intracommunautaire jamais jeudi
joignons joindre joins jouable jours jugez juridique jusqu juste justifier ladite laisser lance
lancer lancerai lancerons ledit leger lettrage lettrer ligne limite liquide lisible liste
listing livre livres livreur localise lorsque lundi machine mails maintenance maintenant
majoration maladie manque marche marchent mardi marque marquer marquez materiaux materiel
maternite matin mauvais mauvaise meilleurs menacer mensualisation mensualiser mensuels message
mesure mettez mettiez mettra mettrai mettre mettrons mieux milieu mises mission mobile modele
modifiee modifiees modifier modifiez moindre moins mouvements moyen moyens necessaire
necessaires negligez negocie nettoyage noreply notre nouvel nulle nullement numero obtenir
obtention occupe occupera occuperai occuperons occupons octroyer operations ordonne ordonner
ordonnerons ordre original originale originaux oubli oublie oublier ouvertes ouvre ouvrier
ouvrir panne papier parait parce parental parfait parler parte partent parti partiels parties
partir partira partiront partis parvenons parviendrons parviendront passage passe passee passer
passera passerai passerons passeront passez paternite payes paypal penalite penalites pencher
pendant pense pensons percu perdu perdue periode personne personnel petit petites
plainte plait planifions point pointage pointer portion poste postposer pourquoi pourront
pouvoir preciser preleve preleves premiere prend prendrai prendrons prends prennent prenons
preparation preparer presence present prestataire prete prets preuves prevois prevoyons priere
prise probleme procede proceder procedera prochains programmer programmerai programmerons
progressivement projet promets promettons proposition prorogation proroger provisoirement
purement qualite quand quart quatre quelle quelles quelqu quelque quels question questions
quitte rabais raisonnables rallonge rappelle rappels rapporte rapportent rapprochement
rapprocher realiser realiserons recap recapitulatif recapitulation recensement reception
reclame reclamer reclamons reconciliation reconnais reconnaissons recontacter
recontacterai recontacterons recontactez recouvrement rectifie rectifiee recue reduction reduit
reediter reeditez reedition reenvoyez reexpedier reexpediez refere reference references refuse
refuses refusez regarde regarder regardons regler regularise reguliers relais relance relances
relevee reliquat remarquer rembourserai rembourserons remettre remis remise remplace remplacee
remplacement remplacer remplacez rendez rendu renseigne renseigner renseignons rentre rentree
rentrerai renvoi renvoye renvoyez renvoyiez repare repartir repit repondrai repondre repondrons
reponse report reporte reportons repoussons reprendrai reprends repris reprise requete resilie
resiliee resilies resolu responsable restant reste restent restitue restitution restons
restreint retarder retardons retourne retransmettez retransmettre retrouvons reunion reunir
revenons reviendrons reviens ristourne robot route saisir salon savoir scinder seance second
seconde semble seminaire serai serait serons seront session signature signe signee simplement
sinon siren siret solder soldera solderai soldons sollicite solliciter sollicitons solution
solutionne somme sommes sorte sorti sortie sortira sortis souci soucis souffrance souhaite
souhaitez souhaitons statut stoppez strictement structure successeure successifs suffisants
suite suivant suivante suivi suivis suivra suivre suivront super suppleance supprimee supprimer
supprimez surfacturation sursis surveillee suspendez swift synthese tableau tacherai tacherons
taille tarif tarifs technicien telephonez telephonique teletravail temporairement temps tendue
tenons tension tensions tenter terme ticket tiens tiers tombe tombee tombees tombes total totale
totalement toucherez toujours toute toutefois toutes trace train traite traiter traitera
traiterai traiterons traites transfere transferons transfert transmettez transmis transporteur
travail travaille travaillent travaillons tribunal tribunaux trois trouve trouvee trouverez
trouvons ulterieure ulterieurement unites usage utilisee utiliser vague valable validation
valide validee valider validerai validerons ventilation verifie verifier verifions verrez verser
versera verses version veuillez virer virera virerai vires virons visite votre voudrais voudriez
voulez voulons voyez
"""
# the inflected forms the cues above accept
KNOWN += """
abimes abusif abusifs abusive abusives achevee actives activs additionnel additionnels amples
annexee annexees annexes anterieure anterieures appliquees appliques arrivees avoirs bloquee
bloquees bloques calees cartons cheques closes cloturee cloturees clotures commencee consignes
consultees contentes contents convenue correcte correctes corrects correspondances
correspondante corrompu corrompue deduit deduite deduites deplacee deplacees deplaces
destinataires deteriorees deteriores directives echelonnes endommages enregistree envois errones
etales eventuelle eventuelles exactes exacts excessif excessifs excessive excessives executee
expediee expediees expedies expeditions fixees fournie fournitures fractionnes incomplet
incomplets incorrectes indisponibles inexact inexacte inexactes inexacts inexploitable
inexploitables insatisfaits inscrites insuffisant insuffisantes insuffisants integree
interbancaire interbancaires intervenu intervenue intervenues intervenus inutilisable
inutilisables joints justes justifications liquidite litigieuses malfacon malfacons mecontente
mecontentes mecontents negociee ordonnancee ordonnancees ordonnances palette palettes partiell
partielles parvenu parvenue parvenues parvenus planifiee planifiees planifies positionnee
positionnees positionnes programmees prompt prompts receptionnes redevable redevables registres
relevees repriss resolue resolues resolus retards retenues retenus salariee satisfaisant
satisfaisante soldes suivies surevalue surevaluee surevaluees surevalues surveille surveillees
surveilles suspendue suspendues suspendus tendues tendus transmiss urgents valables valides
venues
completee completees completes completer completement
"""
# ordinary words of replies (closings, participles, names) one typo away from a cue word of some
# language: known, so never "corrected"
KNOWN += """
abimee abimees achats adam adressee adressees agreable alain alexandre andre anne annulee
annulees antoine approuvee approuvees arnaud assistant assistante aubert aubry aurelie avance
avocat avocate barbier baron barre belle benjamin benoit berger bernard bertrand blanc blanchard
bon bonjour bonne bonnet bonsoir bourgeois boyer breton brun brunet bruno camille caroline caron
carpentier carre catherine celine chantal charles charpentier chevalier chloe christian
christine christophe claire clement colin collet commande commandee commandees commandes
comptabilite comptable cordialement corrigee corrigees cousin da daniel david denis deschamps
directeur directrice distinguees dubois dufour dumas dumont dupont dupuis dupuy durand duval
effectuee effectuees emilie entrepot entreprise envoyee envoyees eric eurl fabre faure fernandez
fleury fontaine fournier fournisseur fournisseurs francois francoise frederic gaillard gall
garcia garnier gauthier gautier gerant gerante gerard girard giraud gonzalez guerin guillaume
guillot guyot helene henry hubert huet isabelle jacquet jean jerome joly journee julie julien
juliette lacroix laine lambert laurent le leclerc leclercq lecomte lefebvre lefevre legrand
lemaire lemoine leroux leroy livraison livree livrees livreur lopez louis lucas madame magasin
maillard manon marchal marchand marie martin martine martinez marty masson mathieu matthieu
maxime menard merci mercier mesdames messieurs meunier meyer michel monique monsieur moreau
morel morin moulin muller nathalie nguyen nicolas nicole noel olivier paris pascal patrick paul
pauline payee payees perez perrin perrot petit philippe picard pierre poirier pons previsions
prevost prevue prevues prevus programmee programmes realisee realisees receptionne receptionnee
receptionnees recu recue recues recus reglee reglees remerciements remy renard renaud renault
rendue rendues respectueuses responsable retournee retournees rey richard riviere robert robin
roche rodriguez roger rolland romain rousseau roussel roux roy royer salutations sanchez sandra
sandrine sarl schmitt schneider sebastien semaine service signee signees silva simon sinceres
societe soiree sophie stephane stephanie sylvie terminee terminees thierry thomas traitee
traitees transmise transmises transporteur valerie validee validees vasseur veronique versee
versees vidal vincent viree virees
"""
# frequent French words of six letters or more (ranked with the wordfreq package's lists), so
# that ordinary words are never "corrected" into a cue word of another language
KNOWN += """
abandon abandonne abandonnee abandonner abattu abbaye abeilles abolition abonnes aborder aboutir
absences absolu absolue absurde abusent academie acceder accelerer accent accessible accessibles
accessoires accident accidents accompagne accompagnee accompagnement accompagner accompli
accomplir accorde accordee accords accroitre accrue accueil accueille accueilli accueillir
accusation accusations accuser achete acheter acquerir acquis acquise acquisition acteur acteurs
actifs action actionnaires actions activement activiste activites actrice actualite actualites
actuel actuelles actuels adaptation adapte adaptee adapter adhesion adjoint admettre
administrateur administratif administratifs administration administrations administrative
administratives admirer adolescence adolescent adolescents adopte adoptee adopter adoption
adorable adrien adulte adultes adversaire adversaires aerien aerienne aeriennes aeroport
affaires affecte affection affiche afficher affiches affirmation affirme affirmer affronter
afghanistan africain africaine africains afrique agences agenda agents agglomeration agissait
agissant agisse agression agressions agricole agricoles agriculteurs agriculture aiguille
ailleurs aimais aimait aiment aimerai aimerait aisement ajoutant ajoute ajoutee ajouter alarme
albert alberta albums alcool alentours alerte alexis alfred algerie algerien algerienne
algeriens alimentaire alimentaires alimentation alimenter aliments allaient allais allait allant
allemagne allemand allemande allemandes allemands alliance allies allions allure allusion alsace
alternance alternative alternatives altitude aluminium amateur amateurs amazon ambassade
ambassadeur ambiance ambitieux ambition amelioration ameliore ameliorer amenagement amende
amendement amener americain americaine americaines americains american amerique amical amiens
amiral amitie amoureuse amoureux amours ampleur amsterdam amusant amuser analyse analyser
analyses ancetres ancien ancienne anciennes anciens ancrage andree andrew android angela angeles
angers anglais anglaise angles angleterre angoisse animal animale animateur animation animaux
annales anneau annees anniversaire annonce annoncee annoncer annonces annuel annuels annulation
annuler anonyme antenne anthony antique antiquite antonio anvers anxiete apercu apparaissent
apparait appareil appareils apparemment apparence apparente apparition appart appartement
appartements appartenait appartenance appartenant appartiennent appartient apparu appela
appelait appele appelee appeles appellent appeller appels appetit application applications
applique appliquee appliquer apport apporte apporter apprecie apprecier apprend apprendre
apprends apprentissage appris approche approcher approprie approvisionnement appuie appuyant
appuyer arabes arabie arbitrage arbitre arbitrer arbitres arbres archeveque architecte
architecture archives archiviste ardent argentine argument arguments armees arnaque arracher
arrange arranger arrestation arrete arretee arretent arreter arretes arrets arriere arrivait
arrivant arrivee arrivent arrives arrondissement arsenal arthur articule articules artificielle
artillerie artisans artiste artistes artistique artistiques ascenseur ascension asiatique
asiatiques aspect aspects assassinat assassine assaut assemblee asseoir assiette assise assises
assistait assistance assistantes assiste assister association associations associe associee
associer associes assume assurance assurances assurant assuree assurent atelier ateliers athenes
athlete athletes atlantique atmosphere attache attacher attaquant attaque attaquer attaques
atteindre atteint atteinte atteints attendais attendait attendant attende attendent attendiez
attendra attentat attentats attentes attention attentions atteste attire attirer attitude
attraction attraper attribue attribuer attribution auberge audience audition augmentation
augmente augmenter auguste augustin auparavant auquel auraient aurait auront aussitot australie
australien autant auteur auteurs authentique autobus autochtones automne automobile automobiles
autonome autonomie autorisation autoriser autorises autorite autorites autoroute autour
autrefois autrement autres autriche autrui auvergne auxquelles auxquels avancee avancees avancer
avantage avantages aventure aventures avenue averee avertissement aveugle aviation avignon
avorte avortement avouer bagages baiser baisser balade balise balles ballon bandes banlieue
banques banquier baptiste barbara barcelone barque barrage barres barriere baseball basket
basque basses bassin bataille bateau bateaux batiment batiments batisse batman battent batterie
batteries battre beaute belges belgique belles bendit benefice benefices beneficie beneficient
benevoles berlin besoins besson beurre bibliographie bibliotheque bibliotheques bienvenue bijoux
billet billets biodiversite biologie biologique bisous bizarre blague blagues blanche blanches
blancs blesse blesser blesses blessure blessures blocage blogue blonde bloquer blouse boisson
boissons boites bombes bonheur bonhomme bordeaux bordel bornes bosser boston bottes bouche
boucher bouches boucle bouffe bouffer bouger boules boulevard boulot bourgogne bourre bourse
bourses bouteille bouteilles boutique boutiques bouton boutons bracelet branche branches bresil
bresilien bretagne brevet brigade brillant brillante briser britannique britanniques bronze
bruits bruler brunswick bruxelles bulletin business buteur cabine cachee cacher cadavre cadeau
cadeaux cadres cahier cahiers calais calculer calculs californie calmer camarade camarades
camera cameras cameroun camion camions campagnes camping campus canada canadien canadienne
canadiens canape canard canaux cancer candidat candidate candidats candidature cannabis cannes
canons canton capable capables capacites capitaine capital capitale capitalisme capitaux
caractere caracteres caracterise caracteristique caracteristiques carbone carburant cardiaque
cardinal cardio carlos carnet carrefour carrement carres carriere cartes carton casino casque
cassation casser cassis cassos castes casting catalogue catastrophe categorie categories
cathedrale catholique catholiques cauchemar causee causees causer causes caution cavalerie
ceinture celebration celebre celebrer celebres celibataire celles cellulaire cellule cellules
cendres censure centaine centaines center centimetres central centrale centrales centre centres
cependant cercle cereales ceremonie certaine certainement certaines certains certes certificat
certitude cerveau cesser chacun chacune chaine chaines chaire chaise chaleur challenge chambre
chambres champagne champignons champion championnat championnats championne champions champs
chance chances changements changent changera chanson chansons chante chanter chanteur chanteuse
chantiers chants chapeau chapelle chapitre chapitres charbon chargee chargement charger charges
charia charite charlie charlotte charmant charme charmes charte chartes chasse chasser chasseur
chasseurs chateau chatte chaude chauffage chauffeur chaussee chaussure chaussures chauve chelsea
chemins chemise cherchait cherchant cherche cherchent chercher cherches chercheur chercheurs
cherchez cherie cheval chevaliers chevaux cheveux chiant chicago chiens chiffres chimie chimique
chimiques chinois chinoise chirac chirurgie chirurgien chocolat choisi choisie choisir choisis
choisit chomage chomeurs choque choses chouette chretien chretienne chretiens christ christiane
christianisme chronique chroniques cibles cigarette cigarettes cimetiere cinema cinquante
cinquieme circonscription circonstances circuits circulaire circulation circuler cirque citation
citations citoyen citoyens civile civiles civilisation civils clairement claires claque clarke
clarte classe classement classes classification classique classiques claude clause clavier
clermont cliches clientele climat climatique climatiques clinique clinton cloche cloitre
coalition cochon coeurs coffre coherence coiffure coince coincee colere collaborateurs
collaboration collecte collectif collection collections collective collectivite collectivites
college colleges coller collier colline colloque colombie colonel colonie colonies colonisation
colonne colonnes combat combats combattants combattre combinaison comble combler comedie cometes
comique comite comites commandant commandement commander commandos commenca commence commencent
commencer commentaire commentaires commenter commercants commerce commerces commerciales
commerciaux commettre commis commissaire commissariat commission commissions commun
communautaire communaute communautes commune communes communication communications communique
communiste communistes communs compagne compagnie compagnies compagnon compagnons comparable
comparaison compare comparer compatible compensation compenser compere competence competences
competition competitions complement complementaire complet completement completer complexe
complexes complexite complice complicite complique complot comporte comportement comportements
compose composee composer composes compositeur composition comprehension comprenant comprend
comprendre comprends comprenez comprennent compression comprise compromis comptabilise comptait
comptant comptent compteur comtes concentration concentre concentrer concept conception concepts
concernait concernent concernes concert concerts concession concevoir conciliation concilier
conclu conclure conclusion conclusions conclut concours concretement concue concurrence
concurrents condamnation condamne condamner condamnes condition conducteur conducteurs conduire
conduit conduite confederation conferences confiance confie confier configuration confirme
confirmee confirmes conflit conflits confondre conformement conformer confort confortable
conforte confusion congres conjoint connaissais connaissait connaissances connaissent connaissez
connait connaitre connard connerie conneries connes connue connues connus conquete consacre
consacree consacrer conscience conscient conseille conseillers conseils consensus consentement
consequence consequences conservateur conservateurs conservation conserve conserver considerable
considerablement considerant consideration considere consideree considerent considerer
consideres consigne consiste console consommateur consommateurs consommation consommer
constamment constant constante constat constate constater constitue constituee constituent
constituer constitution constitutionnel constitutionnelle constructeur constructeurs
construction constructions construire construit construite consultation consulte consulter
consultes contacte contacts contemporain contemporaine contemporains contenant contenir content
contente contenter contenu contenus contes contexte contextes contiennent contient continent
continu continue continuent continuer continuez continuite contracte contracter contradiction
contraint contrainte contraintes contraire contrairement contraste contrats contre contree
contribue contribuer contribution contributions controle controler controles convaincre
convaincu convention conventions conversation conversations conversion conviction convictions
convient cooperation coordination copain copains copine copines coptes coquin cordes coreen
cornes correct correctement correction correspondance correspondant corruption corses corvette
costume costumes cotisations couche coucher couches coucou couillard couille couilles couler
couleurs couloir coupable coupables coupant couper coupes couple couples courage courageux
courait courante courants courbe courent coureur coureurs courir couronne course courses courte
courtes courtier courtiers courts cousine coussin couteau couvent couvert couverte couverts
couverture couvrant couvre couvrir craindre craint crainte creant createur createurs creation
creations creature creatures credibilite credible credits creent creuser crever crimes criminel
criminelle criminels crises cristal critere criteres critique critiquer critiques croient croire
croise croiser croises croissance croissant croyais croyait croyance croyances croyant croyez
cuisine cuivre culpabilite cultes culture culturel culturelle culturelles culturels cultures
curieux curiosite cycliste damien damier danemark danger dangereuse dangereuses dangereux
dangers danois danser datant datent daudet dealer debarrasser debats debattre debbie debile
debout debute debuts decede deceler decennie decennies deception decharge dechets decide
decidement decident decider decidera decision decisions declaration declarations declare
declarer declin decoration decouverte decouvertes decouvre decouvrez decouvrir decouvrit decret
decrire decrit dedans dediee defait defaite defaites defauts defend defendre defendu defense
defenseur defenseurs deficit defile defini definie definir definit definitif definition
definitive defunt degage degager degats degradation degres degueulasse dehors dejeuner
delegation delegue delicat delicate delicieux delire delits delmas demandais demandait demandant
demandent demandes demandez demarche demarches demarre demarrer demeure demission democrate
democrates democratie democratique demons demonstration demontre demontrer denonce denoncer
densite depart departement departemental departements depasse depasser depend dependance
dependant depense depenser depenses depite deplace deplacements deplacer deposer depots
depression depute deputes derange derive dernierement dernieres derniers deroule deroulement
derriere descend descendre descente description desert design designe designer desirs desole
desolee dessert dessin dessiner dessins dessous destin destination destine destinee destinees
destines destruction detailles detective detention detenu detenus determination determine
determiner deteste detient detour detresse detriment detruire detruit dettes devaient devais
devait developpe developpee developpement developper developpes devenir devenu devenue devenus
deviendra devienne deviennent deviens devient deviner devinez devint devise devoile devoir
devoirs devrez devront diable diagnostic dialogue diamant diametre dictature dictionnaire didier
diesel dieter differemment difference differences differente differentes differents
difficilement difficiles diffuse diffusee diffuser digital dignite dimension dimensions diminue
diminuer diminution dingue diocese diplomatique diplome dirais dirait directes directeurs
direction directions directive dirige dirigeant dirigeants dirigee disaient disais disait disant
discipline discours discret discretion discrimination discussion discussions discute disent
disney disons disparait disparaitre disparition disparu disparue dispose disposee disposent
disposer dispositif dispositifs dispositions dispute disputer disque disques dissolution
distance distances distinction distingue distinguer distributeur distribution district divers
diverses diversite divine divise division divisions divorce dizaine dizaines docteur doctorat
doctrine documentaire documentation documente documenter documentes doigts dollar dollars
domaine domaines domestique domestiques domicile dominant dominante domination domine dominique
dommage dommages donald donnait donnant donnee donnent donnera donnes donnez dormir dossiers
doubles doucement douceur douche douleur douleurs douloureux douter doutes douzaine dragon
dramatique drapeau drapeaux drogue drogues droite droits dument duquel durable durance durent
durete dynamique echanges echantillon echantillons echappe echapper echecs echelle echoue
eclairage eclate eclater eclats ecoles ecologie ecologique economie economies economique
economiques economiser ecosse ecoute ecouter ecoutes ecoutez ecrans ecraser ecrite ecrites
ecrits ecriture ecrivain ecrivains ecurie edifice editeur editeurs edition editions education
edward effectif effectifs effectivement effets efficace efficaces efficacite effondrement effort
efforts egalite eglise eglises egypte elaboration electeurs election elections electoral
electorale electricite electrique electriques electronique electroniques element elevage elevee
elevees elever eleves elimination elimine eliminer elizabeth eloigne eloigner embauche embrasse
embrasser emergence emissions emmanuel emmene emmener emmerde emotion emotions empeche empecher
empereur empire emplacement emploi emploie emplois employe employee employes employeur
employeurs emporte emporter empreinte emprunt emprunter encadrement enceinte encheres encontre
encourage encourager endroit endroits energetique energie energies enerve enfance enfant enfants
engagee engagements engager engages enjeux enleve enlevement enlever ennemi ennemis ennuie
enorme enormement enormes enquete enquetes enregistrement enseignant enseignants enseigne
enseignement enseigner ensembles entend entendent entendre entends entente enterre enterrement
enthousiasme entier entourage entoure entraine entrainement entrainer entraineur entree entrees
entrent entreprendre entrepreneur entrepreneurs entreprises entrer entrera entretiens entrevue
enveloppe envers envier environ environnement environs envisager envoie envoies envole envolee
envolees envoler epaisseur epargne epaule epaules epidemie episode episodes epoque epouse
epouser epreuve epreuves equation equilibre equipage equipement equipements equipes equite
equivalent erigee ernest escalade escalier escaliers esclavage esclave esclaves escrime espace
espaces espagne espagnol espagnole espagnols espece esperance esperant esperer espoir espoirs
esprit esprits essaie essais essayant essaye essayer essayez essence essentiel essentielle
essentiellement essentiels esthetique estimation estime estiment estimer estomac estrie etabli
etablie etablissement etablissements etablit etages etapes etayer eteindre eteint etendre etendu
etendue eternel eternite ethique ethnique etienne etions etiquette etoile etoiles etonnant
etonne etrange etranger etrangere etrangeres etrangers etroite etudes etudiant etudiante
etudiants etudier europe europeen europeenne europeennes europeens evacuation evaluation evaluer
evasion evenement evenements eventuellement eveque eveques evidemment evidence evident eviter
evolue evoluer evolution evoque evoquer exactement examen examens examiner excellence excellent
excellente exception exceptionnel exceptions exclusif exclusion exclusivement excuse excuser
excuses executif exemplaires exemple exemples exerce exercer exercice exercices exigences exiger
existait existant existence existent exister expansion experience experiences expert expertise
experts explication explique expliquent exploit exploitation exploiter exploration explorer
explose exploser explosion exportations expose exposer exposes exposition expositions expres
express expression expressions exprime exprimer extension exterieur exterieure exterieures
exterieurs externe extraction extraits extraordinaire extreme extremement extremes extremite
fabien fabricant fabricants fabrication fabrique fabriquer facade facebook facile facilement
faciles facilite faciliter facons facteur facteurs faculte faible faibles faiblesse faille
failli faillite faisaient faisais faisait faisant fallait falloir fallon fameuse fameux familial
familiale familiales famille familles fantastique fantome farine fassent fatigue fatiguee faudra
fausses fautes fauteuil faveur favorable favorables favori favoris favorise favoriser federal
federale federation feinte felicitations femelle feminin feminine feministe femmes fenetre
fenetres feraient ferais ferait feriez fermes fermete fermier feront ferrari ferree ferrero
ferroviaire fesses festival festivals feuille feuilles fiable fiables fiance fibres ficher
fiches fichiers fiction fidele fideles fidelite fierte fievre figaro figure figurent figures
filiale filiere filles fillon filmer filtre finale finalement finales finance financer finances
financier financiere financieres financiers finira finissent finlande fiscal fiscale fiscales
fiscalite fiscaux fischer flamme flammes flandre fleche fleurs fleuve florence floride flotte
fluide fonctionnaire fonctionnaires fonctionnant fonctionnement fonctionner fondamental
fondamentale fondamentaux fondateur fondateurs fondation fondee fonder fondes fondre football
forcement forcer forces forets forfait forget formant formations formee forment former formes
formidable formule fortement fortes fortin fortune forums foudre fournis fournit fourniture
foutre foyers fragile fraiche fraise fraises francais francaise francaises france francesco
francfort franche franchement franchir franchise francis francisco franck franco francophone
francophones francs frankie frappe frapper fraternite fraude french frequemment frequence
frequente freres frites froide fromage fronde frontiere frontieres frotte fruits furent fusion
future futures futurs gabriel gagnant gagnent gagner galere galerie galeries gamins garage
garanties garantir garcon garcons garder gardes gardien gardiens garonne gateau gauche gaulle
gaulois geante geantes geants gelees genante genantes gendarmerie gendarmes gender gendre
general generale generalement generation generations generaux genereux generique genetique
geneve genial geniale genocide genoux genres gentil gentille gentils geographie geographique
george georges gerait gerald gerants gerent germain geschichte gestes gestion gestuelle gilbert
gilles girafe giroud glaces glisse glisser global globale globalement gloire google gosses
gouter goutte gouvernance gouvernement gouvernements gouverneur graine graines grammaire grande
grandement grandes grandeur grandi grandir grands graphique grasse gratuit gratuite gratuitement
gratuits gravement graves gravite grecque gregoire grenade grenier grenoble grille grippe grosse
grosses grossesse grotte groupes guadeloupe guerir guerre guerres gueule guinee guitare habiller
habilles habitant habitants habitat habitation habite habiter habites habits habitude habitudes
habitue habituel habituellement hamilton hamlet handicap hansen hantee hanter harcelement
harmonie harper hasard hausse hautement hautes hauteur hebdomadaire hebergement hectares
helicoptere herbes heritage heritier hermes heroine hesite heureuse heureusement heureux
hierarchie histoire histoires historien historiens historiques hitler hockey hollande hollywood
homere hommage hommes homosexualite hongrie honnete honnetement honneur hopital hopitaux horaire
horaires horizon horloge hormis horreur horrible horton hostile hotels howard huitieme humain
humaine humaines humains humanitaire humanite humble humeur humide humidite humour hygiene
hypothese hypotheses identification identifier identique identiques ideologie ignorance illegal
illegale illusion illustration illustre images imaginaire imagination imagine imaginer imaginez
immediat immediate immense immeuble immeubles immigration immigres immobilier impact imparti
impassible impatience imperiale implantation implication implique implore importance important
importante importantes importants importe imposable imposant imposante impose imposee imposent
imposer imposition impots impression impressionnant imprime imprimer impulsion inauguration
incapable incapables incapacite incendie incite incluant inclure inclus incluse inclut inconnu
inconnue inconnus incroyable independance independant independante independants indicateurs
indication indications indice indices indien indiens indiquant indiquent indispensable individu
individuel individuelle individuelles individuels individus industrie industriel industrielle
industrielles industriels industries inedit inegalites inevitable infanterie infection
inferieure infini infirmiere inflation influence influences information informatique informe
informer infraction infrastructure infrastructures ingenierie ingenieur ingenieurs initiale
initialement initiative initiatives injection injuste injustice innocence innocent innovation
inquiet inquiete inquieter inquietude inscription inscriptions inscrire inscrit inscrite
inscrits insectes insiste insister insolent inspecteur inspection inspiration inspire inspiree
inspirer instagram installations installe installee installer installes instance instances
instants instar instinct institut institution institutions instruction instrument instruments
insuffisante insulte insulter insultes insupportable integrale integration integre integrees
integrer integres integrite intellectuel intellectuelle intellectuels intelligence intelligent
intelligente intelligents intense intensite intention intentions interdiction interdire interdit
interdite interdits interessant interessante interessantes interessants interesse interessent
interesser interesses interet interface interieur interieure intermediaire intermediaires
international internationale internationales internationaux internautes internes internet
interpretation interprete interpreter interroge interroger intervenir interventions intervient
interview intime intimite intitule intitulee intrigue introduction introduire introduit inutile
inutiles invasion inventaire invente inventer invention inverse investi investir investissement
investissements investisseurs invisible invitation invite invitee inviter invites iphone
irlandais irlande ironie islamique islamistes island isolement israel israelien issues italie
italien italienne italiens itineraire ivoire jackson jacques jaguar jalousie jaloux jambes
japonais japonaise jardin jardins jaunes jeanne jennifer jersey jerusalem jessica jettes jeunes
jeunesse johnny johnson jolies jonathan jordan joseph jouait jouant jouent jouets joueur joueurs
journal journalisme journaliste journalistes journaux journees joyeux judiciaire judiciaires
jugees jugement juives julian jungle junior juridiction juridiques jusque justement justice
justification justifie justin kilometres laboratoire laboratoires lacher laicite laissant laisse
laissent laissez lancee lancement langage langue langues laquelle largement larges largeur
larmes larsen lasser latent latine laureat leader leaders league lecons lecteur lecteurs lecture
lectures legale legendaire legende legendes legere legerement legers legion legislation
legislatives legitime legitimite legumes lendemain lentement lequel lesquelles lesquels letale
lettre lettres levier levres liaison liberal liberale liberation liberaux libere liberer liberte
libertes librairie librement libres licence lieutenant lievre lignes limitee limiter limites
limoges linguistique lionel liquidation liquider lisant listes litres litteraire litteraires
litteralement litterature little littoral liverpool livrer livret livrets locale locales
localisation localite locataire location locaux logement logements logiciel logiciels logique
logistique loisirs londres longtemps longue longues longueur lorraine louche louise lourde
lourdes lourds louvre loyers lumiere lumieres lunettes lutter luttes luxembourg lyonnais machin
machines macons macron madagascar madeleine mademoiselle madrid magasins magazine magique
magistrat magistrats magnat magnifique magnifiques maille maillot maintenir maintenu maintien
maintient maires mairie maison maisons maitre maitres maitresse maitrise maitriser majeste
majeur majeure majeurs majoritaire majoritairement majorite malade malades maladies maladresse
malaise malgre malheur malheureusement malheureux malien mallet management manager manche
manches manchester mandarin mandat mandats mangent manger maniere manieres manifestants
manifestation manifestations manifeste manifestement manifester manipulation mannequin manoeuvre
manquer manquez manteau manuel manuscrit maquillage marais marathon marbre marcel marchands
marchant marcher marches marcus marechal marees marges marguerite mariage mariages mariee marier
maries marine marines marins marion maritime maritimes marketing marocain marois marquait
marquant marquante marquantes marquants marquee marquent marques marquis marrant marseille
marthe martinique marvin masculin masculine masque masquer massacre masses massif massive master
matches matchs materialiste materiels maternel maternelle mathematiques matiere matieres matinee
maturite maudit maurice mauvaises maximale maximum mecanique mecaniques mecanisme mecanismes
mechant mechants medaille medailles medecin medecine medecins medias mediatique medical medicale
medicales medicament medicaments medicaux medine mediterranee meeting mefier meilleur meilleure
meilleures melange melenchon melent membre membres memoire memoires menace menaces menage
menager menages menees meneur mensonge mensonges mental mentale mentalite mention mentionne
mentionner mentions mentir mepris mercedes mercure merdier merite meritent meriter merites
merveille merveilleuse merveilleux messages mesurer mesures metallique metaux methode methodes
metier metiers metrage metres metropole mettait mettant mettent mettons meubles meurent meurtre
meurtres mexique michael microsoft mienne mignon migrants milieux militaire militaires militant
militants miller milliard milliards milliers million millions mineur mineurs minimum ministere
ministre ministres minorite minuit minute minutes miracle mirage miroir misere missiles missions
mobiles mobilier mobilisation mobilite modeles moderation modere moderne modernes modeste
modification modifications modifie module moelle mohamed moines moments monaco monarchie
monastere mondes mondial mondiale mondiaux monetaire moniteur monnaie monopole monster monstre
monstres montage montagne montagnes montait montee montees montent monter montes monteur
montpellier montrant montre montreal montrent montrer montres monument monuments morale morales
morceau morceaux morgan morgue mortalite mortel mortes moscou moselle mosquee moteur moteurs
motifs motion motivation motive mouche mourir mouton moutons mouvement moyenne moyennes
multiples multitude munich municipal municipale municipales municipalite municipalites
municipaux munitions munster muscles musees musical musicale musicien musiciens musique musiques
musulman musulmane musulmans mutation mutuelle mystere mysterieux mythique naissance naitre
nantes naples napoleon nasale natalie nathan nation national nationale nationales nationaliste
nationalite nationaux nations nature naturel naturelle naturellement naturelles naturels navale
navigation navire navires neanmoins necessairement necessite neerlandais negatif negative
negociation negociations negocier nelson nerveux netflix nettement nettoyer neutralite neutre
neuvieme nicholas nigeria nintendo niveau niveaux nobles noblesse noires nombre nombres
nombreuses nombreux nomination nommee nommer nommes normal normale normalement normandie normes
norvege notaire notamment notera notice notion notions notoriete nourrir nourrit nourriture
nouveaute nouveautes nuages nuances nucleaire nucleaires number numerique numeriques numeros
objectif objectifs objets obligation obligations obligatoire oblige obligee obliger obliges
observateur observation observations observatoire observe observer obstacle obstacles obtenu
obtenus obtient occasion occasions occident occidental occidentale occidentaux occupation
occupee occupent occuper occupes occurrence oeuvre oeuvres offense offensive offert offerte
office officiel officielle officiellement officielles officiels officier officiers offrant
offrent offres offrir oiseau oiseaux oliver olivia olympique olympiques ongles ontario operateur
operateurs operation operatoire operer opinion opinions opportunite opportunites opposant
opposants oppose opposer opposes opposition option options optique orange orchestre ordinaire
ordinateur ordinateurs ordonnance ordres oreille oreilles organe organes organique organisation
organisations organise organisee organisees organiser organises organisme organismes orient
orientale orientation originaire originalite origine originel origines orleans orthographe
ottawa oublions outils ouvert ouverte ouvertement ouverts ouverture ouvrage ouvrages ouvrant
ouvrent ouvriers oxygene pacifique paille paires pakistan palais palestine palestiniens palmares
palmer panier panique panneau panneaux pantalon papiers paques paquet paradis paragraphe
paraitre parallele parallelement parametres parcourir parcours pardon pardonne pardonner pareil
pareille parement parent parents parfaite parfaitement parfois parfum parisien parisienne
parisiens parker parking parlais parlait parlant parlee parlement parlementaire parlementaires
parlent parles parlez parlons parmis parois paroisse parole paroles parquet partage partagee
partagent partager partant partenaire partenaires partenariat partial participant participants
participation participe participent participer particules particulier particuliere
particulierement particulieres particuliers partiellement partisans partit partout parvient
parvis passagers passages passait passant passees passent passeport passes passeur passion
passionne passions pastels pasteur patate patient patiente patients patine patrice patrie
patrimoine patron patrons pattes pauvre pauvres pauvrete pavillon payait payant payent paysage
paysages paysans pearce pearson pecher pecheur pedagogique peindre peines peintes peintre
peinture peintures pelouse penale penche penible pensais pensait pensant pensee pensees pensent
penser penses pensez pension pensions people pepites percee perception percue perdant perdent
perdre perdus perfection performance performances perimetre periodes permanence permanent
permanente permet permettait permettant permettent permettra permettrait permettre permis
permission perret perron persan personnage personnages personnalite personnalites personnelle
personnellement personnelles personnels personnes perspective perspectives persuade pertes
pervers petite petition petits petrole peuple peuples peuvent pharmacie phases phenomene
phenomenes philosophe philosophie philosophique photographe photographie photographies photos
phrase phrases physique physiquement physiques pieges pierres pietre pilote pilotes pinces
pirate pirates piscine pistes placard placee placement placer places plafond plages plaindre
plaine plaint plaintes plaire plaise plaisir planche plancher planches planete planetes plante
plantes plaque plaques plastique plateau plateaux plateforme platine platre pleine pleinement
pleins pleure pleurer pliant plongee pluies plupart plutot poches podium poemes poesie poetique
poignee pointe points poisson poissons poitiers poitrine polemique police policier policiere
policiers politiciens politique politiques pollution pologne polonais pommes pompes pompiers
populaire populaires popularite population populations portage portail portait portant portee
portees portefeuille portent porter portes porteur porteurs portier portrait portraits portugais
portugal posent positif positifs position positionne positions positive possede possedent
posseder possession possibilite possibilites possibles postent poster postes potable poteau
potentiel potentiellement potentiels poubelle pouces poudre poules poulet poumons pourcentage
pourraient pourras pourrez pourri pourries pourris pourrit poursuit poursuite poursuites
poursuivi poursuivre pourtant pourvoir pousse poussee pousser poussiere poutine pouvaient
pouvais pouvait pouvant pouviez pouvions pouvoirs practice pratique pratiquement pratiquer
pratiques prealable preavis precede precedemment precedent precedente precedents precieux precis
precise precisement precises precision precisons prefecture preferable prefere preferee
preference preferent prefet prejudice prejuges premier premieres premiers prenait prenant
prendra prendre prenez prenne prenom prenoms preoccupations prepare presentant presentation
presente presentee presentees presentent presenter presentes presents preserver presidence
president presidente presidentielle presidents presque presse pression pressions prestige
pretend pretendre pretent preter pretexte pretre pretres prevenir prevention prevenu prevoir
prevoit prieres prieur prieure primaire primaires primes prince princes princesse principal
principale principalement principales principaux principe principes printemps priori priorite
priorites prisee prises prisme prison prisonnier prisonniers prisons privee privees priver
prives privilege probabilite probable probablement problematique problemes procedure procedures
proces processus prochaines proche proches procurer procureur producteur producteurs production
productions productivite products produire produisent produite produites professeur professeurs
profession professionnel professionnelle professionnelles professionnels professions profil
profit profite profiter profitez profits profond profonde profondement profondes profondeur
programmation progres progresser progression progressive project projection projete projetee
projetees projeter projetes projets projette prolonger promenade promener promesse promesses
promet promis promotion promouvoir pronent prononce prononcer propagande prophete proportion
propos proposant propose proposee proposees proposent proposer proposes propositions propre
proprement propres proprietaire proprietaires propriete proprietes prostitution protection
protege protegee proteger proteges proteines protocole prouve prouver provenance provenant
provence proviennent provient province provinces provincial provisions provisoire provoque
provoquer proximite prudence prudent pseudo psychologie psychologique public publication
publications publicitaire publicite publics publie publiee publiees publier publies publique
publiquement publiques puisque puissance puissances puissant puissante puissants puisse puissent
putain pyrenees qualification qualifie qualifier qualifies qualites quarantaine quarante
quartier quartiers quarts quasiment quatorze quatrieme quebec quebecois quebecoise quelconque
quentin quiconque quinzaine quinze quitter quoique quotidien quotidienne rachat racheter racine
racines racisme raciste racistes raconte raconter radical radicale raison raisonnable
raisonnement raisons rajouter ramene ramener ranger raphael rapide rapides rappel rappele
rappeller rappelons rapport rapportant rapporter rapports rapproche rarement rassemble
rassemblement rassembler rassure rassurer ratent rattraper raymond rayons reaction reactions
reagir realisateur realisation realisations realises realisme realiste realistes rebelle
rebelles rebellion recemment recent recente recentes recents recette recettes recevez
rechauffement recherche rechercher recherches reciter recits reclus recois recoit recoive
recoivent recolte recommandations recommande recommencer recompense reconnaissance reconnaissant
reconnait reconnaitre reconnu reconnue reconnus reconstruction record records recours recrues
recrutement recruter recteur rectification recueil recules recuperation recupere recuperer
redacteur redaction reddition redige reduire reduite reelle reellement reelles reeves refaire
refais refait refaite referendum reflechir reflexion reflexions reforme reformes refuge refugies
refusent refuter regard regardant regardent regardes regardez regards regies regime regiment
regimes region regional regionale regionales regionaux regions registre reglementation regner
regnes regret regrette regretter regroupe regularite regulation reguler regulier reguliere
regulierement rejete rejoindre rejoins rejoint relache relatif relation relations relative
relativement relatives relever relief relier relies religieuse religieuses religieux religion
religions remarquable remarquables remarque remarques remede remedier remercier remonte remonter
remplacait remplacent rempli remplie remplir remplis remporte remporter remuneration renaissance
rencontre rencontrent rencontrer rencontres rendant rendement rendent rendit rendra rendre
rendus renforcement renforcer renier rennes renommee renoncer renouveler renouvellement
renovation renseignement rentrer renverser renvoie repandre reparateur reparer repart
repartition repense repertoire repete repeter repetition replique repond reponde repondent
repondra reponds repondu reponses reportage repose reposer reprend reprendre representant
representants representation representations represente representee representent representer
representes repression reprises reprit reproche reprocher reproduction reproduire republicain
republicaine republicains republique reputation requis reseau reseaux reserve reservee reserver
reserves reservoir reside residence residences residents resistance resiste resister resolution
resoudre respect respecte respecter respectivement respire respirer responsabilite
responsabilites responsables ressemble ressemblent ressembler ressens ressent ressenti ressentir
ressort ressortir ressource ressources restait restaurant restaurants restauration restee rester
restera restes restez resultat resultats resulte resume retablir retard retarde retenir retenu
retenue retiens retient retire retiree retirer retourner retours retrait retraites retrouvee
retrouvent retrouver retrouvez reunions reunis reunit reussi reussir reussit reussite revanche
reveil reveille reveiller revelation revele reveler revendications revenir revenu revenus revers
reviendra reviennent revient revise revision revoir revolte revolution revolutionnaire revues
ricard riches richesse richesses richie ridicule rigole rigueur risotto risque risquent risques
rivieres robots rocher roland romaine romains romans romantique rompre rotation rouges roulant
rouler roumain roumanie routes routier routiere routine royale royaume ruines rumeur rumeurs
rupture russes russie rythme sachant sachent sachez sacree sacrifice sagesse sainte saints
saisie saison saisons salade salaire salaires salarie salaries salaud salauds salete salles
salope samsung samuel sanction sanctions sanitaire saoudite sarkozy satellite satellites
satisfaction satisfaire saurait sauter sauvage sauvages sauvegarde sauver sauvetage sauveur
savaient savais savait savent saviez savoie savons scandale scenario scenarios scenes schema
schmidt science sciences scientifique scientifiques scolaire scolaires scolarite scrutin
sculpture seances seattle sebastian secondaire secondaires secondes secours secret secretaire
secrete secrets secteur secteurs section sections securite seduire seigneur seigneurs sejour
selection selectionne sembla semblable semblables semblait semblant semblent semblerait semestre
senateur senateurs senegal seniors sensation sensations sensibilite sensible sensibles sentais
sentait sentent sentez sentie sentiment sentiments sentir separation separe separer separes
septieme sequence seraient serais sergent series serieuse serieusement serieuses serieux serions
serment serpent serrer servait servant servent serveur serveurs servies servir servira servit
seulement seules severe sevices sexualite sexuel sexuelle sexuelles sexuels siecle siecles
sieges sienne signal signale signaler signaux signer signera signes signification significative
signifie silence silencieux similaire similaires simple simples simplicite simultanement sincere
sincerement situations situee situees situes sixieme slogan smartphone social sociale sociales
socialisme socialiste socialistes sociaux societes sociologie soeurs soient soigner soirees
soixante solaire soldat soldats soleil solidaire solidarite solide solides solitaire solitude
solutions sombre sombres sommeil sommet sondage sondages sonore sortant sortent sortes sortez
sorties sortir soudain soudee souffert souffle souffre souffrent souffrir souhait souhaitent
souhaiter soulage souligne souligner soumettre soumis soumise soumission source sources sourire
souris sourit soutenir soutenu soutenue soutien soutiennent soutiens soutient souvenir souvenirs
souvent souverain souverainete souviens souvient sovietique soyons spatiale special speciale
specialement speciales specialise specialisee specialises specialiste specialistes specialite
speciaux specifique specifiquement specifiques spectacle spectacles spectateur spectateurs
spectre sphere spirituel sportif sportifs sportive sportives sports stabilite stable standard
starter states station stationnement stations statistique statistiques statue statuer statues
statuts steele stephen steven stockage stoppee strasbourg strategie strategies strategique
strates street stress structures studio studios stupide styles sublime substance substances
subventions succes succession successivement suedois suffisamment suffisant suffisante suffit
suffrages suggere suicide suisse suisses suites suivait suivantes suivants suivent suivez suivie
sujets superbe superficie superieur superieure superieures superieurs support supporte supporter
supporters suppose suppression supprime supreme surement surete surface surfaces surnom
surprenant surprendre surpris surprise surprises surtout survecu surveillance surveiller survie
survivre susceptible susceptibles suspect suspects suspendu suspense suspension symbole symboles
symbolique sympathique symptomes syndicat syndicats syndrome synonyme systematique
systematiquement systeme systemes tableaux tables tablette taches tactique talent talents talons
tandis tantot tarder target taylor tcheque technique techniquement techniques technologie
technologies technologique telecharger telephones television tellement telles temoignage
temoignages temoigne temoigner temoin temoins temperature temperatures tempete temple temporaire
tenais tenait tenant tendance tendances tendre tendres tenebres teneur tennis tentative
tentatives tentent tentes tenues termes terminer terrain terrains terrasse terres terrestre
terreur terrible territoire territoires territoriale territoriales terrorisme terroriste
terroristes testament tester textes thailande theatre themes theologie theorie theories
theorique thermique thread tiendra tienne tiennent timide tirage tirees tissus titres titulaire
toilette toilettes tolerance tombent tomber tonalite tonnes toronto torture totalise touchant
touche touchent toucher touches toulon toulouse tourisme touristes touristique tournage tournant
tourne tournee tournent tourner tournoi tournois traces trachee tradition traditionnel
traditionnelle traditionnelles traditionnels traditions traduction traduire traduit trafic
tragedie tragique trahison trailer traine trainer trains traitant traitements traitre traits
trajet tranchee tranquille tranquillement transaction transactions transferer transferts
transformation transforme transformer transition transmission transparence transport transporter
transports travaillait travaillant travailler travailleur travailleurs travers traverse
traversee traverser travis treize trentaine trente tresor triage tribune tribus trimestre
triomphe triple triste tristement tristes tristesse troisieme trompe tromper tronche trophee
trouble troubles troupe troupes trouvaient trouvais trouvait trouvant trouvent trouvera trouves
trouvez tunisie tunnel turquie twitter typique ukraine ultime unanimite uniforme unique
uniquement united univers universel universelle universitaire universitaires universite
universites urbain urbaine urbanisme usagers usages usines utiles utilisant utilisateur
utilisateurs utilisation utilise utilisees utilisent utilises utilite vacance vaccin vaches
vagues vaincre vaincu vainqueur vaisseau vaisseaux vaisselle valait valence valent valentin
valeur valeurs valise vallee valoir vancouver vapeur variable variables variante variation
variations variete varietes vatican vedette vehicule vehicules veille veiller venaient venais
venait venant vendee vendeur vendre vendue vendus venere vengeance venger venise venons ventes
ventre verbes verger verification veritable veritablement veritables verite vernis verras verres
verrous versace versailles versets versions versus vertes vestes vetement vetements veuille
veulent viande victime victimes victoire victoires victor victoria videos vieille vieilles
vielle viendra vienne viennent viennes vierge vierges vietnam vigueur viktor village villages
villes vingtaine violation violemment violence violences violent violente violents violer violet
virage virale visage visages visant visees visibilite visiblement visibles vision visiter
visites visiteurs vitale vitesse vitesses vitrees vitres vivait vivant vivante vivants vivement
vivent vivons vivres vladimir vocabulaire vocation voient voilee voiler voirie voisin voisine
voisins voiture voitures volant volent voleur voleurs volontaire volontairement volontaires
volonte volontiers volume volumes votera voudra voudrait voudrez voulaient voulais voulait
voulant vouliez voulions vouloir voyage voyager voyages voyageurs voyais voyait voyant voyons
vraies vraiment vraisemblablement vulgaire walter washington weekend wenger western wilder
william williams wilson windows xavier youtube
"""
