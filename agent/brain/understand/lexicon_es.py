"""Spanish cues (normalized text: lower case, no accents or tildes: "mañana" -> "manana",
"está abonada" -> "esta abonada"; "¿" and "¡" are kept as punctuation).

Negation: a "no"/"nunca"/"ningun" before the cue is seen by ``normalize.is_negated``. Cues that
carry their own negation ("no hemos recibido la mercancia", "no vamos a pagar") are written
with it; cues that flip under negation ("hemos pagado") are written without it.
"""

from __future__ import annotations

from agent.brain.understand.lexicon_common import g

_WD = r"(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)"
_MONTH = (r"(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|"
          r"noviembre|diciembre)")
_PAYINF = (r"(?:pagar(?:la|lo|las|los|le|les)?|abonar(?:la|lo|las|los|le|les)?|liquidar(?:la|lo|las|los)?|"
           r"saldar(?:la|lo|las|los)?|transferir(?:le|les)?|ingresar(?:le|les)?|cancelar la deuda|"
           r"(?:hacer|realizar|efectuar|enviar|emitir|ordenar|tramitar|cursar|programar|mandar)(?:le|les)? "
           r"(?:la|el|una|un|nuestra|nuestro|dicha|dicho|el correspondiente|la correspondiente) "
           r"(?:transferencia|pago|ingreso|abono|cheque|giro|domiciliacion)|"
           r"proceder al (?:pago|abono)|hacer frente al pago|ponernos al dia)")
_PAYNOUN = r"(?:pagos?|transferencias?|abonos?|ingresos?|cheques?|importes?|dinero|fondos|giros?)"
_DONE = (r"(?:realizad|efectuad|hech|enviad|emitid|ordenad|tramitad|procesad|pagad|abonad|cargad|"
         r"ejecutad|transferid|liquidad|cursad|remitid|ingresad|satisfech|domiciliad|debitad|"
         r"cobrad|descontad|saldad|mandad)[oa]s?")
_GOODS = (r"(?:mercancias?|mercaderias?|productos?|articulos?|piezas?|pedidos?|envios?|entregas?|"
          r"material(?:es)?|maquinas?|maquinaria|equipos?|paquetes?|cajas?|palets?|bultos|unidades|"
          r"suministros?|generos?|referencias?)")
_INVOICE = r"(?:facturas?|abonos?|notas? de credito|notas? de abono)"

