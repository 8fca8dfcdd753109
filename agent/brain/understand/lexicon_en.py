"""English cues (normalized text: "won't" -> "will not", "can't"/"cannot" -> "can not")."""

from __future__ import annotations

from agent.brain.understand.lexicon_common import g

_PAYV = r"(?:pay|settle|transfer|wire|remit|clear|process|release|initiate|send|make|arrange|schedule|submit|issue|execute|authori[sz]e|approve|action|do)"
_PAYOBJ = r"(?:payments?|transfers?|wires?|money|funds|remittance|bacs|chaps|cheques?|(?:(?<=the )|(?<=our )|(?<=a )|(?<=my )|(?<=your )|(?<=by )|(?<=this ))checks?|(?<![a-z] )checks?|ach|sepa|amounts?|balance|invoices?|bills?|sums?)"
_PAYED = r"(?:paid|settled|transferred|wired|remitted|cleared)"
_PAYED_OBJ = r"(?:processed|released|initiated|sent|made|issued|executed|submitted|authori[sz]ed|approved|actioned|done|ordered|posted|mailed|booked|effected|completed)"
_GOODS = r"(?:goods|items?|order|products?|parts?|shipment|delivery|merchandise|equipment|materials?|machines?|stock|consignment|package|parcel|pallets?|boxes|units|cartons?|crates?|pieces|pcs|bags|rolls|drums|containers?)"
_INVOICE = r"(?:invoices?|bills?|statement|credit note)"

