"""Portuguese cues, Portugal and Brazil (normalized text: lower case, no accents: "não" -> "nao",
"transferência" -> "transferencia", "pagámos" -> "pagamos", "2ª via" -> "2a via"; hyphens and
apostrophes kept: "recusamo-nos", "enviem-nos", "ligar-me").

Negation: "não"/"nunca"/"nem"/"nenhum(a)"/"nada" before a cue are seen by
``normalize.is_negated``; "é" folds to "e", which the negation check treats as a clause break
("não é devido" -> "nao e devido"), so cues that flip under negation start at their subject or
auxiliary. Cues that carry their own negation ("nunca recebemos a fatura", "não vamos pagar")
are written with it.

"pagamos" is both "we pay" and (PT-PT "pagámos", accent lost) "we paid": it counts as paid only
with "já" or a past time ("ontem", "na semana passada", "hoje"), and otherwise as a payment
word that a future date turns into a promise.
"""

from __future__ import annotations

from agent.brain.understand.lexicon_common import g


def _w(n: int) -> str:
    """A gap of 0..n plain words (no punctuation crossed)."""
    return rf"(?:\s+[\w'/.%-]*[\w%]){{0,{n}}}?\s+"


_WD = r"(?:segunda|terca|quarta|quinta|sexta)(?:-feira| feira)?|sabado|domingo"
# nouns of a payment
_PAYOBJ = (r"(?:pagamentos?|transferencias?|depositos?|pix|ted|boletos?|liquidacao|regularizacao|"
           r"acerto|saldo|cheques?|remessa|debito direto|valor|montante|quantia|importancia|divida)")
_PAYOBJ_STRICT = (r"(?:pagamentos?|transferencias?|transferencia bancaria|depositos?|pix|ted|doc|"
                  r"liquidacao|cheques?|remessa|debito direto)")
# infinitives of paying
_PAYINF = (r"(?:pagar(?:-vos|-lhes|-lhe)?|liquidar|transferir|regularizar|saldar|depositar|quitar|acertar|"
           r"honrar|(?:efetuar|efectuar|fazer|realizar|enviar|processar|emitir|agendar|programar|lancar|"
           r"autorizar|proceder (?:ao|a)|tratar d[oa]) (?:o |a |um |uma |os |as |esse |essa |este |esta )?"
           + _PAYOBJ_STRICT + r"|proceder a liquidacao|tratar do assunto)")
# past participles of paying (paid / settled)
_SETTLED = (r"(?:pag[oa]s?|pagad[oa]s?|liquidad[oa]s?|quitad[oa]s?|saldad[oa]s?|regularizad[oa]s?|"
            r"transferid[oa]s?|depositad[oa]s?|debitad[oa]s?|creditad[oa]s?|acertad[oa]s?)")
_DONE = (r"(?:efetuad[oa]s?|efectuad[oa]s?|realizad[oa]s?|feit[oa]s?|enviad[oa]s?|processad[oa]s?|"
         r"emitid[oa]s?|concluid[oa]s?|executad[oa]s?|autorizad[oa]s?|aprovad[oa]s?|lancad[oa]s?|"
         r"ordenad[oa]s?|compensad[oa]s?|mandad[oa]s?|expedid[oa]s?)")
_GOODS = (r"(?:mercadorias?|produtos?|artigos?|pecas?|material|materiais|encomendas?|pedidos?|"
          r"fornecimentos?|remessas?|entregas?|equipamentos?|maquinas?|aparelhos?|volumes?|caixas?|"
          r"paletes?|paletas?|lotes?|itens|item|componentes|pacotes?|carga)")
_INVOICE = r"(?:faturas?|facturas?|notas? de credito|nota fiscal|notas fiscais|nf-?e?|documentos?)"
_ART = (r"(?:(?:a|o|as|os|uma|um|essa|esse|esta|este|tal|qualquer|nenhuma|nenhum|vossa|vosso|"
        r"a vossa|o vosso|sua|seu|a sua|o seu|referida|referido|dita|dito) )?")