CUES: dict[str, tuple[str, ...]] = {
    "dispute": (
        # already credited: "ya nos enviaron un abono"
        r"ya (?:nos )?(?:emitieron|enviaron|hicieron|mandaron|remitieron|recibimos|aplicaron)" + g(2) + r"(?:un |una |el |la )?(?:nota de abono|nota de credito|factura rectificativa)",
        r"(?:es|son|esta|estan) (?:un |una )?(?:duplicad[oa]s?|duplicidad)\b|factura(?:s)? duplicada|(?:facturad|cobrad)[oa]s? (?:dos veces|por duplicado)",
        # a refusal with its reason ("no pagaremos una factura de un pedido cancelado"): the reason
        # follows the refusal's own negation, which must not cancel it
        r"no (?:\S+ )?(?:pagaremos|pagare|abonaremos|vamos a pagar|voy a pagar|vamos a abonar|podemos pagar|"
        r"pensamos pagar|aceptamos|aceptaremos|pagamos|abonamos)" + g(8) + r"(?:cancelad[oa]s?|anulad[oa]s?|"
        r"defectuos[oa]s?|danad[oa]s?|rot[oa]s?|averiad[oa]s?|incorrect[oa]s?|erroneos?|erroneas?|equivocad[oa]s?|"
        r"duplicad[oa]s?|incomplet[oa]s?|no (?:recibid[oa]s?|entregad[oa]s?|pedid[oa]s?|realizad[oa]s?|solicitad[oa]s?)|"
        r"nunca (?:recibid[oa]s?|entregad[oa]s?|pedid[oa]s?|realizad[oa]s?)|que no (?:hemos )?(?:recibido|pedido|recibimos|pedimos)|"
        r"(?:hasta que|mientras no|hasta recibir|hasta tener|sin (?:recibir|tener))" + g(5) + r"(?:abono|nota de credito|rectificativ\w*|"
        r"resto|lo que falta|repar\w*|sustitu\w*|solucion\w*|entreg\w*|complet\w*|mercancia|pedido|material|piezas))",
        # goods damaged, defective, not working, not as ordered
        r"defectuos[oa]s?|danad[oa]s?|estropead[oa]s?|rot[oa]s|rot[oa](?= |,|\.|$)|roto|averiad[oa]s?|"
        r"en mal estado|deteriorad[oa]s?|golpead[oa]s?|aplastad[oa]s?|inservibles?|inutilizables?|"
        r"no funcionan?|dej(?:o|aron) de funcionar|no (?:sirve|sirven|arranca|enciende)|"
        r"no (?:es|son) conformes?|no conformes?|no corresponden? (?:con|a) (?:lo|el|la|nuestro|nuestra) "
        r"(?:pedido|pedid[oa]|solicitado|encargado|presupuesto|acordado|contratado)|"
        r"(?:mala|pesima|baja) calidad|defectos? de fabrica|vicios? ocultos?",
        r"(?:faltan?|faltaban?|faltaron|falta de)" + g(3) + r"(?:articulos?|piezas?|productos?|unidades|cajas?|"
        r"palets?|bultos|referencias?|materiales?|elementos?|mercancia|cantidad)|"
        r"(?:articulos?|piezas?|unidades|cajas?|bultos|referencias?|productos?|mercancia|material) (?:faltantes?|que faltan?)|"
        r"(?:pago|factura|facturas|abono)s? (?:esta |estan |queda |quedan |ha sido |han sido )?(?:bloquead|retenid|paralizad|"
        r"suspendid|congelad)[oa]s?|"
        r"(?:entrega|pedido|envio|suministro|mercancia) (?:fue |esta |llego |ha llegado |vino )?(?:incomplet[oa]|parcial|"
        r"equivocad[oa]|erronea?|incorrect[oa])|entrega parcial|"
        r"(?:articulo|producto|modelo|referencia|talla|color|cantidad|material|mercancia|pedido)s? "
        r"(?:equivocad[oa]s?|erroneo?s?|incorrect[oa]s?|distint[oa]s?|diferentes?)|"
        r"(?:nos )?(?:enviaron|mandaron|entregaron|han enviado|han mandado|han entregado|llego|llegaron)" + g(3)
        + r"(?:equivocad[oa]s?|que no (?:pedimos|habiamos pedido|corresponde))|solo (?:nos )?(?:llego|llegaron|recibimos|han llegado|entregaron) "
        r"(?:una parte|la mitad|parte|\d+)",
        # goods never received / delivered
        r"(?:no|nunca|todavia no|aun no|aun no se|jamas|tampoco)\s+(?:nos\s+)?(?:\S+\s+)?(?:hemos recibido|he recibido|recibimos|recibi|"
        r"ha llegado|han llegado|llego|llegaron|ha sido entregad[oa]|han sido entregad[oa]s|fue entregad[oa]|"
        r"se ha entregado|se entrego|tenemos|hemos visto|ha sido recibid[oa]|se nos ha entregado|nos han entregado|"
        r"nos entregaron|nos han enviado|nos enviaron)" + g(3) + r"(?:la |el |los |las |ningun[oa]? |nuestr[oa]s? |dich[oa]s? |este |esta |su |sus )?"
        + _GOODS + r"\b",
        _GOODS + g(4) + r"(?:no|nunca|todavia no|aun no|jamas)\s+(?:nos\s+)?(?:ha|han|se ha|se han|fue|fueron)?\s?"
        r"(?:llegad[oa]s?|llego|llegaron|entregad[oa]s?|recibid[oa]s?|enviad[oa]s?|servid[oa]s?|sido entregad[oa]s?|sido recibid[oa]s?)|"
        r"(?:no|nunca|jamas) (?:fue|fueron|ha sido|han sido) (?:entregad|servid|enviad)[oa]s?|sin entregar|falta de entrega|"
        r"no entregad[oa]s?",
        # invoice never received
        r"(?:no|nunca|todavia no|aun no|jamas|tampoco)\s+(?:nos\s+)?(?:\S+\s+)?(?:hemos recibido|he recibido|recibimos|recibi|"
        r"ha llegado|han llegado|llego|llegaron|tenemos|hemos visto|consta|constan|nos consta|encontramos|localizamos|"
        r"tenemos constancia de|nos ha llegado|nos han enviado|nos enviaron|nos han hecho llegar)" + g(3)
        + r"(?:la |el |los |las |ningun[oa]? |dich[oa]s? |esta |este |su |sus |esa |ese |una |un |copia de la )?" + _INVOICE + r"\b",
        r"(?:la |esta |dicha |su |sus |esa |las )?facturas?" + g(3) + r"(?:no|nunca|todavia no|aun no|jamas)\s+(?:nos\s+)?(?:ha|han|se ha|se han|fue|fueron)?\s?"
        r"(?:llegad[oa]s?|llego|llegaron|recibid[oa]s?|enviad[oa]s?|sido (?:recibid|enviad)[oa]s?)",
        r"no (?:nos )?(?:consta|constan|tenemos constancia de|reconocemos|reconozco|conocemos) (?:ningun[oa]? |esta |la |dicha |el |este |ese |esa |su )?"
        r"(?:factura|pedido|compra|servicio|importe|deuda|cargo)|(?:no|nada que ver) (?:es|son|va|van) (?:para|con) "
        r"(?:nosotros|nuestra empresa)|(?:no|ni) (?:es|son) (?:nuestra|nuestro|nuestras|nuestros)|"
        r"(?:empresa|cliente|destinatario|razon social|cif|nif) (?:equivocad[oa]|erroneo|incorrect[oa])|"
        r"(?:emitida|enviada|dirigida) a (?:otra empresa|otro cliente|un tercero)",
        # invoice / amount wrong
        r"(?:factura|facturas|importe|importes|precio|precios|tarifa|tarifas|cantidad|cantidades|total|"
        r"calculo|iva|suma|horas|descuento|cargo|cargos|facturacion|cobro|cuantia)" + g(4)
        + r"(?:(?:es|son|esta|estan|era|eran|parece|nos parece|me parece) )?(?:incorrect[oa]s?|erroneos?|erroneas?|duplicad[oa]s?|repetid[oa]s?|"
        r"equivocad[oa]s?|excesiv[oa]s?|abusiv[oa]s?|inflad[oa]s?|demasiado alt[oa]s?|mal calculad[oa]s?|"
        r"no (?:es|son|esta|estan) (?:correct[oa]s?|bien|lo acordado|lo pactado)|no coincide|no coinciden|"
        r"no corresponde|no corresponden|no cuadra|no cuadran|mal|superior(?:es)? (?:a|al) (?:lo|la|el) "
        r"(?:acordad[oa]|pactad[oa]|presupuestad[oa]|presupuesto|oferta|pedido)|"
        r"(?:mas alt[oa]s?|distint[oa]s?|diferentes?) (?:que|de|a) (?:lo|la|el) ?(?:acordad[oa]|pactad[oa]|presupuest\w*|oferta|pedido))",
        r"(?:error|errores|fallo|discrepancia|discrepancias|equivocacion)" + g(3) + r"(?:la |el |los |las |su |esta |este |en )?"
        r"(?:factur\w*|importe|precio|calculo|cantidad|iva|total|suma|cobro|cargo|cif|nif|"
        r"razon social|datos fiscales|direccion fiscal)|"
        r"(?:facturad[oa]s?|cobrad[oa]s?|cargad[oa]s?) (?:dos veces|por duplicado|de mas|por error|dos veces|doble)|"
        r"(?:nos )?(?:han|habeis|ha) (?:cobrado|facturado|cargado) (?:de mas|dos veces|doble|por duplicado|mas de lo)|"
        r"(?:factura|cargo|cobro) (?:duplicad[oa]|repetid[oa]|por duplicado|doble)|doble (?:facturacion|cobro|cargo)|"
        r"(?:ya (?:nos )?(?:fue|fueron|ha sido|han sido|habia sido) )facturad[oa]s?|sobrecoste|sobreprecio|"
        r"cobro indebido|cargo indebido|importe indebido",
        # discount / advance not applied
        r"(?:descuento|rappel|abono|anticipo|bonificacion|rebaja|deposito|pago a cuenta|entrega a cuenta)" + g(3)
        + r"(?:no|nunca)\s+(?:se\s+)?(?:ha|han|fue|esta|estan)?\s?(?:sido\s+)?(?:aplicad|descontad|tenid|deducid|"
        r"incluid|reflejad|restad|considerad)[oa]s?",
        # waiting for a credit note / corrected invoice
        r"(?:esperamos|esperando|esperamos recibir|espera de|espera del|pendientes? de|pendientes? del|a la espera de|necesitamos|"
        r"emit\w*|envi\w*|mand\w*|remit\w*|recib\w*|solicit\w*|pedido|reclam\w*|hagan|hacer|falta|sin|rogamos|ruego)" + g(3)
        + r"(?:un |una |el |la |su |dicho |dicha |nuestr[oa] |correspondiente )?(?:abono|nota de credito|nota de abono|"
        r"factura rectificativa|factura corregida|factura de abono|rectificacion|reembolso|devolucion del importe)\b",
        r"(?:hasta que|mientras no|en cuanto|cuando|una vez que?)" + g(6) + r"(?:rectifiquen|corrijan|emitan|envien|"
        r"reparen|sustituyan|cambien|repongan|solucionen|resuelvan|abonen|devuelvan|entreguen|completen|llegue el resto|"
        r"lleguen? (?:el resto|lo que falta|las piezas|los productos|la mercancia|el material)|recibamos (?:el resto|lo que falta|"
        r"la mercancia|el pedido|las piezas|el material)|"
        r"factura rectificativa|abono|nota de credito|reparad|sustituid|solucionad|resuelt|entregad|rectificad)\w*",
        # service not performed
        r"(?:servicio|trabajo|trabajos|instalacion|reparacion|obra|proyecto|mantenimiento|formacion|limpieza|"
        r"asistencia|intervencion|visita|prestacion|montaje|revision)s?" + g(4)
        + r"(?:no|nunca|todavia no|aun no|jamas)\s+(?:se\s+)?(?:ha|han|fue|fueron|esta|estan|se ha|se han)?\s?(?:sido\s+)?"
        r"(?:realizad|efectuad|hech|terminad|finalizad|completad|prestad|ejecutad|acabad|entregad)[oa]s?|"
        r"(?:servicio|trabajo|instalacion|reparacion|visita|prestacion|intervencion)s? (?:no|nunca) (?:realizad|prestad|"
        r"efectuad|ejecutad|terminad|hech)[oa]s?|(?:tecnico|instalador|operario|transportista|repartidor)e?s?" + g(3)
        + r"(?:no|nunca) (?:vino|vinieron|ha venido|han venido|se presento|aparecio|acudio)|"
        r"(?:visita|reunion|formacion|instalacion|intervencion|servicio)" + g(3) + r"(?:no|nunca) (?:se )?(?:realizo|hizo|tuvo lugar|celebro|produjo)",
        # complaint, dissatisfaction, contest
        r"(?:no (?:estamos|estoy) (?:conformes?|de acuerdo|satisfech[oa]s?) (?:con|en)|disconformes?|"
        r"insatisfech[oa]s?|descontent[oa]s?|reclamacion|reclamaciones|queja|quejas|incidencia abierta|"
        r"litigio|en disputa|disputa|controversia)|(?:impugnamos|impugno|impugnar|rechazamos|rechazo|rechazar|"
        r"cuestionamos|discrepamos|reclamamos|reclamo|disputamos) (?:de |con )?(?:la |el |los |las |esta |este |dicha |dicho |su |sus )?"
        r"(?:factura|facturas|importe|cargo|cargos|cobro|cantidad|deuda|precio|recargo|intereses|penalizacion)|"
        r"en garantia|bajo garantia|reclamacion de garantia",
        r"(?:no|nunca) (?:hemos|he|habiamos)? ?(?:pedido|solicitado|encargado|contratado|autorizado|firmado|aceptado|"
        r"aprobado|pedimos|solicitamos|encargamos|contratamos|autorizamos|firmamos|aceptamos)\b"
        r"(?! (?:nada|ningun|ninguna|mas|prorroga|aplazamiento|plazo|tiempo))|"
        r"(?:pedido|contrato|servicio|suscripcion|encargo|orden) (?:fue |ha sido |esta |estaba |habia sido )?(?:anulad|cancelad|rescindid)[oa]|"
        r"(?:hemos|he|habiamos) (?:anulado|cancelado|rescindido) (?:el|la|nuestro|nuestra|dicho|dicha|este|esta) "
        r"(?:pedido|contrato|servicio|suscripcion|encargo|orden)|"
        r"(?:hemos|he|habiamos|ya) (?:devuelto|retornado|reenviado|devolvimos|devolvi)" + g(3) + r"(?:la |el |los |las |toda la |todo el )?" + _GOODS
        + r"|devolucion (?:de la|del|de los|de las) (?:mercancia|material|pedido|productos|articulos|equipo|maquina)",
        r"(?:precio|importe|tarifa|presupuesto) (?:acordado|pactado|ofertado|presupuestado|de la oferta|del presupuesto)"
        + g(4) + r"(?:era|es|fue)" + g(2) + r"(?:menor|inferior|distinto|diferente|otro|de)",
    ),
    "refusal": (
        # formal: "no procederá al pago", "no se efectuará pago alguno"
        r"no (?:procedera|procederemos|procederan|procedere|vamos a proceder|va a proceder) al (?:pago|abono)|"
        r"no (?:se )?(?:realizara|efectuara|hara|atendera|abonara)n? (?:ningun |el )?pago|"
        r"no (?:se )?(?:realizara|efectuara|hara) pago alguno|ningun pago (?:sera|se) (?:realizado|efectuado|realizara|efectuara)",
        r"(?:decidido|decide|decidimos|resuelto|acordado|optado por) no (?:\S+ )?(?:pagar|abonar|liquidar|saldar|atender|hacer efectivo)\w*",
        r"(?:no|nunca|jamas)\s+(?:\S+\s+)?(?:vamos|voy|pensamos|pienso|tenemos intencion|tengo intencion|"
        r"tenemos la intencion|queremos|quiero|estamos dispuestos|estoy dispuesto|estoy dispuesta|estamos dispuestas)\s+"
        r"(?:a |de )?(?:\S+\s+)?(?:pagar|abonar|liquidar|saldar|hacer (?:ningun|el|este) pago|asumir|satisfacer)\w*",
        r"(?:no|nunca|jamas)\s+(?:tenemos|tengo|hay)\s+(?:ninguna\s+|la\s+menor\s+)?intencion\s+de\s+(?:\S+\s+)?(?:pagar|abonar|liquidar|saldar)\w*",
        r"(?:no|nunca|jamas)\s+(?:les |le |te |os )?(?:pagaremos|pagare|abonaremos|abonare|liquidaremos|saldaremos|"
        r"pagamos|abonamos|pagaria|pagariamos|abonariamos)\b(?! hasta| antes| mas tarde)",
        r"(?:nos negamos|me niego|se niega|nos vemos obligados a negarnos|rechazamos|rechazo) (?:rotundamente |"
        r"tajantemente |categoricamente |por tanto |por ello |a )?(?:a )?(?:pagar|abonar|liquidar|saldar|"
        r"el pago|hacer el pago|realizar el pago|asumir|hacernos cargo)|"
        r"(?:no|nada) (?:les |le |te |os )?(?:debemos|debo|adeudamos|adeudo) (?:absolutamente )?(?:nada|ningun|ninguna|ni un)|"
        r"(?:no|nada) (?:les |le |te |os )?(?:debemos|debo|adeudamos)$|no (?:les |le |te |os )?debemos (?:nada|ningun)|"
        r"(?:no|ni) (?:es|son) (?:nuestra|nuestro|mi) (?:deuda|problema|responsabilidad)|"
        r"ni un (?:euro|centimo|duro|peso)|(?:de ninguna manera|de ningun modo|en absoluto) (?:vamos a |pensamos |vamos )?(?:pagar|abonar)|"
        r"(?:nos veremos|nos vemos|lo veremos|vernos) en (?:los )?(?:tribunales|juzgados?)|"
        r"(?:hablen|hable|hablad|contacten) con (?:nuestro|mi|nuestros) (?:abogad[oa]s?|asesor(?:es)? legal(?:es)?|departamento juridico)|"
        r"(?:dejen|deje|dejad) de (?:molestar|acosar|insistir|escribir|reclamar)(?:nos|me)?",
        # a refusal that names a date: "no podremos pagar hasta el 30" (a promise for that date)
        r"no (?:podemos|podremos|podriamos|puedo|podre|vamos a|pagaremos|pagare|abonaremos)\s+(?:\S+\s+)?"
        r"(?:pagar|abonar|liquidar|saldar|hacer el pago|realizar el pago|pagarle|pagarles)?\s*(?:\S+\s+){0,2}?"
        r"(?:hasta|antes de|antes del)(?=\s+(?:el|la|los|las|fin|finales|final|\d|" + _WD + r"|principios|mediados|dentro))",
    ),
    "cant_pay": (
        r"no (?:\S+ )?(?:podemos|podremos|podriamos|puedo|podre|podria|pudimos|hemos podido|he podido|es posible|"
        r"nos es posible|me es posible|sera posible|estamos en condiciones de|estoy en condiciones de|"
        r"estamos en disposicion de|tenemos capacidad (?:para|de)|llegamos a|alcanza para)\s+(?:\S+\s+){0,2}?"
        r"(?:pagar|abonar|liquidar|saldar|hacer frente|atender|asumir|realizar el pago|hacer el pago|efectuar el pago|"
        r"cubrir|pagarle|pagarles|abonarle|abonarles)\w*",
        r"(?:imposible|imposibilidad de|incapaces de|incapaz de|sin posibilidad de)\s+(?:\S+\s+)?(?:pagar|abonar|liquidar|"
        r"saldar|hacer frente|atender|asumir)|"
        r"no (?:nos |me )?queda (?:\S+ )?(?:dinero|liquidez|saldo|fondos|tesoreria)|"
        r"no (?:tenemos|tengo|disponemos de|dispongo de|contamos con|hay) (?:el |los |suficiente |suficientes |)?(?:dinero|fondos|"
        r"liquidez|tesoreria|saldo|recursos|efectivo|caja)|(?:sin|falta de|escasez de|insuficiencia de) "
        r"(?:fondos|liquidez|tesoreria|dinero|recursos)|fondos insuficientes|saldo insuficiente|"
        r"(?:cuenta|cuentas) (?:esta |estan )?(?:bloqueadas?|embargadas?|en numeros rojos)",
    ),
    "hardship": (
        r"en este momento|en estos momentos|ahora mismo|actualmente|de momento|por ahora|por el momento|"
        r"hoy por hoy|temporalmente|momentaneamente|este mes|esta semana|este trimestre|todavia|aun|"
        r"liquidez|tesoreria|dificultades?|dificil|complicad[oa]|problemas? (?:de|economicos?|financieros?)|"
        r"situacion (?:economica|financiera|delicada|complicada|dificil)|mala racha|crisis|impagos?|"
        r"(?:nuestros|los) clientes|retrasos? en (?:los )?cobros?|cobrar|cobremos|hasta|antes de|antes del|"
        r"mientras|cuando (?:cobremos|recibamos|nos paguen)|en cuanto (?:cobremos|recibamos|nos paguen)",
    ),
    "plan": (
        r"(?:pago|pagos|pagar|pagarlo|pagarla|abonar|abonarlo|liquidar|liquidarlo|saldar|saldarlo|abonos?) (?:a|en) plazos|"
        r"plan de pagos?|calendario de pagos?|plan de (?:pago|amortizacion|financiacion)|acuerdo de pago|"
        r"(?:fraccionar|fraccionamiento|fraccionado|fraccionada|fraccionarlo|fraccionarla|fraccionemos|dividir|dividirlo|dividirla|repartir|repartirlo|prorratear|escalonar|escalonado)"
        + g(4) + r"(?:pagos?|importe|deuda|factura|facturas|cantidad|total|saldo|en|entre|varios|varias|plazos|cuotas|meses)|"
        r"pago fraccionado|pagos? fraccionados?|pagos? (?:escalonados?|parciales|mensuales|periodicos)",
        r"en (?:\d+|dos|tres|cuatro|cinco|seis|siete|ocho|diez|doce|varios|varias|pequenos|pequenas|distintos) "
        r"(?:pagos|plazos|cuotas|mensualidades|veces|partes|meses|tramos|entregas|transferencias|recibos|vencimientos)|"
        r"(?:por|en) (?:cuotas|mensualidades|tramos)|cuotas? mensuales?|mensualidades|"
        r"(?:pagar|abonar|ingresar|pagaremos|abonaremos|ir pagando|ir abonando|pagariamos)" + g(4) + r"(?:al mes|cada mes|mensualmente|"
        r"por mes|cada semana|semanalmente|a la semana|por semana|poco a poco|en partes|por partes|cada quincena)|"
        r"ir pagando|ir abonando|(?:pagos|abonos|entregas) parciales|(?:llegar a un|alcanzar un|proponemos un|proponer un) acuerdo",
    ),
    "more_time": (
        r"(?:mas|algo mas de|un poco mas de|un poco de|algo de|suficiente|mayor) (?:tiempo|plazo|margen)|"
        r"(?:plazo|periodo) (?:adicional|extra|de gracia|mayor|mas amplio|suplementario)|"
        r"(?:prorroga|prorrogar|prorrogarlo|prorroguen|aplazamiento|aplazar|aplacen|aplazarlo|aplazarla|posponer|"
        r"posponerlo|pospongan|postergar|retrasar el pago|retrasar|demorar|diferir|ampliar el plazo|ampliacion del plazo|"
        r"extender el plazo|extension del plazo|moratoria|prolongar|alargar el plazo)\b|"
        r"(?:darnos|concedernos|dejarnos|otorgarnos|darme|concederme|dejarme|nos den|nos concedan|nos dejen|me den|"
        r"nos podrian dar|nos pueden dar|nos puede dar|nos daria|me concedan)" + g(3) + r"(?:mas |un poco de |algo de |unos |unas |otro |otra )?"
        r"(?:tiempo|plazo|margen|dias|semanas|respiro|prorroga)|"
        r"(?:unos|unas|algunos|algunas|un par de|pocos|pocas) (?:dias|semanas) mas|"
        r"(?:un poco de|algo de|rogamos|pedimos|solicitamos|les pido|le pido) (?:paciencia|comprension)|tengan paciencia|esperar un poco|esperen un poco|"
        r"(?:fecha|momento) (?:posterior|mas adelante)|mas adelante",
    ),
    "split_rest": (
        r"(?:el |lo )?(?:resto|restante|pendiente restante|importe restante|saldo restante|otra mitad|segunda mitad|"
        r"segundo pago|segunda parte|segundo plazo|segunda cuota|lo que falta|lo que queda|lo demas|diferencia)\b"
        + g(5) + r"(?:mas adelante|despues|luego|el mes que viene|el proximo mes|el mes siguiente|la semana que viene|"
        r"la proxima semana|la semana siguiente|a finales|a principios|a mediados|el dia|el \d+|antes|dentro|en \d+|"
        r"en (?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)|"
        r"cuando|en cuanto|" + _WD + r")",
    ),
    "callback": (
        r"(?:concertar|tener|organizar|programar|agendar|fijar|mantener|hacer|solicitar|pedir) (?:una|un) (?:breve |pequena )?(?:reunion|cita|videollamada|llamada|encuentro)\b",
        r"(?:llameme|llamenme|llamame|llamadme|llamenos|llamennos|llamanos|llamadnos|telefoneeme|telefoneenme)\b|"
        r"(?:me|nos) (?:llame|llamen|llameis|llamais|llamara|llamaran|llamase|llamasen|telefonee|telefoneen|"
        r"devuelva la llamada|devuelvan la llamada|devolvais la llamada)\b|"
        r"(?:llamar(?:me|nos)|telefonear(?:me|nos)|contactar(?:me|nos) (?:por|via) telefono)\b|"
        r"(?:devolver|devuelva|devuelvan|devolviera|devolvieran|devolvieses?|devolvais|devolveis)(?:me|nos)? la llamada|"
        r"(?:podrian|pueden|podria|puede|podeis|podriais|seria posible|es posible)\s+(?:\S+\s+)?(?:llamar(?:me|nos)?|"
        r"telefonear(?:me|nos)?|contactar(?:me|nos)? por telefono)|que (?:me|nos) (?:llame|llamen|contacte|contacten) "
        r"(?:por telefono|alguien|algun|un responsable|su responsable)",
        r"(?:tener|mantener|hacer|organizar|programar|agendar|concertar) una (?:llamada|conversacion telefonica|charla telefonica)|"
        r"(?:llamen|llame|llamar|llamad|llamar a) (?:al|a la) (?:sr|sra|senor|senora|senorita|dpto|departamento|\+|\d)|"
        r"(?:llamada|conversacion|charla|reunion|cita) (?:telefonica|por telefono)|por (?:telefono|via telefonica|movil)|"
        r"telefonicamente|(?:hablar|hablarlo|comentar|comentarlo|tratar|tratarlo|discutir|conversar|aclararlo)" + g(4)
        + r"(?:por telefono|de viva voz|en persona|con alguien|con usted|con ustedes|con un responsable|con su responsable|"
        r"con el responsable|personalmente)",
        r"(?:localizable|disponible|contactable|a su disposicion)s? (?:en el|al|por telefono|en mi movil|en el movil|en el telefono|"
        r"en el numero|llamando al)|(?:mi|nuestro) (?:numero|movil|telefono|tlf|tfno|tel|extension|linea directa)"
        r"(?: de telefono| movil| directo| de movil| de contacto| personal)? (?:es|:|es el)|(?:llamando|llamen|llame) al (?:\+34|\d)|"
        r"(?:hablar|conversar) con (?:alguien|una persona|un responsable|su responsable|el responsable|usted|ustedes|"
        r"un gestor|su departamento)",
    ),
    "conditional": (
        r"^\s*si\b|\bsi (?:tiene|tienen|tienes|teneis|necesita|necesitan|necesitas|lo necesita|lo necesitan|desea|"
        r"desean|hubiera|hubiese|surge|surgiera|quiere|quieren|precisa|precisan)|no (?:dude|duden|dudes|dudeis) en|"
        r"(?:cualquier|para cualquier|ante cualquier) (?:duda|consulta|pregunta|aclaracion|cosa)|"
        r"(?:quedo|quedamos) a (?:su|vuestra|tu) (?:disposicion|entera disposicion)|en caso de (?:duda|necesitar|que necesite)|"
        r"si fuera necesario|si es necesario",
    ),
    "contact_change": (
        r"(?:la )?(?:nueva )?persona de contacto" + g(4) + r"(?:sera|es ahora|pasa a ser|va a ser)\b|(?:nuevo|nueva) (?:interlocutor|responsable|contacto)\b",
        r"(?:hemos|he) cambiado de (?:gestoria|asesoria|contable|contabilidad|gestor|asesor|departamento|responsable|proveedor contable)|(?:desde|a partir de) (?:ahora|hoy|este mes|el mes que viene|manana)" + g(8) + r"(?:lo|la|los|las) (?:lleva|llevan|gestiona|gestionan|tramita|tramitan)\b",
        r"(?:ahora|a partir de ahora|desde ahora|desde hoy) (?:la |lo |las |los )?(?:gestiona|gestionan|lleva|llevan|tramita|tramitan)\b|(?:es|son|esta|estan) (?:ahora |desde ahora )(?:gestionad|externalizad|subcontratad|llevad)[oa]s? (?:por|a)\b",
        r"ya no" + g(2) + r"(?:trabajo|trabaja|trabajamos|forma parte|formo parte|pertenece|pertenezco|"
        r"llevo|lleva|me encargo|se encarga|me ocupo|se ocupa|gestiono|gestiona|ocupo|ocupa|se utiliza|se usa|"
        r"(?:esta|estoy) (?:en|con|al cargo|a cargo|activ[oa]|operativ[oa])|(?:soy|es) (?:el|la) "
        r"(?:responsable|encargad[oa]|contacto|persona|interlocutor)|es valid[oa]|se consulta|se revisa|existe)",
        r"(?:direccion|correo|cuenta|buzon|email|e-mail)" + g(3) + r"(?:dejara|deja|dejaran|dejan|va a dejar) de (?:estar operativ[oa]|"
        r"funcionar|estar activ[oa]|usarse|utilizarse|ser valid[oa]|consultarse|existir|estar en uso|recibir)|"
        r"(?:ha|he|han|hemos) (?:dejado|abandonado|salido de) (?:la |nuestra |esta |el |su )?(?:empresa|compania|sociedad|"
        r"organizacion|departamento|puesto|cargo|equipo|firma)|(?:se ha|me he|se han) (?:ido|marchado) de la (?:empresa|compania)|"
        r"(?:ha|he) causado baja|(?:esta|estoy) de baja definitiva",
        r"no (?:soy|es|somos|son) (?:la |el |los |las )?(?:persona|personas|contacto|interlocutor|departamento|destinatario)"
        r"(?: \S+)? (?:adecuad[oa]s?|correct[oa]s?|indicad[oa]s?|responsables?|encargad[oa]s?|competentes?)|"
        r"(?:persona|contacto|destinatario|direccion|correo) (?:equivocad[oa]|incorrect[oa]|erronea?)",
        r"(?:nueva|nuevo|nuevas|nuevos) (?:direccion|direcciones|correo|email|e-mail|mail|contacto|persona de contacto|"
        r"interlocutor|responsable|buzon|datos de contacto)|(?:direccion|correo|email|contacto|persona de contacto|datos)"
        + g(3) + r"(?:ha cambiado|han cambiado|cambia|cambiara|cambian|han sido actualizad[oa]s?|ha sido actualizad[oa])|"
        r"cambio de (?:direccion|correo|email|contacto|interlocutor)|"
        r"(?:hemos|he|ha) cambiado (?:de |nuestra |mi |la |el |su )?(?:direccion|correo|email|e-mail|contacto|buzon)",
        r"(?:a partir de ahora|de ahora en adelante|en adelante|en lo sucesivo|a partir de hoy|desde hoy|"
        r"desde ahora|a partir de este momento|con efecto inmediato|en el futuro|de aqui en adelante)" + g(8)
        + r"(?:envien|enviar|envie|remitan|remitir|dirijan|dirigir|dirijanse|escriban|escribir|escribe|contacten|contactar|"
        r"contacte|usen|utilicen|utilizar|usar|manden|mandar|dirigirse|se encarga|se encargara|llevara|gestionara|"
        r"sera|responsable|persona de contacto|interlocutor|contacto es|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)",
        r"(?:envien|remitan|dirijan|escriban|contacten|manden|dirijanse)" + g(8) + r"(?:a partir de ahora|de ahora en adelante|"
        r"en adelante|en lo sucesivo|a partir de hoy|desde ahora)",
        r"(?:actualicen|actualice|actualizar|modifiquen|cambien|corrijan|actualiza|actualizad) (?:sus|su|la|el|los|las|vuestros|vuestra) ?"
        r"(?:datos|registros?|contactos?|direccion|base de datos|ficha|fichero|sistema|lista|correo|email|destinatarios?)",
        r"(?:envien|enviar|remitan|remitir|dirijan|dirigir|manden|mandar|hagan llegar)" + g(2) + r"(?:todas |las |sus |cualquier |toda la |los )*"
        r"(?:facturas|recordatorios|reclamaciones|comunicaciones|correspondencia|correos|emails|avisos|documentos|extractos|notificaciones)"
        + g(4) + r"(?:a|al)\b",
        r"(?:ha|han) (?:asumido|tomado|pasado a llevar) (?:sus|mis|las) (?:funciones|tareas)|(?:mi|su) (?:sucesor|sucesora|sustitut[oa]|"
        r"reemplazo)|(?:sustituid[oa]|reemplazad[oa]) por|(?:se ha|me he|se han) jubilado|(?:esta|estoy) jubilad[oa]|"
        r"ahora (?:se encarga|lo lleva|lo gestiona|es responsable)|(?:la|el) (?:persona|responsable) (?:de contacto |encargad[oa] )?"
        r"(?:ahora|a partir de ahora) es|(?:el|la) (?:nuevo|nueva) (?:responsable|encargad[oa])",
    ),
    "permanent": (
        r"ya no|(?:ha|he|han|hemos) dejado|a partir de ahora|de ahora en adelante|en adelante|en lo sucesivo|"
        r"a partir de hoy|desde ahora|con efecto inmediato|definitivamente|de forma definitiva|jubilad[oa]|"
        r"sucesor|sucesora|sustituid[oa] por|reemplazad[oa] por|actualicen|nueva direccion|cambio de direccion|"
        r"ha cambiado|hemos cambiado",
    ),
    "ooo": (
        r"(?:estoy|estare|estamos|estaremos|me encuentro|nos encontramos|encontrandome)\s+(?:\S+\s+)?(?:fuera de la oficina|"
        r"fuera de oficina|fuera|de vacaciones|ausentes?|de viaje|de baja|de permiso|en un viaje|en una feria|en formacion|"
        r"en un curso|en reuniones|sin acceso|de baja (?:medica|por maternidad|por paternidad)|disfrutando de)",
        r"fuera de (?:la )?oficina|out of office|(?:ausente|de vacaciones|de viaje|de baja|de permiso) (?:hasta|desde|del|"
        r"entre|durante|por)\b|(?:durante|en) mi ausencia|(?:a|tras|despues de) mi (?:regreso|vuelta|reincorporacion)|"
        r"(?:estare|estaremos|estara) de (?:vuelta|regreso)|de vuelta (?:el|en la oficina|a partir|el proximo|\d)|"
        r"(?:regresare|regreso|vuelvo|volvere|me reincorporo|me reincorporare|nos reincorporamos|retomo) (?:el|a la oficina|"
        r"a partir|al trabajo|" + _WD + r"|\d)|"
        r"(?:acceso|conexion) (?:limitad[oa]|restringid[oa]|esporadic[oa]) (?:a|al) (?:mi |el )?(?:correo|email|e-mail)|"
        r"sin acceso (?:a|al) (?:mi |el )?(?:correo|email|e-mail)|(?:oficina|oficinas|empresa) (?:estara |estaran |esta |permanecera |"
        r"permaneceran )?cerradas? (?:por|del|hasta|durante|desde|el)|cierre (?:por vacaciones|anual|estival|de la oficina)|"
        r"dia festivo|(?:por|con motivo de) (?:el )?festivo",
    ),
    "auto": (
        r"(?:respuesta|mensaje|correo|e-?mail|contestacion|acuse de recibo) (?:automatic[oa]|generad[oa] automaticamente)|"
        r"(?:este|es un) (?:es un )?(?:mensaje|correo) (?:automatico|generado)|(?:generad[oa]|enviad[oa]) automaticamente|"
        r"(?:por favor,? )?no (?:responda|respondan|conteste|contesten|responder|contestar) (?:a )?(?:este|esta|al presente)|"
        r"(?:cuenta|buzon|direccion) (?:de correo )?no (?:monitorizad[oa]|supervisad[oa]|atendid[oa])|no-?reply|noreply|"
        r"(?:numero|n\.?o|no|referencia|ref) (?:de )?(?:ticket|incidencia|caso|solicitud|consulta|peticion)\b|"
        r"(?:ticket|incidencia|caso|solicitud|peticion) (?:n\.?o|numero|#|nro)|"
        r"(?:su|tu) (?:solicitud|consulta|peticion|incidencia|mensaje) (?:ha sido|ha quedado|queda|fue) (?:registrad[oa]|recibid[oa] y registrad[oa]|creada?|abiert[oa])",
    ),
    "auto_weak": (
        r"(?:hemos|he) recibido (?:correctamente )?su (?:correo|mensaje|e-?mail|solicitud|consulta|peticion)|"
        r"(?:su|tu) (?:correo|mensaje|e-?mail|solicitud|consulta) (?:ha sido|fue|se ha) (?:recibid[oa]|registrad[oa])|"
        r"gracias por (?:su|tu|vuestro) (?:correo|mensaje|e-?mail|consulta|contacto|email)|"
        r"(?:le |les |te )?(?:responderemos|respondere|contestaremos|contestare|atenderemos|atendere|nos pondremos en contacto|"
        r"me pondre en contacto|lo revisare|lo revisaremos|gestionaremos|gestionare|daremos respuesta)" + g(4)
        + r"(?:lo antes posible|a la mayor brevedad|en breve|cuanto antes|a mi regreso|a mi vuelta|lo mas pronto|"
        r"en las proximas|en un plazo|dentro de|tan pronto como|cuando regrese|en cuanto)",
    ),
    "deputy": (
        r"(?:durante|en) mi ausencia|(?:para|en caso de) (?:asuntos|temas|cuestiones|consultas|casos|algo)? ?(?:urgentes?|urgencia)|"
        r"si (?:es|fuera|se trata de algo) urgente|(?:puede|pueden|podeis|puedes) (?:contactar|dirigirse|escribir|llamar)|"
        r"(?:contacte|contacten|dirijase|dirijanse|escriba|escriban) (?:con|a) (?:mi|nuestr[oa])|"
        r"(?:mi|mis) (?:companer[oa]s?|colega|colegas|sustitut[oa]|asistente)|(?:le|les) atendera",
    ),
    "promise": (
        # "vendredi sans faute": a commitment word with a date is a promise
        r"sin falta",
        r"(?:con |a )?fecha(?: de)? (?:valor|ejecucion|cargo)\b",
        # future tense of paying
        r"(?:pagaremos|pagare|pagara|pagaran|abonaremos|abonare|abonara|liquidaremos|liquidare|liquidara|"
        r"saldaremos|saldare|saldara|transferiremos|transferire|ingresaremos|ingresare|ingresara|"
        r"cancelaremos la deuda|nos pondremos al dia)\b",
        r"(?:haremos|hare|hara|realizaremos|realizare|realizara|efectuaremos|efectuare|efectuara|enviaremos|enviare|"
        r"enviara|emitiremos|emitire|ordenaremos|ordenare|tramitaremos|tramitare|cursaremos|programaremos|"
        r"programare|mandaremos|mandare|procederemos|procedere|lanzaremos)(?:le|les)?" + g(2)
        + r"(?:la |el |una |un |nuestra |nuestro |dicha |dicho |al |a la |correspondiente )?"
        r"(?:transferencias?|pagos?|ingresos?|abonos?|cheques?|giros?|domiciliacion|liquidacion)\b",
        # going to / intend to / expect to pay
        r"(?:vamos a|voy a|va a|pensamos|pienso|tenemos previsto|tengo previsto|tenemos pensado|tengo pensado|"
        r"tenemos intencion de|tengo intencion de|tenemos la intencion de|prevemos|preveo|esperamos|espero|"
        r"contamos con|podremos|podre|queremos|quiero|nos comprometemos a|me comprometo a|"
        r"estamos en disposicion de|procederemos a|procedere a|intentaremos|intentare|trataremos de|tratare de|"
        r"estamos preparando|estoy preparando|estamos tramitando|estoy tramitando|estamos gestionando|"
        r"estamos procesando|estaremos en condiciones de|estare en condiciones de|vamos a poder|voy a poder|"
        r"nos encargaremos de|me encargare de|deberiamos poder|deberia poder)"
        + g(2) + _PAYINF + r"\b(?!\s+(?:con|por|mediante|a traves|via|en efectivo|en linea|online)\b)",
        # passive / impersonal future
        r"(?:se (?:pagara|abonara|realizara|efectuara|hara|enviara|emitira|ordenara|tramitara|transferira|liquidara|"
        r"cargara|procesara|ingresara|saldara|cursara|ejecutara)|(?:sera|seran|va a ser|van a ser|quedara|quedaran) "
        r"(?:pagad|abonad|realizad|efectuad|hech|enviad|emitid|ordenad|tramitad|transferid|liquidad|cargad|procesad|"
        r"saldad|ingresad|ejecutad|atendid)[oa]s?)\b",
        r"(?:pago|transferencia|abono|ingreso|cheque|giro|importe|recibo)s?" + g(2) + r"(?:saldra|saldran|sale|va a salir|"
        r"ira|se emitira|se hara|se realizara|se enviara|llegara|se cargara)\b",
        # scheduled
        r"(?:programad[oa]s?|previst[oa]s?|planificad[oa]s?|agendad[oa]s?|fijad[oa]s?|calendarizad[oa]s?) (?:para|el|en|a|antes)\b|"
        r"(?:proxima|siguiente|nuestra|la) (?:remesa|tanda|ronda|orden|relacion|fecha|dia|ciclo) de (?:pagos?|transferencias?)|"
        r"(?:proximo|siguiente|nuestro) (?:dia|ciclo|lote|proceso) de (?:pagos?|transferencias?)|"
        r"(?:esta|estan|queda|quedan) (?:ya )?(?:programad[oa]s?|previst[oa]s?|aprobad[oa]s?|autorizad[oa]s?|planificad[oa]s?)|"
        r"(?:pendiente|a la espera) de (?:firma|aprobacion|autorizacion|validacion)",
        r"(?:recibiran|recibira|recibiras|tendran|tendra|tendras)" + g(2) + r"(?:el |la |nuestro |nuestra |su |los |las )?" + _PAYNOUN,
        r"(?:les|le|te|os) (?:pago|pagamos|abono|abonamos|transfiero|transferimos|ingreso|ingresamos|hago la transferencia|"
        r"hacemos la transferencia|hago el pago|hacemos el pago)\s+(?:\S+\s+){0,3}?(?:el \d|el dia|hasta|antes|manana|"
        r"hoy|esta semana|a finales|a final|el proximo|dentro|en \d|" + _WD + r")\b",
        r"(?:lo|la|los|las) (?:pagaremos|abonaremos|haremos|liquidaremos|transferiremos|ingresaremos|pagare|abonare|hare)\b",
    ),
    "promise_ask": (
        r"(?:podemos|podriamos|puedo|podria|pudieramos|pudiera)\s+(?:\S+\s+)?(?:pagar\w*|abonar\w*|liquidar\w*|saldar\w*|"
        r"hacer el pago|realizar el pago|efectuar el pago|hacer la transferencia|realizar la transferencia|transferir)\b"
        r"(?!\s+(?:con|por|mediante|a traves|via|en efectivo|en linea|online|desde)\b)",
        r"(?:seria|es|sera) (?:posible|factible|aceptable|un problema|viable)|(?:les|le|te|os) (?:parece|pareceria|importa|importaria|"
        r"vendria)(?: bien| mal)?|(?:habria|hay) (?:algun )?problema|(?:estarian|estaria) de acuerdo" + g(4)
        + r"(?:pagar\w*|abonar\w*|liquidar\w*|pago|transferencia|abono|ingreso|pagasemos|pagaramos|abonasemos)"
        r"(?!\s+(?:con|por|mediante|a traves|via|en efectivo|en linea|online)\b)",
        r"(?:dar(?:nos|me)?|conceder(?:nos|me)?|dejar(?:nos|me)?|esperar(?:nos|me)?|nos den|nos dejen|nos concedan|"
        r"denos|dennos|deme|denme|concedanos|concedannos|dejenos|dejennos|esperen|espere|aguarden|nos dan|nos da|"
        r"nos podrian dar|nos pueden dar|nos puede dar)" + g(3) + r"hasta\b|"
        r"hasta" + g(5) + r"para (?:pagar\w*|abonar\w*|liquidar\w*|saldar\w*|el pago|hacer el pago|realizar el pago|"
        r"hacer la transferencia)|(?:pagar\w*|abonar\w*|liquidar\w*)" + g(2) + r"(?:mas tarde|mas adelante|en otro momento|"
        r"en unos dias|la semana que viene|el mes que viene|el proximo mes|la proxima semana)",
    ),
    "pay_word": (
        r"pag(?:o|os|ar|amos|aremos|are|ara|ado|ada|ados|adas|ue|ar\w+)|abon(?:ar|amos|aremos|are|ara|ado|ada|ar\w+)|"
        r"transferencias?|transferir\w*|transferimos|liquidar\w*|liquidacion|saldar\w*|ingreso|ingresar\w*|ingresamos|"
        r"domiciliacion|recibo|remesa|giro|cheque|talon|dinero|fondos|sepa|importe",
    ),
    "claimed": (
        r"(?:hemos|he|ha|han|habiamos|habia|ya|esta|estan|estaba|fue|fueron|se|sido|queda|quedo)\s+(?:\S+\s+){0,2}?"
        r"(?:pagad[oa]s?|abonad[oa]s?|transferid[oa]s?|liquidad[oa]s?|saldad[oa]s?|ingresad[oa]s?|domiciliad[oa]s?|"
        r"satisfech[oa]s?|cancelad[oa]s? la deuda|debitad[oa]s?|cobrad[oa]s?)\b",
        r"(?:transferencia|pago|abono|ingreso|cheque|recibo|importe|factura|cargo|giro|domiciliacion|orden de pago|dinero)s?" + g(3)
        + r"(?:se (?:ha |han )?(?:hizo|realizo|efectuo|envio|emitio|ordeno|tramito|proceso|cargo|pago|abono|ejecuto|curso|"
        r"mando|realizado|efectuado|hecho|enviado|emitido|ordenado|tramitado|procesado|cargado|pagado|abonado|"
        r"ejecutado|cursado|mandado)|(?:ha|han|fue|fueron|esta|estan|ya esta|ya fue|ya se|quedo|queda|habia)\s+"
        r"(?:ya\s+)?(?:sido\s+)?" + _DONE + r"|(?:salio|salieron|ha salido|han salido|ya salio))\b",
        r"(?:transferencia|pago|abono|ingreso|cheque|giro|orden de pago)s? (?:realizad|efectuad|hech|enviad|emitid|ordenad|"
        r"tramitad|ejecutad|cursad)[oa]s?\b(?! (?:el|para|antes|la semana|manana|dentro)\b)",
        r"(?:hemos|he|ya|habiamos|ha)\s+(?:\S+\s+)?(?:realizado|efectuado|hecho|enviado|emitido|ordenado|tramitado|procesado|"
        r"ejecutado|mandado|cursado|lanzado|dado orden de|realizamos|efectuamos|hicimos|enviamos|emitimos|ordenamos|"
        r"mandamos|cursamos|procedido)" + g(2) + r"(?:la |el |una |un |nuestra |nuestro |dicha |dicho |al |correspondiente )?"
        r"(?:transferencias?|pagos?|ingresos?|abonos?|cheques?|giros?)\b",
        r"(?:hicimos|mandamos|ordenamos|cursamos|enviamos) (?:la |el |una |un )?(?:transferencia|pago|ingreso|abono|cheque)|"
        r"(?:pagamos|abonamos|transferimos|ingresamos|liquidamos|saldamos|realizamos (?:la|el) (?:transferencia|pago)|"
        r"efectuamos (?:la|el) (?:transferencia|pago)|pague|abone|transferi|ingrese|la hicimos|lo hicimos)"
        r"\s+(?:\S+\s+){0,3}?(?:ayer|anteayer|antes de ayer|hace (?:\d+|un|una|unos|unas|dos|tres|varios|varias|poco)|"
        r"el pasado|la semana pasada|el mes pasado|esta manana|" + _WD + r" pasado)",
        r"(?:justificante|comprobante|resguardo|(?:copia|confirmacion|orden|prueba|recibo) de (?:la |el )?(?:pago|transferencia|"
        r"abono|ingreso|bancari[oa]))" + g(4) + r"(?:adjunt\w*|anex\w*)|"
        r"(?:le |les |te |os )?(?:adjunto|adjuntamos|adjunta|adjuntas|envio adjunto|remito|remitimos|mando|mandamos|envio|"
        r"enviamos|encontrara|encontraran|encontrareis|anexo|anexamos|facilitamos|facilito)" + g(4)
        + r"(?:justificante|comprobante|resguardo|(?:copia|confirmacion|orden|prueba|recibo|captura|pantallazo) de (?:la |el )?"
        r"(?:pago|transferencia|abono|ingreso|orden|banco|bancari[oa]))",
        r"(?:pagad|abonad|transferid|liquidad|ingresad|realizad|efectuad|hech|enviad|cargad|saldad)[oa]s? "
        r"(?:el|con fecha|desde el) (?:dia )?\d{1,2}(?:[/.-]\d{1,2}| de " + _MONTH + r")",
        r"^\W*(?:ya )?(?:pagad[oa]|abonad[oa]|transferid[oa]|liquidad[oa]|hecho)\b(?! (?:el|para|antes|manana|dentro))|"
        r"ya (?:se )?(?:pago|abono|transfirio|ingreso|liquido|saldo|realizo|efectuo|hizo|envio)|"
        r"se (?:cobro|cargo|domicilio|debito|adeudo|pago|abono|transfirio|ingreso|liquido|saldo)\b|"
        r"ya (?:esta|estan) (?:todo )?(?:pagad|abonad|liquidad|saldad|hech)|(?:pagad|abonad)[oa]s? (?:en su totalidad|"
        r"integramente|por completo|en su integridad)|(?:cargad|debitad|descontad)[oa]s? (?:en|de) (?:nuestra|la|mi) cuenta|"
        r"(?:salio|ha salido|han salido|salieron) de (?:nuestra|nuestras|mi) cuenta|"
        r"(?:esta|estan|va|van) (?:de|en) camino|en (?:curso|tramite|proceso)(?= (?:de pago|la transferencia|el pago))|"
        r"(?:transferencia|pago) (?:esta |ya esta )?en (?:curso|tramite|proceso)|"
        r"(?:han|ha) recibido" + g(2) + r"(?:nuestr[oa]|el|la|mi|dich[oa])? ?(?:pagos?|transferencias?|abonos?|ingresos?|cheques?|dinero)|"
        r"(?:confirmen|confirme|confirmar|confirmarnos|confirmadme|confirmenme) (?:la )?(?:recepcion|que (?:han|ha) recibido) (?:de |del )?"
        r"(?:nuestr[oa] |el |la |dich[oa] )?(?:pagos?|transferencias?|abonos?|ingresos?|dinero)",
    ),
    "arrival": (
        r"(?:lo |la |los |las )?(?:recibiran|recibira|recibiras|tendran|tendra|veran|vera|llegara|llegaran|"
        r"se vera reflejad[oa]|se reflejara|estara en|estaran en|aparecera|se abonara en|entrara|debe(?:ria)? llegar|"
        r"deberia(?:n)? (?:recibirlo|recibirla|verlo|verla|tenerlo|tenerla|llegar|estar|reflejarse)|"
        r"tardara|tarda|tardan|suele tardar|suelen tardar)" + g(5) + r"(?:cuenta|banco|\d|manana|" + _WD + r"|el|antes|dentro|"
        r"proxim\w*|horas|dias)",
        r"(?:plazo|tiempo|periodo)s? (?:bancari[oa]s?|de tramitacion|de procesamiento|de transferencia|interbancari[oa]s?)|"
        r"(?:entre|unos|unas|en|de) (?:\d+|uno|dos|tres|24|48|72)(?: (?:a|y) \d+)? (?:dias|horas) (?:habiles|laborables)",
    ),
    "info_copy": (
        r"(?:copia|copias|duplicado|duplicados|pdf|escaneo|original|originales|segunda copia)" + g(2)
        + r"(?:de |del )?(?:la |las |esta |dicha |su |sus |una |el )?(?:facturas?|abonos?|notas? de credito)\b|"
        r"(?:reenviar|reenvien|reenvie|reenviarnos|reenviarme|volver a enviar|vuelvan a enviar|vuelva a enviar|enviar de nuevo|"
        r"envien de nuevo|envie de nuevo|mandar de nuevo|remitir|remitan|remita|remitirnos|remitirme|enviar|envien|envie|"
        r"enviarnos|enviarme|mandar|manden|mande|mandarnos|mandarme|hacer llegar|hagan llegar|haga llegar|facilitar|"
        r"faciliten|facilite|facilitarnos|facilitarme)" + g(3) + r"(?:la |las |una |esta |dicha |su |sus |copia de la )?"
        r"(?:facturas?|pdf|abonos?)\b|(?:me|nos) (?:la|las) (?:reenvien|reenvie|envien|envie|manden|mande|remitan|"
        r"hagan llegar|puede enviar|pueden enviar|podrian enviar|podria enviar|vuelvan a enviar|vuelva a enviar)\b|"
        r"(?:reenviar|enviar|mandar|remitir)(?:me|nos)la\b|factura en (?:pdf|formato pdf|papel|formato electronico)|"
        r"(?:encuentro|encontramos|localizo|localizamos|abrir|abre|leer|legible|descargar)" + g(3) + r"(?:la |el |esta |su |los |las )?"
        r"(?:factura|adjunto|archivo|documento|pdf|fichero)s?|(?:adjunto|archivo|pdf|documento|fichero) (?:no (?:se )?(?:abre|ve|puede abrir|"
        r"viene|llego|estaba|esta)|vacio|corrupto|danado|ilegible)|(?:falta|sin|no venia|no viene|no incluia|no incluye) (?:el )?"
        r"(?:adjunto|archivo|pdf|documento)|(?:perdido|extraviado|traspapelado)" + g(2) + r"(?:la |esta |su )?factura",
    ),
    "info_statement": (
        r"extractos?(?: de (?:cuenta|cuentas|facturas|movimientos|saldos?)| bancario)?|estado de (?:cuenta|cuentas)|"
        r"(?:relacion|listado|lista|detalle|resumen|desglose|informe|cuadro) (?:de |del |con )?(?:las |los |todas las |todos los |nuestras )?"
        r"(?:facturas|partidas|movimientos|importes|pagos|deudas|saldos?|vencimientos|recibos|pendientes|cuentas|cargos)"
        r"(?: (?:pendientes|abiertas|vencidas|impagadas|adeudadas|por pagar|sin pagar|en curso))?|"
        r"(?:facturas|partidas|importes|recibos) (?:pendientes|abiertas|vencidas|impagadas|adeudadas|por pagar|sin pagar)|"
        r"(?:conciliar|conciliacion|cuadrar|cuadre|punteo|puntear)|saldo (?:pendiente|actual|deudor|vivo)|"
        r"(?:que|cuales|cuantas) (?:facturas|partidas|importes) (?:estan|quedan|tenemos|hay|son)|"
        r"(?:posicion|situacion) (?:de|de la) cuenta|mayor (?:de cliente|contable)",
    ),
    "info_bank": (
        r"\biban\b|\bbic\b|\bswift\b|\bccc\b|datos bancarios|datos de (?:la )?cuenta|datos de pago|coordenadas bancarias|"
        r"(?:numero|n\.?o|nro) de (?:cuenta|cta)|cuenta (?:bancaria|corriente|de abono|de ingreso)|"
        r"(?:en|a) (?:que|cual) (?:cuenta|banco)|(?:que|cual|cuales) (?:cuenta|banco|forma de pago|formas de pago|metodos? de pago|"
        r"medios? de pago)|(?:donde|como) (?:podemos|puedo|debemos|debo|hay que|se puede|tenemos que|tengo que|hacemos|hago)"
        + g(2) + r"(?:pagar\w*|abonar\w*|transferir|hacer el pago|realizar el pago|ingresar|hacer la transferencia|"
        r"realizar la transferencia|el pago|la transferencia)|(?:formas?|metodos?|medios?|modos?|opciones|instrucciones|"
        r"condiciones) de pago|(?:pagar|abonar|pago) (?:con|mediante|por) (?:tarjeta|paypal|bizum|cheque|talon|"
        r"domiciliacion|recibo|enlace|transferencia bancaria)|enlace de pago|pasarela de pago|pago (?:online|en linea|con tarjeta)|"
        r"(?:cambio|cambiado) de (?:cuenta|banco|iban)|(?:nueva|nuevo|su) (?:cuenta bancaria|iban|numero de cuenta)",
    ),
    "info_other": (
        r"(?:numero|n\.?o|nro|referencia) de (?:pedido|orden de compra|compra|albaran|contrato|expediente|proveedor|cliente|"
        r"proyecto)|orden(?:es)? de compra|(?<!un )\bpo\b(?!')|(?:nuestra|su) referencia (?:de pedido|interna)|"
        r"(?:a que|a cual|a que) (?:corresponde|corresponden|se refiere|se refieren|hace referencia|pertenece)|"
        r"de que (?:se trata|es|son) (?:esta|este|estos|estas|la|el|dicha|dicho)|"
        r"(?:que|cual|cuales) (?:factura|facturas|pedido|pedidos|servicio|servicios|producto|productos|concepto|conceptos|importe|"
        r"cargo|cargos|proyecto)|(?:por que|porque|como) (?:se )?(?:nos )?(?:han|ha|se) (?:facturado|cobrado|cargado|calculado)|"
        r"(?:mas|mayor|algo mas de) (?:informacion|detalle|detalles|datos|explicacion|documentacion|aclaracion)|"
        r"(?:informacion|detalle|detalles|explicacion|aclaracion|justificacion|desglose)s? (?:adicional|de la factura|del importe|"
        r"del cargo|del calculo|de los conceptos|de las horas|sobre)|desglose|detallad[oa]|"
        r"albaran(?:es)?(?: de entrega| firmado)?|(?:prueba|justificante|comprobante|acuse|nota) de (?:entrega|recepcion)|"
        r"partes? de (?:trabajo|horas)|hojas? de (?:horas|trabajo|servicio)|"
        r"\bcif\b|\bnif\b|\bnie\b|numero de (?:iva|identificacion fiscal)|(?:contrato|presupuesto|oferta|condiciones (?:generales|de venta)|"
        r"pedido firmado|confirmacion del pedido)|(?:fecha|dia) de vencimiento|condiciones de pago|"
        r"(?:explicar|explicarnos|explicarme|aclarar|aclararnos|aclararme|justificar|detallar|desglosar)" + g(3)
        + r"(?:factura|importe|cargo|concepto|calculo|cantidad|precio|cobro)",
    ),
    "request": (
        r"por favor|porfa|\bpf\b|(?:podria|podrian|puede|pueden|podrias|puedes|podeis|podriais)\b|"
        r"(?:necesito|necesitamos|necesitaria|necesitariamos|quisiera|quisieramos|querria|querriamos|me gustaria|nos gustaria|"
        r"solicito|solicitamos|les pido|le pido|les pedimos|le pedimos|les rogamos|le rogamos|le ruego|les ruego|ruego|rogamos|"
        r"agradeceria|agradeceriamos|les agradeceria|le agradeceria|agradeceremos|agradecere)\b|"
        r"(?:envienme|envienos|envienos|enviennos|mandenme|mandennos|remitanme|remitannos|facilitenme|facilitennos|"
        r"reenvienme|reenviennos|indiquenme|indiquennos|digame|diganme|diganos|digannos|hagannos llegar|haganme llegar)\b|"
        r"(?:donde|como|cuando|cual|cuales|que|por que|cuanto) (?:es|son|esta|estan|puedo|podemos|debo|debemos|hay|tenemos|hago|hacemos)|"
        r"[?¿]",
    ),
    "ack": (
        r"^\s*(?:ok|okay|vale|de acuerdo|entendido|recibido|gracias|muchas gracias|perfecto|genial|estupendo|"
        r"si|no|claro|bien|anotado|tomo nota|tomamos nota|visto)\W*$|"
        r"(?:tomo|tomamos) (?:buena )?nota|(?:recibido|entendido|anotado),|"
        r"(?:lo |la |se lo |se la )?(?:reenvio|reenviamos|he reenviado|hemos reenviado|paso|pasamos|he pasado|hemos pasado|"
        r"traslado|trasladamos|he trasladado|hemos trasladado|remito|remitimos|he remitido|derivo|derivamos)" + g(3) + r"(?:a|al)\b|"
        r"(?:lo |la )?(?:reviso|revisamos|revisare|revisaremos|miro|miramos|mirare|miraremos|consulto|consultamos|consultare|"
        r"consultaremos|compruebo|comprobamos|comprobare|comprobaremos|verifico|verificamos|verificare|verificaremos|"
        r"estudiamos|estudiaremos|analizamos|analizaremos)\b|(?:le|les|te|os) (?:digo|decimos|dire|diremos) algo|"
        r"(?:vuelvo|volvemos|volvere|volveremos) a (?:contactar|escribir)(?:le|les|te)?|(?:le|les|te|os) (?:contesto|contestamos|"
        r"contestare|contestaremos|respondo|respondemos|respondere|responderemos|mantengo|mantenemos|mantendre|mantendremos) "
        r"(?:informad[oa]s?|lo antes|en breve|cuanto antes|pronto|en cuanto)",
    ),
    "vague_time": (
        r"\bpronto\b|en breve|proximamente|cuanto antes|lo antes posible|lo mas pronto posible|a la mayor brevedad|"
        r"lo mas rapido posible|en (?:los |unos )?(?:proximos|pocos|cuantos) (?:dias|semanas)|en unos dias|en (?:unas|pocas) semanas|"
        r"(?:la semana|el mes|el ano) (?:que viene|proxim[oa]|siguiente)|(?:la |el )?proxim[oa] (?:semana|mes|ano)|"
        r"(?:a |en )?(?:principios|inicios|comienzos|mediados|primeros|primeras|lo largo) (?:de|del) (?:la |el )?"
        r"(?:semana|mes|ano|proxim[oa]|mes que viene|semana que viene|" + _MONTH + r")|"
        r"(?:esta|este) (?:semana|mes)|dentro de poco|un dia de estos|cuando (?:podamos|cobremos|tengamos|recibamos|nos paguen|"
        r"sea posible|dispongamos|entre el dinero|se pueda)|en cuanto (?:podamos|cobremos|tengamos|recibamos|nos paguen|sea posible|"
        r"dispongamos|entre el dinero|se pueda)|tan pronto como|mas adelante|mas tarde",
    ),
    "partial": (
        r"(?:la |una )?mitad|una parte|parte del (?:importe|pago|total|saldo|dinero)|parcial(?:es|mente)?|"
        r"pago parcial|(?:un|el|nuestro) (?:anticipo|adelanto)|a cuenta|entrega a cuenta|(?:un|el) primer (?:pago|plazo|abono|ingreso)|"
        r"(?:una|la) primera (?:parte|cuota|entrega|transferencia)|\d+ ?%|\d+ por ?ciento|(?:un|el) tercio|(?:un|el) cuarto",
    ),
    "full": (
        r"(?:la )?totalidad|(?:el|la) (?:importe|cantidad|suma|deuda) (?:total|completa|integra|pendiente)|el total|"
        r"integramente|(?:en su|por) (?:totalidad|completo)|el saldo(?! restante)|todo (?:el importe|lo pendiente|lo que|el saldo)|"
        r"todas las facturas|la factura (?:entera|completa)",
    ),
    "not_before": (
        r"no (?:\S+ ){0,3}?(?:antes de|antes del|hasta)|como (?:muy )?pronto|no antes",
    ),
    "injection": (
        r"(?:nota|mensaje|instruccion|instrucciones|aviso) (?:para|al|a la|a) (?:el |la )?(?:asistente|ia|sistema|bot|modelo|agente)\b[^\n]*|(?:^|\n)\s*(?:sistema|asistente|ia)\s*:[^\n]*",
        r"(?:ignora|ignore|ignoren|ignorar|olvida|olvide|olviden|olvidar|omite|omita|descarta|descarte)" + g(3)
        + r"(?:todas|todos|las|tus|sus|anteriores?|previas?|precedentes?|de)" + g(1)
        + r"(?:instrucciones|indicaciones|reglas|normas|ordenes|directrices|prompts?)[^\n.!?]*|"
        r"(?:nuevas?) (?:instrucciones|indicaciones|ordenes)\s*:[^\n.!?]*|"
        r"\b(?:marca|marque|marquen|marcar|registra|registre|registren|registrar|pon|ponga|pongan|poner|deja|deje|dejen|dejar|"
        r"cambia|cambie|cambien|cambiar)\b" + g(4) + r"(?:como|en estado) (?:pagad[oa]s?|abonad[oa]s?|liquidad[oa]s?|saldad[oa]s?|"
        r"cerrad[oa]s?|resuelt[oa]s?|cancelad[oa]s?|anulad[oa]s?|cobrad[oa]s?)|"
        r"(?:cierra|cierre|cierren|cerrar|borra|borre|borren|borrar|elimina|elimine|eliminen|eliminar|archiva|archive|archivar)"
        + g(2) + r"(?:el |la |este |esta |mi |nuestro |nuestra )?(?:expediente|cuenta|caso|ticket|deuda|reclamacion|historial|"
        r"ficha|recordatorios?|registro)\b|(?:ahora )?(?:eres|es usted|sois) (?:ahora )?(?:un|una|el|la) (?:ia|asistente|modelo|"
        r"robot|bot|agente)\b|(?:deten|detenga|detengan|para|pare|paren|suspende|suspenda|suspendan|desactiva|desactive|desactiven) "
        r"(?:todos |todas |inmediatamente |ya )*(?:los |las )?(?:recordatorios|reclamaciones|avisos de cobro|procesos? de cobro)",
    ),
}

