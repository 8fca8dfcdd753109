"""English cues (normalized text: "won't" -> "will not", "can't"/"cannot" -> "can not")."""

from __future__ import annotations

from agent.brain.understand.lexicon_common import g

_PAYV = r"(?:pay|settle|transfer|wire|remit|clear|process|release|initiate|send|make|arrange|schedule|submit|issue|execute|authori[sz]e|approve|action|do)"
_PAYOBJ = r"(?:payments?|transfers?|wires?|money|funds|remittance|bacs|chaps|cheques?|checks?|ach|sepa|amounts?|balance|invoices?|bills?|sums?)"
_PAYED = r"(?:paid|settled|transferred|wired|remitted|cleared)"
_PAYED_OBJ = r"(?:processed|released|initiated|sent|made|issued|executed|submitted|authori[sz]ed|approved|actioned|done|ordered|posted|mailed|booked|effected|completed)"
_GOODS = r"(?:goods|items?|order|products?|parts?|shipment|delivery|merchandise|equipment|materials?|machines?|stock|consignment|package|parcel|pallets?|boxes|units)"
_INVOICE = r"(?:invoices?|bills?|statement|credit note)"

CUES: dict[str, tuple[str, ...]] = {
    "dispute": (
        r"damaged|defective|faulty|broken|not working|does not work|did not work|do not work|"
        r"stopped working|poor quality|bad quality|low quality|substandard|unusable|not usable|"
        r"not fit for purpose|not as (?:described|ordered|agreed|specified)",
        r"(?:missing|wrong|incorrect)" + g(1) + r"(?:items?|goods|products?|parts?|pieces|"
        r"quantity|quantities|models?|sizes?|colou?rs?|articles?|delivery)",
        r"(?:not|never|yet to|still to|still not)" + g(3) + r"(?:received|got|had|seen)" + g(3) + _GOODS + r"\b",
        _GOODS + g(4) + r"(?:never|not|still not|has not|have not)" + g(2) + r"(?:arrived|delivered|received|shipped|turned up|come|been delivered)",
        r"(?:never|not) (?:been )?delivered|non[- ]?delivery|undelivered|short[- ](?:shipped|delivered|delivery)|"
        r"incomplete (?:delivery|order|shipment)|only (?:received|got) (?:part|half|some)",
        r"(?:not|never|no longer|yet to|still to)" + g(3) + r"(?:received|got|seen|had)" + g(3) + r"(?:an? |the |this |that |any |your |such )?" + _INVOICE + r"\b",
        r"(?:invoices?|bill)" + g(3) + r"(?:never|not)" + g(2) + r"(?:received|arrived|reached us|sent|seen)",
        r"no (?:record|trace|copy) of (?:this|the|that|any|your)" + g(1) + r"(?:invoice|bill|order)|"
        r"do not (?:recogni[sz]e|know) (?:this|the|that|these|your)" + g(1) + r"(?:invoices?|charges?|amount)|"
        r"(?:not|never) (?:our|for us|addressed to us)|wrong (?:company|customer|client|entity|recipient of the invoice)",
        r"(?:invoices?|amount|price|prices|bill|charges?|total|figures?|sum|rates?|quantit(?:y|ies)|vat|tax|"
        r"hours|calculation)" + g(4) + r"(?:wrong|incorrect|not correct|inaccurate|too high|overstated|"
        r"not right|erroneous|mistaken|inflated|excessive|does not match|do not match|not match|"
        r"not what (?:we|was) agreed|higher than (?:agreed|quoted|expected|the quote))",
        r"(?:wrong|incorrect|erroneous|inflated|duplicated?|double|disputed|contested|excessive)" + g(1) + r"(?:invoice|amount|price|pricing|billing|charges?|totals?|rates?|quantity|vat|figures?|calculation)",
        r"over[- ]?charged|over[- ]?billed|over[- ]?invoiced|charged (?:us )?twice|double[- ](?:charged|billed|invoiced)|"
        r"billed (?:us )?twice|invoiced (?:us )?twice|already (?:been )?(?:invoiced|billed|charged)|"
        r"(?:an? |the )?(?:error|mistake|discrepancy|discrepancies)" + g(2) + r"(?:in|on|with)" + g(2) + r"(?:invoice|bill|amount|price|pricing|charges?|calculation|total)",
        r"(?:discount|rebate|credit|deposit|advance|down payment)" + g(3) + r"(?:not|never)" + g(2) + r"(?:applied|deducted|taken into account|included|reflected|credited)",
        r"(?:waiting for|awaiting|expecting|need|require|requested|asked for|still no|issue us|send us|owe us)" + g(3) + r"(?:credit note|credit memo|refund|corrected invoice|revised invoice|amended invoice)",
        r"(?:service|work|job|installation|repairs?|project|consulting|maintenance|training|cleaning)" + g(4) + r"(?:not|never|was not|were not|has not|have not)" + g(3) + r"(?:done|completed|performed|finished|delivered|provided|rendered|carried out|up to standard|satisfactory)",
        r"(?:not|un|dis)\s?satisfied|unhappy with|not happy with|complaint|complain|poor service|bad service|"
        r"(?:did not|never|not) (?:order|ordered|request|requested|authori[sz]e|authori[sz]ed|agree to|sign|signed)\b",
        r"cancel+ed" + g(2) + r"(?:the |our |this |that )?(?:order|contract|subscription|service|booking|agreement)|"
        r"(?:order|contract|subscription|service|agreement) (?:was |has been |had been )?(?:cancel+ed|terminated)|"
        r"(?:returned|sent back|send back|return)" + g(2) + r"(?:goods|items?|products?|parts?|order|merchandise|equipment|delivery|machine)",
        r"(?:dispute|disputing|contest|contesting|challenge|challenging|disagree with|object to|query|querying|reject|rejecting)" + g(3) + r"(?:invoice|amount|charges?|bill|this|it|the)|"
        r"under warranty|warranty claim|guarantee claim",
        r"(?:did not|failed to|never|have not|has not|still have not|still has not) (?:deliver|ship|supply|complete|perform|provide|finish|send (?:us )?the (?:goods|items|parts|order))\b|"
        r"late delivery|delivered late|arrived late|(?:goods|items|order|delivery) (?:is|are|was|were) late|"
        r"never (?:worked|functioned|ran)|stopped (?:working|functioning)|not (?:work|working|functioning) (?:properly|correctly|as expected)|"
        r"(?:on hold|held|blocked|withheld|suspended)" + g(1) + r"(?:pending|until|because of|due to)" + g(3) + r"(?:delivery|credit note|resolution|correction|replacement|repair|completion|receipt of the goods|investigation|remaining items|missing)",
        r"only \d+" + g(2) + r"(?:were|was|have been|had been|are)" + g(1) + r"(?:worked|delivered|received|ordered|used|supplied|shipped|done|performed)",
        r"(?:until|unless|before|as long as|once)" + g(5) + r"(?:replaced|repaired|fixed|corrected|credit note|credit memo|refund|resolved|rectified|delivered|complete)",
        r"(?:we|i) do not owe (?:you |this |that |the |any )?(?:amount|money|sum)?" + g(1) + r"because|"
        r"invoice (?:is|was) (?:wrong|incorrect|not correct|erroneous|a mistake|an error)|"
        r"(?:never|not) (?:been )?(?:ordered|agreed|contracted|signed|requested)",
        r"(?:do not|never|did not) (?:have|had) (?:an account|any account|any dealings|a contract|an agreement|any business|an order)(?: with you)?|"
        r"not (?:a|your) (?:customer|client)|never (?:heard of|dealt with|done business|did business)|"
        r"first (?:i|we) (?:have |had )?(?:heard|seen|know) of (?:this|the|that|any|your) invoice|who are you",
        r"(?:price|amount|quote|rate)" + g(2) + r"(?:we |was |were )?agreed" + g(3) + r"(?:was|is|were)" + g(2) + r"(?:lower|different|less)",
    ),
    "refusal": (
        r"(?:will|shall|are|am|is|do|does|did) not" + g(2) + r"(?:be )?(?:going to )?(?:pay|paying|settle|settling|honou?r)\b",
        r"not (?:going to|gonna|prepared to|willing to|about to) (?:pay|settle)|refus(?:e|es|ed|ing) to (?:pay|settle)|"
        r"refus(?:e|ing) (?:this|the|your|that) (?:invoice|payment|bill)|(?:no|not any) intention (?:of|to) (?:pay|paying|settle)|"
        r"(?:decline|declining) to (?:pay|settle)|(?:do|does) not intend to (?:pay|settle)",
        r"(?:will|shall) (?:not )?never (?:pay|settle)|never (?:going to )?(?:pay|settle)\b|not a (?:penny|cent|dime)|"
        r"(?:we|i) do not owe (?:you )?(?:anything|this|that|it|any|a thing|nothing)|(?:we|i) owe (?:you )?nothing|"
        r"nothing (?:is )?(?:owed|due)|see you in court|take (?:us|this|it|me) to court|sue us|"
        r"(?:stop|cease) (?:sending|contacting|emailing|writing|harass)|not (?:our|my) (?:problem|debt|responsibility)",
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
        r"(?:in|into|over|across) (?:\d+|two|three|four|five|six|several|multiple|monthly|equal)" + g(1) + r"(?:monthly |weekly |equal |smaller )?(?:payments|parts|tranches|chunks|instal+ments|months|portions|halves|lots)|"
        r"monthly (?:payments|amounts|instal+ments|basis|rate)|(?:pay|paying)" + g(3) + r"(?:monthly|weekly|per month|each month|every month|a month|per week)|"
        r"(?:part|partial|smaller|staggered) payments|(?:pay|paying) (?:it |this |the invoice )?(?:in|by) (?:parts|stages|bits|pieces)",
    ),
    "more_time": (
        r"(?:more|extra|additional|some|a bit of|a little|a little more|a bit more|enough) time|"
        r"extension|extend(?:ed)?" + g(2) + r"(?:deadline|due date|payment terms?|terms|term|time)|"
        r"postpone|defer|deferral|deferred|delay(?:ing)? (?:the |our |this )?payment|grace period|"
        r"(?:push|move|moving|pushing)" + g(2) + r"(?:back|out)|later date|bear with us|be patient|patience|"
        r"a few more (?:days|weeks)|(?:another|an extra|a further|additional|couple (?:of )?more|few more) (?:\w+ )?(?:days|weeks|months)|"
        r"(?:pay|settle|payment)" + g(2) + r"(?:later|at a later date)|(?:give|grant|allow) (?:us|me)" + g(2) + r"(?:time|days|weeks|respite)",
    ),
    "split_rest": (
        r"(?:the )?(?:rest|remainder|remaining|other half|second half|outstanding rest|second (?:part|instal+ment|payment)|"
        r"balance remaining)\b" + g(5) + r"(?:later|next|following|end of|by|on|in|after|within|once)",
    ),
    "callback": (
        r"(?:call|ring|phone|telephone) (?:me|us|back|my|our|him|her)\b|(?:give|drop) (?:me|us) a (?:call|ring|phone call)|"
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
        r"^\s*if\b|\bif (?:you|there)|should you|feel free|do not hesitate|any (?:further )?questions|"
        r"if (?:needed|necessary|required)|in case you|whenever you",
    ),
    "contact_change": (
        r"no longer" + g(2) + r"(?:work|working|employed|with|at|in charge|responsible|handle|handling|deal|dealing|"
        r"the right|the correct|the appropriate|part of|the contact|in the company|in this role|in the position|monitored|in use|active|used|valid)",
        r"(?:have|has|had|i|she|he) (?:now )?left (?:the |our |this )?(?:company|business|firm|organi[sz]ation|team|department|\w+ (?:ltd|inc|gmbh|sa|bv|srl))",
        r"(?:am|is|are) not (?:the )?(?:right|correct|appropriate|responsible|relevant) (?:person|contact|people|department|recipient)|"
        r"(?:wrong|incorrect) (?:person|contact|recipient|email address|e-mail address|addressee)",
        r"(?:new|updated|correct|different|changed) (?:email|e-mail|mail)? ?(?:address|contact|contact person|point of contact|mailbox|email|e-mail)",
        r"(?:from now on|going forward|in (?:the )?future|henceforth|moving forward|for (?:all )?future|from today|with immediate effect|effective immediately)" + g(8) + r"(?:send|contact|write|address|email|e-mail|use|direct|forward|correspond|reach)|"
        r"(?:send|contact|write|address|email|direct|forward)" + g(8) + r"(?:from now on|going forward|in (?:the )?future|henceforth|moving forward|from today)",
        r"(?:update|change|amend|correct) (?:your|the|our) (?:records?|contact|details|address|email|system|mailing list|distribution)",
        r"(?:send|address|direct|forward|email)" + g(2) + r"(?:all |future |any )?(?:invoices|reminders|correspondence|communications?|statements|emails|invoicing|billing|payment reminders)" + g(4) + r"to\b",
        r"(?:invoices|reminders|correspondence|statements|e-?mails|communications?|billing|invoicing)" + g(1) + r"(?:should|must|need to|needs to|have to|has to|can|are to|will)" + g(2) + r"(?:be )?(?:sent|addressed|directed|forwarded|emailed|mailed) to|"
        r"(?:contact|contact person|person responsible|responsible person|point of contact|address)" + g(1) + r"(?:for|regarding|concerning)" + g(3) + r"(?:is|will be) now|"
        r"(?:invoices?|billing|accounts payable|payables|payments?|your account) (?:is|are|will be) now (?:handled|managed|dealt with|processed|looked after) by|"
        r"(?:has|have) been (?:acquired|taken over|merged)|(?:has|have) taken over|took over|(?:my|his|her) successor|(?:has been )?replaced by|(?:has )?retired|"
        r"(?:changed|moved) (?:our|my|the|its) (?:email|e-mail|address|mailbox)|"
        r"(?:responsible|in charge|point of contact|contact person)" + g(4) + r"(?:is|are|will be) now|now (?:handles|handled|managed|dealt with) by",
    ),
    "permanent": (
        r"no longer|(?:have|has|had) left|left the|from now on|going forward|henceforth|moving forward|"
        r"for (?:all )?future|in (?:the )?future|from today|with immediate effect|effective immediately|"
        r"retired|successor|replaced by|taken over|took over|acquired|merged|changed|permanently|is now|are now|update (?:your|the) (?:records?|contact|details)",
    ),
    "ooo": (
        r"out of (?:the )?office|out-of-office|\booo\b|away from (?:the|my) (?:office|desk)|"
        r"(?:i am|i will be|i will|we are|currently)" + g(2) + r"(?:away|absent|off|out|unavailable|not available|not in the office|travel+ing|on leave|on holiday|on vacation)\b",
        r"on (?:annual |parental |maternity |paternity |sick |medical |study )?(?:leave|holiday|holidays|vacation|business trip)|"
        r"(?:limited|no|restricted|intermittent) (?:access|connectivity)|without access to (?:my )?e-?mail|"
        r"(?:back|return|returning)" + g(2) + r"(?:on|in the office|to the office|to work|at work)|(?:will be )?back in the office|"
        r"(?:in|during) my absence|while i am (?:away|out)|upon my return|on my return|"
        r"office (?:is |will be )?closed|public holiday|bank holiday",
    ),
    "auto": (
        r"automatic (?:reply|response|message|email)|auto(?:mated|-reply|reply|response)|this is an? auto|"
        r"(?:please )?do not reply to this|no-?reply|this mailbox is not monitored|unmonitored mailbox|"
        r"ticket (?:number|#|no\b|id|ref)|(?:request|case|ticket|enquiry|inquiry) (?:number|#|no\b|id|reference)|"
        r"(?:ticket|case|request) (?:has been|was|is) (?:created|received|logged|opened|registered)",
    ),
    "auto_weak": (
        r"(?:we|i) (?:have )?received your (?:e-?mail|message|request|enquiry|inquiry)|"
        r"thank you for (?:your )?(?:e-?mail|message|contacting)|"
        r"(?:will|shall) (?:get back|respond|reply|be in touch|answer)" + g(3) + r"(?:as soon as possible|shortly|soon|within|upon|on my return|when i)",
    ),
    "deputy": (
        r"(?:in|during) my absence|for (?:urgent|immediate|pressing) (?:matters|issues|enquiries|inquiries|requests|questions)|"
        r"if (?:it is )?urgent|in urgent cases|(?:please )?contact my colleague|(?:is|will be) covering|"
        r"(?:can|may) (?:also )?contact|alternatively (?:contact|write)",
    ),
    "promise": (
        r"(?:will|shall|going to|gonna|intend to|plan to|planning to|aim to|expect to|hope to|promise to|"
        r"commit to|undertake to|are to|want to|would like to|ready to|about to|able to)" + g(3) + r"(?:pay|settle|transfer|wire|remit|clear|"
        r"take care of (?:it|this|the|that|payment)|get (?:it|this|that|the \w+) paid|sort (?:it|this|that) out|"
        r"(?:make|process|release|initiate|send|arrange|schedule|submit|issue|execute|authori[sz]e|approve|action|do|effect|put through) (?:the |a |your |this |our |that |full |an? )?" + _PAYOBJ + r")\b",
        r"(?:will|shall|should|is going to|are going to|is to|are to|would|can|could)" + g(2) + r"be (?:paid|settled|transferred|wired|remitted|cleared|released|processed|made|sent|"
        r"scheduled|actioned|executed|debited|collected|initiated|done|arranged|issued|approved|honou?red|taken care of|sorted)",
        r"(?:payments?|transfers?|money|funds|remittance|cheque|check|wire) (?:will|shall|is going to)" + g(2) + r"(?:follow|go|leave|be made|be sent|be done|be issued|go out|come|be on its way)",
        r"(?:we|i) (?:are|am) (?:currently )?(?:paying|settling|arranging|processing|preparing|scheduling|organi[sz]ing|initiating)|"
        r"(?:scheduled|planned|booked|set up|lined up|earmarked|queued|approved|slated|programmed) (?:it )?(?:for|on)\b|"
        r"(?:is|are|has been|have been|was) (?:now )?(?:scheduled|planned|earmarked|queued|approved for payment|booked)|"
        r"(?:next|upcoming|following|our) (?:payment|pay|check|cheque) (?:run|cycle|batch|date|day)|payment run|pay run|"
        r"due to be paid|to be paid (?:on|by)|(?:direct debit|standing order)" + g(3) + r"(?:will|is going to|shall)",
        r"(?:you will|you shall|you should|you are going to) (?:receive|get|have|see)" + g(2) + _PAYOBJ,
        r"(?:we|i) (?:pay|settle|transfer|wire)" + g(3) + r"(?:on|by|next|this|tomorrow|today|within|before|in)\b|"
        r"(?:we|i) (?:will|shall) (?:do (?:it|that|so)|get (?:it|this) done|honou?r)",
        r"(?:(?<=but )|(?<=and )|(?<=yet ))(?:we |i )?(?:will|shall) (?:do so |do it |do that )?(?:on|by|before|next|this|tomorrow|today|early|at|in|within|end)\b",
        r"(?:asked|told|instructed|requested|reminded)" + g(4) + r"(?:to )?(?:pay|process|release|settle|transfer|make the payment|arrange (?:the )?payment)\b",
        r"(?:will|shall|going to|'ll) (?:have|get) (?:it|this|that|them|the \w+|everything)" + g(1) + r"(?:paid|settled|transferred|sorted|cleared|done|processed)",
        r"(?:make sure|ensure|see to it|see that)" + g(3) + r"(?:goes through|go through|is paid|gets paid|get paid|is processed|is settled|goes out|is sorted|gets sorted|is done)",
        r"(?:expect|count on|look out for|anticipate)" + g(2) + _PAYOBJ + r"|(?:payment|transfer) is (?:on the way|forthcoming|coming)",
    ),
    "promise_ask": (
        r"(?:can|could|may|might) (?:we|i)" + g(2) + r"(?:pay|settle|transfer|make (?:the )?payment|have until|get until)|"
        r"(?:would|will|is) it be (?:ok|okay|alright|all right|possible|acceptable|fine|a problem)" + g(4) + r"(?:pay|settle|payment|transfer)|"
        r"(?:is it|would it be) (?:ok|okay|alright|fine) (?:if|to)|"
        r"(?:give|grant|allow) (?:us|me)" + g(3) + r"until|(?:we|i) (?:need|would need|require|ask for|request) (?:time )?until|"
        r"until" + g(4) + r"(?:to pay|to settle|for payment|for the payment)|(?:pay|settle)" + g(2) + r"(?:later|at a later)",
    ),
    "pay_word": (
        r"pay\w*|paid|settle\w*|transfer\w*|wire|remit\w*|funds|money|bacs|cheque|direct debit|standing order|"
        r"settlement|repay\w*|ach|sepa|release",
    ),
    "claimed": (
        r"(?<!will )(?<!shall )(?<!would )(?<!should )(?<!to )(?<!going )"
        r"(?:we|i|they|finance|accounts|company|team|bank|colleague|payables|already|just|have|has|had|was|were|is|are|been|got|now)\s+"
        r"(?:\w+\s+){0,2}?" + _PAYED + r"\b",
        r"" + _PAYOBJ + r"\b" + g(3) + r"(?:was|were|has been|have been|had been|is|are|got|went)" + g(1) + r"(?:already )?(?:" + _PAYED + r"|" + _PAYED_OBJ + r"|through|out|debited|deducted|sent off|on its way)\b",
        r"(?:we|i|they|finance|accounts|bank)" + g(3) + r"(?:sent|made|processed|released|initiated|executed|submitted|issued|actioned|authori[sz]ed|approved|ordered|posted|mailed|done|effected|completed)" + g(2) + r"(?:the |a |your |this |our |that |an? )?" + _PAYOBJ,
        r"(?:remittance|proof of payment|payment (?:advice|confirmation|receipt|proof)|transfer (?:confirmation|receipt|slip)|swift (?:copy|confirmation|message)|bank (?:confirmation|receipt|slip)|receipt|mt103)" + g(3) + r"(?:attached|enclosed|herewith|below)|"
        r"(?:attached|enclosed|please find|herewith|attaching|sending you)" + g(3) + r"(?:remittance|proof of payment|payment (?:advice|confirmation|receipt|proof)|transfer (?:confirmation|receipt|slip)|swift|bank (?:confirmation|receipt)|mt103|receipt)",
        r"^\W*(?:the |our )?(?:payment|transfer|wire|bacs|remittance|invoice|bill|cheque)s? (?:is |has been |was )?(?:already )?(?:done|made|sent|paid|completed|settled|processed|executed|released)\W*$",
        r"^\W*(?:already |just |all )?(?:paid|settled|transferred|wired|sent|done)\b(?! (?:by|on|before|next|tomorrow|within|in)\b)",
        r"already (?:been )?(?:paid|settled|sent|transferred|wired|done|taken care of|processed)|paid in full|fully paid|"
        r"(?:has|have) gone out|went out|left our (?:account|bank)|(?:debited|deducted) from our (?:account|bank)|"
        r"(?:is|are) on (?:its|their) way|in the (?:post|mail)|(?:has|have) been taken care of|"
        r"(?:did|have) you (?:not )?(?:receive|get|see)d?" + g(1) + r"(?:our|the|my|this)?" + g(1) + r"(?:payments?|transfers?|money|funds|remittance|cheque)|"
        r"confirm (?:receipt|that you (?:have )?received) (?:of )?(?:our|the|my)? ?(?:payment|transfer|funds|money)|"
        r"(?:payment|transfer|it) (?:is|was|went) (?:being )?(?:processed|through|made|completed|executed|in progress)",
    ),
    "arrival": (
        r"(?:arrive|reach|hit|land|show|appear|clear|be credited|be received|be in your|be on your|be with you|reflect)\w*" + g(5) + r"(?:account|bank|you|by|on|within|in|monday|tuesday|wednesday|thursday|friday|tomorrow|next)|"
        r"(?:will|should) (?:arrive|reach|land|show|appear|be credited|be received|be in|be on|be with|be visible|take)|"
        r"(?:processing|clearing|transit) time|(?:takes|take) (?:\d|one|two|three|a few|some) (?:business |working )?days|"
        r"you (?:will|should) (?:receive|get|see|have) (?:it|the funds|the money|the payment|them)",
    ),
    "info_copy": (
        r"(?:copy|copies|duplicate|pdf|scan|original|version|reprint)" + g(2) + r"(?:of )?(?:the |this |that |our |your |these |those |an? )?(?:invoices?|bills?|credit notes?)|"
        r"(?:resend|re-send|send (?:me |us )?again|send (?:it )?over|send through|forward|re-issue|reissue|re-send|send (?:me|us))" + g(3) + r"(?:invoices?|bills?|pdf|credit notes?|it|this|that)\b|"
        r"invoices? (?:copy|copies|pdf|attachment|document)|(?:can|could) not (?:find|locate|open|see) (?:the |this |that |your |any )?(?:invoice|attachment|pdf)|"
        r"(?:invoice|attachment|pdf) (?:is |was )?(?:missing|not attached|not included|corrupt|blank|unreadable)|(?:the |an )?attachment (?:is |was )?missing",
    ),
    "info_statement": (
        r"statement(?: of (?:account|accounts|our account))?|account statement|(?:list|overview|summary|breakdown|report) of (?:\w+ ){0,2}(?:open|outstanding|unpaid|invoices|items|balance|transactions|account)|"
        r"open items|aged (?:debt|balance|debtors)|reconcil\w*|account (?:history|overview|summary)|(?:which|what) (?:invoices|items) (?:are )?(?:open|outstanding|unpaid)",
    ),
    "info_bank": (
        r"bank (?:details|account|information|info|data|coordinates)|banking (?:details|information|info)|"
        r"\biban\b|\bswift\b|\bbic\b|sort code|account (?:number|no|details|name)|routing number|aba number|"
        r"where (?:do|should|can|shall) (?:we|i) (?:pay|send|transfer|wire)|payment (?:details|information|instructions|link|options|methods?|portal)|"
        r"how (?:can|do|should|shall|may) (?:we|i) pay|pay by (?:card|credit card|paypal|cheque|check)|(?:card|online) payment",
    ),
    "info_other": (
        r"purchase order|\bpo\b|p\.o\.|po (?:number|no|#|ref)|order (?:number|no|#|reference|ref)|(?:our|your) reference|"
        r"(?:what|which) (?:is|was|are) (?:this|the|these|that)" + g(2) + r"(?:invoice|charge|amount|fee|bill|for)|which invoices?|"
        r"(?:what|which) (?:invoice|charge|amount|service|order|goods|project)|what (?:does|is) (?:this|the|that)" + g(2) + r"(?:for|relate|refer|cover)|"
        r"(?:more|further|additional) (?:details|information|info|documentation)|breakdown|(?:itemi[sz]ed|detailed) (?:invoice|bill|list)|"
        r"proof of delivery|delivery (?:note|receipt|slip|docket)|\bpod\b|signed (?:delivery|receipt)|timesheets?|"
        r"(?:vat|tax|registration|company) (?:number|id|no)|w-?9|(?:explain|clarify|clarification|justify|justification)|"
        r"how (?:was|is|did you|were) (?:this|the|that)" + g(2) + r"(?:calculated|arrived at|computed)|"
        r"(?:send|provide|share|need|require)" + g(3) + r"(?:contract|quote|quotation|order confirmation|documents?|details|supporting)|"
        r"(?:what|when) (?:is|was) (?:the )?(?:due date|payment terms?)|"
        r"(?:address|name|details|reference) (?:on|of) the invoice",
    ),
    "request": (
        r"\bplease\b|kindly|(?:could|can|would|will) (?:you|someone|somebody)|(?:we|i) (?:would )?(?:need|require|want|request)|"
        r"(?:we|i) would (?:like|appreciate|be grateful)|(?:send|resend|provide|forward|share|email|mail) (?:me|us)|"
        r"let (?:me|us) know|do you have|where (?:can|do|is|are)|(?:what|which|how|when|why) (?:is|are|was|were|do|does|did|can|should)|\?",
    ),
    "ack": (
        r"^\s*(?:ok|okay|k|noted|thanks?|thank you|many thanks|received|got it|understood|cheers|fine|sure|yes|no|\?+)\W*$|"
        r"(?:passed|forwarded|sent|handed) (?:this|it|your \w+)? ?(?:on|over)?" + g(2) + r"(?:to|on)\b|"
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
        r"not (?:before|until|earlier than|prior to|till)|at the earliest|no earlier than",
    ),
    "injection": (
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