CUES: dict[str, tuple[str, ...]] = {
    "dispute": (
        # wrong invoice data: "o CNPJ da nota está errado", "a razão social veio incorreta"
        r"(?:nif|nipc|cnpj|morada|razao social|numero de contribuinte|dados fiscais)" + _w(3) + r"(?:esta |estao |e |veio |vieram )?"
        r"(?:errad[oa]s?|incorret[oa]s?|incorrect[oa]s?)\b",
        # the price is not the one agreed: "o preço não é o combinado", "nota corrigida"
        r"(?:valor|preco|montante|quantia)" + _w(4) + r"nao (?:e|esta|corresponde)(?: a| ao)? (?:o |a )?(?:combinad[oa]|acordad[oa]|orcad[oa]|orcamento|contratad[oa]|proposta)|"
        r"(?:nota|nf|nota fiscal|fatura|factura) corrigida|"
        # already credited: "já emitiram uma nota de crédito"
        r"ja (?:emitiram|enviaram|recebemos|fizeram|mandaram)" + _w(2) + r"(?:uma |a |o )?(?:nota de credito|estorno)",
        r"(?:esta|e|foi|estao|sao|foram) (?:em )?duplicad[oa]s?\b|fatura(?:s)? duplicada|factura(?:s)? duplicada|(?:faturad|cobrad|facturad)[oa]s? (?:duas vezes|em duplicado)",
        r"(?:nao|nunca) (?:concordamos|concordo|aceitamos|aceito|reconhecemos|reconheco)" + _w(2) + r"(?:com )?(?:a |o |esta |essa |este |esse |tal )?(?:cobranca|valor|fatura|factura|montante|preco|debito|nota|boleto)|(?:valor|preco|montante) (?:esta |e |veio )?(?:acima|muito acima|superior|diferente) (?:do|ao|d[ao] que) (?:orcamento|orcado|combinado|acordado|contratado|proposta)",
        # goods damaged, faulty, not conforming
        _GOODS + _w(4) + r"(?:chegou |chegaram |veio |vieram |foi entregue |foram entregues |esta |estao |estava |estavam |"
        r"apresenta |apresentam |veio com |vieram com |com )?"
        r"(?:danificad[oa]s?|avariad[oa]s?|estragad[oa]s?|partid[oa]s?|quebrad[oa]s?|amassad[oa]s?|riscad[oa]s?|"
        r"defeituos[oa]s?|com defeito|com defeitos|com problemas?|em mau estado|em mas condicoes|"
        r"errad[oa]s?|incomplet[oa]s?|fora do prazo|vencid[oa]s?|nao conforme|nao conformes|inutilizave(?:l|is))",
        r"(?:danificad[oa]s?|avariad[oa]s?|defeituos[oa]s?|com defeito|com defeitos|quebrad[oa]s?|estragad[oa]s?|"
        r"nao conformes?|inutilizave(?:l|is)|de ma qualidade|de baixa qualidade|de pessima qualidade|ma qualidade|"
        r"baixa qualidade|deixou de funcionar|deixaram de funcionar|parou de funcionar|pararam de funcionar|"
        r"nao corresponde(?:m)? (?:a|ao) (?:encomenda|pedido|encomendado|solicitado|combinado)|diferente(?:s)? do (?:encomendado|pedido|combinado|solicitado)|"
        r"vicios? ocultos?|defeitos? de fabrico|defeitos? de fabricacao)",
        _GOODS + _w(4) + r"(?:nao funciona(?:m|va|vam)?|nao liga(?:m)?|avariou|avariaram|estragou|estragaram|partiu-se|partiram-se|quebrou|quebraram)",
        # incomplete / missing delivery
        r"(?:entrega|encomenda|remessa|pedido|fornecimento) (?:incomplet[oa]|parcial|errad[oa]|em falta|faltando)|"
        r"(?:faltam|falta|faltavam|faltava|faltaram|faltou)" + _w(2) + r"(?:pecas|artigos|produtos|itens|volumes|caixas|unidades|"
        r"parte da (?:mercadoria|encomenda|entrega)|material|mercadoria|componentes)|"
        r"(?:mercadoria|artigos|pecas|produtos|itens|volumes|caixas) em falta|so (?:recebemos|chegou|chegaram|foi entregue) (?:uma )?parte|"
        r"(?:recebemos|entregaram|entregue) (?:apenas|so|somente) (?:uma )?parte",
        # never received goods or invoice (cue starts at the negation)
        r"(?:nao|nunca|ainda nao)" + _w(3) + r"(?:recebemos|recebi|recebid[oa]s?|chegou|chegaram|foi entregue|foram entregues|"
        r"entregaram|entregue|tivemos|vimos|nos chegou|nos foi enviad[oa]|nos foi entregue|foi enviad[oa])" + _w(3) + _ART +
        r"(?:" + _GOODS + r"|" + _INVOICE + r")\b",
        r"(?:" + _GOODS + r"|" + _INVOICE + r")" + _w(4) + r"(?:nao|nunca|ainda nao)" + _w(3) + r"(?:recebid[oa]s?|chegou|chegaram|"
        r"foi entregue|foram entregues|entregue|entregues|nos chegou|nos chegaram|foi recebid[oa]|enviad[oa]s?|nos foi enviad[oa])",
        r"(?:nunca|nao) (?:foi |foram |nos foi |nos foram )?(?:entregue|entregues)\b|"
        r"nao (?:temos|tenho|encontramos|encontro|existe|ha)" + _w(2) + r"(?:registo|registro|conhecimento|rasto|rastro|qualquer registo|qualquer registro)" + _w(2) +
        r"(?:d[ao]s? |dest[ae] |dess[ae] |de qualquer |de nenhuma |de )?(?:fatura|factura|encomenda|pedido|compra|contrato|entrega|fornecimento|servico)|"
        r"(?:desconhecemos|nao reconhecemos|desconheco|nao reconheco)" + _w(2) + r"(?:esta |essa |a |o |este |esse |tal )?(?:fatura|factura|divida|valor|cobranca|encomenda|pedido|debito)",
        # invoice / amount wrong
        r"(?:faturas?|facturas?|valor(?:es)?|montante|precos?|importancia|total|quantia|cobranca|calculo|quantidades?|iva|"
        r"taxa|horas|nota fiscal|boleto|(?:o )?desconto)" + _w(4) + r"(?:esta |estao |e |sao |parece |parecem |vem |veio |encontra-se )?"
        r"(?:errad[oa]s?|incorret[oa]s?|incorrect[oa]s?|nao (?:esta |e |estao )?corret[oa]s?|nao (?:esta |e |estao )?correct[oa]s?|"
        r"inexat[oa]s?|excessiv[oa]s?|muito alt[oa]s?|demasiado alt[oa]s?|inflacionad[oa]s?|nao (?:e |esta )?devid[oa]|"
        r"nao corresponde(?:m)?|nao bate(?:m)?|nao confere(?:m)?|nao coincide(?:m)?|"
        r"diferente(?:s)? d[oa] (?:combinad|acordad|orcamentad|contratad|proposto|orcamento)\w*|"
        r"superior(?:es)? a[os]? (?:combinad|acordad|orcamentad|contratad|orcamento|proposta)\w*|acima do (?:combinado|acordado|orcamentado)|"
        r"mais alt[oa]s? (?:do que|que|do|da)" + _w(3) + r"(?:combinad|acordad|orcamentad|contratad|orcamento|proposta|tabela)\w*)",
        r"(?:errad[oa]s?|incorret[oa]s?|incorrect[oa]s?|duplicad[oa]s?|contestad[oa]s?|excessiv[oa]s?)"
        r" (?:faturas?|facturas?|valor|montante|precos?|cobranca|faturacao|calculo|iva|quantidade)|"
        r"(?:faturas?|facturas?|valor|montante|cobranca|preco|iva|quantidade|faturacao) (?:errad[oa]s?|duplicad[oa]s?|em duplicado|contestad[oa]s?|indevid[oa]s?)",
        r"(?:cobrad[oa]s?|faturad[oa]s?|facturad[oa]s?|debitad[oa]s?|lancad[oa]s?) (?:\w+ )?(?:duas vezes|em duplicado|a dobrar|em dobro|a mais|indevidamente)|"
        r"cobranca (?:duplicada|indevida|em duplicado)|(?:emitid|enviad|cobrad|faturad|facturad|lancad|debitad)[oa]s? (?:\w+ )?(?:em duplicado|duas vezes|a dobrar|em dobro)|e (?:um|uma) (?:duplicado|duplicacao|duplicata)|fatura(?:s)? em duplicado|(?:ja|ja foi|ja foram) (?:faturad[oa]s?|facturad[oa]s?|cobrad[oa]s?)|"
        r"(?:um |o |ha um |existe um |houve um )?(?:erro|engano|discrepancia|diferenca|lapso)" + _w(2) + r"(?:n[oa]s? |d[oa]s? |na |no |com )\s*"
        r"(?:\w+ )?(?:faturas?|facturas?|faturacao|valor|precos?|calculo|cobranca|iva|quantidade|encomenda|total)|"
        r"(?:erros?|enganos?) de (?:faturacao|facturacao|calculo|preco|cobranca)",
        r"(?:desconto|abatimento|adiantamento|sinal|credito|devolucao|nota de credito)" + _w(4) + r"(?:nao|nunca)" + _w(2) +
        r"(?:aplicad[oa]|descontad[oa]|deduzid[oa]|considerad[oa]|abatid[oa]|refletid[oa]|contemplad[oa]|incluid[oa]|creditad[oa])",
        # credit note expected
        r"(?:aguardamos|aguardo|aguardando|a aguardar|esperamos|esperando|a espera|a espera de|precisamos|pedimos|solicitamos|solicitado|"
        r"emitir|emitam|emissao|enviem|devem|deveriam|falta|continua a faltar|ainda sem)" + _w(4) +
        r"(?:nota de credito|notas de credito|estorno|reembolso|fatura corrigida|fatura retificada|fatura rectificada|factura rectificada|"
        r"fatura correta|nova fatura|nota fiscal corrigida|carta de correcao|devolucao do valor|credito)\b",
        # service not done
        r"(?:servicos?|trabalhos?|intervencao|intervencoes|instalacao|reparacao|reparacoes|conserto|projeto|projecto|consultoria|"
        r"manutencao|formacao|treinamento|limpeza|prestacao|montagem|assistencia|obra)" + _w(4) + r"(?:nao|nunca)" + _w(3) +
        r"(?:feit[oa]s?|realizad[oa]s?|concluid[oa]s?|terminad[oa]s?|executad[oa]s?|prestad[oa]s?|efetuad[oa]s?|efectuad[oa]s?|"
        r"finalizad[oa]s?|entregue|bem feit[oa]s?|satisfatori[oa]s?|conforme|conformes|como combinado|como acordado)",
        # complaint, dissatisfaction, not ordered
        r"reclamacao|reclamacoes|reclamamos|reclamar|queixa|queixas|contestacao|contestamos|contestar|contesto|contestada|"
        r"nao (?:estamos|estou|ficamos|fiquei) (?:nada |minimamente )?satisfeit[oa]s?|insatisfeit[oa]s?|descontentes?|"
        r"mau servico|pessimo servico|servico (?:pessimo|mau|de ma qualidade|insatisfatorio)|"
        r"(?:nao|nunca|jamais) (?:o |a |os |as )?(?:encomendamos|encomendei|pedimos|pedi|solicitamos|solicitei|autorizamos|autorizei|contratamos|contratei|"
        r"assinamos|assinei|aceitamos|aceitei|compramos|comprei|adquirimos|adquiri)\b|"
        r"(?:faturaram|cobraram|faturou|cobrou|faturaram-nos|cobraram-nos|nos cobraram|nos faturaram|debitaram|lancaram)" + _w(5) + r"(?:mas|quando|enquanto|porem|contudo|so)\b|"
        r"(?:nunca|nao) (?:foi |foram )?(?:encomendad[oa]s?|solicitad[oa]s?|autorizad[oa]s?|contratad[oa]s?|combinad[oa]s?|acordad[oa]s?)\b",
        r"(?:encomenda|pedido|contrato|assinatura|servico|subscricao|reserva) (?:foi |ja foi |tinha sido |esta )?(?:cancelad[oa]|anulad[oa]|rescindid[oa]|resolvid[oa]|denunciad[oa])|"
        r"(?:cancelamos|anulamos|rescindimos|denunciamos) (?:o |a )?(?:encomenda|pedido|contrato|assinatura|servico|subscricao)|"
        r"(?:devolvemos|devolvi|devolvid[oa]s?|devolucao d[ao]s?|enviamos de volta|mandamos de volta)" + _w(3) + r"(?:a |o |as |os )?(?:mercadoria|produtos?|artigos?|material|encomenda|pedido|equipamentos?|pecas?|maquinas?)|"
        r"(?:mercadoria|produtos?|artigos?|material|encomenda|pedido|equipamento) (?:foi |foram |ja foi |ja foram )?devolvid[oa]s?|"
        r"(?:em|na|dentro da) garantia|acionamos a garantia|pedido de garantia",
        r"(?:contestamos|contesto|contestar|rejeitamos|rejeito|recusamos|recuso|nao aceitamos|nao aceito|nao reconhecemos|discordamos d[oa]s?)" + _w(3) +
        r"(?:a |o |esta |este |essa |esse |tal |vossa |vosso |referida |referido )?(?:faturas?|facturas?|valor|montante|cobranca|debito|quantia|importancia|preco|calculo)",
        r"(?:ate que|enquanto nao|ate (?:a|ao|recebermos|termos)|antes d[ao]|so depois d[ao]|apos a|apos o|mediante|desde que)" + _w(5) +
        r"(?:substituicao|substituid[oa]s?|reparacao|reparad[oa]s?|corrigid[oa]s?|correcao|correccao|nota de credito|estorno|reembolso|"
        r"resolvid[oa]s?|resolucao do problema|entrega (?:completa|do restante|da mercadoria|total)|conclusao|rececao da mercadoria|"
        r"recebimento da mercadoria|nossa reclamacao|reclamacao)",
        r"(?:preco|valor|montante|orcamento|proposta)" + _w(3) + r"(?:combinad[oa]|acordad[oa]|contratad[oa]|orcamentad[oa]|proposto|proposta)" + _w(3) +
        r"(?:era|e|foi|eram)" + _w(2) + r"(?:inferior(?:es)?|menor(?:es)?|diferente(?:s)?|mais baix[oa]s?)",
        r"(?:fatura|factura|valor|cobranca|montante) (?:nao (?:e |esta )?devid[oa]|indevid[oa])|"
        r"(?:fatura|factura|nota fiscal|encomenda|pedido) (?:nao )?(?:e |foi |esta )?(?:emitid[oa]|enderecad[oa]|dirigid[oa]|passad[oa]) (?:a outra|para outra|ao cliente errado|a empresa errada|erradamente|por engano|em nome de (?:outra|outro|uma outra|um outro|terceiros))|"
        r"(?:nao e|nao sao) (?:noss[oa]s?|para nos)\b(?! (?:responsabilidade|culpa|divida|problema|intencao)\b)|"
        r"(?:fatura|factura|encomenda|pedido) nao (?:e|sao|foi) (?:(?:a|o|as|os) )?(?:noss[oa]s?|para nos|de nos)|(?:emitid[oa]|passad[oa]) (?:erradamente|por engano|em nome errado)|"
        r"(?:nif|nipc|cnpj|morada|razao social|dados) (?:errad[oa]s?|incorret[oa]s?|incorrect[oa]s?) na (?:fatura|factura|nota fiscal)",
    ),
    "refusal": (
        # formal: "não será efetuado qualquer pagamento", "não procederemos ao pagamento"
        r"nao (?:sera|serao) (?:efetuad|efectuad|realizad|feit|liquidad)[oa]s? (?:qualquer|nenhum) pagamento|"
        r"(?:nenhum|qualquer) pagamento (?:sera|vai ser) (?:efetuado|efectuado|realizado|feito)|"
        r"nao (?:procederemos|procedera|procederao|vamos proceder|ira proceder) ao pagamento",
        r"(?<!ainda )nao (?:iremos|vamos|vou|irei|pretendemos) (?:efetuar|efectuar|fazer|realizar) (?:esse|este|tal|nenhum|qualquer) pagamento",
        r"(?:decidiu|decidimos|decidiram|decidi|resolveu|resolvemos|optou|optamos|optaram) (?:por )?nao" + _w(2) + r"(?:pagar\w*|liquidar|saldar|quitar|efetuar|efectuar|fazer|proceder|honrar)",
        r"(?<!ainda )(?:nao|nunca|jamais) (?:lhes |vos |lhe |te )?(?:vamos|vou|iremos|irei|vai|vao|ira|irao|pretendemos|pretendo|tencionamos|tenciono|"
        r"queremos|quero|temos (?:qualquer |nenhuma )?intencao de|tenho (?:qualquer |nenhuma )?intencao de|estamos dispostos a|estou disposto a|"
        r"estou disposta a|somos obrigados a|sou obrigado a|sou obrigada a|devemos|deveremos|faremos|procederemos)" + _w(2) +
        r"(?:pagar\w*|liquidar|saldar|regularizar|transferir|honrar|quitar|efetuar (?:o |qualquer |nenhum )?pagamento|efectuar (?:o |qualquer )?pagamento|"
        r"fazer (?:o |qualquer |nenhum )?pagamento|proceder ao pagamento|(?:o |qualquer |nenhum )pagamento)",
        r"(?<!ainda )(?:nao|nunca|jamais) (?:lhes |vos |lhe |te )?(?:pagaremos|pagarei|pagara|pagarao|liquidaremos|liquidarei|saldaremos|"
        r"regularizaremos|transferiremos|efetuaremos (?:o|qualquer|nenhum) pagamento|efectuaremos (?:o|qualquer) pagamento|procederemos ao pagamento)\b|"
        r"(?<!ainda )nao pagamos(?! ainda)(?! por enquanto)(?! por agora)|(?<!ainda )nao pago(?! ainda)(?! por enquanto)(?! por agora)(?! esta semana)(?! este mes)",
        r"(?:recusamo-nos|recuso-me|nos recusamos|me recuso|recusamos|recuso|negamo-nos|nos negamos|nego-me|me nego) (?:terminantemente |categoricamente |portanto |por isso )?"
        r"(?:a |em )?(?:pagar\w*|liquidar|saldar|efetuar (?:o |qualquer )?pagamento|fazer (?:o |qualquer )?pagamento|proceder ao pagamento|"
        r"(?:o|qualquer) pagamento|(?:a|esta|essa|vossa|tal) (?:fatura|factura|cobranca))|"
        r"(?:a fatura|a factura|o valor|a divida|a cobranca|este valor|esse valor) nao (?:sera|vai ser|ira ser) (?:nunca )?(?:pag[ao]|liquidad[ao]|saldad[ao]|quitad[ao])|"
        r"nenhum pagamento (?:sera|vai ser|ira ser) (?:efetuado|efectuado|feito|realizado)",
        r"nao (?:lhes |vos |lhe |te )?(?:devemos|devo|deveremos) (?:nada|coisa nenhuma|qualquer (?:valor|quantia|montante)|nenhum (?:valor|centimo|centavo)|"
        r"esse valor|este valor|essa quantia|esse dinheiro|isso|isto|um centimo|um centavo|um euro|um real)|"
        r"(?:nada|coisa nenhuma) (?:e |esta |lhes e |vos e )?(?:devido|em divida|a pagar)|nao temos (?:qualquer |nenhuma )?divida|"
        r"nao (?:e|se trata de) (?:uma )?(?:divida|problema|responsabilidade) (?:nossa|nosso)|nao e (?:da nossa|nossa) (?:responsabilidade|divida|conta)|"
        r"nem (?:um|mais um) (?:centimo|centavo|euro|real|tostao)|"
        r"(?:parem|deixem|param|deixe|pare|cessem) (?:de|com) (?:\w+ )?(?:enviar|nos enviar|contactar|contatar|nos contactar|nos contatar|escrever|nos escrever|"
        r"ligar|nos ligar|incomodar|nos incomodar|mandar|insistir|importunar|cobrar|nos cobrar|lembretes|emails|e-mails|mensagens)|"
        r"(?:vemo-nos|nos vemos|encontramo-nos) (?:em|no) tribunal|(?:vamos|iremos) (?:para|a) tribunal|(?:vamos|iremos) (?:avancar|entrar) (?:com|na) (?:uma )?(?:acao|justica)|"
        r"(?:processem-nos|podem processar-nos|podem nos processar|processe-nos)|"
        r"(?:o nosso|nosso|os nossos|nossos) (?:advogados?|juridico|departamento juridico|departamento legal)" + _w(2) + r"(?:ira|irao|vai|vao|vai entrar|entrara|tratara|contactara|contatara)",
    ),
    "cant_pay": (
        r"nao (?:\w+ )?(?:podemos|posso|conseguimos|consigo|conseguiremos|conseguirei|poderemos|poderei|estamos em condicoes de|estou em condicoes de|"
        r"temos condicoes de|tenho condicoes de|temos como|tenho como|ha como|temos possibilidade de|temos capacidade de|estamos em posicao de)"
        r" (?:\w+ )?(?:pagar\w*|liquidar|saldar|honrar|regularizar|transferir|quitar|fazer face|cumprir|"
        r"efetuar (?:o |qualquer )?pagamento|efectuar (?:o |qualquer )?pagamento|fazer (?:o |qualquer )?pagamento|proceder ao pagamento|cobrir)",
        r"(?:impossibilitad[oa]s? de|impossivel|nao (?:e|sera|nos e|me e) possivel) (?:para nos |para mim )?(?:pagar\w*|liquidar|saldar|honrar|"
        r"efetuar o pagamento|efectuar o pagamento|fazer o pagamento|proceder ao pagamento|fazer face)|"
        r"nao (?:temos|tenho|dispomos de|disponho de|ha) (?:\w+ )?(?:dinheiro|fundos|liquidez|verba|saldo|disponibilidade|capacidade financeira|"
        r"meios|recursos|caixa|tesouraria)|"
        r"(?:sem|falta de) (?:dinheiro|fundos|liquidez|verba|recursos|caixa|tesouraria) (?:para pagar|suficiente|disponivel)|"
        r"fundos insuficientes|saldo insuficiente|falta de (?:fundos|liquidez|verba|dinheiro)|(?:conta|caixa) (?:a zeros|vazia|a seco)",
    ),
    "hardship": (
        r"de momento|neste momento|no momento|nesse momento|atualmente|actualmente|por enquanto|por agora|por ora|momentaneamente|"
        r"temporariamente|nesta fase|nesta altura|neste periodo|este mes|esta semana|ainda|"
        r"liquidez|tesouraria|dificuldades?|crise|problemas (?:de caixa|financeiros|economicos|de tesouraria|de liquidez)|fluxo de caixa|"
        r"aperto (?:financeiro|de caixa)|apertad[oa]s?|periodo (?:dificil|complicado|critico|de crise)|fase (?:dificil|complicada|critica)|"
        r"momento (?:dificil|complicado|critico)|situacao (?:financeira|economica) (?:dificil|critica|complicada|delicada)|"
        r"atraso(?:s)? (?:nos|de) (?:recebimentos|pagamentos dos (?:nossos )?clientes)|"
        r"(?:os nossos clientes|nossos clientes|um cliente nosso|o nosso cliente|nosso cliente) (?:ainda )?nao (?:nos )?(?:pagou|pagaram)|"
        r"ate|antes de|antes do|antes da|recuperacao judicial|insolvencia|lay-?off",
    ),
    "plan": (
        r"prestacoes|prestacao mensal|em prestacoes|pagamento prestacional|plano prestacional|parcelas|parcelad[oa]s?|parcelar|parcelamento|"
        r"parcelarmos|parcelem|parcelei|em (?:\d+|duas|dois|tres|quatro|cinco|seis|dez|doze|varias|algumas) (?:vezes|parcelas|prestacoes|tranches|partes|"
        r"mensalidades|pagamentos|fases|etapas)|em \d+ ?x\b|\d+ ?x sem juros|"
        r"plano (?:de|dos) (?:pagamentos?|regularizacao|liquidacao|amortizacao|prestacoes)|acordo (?:de|para) (?:pagamento|regularizacao|liquidacao|parcelamento)|"
        r"(?:fasear|faseado|faseamento|fracionar|fraccionar|fracionado|fracionamento|fraccionamento|dividir|dividirmos|repartir|escalonar|escalonamento|"
        r"escalonado|diluir)" + _w(4) + r"(?:o pagamento|o valor|o montante|a divida|o saldo|os pagamentos|a fatura|a factura|em|por|ao longo)|"
        r"pagamentos? (?:faseados?|fracionados?|fraccionados?|parcelados?|escalonados?|parciais|mensais)|"
        r"(?:pagar|liquidar|pagamos|pagaremos|pagariamos|liquidaremos) (?:\w+ )?(?:uma parte|um valor|uma quantia|um tanto|x) (?:por|cada|todo) mes|"
        r"(?:pagar|liquidar|pagamos|pagaremos|pagariamos|liquidaremos) (?:\w+ )?(?:mensalmente|todos os meses|por mes|semanalmente|todas as semanas|por semana)|"
        r"(?:primeira|segunda|terceira|ultima) (?:prestacao|parcela)",
    ),
    "more_time": (
        r"(?:prazo|tempo) (?:maior|adicional|extra|mais longo)|(?:maior|mais|mais um|um novo|novo) (?:prazo|tempo)|(?:prorrogar|prolongar|estender|alargar) o prazo",
        r"(?:mais|algum|um pouco de|um pouco mais de|um bocado de|um pouquinho de) (?:de )?(?:tempo|prazo)|mais (?:uns|alguns) dias|mais (?:umas|algumas) semanas|"
        r"(?:uns|alguns) dias (?:a mais|adicionais|extra)|(?:umas|algumas) semanas (?:a mais|adicionais|extra)|"
        r"prorrogacao|prorrogar|prorrogarem|prorroga(?:-se|r o prazo)?|adiamento|adiar|adiarmos|adiem|postergar|postergacao|protelar|"
        r"prolongamento|prolongar|estender|extensao|alargamento|alargar|dilatar|dilatacao|novo prazo|nova data|"
        r"(?:empurrar|passar|mudar|remarcar|reagendar) (?:o pagamento|a data|o vencimento|o prazo)|reagendamento|"
        r"paciencia|compreensao|tolerancia|carencia|moratoria|folga|"
        r"(?:dar-nos|deem-nos|deem-me|dar-me|nos dar|nos deem|me dar|me deem|concedam-nos|conceder-nos|nos conceder|nos concedam|concedam|conceder|dao-nos|da-nos|nos dao|nos da|davam-nos)" + _w(2) + r"(?:tempo|prazo|dias|semanas|folga|margem|mes|meses|semana)\b|"
        r"mais (?:um|uma|\d+|dois|duas|tres|quinze) (?:mes|meses|semana|semanas|dias)\b|"
        r"margem de tempo|tempo adicional|tempo extra",
    ),
    "split_rest": (
        r"(?:o |a )?(?:resto|restante|remanescente|o que falta|que falta|outra metade|segunda metade|segunda (?:prestacao|parcela|tranche|parte)|"
        r"segundo pagamento|diferenca|valor em falta|valor restante|parte restante)\b" + g(5) +
        r"(?:ate|no dia|dia|no proximo|na proxima|no final|no fim|no inicio|depois|mais tarde|em|daqui a|dentro de|proxim\w+|a seguir|"
        r"posteriormente|logo que|assim que|na|no|para)\b",
    ),
    "callback": (
        r"(?:me|nos) (?:ligassem|ligasse|telefonassem|telefonasse|contactassem|contatassem|ligarem|ligar(?:ao|em))\b|(?:que )?(?:me|nos) (?:liguem|telefonem) (?:para|no|ao|\+|\d)",
        r"(?:contactem|contatem|contacte|contate|liguem|ligue)(?:-me|-nos)? (?:por|pelo|via|para o) (?:telefone|telemovel|celular|\d)",
        r"(?:agendar|marcar|ter|fazer|organizar|combinar|solicitar) (?:uma|um) (?:breve )?(?:reuniao|chamada|call|videochamada|encontro|conversa)\b",
        r"ligar-me|ligar-nos|ligue-me|liguem-me|ligue-nos|liguem-nos|liga-me|liga-nos|liga pra mim|liga para mim|telefona-me|telefona-nos|me ligar|nos ligar|me ligue|me liguem|nos ligue|nos liguem|me liga|"
        r"(?:ligue|liguem|ligar) (?:para|pro|ao|a) (?:mim|nos|o meu|meu|o numero|numero|o telemovel|o celular|\+|\d)|"
        r"telefonar-me|telefonar-nos|telefonem-me|telefonem-nos|telefone-me|me telefonar|nos telefonar|me telefonem|me telefone|"
        r"contactar-me por telefone|contatar-me por telefone|(?:dar|de|deem) (?:-me |-nos |me |nos )?um (?:toque|telefonema|ligacao)|"
        r"(?:um|uma) (?:telefonema|chamada|ligacao|contacto telefonico|contato telefonico)|contacto telefonico|contato telefonico|"
        r"(?:retornar|retorne|retornem|devolver|devolvam) (?:a |o |minha |meu )?(?:ligacao|chamada|contacto|contato)|"
        r"me (?:retornar|retorne|retornem|chamar|chame|chamem) (?:por|pelo|no|ao|via) (?:telefone|telemovel|celular|whatsapp)|"
        r"(?:ser|ser re)?contactad[oa]s? (?:por|pelo|via) (?:telefone|telemovel|celular)|(?:ser )?contatad[oa]s? (?:por|pelo|via) (?:telefone|celular)",
        r"(?:falar|conversar|discutir|esclarecer|tratar|resolver|contactar|contatar|contactarem|contatarem|disponivel|contactavel)\w*" + _w(4) +
        r"(?:por telefone|pelo telefone|ao telefone|via telefone|por telemovel|pelo telemovel|por celular|pelo celular|pelo whatsapp|por whatsapp|"
        r"em chamada|por chamada|por videochamada|pessoalmente)|telefonicamente",
        r"(?:falar|conversar) (?:com|diretamente com|directamente com) (?:alguem|uma pessoa|o responsavel|a responsavel|um responsavel|voces|o senhor|a senhora|"
        r"um gestor|o gestor|um colega|um atendente|um humano|o vosso|a vossa|um vosso)|"
        r"(?:pode|podem|poderia|poderiam|podia|podiam) (?:\w+ )?(?:contactar-me|contatar-me|me contactar|me contatar|contactar-nos|nos contactar|nos contatar|"
        r"ligar-me|me ligar|ligar-nos|nos ligar|telefonar-me|me telefonar|encontrar-me|me encontrar) (?:no|pelo|para o|para|ao|atraves do|\+|\d)|"
        r"(?:o meu|meu|o nosso|nosso) (?:numero|telemovel|celular|contacto telefonico|contato telefonico|telefone|whatsapp|contacto direto|ramal)(?: direto| directo)? (?:e|e o)\b|"
        r"(?:estou|estamos|fico|ficamos) (?:disponivel|disponiveis|contactavel|contactaveis) (?:no|pelo|para|ao|por|\+|\d)",
    ),
    "conditional": (
        r"^\s*se\b|\bse (?:tiver|tiverem|precisar|precisarem|necessitar|necessitarem|for necessario|for preciso|houver|quiser|quiserem|preferir|preferirem|"
        r"desejar|desejarem|achar|acharem|existir|existirem)|"
        r"(?:qualquer|quaisquer|para qualquer|para quaisquer|para mais|para outras|outras) (?:duvida|duvidas|questao|questoes|esclarecimento|esclarecimentos|informacao|informacoes|assunto|coisa)|"
        r"(?:nao|sem) (?:hesite|hesitem|hesitar)|(?:ficamos|fico|estamos|estou|permanecemos|continuamos) (?:a|ao|inteiramente a|inteiramente ao|sempre a|sempre ao) (?:vossa |sua |inteira |total |vossa inteira |sua inteira )?disposicao|"
        r"(?:em caso de|caso haja|caso tenha|caso tenham|caso precise|caso precisem|caso necessite|caso seja necessario|caso queira|caso queiram|caso prefira) ?(?:duvida|duvidas|necessidade|questoes)?|"
        r"sempre que (?:necessario|precisar|precisarem)|se assim o entender|se assim entenderem|eventualmente",
    ),
    "contact_change": (
        r"(?:estou|estamos|esta) (?:saindo|deixando|a deixar) (?:da|a) (?:empresa|firma|companhia)",
        r"(?:agora|a partir de agora|doravante) (?:e |sao |esta |estao |passa a ser |passou a ser )?(?:gerid|tratad|feit|administrad|terceirizad|assegurad)[oa]s? (?:por|pel[oa]s?)\b|passou a ser (?:gerid|tratad|feit|administrad)[oa]s? (?:por|pel[oa]s?)",
        r"(?:ja nao|nao) (?:\w+ )?(?:trabalho|trabalha|trabalhamos|colaboro|colabora|faco parte|faz parte|exerco|exerce|me ocupo|se ocupa|"
        r"trato|trata|respondo|responde|pertenco|pertence)(?: mais)?" + _w(3) + r"(?:na|no|nas|nos|com|em|pela|pelo|da|do|para|como|deste|desta|destes|destas|nessa|nesse|nesta|neste|naquela|naquele)\b"
        r"(?! (?:momento|prazo|dia|data|valor)\b)",
        r"(?:ja nao|nao) (?:\w+ )?(?:estou|esta|sou|e|somos|sao)(?: mais)? (?:\w+ )?(?:na empresa|no departamento|na equipa|na equipe|ao servico|com a empresa|"
        r"(?:o |a |a pessoa |o seu |a sua |o vosso |a vossa )?(?:responsavel|contacto|contato|pessoa de contacto|pessoa de contato|interlocutor|interlocutora))\b|"
        r"(?:este|esse) (?:email|e-mail|endereco) (?:ja nao|nao) (?:e|esta|sera|vai ser) (?:\w+ )?(?:utilizado|usado|valido|ativo|activo)",
        r"(?:deixei|deixou|deixaram|sai|saiu|sairam) (?:a |da |de |o |do )?(?:empresa|firma|companhia|sociedade|departamento|cargo|funcoes|equipa|equipe|organizacao)|"
        r"(?:reformou-se|aposentou-se|reformei-me|aposentei-me|se aposentou|me aposentei|esta reformad[oa]|esta aposentad[oa]|foi reformad[oa])|"
        r"(?:mudou|mudei|mudaram) de (?:empresa|emprego|funcoes|departamento|cargo)",
        r"(?:nov[oa]|outr[oa]|diferente|corret[oa]|correct[oa]|atualizad[oa]|actualizad[oa]) (?:\w+ )?(?:endereco|email|e-mail|correio eletronico|correio electronico|"
        r"contacto|contato|responsavel|interlocutor|pessoa de contacto|pessoa de contato|morada|caixa de correio)|"
        r"(?:endereco|email|e-mail|contacto|contato|morada) (?:\w+ )?(?:nov[oa]|corret[oa]|correct[oa]|atualizad[oa]|actualizad[oa]|alterad[oa])",
        r"(?:a partir de agora|a partir de hoje|a partir desta data|doravante|de agora em diante|daqui em diante|daqui para a frente|daqui pra frente|"
        r"no futuro|futuramente|para o futuro|de hoje em diante|a partir deste momento|de ora em diante),?" + g(8) +
        r"(?:enviar|envie|enviem|contactar|contatar|contacte|contactem|contate|contatem|escrever|escreva|escrevam|dirigir|dirijam|encaminhar|encaminhem|"
        r"remeter|remetam|mandar|mandem|utilizar|utilizem|usar|usem|deverao|deve|devem|sera|o contacto|o contato|o responsavel|a responsavel)",
        r"(?:enviar|envie|enviem|dirigir|dirijam|encaminhar|encaminhem|remeter|remetam|mandar|mandem)" + _w(3) +
        r"(?:as |os |a |o |toda a |todas as |todos os |futuras |futuros |proximas |proximos )?(?:faturas|facturas|lembretes|correspondencia|comunicacoes|emails|e-mails|"
        r"mensagens|avisos|cobrancas|documentos|notas fiscais|boletos|extratos)" + _w(4) + r"(?:para|ao|a|diretamente para|directamente para)\b",
        r"(?:atualizem|actualizem|atualize|actualize|atualizar|actualizar|alterem|altere|alterar|corrijam|corrija|corrigir|mudem|mude|mudar) "
        r"(?:\w+ )?(?:os vossos registos|os seus registos|os registos|os registros|o registo|o registro|o cadastro|os dados|o contacto|o contato|os contactos|"
        r"os contatos|o endereco|o email|o e-mail|a morada|a ficha|o destinatario|a base de dados|a vossa base|o responsavel|a lista de distribuicao)|"
        r"(?:substituid[oa]|sucedid[oa]) (?:por|pel[oa])|(?:o meu|a minha|o seu|a sua) (?:sucessor|sucessora|substitut[oa])|"
        r"(?:assumiu|assumira|passou a assumir|vai assumir) (?:as (?:minhas |suas )?funcoes|o cargo|a responsabilidade|a gestao|o lugar)|"
        r"(?:o|a) (?:nov[oa] )?(?:responsavel|interlocutor|interlocutora|pessoa de contacto|pessoa de contato) (?:e|sera|passa a ser|passou a ser) (?:agora|a partir de agora)?|"
        r"(?:agora|a partir de agora) (?:e|sera) (?:o|a) (?:\w+ )?(?:responsavel|contacto|contato)|"
        r"(?:passa|passara|passou) a (?:ser|tratar|gerir|acompanhar) (?:o |a )?(?:responsavel|este assunto|estes assuntos|as faturas|a conta|a faturacao|os pagamentos)|"
        r"(?:mudamos|alteramos|mudou|alterou-se|mudamos de|trocamos|trocou)" + _w(2) + r"(?:email|e-mail|endereco|morada|contacto|contato|dominio|responsavel)\b",
    ),
    "permanent": (
        r"ja nao|nao (?:\w+ )?(?:\w+ )?mais\b(?! (?:tarde|cedo|do que|que|de)\b)|a partir de agora|a partir de hoje|doravante|de agora em diante|daqui em diante|"
        r"daqui para a frente|daqui pra frente|no futuro|futuramente|para o futuro|com efeito imediato|definitivamente|de hoje em diante|"
        r"deixei|deixou|saiu da|sai da|substituid[oa] (?:por|pel[oa])|sucessor\w*|reformad[oa]|reformou-se|aposentad[oa]|aposentou-se|"
        r"atualiz\w+|actualiz\w+|alterem|mudamos|nov[oa] (?:responsavel|interlocutor\w*|contacto|contato|endereco|email|e-mail)",
    ),
    "ooo": (
        r"fora do (?:escritorio|gabinete)|(?:estou|estarei|estamos|estaremos|encontro-me|encontrar-me-ei|me encontro|atualmente|actualmente|de momento)" + _w(2) +
        r"(?:ausentes?|de ferias|em ferias|de licenca|em licenca|de baixa|em viagem|em deslocacao|em deslocacoes|fora do escritorio|fora|"
        r"indisponive(?:l|is)|sem acesso|de folga|de atestado|afastad[oa]s?)",
        r"(?:de ferias|em ferias|de licenca|em licenca|de baixa|ausentes?|de folga) (?:ate|desde|de|entre|no periodo|a partir|durante|hoje|esta semana|no dia|dia)\b|"
        r"(?:regressarei|regressaremos|retornarei|retornaremos|estarei de volta|estaremos de volta|voltarei|voltaremos|estarei novamente|"
        r"regresso (?:ao escritorio|no dia|dia|a \d|na|em)|retorno (?:ao escritorio|no dia|dia|na|em)|volto (?:ao escritorio|no dia|dia|na|a \d))|"
        r"(?:apos|depois d)o meu regresso|(?:apos|depois d)o meu retorno|(?:durante a|na) (?:minha|nossa) ausencia|"
        r"(?:acesso|conexao|ligacao) (?:limitad[oa]|restrit[oa]|reduzid[oa]|intermitente) (?:ao|a) (?:email|e-mail|correio)|sem acesso (?:ao|a) (?:email|e-mail|correio)|"
        r"nao (?:terei|teremos) acesso (?:ao|a) (?:email|e-mail|correio)|"
        r"(?:escritorio|escritorios|empresa|servicos) (?:\w+ )?(?:fechad[oa]s?|encerrad[oa]s?)|(?:encerrad[oa]s?|fechad[oa]s?) (?:para|por) (?:ferias|feriado|inventario)|"
        r"encerramento (?:para ferias|anual|de fim de ano|por ferias)|ferias coletivas|ferias colectivas",
    ),
    "auto": (
        r"resposta automatica|mensagem automatica|mensagem gerada automaticamente|e-?mail automatico|gerad[oa] automaticamente|"
        r"(?:esta|este) e (?:uma|um) (?:resposta|mensagem|email|e-mail) automatic[oa]|"
        r"(?:por favor |favor )?nao (?:responda|responder) (?:a|ao|para) (?:esta|este)|no-?reply|nao-?responda|"
        r"(?:caixa|endereco|email|e-mail|conta) (?:\w+ )?nao (?:e |esta |sera |e lid[oa] nem )?(?:monitorizad[oa]|monitorad[oa]|vigiad[oa]|lid[oa])|"
        r"(?:ticket|chamado|pedido de suporte|ocorrencia|protocolo|caso|solicitacao) (?:n\.?o?|nr\.?|numero|#|id)\s*\d|numero (?:do |de )?(?:ticket|protocolo|chamado)|"
        r"(?:ticket|chamado|protocolo|ocorrencia|solicitacao|pedido de suporte) (?:foi|e) (?:\w+ )?(?:criad|registad|registrad|abert|recebid|gerad)[oa]",
    ),
    "auto_weak": (
        r"(?:a sua|sua|a vossa) (?:mensagem|solicitacao|pedido|e-?mail) (?:foi|foram) (?:recebid[ao]|registad[ao]|registrad[ao])",
        r"(?:recebemos|recebi) (?:corretamente |correctamente |com sucesso )?(?:o seu|a sua|o vosso|a vossa|o teu|a tua|seu|sua) (?:email|e-mail|mensagem|pedido|contacto|contato|solicitacao)|"
        r"(?:obrigad[oa]|agradecemos|agradeco) (?:pelo|pela|o|a) (?:seu |sua |vosso |vossa )?(?:email|e-mail|mensagem|contacto|contato)|"
        r"(?:responderemos|responderei|entraremos em (?:contacto|contato)|entrarei em (?:contacto|contato)|retornaremos|retornarei|daremos retorno|darei retorno|"
        r"daremos resposta|daremos seguimento|(?:lhe|vos) responderemos|(?:lhe|vos) responderei)" + _w(3) +
        r"(?:com a maior brevidade|com a (?:maior )?brevidade possivel|brevemente|em breve|logo que possivel|assim que possivel|o mais (?:rapidamente|breve) possivel|"
        r"dentro de|no prazo|apos o meu regresso|quando regressar|no meu regresso|em ate)",
    ),
    "deputy": (
        r"(?:durante a|na) (?:minha|nossa) ausencia|para (?:assuntos|questoes|situacoes|pedidos|casos|temas|materias) (?:urgentes|importantes|inadiaveis|de faturacao|financeiros)|"
        r"em caso de (?:urgencia|emergencia|necessidade)|em casos? urgentes?|se (?:for )?urgente|(?:para )?urgencias|"
        r"(?:pode|podem|podera|poderao|por favor|favor|queira|queiram) (?:\w+ )?(?:contactar|contatar|contacte|contate|contactem|contatem|escrever|dirigir-se|falar com)|"
        r"(?:contacte|contate|contactem|contatem|contactar|contatar) (?:o |a )?(?:meu |minha |nosso |nossa )?(?:colega|substitut[oa]|departamento|servico|sr|sra|dr|dra|senhor|senhora|central|equipa|equipe)|"
        r"(?:dirigir-se|dirija-se|dirijam-se|enderecar) (?:a|ao|para)",
    ),
    "promise": (
        # "vendredi sans faute": a commitment word with a date is a promise
        r"sem falta",
        r"(?:com )?data(?:-| de )?(?:valor|execucao|agendamento)\b",
        r"(?:pagaremos|pagarei|pagara|pagarao|liquidaremos|liquidarei|liquidara|transferiremos|transferirei|regularizaremos|regularizarei|"
        r"saldaremos|saldarei|depositaremos|depositarei|quitaremos|quitarei|acertaremos|honraremos)\b",
        r"(?:efetuaremos|efectuaremos|efetuarei|efectuarei|faremos|farei|realizaremos|realizarei|enviaremos|enviarei|mandaremos|mandarei|"
        r"procederemos|procederei|emitiremos|daremos|processaremos|agendaremos|programaremos|lancaremos|autorizaremos|tratarei|trataremos)" + _w(3) +
        r"(?:" + _PAYOBJ_STRICT + r"|liquidacao|regularizacao|saldo)\b",
        r"(?:vamos|vou|iremos|irei|vai|vao|ira|irao|estamos a|estou a|estamos|estou)" + _w(2) +
        r"(?:pagar\w*|liquidar|transferir|regularizar|saldar|depositar|quitar|acertar|honrar|"
        r"(?:efetuar|efectuar|fazer|realizar|enviar|processar|emitir|agendar|programar|lancar|autorizar|mandar|tratar|providenciar|preparar) "
        r"(?:o |a |um |uma |os |as |esse |essa |este |esta |nosso |nossa )?(?:" + _PAYOBJ_STRICT + r"|saldo|liquidacao|regularizacao)|"
        r"pagando|liquidando|transferindo|regularizando|processando o pagamento|preparando o pagamento|a processar o pagamento|a preparar o pagamento)\b",
        r"(?:sera|serao|vai ser|vao ser|ira ser|irao ser|deve ser|devem ser|devera ser|deverao ser|podera ser|poderao ser|fica|ficara|estara|estarao)" + _w(1) +
        r"(?:" + _SETTLED + r"|" + _DONE + r"|agendad[oa]s?|programad[oa]s?|processad[oa]s?|providenciad[oa]s?|tratad[oa]s?)\b",
        r"(?:pagamentos?|transferencias?|depositos?|pix|boletos?|liquidacao|faturas?|facturas?|valor|montante|saldo)" + _w(3) +
        r"(?:esta |estao |foi |foram |ficou |ficaram |fica |ja esta |ja foi |encontra-se |se encontra )?"
        r"(?:agendad[oa]s?|programad[oa]s?|previst[oa]s?|marcad[oa]s?|planead[oa]s?|planejad[oa]s?|calendarizad[oa]s?|"
        r"em aprovacao|para aprovacao|em pagamento|lancad[oa]s? para|incluid[oa]s? n[oa]|na lista de pagamentos)",
        r"(?:agendamos|agendei|programamos|programei|marcamos|marquei|planeamos|planejamos|prevemos|previmos|lancamos|incluimos)" + _w(3) +
        r"(?:" + _PAYOBJ_STRICT + r"|liquidacao|saldo|a fatura|a factura|o valor)|"
        r"(?:agendad[oa]|programad[oa]|previst[oa]|marcad[oa]|planead[oa]|planejad[oa]) (?:para|no dia|pa|dia)\b|"
        r"(?:proxim[oa]|no proximo|na proxima|com o proximo|com a proxima) (?:corrida|ciclo|lote|processamento|lista|remessa|data|rodada|mapa)"
        r"(?: de| dos)? ?(?:pagamentos?|transferencias|fornecedores)?|(?:lote|mapa|lista) de pagamentos|pagamento (?:a|aos) fornecedores",
        r"(?:pretendemos|contamos|esperamos|prevemos|planeamos|planejamos|tencionamos|queremos|desejamos|conseguiremos|poderemos|"
        r"estaremos em condicoes de|comprometemo-nos a|nos comprometemos a|comprometo-me a|me comprometo a|pretendo|conto|espero|prevejo|tenciono|"
        r"conseguirei|poderei|vamos tentar|vou tentar|tentaremos|tentarei|devemos conseguir|devemos|deveremos|devo|deverei|faremos os possiveis para|"
        r"temos intencao de|tenho intencao de|e nossa intencao)" + _w(3) + r"(?:a |de )?" + _PAYINF,
        r"(?:pagamos|pago|liquidamos|transferimos|depositamos|fazemos (?:o|a) (?:pagamento|transferencia|pix|deposito)|faco (?:o|a) (?:pagamento|transferencia|pix))"
        r"(?: \w+)?(?: \w+)? (?:amanha|depois de amanha|na proxima|no proximo|proxima|proximo|nesta|esta|ate|no final|no fim|no inicio|"
        r"na (?:segunda|terca|quarta|quinta|sexta)|(?:segunda|terca|quarta|quinta|sexta)-feira|logo que|assim que|daqui a|dentro de)\b"
        r"(?!(?:-feira)? passad)(?! feira passad)",
        r"(?:vai receber|vao receber|ira receber|irao receber|receberao|recebera|vao ter|vai ter|terao|tera)" + _w(2) +
        r"(?:o |a |um |uma |o nosso |a nossa |nosso |nossa )?(?:pagamento|transferencia|deposito|pix|valor|dinheiro|montante|quantia|saldo)|"
        r"(?:contem|conte|podem contar|pode contar) (?:com )?(?:o |a )?(?:pagamento|transferencia|deposito|valor)",
        r"(?:(?<=mas )|(?<=porem )|(?<=contudo ))(?:o |a )?(?:faremos|farei|pagaremos|liquidaremos|trataremos)\b",
    ),
    "promise_ask": (
        r"(?:podemos|posso|poderiamos|poderia|podiamos|e possivel|seria possivel|sera possivel|da para|daria para|dava para|tudo bem se|ha problema se|"
        r"haveria problema se|tem problema se|teria problema se|importam-se que|importa-se que|se importam que|aceitam que|aceitariam que|"
        r"e aceitavel|seria aceitavel|ficaria bem|pode ser|podia ser|poderia ser|aceitam|concordam que|permitem que|autorizam)" + _w(3) +
        r"(?:pagar\w*|liquidar\w*|transferir\w*|saldar\w*|regularizar\w*|depositar\w*|pagamos|liquidamos|transferimos|"
        r"(?:efetuar|efectuar|fazer|realizar|efetuarmos|fazermos|realizarmos) (?:o |a |um |uma )?(?:pagamento|transferencia|deposito|pix|liquidacao)|"
        r"ter (?:mais )?(?:tempo|prazo) ate|ficar para|o pagamento|a transferencia)\b(?! (?:com|por|via|atraves|em numerario|online|por cartao|com cartao|em dinheiro|por mb)\b)",
        r"(?:dar-nos|deem-nos|deem-me|dar-me|nos dar|nos deem|me dar|me deem|concedam-nos|conceder-nos|nos conceder|nos concedam|concederem-nos|"
        r"esperar|aguardar|aguardem|esperem|deixem-nos|permitam-nos)" + _w(3) + r"(?:ate)\b|"
        r"ate (?:a|ao|o|dia)?" + _w(4) + r"(?:para (?:pagar|liquidar|regularizar|o pagamento|efetuar o pagamento|fazer o pagamento|saldar))|"
        r"^\W*(?:e que )?(?:pode|podia|poderia|podera|daria|da|dava|seria possivel|e possivel|tudo bem|ok) (?:ser |para )?(?:so )?"
        r"(?:no dia|dia|na|no|ate|para o dia|a \d|em \d)\b|"
        r"(?:pagar\w*|liquidar\w*) (?:\w+ )?(?:mais tarde|mais para a frente|mais pra frente|numa data posterior|posteriormente|com algum atraso|com uns dias de atraso)",
    ),
    "pay_word": (
        r"pag\w+|liquid\w+|transfer\w+|deposit\w*|boleto|pix|regulariz\w+|quit\w+|saldar\w*|saldo|debito direto|multibanco|mb way|"
        r"acert\w+|remessa|cheque|honrar",
    ),
    "claimed": (
        r"ja (?:procedemos|procedi|efetuamos|efectuamos|fizemos|realizamos|tratamos|liquidamos|regularizamos) (?:ao|a|o|do|da)? ?(?:pagamento|transferencia|liquidacao|deposito|pix|boleto|regularizacao)",
        r"(?:ja|acabamos de|acabei de|acabou de|tambem ja)" + _w(2) + r"(?:pagamos|paguei|pagou|pagaram|transferimos|transferi|transferiu|liquidamos|liquidei|"
        r"liquidou|depositamos|depositei|quitamos|quitei|saldamos|regularizamos|regularizei|efetuamos|efectuamos|efetuei|efectuei|realizamos|realizei|"
        r"fizemos|fiz|enviamos|enviei|mandamos|mandei|tratamos|tratei|acertamos|"
        r"(?:foi|foram|esta|estao|ficou|ficaram)" + _w(1) + r"(?:" + _SETTLED + r"|" + _DONE + r")|" + _SETTLED + r")\b",
        r"(?:paguei|pagou|pagaram|transferi|transferiu|transferiram|liquidei|liquidou|liquidaram|depositei|depositou|quitei|quitou|efetuei|efectuei|"
        r"efetuou|efectuou|realizei|realizou|fizemos|fiz|fizeram|fez|enviei|mandei|regularizei|regularizou|saldei)" + _w(3) +
        r"(?:o |a |um |uma |os |as |esse |essa |este |esta |nosso |nossa |vosso |vossa )?(?:" + _PAYOBJ + r"|faturas?|facturas?|tudo|conta)\b|"
        r"(?:paguei|pagou|pagaram|transferi|transferiu|liquidei|liquidou|quitei|quitou|depositei|depositou)\b(?! (?:amanha|na proxima|no proximo|ate)\b)",
        r"(?:pagamos|liquidamos|transferimos|depositamos|quitamos|saldamos|regularizamos|efetuamos|efectuamos|realizamos|enviamos|mandamos|fizemos)" + _w(4) +
        r"(?:ontem|anteontem|hoje|hoje de manha|hoje cedo|esta manha|de manha|na semana passada|semana passada|na passada|passad[oa]|no mes passado|"
        r"ha (?:\d+|dois|tres|quatro|cinco|uns|alguns|poucos) dias|em \d{1,2}(?:/\d{1,2}|\.\d{1,2}))\b",
        r"(?:" + _PAYOBJ_STRICT + r"|pagamento)" + _w(3) + r"(?:ja |tambem )?(?:foi|foram|esta|estao|ficou|ficaram|ja foi|ja esta|se encontra)\s+(?:ja\s+|devidamente\s+|corretamente\s+|correctamente\s+)?"
        r"(?:" + _SETTLED + r"|" + _DONE + r")\b",
        r"(?:" + _PAYOBJ_STRICT + r"|pagamento)\s+(?:ja\s+|devidamente\s+)?(?:" + _DONE + r"|" + _SETTLED + r")\b(?! (?:ate|amanha|na proxima|no proximo|assim que|logo que)\b)",
        r"(?:faturas?|facturas?|valor|montante|divida|saldo|conta|quantia|importancia|nota fiscal|boleto) (?:ja |tambem ja |encontra-se |se encontra )?"
        r"(?:esta |estao |foi |foram |ficou |ficaram |ja foi |ja esta )?(?:" + _SETTLED + r"|paga na totalidade|pag[oa] integralmente)\b"
        r"(?! (?:ate|amanha|na proxima|no proximo|assim que|logo que)\b)",
        r"(?:foi|foram|esta|estao|ficou|ficaram|ja foi|ja esta) (?:ja |tambem |integralmente |totalmente |devidamente )?" + _SETTLED + r"\b"
        r"(?! (?:ate|amanha|na proxima|no proximo|assim que|logo que)\b)",
        r"(?:segue|seguem|envio|enviamos|envia-se|anexo|anexamos|anexei|em anexo|junto|juntamos|junto envio|junto enviamos|remetemos|remeto|encaminho|encaminhamos|"
        r"em apenso|abaixo|de seguida|segue em anexo|seguem em anexo|vai em anexo|mando|mandamos|partilho|compartilho)" + _w(4) +
        r"(?:(?:o |a )?comprovativo|comprovante|recibo (?:de|do|da) (?:pagamento|transferencia|deposito|pix)|talao|"
        r"confirmacao (?:de|do|da) (?:pagamento|transferencia|deposito|pix)|prova (?:de|do) pagamento|print (?:do|da|de) (?:pagamento|transferencia|pix|comprovante)|"
        r"captura de ecra|screenshot (?:do|da) (?:pagamento|transferencia)|swift|mt103|documento (?:de|da) transferencia|extrato (?:bancario|do banco|da conta bancaria))",
        r"(?:comprovativo|comprovante|recibo|talao|prova) (?:\w+ )?(?:de |do |da )?(?:pagamento|transferencia|deposito|pix|ted)? ?(?:\w+ )?(?:segue |vai |esta )?(?:em anexo|anexo|anexado|junto|em apenso)",
        r"^\W*(?:ja |esta |tudo )?(?:pag[oa]s?|liquidad[oa]s?|quitad[oa]s?|regularizad[oa]s?|transferid[oa]s?|pago e recebido)\s*(?:[.!,]|$)|"
        r"(?:pag[oa]s?|liquidad[oa]s?|quitad[oa]s?|transferid[oa]s?) (?:ontem|anteontem|hoje|na semana passada|ha \w+ dias|em \d)",
        r"(?:debitad[oa]s?|saiu|sairam|descontad[oa]s?) (?:\w+ )?(?:da|na) (?:nossa )?conta|(?:transferencia|pagamento|pix|deposito|dinheiro|valor|ted) (?:ja )?(?:saiu|seguiu|foi enviad[oa]|caiu)\b|(?:ja )?(?:esta|vai) a caminho|ja (?:esta|deve estar) na (?:vossa|sua) conta|"
        r"(?:receberam|recebeu|recebeste|recebestes|chegou-vos) (?:o |a )?(?:nosso |nossa )?(?:pagamento|transferencia|deposito|pix|valor|cheque)|"
        r"(?:confirmem|confirme|confirmar|podem confirmar|pode confirmar) (?:a )?(?:rececao|recepcao|recebimento|boa rececao|boa recepcao|entrada) (?:do|da|de) (?:\w+ )?(?:pagamento|transferencia|deposito|pix|valor)|"
        r"pagamento (?:foi )?(?:bem sucedido|concluido com sucesso|confirmado)|"
        r"(?:pagamento|transferencia|deposito|pix) (?:ja )?(?:esta|estao|encontra-se|se encontra) (?:a ser processad[oa]|sendo processad[oa]|em processamento|em curso)|"
        r"(?:demos|dei|ja demos|ja dei|foi dada|foi dado) (?:a |uma )?(?:ordem|instrucao|instrucoes)\b|"
        r"(?:consta|constam|aparece|aparecem|figura|figuram|esta registad[oa]|esta registrad[oa]) como " + _SETTLED + r"\b",
    ),
    "arrival": (
        r"(?:recebem|receberao|vao receber|irao receber|deverao receber|devem receber|recebera|vai receber|devera receber|deve receber|recebe|vera|verao|"
        r"vao ver|vai ver|terao|tera)" + _w(3) +
        r"(?:(?:na |a |no |o |ate a |ate )?(?:segunda|terca|quarta|quinta|sexta|sabado|domingo)|amanha|depois de amanha|ate|no dia|dia|na proxima|no proximo|"
        r"hoje|dentro de|daqui a|em \d|na vossa conta|na sua conta|na conta|creditad[oa]|nos proximos)\b",
        r"(?:cai|caira|vai cair|deve cair|devera cair|entra|entrara|vai entrar|deve entrar|devera entrar|chega|chegara|chegarao|vai chegar|deve chegar|"
        r"devera chegar|deverao chegar|estara disponivel|estara na|estarao na|ficara disponivel|sera creditad\w*|serao creditad\w*|aparecera|vai aparecer|"
        r"deve aparecer|devera aparecer|deve compensar|vai compensar|compensara|devem ver|deverao ver|devem receber|deverao receber|devem te-lo|devem tê-lo)\b",
        r"prazo (?:de|da) compensacao|(?:dias uteis|dia util) para (?:compensar|cair|entrar|a compensacao)|"
        r"(?:leva|demora|levam|demoram|costuma levar|costuma demorar) (?:\d|um|uma|dois|duas|tres|alguns|uns) (?:dias?|horas)",
    ),
    "info_copy": (
        r"(?:copia|copias|segunda via|2a via|2a\. via|2 via|duplicado|duplicata|pdf|original|reenvio|ficheiro|arquivo|versao|xml)" + _w(2) +
        r"(?:d[ao]s? |de )?(?:(?:referida |respetiva |respectiva |nossa |vossa )?(?:faturas?|facturas?)|notas? de credito|boletos?|documentos?|notas? fiscal|notas? fiscais|nf-?e?|danfe|xml|recibo)",
        r"(?:reenviar|reenviem|reenvie|reenvia|voltar a enviar|voltem a enviar|enviar novamente|enviar de novo|mandar novamente|mandar de novo|re-enviar|"
        r"enviar-nos|enviar-me|mandar-nos|mandar-me|nos enviar|me enviar|nos mandar|me mandar|nos envie|nos enviem|me envie|me enviem|"
        r"envie-nos|enviem-nos|envie-me|enviem-me|mande-nos|mandem-nos|mande-me|mandem-me|encaminhar-nos|encaminhem-nos|"
        r"(?:podem|pode|podiam|podia|poderiam|poderia|conseguem|consegue) (?:\w+ )?(?:enviar|mandar|reenviar|encaminhar|remeter|partilhar|disponibilizar))" + _w(3) +
        r"(?:(?:a |as |o |os |uma |um |nova )?(?:faturas?|facturas?|pdf|notas? de credito|boletos?|documentos?|copias?|segunda via|2a via|notas? fiscal|notas? fiscais|nf-?e?|xml)|"
        r"(?:a|as|o|os|la|las|lo|los)\b)",
        r"(?:falta|faltava|sem|nao (?:veio|vinha|seguiu|segue|encontramos|encontro|consigo abrir|conseguimos abrir)) (?:o |a )?(?:anexo|pdf|ficheiro|arquivo|fatura em anexo|fatura anexa)|"
        r"(?:anexo|pdf|ficheiro|arquivo) (?:esta |vem |veio |chegou )?(?:vazio|em branco|ilegivel|corrompido|danificado|em falta|invalido)|"
        r"(?:segunda via|2a via) (?:do|da|de) (?:boleto|fatura|factura|nota)|"
        r"(?:preciso|precisamos|necessito|necessitamos|aguardo ainda|aguardamos ainda|falta-nos|faltou|falta) (?:d[ao]s? |de )?(?:a |o |as |os )?"
        r"(?:nota fiscal|notas fiscais|nf-?e?|xml|boletos?|danfe|faturas?|facturas?|copia)\b|nao (?:encontramos|encontro|localizamos|localizo|consigo encontrar|conseguimos encontrar) (?:a |o )?(?:fatura|factura|boleto|documento|nota fiscal)",
    ),
    "info_statement": (
        r"extrato(?:s)? (?:de conta|da conta|de conta corrente|de cliente|do cliente|atualizado|actualizado|contabilistico|contabil|de movimentos|financeiro)|"
        r"extrato(?! bancario)(?! do banco)(?! da conta bancaria)|"
        r"conta(?:-| )corrente (?:atualizada|actualizada|do cliente)|posicao (?:da conta|de conta|financeira|atualizada|actualizada|em aberto|devedora|de divida)|"
        r"(?:lista|listagem|relacao|resumo|relatorio|mapa|detalhe|discriminacao|levantamento) (?:\w+ )?(?:d[ao]s |de )?(?:faturas|facturas|documentos|titulos|pendencias|"
        r"valores|debitos|movimentos|pagamentos|em aberto|em divida)(?: em aberto| em divida| pendentes| vencid[ao]s| por pagar)?|"
        r"(?:faturas|facturas|documentos|titulos|valores) (?:em aberto|pendentes|por pagar|por liquidar|em divida)|pendencias|"
        r"reconcilia\w*|conciliacao|conciliar|saldo (?:atualizado|actualizado|em aberto|em divida|devedor|total)|quais (?:as )?(?:faturas|facturas|documentos|valores) (?:estao|se encontram|continuam|ficam)",
    ),
    "info_bank": (
        r"dados (?:bancarios|para (?:o )?(?:pagamento|transferencia|deposito)|de pagamento|da conta)|coordenadas bancarias|\biban\b|\bnib\b|\bswift\b|\bbic\b|"
        r"chave pix|(?:qual|qual e) (?:a |o )?(?:vossa |vosso |sua |seu )?(?:conta|pix|iban|nib|banco)|(?:numero|n\.o) (?:da|de) conta|conta bancaria|agencia e conta|"
        r"(?:para|em|a) (?:que|qual) (?:conta|iban|banco)|"
        r"como (?:podemos|posso|devemos|devo|se pode|poderemos|poderei|faco para|fazemos para) (?:\w+ )?(?:pagar|liquidar|efetuar o pagamento|efectuar o pagamento|fazer o pagamento|transferir|regularizar)|"
        r"(?:formas?|meios?|metodos?|modalidades?|opcoes) de pagamento|referencia(?:s)? (?:multibanco|mb|para pagamento|de pagamento)|entidade e referencia|"
        r"pagar (?:com|por|via|atraves de|em) (?:cartao|paypal|mb way|mbway|multibanco|pix|cheque|numerario|dinheiro|debito direto|referencia)|"
        r"link (?:de|para) pagamento|codigo de barras|linha digitavel|titular da conta|beneficiario",
    ),
    "info_other": (
        r"numero (?:da encomenda|de encomenda|do pedido|de pedido|da nota de encomenda|da ordem de compra|de compra|de referencia|do processo|do contrato|de cliente|"
        r"do nosso pedido|da nossa encomenda|de compromisso)|nota de encomenda|ordem de compra|pedido de compra|n\.o (?:da encomenda|do pedido|de encomenda)|(?<!un )\bpo\b(?!')|"
        r"guia de remessa|guia de transporte|guia de entrega|comprovativo de entrega|comprovante de entrega|canhoto|protocolo de entrega|"
        r"(?:mais|maiores|outros|algumas|alguns) (?:detalhes|informacoes|esclarecimentos|explicacoes|elementos|dados)|detalhe(?:s)? (?:da|do|das|dos) (?:fatura|factura|valor|horas|servicos|custos|cobranca)|"
        r"discrimina\w*|detalhad[oa]|(?:de|a) (?:que|qual|quais) (?:faturas?|facturas?|encomendas?|valor|valores|servico|pedido|documento|divida|cobranca) (?:se trata|se refere|se referem|estao a falar|estao falando|falam)|a que (?:se refere|se referem|diz respeito|dizem respeito|corresponde|correspondem)|de que se trata|referente a que|"
        r"(?:a|de) (?:que|qual) (?:encomenda|pedido|servico|fornecimento|contrato|projeto|projecto|fatura) (?:se refere|corresponde|diz respeito)|"
        r"(?:explicar|explicarem|explique|expliquem|esclarecer|esclarecam|esclareca|esclarecimento|justificar|justificacao|justificativa|fundamentar|clarificar)|"
        r"como (?:foi|foram) (?:calculad[oa]s?|apurad[oa]s?|obtid[oa]s?)|(?:contrato|orcamento|proposta|confirmacao da encomenda|folha de horas|timesheet|relatorio de horas)|"
        r"\bnif\b|\bnipc\b|\bcnpj\b|\bcpf\b|contribuinte|inscricao estadual|data de vencimento|(?:condicoes|prazo|prazos) de pagamento|quando vence|quando vencem",
    ),
    "request": (
        r"por favor|se faz favor|se fazem favor|(?:por|pf|p\.f\.?)\s?favor|favor (?:enviar|remeter|informar|indicar|encaminhar|confirmar|mandar)|pf|pff|"
        r"agradecia|agradeciamos|agradecemos (?:o envio|que|a vossa|a sua)|agradeco (?:o envio|que)|agradeceriamos|agradeceria|solicit(?:amos|o|ar|a-se)|pedimos|peco|"
        r"podem|podia|podiam|pode|poderia|poderiam|conseguem|consegue|precisamos|preciso|necessitamos|necessito|gostaria|gostariamos|queria|queriamos|"
        r"enviem|envie|mandem|mande|remetam|indiquem|indique|informem|informe|me envia|nos envia|nos enviar|me enviar|enviar-nos|enviar-me|"
        r"(?:onde|qual|quais|como|quando|porque|a quem|o que) (?:\w+ )?(?:posso|podemos|se|e|sao|esta|estao|encontro|encontramos|devemos|devo|fica|ficam|falta|faltam|consta|constam)\b|"
        r"[a-z0-9']+\?",
    ),
    "ack": (
        r"^\s*(?:ok|okay|obrigad[oa]|muito obrigad[oa]|recebido|recebida|anotado|tomei nota|tomamos nota|certo|entendido|combinado|perfeito|sim|nao|"
        r"de acordo|esta bem|ta bom|ta bem|beleza|blz|otimo|optimo|claro|percebido|ciente|bem recebido|bem recebida)\W*$|"
        r"tom(?:ei|amos|o) (?:a devida |boa )?nota|ficamos cientes|fico ciente|(?:vou|vamos|irei|iremos) (?:\w+ )?(?:verificar|ver|analisar|confirmar|averiguar|encaminhar|reencaminhar|"
        r"passar|checar|conferir|consultar|apurar|rever|validar|falar com)|"
        r"(?:encaminhei|encaminhamos|reencaminhei|reencaminhamos|passei|passamos|reencaminho|encaminho) (?:\w+ )?(?:para|ao|a|o seu|a sua|o email|a mensagem|o pedido|internamente)|"
        r"(?:verifico|verificamos|analisamos|analiso|confirmo|confirmamos|vejo|vemos) e (?:volto|voltamos|respondo|respondemos|retorno|retornamos|dou|damos|informo|informamos)|"
        r"(?:ja )?(?:volto|voltamos|retorno|retornamos|respondo|respondemos) (?:a falar|ao contacto|ao contato|com uma resposta|em breve|assim que|logo que|com novidades)",
    ),
    "vague_time": (
        r"em breve|brevemente|logo que (?:possivel|possamos|pudermos|tivermos|recebermos|seja possivel|der|houver|o cliente)|"
        r"assim que (?:possivel|possamos|pudermos|tivermos|recebermos|houver|o cliente|der|for possivel|seja possivel|entrar)|"
        r"o mais (?:rapidamente|breve|depressa|cedo) possivel|o quanto antes|quanto antes|com a maior brevidade|nos proximos dias|nas proximas semanas|"
        r"na proxima semana|para a semana|semana que vem|proxima semana|no proximo mes|proximo mes|mes que vem|"
        r"(?:n?o )?(?:inicio|principio|comeco) (?:d[oa] )?(?:mes|proximo mes|mes que vem|semana|proxima semana|semana que vem|ano|\w+bro|janeiro|fevereiro)|"
        r"(?:a |em )?meados (?:d[oa]|de) \w+|durante a semana|ainda esta semana|esta semana|este mes|ainda este mes|dentro de (?:dias|poucos dias|alguns dias)|"
        r"daqui a (?:uns|alguns|poucos) dias|(?:em|nos) (?:poucos|alguns) dias|um destes dias|qualquer dia|"
        r"quando (?:possivel|pudermos|tivermos|recebermos|houver|o cliente|os clientes|a situacao|entrar)|no mais tardar|"
        r"depois das (?:festas|ferias)|depois do natal|apos as festas|apos as ferias",
    ),
    "partial": (
        r"metade|(?:uma )?parte (?:do valor|do montante|da divida|da fatura|da factura|do saldo|da quantia|do total)|uma parte|em parte|parcial\w*|"
        r"adiantamento|um sinal|como sinal|uma entrada|de entrada|primeira (?:prestacao|parcela|tranche)|primeiro pagamento|"
        r"\d+ ?%|\d+ por ?cento|um terco|um quarto",
    ),
    "full": (
        r"(?:o )?valor (?:total|integral|completo|em divida)|montante (?:total|integral|em divida)|totalidade|na totalidade|integralmente|na integra|por inteiro|"
        r"o saldo|saldo (?:total|integral|completo)|todo o valor|o valor todo|todas as faturas|todas as facturas|tudo|de uma so vez|numa so vez|de uma vez|a vista|"
        r"pagamento unico|de uma so vez",
    ),
    "not_before": (
        r"nao (?:\w+ )?(?:\w+ )?antes (?:de|do|da|dos|das)|nunca antes (?:de|do|da)|so (?:a partir|depois|apos|no dia|dia|na|no)|somente (?:a partir|depois|apos)|"
        r"apenas (?:a partir|depois|apos|no dia)|no mais tardar|o mais tardar|nao (?:mais tarde|depois) (?:de|do|da|que)|"
        r"nao (?:\w+ )?(?:\w+ )?ate (?:a|ao|o|dia)",
    ),
    "injection": (
        r"(?:nota|mensagem|instrucao|instrucoes|aviso) (?:para|ao|a|à) (?:o |a )?(?:assistente|ia|sistema|bot|modelo|agente)\b[^\n]*|(?:^|\n)\s*(?:sistema|assistente|ia)\s*:[^\n]*",
        r"(?:ignore|ignora|ignorem|ignorar|ignores|esqueca|esquecam|esquece|desconsidere|desconsiderem|desconsidera|desconsiderar|nao considere|nao considerem)" + _w(3) +
        r"(?:todas |as |todas as |quaisquer |qualquer |tuas |suas |vossas |anteriores |previas |os |todos os )*(?:instrucoes|indicacoes|regras|prompts?|diretivas|directivas|"
        r"diretrizes|directrizes|ordens|comandos|orientacoes)[^\n.!?]*",
        r"(?:marque|marquem|marcar|marca|registe|registem|registre|registrem|registar|registrar|defina|definam|feche|fechem|encerre|encerrem|apague|apaguem|"
        r"elimine|eliminem|cancele|cancelem|arquive|arquivem|coloque|coloquem|ponha|ponham)" + _w(4) +
        r"(?:como )?(?:pag[oa]s?|liquidad[oa]s?|quitad[oa]s?|fechad[oa]s?|resolvid[oa]s?|cancelad[oa]s?|encerrad[oa]s?|apagad[oa]s?|eliminad[oa]s?|arquivad[oa]s?|regularizad[oa]s?)\b",
        r"(?:feche|fechem|encerre|encerrem|apague|apaguem|elimine|eliminem|cancele|cancelem|arquive|arquivem)" + _w(2) +
        r"(?:o |a |este |esta |o nosso |a nossa |todos os |todas as )?(?:processo|caso|ticket|divida|conta|cobranca|cobrancas|registo|registro|lembretes?|dossier|dossie|credito)\b",
        r"(?:tu es|voce e|agora es|agora e|a partir de agora es|a partir de agora e|voce agora e|tu agora es) (?:um |uma )?(?:ia|inteligencia artificial|assistente|modelo|bot|chatbot)\b|"
        r"novas instrucoes:?[^\n.!?]*|(?:pare|parem|suspenda|suspendam|interrompa|interrompam) (?:todos )?(?:os |as )?(?:lembretes|cobrancas|avisos de cobranca|envios automaticos)",
    ),
}