VOCAB = """
factura facturas facturado facturada pagaremos abonaremos realizaremos efectuaremos haremos
transferencia transferencias transferido transferida importe importes justificante comprobante
mercancia mercancias defectuoso defectuosa defectuosos defectuosas danado danada danados danadas
entrega incompleta incompleto incorrecto incorrecta erronea erroneo rectificativa reclamacion
liquidez tesoreria dificultades fraccionar aplazamiento aplazar prorroga plazos cuotas
mensualidades llamarme llameme llamenme telefono telefonico telefonica direccion vacaciones
oficina ausencia ausente automatica automatico urgencia companera companero extracto duplicado
bancarios bancaria pedido pedidos albaran pagado pagada abonado abonada realizada realizado
efectuada efectuado recibido recibida recibimos hemos enviado enviada programado programada
previsto prevista viernes miercoles jueves sabado domingo noviembre diciembre septiembre
octubre febrero manana semana proximo proxima finales principios mediados
"""
# every word of the cues above, so that the typo corrector never rewrites one of them
KNOWN = """
abandonado abierta abiertas abonado abonamos abonando abonar abonara abonare abonariamos
abonarle abonarles abonarlo abonasemos abone abonen abril abrir absolutamente absoluto acceso
aceptable aceptado aceptamos aclaracion aclarar aclararlo aclararme aclararnos acordado acosar
actual actualice actualicen actualiza actualizar actualmente acudio acuerdo acuse adelante
adelanto adeudadas adeudamos adeudo adicional adjunta adjuntamos adjuntas adjunto agendad agente
agosto agradecere agradeceremos agradeceria agradeceriamos aguarden ahora alargar albaran
alcanza alcanzar alguien algun algunas algunos amortizacion ampliacion ampliar amplio analizamos
analizaremos anexamos anexo anotado anteayer antes anticipo anual anulado aparecera aparecio
aplacen aplazamiento aplazar aplazarla aplazarlo aprobacion aprobado archiva archivar archive
archivo arranca articulo articulos asistencia asistente asumido asumir asuntos atender atendera
atendere atenderemos ausencia ausente automaticamente automatico autorizacion autorizado
autorizamos avisos bancaria bancarias bancario bancarios banco bizum bonificacion borra borrar
borre borren breve brevedad buena bultos buzon calculado calculo calendario calidad cambia
cambiado cambiar cambiara cambie cambien cambio camino cancelado cancelar cancelaremos cantidad
cantidades capacidad captura cargado cargara cargo cargos casos categoricamente causado celebro
centimo cerrar charla cheque ciclo cierra cierre cierren cinco claro cliente clientes cobrado
cobrar cobremos cobro coincide coinciden colega colegas color comentar comentarlo comienzos
compania competente completa completen completo complicada compra comprension comprobamos
comprobante comprobare comprobaremos comprometemos comprometo compruebo comunicaciones concedan
concederme concedernos concepto conceptos conciliacion conciliar condiciones conexion
confirmacion confirmadme confirmar confirmarnos confirme confirmen confirmenme conocemos consta
constan constancia consulta consultamos consultare consultaremos consultas consulto contable
contactable contactar contacte contacten contacto contamos contestacion contestamos contestar
contestare contestaremos conteste contesten contesto contratado contratamos contrato
controversia conversacion conversar coordenadas copia copias correctamente corregida correo
correos corresponde corresponden correspondencia correspondiente corriente corrijan corrupto
credito crisis cuadra cuadran cuadrar cuadre cuadro cuales cualquier cuando cuantas cuantia
cuanto cuantos cuarto cuatro cubrir cuenta cuentas cuestionamos cuestiones cuota cuotas cursado
cursamos cursar cursara cursaremos curso daremos daria darme darnos datos debemos deberia
deberiamos decimos definitiva definitivamente dejado dejar dejarme dejarnos dejen delicada demas
demasiado demorar dentro departamento deposito derivamos derivo desactiva desactive desactiven
descargar descarta descarte descuento desde desea desean desee deseen desglosar desglose despues
destinatario detallar detalle detalles deten detenga detengan deuda deudas deudor devolucion
devolvais devolvi devolvimos devuelto devuelva devuelvan dicha dicho diciembre diferencia
diferente diferir dificil digame diganme digannos diganos dinero direccion direcciones directa
directo directrices diremos dirigida dirigir dirigirse dirijan dirijanse dirijase discrepamos
discrepancia discrepancias discutir disfrutando disponemos dispongamos dispongo disponible
disposicion dispuesta dispuestas dispuesto dispuestos disputa disputamos distinto distintos
dividir dividirla dividirlo doble documentacion documento documentos domiciliacion domingo donde
dudeis duden dudes duplicado duplicados durante economica efectivo efecto efectuado efectuamos
efectuar efectuara efectuare efectuaremos efectuo ejecutado ejecutara ejecuto electronico
elimina eliminar elimine eliminen email emails emitan emitida emitido emitimos emitio emitir
emitira emitire emitiremos empresa encarga encargado encargamos encargara encargare encargaremos
encargo enciende encontramos encontrandome encontrara encontraran encontrareis encuentro enero
enlace entendido entera entrara entre entregado entregar entregaron entregas entrego entreguen
enviada enviado enviamos enviar enviara enviare enviaremos enviarme enviarnos enviaron envie
envien envienme enviennos envienos envio equipo equivocacion error errores escalonado escalonar
escaneo escasez escriba escriban escribe escribir espera esperamos esperando esperar espere
esperen espero estaba estado estamos estan estar estara estaran estare estaremos estaria
estarian estas estival estos estoy estudiamos estudiaremos estupendo existe expediente
explicacion explicar explicarme explicarnos extender extension extra extractos extraviado
fabrica facilitamos facilitar facilitarme facilitarnos facilite faciliten facilitenme
facilitennos facilito factible facturacion facturado fallo falta faltan faltaron favor febrero
fecha feria festivo ficha fichero final finales financiacion financiera firma firmado firmamos
fiscal fondos forma formacion formas formato formo fraccionada fraccionado fraccionamiento
fraccionar fraccionarla fraccionarlo fraccionemos frente fuera fueron funcionar funciones futuro
garantia generado generales genial gestiona gestionando gestionara gestionare gestionaremos
gestiono gestor gracia gracias gustaria habeis habia habiamos habiles hablar hablarlo hable
hablen habria hacemos hacer hacernos hagan haganme hagannos haremos hasta hecho hemos hicimos
historial horas hubiera hubiese identificacion ignora ignorar ignore ignoren ilegible impagadas
importa importaria imposibilidad imposible impugnamos impugnar impugno incapaces incapaz
incidencia incluia incluye indebido indicaciones indiquenme indiquennos inferior informacion
informe ingresamos ingresar ingresara ingresare ingresaremos ingrese ingreso inicios
inmediatamente inmediato insistir instalacion instalador instrucciones insuficiencia
insuficiente insuficientes integra integramente integridad intencion intentare intentaremos
intereses interlocutor interna intervencion jamas jubilado jueves julio junio juridico
justificacion justificante justificar laborables lanzado lanzaremos largo legible limpieza linea
liquidacion liquidad liquidamos liquidar liquidara liquidare liquidaremos liquidarlo liquido
lista listado litigio llamada llamadme llamadnos llamais llamame llamando llamanos llamar
llamara llamaran llamase llamasen llame llameis llameme llamen llamenme llamennos llamenos
llegado llegamos llegar llegara llegaran llegaron llego lleva llevar llevara llevo localizable
localizamos localizo luego lugar lunes manana mandad mandado mandamos mandar mandare mandaremos
mandarme mandarnos mandaron mande manden mandenme mandennos mando manera mantendre mantendremos
mantenemos mantengo mantenimiento maquina maquinaria marca marcar marchado margen marque marquen
martes marzo material maternidad mayor mediados mediante medica menor mensaje mensuales
mensualidades mensualmente meses mientras miercoles miramos mirare miraremos mismo modelo
modifiquen molestar momentaneamente momento momentos montaje moratoria motivo movil movimientos
muchas necesario necesita necesitamos necesitan necesitar necesitaria necesitariamos necesitas
necesite necesito negamos negarnos niega niego ningun ninguna noreply normas nosotros
notificaciones noviembre nuestra nuestras nuestro nuestros nueva nuevas nuevo nuevos numero
numeros nunca obligados octubre ocupa ocupo oferta ofertado office oficina oficinas olvida
olvidar olvide olviden omita omite online opciones operario orden ordenado ordenamos ordenar
ordenara ordenare ordenaremos ordenes ordeno organizacion original originales otorgarnos
paciencia pactado pagado pagamos pagando pagar pagara pagaramos pagaran pagare pagaria
pagariamos pagarla pagarle pagarles pagarlo pagasemos pague paguen pantallazo papel parcial
parciales parece pareceria paren parte partes partidas partir pasada pasado pasamos pasarela
paternidad paypal pedido pedidos pedimos penalizacion pendiente pendientes pensado pensamos
pequenas pequenos perdido perfecto periodicos periodo permanecera permaneceran permiso persona
personalmente personas pertenece pertenezco pesima peticion pienso plazo plazos pocas pocos
podamos podeis podemos poder podido podre podremos podria podriais podriamos podrian podrias
pondre pondremos poner ponernos ponga pongan porfa porque posibilidad posible posicion posponer
posponerlo pospongan postergar posterior precio precios precisa precisan pregunta preparando
presente presento prestacion presupuestado presupuesto prevemos preveo previsto primer
primera primeras primeros principios problema proceder procedere procederemos procedido
procesado procesamiento procesando procesara proceso producto productos produjo programar
programare programaremos prolongar pronto proponemos proponer prorratear prorroga prorrogar
prorrogarlo prorroguen proveedor proxima proximamente proximas proximo proximos proyecto prueba
pudiera pudieramos pudimos pueda puede pueden puedes puedo puesto puntear punteo queda quedado
quedamos quedan quedara quedaran quedo queja quejas queremos querria querriamos quiera quieran
quiere quieren quiero quincena quisiera quisieramos racha rapido rappel razon realizado
realizamos realizar realizara realizare realizaremos realizo rebaja recargo recepcion rechazamos
rechazar rechazo recibamos recibi recibido recibimos recibir recibira recibiran recibiras
recibirla recibirlo recibo recibos reclamaciones reclamado reclamamos reclamar reclamo
reconocemos reconozco recordatorios rectificacion rectifiquen recursos reembolso reemplazo
reenviado reenviamos reenviar reenviarme reenviarnos reenvie reenvien reenvienme reenviennos
reenvio referencia refiere refieren reflejara reflejarse registra registrar registre registren
registro reglas regresare regrese regreso reincorporacion reincorporamos reincorporare
reincorporo relacion remesa remita remitan remitanme remitannos remitido remitimos remitir
remitirme remitirnos remito reparacion reparen repartidor repartir repartirlo repongan
rescindido resguardo respiro responda respondan respondemos responder respondere responderemos
respondo responsabilidad responsable respuesta restante resto resuelvan resumen retomo retornado
retrasar reunion reuniones revisa revisamos revisare revisaremos revision reviso robot rogamos
rojos ronda rotundamente ruego sabado saldad saldamos saldar saldara saldare saldaremos saldarlo
saldo saldra saldran salido salieron salio salir satisfacer segunda segundo semana semanalmente
semanas septiembre seran seria servicio servicios setiembre siete siguiente sirve sirven sistema
situacion sobre sobrecoste sobreprecio social sociedad solicitado solicitamos solicito solicitud
solucionen somos sucesivo sucesor sucesora suele suelen suficiente suficientes suministro
suplementario surge surgiera suscripcion suspenda suspendan suspende sustituyan tajantemente
talla talon tampoco tanda tanto tarda tardan tardar tardara tarde tareas tarifa tarifas tarjeta
tecnico telefonee telefoneeme telefoneen telefoneenme telefonica telefonicamente telefono temas
temporalmente tendra tendran tendras teneis tenemos tenerla tenerlo tengamos tengan tengo
tercero tercio ticket tiempo tiene tienen tienes todas todavia todos tomado tomamos total
totalidad trabaja trabajamos trabajo trabajos tramitacion tramitado tramitando tramitar
tramitara tramitare tramitaremos tramite tramito tramos transferi transferimos transferir
transferira transferire transferiremos transfiero transfirio transportista trasladado
trasladamos traslado traspapelado trata tratar tratare trataremos tratarlo traves tribunales
trimestre unidades urgencia urgente usted ustedes utilicen utiliza utilizar vacaciones vacio
validacion vamos varias varios veces vemos vencidas vencimiento vencimientos vendria venia
venido venta veran veremos verificamos verificare verificaremos verifico verla verlo vernos
viable viaje viene viernes vinieron visita visto volvemos volver volvere volveremos vuelta
vuelva vuelvan vuelvo vuestra vuestro vuestros
"""
# the inflected forms the cues above accept
KNOWN += """
abogadas abonarla abonarlas abonarlos abonos actualizada actualizadas actualizados albaranes
anteriore asesores ausentes calculada calculadas calculados cheques companeras competentes
conceder conformes contactarme contactarnos descontenta descontentas descontento descontentos
destinatarios detallada detallado devolviese devolvieses dificultade disconforme disconformes
embargada embargadas envios errone errones escalonados esperarme esperarnos esporadica
esporadico faltaban faltante faltantes fraccionados impago impagos incompletas informada
informadas informados ingresarle ingresarles insatisfecha insatisfechas insatisfecho
insatisfechos inservible inservibles interbancaria interbancarias interbancario interbancarios
inutilizable inutilizables liquidarla liquidarlas liquidarlos llamarnos materiale mensuale
mercaderias monitorizada monitorizado ocultos operativa pagarlas pagarlos palets prompt prompts
recordatorio restringida restringido retrasos saldarla saldarlas saldarlos saldos suministros
supervisada supervisado sustituida sustituido telefonear telefonearme telefonearnos transferirle
transferirles urgentes valida valido vicios
"""
# ordinary words of replies (closings, participles, names) one typo away from a cue word of some
# language: known, so never "corrected"
KNOWN += """
abierta abiertas abierto abiertos abogada abogado abonada abonadas abonado abonados abusiva
abusivas abusivo abusivos acabada acabadas acabado acabados aceptada aceptadas aceptado
aceptados acordada acordadas acordado acordados adecuada adecuadas adecuado adecuados adios
administracion administrativa administrativo adrian agendada agendadas agendado agendados
agradecida agradecido aguilar albaran alberto alejandro alfonso alicia almacen alonso alvarez
alvaro andrea andres angel anonima antonio anulada anuladas anulado anulados aplastada
aplastadas aplastado aplastados aplicada aplicadas aplicado aplicados aprobada aprobadas
aprobado aprobados arias asesor asesora asesoria atendida atendidas atendido atendidos atenta
atentamente atento autorizada autorizadas autorizado autorizados averiada averiadas averiado
averiados beatriz benitez blanco bravo buenas buenos caballero cabrera calendarizada
calendarizadas calendarizado calendarizados calvo campos cancelada canceladas cancelado
cancelados cano cargada cargadas cargado cargados carlos carmen carmona carrasco castillo castro
cliente clientes cobrada cobradas cobrado cobrados completada completadas completado completados
compras considerada consideradas considerado considerados consulta contabilidad contable
contratada contratadas contratado contratados cordial cordiales cordialmente correcta correctas
correcto correctos cortes creada creadas creado creados crespo cristina cruz cualquier cursada
cursadas cursado cursados danada danadas danado danados daniel david debitada debitadas debitado
debitados deducida deducidas deducido deducidos defectuosa defectuosas defectuoso defectuosos
delgado departamento descontada descontadas descontado descontados deteriorada deterioradas
deteriorado deteriorados devuelta devueltas devuelto devueltos diaz diego diez dijimos director
directora disposicion dispuesta dispuestas dispuesto dispuestos distinta distintas distinto
distintos dolores domiciliada domiciliadas domiciliado domiciliados dominguez duran eduardo
efectuada efectuadas efectuado efectuados ejecutada ejecutadas ejecutado ejecutados elena emilio
emitida emitidas emitido emitidos empresa encargada encargadas encargado encargados enrique
entregada entregadas entregado entregados enviada enviadas enviado enviados equivocada
equivocadas equivocado equivocados esteban estimada estimadas estimado estimados estropeada
estropeadas estropeado estropeados estuvimos excesiva excesivas excesivo excesivos fernandez
fernando ferrer fijada fijadas fijado fijados finalizada finalizadas finalizado finalizados
financiera financiero firmada firmadas firmado firmados flores francisco fuentes fuimos gallardo
gallego garcia garrido gerente gestion gestoria gil gimenez gloria golpeada golpeadas golpeado
golpeados gomez gonzalez gonzalo gracias guerrero guillermo gutierrez hecha hechas hecho hechos
hernandez herrera herrero hicimos hidalgo hola ibanez identificada identificadas identificado
identificados iglesias ignacio incluida incluidas incluido incluidos incorrecta incorrectas
incorrecto incorrectos indicada indicadas indicado indicados inflada infladas inflado inflados
ingresada ingresadas ingresado ingresados inmaculada irene isabel jaime javier jimenez joaquin
jorge jose juan jubilada jubiladas jubilado jubilados laura leon limitada liquidada liquidadas
liquidado liquidados llegada llegadas llegado llegados logistica lopez lorenzo lozano lucia luis
mandada mandadas mandado mandados manuel marcos maria marin marquez marta martin martinez medina
mendez miguel molina monica montero montserrat mora morales moreno moya muchas munoz natalia
navarro nieto noches nunez nuria ofertada ofertadas ofertado ofertados oficina oficinas ordenada
ordenadas ordenado ordenados ortega ortiz pablo pactada pactadas pactado pactados pagada pagadas
pagado pagados parra pascual pastor patricia paula pedida pedidas pedido pedidos pedro pena
perez pilar planificada planificadas planificado planificados prestada prestadas prestado
prestados presupuestada presupuestadas presupuestado presupuestados prevista previstas previsto
previstos prieto procesada procesadas procesado procesados programada programadas programado
programados proveedor proveedores pusieron pusimos quedamos quedo quisimos rafael ramirez ramon
ramos raquel raul realizada realizadas realizado realizados recibida recibidas recibido
recibidos reemplazada reemplazadas reemplazado reemplazados reflejada reflejadas reflejado
reflejados registrada registradas registrado registrados remitida remitidas remitido remitidos
rescindida rescindidas rescindido rescindidos restada restadas restado restados resuelta
resueltas resuelto resueltos reyes ricardo roberto rocio rodriguez rojas roman romero rosa rota
rotas roto rotos rubio ruiz saez saldada saldadas saldado saldados saludo saludos salvador
sanchez santana santiago santos sanz sara satisfecha satisfechas satisfecho satisfechos senor
senora senores sergio serrano servida servidas servido servidos silvia sociedad soler solicitada
solicitadas solicitado solicitados solucionada solucionadas solucionado solucionados sonia soto
suarez supimos susana sustituta sustitutas sustituto sustitutos tardes tenida tenidas tenido
tenidos teresa terminada terminadas terminado terminados tesorera tesorero torres trajimos
tramitada tramitadas tramitado tramitados transferida transferidas transferido transferidos
transporte transportista tuvimos vargas vazquez vega velasco ventas vicente victor vidal vinimos
xavier yolanda
"""
# frequent Spanish words of six letters or more (ranked with the wordfreq package's lists), so
# that ordinary words are never "corrected" into a cue word of another language
KNOWN += """
abandona abandonando abandonar abandono abarca abiertamente abogados abonada abonadas abonado
abonados abordar aborto abraham abrazo abriendo absoluta absurdo abuela abuelo abuelos abundante
aburrido abusos acababa acabamos acaban acabando acabar acabara academia academica academico
academicos acceder accesible accidente accidentes accion acciones aceite acento acepta
aceptacion aceptan aceptando aceptar acepte acepto acerca acercarse acertada acertado acogida
acompana acompanada acompanado acompanar acontecimiento acontecimientos acordaba acordar acorde
acordo acostumbrado actitud actitudes activa activamente actividad actividades activistas activo
activos actores actriz actuacion actuaciones actuales actualidad actualizacion actualizado
actuan actuando actuar acudir acuerda acuerdos acusacion acusaciones acusado acusar adaptacion
adelantado ademas adentro adicionales administrador administrar administrativas administrativos
admiracion admite admitir adolescente adolescentes adolfo adopcion adoptado adoptar adquirido
adquirir adquisicion aduana adulto adultos advertencia advierte advirtio aeropuerto afecta
afectada afectadas afectado afectados afectan afectar afecto afganistan aficion aficionados
afiliados afirma afirmacion afirman afirmar afirmo afortunadamente africa afrontar afuera
afueras agarra agarrar agencia agencias agenda agentes agradable agradecer agradecimiento
agradezco agrega agregado agregar agrego agresion agricola agricolas agricultores agricultura
agrupacion aguantar aguante aguirre agujero agustin ahorita ahorrar ahorro ahorros aislado
aislamiento ajuste alarma albert alcalde alcaldes alcaldia alcance alcanzado alcanzo alcazar
alcohol alegato alegra alegre alegria alegro alejado aleman alemana alemanes alemania alerta
alexander alfaro alfredo algodon alguna alguno aliado aliados alianza alicante aliento
alimentacion alimentar alimentaria alimento alimentos alivio allende almacenamiento almirante
almuerzo alojamiento alquiler alrededor alrededores altamente alternativa alternativas altura
alturas alumna alumnas alumno alumnos amable amanecer amante amantes amarilla amarillo amazon
ambiental ambientales ambiente ambito ambitos amenaza amenazas america american americana
americano americanos americas amigas amigos amistad amores amparo amplia ampliamente anaden
anadido anadio anadir analisis analiza analizar anciano ancianos andaba andado andalucia andrew
android angeles angulo anillo anillos animacion animal animales aniversario anoche anomalias
anonimo ansiedad antecedentes anterior anteriores anteriormente antigua antiguas antiguedad
antiguo antiguos antonia anuales anuncia anunciado anunciar anuncio anuncios aparato aparatos
aparece aparecen aparecer aparecido aparecieron aparente aparentemente aparezca aparicion
apariencia apartado apartamento aparte aparto apellido apenas apertura aplacar aplica aplicacion
aplicaciones aplicando aplicar aplicara aporta aportar aporte aportes aporto apoyado apoyan
apoyando apoyar apreciar aprecio aprende aprender aprendi aprendido aprendiendo aprendizaje
apreto aprobar aprobo apropiado aprovecha aprovechando aprovechar aproximadamente aprueba
apuesta apuestas apunta aquella aquellas aquello aquellos arabes arabia aragon arboles archivos
argentina argentinas argentino argentinos argumento argumentos armada armadas armado armados
armando armonia arquitecto arquitectura arrancar arranque arreglar arreglo arrestado arresto
arriba arribo arroyo arthur artificial artificiales artilleria artista artistas artistica
artistico arturo arzobispo asalto asamblea ascenso asegura asegurado asegurar asegurarse aseguro
asesinado asesinados asesinato asesinatos asesino asesinos asiatico asiente asiento asientos
asignacion asimismo asistentes asistir asociacion asociaciones asociado asociados aspecto
aspectos asturias asuncion asunto atacado atacar ataque ataques atencion atendiendo ateneo
atentado atlantico atleta atletas atletico atmosfera atraccion atractivo atraer audiencia
augusto aumenta aumentado aumentan aumentando aumentar aumente aumento aunque australia austria
autentica autentico autobus autobuses automovil autonoma autonomia autopista autora autores
autoridad autoridades auxiliar auxilio avance avances avanza avanzada avanzado avanzando avanzar
avenida aventura aventuras averiguar aviones ayudado ayudan ayudando ayudante ayudar ayudara
ayudarte ayudas ayuden ayuntamiento azucar azules bailando bailar bajando balance baloncesto
bancos bandas bandera banderas barata barato baratos barcelona barcos barras barrera barreras
barrio barrios basada basadas basado basados basica basicamente basicas basico basicos bastante
bastantes basura batalla batallas bateria batman bebida bebidas beisbol belgica belgrano bellas
belleza bendicion beneficiar beneficio beneficios benito berlin bernardo besote bestia biblia
bibliografia biblioteca bibliotecas bicicleta bienes bienestar bienvenida bienvenido bienvenidos
bilbao billete billetes biografia biologia blanca blancas blancos blando bloque bloqueada
bloqueadas bloqueado bloqueados bloquear bloqueo bloques bogota boletin bolivar bolivia bolsas
bolsillo bolsillos boludo bombas bomberos bonita bonitas bonito borracho bosque bosques boston
botella botellas brasil brasilena brasileno brazos brecha bretana brigada brillante brillantes
brillo brinda brindar britanica britanico britanicos bromas bronca bronce bruselas brutal buques
burgos buscaba buscado buscamos buscan buscando buscar buscas busque busqueda bustos caballeria
caballeros caballo caballos cabello cabeza cabezas cabida cabildo cabina cables cabron cadaver
cadaveres cadena cadenas cagada cagado cagando caiste calcular calculos calderon caliente
calientes calificacion california calles camara camaras cambian cambiando cambiante cambiaron
cambiarte cambiaste cambios camila camina caminando caminar caminos camion camiones camioneta
camisa camiseta camisetas campamento campana campanas campeon campeonato campeones campesinos
campus canada canadiense canales canarias cancer cancha canciller cancion canciones candidata
candidato candidatos candidatura cansada cansado cantando cantante cantar capaces capacidades
capacitacion capilla capital capitales capitalismo capitalista capitan capitulo capitulos
caracas caracter caracteres caracteristica caracteristicas caracteriza carajo carbon carbono
carcel cardenal carece cargando cargar cargas caribe caridad carino carnaval carolina carrera
carreras carretera carreteras carrio carros cartagena cartas cartel carteles cartera casada
casado casarse casero casilla casino castellano castigo castilla casualidad catalan catalana
catalanes catalina catalogo cataluna catalunya catedra catedral categoria categorias catolica
catolico catolicos catorce causando causar causas cavidad cayendo cayeron cebolla celebra
celebracion celebrado celebran celebrando celebrar celebre celular celulares celulas cementerio
cemento cenizas censura centavos centenario center centimetros centra central centrales centro
centros cercana cercanas cercano cercanos cerebral cerebro ceremonia cerrada cerradas cerrado
cerrados certeza certificado certificados cervantes cerveza chance charco charlas charles
charlie charro chavez chiapas chicago chicas chicos chihuahua chilena chileno chilenos chinos
chiste chistes chocolate choque christian cielos ciencia ciencias cientifica cientificas
cientifico cientificos ciento cientos cierran cierta ciertamente ciertas cierto ciertos cifras
cincuenta cintura cinturon circuito circulacion circular circulo circulos circunstancias cirugia
citado ciudad ciudadana ciudadania ciudadano ciudadanos ciudades civiles civilizacion claramente
claras claridad clarke claros clases clasica clasico clasicos clasificacion claudia claves
clemente climatico clinica clinton clubes coalicion cobarde cobertura cobrada cobradas cobrado
cobrados cobrando coches cocina cocinar codigo codigos coincidencia cojones colabora
colaboracion colaboradores colaborar colaboro coleccion colectiva colectivo colectivos colegio
colegios colera colina coloca colocado colocar colombia colombiana colombiano colombianos
colonia colonial colonias colorado colores columna columnas comandante comando comarca combate
combatir combinacion combustible comedia comedor comenta comentario comentarios comente comento
comenzado comenzamos comenzando comenzar comenzaron comenzo comercial comerciales comerciantes
comercio comerte cometer cometes cometido comida comidas comido comiendo comienza comienzan
comienzo comisaria comisario comision comisionado comisiones comite comites comoda comodidad
comodo companera companero companeros companias compara comparacion comparado comparar comparte
comparten compartido compartiendo compartimos compartir comparto compensacion competencia
competencias competicion competir compleja complejidad complejo complejos completamente
completar complicado compone componente componentes comportamiento composicion comprado
comprando comprar compre comprende comprender compres compresion compro comprobar comprometido
compromiso compromisos compuesta compuesto computadora computadoras comunes comunicacion
comunicado comunicar comunicarse comunidad comunidades comunique comunismo comunista comunistas
conacyt concedo concejal concejo concentracion concepcion concesion concha conciencia concierto
conciertos concluir conclusion conclusiones concluye concluyo concreta concretamente concretas
concreto concretos concurso condado condena condenado condenados condes condicion conduccion
conduce conducir conducta conductor conductores conecta conectado conectar conexiones
confederacion conferencia conferencias confesion confia confianza confiar confiere configuracion
confirma confirmado confirman confirmo conflicto conflictos conforma conformacion conforman
conformar conforme conformidad conformo confusion congreso conjunta conjunto conmigo conoce
conocen conocer conoces conoci conocia conocida conocidas conocido conocidos conociendo
conocimiento conocimientos conocimos conocio conozca conozco conquista conquistar consciente
conscientes consecuencia consecuencias conseguido conseguidos conseguir consejero consejo
consejos consenso consentimiento conserva conservacion conservador conservadores conservar
considera consideraba considerable considerablemente consideracion consideramos consideran
considerando considerar considerarse considere considero consigna consigo consigue consiguen
consiguiente consiguio consiste conspiracion constante constantemente constantes constatar
constitucion constitucional constitucionales constituye constituyen constituyente construccion
construcciones construida construido construir construye construyendo consuelo consulado
consultar consumidor consumidores consumir consumo contaba contactos contado contador contados
contame contaminacion contando contar contarle contarte contaste contemporanea contemporaneo
contener contenido contenidos contenta contento contentos contesta contestaba contestado
contestan contestarte contexto contiene contienen contigo continental continente continua
continuacion continuamente continuan continuar continuidad continuo contra contrae contrajo
contraria contrario contrasena contraste contratacion contratar contratos contribucion
contribuciones contribuir contribuye control controla controlado controlar controles convencer
convencido convencion convencional conveniente convenio convento conversaciones conversion
convertido convertir convertirse conviene convierte convierten convirtieron convirtio
convivencia convocatoria cooperacion coordinacion coordinador coraje corazon corazones cordero
cordoba corona coronel corporacion corporaciones corporal correa correccion corredor corregir
corren correr corres correspondientes corriendo corrientes corrio corrupcion corruptos cortada
cortadas cortado cortar cortas cortesia cortos cosecha cosita costado costas costes costos
costumbre costumbres cotidiana creacion creador creadores creamos creando crearon creatividad
crecen crecer crecido creciendo creciente crecimiento crecio credibilidad creditos creemos
creencia creencias creido creiste creyendo criada criado criados criatura criaturas crimen
crimenes criminal criminales cristal cristiana cristianismo cristiano cristianos cristo
cristobal criterio criterios critica criticar criticas critico criticos croacia cronica cronicas
cruzar cuadrado cuadrados cuadros cualidades cualquiera cuanta cuarenta cuarta cuartel cuartos
cubana cubanas cubano cubanos cubierta cubiertas cubierto cuchillo cuello cuenca cuencas cuentan
cuente cuentes cuento cuentos cuerda cuerdas cuerpo cuerpos cuesta cuestion cuidado cuidados
cuidar culpable culpables cultivo cultivos cultura cultural culturales culturas cumbre cumpla
cumple cumpleanos cumplen cumplido cumpliendo cumplimiento cumplio cumplir cunada cupula
curiosidad curioso cursos custodia damnificados danando dandole darles debajo debate debates
debbie debera deberan deberes deberian deberias debian debido debiera debiles debilidad debuto
decada decadas decaer decenas decente decepcion deciamos decian decide deciden decidi decidido
decidieron decidimos decidio decidir decirle decirles decirlo decirme decirte decision
decisiones declara declaracion declaraciones declarado declarar declaro decoracion decreto
dedica dedicada dedicado dedicados dedican dedico defecto defectos defender defendiendo defensa
defensor defensores deficit defiende defienden define definicion definido definir definitivo
dejaba dejalo dejame dejamos dejando dejara dejarle dejarlo dejarlos dejaron dejarse dejarte
dejaste dejemos delante delantero delegacion delegado delicioso delincuencia delincuente
delincuentes delito delitos demanda demandar demandas demasiada demasiadas demasiados democracia
democrata democratica democratico demonio demonios demostracion demostrado demostrar demostro
demuestra demuestran denominacion denominada denominado densidad dental denuncia denunciar
denuncias denuncio departamentos depende dependen dependencia dependiendo dependiente deporte
deportes deportistas deportiva deportivas deportivo deportivos depositos depresion derecha
derecho derechos deriva derivados derrota desacuerdo desafio desafios desafortunadamente
desagradable desaparece desaparecer desaparecido desaparecidos desaparecio desaparicion desarme
desarrolla desarrollada desarrollado desarrollados desarrollan desarrollando desarrollar
desarrollo desastre desayuno descansa descansar descanso descarga descartar descendientes
descenso desconocida desconocido desconocidos describe describio describir descripcion descrita
descrito descubierto descubre descubrimiento descubrio descubrir deseando desear deseas
desempeno desempleo deseos desesperacion desfile desgracia desgraciadamente desierta desierto
designacion designado desigualdad desnuda desnudo desorden despacho despedida despertar despido
despierta despierto desplazamiento desprecio destaca destacado destacados destacan destacar
destaco destinada destinado destinados destino destinos destruccion destruido destruir detectar
detective detencion detener detenido detenidos deterioro determina determinacion determinada
determinadas determinado determinados determinar detiene detras detuvo devolver devoto diablo
diagnostico dialogo diametro diaria diariamente diarias diario diarios dibujo dibujos
diccionario dichas dichos diciendo dictador dictadura dientes dieron diferencias diferentes
dificiles dificultad difiere difundir difusion digamos digital digitales dignidad dignos dijera
dijeron dijese dijiste dimension dimensiones dinamarca dinamica dioses diplomatico diputacion
diputado diputados directamente directiva directores directorio directos dirian dirige dirigente
dirigentes dirigidas dirigido dirigidos dirigio discapacidad disciplina discos discriminacion
disculpa disculpas discurso discursos discusion discusiones discutiendo disenado disenador
diseno disenos disfruta disfrutado disfrutar disminucion disminuir disney disparar disparo
disparos dispone disponer disponibilidad disponibles disposiciones dispositivo dispositivos
distancia distancias distincion distinguir distribucion distrito distritos diversas diversidad
diversion diversos divertida divertido divide dividido divierte divina divino division
divisiones divorcio docena docente docentes doctor doctora doctorado doctores doctrina
documental documentales dolares domicilio dominante domingos dominica dominicana dominio
dominios donacion donaciones donald dorado dormido dormir dormitorio dragon drogas duarte duenos
duerme duermen dulces duplicada duplicadas duplicado duplicados duracion durmiendo economia
economicamente economicas economico economicos economista ecuador edades edicion ediciones
edificio edificios editado editar editor editores editorial educacion educado educar educativa
educativas educativo educativos edward efectiva efectivamente efectivos efectos eficacia eficaz
eficiencia eficiente egipto ejecucion ejecutar ejecutiva ejecutivo ejemplar ejemplares ejemplo
ejemplos ejerce ejercer ejercicio ejercicios ejercito elaboracion elaborado elaborar eleccion
elecciones electo electoral electorales electrica electricas electricidad electrico electricos
electronica electronicos elegante elegida elegido elegidos elegir elemento elementos elevada
elevado eligio eliminacion eliminado eliminan elizabeth embajada embajador embarazada embarazo
embargo emergencia emergente emision emisiones emiten emocion emocional emocionante emociones
empate empece emperador empezado empezamos empezando empezar empezaron empezo empiece empieza
empiezan empiezo emplea empleada empleado empleados empleo empleos emprender empresarial
empresario empresarios empresas enamorada enamorado encanta encantado encantan encantaria
encanto encendido encima encomienda encontraba encontraban encontrada encontrado encontrados
encontrar encontraras encontraron encontrarse encontre encontremos encontro encuentra encuentran
encuentras encuentre encuentren encuentros encuesta encuestas enemigo enemigos energetica
energia energias enfasis enferma enfermedad enfermedades enfermo enfermos enfoque enfrenta
enfrentamiento enfrentar enfrentarse enfrente enganar engano enhorabuena enlaces enojado enorme
enormes ensayo ensayos enseguida ensena ensenanza ensenanzas ensenar enseno entendemos entender
entendi entendimiento enterado entere entero enterprise entidad entidades entienda entiende
entienden entiendes entiendo entonces entorno entraba entrada entradas entrado entran entrando
entrar entraron entregando entregara entrena entrenado entrenador entrenados entrenamiento
entrenar entretenimiento entrevista entrevistas entusiasmo enviaba envian enviando envidia
envidio episodio episodios epocas equilibrio equipos equivalente eramos ernesto errante erroneas
erroneos escala escalera escaleras escandalo escanos escapa escapar escape escasa escasos escena
escenario escenarios escenas esclavitud esclavo esclavos escoger escolar escolares esconde
esconder escoria escriben escribi escribiendo escribio escribo escrita escritas escrito escritor
escritora escritores escritorio escritos escritura escucha escuchado escuchan escuchando
escuchar escuchas escuche escucho escudo escuela escuelas esencia esencial esenciales
esencialmente esfera esfuerzo esfuerzos espacial espacio espacios espada espalda espaldas espana
espanol espanola espanolas espanoles especial especiales especialidad especialista especialistas
especializada especializado especialmente especie especies especifica especificamente
especificas especifico especificos espectacular espectaculo espectaculos espectadores espectro
espejo esperaba esperado esperan esperanza esperanzas esperas esperemos esperes espiritu
espiritual espiritus esposa esposo esquema esquina estabamos estaban estabas estabilidad estable
establece establecer establecida establecidas establecido establecidos establecimiento
establecimientos establecio estacion estacionamiento estaciones estadia estadio estadistica
estadisticas estados estadounidense estadounidenses estais estancia estandar estandares estando
estarse estatal estatales estatua estatus estatuto estemos estero estetica estilo estilos estima
estira estomago estrategia estrategias estrecha estrecho estrella estrellas estreno estres
estrictamente estructura estructuras estudia estudiado estudiando estudiante estudiantes
estudiantil estudiar estudio estudios estupida estupidez estupido estuve estuviera estuvieran
estuvieron estuvo etapas eterna eternidad eterno etiqueta etiquetas europa europea europeas
europeo europeos evaluacion evaluar evangelio evento eventos eventualmente evidencia evidencias
evidente evidentemente evitar evolucion exacta exactamente exacto examen examenes excelencia
excelente excelentes excepcion excepcional excepciones excepto exceso exclusion exclusiva
exclusivamente exclusivo excusa excusas exhibicion exigen exigencias exigir exilio exista
existen existencia existente existentes existia existian existir exitos exitosa exitoso
expansion expectativas expedicion experiencia experiencias experimentado experimento
experimentos experto expertos explica explicaciones explicado explican explicarle explico
exploracion explorar explosion explotacion explotar expone exponer exportacion exportaciones
exposicion exposiciones expresa expresado expresar expresidente expresion expresiones expreso
express expuesto expulsion extensa extenso exterior exteriores externa externo externos extiende
extincion extraccion extrana extranas extranjera extranjeras extranjero extranjeros extrano
extranos extraordinaria extraordinario extrema extremadamente extremo extremos fabricacion
fabricas facebook fachada faciles facilidad facilitan facilmente factor factores facturada
facturadas facturado facturados facultad facultades fallan fallas fallecido fallecimiento
fallecio falsas falsos faltaba faltar faltas familia familiar familiares familias famosa famosas
famoso famosos fanaticos fantasia fantasma fantastico farmacia favorable favorita favorito
favoritos fechas federacion federal federales federico felices felicidad felicidades
felicitaciones felipe femenina femenino feminismo feminista feministas fenomeno fenomenos
feretro ferias fermin fernet ferrero ferrocarril festival fiables fianza ficcion fiebre fieles
fiesta fiestas figura figuras filipinas filmado filosofia filosofo filtro finalidad finalizar
finalmente financiamiento financiar financieras financieros finanzas firmando firmar firmas
fiscales fiscalia fisica fisicamente fisicas fisico fisicos florencia florida fomentar fomento
forestal formada formado formal formales forman formando formar formatos formula fortalecer
fortaleza fortin fortuna fotografia fotografias fotografo fracaso fragmentos france frances
francesa franceses francia francis franco franja frankie franquicia frases fraude frecuencia
frecuente frecuentemente frecuentes frenar fresca fresco frontera fronteras frutas frutos fuente
fueran fueras fuerte fuertemente fuertes fuerza fuerzas fuiste funcion funciona funcional
funcionamiento funcionan funcionando funcionario funcionarios funcione funciono fundacion
fundada fundado fundador fundadores fundamental fundamentales fundamentalmente fundamento
fundamentos funeral fusion futbol futbolista futura futuras futuros gabinete gabriel galeria
galicia galletas ganado ganador ganadora ganadores ganamos ganancia ganancias ganando ganaron
garantias garantiza garantizar garganta gasolina gastar gastos gastronomia gender genera
generaba generacion generaciones generada general generalmente generan generando generar
generara genero generos genetica gentil geografia geografica george georgia gerentes gestora
gigante gigantes gimnasia gimnasio ginebra giraba girado global gobernacion gobernador
gobernadores gobernante gobernantes gobernar gobierno gobiernos goleada golpeando golpes google
grabacion grabado grabar gracioso grados grafica grafico graficos granada grande grandes granja
gratis gratuita gratuito gravedad graves grecia gregorio griega griego griegos gritando gritar
gritos grueso grupos guadalajara guadalupe guarda guardar guardia guardias guatemala guayaquil
gubernamental gubernamentales guerra guerras guerreros guiado guinea guitarra gustaba gustado
gustan gustar gustavo gustos guzman habana habemos haberlo habernos haberse habian habias habido
habiendo habilidad habilidades habita habitacion habitaciones habitantes habitos habitual
habituales habitualmente hablaba hablado hablamos hablan hablando hablas hablemos hables habran
habremos habrian haceis hacerla hacerle hacerlo hacerlos hacerme hacerse hacerte hacete haciamos
hacian hacienda haciendo hagamos hallar hambre hamlet hansen harian harina hectareas hector
helado helicoptero heredero herencia herida heridas herido heridos hermana hermanas hermandad
hermano hermanos hermosa hermosas hermoso hermosos heroes herramienta herramientas hiciera
hicieron hiciste hierba hierro higado higiene hinchas hipotesis historia historiador historias
historica historicamente historicas historico historicos hitler hogares holanda hollywood hombre
hombres hombro hombros homenaje homicidio homosexual homosexuales honduras honestamente
honestidad honesto horario horarios horizonte horrible horror hospital hospitales hoteles
hubieran hubieras huelga huella huellas huesos huevos humana humanas humanidad humano humanos
humedad humildad humilde hungria huracan ibamos ideales identidad identifica identificar
ideologia idioma idiomas idiota idiotas iglesia ignoran ignorancia ignorante igualdad iguales
igualmente ilegal ilegales iluminacion ilusion ilustracion imagen imagenes imagina imaginacion
imaginar imagino imbecil impacto imparte impedir imperial imperio impide implementacion
implementar implica impone imponer imponible importacion importaciones importan importancia
importante importantes importar importas imprescindible impresion impresionante impuesto
impuestos impulsar impulso impunidad impuso inauguracion incapacidad incendio incendios
incertidumbre incidente incidentes incluir inclusion inclusive incluso incluya incluyen
incluyendo incompletos incorporacion increible increibles incrementar incremento independencia
independiente independientemente independientes indias indica indicaba indicadores indican
indicando indicar indice indices indicios indico indigena indigenas indios indispensable
individual individuales individuo individuos indonesia industria industrial industriales
industrias inevitable infancia infantil infantiles infeccion inferiores infierno infinito
inflacion influencia influencias influido influye informa informaciones informado informar
informatica informaticos information informativos informes informo infraestructura ingenieria
ingeniero ingenieros inglaterra ingles inglesa ingleses ingredientes ingresada ingresadas
ingresado ingresados ingresos inicia iniciada iniciado inicial iniciales inicialmente iniciar
iniciativa iniciativas inicio injusticia injusto inmediata inmensa inmigracion inmigrantes
innovacion inocencia inocente inocentes inscripcion inscrito insectos inseguridad insiste
insistente inspeccion inspector inspiracion inspirado instagram instalaciones instalado instalar
instancia instante institucion institucional instituciones instituto instruccion instrumento
instrumentos insulto insultos integracion integrada integrado integral integrantes intelectual
intelectuales inteligencia inteligente inteligentes intenciones intendente intensa intensidad
intenso intenta intentado intentan intentando intentar intentarlo intentaron intente intento
intentos interaccion intercambio interes interesa interesada interesado interesados interesante
interesantes interino interior interiores internacional internacionales internamente internas
international internet interno internos interpretacion interpretar intervenciones intervenir
introduccion introducir inutil invasion invencion inversion inversiones inverso invertir
investigacion investigaciones investigador investigadores investigar invicto invierno invierte
invisible invita invitacion invitado invitados invitar invito involucrado involucrados iphone
irlanda ironia ismael israel italia italiana italiano italianos izquierda izquierdo jackson
jaguar jajaja jajajaja jalisco janeiro japones japonesa japoneses jardin jardines jersey
jerusalen jesucristo jodido johnson jonathan jornada jornadas joseph jovenes juarez judicial
judiciales judios jueces juegan juegos jugaba jugada jugado jugador jugadores jugando juguetes
juicio juicios julian junior juntar juntas juntos jurado juramento juridica jurisdiccion
justamente justicia justifica justin juvenil juventud juzgado juzgados juzgar kilometros
kirchner labios laboral laborales laboratorio labores ladron ladrones lagrimas laguna lamentable
lamentablemente lamento lanzamiento lanzando lanzar largas largos larsen lastima lastre latente
lateral latina latino latinoamerica latinoamericana latinoamericano latinoamericanos latinos
lavado lealtad leccion lecciones lector lectores lectura lecturas legado legales legalmente
legislacion legisladores legislativa legislativo legislatura legitimidad legitimo lejano lengua
lenguaje lenguas lentamente lentes leones leopoldo lesion lesiones letras levanta levantado
levantamiento levantar levante levanto leyenda leyendo liberacion liberado liberal liberales
liberar libertad libertades libertadores libras libremente libres libros licencia licenciado
licencias liderazgo lideres lidiar ligera ligeramente ligero limita limitaciones limitado limite
limites limpia limpiar limpio lineas linguistica listas listos literal literalmente literaria
literario literatura litros llamaba llamaban llamadas llamado llamados llamamos llaman llamarle
llamaron llamarse llamarte llamas llaves llegaba llegaban llegan llegando llegas llegue lleguen
llenado llenar llenaron llenas llenos llevaba llevaban llevada llevadas llevado llevados
llevamos llevan llevando llevaran llevaron llevarse llevas lleven llorando llorar lluvia lluvias
locales localidad localidades localizacion locura logica logico logrado logran lograr lograron
logros londres longitud luchando luchar luchas lugares machado machete machos madera madero
madres madrid madrugada madurez maduro maestra maestria maestro maestros magdalena magica magico
magnate magnates magnifico magnitud maiden majestad malaga maldad maldita maldito maldonado
maltrato manada mancha manchar manchas mandaba mandan mandando mandarte mandaste mandato
mandatos maneja manejar manejo maneras manifestacion manifestaciones manifestantes manifesto
manifiesta manifiesto manipulacion mantel mantener mantenerse mantenga mantenido manteniendo
mantiene mantienen mantuvo manual manzana manzano maquillaje maquinas marana maraton maravilla
maravillas maravillosa maravilloso marcada marcado marcador marcando marcas marcelo marcha
marchando marchar marchas marcial marcus mareas margarita mariano marido marihuana marina marino
marketing marques marruecos masacre mascara mascota mascotas masculino masiva masivo master
matado matando matanza mataron matematica matematicas materia materiales materias materna
maternal matrimonio matriz mauricio maxima maximo mayores mayoria mayormente mecanica mecanico
mecanismo mecanismos medalla medallas medellin mediana medianos medias medicamentos medicina
medicinas medico medicos medida medidas mediodia medios mediterraneo mejora mejorando mejorar
mejoras mejores memoria memorias mencion menciona mencionada mencionado mencionados mencionar
menciono mendoza menores mensajes mensual mental mentales mentalidad mentes mentir mentira
mentiras menudo mercaderia mercado mercados mercedes merece merecen merecer merida merito
metales meterse metido metodo metodos metropolitana metros mexicana mexicanas mexicano mexicanos
mexico mezcla michael michoacan microsoft miembro miembros mientas miente mierda migracion
migrantes milagro milagros militante militantes militar militares millas miller millon millones
minera mineral minerales mineria mineros minima minimo ministerio ministra ministro ministros
minoria minuto minutos miraba mirada miradas miranda mirando miserable miseria misericordia
misiles mision misiones mismas mismos misterio mochila mocion modales modalidad modelos moderna
modernas moderno modernos modificacion modificaciones modificar modulo molesta molestia molesto
monarquia monasterio moneda monedas monitor monopolio monstruo montana montanas montar monterrey
montes montevideo monton monumento monumentos morena morgan morgue mortal mortales mortero
mostrado mostrando mostrar mostro motivacion motivos motores moverse moviles movilidad
movilizacion movimiento muchacha muchacho muchachos muchisimas muchisimo muchos muebles mueren
muerta muerte muertes muerto muertos muestra muestran muestras muestre muestren mujeres multas
multiples multitud mundial mundiales mundos muneca municipal municipales municipalidad municipio
municipios murcia muriendo murieron musculos museos musica musical musicales musico musicos
musulmanes nacido nacidos nacimiento nacion nacional nacionales nacionalidad nacionalismo
nacionalista nacionalistas naciones naciste naranja narcotrafico narrativa nativos natural
naturales naturaleza naturalmente navarra navegacion navidad necesaria necesariamente necesarias
necesarios necesidad necesidades necesitaba necesitados necesiten necesites negativa negativas
negativo negativos negociacion negociaciones negociar negocio negocios negras negros nelson
nervios nerviosa nervioso netflix nicaragua nicholas nichos nicolas ninguno nintendo niveles
nobles nocturno nombrado nombramiento nombrar nombre nombres noreste normal normales normalidad
normalmente normativa noroeste norteamericana norteamericano noruega nosotras nostalgia notable
notables notara noticia noticias notificacion novedad novedades novela novelas noventa nuclear
nucleares nucleo nuevamente numerosas numerosos nutren oaxaca obispo obispos objetivo objetivos
objeto objetos obliga obligacion obligaciones obligada obligadas obligado obligatoria
obligatorio obligo obrero obreros observa observacion observaciones observando observar
obstaculos obstante obtencion obtener obtenido obtenidos obtiene obtuvo obviamente ocasion
ocasiones occidental occidentales occidente oceano ochenta oculta ocultar oculto ocupacion
ocupada ocupado ocupados ocupan ocupar ocurra ocurre ocurren ocurrido ocurrio ocurrir ofende
ofenden ofensiva ofertas oficial oficiales oficialmente oficio ofrece ofrecen ofrecer ofrecido
ofreciendo ofrecio olimpico olimpicos oliver olivia olvidado olvidan olvides olvido opcion
operacion operaciones operadores operar operativo operativos opinion opiniones oportunidad
oportunidades oposicion opositores opuesto oracion oraciones ordena ordenador ordene orejas
organica organismo organismos organiza organizaciones organizada organizado organizar organizo
organo organos orgullo orgullosa orgulloso orgullosos orientacion oriental oriente origen
origenes originalmente orilla orquesta oscura oscuras oscuridad oscuro oscuros otorga oviedo
oxigeno paciente pacientes pacifico padece padres pagaban paganos pagarme pagaron pagarse
pagaste pagina paginas paisaje paisajes paises pajaro pajaros pajero palabra palabras palacio
palacios palestina palmas palmer panama panico panorama pantalla pantalones papeles paquete
paquetes parada paradas parado parados paraguay paraiso paralelo parametros paramos pararlo
pararme pararse parche parcialmente parecen parecer parecia parecian parecido pareciera parecio
paredes pareja parejas parezca parientes parker parlamentario parlamento parlante parque parques
parrafo parroquia participa participacion participado participan participando participantes
participar participaron participo particular particulares particularmente partida partidario
partidarios partido partidos pasaba pasadas pasados pasaje pasajeros pasajes pasando pasaporte
pasara pasaran pasare pasaremos pasaria pasarla pasarle pasarlo pasaron pasase pasaste pasean
pasear pasemos pasion pastel pastillas patada patata patente patios patito patria patrick
patrimonio patron patrones pearson pecado pecados pedazo pedazos pedira pedirle peinado peleando
pelear peleas pelicula peliculas peligro peligros peligrosa peligroso peligrosos pelota pelotas
pelotudo penales pendejo peninsula pensaba pensamiento pensamientos pensando pensar pensemos
pension pensiones peores pequena pequeno percepcion perder perdia perdida perdidas perdidos
perdiendo perdieron perdimos perdio perdon perdona perfeccion perfecta perfectamente perfil
perfiles periodicas periodico periodismo periodista periodistas permanece permanecer permanente
permita permitan permite permiten permitido permitiendo permitio permitir permitira permito
perros persecucion perseguir personaje personajes personal personales personalidad
personalidades perspectiva perspectivas pertenecen pertenecer perteneciente pertenecientes
pertenecio peruana peruano peruanos pesada pesadilla pesado pescado pesimo peticiones petroleo
pidiendo pidieron piedad piedra piedras pieles piensa piensan piensas piense piensen pierda
pierdas pierde pierden pierna piernas piezas piloto pilotos pinche pinera pintar pintor pintura
pinturas pirata piratas piscina pistas pistola placas placer planeado planean planes planeta
planetas planicie planificacion planos planta plantas plantea plantilla planton plastico
plataforma plataformas platos playas plazas plenamente poblacion poblaciones poblado pobres
pobreza poderes poderosa poderoso poderosos podian podran podras podrido poemas poesia poetas
polemica policia policial policiales policias politica politicamente politicas politico
politicos polonia pondra pondran pondria ponemos ponerle ponerlo ponerlos ponerme ponerse
ponerte ponete pongas ponian poniendo popular populares popularidad poquito porcentaje porcino
porcion portada portal portavoz portero portugal portugues posean poseen posesion posibilidades
posibilita posiblemente posibles posiciones positiva positivas positivo positivos postal
posteriores posteriormente postre postura potable potencia potencial potenciales potrero
practica practicamente practicar practicas practico precedente precedentes preciosa precioso
precisamente precision preciso precisos preferencia preferido prefiere prefieren prefiero
preguntaba preguntado preguntan preguntando preguntar preguntarle preguntas pregunte pregunto
prejuicios premio premios premisa prensa preocupa preocupacion preocupaciones preocupado
preocuparse preocupes prepara preparacion preparada preparado preparados preparar presencia
presenta presentacion presentaciones presentada presentado presentan presentando presentar
presentaron presentarse presentes presidencia presidencial presidenciales presidenta presidente
presidentes presion presiones presos presta prestaciones prestamo prestamos prestando prestar
preste prestigio presunta presunto presupuestada presupuestadas presupuestado presupuestados
presupuestos pretende pretenden pretendia prevencion prevenir previa previamente previas previo
previos primaria primarias primas primavera primero primos princesa principal principales
principalmente principe principio prioridad prioridades prision prisionero prisioneros
privacidad privada privadas privado privados privilegio privilegios probabilidad probable
probablemente probado probar problemas problematica procede procedente procedentes procedimiento
procedimientos procesos produccion producciones produce producen producido produciendo producir
productividad productivo productor productores products profesion profesional profesionales
profesor profesora profesores profunda profundamente profundas profundidad profundo programa
programacion programas progresista progreso prohibicion prohibido prohibir project projimo
prolongacion promedio promesa promesas promete prometido prometio prometo promocion promover
promueve propaganda propia propias propiedad propiedades propietario propietarios propio propios
propone proporcion proporciona proporcionar proposicion proposito propuesta propuestas propuesto
propuso prospecto prostitucion protagonista protagonistas proteccion protector protege proteger
protegido proteinas protesta protestar protestas protocolo provecho proveer provenientes
proviene provincia provincial provinciales provincias provisional provista provisto provoca
provocado provocar provoco proyeccion proyectos pruebas pruebe prueben psicologia publica
publicacion publicaciones publicada publicadas publicado publicados publicamente publicar
publicas publicidad publico publicos pudiendo pudieran pudieron puebla pueblo pueblos puedan
puedas puente puentes puerta puertas puerto puertos puesta puestos puntos pusiera pusieran
quedaba quedaban quedando quedar quedaria quedarian quedarme quedaron quedarse quedas quedate
queden quejan quemado queman quemar quereis querer queres queria queriamos querian querida
querido queridos queriendo querra quiebra quienes quieras quieres quieta quieto quilla quimica
quimicos quince quinta quintana quinto quitar quizas racing racional racismo racista radiacion
radical radicales rahman raices rancho ranking rapida rapidamente rapidez rapidos rasgos
razonable razones reaccion reacciones reactiva reactivo reales realidad realidades realista
realiza realizaba realizacion realizan realizando realizaron realizarse realmente rebelde
rebeldes rebelion recaudacion receta rechaza recibe reciben recibes recibian recibiendo
recibieron recibio recien reciente recientemente recientes recinto reclamada reclamadas
reclamado reclamados reclamando recoge recoger recomendacion recomendaciones recomienda
recomiendo recompensa reconciliacion reconoce reconocen reconocer reconocida reconocido
reconocidos reconocimiento reconocio reconstruccion record recordando recordar recordo recorrer
recorrido recorte recortes rectas rector rectos recuerda recuerdan recuerdas recuerde recuerden
recuerdo recuerdos recuperacion recuperar recurrir recurso redaccion reduccion reduce reducido
reducir reemplazar reeves referencias referendum referente referentes referia referirse refiero
refleja reflejo reflexion reflexionar reflexiones reforma reformas reforzar refugiados refugio
regala regalo regalos regimen region regional regionales regiones registran registrarte
registros reglamento regresa regresar regula regulacion regular regularmente rehabilitacion
reirse reirte reitera reitero relacionada relacionadas relacionado relacionados relaciones
relativa relativamente relativo relato relatos relevancia relevante relevantes relevos relieve
relieves religion religiones religiosa religiosas religioso religiosos remedio remera remite
remota remoto rendimiento rendir renovacion renuncia renunciar reparar reparte reparto repente
repetida repetidas repetido repetidos repetir repita repite repiten repito reportaje reportar
reporte reportes reporto representa representacion representado representan representante
representantes representar represion reproduccion republica republicano republicanos reputacion
requiere requieren requisito requisitos rescatar rescate resena reserva reservas reservo reside
residencia residente residentes residuos resiste resisten resistencia resistir resolucion
resolver respaldo respecta respectivamente respectivos respecto respeta respetar respeto
respiracion respirar responde responden respondio responsabilidades responsables respuestas
restantes restauracion restaurante restaurantes restos restricciones resuelva resuelven resulta
resultado resultados resultar resulto retenida retenidas retenido retenidos retirada retirado
retirar retirarse retire retiro retorno retrasada retrasadas retrasado retrasados retraso
retrato reunido reunio reunir reunirse revela revelacion revelo revisar revise revista revistas
revocado revolucion revolucionaria revolucionario revolucionarios revuelta revueltas richard
richie ridiculo riesgo riesgos rincon rindio riqueza ritual rivales rivera robado robaron robert
rodeado rodean rodilla rodillas rodrigo roland romana romance romano romanos romantica romantico
rompan romper rompiendo rompio rosario rostro ruedas ruinas rumores ruptura rurales rutina
sabeis sabemos saberlo sabian sabias sabido sabiduria sabiendo sacado sacando sacaron sacate
sacerdote sacerdotes sacrificio sagrada sagrado salado salamanca salario salarios saldana
saldria salgado salgamos salgan salida salidas saliendo saliera salimos salinas saltar saltos
saluda saludable saludar salvacion salvado salvaje salvajes salvar salvarla salvarlo salven
samsung samuel sancion sanciones sangre sanidad santander santuario sarmiento sarten satelite
satisfaccion schmidt seamos seattle sebastian seccion secciones secreta secretaria secretario
secreto secretos sector sectores secuencia secuestro secundaria secundario secundarios segmento
seguia seguida seguido seguidores seguimiento seguimos seguir seguira seguiran seguiremos
segundos segura seguramente seguridad seguro seguros seleccion semanal semejante semestre
semillas seminario senado senador senadores senala senalado senalan senalar senales senalo
sencilla sencillamente sencillo senoras senorita sensacion sensibilidad sensible sensores
sentada sentado sentarse sentencia sentia sentido sentidos sentimiento sentimientos sentimos
sentir sentirse separa separacion separado separados separar sequito serbia serbio seremos
seriamente serian serias series serios serpiente servidor servidores servir servira servirse
sesenta sesion sesiones setenta sevilla sexual sexuales sexualidad siempre siendo sienta sientan
sientas siente sienten sientes siento sierra sigamos siglas siglos significa significado
significativa significativo signos siguen sigues siguiendo siguientes siguieron siguio silencio
sillas simbolo simbolos similar similares simple simplemente simples simultaneamente
sinceramente sinceras sincero sinceros sindicato sindicatos sindrome singular sinonimo sintesis
sintio sintomas siquiera sirvan sirvio sistemas sitios situaciones situada situado soberania
sobrevivir sobrino sociales socialismo socialista socialistas sociedades socios socorro software
solamente soldado soldados soledad solicita solicitando solicitar solicite solicitudes solida
solidaridad solido solidos solitario soltando soltera solucion solucionada solucionado
solucionar solucione solucionen soluciones sombra sombras sombrero somete someten sonido sonidos
sonora sonrie sonrisa soportar soporte soportes sorprende sorprendente sorprendido sorprendio
sorpresa sorteo sospecha sospechoso sostener sostenible sostiene sostuvo sovietica steele steven
street student subida subido subiendo subimos suceda sucede suceder sucedido sucediendo sucedio
sucesion suceso sucesos sudafrica suecia sueldo sueldos suelos suelta suenos suerte
suficientemente sufren sufrido sufriendo sufrimiento sufrio sufrir sugerencias sugiere suicidio
sujeto sujetos sumamente supera superado superar superficie superior superiores supervision
supervivencia supone suponer supongo suprema supremo supuesta supuestamente supuesto supuestos
surgen surgio suspension sustancia sustancias sustitucion tabaco tablas tailandia talento taller
talleres tamano tambien tampico tanque tanques tantas tantos tardia target tarjetas taylor
teatro teclado tecnica tecnicamente tecnicas tecnicos tecnologia tecnologias tecnologica
tecnologico tejido tejidos telecomunicaciones telefonos teleton television tematica temian
temperatura temperaturas templo temporada temporadas temporal temporales temprana temprano
tendencia tendencias tender tendido tendre tendremos tendria tendriamos tendrian tendrias
tenerife tenerte tengas teniamos tenian tenias teniendo teniente tension teoria teorias terapia
tercer tercera terceros termina terminaba terminal terminamos terminan terminando terminar
terminara terminaron termine termino terminos terremoto terreno terrenos terrestre terrible
terribles territorial territorio territorios terror terrorismo terrorista terroristas tesoro
testamento testigo testigos testimonio testimonios textos thomas tiempos tienda tiendas tiende
tienden tierra tierras tigres tipica tipico tirado tirando titulada titulado titular titulares
titulo titulos tocado tocando toledo tolerancia tomada tomadas tomados tomando tomaron tomarse
tomate tomemos toneladas tonterias tontos toques torero tormenta tornado torneo tortura
totalmente trabajaba trabajado trabajador trabajadora trabajadores trabajan trabajando trabajar
trabajas tradicion tradicional tradicionales tradicionalmente tradiciones traduccion
traducciones traduce traducido traductor traemos trafico tragar tragedia tragos traicion traido
traigo trailer trajes tramites trampa tranquila tranquilidad tranquilo tranquilos transcurso
transforma transformacion transformar transicion transito transmision transmite transmitir
transparencia transparente transportan transportar transportes trasera trasero trasladados
trasmite traste trataba tratado tratados tratamiento tratamientos tratan tratando tratos
trayectoria trazar treinta tremenda tremendo trenes tribunal tribus tributo trinidad triple
tripulacion triste tristes tristeza triunfo tropas tropical trucos tucuman turismo turistas
turistico turquia tuviera tuvieran tuvieron tuviste twitter ubicacion ubicada ubicado ucrania
ultima ultimamente ultimas ultimo ultimos unesco unicamente unicas unicos unidad unidas unidos
uniforme unirse universal universidad universidades universitaria universitario universitarios
university universo urbana urbanas urbano urbanos uruguay uruguayo usados usamos usando usarlo
usaron usualmente usuario usuarios utiles utilidad utilizacion utilizada utilizadas utilizado
utilizados utilizan utilizando utilizarse utilizo vacante vacantes vacias vacios vacuna vainas
valencia valentin valiente valientes valioso valladolid valoracion valorar valores vanguardia
variable variables variaciones variante variedad variedades varones vasquez vaticano veamos
vecina vecino vecinos vegetales vehiculo vehiculos veinte velocidad vencer vencido vencidos
vencio vendedor vendedores venden vender vendia vendida vendidas vendido vendiendo vendio vendra
veneno venezolana venezolano venezolanos venezuela vengan venganza vengas venian venimos ventaja
ventajas ventana ventanas ventilacion veracruz verano veranos verbos verdad verdadera
verdaderamente verdadero verdaderos verdades verdes verduras vereis verguenza verificar verlos
version versiones versos versus vertical vestido vestidos vestir viajando viajar viajeros viajes
vicepresidente victima victimas victoria victorias videojuegos videos vidrio viejas viejos
viendo vienen vienes viento vientos vientre vieron vierte vietnam vigencia vigente vigilancia
viktor villas vinculo vinculos violacion violaciones violen violencia violenta violento
violentos virgen virtual virtud visible vision visitante visitantes visitar visitas visito
vistas vistazo visual viveres vivian vivido vivienda viviendas viviendo vivieron vivimos
vocacion volando volante volcan volumen voluntad voluntaria voluntario voluntarios volvamos
volvera volveria volviendo volvieron volvimos volvio vosotros votacion votantes votara votare
votaron vuelan vuelos vueltas vuelto vuelve vuelven vuestras walter washington western whatsapp
wikipedia wilder william williams wilson windows youtube zamora zapatos zaragoza
"""
