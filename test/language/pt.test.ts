import {languageSuite} from './helper.js'

languageSuite({
  code: 'pt',
  removes: {
    'click-prompt': [
      'Clique na imagem acima e veja como está o ranking dos pilotos nesta temporada',
      'Clique na foto para ampliar',
      'Clique e saiba os horários da TV do GP do Brasil'
    ],
    'social-promo': [
      'Siga o Jornal da Cidade no Instagram e no TikTok',
      'Siga-nos nas redes sociais',
      'Receba as notícias do Jornal da Cidade no seu WhatsApp',
      'Entre no canal do Observador no WhatsApp',
      'Junte-se ao nosso canal no Telegram',
      'Clique aqui para seguir o canal'
    ],
    'cookie-banner': [
      'Aceitar todos',
      'Rejeitar tudo',
      'Gerir preferências',
      'Este site utiliza cookies para melhorar a sua experiência.',
      'Utilizamos cookies e tecnologias semelhantes.',
      'Ao continuar navegando, você concorda com a nossa política de privacidade.',
      'Nós e os nossos parceiros armazenamos informações num dispositivo.'
    ],
    'related-content': [
      'Leia também',
      'Mais lidas',
      'Veja também: Como se proteger durante uma enchente',
      'LEIA MAIS | Governo anuncia novo programa de moradia',
      'Noutro artigo explicamos como pedir o reembolso.',
      'Também lhe pode interessar'
    ],
    'image-credit': [
      'Foto: Reprodução/TV Globo',
      'Imagem de arquivo',
      '(Foto: Lusa)',
      'Divulgação',
      'Reprodução/Instagram',
      'Fotografia cedida pela Câmara Municipal'
    ],
    'rights-notice': [
      '© 2025 Jornal da Cidade. Todos os direitos reservados.',
      'Todos os direitos reservados.',
      'É proibida a reprodução total ou parcial deste conteúdo.',
      'Proibida a reprodução sem autorização.'
    ],
    'reader-appeal': [
      'Assine a nossa newsletter',
      'Receba a newsletter do Observador todas as manhãs',
      'Apoie o jornalismo independente',
      'Este conteúdo é exclusivo para assinantes',
      'Já é assinante? Faça login',
      'Você atingiu o limite de reportagens gratuitas.',
      'Assine já'
    ],
    'comment-share': [
      'ATENÇÃO: Comentários com textos ininteligíveis ou que faltem com respeito ao usuário não serão aprovados.',
      'Comentários',
      '57 comentários',
      'Compartilhar no WhatsApp',
      'Partilhar no Facebook',
      'Copiar link',
      'O seu endereço de email não será publicado.',
      'Comentários fechados.'
    ],
    'ad-label': ['Publicidade', 'Continua após a publicidade', 'Conteúdo patrocinado', 'Conteúdo oferecido por Santander'],
    byline: ['Por Fernanda Lima', 'Por Fernanda Lima e Rafael Souza', 'Por Maria da Conceição dos Santos', 'Texto de João Pedro Marques'],
    'tag-list': ['Tags: São Paulo, Chuvas, Enchentes', 'Temas: Política, Governo, Orçamento'],
    'source-line': ['Fonte: Agência Brasil', 'Com informações da Agência Brasil', 'Com Lusa', 'Com agências'],
    'interface-text': ['Fechar', 'Foto 1 de 8', 'Voltar à galeria', 'Este conteúdo requer JavaScript.'],
    'contributor-credit': ['Colaborou Fernanda Lima', 'Com colaboração de Rafael Souza'],
    timestamp: [
      'Publicado em 14/03/2025 às 18h40',
      'Atualizado em 14 de março de 2025, 18h40',
      '14 mar 2025, 18:40',
      'Sexta-feira, 14 de março de 2025',
      '14/03/2025 18h40',
      'Tempo de leitura: 4 min',
      '3 min de leitura',
      'Há 3 horas',
      'Atualizado há 2 horas',
      'Hoje, 18h40',
      'Tempo de leitura:',
      'Atualizado'
    ],
    breadcrumb: ['Início › Brasil › São Paulo']
  },
  keeps: [
    // Reported speech that quotes furniture is article text, even short.
    '«Todos os direitos reservados», disse o advogado.',
    '«Assine», disse.',
    'Os comentários estão fechados, explicou o porta-voz.',
    'Clique aqui para baixar o relatório completo.',
    'Ao clicar na foto, aparece o nome do fotógrafo.',
    'Muitos pediram ajuda por meio de grupos de WhatsApp e de mensagens no Instagram.',
    'Entre os vídeos mais vistos no YouTube estão imagens do temporal na zona leste.',
    'O aplicativo oficial, criticado por exigir a aceitação de cookies, será atualizado.',
    'A editora reservou para si todos os direitos de adaptação do livro, segundo o contrato.',
    'É proibida a reprodução das imagens do julgamento, decidiu o juiz.',
    'Apoia o Governo a proposta de reforma fiscal apresentada ontem?',
    'A newsletter do ministério foi enviada a todas as escolas.',
    'Por Portugal e pela Europa, disse o candidato no comício.',
    '“Em 40 minutos choveu o esperado para uma semana inteira”, afirmou o coordenador.',
    'No dia 14 de março de 2025 o tribunal vai ouvir as testemunhas de defesa.',
    'Metrô e trens afetados',
    'Atenção: comentários do ministro sobre a seca irritaram os agricultores do Alentejo.',
    'Fechar a usina custaria mais de dois bilhões de reais, segundo o relatório.',
    'Um em cada oito moradores diz ter deixado o carro em casa.'
  ],
  pages: {
    'o perfil da empresa e a assessoria de imprensa no fim de um comunicado saem': `
      + A prefeitura de São Paulo anunciou na terça-feira um plano de emergência para enfrentar as chuvas que atingem a cidade desde o fim de semana.
      + Segundo o secretário de obras, equipes foram enviadas para limpar bueiros e desobstruir córregos nas regiões mais afetadas pelos alagamentos.
      + Moradores da zona leste reclamam que os mesmos problemas se repetem todos os anos sem que as obras prometidas sejam concluídas.
      - Sobre a Muster
      - A Muster é uma fornecedora global de soluções para hospitais, com sede em Lisboa e cerca de 1.300 colaboradores.
      - Assessoria de imprensa
      - Ana Souza, comunicação
      - imprensa@muster.example
    `,
    'a comment thread without a heading goes, from the first commenter to the end': `
      + A chuva forte desta terça-feira deixou vários bairros da zona leste de São Paulo alagados, segundo a Defesa Civil.
      + Os moradores do Jardim Pantanal usaram barcos para retirar idosos e crianças das casas inundadas durante a noite.
      - João
      - há 2 dias
      - Todo ano é a mesma coisa nesse bairro.
      - Responder
      - Maria
      - há 3 dias
      - Cadê as obras prometidas pela prefeitura?
      - Responder
      - morador_zl
      - há 5 dias
      - Força a todos os vizinhos.
      - Responder
    `,
    'comments introduced by `<nome> disse:` go, one quote in an interview stays': `
      + A chuva forte desta terça-feira deixou vários bairros da zona leste de São Paulo alagados, segundo a Defesa Civil.
      + O coordenador diz:
      + “Em 40 minutos choveu o esperado para uma semana inteira, e o sistema de drenagem não deu conta.”
      + Os moradores do Jardim Pantanal usaram barcos para retirar idosos e crianças das casas inundadas durante a noite.
      - João disse:
      - Todo ano é a mesma coisa.
      - Maria disse:
      - Cadê as obras prometidas?
      - morador_zl disse:
      - Força a todos.
    `,
    'a reader appeal after its salutation goes': `
      + A previsão do Instituto Nacional de Meteorologia é de novas pancadas de chuva até domingo, com risco de alagamentos.
      - Caro leitor,
      - para continuar oferecendo jornalismo de qualidade, precisamos do seu apoio. Assine a partir de R$ 1,90.
    `,
    'a letter to readers that is the article stays': `
      + Caro leitor,
      + há vinte anos chegava às bancas a primeira edição deste jornal, e desde então muita coisa mudou na cidade.
    `,
    'sentence-case captions go, sub-headings with lower-case words stay': `
      + Na zona leste, moradores do Jardim Pantanal usaram barcos para retirar idosos e crianças das casas inundadas.

      - Ricardo Nunes

      + A Linha 3-Vermelha do metrô teve a circulação interrompida entre as estações Tatuapé e Itaquera por duas horas.

      + Metrô e trens afetados

      + A CPTM informou que a Linha 12-Safira operou com velocidade reduzida até o fim da noite por causa de um deslizamento.
    `,
    'related headlines under a heading at the end of the page go': `
      + A previsão do Instituto Nacional de Meteorologia é de novas pancadas de chuva até domingo, com risco de alagamentos.
      - Mais lidas
      - Calor extremo: termômetros passam dos 37 °C no interior paulista
      - Metrô terá nova estação na zona norte a partir de junho
    `
  }
})