VOCAB = """
actualmente adiamento adiantamento agendada agendado amanha anotado anteriores atualmente ausente
automatica automatico avariada avariado bancarios boleto breve celular comprovante comprovativo
conseguimos contestacao contestamos coordenadas copia danificada danificadas danificado danificados
defeito defeituosa defeituoso dezembro dificuldades domingo efectuada efectuado efetuada efetuado
efetuamos encaminhar encomenda encomendamos endereco entrega errada errado escritorio extrato
factura facturas fatura faturas ferias fevereiro ignore impossibilitados incompleta incompleto
incorreta incorreto insatisfeitos instrucoes integralmente janeiro liquidada liquidado liquidamos
liquidar liquidez mensagem mercadoria metade momentaneamente novembro pagamento pagamentos pagamos
pagaremos parcelado parcelamento parcelar parcelas possivel prestacoes pretendemos previsto
programado prorrogacao prorrogar proxima proximo quarta-feira quinta-feira recebemos recebida
recebido reclamacao recusamos regresso responsavel sabado satisfeitos segunda segunda-feira semana
sexta-feira telefonar telefone telemovel terca-feira tesouraria totalidade transferencia
transferencias transferida urgencia vamos
"""

# real words of the language, protected from typo correction towards other languages' cue words
KNOWN = """
abaixo abatimento aberto abraco abracos abrimos abrir acabamos acabei acabou acao aceitam aceitamos
aceitariam aceitavel aceitei aceito acertamos acertar acertaremos acerto acesso achar acharem acima
acionamos acompanhar acordada acordado acordo activo actualizada actualizado actualizar actualize
actualizem adiar adiarmos adicionais adicional adiem administracao adquiri adquirimos advogado
agencia agendamos agendar agendaremos agendei agora agradecemos agradeceria agradeceriamos
agradecia agradeciamos agradeco aguardamos aguardando aguardar aguardem aguardo ainda alargamento
alargar alguem algum alguma algumas alguns alteramos alterar altere alterem alto altura amortizacao
amos analisamos analisar analiso anexa anexado anexamos anexas anexei anexo anexos ano anos
anteontem antes anual anulamos apague apaguem aparece aparecem aparecer aparecera apenas apenso
aperto aplicado aplicaram apos aposentei aposentou apresenta apresentam aprovacao aprovado apurar
aquela aquele aquilo arquive arquivem arquivo artificial artigos assim assinamos assinatura assinei
assistencia assistente associado assumir assumira assumiu assunto assuntos atenciosamente atendente
atestado ativo atraso atraves atravessamos atualizada atualizado atualizar atualize atualizem
ausencia automaticamente automaticos autorizam autorizamos autorizar autorizaremos autorizei
avancar avariaram avariou averiguar aviso avisos baixa bancaria bancarias bancario banco bancos
barras base bastante beleza bem beneficiario bocado boletos branco brevemente brevidade cada
cadastro cair caira caiu caixa caixas calculo caminho cancelamos cancele cancelem canhoto
capacidade captura cara carencia carga cargo caro caros carta cartao caso casos categoricamente
cedo centavo centimo cento central certo cessem chamada chamado chamar chame chamem chave checar
chefe chega chegar chegara chegaram chegarao chegou cheque ciclo ciente cientes cinco clarificar
claro cliente clientes cobranca cobrancas cobrar cobraram cobrir cobrou codigo coisa colabora
colaboro colectivas colega colegas coletivas coloque coloquem comandos combinado comeco comercial
como companhia compartilho compensacao compensar compensara completa completo complicada complicado
componentes compra compramos compras compreensao comprei comprometemos comprometo compromisso
comprovantes comunicacoes comunicamos concedam conceder conciliacao conciliar concluido conclusao
concordam concordamos condicoes conexao conferir confirmacao confirmado confirmamos confirmar
confirme confirmem confirmo conforme conformes conhecimento conheco consegue conseguem conseguir
conseguirei conseguiremos conserto considere considerem consigo consta constam consultar
consultoria conta contabil contabilidade contabilista contabilistico contactar contactara
contactarem contactaveis contactavel contacte contactem contacto contactos contamos contar contas
contatar contatara contatarem contate contatem contato contatos conte contem contestada contestar
contesto continua continuam continuamos conto contratamos contratei contrato contratos contribuinte
contudo conversar copias correcao correccao correctamente correio corrente corresponde correspondem
correspondencia correta corretamente corretas correto corretos corrida corrigida corrigir corrija
corrijam corrompido costuma creditado credito crise critica critico culpa cumprimentos cumprir
curso custos dada dado dados damos danfe daqui darei daremos daria data dava debitaram debito
debitos deem defeitos defina definam definitivamente deixaram deixe deixei deixem deixou delicada
demasiado demora demoram demorar demos dentro denunciamos departamento depois depositamos depositar
depositarei depositaremos depositei deposito depositou depressa desconhecemos desconheco
desconsidera desconsiderar desconsidere desconsiderem desconto descontos desculpa desde desejamos
desejar desejarem deslocacao deslocacoes dessa desse desta destas deste destes destinatario detalhe
detalhes deve devedor devedora devem devemos devera deverao deverei deveremos deveriam devida
devidamente devido devo devolucao devolvam devolvemos devolver devolvi devolvida dia diante dias
diferenca diferente dificil digitavel dilatacao dilatar diluir dinheiro directamente directivas
directo directrizes diretamente diretivas direto diretor diretora diretrizes dirigir dirijam
discordamos discrepancia discriminacao discutir dispomos disponho disponibilidade disponibilizar
disponiveis disponivel disposicao disposta disposto dispostos disto distribuicao dita dito divida
dividas dividir dividirmos dizem dobrar dobro documento documentos dois dominio doravante dossie
dossier doze duas duplicacao duplicada duplicado duplicata durante duvida duvidas economica
economicos ecra efectuamos efectuar efectuarei efectuaremos efectuei efectuou efeito efetuadas
efetuados efetuar efetuarei efetuaremos efetuarmos efetuei efetuou electronico elementos eletronico
elimine eliminem emails emergencia emissao emitam emitida emitir emitiremos emprego empresa
empresas empurrar encaminhamos encaminhei encaminhem encaminho encerrado encerrados encerramento
encerre encerrem encomendado encomendei encontra encontram encontramos encontrar encontro enderecar
engano enquanto entao entender entenderem entendido entidade entra entrada entrar entrara entrarei
entraremos entre entregaram entregas entregue entregues entretanto envia enviada enviadas enviado
enviados enviamos enviar enviarei enviarem enviaremos envie enviei enviem envio envios equipa
equipamento equipe eram erradamente erradas errados erro escalonado escalonamento escalonar
esclareca esclarecam esclarecer esclarecimento esclarecimentos escreva escrevam escrever escrevo
escritorios espera esperamos esperando esperar esperem espero esqueca esquecam esquece essa essas
esse esses esta estado estadual estamos estao estar estara estarao estarei estaremos estas estava
estavam este estender estes esteve estimada estimado estorno estou estragaram estragou etapas euro
euros eventualmente exerce exerco existe existir existirem exma exmo exmos explicacao explicacoes
explicar explicarem explique expliquem extensao extra extratos fabricacao fabrico face faco
facturacao falam falando falar falarmos falta faltam faltando faltar faltaram faltava faltavam
faltou farei faremos fase faseado faseamento fasear fases faturacao faturado faturaram faturou
favor fazem fazemos fazer fazermos feche fechem feira feita feito feriado festas fica ficam ficamos
ficar ficara ficaram ficaria ficha ficheiro fico ficou figura figuram filhos final financeira
financeiras financeiro financeiros fiquei fiscais fiscal fizemos fizeram fluxo folga folha fomos
fora foram formacao fornecedor fornecedores fornecimento fraccionamento fraccionar fracionado
fracionamento fracionar frente funciona funcionar funcoes fundamentar fundos futuramente futuras
futuro futuros gabinete garantia gerada gerente gerir gestao gestor gostaria gostariamos guia haja
haveria hesitar hesite hesitem hoje honrar honraremos horario horas houve houver humano ignora
ignorar ignorem ignores ilegivel imediato importam importancia importantes importunar impossivel
inadiaveis incluida incluimos inclusive incomodar incorretas incorretos indevida indevidamente
indicacoes indicar indique indiquem infelizmente informacao informacoes informamos informar informe
informem informo inicio insatisfatorio inscricao insistir insolvencia instalacao instrucao
insuficiente insuficientes integra integral inteira inteiramente inteiro inteligencia intencao
interlocutor interlocutora intermitente internamente interrompa interrompam intervencao
intervencoes inutilizavel invalido inventario irao irei iremos isso isto item itens jamais judicial
juntamos junto juridico juros justica justificacao justificar justificativa lamentamos lancamos
lancar lancaram lancaremos lapso legal lembrete lembretes leva levam levantamento levar lhes
licenca liga ligacao ligar ligarem ligue liguem limitado limpeza linha liquidacao liquidadas
liquidados liquidando liquidara liquidaram liquidarei liquidaremos liquidei liquidou lista listagem
localizamos localizo logo longo lote lugar mails maior maiores mais mal mandamos mandar mandarei
mandaremos mande mandei mandem mando manha manuel manutencao mapa marca marcamos marcar marcos
margem marque marquei marquem materiais material materias meados mediante meios melhor melhores
mensagens mensais mensal mensalidades mensalmente mercadorias mes meses mesmo meu minha minhas
minimamente modelo molhado momento monitorizado montagem montante montantes morada moratoria
movimentos mudamos mudar mudaram mude mudei mudem mudou muito multibanco nada naquela naquele natal
necessario necessidade necessitamos necessitar necessitarem necessite necessito negamos nego nenhum
nenhuma nessa nesse nesta neste noite nome nossa nossas nosso nossos nota notas nova novamente
novas novidades novo novos num numa numerario numero nunca obrigada obrigado obrigados ocorrencia
ocupa ocupo office onde ontem opcoes optimo orcamentado orcamento orcamentos ordem ordens
organizacao orientacoes original otimo outra outras outro outros paciencia paga pagamneto pagando
pagar pagara pagaram pagarao pagarei pagariamos pagas pago pagos pagou paguei para param pararam
parcela parcelarmos parcelei parcelem parciais parcial pare parece parecem parem parou parte partes
partidas partidos partilhar partilho partir passa passada passado passamos passar passara passei
passou paulo paypal pecas peco pedi pedido pedidos pedimos pela pelas pelo pelos pendencias
pendentes percebido perder perfeito pergunta periodo permanecemos permitem pertence pertenco
pessima pessimo pessoa pessoalmente pior planeamos planejamos plano pode podem podemos podera
poderao poderei poderemos poderia poderiam poderiamos podia podiam podiamos ponha ponham ponto
porem porque portanto posicao possamos possibilidade possiveis posso postergacao postergar
posterior posteriormente pouco poucos pouquinho prazo prazos precisamos precisar precisarem precise
precisem preciso preco precos preferimos preferir preferirem prefira prefiro preparando preparar
prestacao prestacional pretendo prevejo prevemos previas previmos previsivelmente prezada prezadas
prezado prezados primeira primeiro principio problema problemas proceder procederei procederemos
processado processamento processando processar processaremos processo produto produtos programamos
programar programaremos programei projecto projeto prolongamento prolongar prometeram prometo
propor proposito proposta propostas proposto prorrogarem protelar protocolo prova providenciar
proximas proximos puder puderes pudermos quais quaisquer qual qualidade qualquer quando quantia
quantidade quanto quarta quarto quatro quebradas quebrados quebraram quebrou queira queiram queixa
queixas quem queremos queria queriamos quero questao questoes quinta quinze quiser quiserem quitada
quitado quitamos quitar quitarei quitaremos quitei quitou ramal rapidamente rasto rastro razao
reabrimos reagendamento reagendar reais real realizada realizadas realizado realizados realizamos
realizar realizarei realizaremos realizarmos realizei realizou recebe recebem receber recebera
receberam receberao recebermos recebeste recebestes recebeu recebi recebidas recebidos recebimento
recebimentos rececao recepcao recibo reclamacoes reclamamos reclamar reconhecemos reconheco
rectificada recuperacao recursos recusamo recuso reembolso reencaminhamos reencaminhar reencaminhei
reencaminho reenvia reenviar reenvie reenviem reenvio refere referem referencia referente referida
referido registar registe registem registo registos registrar registre registrem registro registros
regras regressar regressarei regressaremos regularizacao regularizamos regularizando regularizar
regularizarei regularizaremos regularizei regularizou rejeitamos rejeito relacao relativa
relativamente relatorio remanescente remarcar remessa remetam remetemos remeter remeto remover
reparacao reparacoes repartir rescindimos reserva resolucao resolver respectiva respeito respetiva
responda responde respondemos responder responderei responderemos respondo responsabilidade
resposta restante resto resumo retificada retornamos retornar retornarei retornaremos retorne
retornem retorno rever rodada sabemos sairam saiu saldamos saldar saldarei saldaremos saldei saldo
saldos santos saudacoes seco secretaria segue seguem seguida seguimento seguinte seguintes seguir
seguiu segundo seis seja semanalmente semanas sempre sendo senhor senhora senhores sequencia sera
serao seria servico servicos seu seus sexta sido sinal sistema situacao situacoes social sociedade
solicitacao solicitado solicitamos solicitei somente somos sua suas subscricao substituicao
substituida substituido sucedido sucesso sucessor sucessora suficiente suporte suspenda suspendam
tabela talao tambem tanto tardar tarde taxa tecnico telefonem telefonema telefonicamente telefonico
temas temos tempo temporariamente tencionamos tenciono tenha tenham tenho tentar tentarei
tentaremos tera terao terca terceira terceiros terco terei teremos teria terminantemente termos
tinha tinhamos titular titulos tivemos tiver tiverem tivermos toda todas todo todos tolerancia
tomamos tomei toque tostao total totalmente trabalha trabalhamos trabalho tranche tranches
transferi transferimos transferindo transferir transferiram transferirei transferiremos transferiu
transporte trata tratamos tratar tratara tratarei trataremos tratei trato treinamento tres tribunal
trocamos trocou tuas tudo ultima umas unico unidades urgencias urgente urgentes usado usar usem
uteis util utilizado utilizar utilizem validar valido valor valores varias vazia vazio veio vejo
vemos vence vencem vencida vencidas vencido vencimento vera verao verba verificamos verificar
verifico verifiquem versao vezes viagem videochamada vieram vimos vinha vista voce voces volta
voltamos voltar voltarei voltaremos voltem volto volumes vossa vossas vosso vossos zeros
"""