CUES: dict[str, tuple[str, ...]] = {
    "dispute": (
        r"(?:charged|billed|invoiced) (?:us |me )?(?:\w+ )?(?:twice|double)\b|double[- ](?:charged|billed|invoiced)|duplicate (?:charge|invoice|billing)s?\b",
        r"(?:was|has been|were|have been) (?:cancel+ed|credited|voided|reversed) (?:by|with|via|through) (?:a |the |your )?credit note|(?:issue|send|provide|raise) (?:us |me )?(?:a |an |the )?(?:corrected|amended|revised|correct) (?:invoice|bill)",
        r"no record of" + g(2) + r"(?:receiving|having received|getting|this|that|the|your|an?)\s+(?:\S+\s+)?(?:invoice|bill|order|delivery)|(?:is|was) not (?:in|on) our (?:system|records|books|ledger)",
        r"damaged|defective|faulty|broken|(?<!code )(?<!number )(?<!link )(?<!one )(?<!iban )(?<!portal )(?<!website )(?<!account )(?<!details )(?<!address )(?<!site )(?<!page )(?<!password )(?<!card )(?:not working|does not work|did not work|do not work)(?! (?:here|there|for (?:us|you|the company|them)|with us|at (?:the|this|our)|in (?:the|this|our) (?:company|team|department|office)|any ?more)\b)|"
        r"stopped working|poor quality|bad quality|low quality|substandard|unusable|not usable|"
        r"not fit for purpose|not as (?:described|ordered|agreed|specified)",
        r"(?:missing|wrong|incorrect)" + g(1) + r"(?:items?|goods|products?|parts?|pieces|"
        r"quantity|quantities|models?|sizes?|colou?rs?|articles?|delivery)",
        r"(?:not|never|yet to|still to|still not)" + g(3) + r"(?:received|receive|got|get|had|seen|sent|shipped|supplied|provided|given)" + g(3) + _GOODS + r"\b|"
        r"(?:never|not) (?:got|get|received|receive|had) (?:them|it|these|those|anything|any of (?:them|it))\b|delivered to (?:the )?wrong (?:address|site|location|branch|company|person|place)|"
        r"caused (?:\w+ )?damage|damage (?:to|on) (?:our|the) (?:property|premises|site|building|floor|wall|vehicle|car)|"
        r"(?:deduct|deducting|deducted|withhold|withholding|short[- ]?pay|short[- ]?paying|set off|setting off|offset|offsetting)" + g(3) + r"(?:cost|costs|amount|charge|fee|value|from|against|repair|damage|credit|difference)\b",
        _GOODS + g(4) + r"(?:never|not|still not|has not|have not)" + g(2) + r"(?:arrived|delivered|received|shipped|turned up|come|been delivered)",
        r"(?:never|not) (?:been )?delivered|non[- ]?delivery|undelivered|short[- ](?:shipped|delivered|delivery)|"
        r"incomplete (?:delivery|order|shipment)|only (?:received|got) (?:part|half|some)",
        r"(?:not|never|no longer|yet to|still to)" + g(3) + r"(?:received|receive|got|get|seen|see|had)" + g(3) + r"(?:an? |the |this |that |any |your |such )?" + _INVOICE + r"\b",
        r"(?:invoices?|bill)" + g(3) + r"(?:never|not)" + g(2) + r"(?:received|arrived|reached us|sent|seen)",
        r"no (?:record|trace|copy) of (?:this|the|that|any|your)" + g(1) + r"(?:invoice|bill|order)|"
        r"do not (?:recogni[sz]e|know) (?:this|the|that|these|your)" + g(1) + r"(?:invoices?|charges?|amount)|"
        r"(?:not|never) (?:our|for us|addressed to us)(?! (?:problem|debt|responsibility|concern|issue|fault))|wrong (?:company|customer|client|entity|recipient of the invoice)",
        r"(?:invoices?|amount|price|prices|bill|charges?|total|figures?|sum|rates?|quantit(?:y|ies)|vat|tax|"
        r"hours|calculation)" + g(4) + r"(?:wrong|incorrect|not correct|inaccurate|too high|overstated|"
        r"not right|erroneous|mistaken|inflated|excessive|does not match|do not match|not match|"
        r"not what (?:we|was) agreed|(?:higher|more|greater|bigger|larger) than (?:what )?(?:the |our |your )?(?:was |we |we had |you |had been |in the )?(?:agreed|quoted|expected|quote|estimated|contracted|po|purchase order|order value|po value|estimate|contract|quotation))",
        r"(?:wrong|incorrect|erroneous|inflated|duplicated?|double|disputed|contested|excessive)" + g(1) + r"(?:invoice|amount|price|pricing|billing|charges?|totals?|rates?|quantity|vat|figures?|calculation)",
        r"over[- ]?charged|over[- ]?billed|over[- ]?invoiced|charged (?:us )?twice|double[- ](?:charged|billed|invoiced)|"
        r"billed (?:us )?twice|invoiced (?:us )?twice|already (?:been )?(?:invoiced|billed|charged)|"
        r"(?:an? |the )?(?:error|mistake|discrepancy|discrepancies)" + g(2) + r"(?:in|on|with)" + g(2) + r"(?:invoice|bill|amount|price|pricing|charges?|calculation|total)",
        r"(?:discount|rebate|credit|deposit|advance|down payment)" + g(6) + r"(?:not|never)" + g(2) + r"(?:applied|deducted|taken into account|included|reflected|credited)",
        r"(?:waiting for|awaiting|expecting|need|require|requested|asked for|still no|issue us|send us|owe us)" + g(3) + r"(?:credit note|credit memo|refund|corrected invoice|revised invoice|amended invoice)",
        r"(?:service|work|job|installation|repairs?|project|consulting|maintenance|training|cleaning|skirting|painting|fitting|works)" + g(4) + r"(?:not|never|was not|were not|has not|have not)" + g(3) + r"(?:done|completed|complete|performed|finished|delivered|provided|rendered|carried out|up to standard|satisfactory|fitted|installed|applied|fixed)",
        r"(?:not|un|dis)\s?satisfied|unhappy with|not happy with|complaint|complain|poor service|bad service|"
        r"(?:did not|never|not) (?:order|ordered|request|requested|authori[sz]e|authori[sz]ed|agree to|sign|signed)\b",
        r"cancel+ed" + g(2) + r"(?:the |our |this |that )?(?:order|contract|subscription|service|booking|agreement|job|appointment|visit|project|work|session|course|training|event|class|shipment|delivery)|"
        r"(?:order|contract|subscription|service|agreement|job|booking|appointment|visit|project|work|account|membership|licen[cs]e|plan) (?:was |has been |had been |got |were |is )?(?:supposed to be |meant to be |due to be |to be |already )?(?:cancel+ed|terminated|closed)|"
        r"cracked|ruined|scratched|dented|smashed|shattered|ripped|stained|leaking|leaky|spoiled|spoilt|rotten|mou?ldy|contaminated|crushed|chipped|corroded|rust(?:ed|y)|water[- ]damaged|"
        r"(?:not|never) (?:been )?(?:reflect|reflected|include|included|apply|applied|show|shown|deduct|deducted|taken into account|take into account|credit|credited)" + g(5) + r"(?:discount|rebate|credit|deposit|advance|down payment|refund)|promised (?:us )?(?:a |the )?(?:discount|credit|refund|rebate)|(?:discount|credit|refund|rebate) (?:we|i) (?:were|was) (?:promised|offered|given)|"
        r"(?:never|did not|not) (?:place|placed|make|made|raise|raised|submit|submitted) (?:an?|the|this|that|any|such an?) (?:order|po|purchase order|booking)|(?:order|po|booking) (?:that |which )?(?:we|i) (?:never|did not) (?:placed|place|made|make|raised|submitted)|"
        r"(?:billed|charged|invoiced)(?: (?:us|me))? (?:for|at)" + g(6) + r"(?:but|whereas|although|though|even though|instead of|rather than)\b|"
        r"waiting (?:for|on)" + g(5) + r"to be (?:finished|completed|done|fixed|resolved|delivered|repaired|replaced|sorted|rectified|corrected|installed)|"
        r"(?:not|never) (?:do|does|work|works|perform|performs|function|functions) (?:what|as|like|the way|how)" + g(4) + r"(?:said|promised|claimed|advertised|described|agreed|told|specified|expected|supposed)|not what (?:we|was|i) (?:ordered|promised|agreed|asked for|expected|paid for)|"
        r"(?:engineer|technician|contractor|driver|courier|fitter|installer|plumber|electrician|consultant|trainer|speaker|guys|crew|staff|team|nobody|no one|no-one)" + g(2) + r"(?:never|did not|failed to|not) (?:came|come|turned up|turn up|showed up|show up|arrived?|attended|attend)\b|"
        r"(?:price list|quote|quotation|contract|agreement|estimate|purchase order|order confirmation|rate card|proposal) (?:says|said|states|stated|shows|showed|was for|clearly)|"
        r"(?:problem|issue|error|mistake|query|queries|discrepancy|dispute|concern|complaint) (?:with|on|about|regarding|over) (?:this|the|your|that|our) (?:invoice|bill|charges?|amount|pricing|billing)|"
        r"(?:supposed|meant|promised|told|agreed) (?:to be |it was |it would be |that it was |that it would be )?included|included in (?:the |your )?(?:price|quote|quotation|contract|package|subscription|fee)\b|"
        r"waived|(?:remove|delete|take off|take out|strike off) (?:the |this |that )?(?:\w+ )?(?:fee|charge|surcharge|line|item|cost)\b|remove it and (?:resend|re-?issue|send)|"
        r"(?:sent|issued|raised|invoiced|billed)(?: (?:this|it|us|me|the invoice))? (?:in error|by mistake|by error|erroneously|wrongly)|(?:should|must) be nothing (?:outstanding|owing|due|owed|to pay)|"
        r"dead on arrival|\bdoa\b|arrived dead|(?<!can )(?<!could )(?:not|never) (?:paying|pay|going to pay) (?:the )?full (?:price|rate|charge)|"
        r"(?:but|yet|whereas|however)" + g(2) + r"(?:you(?: have)?|your invoice|the invoice|we (?:were|have been|got|are being)) (?:billed|charged|invoiced|show|shows|say|says|state|states)\b|"
        r"(?:different|wrong) (?:colou?r|size|model|spec|specification|type|version|brand|finish|grade|length|style|quality|product|items?)\b|differ\w*" + g(4) + r"(?:from|to|than) (?:the ones? |what )?(?:we|i|was) (?:ordered|agreed|requested|asked for|quoted|expected)|"
        r"(?:we were|i was|were|was) quoted\b|you quoted (?:us|me)\b|(?:this|that|it|the invoice|the amount|this invoice|the bill|the total|the figure) (?:is not|does not look|does not seem|is not quite) (?:right|correct)|"
        r"caused by (?:your|you)\b|(?:your|you) (?:fault|error|mistake)|due to your (?:error|mistake|delay|failure|negligence)|"
        r"(?:not|never|still not|yet to) (?:\w+ ){0,2}received (?:the |a |any |your )?(?:certificate|completion|sign[- ]off|warranty|test|commissioning|handover|as[- ]built|o&m|manual)|"
        + _GOODS + g(3) + r"(?:returned|sent back|send back)\b|(?:are|will be|am|is) returning (?:them|it|the goods|these|everything|all)\b|sale[- ]or[- ]return|on consignment|"
        r"(?:fix|repair|replace|rectify|sort out|correct|redo|re-do) (?:it|this|them|that|these|the \w+)" + g(3) + r"(?:before|until|then) (?:we|i) (?:will |can |would )?(?:pay|settle|release)|"
        r"started (?:lifting|leaking|peeling|cracking|failing|breaking|rusting|falling|coming|flaking|fading|wobbling)|"
        r"(?:higher|more|larger|bigger) than (?:normal|usual|expected|last (?:month|time|year|quarter)|before|previously)|(?:someone|somebody|you|your team|your side) (?:has |have )?made (?:a|an) (?:mistake|error)|"
        r"(?:told|promised|assured|said|advised)(?: \w+){0,5}? (?:was|would be|is|were|are|will be) (?:free|included|complimentary|no charge|at no cost|covered|not (?:be )?charged)\b|"
        r"(?:withhold|withholding|withheld|holding|held)" + g(2) + r"(?:because|as|since|due to|given)\b|out of (?:action|order|service)|"
        r"(?:do|does|did|will) not (?:activate|function|start|turn on|switch on|load|boot|connect|install)\b|"
        r"counter[- ]?claim|claim (?:for compensation )?against you|(?:want|expect|request|demand|need|are owed|due) (?:a |our |full |the )?refund|"
        r"(?:terrible|awful|appalling|shoddy|dreadful|unacceptable|disgraceful|shocking|abysmal|horrendous) (?:service|work|job|quality|workmanship|standard|product|experience)|(?:service|work|job|quality|workmanship) (?:was|has been|is) (?:terrible|awful|appalling|shoddy|dreadful|unacceptable|disgraceful|shocking|abysmal|poor|not acceptable|not good enough|below standard)|"
        r"(?:badly|poorly|incorrectly|wrongly|improperly) (?:fitted|installed|done|made|packed|finished|repaired|built|painted|wired|laid|delivered|packaged|executed|handled)|(?:fitted|installed|done|made|packed|finished|repaired|built|painted|wired|laid) (?:badly|poorly|incorrectly|wrongly|improperly)|"
        r"needs? (?:to be )?(?:redoing|redone|replacing|re-?doing|fixing|repairing|re-?fitting|re-?installing|remedial)|(?:please |kindly )?credit (?:this|the|that|our) (?:invoice|bill|amount|charge)|issue (?:us )?(?:a |the )?credit\b|"
        r"you (?:have |also )?added" + g(3) + r"(?:charge|fee|cost|surcharge)|"
        r"keeps? (?:breaking|failing|crashing|stopping|leaking|tripping|freezing)|(?:breaking|broke|broken) down|problems? with (?:this|the|your|that) (?:unit|machine|product|goods|items?|service|system|software|equipment|installation|work)|"
        r"not (?:as per|according to|in line with|in accordance with|conforming to|compliant with|up to) (?:the |our |your )?(?:spec|specs|specification|order|po|contract|sample|agreed|standard|quote|quotation|requirements?)|"
        r"(?:returned|sent back|send back|return)" + g(2) + r"(?:goods|items?|products?|parts?|order|merchandise|equipment|delivery|machine)",
        r"(?:dispute|disputing|disputed|contest|contesting|contested|disagree with|object to|reject|rejected|rejecting)" + g(3) + r"(?:invoice|amount|charges?|bill|this|it|the)|"
        r"(?:query|querying|queried|challenge|challenging|challenged) (?:this|the|your|that) (?:invoice|amount|charges?|bill|pricing)|"
        r"under warranty|warranty claim|guarantee claim",
        r"(?:did not|failed to|never|have not|has not|still have not|still has not) (?:deliver|ship|supply|complete|perform|provide|finish|send (?:us )?the (?:goods|items|parts|order))\b|"
        r"late delivery|delivered late|arrived late|(?:goods|items|order|delivery) (?:is|are|was|were) late|"
        r"never (?:worked|functioned|ran)|stopped (?:working|functioning)|not (?:work|working|functioning) (?:properly|correctly|as expected)|"
        r"(?:on hold|held|blocked|withheld|suspended)" + g(1) + r"(?:pending|until|because of|due to)" + g(3) + r"(?:delivery|credit note|resolution|correction|replacement|repair|completion|receipt of the goods|investigation|remaining items|missing)",
        r"(?:we |i )?only (?:received|got|had|took delivery of|counted) (?:\d+|part|half|some|a few|one|two|three|four|five)\b|"
        r"(?:came|arrived|delivered|shipped|turned up) (?:in )?short\b|\d+ (?:\w+ )?(?:missing|short)\b|"
        + _GOODS + r" (?:are |were |was |is )?(?:still )?(?:missing|short)\b|(?:still )?on back[- ]?order|back[- ]?ordered|"
        r"(?:never|did not|failed to) (?:turn(?:ed)? up|show(?:ed)? up|attend(?:ed)?|came out|come out)|no[- ]show|"
        r"why (?:are|were|have|has|is) (?:we|i|this|it) (?:being |been )?(?:billed|charged|invoiced)|"
        r"free of charge|at no (?:extra |additional )?(?:charge|cost)|(?:supposed|meant|agreed|promised) to be (?:free|included|covered|complimentary)|"
        r"covered (?:by|under) (?:the |our )?(?:warranty|guarantee|contract|agreement)|zero[- ]rated|vat[- ]exempt|"
        r"(?:should|ought to) have been (?:addressed|sent|invoiced|billed|issued|charged) to|"
        r"(?:only|never) (?:ever )?agreed|(?:did not|never) agree (?:to|on)|agreed (?:price|amount|fee|rate|figure|sum|quote) (?:was|is|of)\b|"
        r"(?:balance|amount|invoice|total|it|this|figure)" + g(2) + r"should (?:only )?(?:be|have been|read|show)" + g(1) + r"(?:[$\u00a3\u20ac]\s?\d[\d,.]*|\d[\d,.]*)|"
        r"(?:delivery|goods|order|shipment|items|consignment|parts) (?:was|were|arrived|came|turned up) (?:\w+ ){0,3}?late\b|"
        r"(?:does|do|did) not (?:tally|correspond|reconcile|agree) with|mismatch|(?:revise|correct|rectify) (?:the|this|your|that) (?:invoice|bill|amount)|"
        r"should not (?:have been|be) (?:charged|billed|invoiced)|(?:will|shall|would) only (?:pay|settle) (?:for )?(?:what|the (?:items|goods|part|portion|units)|those|the ones)",
        r"only \d+" + g(2) + r"(?:were|was|have been|had been|are)" + g(1) + r"(?:worked|delivered|received|ordered|used|supplied|shipped|done|performed)",
        r"(?:until|unless|before|as long as|once)" + g(5) + r"(?:replaced|repaired|fixed|fixes|fix|repairs|replaces|corrected|credit note|credit memo|refund|resolved|resolves|rectified|rectifies|delivered|complete|completed|finished|installed)",
        r"(?:we|i) do not owe (?:you |this |that |the |any )?(?:amount|money|sum)?" + g(1) + r"because|"
        r"invoice (?:is|was) (?:wrong|incorrect|not correct|erroneous|a mistake|an error)|"
        r"(?:never|not) (?:been )?(?:ordered|agreed|contracted|signed|requested)",
        r"(?:do not|never|did not) (?:have|had) (?:an account|any account|any dealings|a contract|an agreement|any business|an order)(?: with you)?|"
        r"not (?:a|your) (?:customer|client)|never (?:heard of|dealt with|done business|did business|used|bought from|purchased from|ordered from|engaged)|"
        r"(?:but|whereas|while|however) (?:we|i) (?:only )?(?:ordered|received|got|asked for|agreed|requested|booked)\b|"
        + _GOODS + r"(?: (?:was|were|have been|has been|are|is|all))? (?:returned|sent back|rejected)\b|"
        r"already (?:been )?(?:credited|refunded|cancel+ed|reversed|written off|voided)|(?:issued|raised|sent) (?:us )?(?:a |the )?credit (?:note|memo)|"
        r"first (?:i|we) (?:have |had )?(?:heard|seen|know) of (?:this|the|that|any|your) invoice",
        r"(?:price|amount|quote|rate)" + g(2) + r"(?:we |was |were )?agreed" + g(3) + r"(?:was|is|were)" + g(2) + r"(?:lower|different|less)",
    ),
    "refusal": (
        # "our system will not let us pay without it" is a blocker, not a refusal
        r"(?:will|shall|are|am|is|do|does|did) not(?! (?:let|allow|enable)\b)" + g(2) + r"(?:be )?(?:going to )?(?:pay|paying|settle|settling|honou?r)\b",
        r"not (?:going to|gonna|prepared to|willing to|about to|in a mood to) (?:pay|settle|make (?:any |a |the )?(?:further )?payment)|refus(?:e|es|ed|ing) to (?:pay|settle)|"
        r"refus(?:e|es|ed|ing) (?:this |the |your |that |any |to make )?(?:invoice|payment|bill)|(?:no|not any) intention (?:of|to) (?:pay|paying|settle)|"
        r"(?:decline|declines|declined|declining) to (?:pay|settle)|(?:do|does) not (?:intend|plan|propose|wish|expect) to (?:pay|settle|make (?:any |a |the )?(?:further )?payment|honou?r|release|process)",
        r"not (?:be )?honou?r(?:ing)? (?:this|the|your|that|any) (?:invoice|bill|amount|debt|claim|demand)|(?:do|does) not (?:think|believe) (?:we|i) owe|"
        r"(?:you are|you will|you) not (?:getting|going to get|be getting|get|going to be) (?:paid|a penny|anything|any money|your money)|"
        r"(?:^\W*|(?:no|nope|nah|so|and|but)\W+)(?:we are |i am )?(?:not|never) (?:paying|gonna pay|going to pay)\b",
        r"(?:decided|decide|chosen|choose|opted|elected|resolved|advised(?: \w+){0,3}|instructed(?: \w+){0,3}|told(?: \w+){0,2}) not to (?:pay|settle|make (?:any |the )?payment|release)\b|"
        r"(?:will|shall|are|am|is|would) not (?:be )?(?:making|releasing|processing|issuing|remitting|sending|effecting|authori[sz]ing|approving|honou?ring|make|release|process|issue|remit|send|effect|authori[sz]e|approve) (?:any |a |the |this |that |your )?(?:further )?(?:payments?|remittance|transfer|funds|money|cheque|check)\b|"
        r"(?:will|shall|would) not be (?:paid|settled|honou?red)|(?:is|are) not going to be (?:paid|settled)|"
        r"no (?:payments?|money|funds|remittance) (?:will|shall|is going to|are going to) be (?:made|paid|sent|forthcoming|released|coming|issued)|"
        r"no (?:payment|money) (?:will be |is )?forthcoming|"
        r"^\W*(?:we are |i am )?(?:not|never) (?:paying|gonna pay|going to pay)\b|"
        r"(?:payment|invoice|it) (?:has been|have been|was|is|will be) (?:refused|declined|denied)|refused (?:the |your )?payment|"
        r"no (?:intention|plans?|interest|desire|obligation) (?:of|to|on) (?:pay|paying|settl\w*|making (?:any )?payment)|"
        r"forget (?:about )?(?:it|this|the|your|that|getting)\b" + g(2) + r"(?:money|payment|paid|invoice|amount|cash)|"
        r"(?:do|does|will|can|shall) not accept (?:this|the|your|that|these) (?:invoice|bill|charge|debt|claim|demand)s?\b|"
        r"(?:do not|never) expect (?:any|a|to (?:get|receive|see)) (?:\w+ )?(?:money|payment|penny|cent|cash)|no way" + g(3) + r"(?:pay|paying|settle|settling)\b|"
        r"^\W*(?:not a chance|no chance|no way|not happening|never)\W*$|"
        r"under no circumstances" + g(5) + r"(?:pay|paid|settle|settled|payment)|"
        r"(?:we|i) (?:\w+ )?refuse\b|"
        r"(?:withhold|withholding|withheld|stop|stopping|stopped|cancel|cancelling|cancelled|block|blocking|blocked) (?:the |any |all |our |this )?payments?\b|"
        r"not in agreement with (?:paying|payment|this invoice)|(?:do|does) not agree (?:to|with) (?:pay|paying|this invoice|the invoice)|(?:will|shall) not (?:be )?(?:do|doing) (?:so|that)\b|"
        r"statute[- ]barred|time[- ]barred|(?:we are|i am|company is) not (?:liable|responsible) for (?:this|the|that|any|these|your)",
        r"(?:will|shall) (?:not )?never (?:pay|settle)|never (?:going to )?(?:pay|settle)\b|(?:not|never)" + g(4) + r"(?:a|one) (?:single )?(?:penny|cent|dime|red cent)|"
        r"(?:we|i) do not owe (?:you )?(?:anything|this|that|it|any|a thing|nothing)|(?:we|i) owe (?:you )?nothing|"
        r"nothing (?:is )?(?:owed|due)|see you in court|take (?:us|this|it|me) to court|sue us|"
        r"(?:stop|cease) (?:sending|contacting|emailing|writing|harass)(?! (?:\w+ ){0,2}(?:to (?:this|that|my|our|the) |here\b))|not (?:our|my) (?:problem|debt|responsibility)",
    ),
    "cant_pay": (
        r"(?:can|could|are|am|is|will|shall|would)" + g(1) + r"not (?:be able to |afford to )?(?:pay|settle|make (?:the |this |any )?payment|afford)\b",
        r"(?:unable|not able|impossible|not possible|not in a position) to (?:pay|settle|make)|no (?:money|funds|cash) to pay|"
        r"(?:can|could) not afford|insufficient funds|lack of funds|not (?:have|got) (?:the )?(?:money|funds|cash)",
    ),
    "hardship": (
        r"at (?:the|this) moment|right now|currently|at present|just now|for now|for the time being|"
        r"this (?:week|month)|yet\b|cash[- ]?flow|liquidity|tight|difficult|financial (?:difficulties|problems|issues|trouble)|"
        r"struggl\w*|short|hard times|slow (?:period|season|month)|until|by (?:the|then)|before",
    ),
    "plan": (
        r"instal+ments?|instal+ment plan|payment plan|payment schedule|payment arrangement|repayment plan|"
        r"payment (?:by|in) (?:instal+ments|stages|parts|tranches)|payments? in (?:stages|tranches|parts|chunks)|"
        r"(?:spread|split|stagger|divide|break|staggering|spreading|splitting)" + g(4) + r"(?:payments?|amount|balance|invoices?|sum|costs?|over|into|in (?:two|three|four|\d)|across)",
        r"(?:in|into|over|across) (?:\d+|two|three|four|five|six|several|multiple|monthly|equal)" + g(1) + r"(?:monthly |weekly |equal |smaller )?(?:payments|parts|tranches|chunks|instal+ments|months|portions|halves|lots|goes|hits|batches|transfers|steps)|"
        r"(?:monthly|weekly|fortnightly|quarterly) (?:payments?|amounts?|figure|instal+ments|basis|rate|sums)|(?:pay|paying|clear|clearing)" + g(4) + r"(?:monthly|weekly|fortnightly|per month|each month|every month|per week|each week|every week)\b|(?:amount|sum|bit|something|fixed|set|little) (?:a|per|each|every) (?:month|week)\b|"
        r"(?:part|partial|smaller|regular) payments|(?:staggered|phased) payments?|(?:pay|paying|clear|settle) (?:it |this |the invoice |the balance |off )?(?:in|by) (?:parts|stages|bits|pieces|dribs)|"
        r"(?:[$\u00a3\u20ac]\s?)?\d[\d,.]*(?:\s?(?:gbp|usd|eur|euros?|pounds|dollars))? (?:a|per|each|every) (?:month|week|fortnight|quarter)\b|"
        r"(?:in|into|over) (?:smaller|small|manageable|equal|regular|affordable|several|a few|a number of|multiple) (?:\w+ )?(?:chunks|amounts|payments|parts|bits|sums|portions|instal+ments|tranches|stages)|"
        r"(?:\d+|two|three|four|five|six|ten|twelve) (?:monthly |weekly |equal |separate |smaller )?(?:payments|instal+ments|tranches) (?:of|over|across)\b|"
        r"(?:can not|unable to|not able to|could not|can not afford to|not in a position to|impossible to) (?:pay|clear|settle|manage|afford|make)" + g(4) + r"(?:at once|in one go|in one hit|in (?:a |one )?(?:single|lump) (?:payment|sum)|in one payment|in one lump|all together|straight away)|"
        r"(?:come to|reach|make|agree|set up|work out|put in place|enter into|discuss|arrange|propose) (?:an |some |some sort of |some kind of |a |a payment |a repayment )?(?:arrangement|payment plan|repayment plan|schedule of payments|deal)\b|"
        r"(?:pay|paying|clear|settle|repay)" + g(3) + r"over (?:the (?:next|coming) )?(?:a few|several|\d+|two|three|four|five|six|twelve|a couple of|a number of|some) (?:\w+ )?(?:months|weeks)\b|"
        r"(?:arrange|work out|sort out|agree|figure out|come up with|organi[sz]e) something|work something out|"
        r"(?:pay|paying) (?:it |this )?(?:off )?(?:bit by bit|little by little|gradually|over time)|(?:pay|paying) what (?:we|i) can\b",
    ),
    "more_time": (
        r"(?:more|extra|additional|some|a bit of|a little|a little more|a bit more|enough) time|"
        r"extension|extend(?:ed)?" + g(2) + r"(?:deadline|due date|payment terms?|terms|term|time)|"
        r"postpone|defer|deferral|deferred|delay(?:ing)? (?:the |our |this )?payment|grace period|"
        r"(?:push|move|moving|pushing)" + g(2) + r"(?:back|out)|later date|bear with us|be patient|(?<!for your )(?<!for the )(?<!for their )patience|"
        r"(?:a little|a bit|a while|a few days|a few weeks|slightly|bit|little|week|month|days|weeks) longer\b|longer to (?:pay|settle)|"
        r"(?:another|an extra|a further|one more|an additional) (?:\w+ )?(?:day|week|month|fortnight)\b|"
        r"(?:could|can|would|will|please) (?:you )?(?:hold off|hang fire|wait)\b|(?:hold off|hang fire) (?:on|for|until|till|a)\b|\d+ days? instead of|instead of (?:the )?\d+ days?|"
        r"(?:\d+|one|two|three|four|five|six|a couple of|couple of|a few|few|some) (?:more|extra|additional) (?:\w+ )?(?:days?|weeks?|months?)\b|"
        r"(?:give|grant|allow) (?:us|me)" + g(3) + r"(?:until|till|til)\b|"
        r"leeway|flexibility|breathing (?:space|room)|indulgence|forbearance|lenien\w+|"
        r"a few more (?:days|weeks)|(?:another|an extra|a further|additional|couple (?:of )?more|few more) (?:\w+ )?(?:days|weeks|months)|"
        r"(?:pay|settle|payment)" + g(2) + r"(?:later|at a later date)|(?:give|grant|allow) (?:us|me)" + g(2) + r"(?:time|days|weeks|respite)",
    ),
    "split_rest": (
        r"(?:the )?(?:rest|remainder|remaining|other half|second half|outstanding rest|second (?:part|instal+ment|payment)|"
        r"balance remaining)\b" + g(5) + r"(?:later|next|following|end of|by|on|in|after|within|once)|"
        r"(?:and|then|with) (?:the )?(?:other |another |second |remaining )?half\b" + g(5) + r"(?:later|next|following|end of|by|on|in|after|within|once)",
    ),
    "callback": (
        r"(?:arrange|schedule|set up|book|have|organi[sz]e) (?:a |an )?(?:quick |short |brief )?(?:call|meeting|phone call|video call|teams call|zoom)\b",
        r"(?:call|ring|phone|telephone) (?:me|us|back|my|our|him|her)\b|(?:give|drop) (?:me|us|him|her|them) a (?:quick )?(?:call|ring|phone call|bell|buzz|tinkle)|"
        r"(?:kindly|please|pls) (?:do )?(?:call|ring|phone|telephone)\b|(?:call|ring|phone) (?:on|at) (?:\+|\d|(?:my|our|this|the following) (?:number|mobile|phone|cell|landline))|"
        r"(?:free|available|time|possible|up) for a (?:quick |short |brief )?(?:call|phone call|chat on the phone|teams call|zoom call|video call)|(?:teams|zoom|video|webex) (?:call|meeting)|"
        r"(?:discuss|talk|speak|chat|go through|go over|explain|sort)" + g(5) + r"(?:on|over|via) (?:a |the )?(?:quick |short )?(?:call|phone call|teams|zoom)\b|"
        r"(?:can|could|shall) (?:we|i) (?:talk|speak|have a (?:chat|word|quick word))\b|"
        r"(?:what is|what's) the best (?:number|time) to (?:call|reach|ring)|(?:jump|hop|get) on a (?:quick )?call|"
        r"call(?:ed)? back|callback|call me back|have someone call|someone (?:to )?call|somebody (?:to )?call|"
        r"(?:could|can|would|may|please) (?:you )?call\b",
        r"(?:set up|arrange|schedule|book|organi[sz]e|have) (?:a |an )?(?:quick |short |brief )?(?:call|phone call|telephone call|conference call|teams call|zoom call)\b|"
        r"(?:speak|talk|discuss|chat|call|reach|contact)(?:ing|s)?\b" + g(5) + r"(?:by|over the|on the|via|per|over) (?:phone|telephone)|"
        r"(?:phone|telephone) (?:call|conversation|chat|meeting)",
        r"(?:speak|talk) (?:to|with) (?:someone|somebody|a person|a human|you|your|someone from|a manager|the manager|a colleague)|"
        r"(?:reach|contact) me (?:on|at) (?:my )?(?:mobile|cell|phone|\+|\d)|my (?:direct |mobile |cell |phone )?(?:number|line) is|"
        r"(?:available|reachable) (?:on|at|by) (?:phone|\+|\d)|call at your (?:earliest )?convenience",
    ),
    "conditional": (
        r"^\s*if\b(?! you (?:could|can|would|would like to|want to|wish to|are able to|have time to) (?:please )?(?:call|ring|phone|give))|\bif (?:you|there)(?! (?:could|can|would|would like to|want to|wish to|are able to|have time to) (?:please )?(?:call|ring|phone|give))|should you|feel free|do not hesitate|any (?:further )?questions|"
        r"if (?:needed|necessary|required)|in case you|whenever you",
    ),
    "contact_change": (
        r"no longer" + g(2) + r"(?:work|works|worked|working|employed|with|at|in charge|responsible|handle|handling|deal|dealing|"
        r"the right|the correct|the appropriate|part of|the contact|in the company|in this role|in the position|monitored|in use|active|used|valid)",
        r"(?:have|has|had|i|she|he) (?:now )?left (?:the |our |this )?(?:company|business|firm|organi[sz]ation|team|department|\w+ (?:ltd|inc|gmbh|sa|bv|srl))|"
        r"^\W*(?:(?:have|has) )?left (?:the |this )?(?:company|business|firm|organi[sz]ation)|"
        r"(?:have|has|had|she|he) (?:now )?(?:left|quit) (?!(?:a|an|the|it|you|them|this|that|for|early|on|at|in|my|your|our|his|her|some|no|word|messages?|voicemails?|notes?|comments?|instructions?)\b)\w+|"
        r"(?:have|has|had) (?:now )?(?:resigned|retired|moved on|been made redundant|gone on to)|(?:moved|transferred) to (?:a )?(?:different|another|new|other) (?:role|department|team|position|job|company|site|function)|"
        r"(?:mailbox|e-?mail address|address|inbox|account) (?:is being|will be|has been|is going to be|is) (?:closed|decommissioned|deactivated|retired|shut down|discontinued|disabled|deleted)|"
        r"(?:accounts payable|\bap\b|payables|finance|accounts|invoicing|billing|purchase ledger)(?: team| department| function| dept)? (?:has|have|is|are) (?:now )?(?:been )?(?:moved|transferred|relocated|outsourced|centrali[sz]ed)\b|"
        r"(?:does not|do not|is not|am not|are not|not) (?:work|working|employed) (?:here|for (?:us|the company)|with us|at (?:the company|this company))|(?:not|no longer) (?:\w+ )?(?:here|with (?:us|the company)) any ?more|"
        r"changed hands|under new (?:ownership|management)|(?:the )?new (?:owners?|management|proprietors?)\b|"
        r"(?:take|remove) me (?:off|from)\b|(?:changed|moved|updated|switched) (?:our|my|the|its) (?:\w+ ){0,2}?(?:e-?mail|address|mailbox|contact)\b|"
        r"(?:try|use|contact|email|e-mail|write to|reach out to|speak to|talk to|correspond with|deal with|liaise with)" + g(5) + r"(?:on |at |via )?[\w.+-]+@[\w-]+\.[\w.-]+|"
        r"(?:remove|delete|take) (?:me|my name|my details|my e-?mail|my address|this address|this e-?mail)(?: address)? (?:from|off)\b|"
        r"(?:have not|has not|had not|not) (?:worked|been) (?:here|for (?:us|the company)|with (?:us|the company)|at (?:the company|this company))|"
        r"(?:do not|does not|no longer) (?:deal with|handle|look after|manage|process|take care of|work on|cover)" + g(1) + r"(?:payments|invoices|accounts|billing|invoicing|payables|this account|supplier accounts)|"
        r"now (?:handles|looks after|deals with|manages|takes care of|is responsible|are responsible|is in charge|covers|oversees|handling|looking after|dealing with)|"
        r"(?:handles|looks after|deals with|manages|takes care of|is responsible for|is in charge of|are responsible for)" + g(3) + r"now\b|"
        r"(?:send|forward|address|direct|email|e-mail|write|use|contact|copy in|cc)" + g(6) + r"instead\b|(?:instead of|rather than) (?:this|my|me|the current|the old)\b",
        r"(?:am|is|are) not (?:the )?(?:right|correct|appropriate|responsible|relevant) (?:person|contact|people|department|recipient)|"
        r"(?:wrong|incorrect) (?:person|contact|recipient|e-?mail(?: address)?|e-?mail id|addressee|inbox|mailbox|department|team|individual|guy)|change of (?:contact|e-?mail|address|mailbox)|(?:contact|e-?mail address) (?:has )?changed",
        r"(?<!with the )(?<!with a )(?:new|updated|correct|different|changed) (?:email|e-mail|mail)? ?(?:address|contact|contact person|point of contact|mailbox|email|e-mail)|"
        r"new (?!(?:billing|delivery|postal|invoice|invoicing|registered|shipping|office|bank|po|purchase) )(?:\w+ ){1,3}?(?:e-?mail(?: address| id)?|address|mailbox|contact)\b|(?:e-?mail|mail) id\b",
        r"(?:from now on|going forward|in (?:the )?future|henceforth|moving forward|for (?:all )?future|from today|with immediate effect|effective immediately)" + g(8) + r"(?:send|contact|write|address|email|e-mail|use|direct|forward|correspond|reach)|"
        r"(?:send|contact|write|address|email|e-mail|use|direct|forward|correspond|reach)" + g(8) + r"(?:from now on|going forward|in (?:the )?future|henceforth|moving forward|from today)",
        r"(?:update|change|amend|correct) (?:your|the|our) (?:billing |accounts |ap |finance |payables |main |primary |invoice |invoicing )?(?:records?|contact|details|address|email|system|mailing list|distribution|contact person)",
        r"(?:send|address|direct|forward|email|redirect|re-direct|route)" + g(2) + r"(?:all |future |any )?(?:invoices|reminders|correspondence|communications?|statements|e-?mails|invoicing|billing|payment reminders)" + g(4) + r"to\b|"
        r"(?:use|email|contact|write to|send (?:it|them|these) to) (?:my|our) (?:work|business|company|office|new|other|main|official) (?:one|e-?mail|address|account|inbox)|personal e-?mail|private e-?mail",
        r"(?:invoices|reminders|correspondence|statements|e-?mails|communications?|billing|invoicing|these|queries)" + g(1) + r"(?:should|must|need to|needs to|have to|has to|can|are to|will)" + g(2) + r"(?:be )?(?:sent|addressed|directed|forwarded|emailed|mailed|go|come) to|"
        r"(?:contact|contact person|person responsible|responsible person|point of contact|address)" + g(1) + r"(?:for|regarding|concerning)" + g(3) + r"(?:is|will be) now|"
        r"(?:invoices?|billing|accounts payable|payables|payments?|your account) (?:is|are|will be) now (?:handled|managed|dealt with|processed|looked after) by|"
        r"(?:has|have) been (?:acquired|taken over|merged)|(?:has|have) taken over|took over|(?:my|his|her) successor|(?:has been )?replaced by|(?:has )?retired|"
        r"(?:changed|moved) (?:our|my|the|its) (?:email|e-mail|address|mailbox)|"
        r"(?:responsible|in charge|point of contact|contact person)" + g(4) + r"(?:is|are|will be) now|now (?:handles|handled|managed|dealt with) by",
    ),
    "permanent": (
        r"no longer|(?:have|has|had) left|left the|from now on|going forward|henceforth|moving forward|"
        r"for (?:all )?future|in (?:the )?future|from today|with immediate effect|effective immediately|"
        r"retired|resigned|successor|replaced by|taken over|took over|acquired|merged|changed|permanently|is now|are now|update (?:your|the) (?:records?|contact|details)|"
        r"moved on|no longer|for future reference|(?:have|has) (?:now )?left|closed down|decommissioned|instead",
    ),
    "ooo": (
        r"out of (?:the )?office|out-of-office|\booo\b|away from (?:the|my) (?:office|desk)|"
        r"(?:i am|i will be|we are|we will be|i shall be|currently|presently)(?: currently| now| presently| still| also)? (?:away|absent|off|out|unavailable|not available|not in the office|travel+ing|on leave|on holiday|on vacation)\b(?! (?:to|of (?:stock|funds|money|cash|budget)))",
        r"(?<!is )(?<!are )(?<!was )on (?:annual |parental |maternity |paternity |sick |medical |study )?(?:leave|holiday|holidays|vacation|business trip)|"
        r"(?:limited|no|restricted|intermittent) (?:access|connectivity)|without access to (?:my )?e-?mail|"
        r"(?:be|am|i will be|will be|i am|i shall be) back" + g(2) + r"(?:on|in|to|at)\b|(?:return|returning)" + g(2) + r"(?:on|in the office|to the office|to work|at work)|(?:will be )?back in the office|"
        r"(?:working|work) (?:reduced|part[- ]time|limited|flexible|shortened) (?:hours|days)|(?:i|we) work part[- ]time|my working (?:days|hours) are|"
        r"(?:in|during) my absence|while i am (?:away|out)|on a (?:flight|plane|train)|in the air|(?:at|attending) (?:a |an |the )?(?:conference|trade show|trade fair|exhibition|seminar|training course|offsite|off-site|summit)\b|^\W*(?:away|out|off|absent|on leave|on holiday|travel+ing)\W+(?:until|till|til|back)\b|upon my return|on my return|"
        r"offices? (?:is |are |will be |will remain |remain |remains |shall be )?(?:now |currently )?closed|(?:we|office|offices) (?:will )?re-?open|closed for (?:the )?(?:christmas|holidays?|festive|easter|summer|thanksgiving|new year)|public holiday|bank holiday",
    ),
    "auto": (
        r"automatic (?:reply|response|message|email)|auto[- ]?(?:reply|response|responder|generated)|(?:your|this) (?:e-?mail|message|enquiry|inquiry|call) is important to us|"
        r"(?:answered|dealt with|responded to|processed) in (?:turn|order of receipt|the order (?:it was|they were|they are|received))|allow (?:up to )?(?:\d+|\w+) (?:working |business )?(?:days|hours) for (?:a )?(?:response|reply)|(?:high|large|increased|heavy) volume of (?:e-?mails|enquiries|inquiries|requests|messages|queries)|(?:inbox|mailbox|e-?mail(?: address)?|address|account) is (?:only |not )?(?:monitored|checked|staffed|read)\b|auto(?:mated|-reply|reply|response)|this is an? auto|"
        r"(?:please )?do not reply to this|no-?reply|this mailbox is not monitored|unmonitored mailbox|"
        r"ticket (?:number|#|no\b|id|ref)|(?:request|case|ticket|enquiry|inquiry) (?:number|#|no\b|id|reference)|"
        r"(?:ticket|case|request) (?:has been|was|is) (?:created|received|logged|opened|registered)",
    ),
    "auto_weak": (
        r"(?:we|i) (?:have )?received your (?:e-?mail|message|request|enquiry|inquiry|query|correspondence|mail)|"
        r"thank you for (?:your )?(?:e-?mail|message|contacting)|thanks? (?:you )?for (?:getting in touch|reaching out|contacting)|"
        r"a member of (?:our|the) (?:team|staff)" + g(2) + r"(?:will|shall)|(?:we|i) (?:aim|endeavour|endeavor|try|strive) to (?:respond|reply|answer|get back)|"
        r"(?:your|the) (?:e-?mail|message|request|enquiry|inquiry|query|correspondence)" + g(3) + r"(?:has been|was|is being|will be) (?:received|forwarded|logged|registered|passed|reviewed|processed|dealt with|answered|actioned|assigned|delivered|routed|sent)|"
        r"(?:will|shall) (?:get back|respond|reply|be in touch|answer)" + g(3) + r"(?:as soon as possible|shortly|soon|within|upon|on my return|when i|tomorrow|on (?:monday|tuesday|wednesday|thursday|friday))",
    ),
    "deputy": (
        r"(?:in|during) my absence|for (?:urgent|immediate|pressing) (?:matters|issues|enquiries|inquiries|requests|questions)|"
        r"for (?:all |any |other )?(?:urgent |immediate |pressing |payment |accounts? |invoice |invoicing |billing |finance |general )(?:matters|issues|enquiries|inquiries|requests|questions|queries|assistance|help|support)|"
        r"for anything (?:urgent|else|pressing|in the meantime|relating|related|regarding|concerning|to do with|about)|during (?:this|that) (?:time|period)|while i am (?:away|out|off|on leave)|"
        r"for anything (?:urgent|else|pressing|in the meantime)|if (?:it is |this is |your (?:matter|query|enquiry|request) is )?(?:urgent|time[- ]sensitive)|"
        r"if (?:it is )?urgent|in urgent cases|(?:please )?contact my colleague|(?:is|will be) covering|"
        r"(?:can|may) (?:also )?contact|alternatively (?:contact|write)|in the meantime|meanwhile|until (?:i|she|he) (?:return|am back|is back)|while i am (?:away|out|off)",
    ),
    "promise": (
        # "vendredi sans faute": a commitment word with a date is a promise
        r"without fail",
        r"(?:get|send|have) (?:this|it|the (?:payment|money|funds|balance|amount)) (?:over |across )?(?:to you|across|over)\b",
        r"(?:will|shall) (?:go|be going) (?:across|out|through|over)\b|(?:we|i) (?:will|shall)(?= (?:on|by|before|next|this|tomorrow|in \d))",
        r"(?:will|shall|going to|gonna|intend to|plan to|planning to|aim to|expect to|hope to|promise to|"
        r"commit to|undertake to|are to|want to|would like to|ready to|about to|able to)" + g(3) + r"(?:pay|settle|transfer|wire|remit|clear|"
        r"take care of (?:it|this|the|that|payment)|get (?:it|this|that|the \w+) paid|sort (?:it|this|that)(?: out)?|"
        r"(?:make|process|release|initiate|send|arrange|schedule|submit|issue|execute|authori[sz]e|approve|action|do|effect|put through) (?:the |a |your |this |our |that |full |an? )?" + _PAYOBJ + r")\b",
        r"(?:will|shall|should|is going to|are going to|is to|are to|would)" + g(2) + r"be (?:paid|settled|transferred|wired|remitted|cleared|released|processed|made|sent|"
        r"scheduled|actioned|executed|debited|collected|initiated|done|arranged|issued|approved|honou?red|taken care of|sorted)",
        r"(?:payments?|transfers?|money|funds|remittance|cheque|check|wire) (?:will|shall|is going to)" + g(2) + r"(?:follow|go|leave|be made|be sent|be done|be issued|go out|come|be on its way)",
        r"(?:we|i) (?:are|am) (?:currently )?(?:paying|settling|arranging|processing|preparing|scheduling|organi[sz]ing|initiating)|"
        r"(?:scheduled|planned|booked|set up|lined up|authori[sz]ed|earmarked|queued|approved|slated|programmed) (?:it )?(?:for|on)\b|"
        r"(?:is|are|has been|have been|was) (?:now )?(?:scheduled|planned|earmarked|queued|approved for payment|booked)|"
        r"(?:next|upcoming|following|our) (?:payment|pay|check|cheque) (?:run|cycle|batch|date|day)|payment run|pay run|"
        r"due to be paid|to be paid (?:on|by)|(?:direct debit|standing order)" + g(3) + r"(?:will|is going to|shall)",
        r"(?:you will|you shall|you should|you are going to) (?:receive|get|have|see)" + g(2) + _PAYOBJ,
        r"(?:will|shall|going to|'ll|can|plan to|intend to) (?:send|transfer|wire|remit|pay|release|make|settle)(?: you| over| across)? (?:a payment of |the sum of |an amount of )?(?:[$\u00a3\u20ac]\s?\d[\d,.]*|\d[\d,.]* ?(?:gbp|usd|eur|pounds|dollars|euros|rs|inr)"
        # an amount without currency is one when a time follows ("we'll send 750 on Friday")
        r"|\d[\d,.]*(?= (?:on|by|next|this|tomorrow|today|before|within|at the end|end of)\b))|"
        r"(?:will|shall|going to|'ll|plan to|intend to)" + g(2) + r"(?:process|release|action|approve|authori[sz]e|put through|book) (?:it|this|that|them|these|the invoice|the bill|your invoice)\b|"
        r"(?:will|shall|should|is going to|is due to|are going to) (?:go|be going) out\b|(?:will|shall|should) go through (?:on|by|next|this|tomorrow|today|early|at|in|within|end|before)\b",
        r"(?:we|i) (?:pay|settle|transfer|wire)" + g(3) + r"(?:on|by|next|this|tomorrow|today|within|before|in)\b|"
        r"(?:we|i) (?:will|shall) (?:do (?:it|that|so)|get (?:it|this) done|honou?r)",
        r"(?:(?<=but )|(?<=and )|(?<=yet ))(?:we |i )?(?:will|shall) (?:do so |do it |do that )?(?:on|by|before|next|this|tomorrow|today|early|at|in|within|end)\b|"
        r"^\W*(?:will|shall) (?:do (?:so |it |that )?|sort (?:it |this |that )?(?:out )?|get (?:it|this|that) (?:done|sorted|paid|over|across) )?(?:on|by|before|next|this|tomorrow|today|early|at|in|within|end)\b|"
        r"^\W*(?:(?:by|on|before|next|this|until|till) )?(?:the )?(?:end of (?:the |this |next )?(?:month|week)|month[- ]end|monday|tuesday|wednesday|thursday|friday|tomorrow|today|the \d{1,2}(?:st|nd|rd|th))[.!\s]*$|"
        r"^\W*(?:sorted|done|settled|cleared|will be \w+) (?:by|before|next|this|tomorrow|today|within|end)\b",
        r"(?:asked|told|instructed|requested|reminded)" + g(4) + r"(?:to )?(?:pay|process|release|settle|transfer|make the payment|arrange (?:the )?payment)\b",
        r"(?:will|shall|going to|'ll)(?: definitely| certainly| surely| hopefully| probably| try to| aim to)? (?:have|get) (?:it|this|that|them|the \w+|everything)" + g(1) + r"(?:paid|settled|transferred|sorted|cleared|done|processed|over to you|across to you|to you)",
        r"(?:make sure|ensure|see to it|see that)" + g(3) + r"(?:goes through|go through|is paid|gets paid|get paid|is processed|is settled|goes out|is sorted|gets sorted|is done)",
        r"(?:expect|count on|look out for|anticipate)" + g(2) + _PAYOBJ + r"|(?:payment|transfer) is (?:on the way|forthcoming|coming)",
    ),
    "promise_ask": (
        r"(?:can|could|may|might) (?:we|i)" + g(2) + r"(?:pay|settle|transfer|make (?:the )?payment|have until|get until|do (?=[$\u00a3\u20ac\d]))|"
        r"(?:would|will|is) it be (?:ok|okay|alright|all right|possible|acceptable|fine|a problem)" + g(4) + r"(?:pay|settle|payment|transfer)|"
        r"(?:is it|would it be) (?:ok|okay|alright|fine) (?:if|to)(?! (?:we |i )?(?:pay|settle) (?:by|via|with|using|through|online|in (?:cash|euros|dollars|usd|eur))\b)|"
        r"(?:give|grant|allow) (?:us|me)" + g(3) + r"(?:until|till|til)\b|(?:we|i) (?:need|would need|require|ask for|request) (?:time )?until|"
        r"until" + g(4) + r"(?:to pay|to settle|for payment|for the payment)|(?:pay|settle)" + g(2) + r"(?:later|at a later)",
    ),
    "pay_word": (
        r"pay(?!able|ables|ee|roll|slip)\w*|paid|settle\w*|transfer\w*|wire|remit\w*|funds|money|bacs|cheque|direct debit|standing order|"
        r"settlement|repay\w*|ach|sepa|release",
    ),
    "claimed": (
        r"(?<!will )(?<!shall )(?<!would )(?<!should )(?<!to )(?<!going )(?<!definitely )(?<!certainly )(?<!probably )(?<!hopefully )(?<!surely )(?<!can )(?<!could )(?<!must )(?<!might )(?<!may )"
        r"(?:we|i|they|finance|accounts|company|team|bank|colleague|payables|already|just|have|has|had|was|were|is|are|been|got|now)\s+"
        r"(?:\w+\s+){0,2}?(?<!being )" + _PAYED + r"\b",
        r"" + _PAYOBJ + r"\b" + g(3) + r"(?:was|were|has been|have been|had been|is|are|got|went)" + g(1) + r"(?:already )?(?:" + _PAYED + r"|" + _PAYED_OBJ + r"|through|out|debited|deducted|sent off|on its way)\b",
        r"(?:we|i|they|finance|accounts|bank)" + g(3) + r"(?:sent|made|processed|released|initiated|executed|submitted|issued|actioned|authori[sz]ed|approved|ordered|posted|mailed|done|effected|completed)" + g(2) + r"(?:the |a |your |this |our |that |an? )?" + _PAYOBJ,
        r"(?:remittance|proof of payment|payment (?:advice|confirmation|receipt|proof)|transfer (?:confirmation|receipt|slip)|swift (?:copy|confirmation|message)|bank (?:confirmation|receipt|slip)|receipt|mt103)" + g(3) + r"(?:attached|enclosed|herewith|below)|"
        r"(?:attached|enclosed|please find|herewith|attaching|sending you)" + g(3) + r"(?:remittance|proof of payment|payment (?:advice|confirmation|receipt|proof)|transfer (?:confirmation|receipt|slip)|swift|bank (?:confirmation|receipt)|mt103|receipt)",
        r"^\W*(?:the |our )?(?:payment|transfer|wire|bacs|remittance|invoice|bill|cheque|check|funds|money|it|this|ach)s? (?:is |has been |have been |was |were )?(?:already )?(?:done|made|sent|paid|completed|settled|processed|executed|released)"
        r"(?=\W*$|\s*[,;(-]|\s+(?:today|yesterday|this (?:morning|afternoon)|on|via|through|last|earlier|ref|reference|in full)\b)",
        r"^\W*(?:already |just |all )?(?:paid|settled|transferred|wired|sent|done|cleared|remitted)\b(?! (?:by|before|next|tomorrow|within|in|this|today|end)\b)",
        r"(?:have|has|just|already) (?:\w+ )?put (?:the |a |our )?(?:payment|transfer|it|this|that)? ?through\b(?! for)|"
        r"(?:paid|settled|transferred|wired|sent|cleared|remitted|made|processed|released|posted|mailed|went through|went out|left (?:our|the) (?:account|bank))" + g(3) + r"(?:last (?:week|month|friday|thursday|wednesday|tuesday|monday|saturday|sunday)|yesterday|(?:days|weeks|a week|a while|a month|ages) ago|this morning|earlier (?:today|this week|this month))",
        r"(?:we|i|they) did (?:actually |in fact )?(?:pay|settle|transfer|send|make)\b|"
        r"should have (?:already )?(?:reached|arrived|landed|cleared|been received|hit|come through|gone through)|(?<!will )(?<!to )(?:we|i) (?:sent|transferred|wired|posted|mailed) (?:it|them|this|that|the money|the funds|the cheque|the check|payment)\b|"
        r"(?:money|payment|funds|transfer|cash) (?:is|are|should be|must be) (?:already )?(?:there|in your (?:account|bank)|with you)\b|check your (?:bank|account|bank account|bank statement)\b|"
        r"already (?:been )?(?:paid|settled|sent|transferred|wired|done|taken care of|processed|sorted|cleared|actioned|remitted)|paid in full|fully paid|"
        r"(?:has|have) (?:already |now )?gone (?:out|through|off)|went out|left our (?:account|bank)|(?:debited|deducted) from our (?:account|bank)|"
        r"(?:is|are) on (?:its|their) way|(?<!will be )(?<!will go )in the (?:post|mail)\b(?! (?:tomorrow|today|on|by|next|this))|"
        r"(?:payment|transfer|funds|money|cheque|check|remittance) (?:has |had )?(?:already )?(?:cleared|went through|left our|reached you|arrived|landed)\b|"
        r"(?<!be )(?<!get )included in (?:our|the|a) (?!next |upcoming |following |coming )(?:\w+ )?(?:payment|transfer|remittance|bacs|cheque|check|payment run)|paid (?:together|along) with|(?:has|have) been taken care of|"
        r"(?:did|have) you (?:not )?(?:receive|get|see)d?" + g(1) + r"(?:our|the|my|this)?" + g(1) + r"(?:payments?|transfers?|money|funds|remittance|cheque)|"
        r"confirm (?:receipt|(?:that )?you (?:have )?(?:received|got)) (?:of )?(?:our|the|my)? ?(?:payment|transfer|funds|money)|"
        r"(?:payment|transfer|it) (?:is|was|went) (?:being )?(?:processed|through|made|completed|executed|in progress)",
    ),
    "arrival": (
        r"(?:arrive|reach|hit|land|show|appear|clear|be credited|be received|be in your|be on your|be with you|reflect)\w*" + g(5) + r"(?:account|bank|you|by|on|within|in|monday|tuesday|wednesday|thursday|friday|tomorrow|next)|"
        r"(?<!i )(?<!we )(?:will|should) (?:arrive|reach|land|show|appear|be credited|be received|be in|be on|be with|be visible|take)|"
        r"(?:processing|clearing|transit) time|(?:takes|take) (?:\d|one|two|three|a few|some) (?:business |working )?days|"
        r"you (?:will|should) (?:receive|get|see|have) (?:it|the funds|the money|the payment|them)",
    ),
    "info_copy": (
        r"(?:copy|copies|duplicate|pdf|scan|original|version|reprint)" + g(2) + r"(?:of )?(?:the |this |that |our |your |these |those |an? )?(?:invoices?|bills?|credit notes?)|"
        r"(?:resend|re-send|send (?:me |us )?again|send (?:it )?over|send through|forward|re-issue|reissue|re-send|send (?:me|us))" + g(3) + r"(?:invoices?|bills?|pdf|credit notes?|it|this|that)\b|"
        r"invoices? (?:copy|copies|pdf|attachment|document)|^\W*(?:the |an? )?(?:invoice|bill|pdf)s?(?: again| copy)?,? (?:please|pls)\b|pro[- ]?forma(?: invoice)?|(?:vat|tax) invoice|(?:send|resend|email|e-mail|forward|share|mail)(?: (?:me|us))? (?:the|a|an|this|that|our|your|another|new)(?: (?:new|fresh|corrected|revised|updated|amended))? (?:invoices?|bills?|pdf|credit notes?)\b|"
        r"(?:do not|can not|could not) (?:seem to )?(?:have|find|locate) (?:it|the invoice|a copy|this invoice|the bill|that invoice)\b|(?:can|could) not (?:find|locate|open|see) (?:the |this |that |your |any )?(?:invoice|attachment|pdf)|"
        r"(?:invoice|attachment|pdf) (?:is |was )?(?:missing|not attached|not included|corrupt|blank|unreadable)|(?:the |an )?attachment (?:is |was )?missing",
    ),
    "info_statement": (
        r"statement(?: of (?:account|accounts|our account))?|account statement|(?:list|overview|summary|breakdown|report) of (?:\w+ ){0,2}(?:open|outstanding|unpaid|invoices|items|balance|transactions|account)|"
        r"open items|aged (?:debt|balance|debtors)|how much (?:is|are|do|does|we|i|remains|exactly|in total|still|money)\b|(?:total|current|outstanding) balance (?:on|of|for) (?:our|my|the) account|reconcil\w*|account (?:history|overview|summary)|(?:which|what) (?:invoices|items) (?:are )?(?:open|outstanding|unpaid)",
    ),
    "info_bank": (
        r"bank (?:details|account|information|info|data|coordinates)|banking (?:details|information|info)|"
        r"\biban\b|\bswift\b|\bbic\b|sort code|account (?:number|no|details|name)|routing number|aba number|"
        r"where (?:do|should|can|shall) (?:we|i) (?:pay|send|transfer|wire)|payment (?:details|information|instructions|link|options|methods?|portal)|"
        r"how (?:can|do|should|shall|may) (?:we|i) pay|(?:who|what name) (?:do|should|shall) (?:i|we) make (?:it|the cheque|cheques|the check|checks|this) (?:payable|out)|payable to\b|how (?:to|we can|i can|we should|i should) (?:pay|make (?:a |the )?payment)|pay online|payment link|link to pay|pay by (?:card|credit card|paypal|cheque|check)|(?:card|online) payment|"
        r"remittance address|(?:which|what) (?:bank )?(?:account|bank)\b" + g(3) + r"(?:pay|paid|send|transfer|use|into|to)\b|pay (?:it |this |the money )?into|"
        r"(?:accept|take) (?:payments? (?:by|via|with) )?(?:cards?|credit cards?|debit cards?|paypal|cheques?|checks?|amex|visa|mastercard|bank transfer|ach|direct debit|stripe)\b|(?:address|where) (?:for|to send|to post|to mail|do (?:we|i) send|should (?:we|i) send) (?:the |our |a )?(?:cheques?|checks?|payments?)|"
        r"(?:what|which) (?:is the |payment |is our |is my )?reference\b|(?:payment|bank) reference (?:to use|should)",
    ),
    "info_other": (
        r"(?:is there|are there|do you (?:charge|have|accept|offer|need)|does (?:this|it|the invoice) (?:include|cover))\b" + g(4) + r"(?:charges?|fees?|interest|discount|surcharge|penalty|form|reference|number|portal|link|account)\b|"
        r"(?:send|provide|share|forward|resend|re-send|email|e-mail|give|tell|confirm|advise|let (?:me|us) know)(?: (?:me|us))?(?: with)?(?: (?:a|an|the|your|our|this|that|these|those|some|any))?" + g(2) + r"(?:form|forms|document|documents|agreement|(?<!account )(?<!sort )number|reference|e-?mail|address|breakdown|contract|certificate|receipt|confirmation|information|info|balance|amount|total|terms|site|order|po|quote|quotation|charges?|fees?|price|rate|paperwork|report|letter|w-?9|w-?8\w*)" + r"\b|"
        r"(?:what|which|where|when|how much|how many)\b" + g(4) + r"(?:form|forms|document|documents|agreement|(?<!account )(?<!sort )number|reference|e-?mail|address|breakdown|contract|certificate|receipt|confirmation|information|info|balance|amount|total|terms|site|order|po|quote|quotation|charges?|fees?|price|rate|paperwork|report|letter|w-?9|w-?8\w*)" + r"\b|"
        r"(?:copy|copies|scan|pdf) of (?!(?:the |your |our |this |that |a )?(?:invoice|bill|statement|credit note|remittance|payment))(?:the |your |our |this |that |a )?\w+|"
        # all lexicons match every reply: Italian "un po'" (a little) is no PO number
        r"purchase order|(?<!un )\bpo\b(?!')|p\.o\.|po (?:number|no|#|ref)|order (?:number|no|#|reference|ref)|(?:our|your) reference|"
        r"(?:what|which) (?:exactly |precisely |actually )?(?:is|was|are|were) (?:this|the|these|that|those)" + g(2) + r"(?:invoice|charge|amount|fee|bill|for)|"
        r"(?:confirm|tell (?:me|us)|let (?:me|us) know|clarify|check|advise) (?:whether|if)\b|which invoices?|"
        r"(?:what|which) (?:invoice|charge|amount|service|order|goods|project)|what (?:does|is) (?:this|the|that)" + g(2) + r"(?:for|relate|refer|cover)|"
        r"what (?:this|the|that|these|those) (?:\w+ ){0,2}(?:is|are|was|were|relates?|refers?) (?:for|to)\b|"
        r"(?:more|further|additional) (?:details|information|info|documentation)|breakdown|(?:itemi[sz]ed|detailed) (?:invoice|bill|list)|"
        r"proof of delivery|delivery (?:note|receipt|slip|docket)|\bpod\b|signed (?:delivery|receipt)|timesheets?|"
        r"(?:vat|tax|registration|company) (?:number|id|no)|w-?9|(?:explain|clarify|clarification|justify|justification)|"
        r"how (?:was|is|did you|were) (?:this|the|that)" + g(2) + r"(?:calculated|arrived at|computed)|"
        r"(?:send|provide|share|need|require)" + g(3) + r"(?:contract|quote|quotation|order confirmation|documents?|details|supporting|backup|back-up|paperwork|documentation|evidence|receipts|photos)|"
        r"(?:what|when) (?:is|was|are|were) (?:the |your |our )?(?:due date|payment terms?|terms)|"
        r"(?:copy|copies) of (?:the |your |our |this |that )?(?:quote|quotation|contract|order|po|purchase order|delivery note|timesheets?|agreement|estimate|receipt|credit note|terms)\b|"
        r"\bgrn\b|goods received note|(?:delivery )?challan|e-?way bill|lr copy|tds certificate|form 16a|gstin|gst (?:number|no|invoice|details)|pan (?:number|no|card)|"
        r"(?:address|name|details|reference) (?:on|of) the invoice|(?:inclusive|exclusive) of (?:vat|tax)|invoice (?:number|no|#|ref)|(?:is|was) (?:this|that|it) (?:invoice |charge |amount |bill )?for (?:the|our|a)\b|(?:include|includes|including) (?:the )?(?:vat|tax)|(?:incl|excl|plus)\.? vat|"
        r"who (?:placed|ordered|authori[sz]ed|signed|requested|raised|approved|booked)\b|"
        r"(?:confirm|tell (?:me|us)|let (?:me|us) know|advise|provide|clarify)" + g(4) + r"(?:invoice (?:number|no|date|details|reference)|due date|total|amount due|reference)",
    ),
    "request": (
        r"\bplease\b|kindly|(?:could|can|would|will) (?:you|someone|somebody)|(?:we|i) (?:would )?(?:need|require|want|request)|"
        r"(?:we|i) would (?:like|appreciate|be grateful)|(?:send|resend|provide|forward|share|email|mail) (?:me|us)|"
        r"let (?:me|us) know|do you have|where (?:can|do|is|are)|(?:what|which|how|when|why) (?:is|are|was|were|do|does|did|can|should)|\?",
    ),
    "ack": (
        r"^\s*(?:ok|okay|k|noted|thanks?|thank you|many thanks|received|got it|understood|cheers|fine|sure|yes|no|\?+)\W*$|"
        r"(?:passed|forwarded|sent|handed) (?:this|it|your \w+)? ?(?:on|over)?" + g(2) + r"(?:to|on)\b|"
        r"(?:being|is being|are being) (?:dealt with|handled|looked at|looked into|sorted|reviewed)|(?:dealing|dealt) with it|(?:is|are) in hand|"
        r"(?:will|shall|let me|going to) (?:look into|check|investigate|review|get back|come back|revert|verify|have a look)",
    ),
    "vague_time": (
        r"\bsoon\b|shortly|as soon as (?:possible|we can|funds)|in the (?:coming|next few) (?:days|weeks)|"
        r"next week|next month|early next|later this|this week|this month|in due course|in a few days|"
        r"(?:a|one) of these days|at the earliest|asap|when (?:we|funds|the money)|once (?:we|funds|the money)|"
        r"beginning of|start of|mid[- ]",
    ),
    "partial": (
        r"\bhalf\b|part(?:ial)? (?:payment|amount)|(?:a|one|the first) (?:part|portion|instal+ment)|"
        r"(?:a|the) first payment|a down ?payment|deposit|on account|part of (?:it|the)|partly|partially|"
        r"\d+ ?%|\d+ per ?cent",
    ),
    "full": (
        r"in full|the (?:full|whole|entire|total|outstanding) (?:amount|balance|sum|invoice)|everything|all (?:of it|invoices|the invoices|outstanding)|the balance",
    ),
    "not_before": (
        r"not (?:before|until|earlier than|prior to|till)|at the earliest|no earlier than|"
        r"not (?:be able to |afford to )?(?:pay|settle|transfer|make (?:the |this |any )?payment)" + g(3) + r"(?:before|until|till|prior to)\b|only (?:be able to )?(?:pay|settle)" + g(3) + r"(?:from|after|on|once)\b",
    ),
    "injection": (
        r"<!--[\s\S]*?-->",
        r"(?:note|message|instructions?|memo) (?:to|for) (?:the |any )?(?:ai|assistant|ai assistant|system|bot|model|agent|llm)\b[^\n]*",
        r"(?:ignore|disregard|forget|override)" + g(3) + r"(?:previous|prior|above|earlier|all|your|any|the)" + g(1) + r"(?:instructions?|prompts?|rules?|directives?)[^\n]*|"
        r"(?:^|\n)\s*(?:system|assistant|admin|ai|bot|developer)\s*:[^\n]*|"
        r"\b(?:mark|flag|record|set|register|close|delete|remove|cancel|skip)\b" + g(4) + r"(?:as )?(?:paid|settled|closed|resolved|cancel+ed|deleted)|"
        r"(?:close|delete|remove|drop|cancel)" + g(2) + r"(?:this |the |our |my )?(?:case|ticket|account|debt|file|record|dunning|reminders?)\b|"
        r"you are (?:now )?(?:a|an|the) (?:ai|assistant|model|bot)|new instructions?:?[^\n]*|stop (?:all )?(?:reminders|dunning|collection)",
    ),
}

VOCAB = """
invoice invoices payment payments transfer transferred settle settled remittance instalment
instalments installment installments received receive tomorrow wednesday thursday friday saturday
tuesday monday sunday january february august september october november december statement
damaged defective delivered delivery extension postpone schedule scheduled process processed
account details callback telephone contact company office holiday vacation absence automatic
address please schedule arrangement quality incorrect overcharged duplicate refund
"""
