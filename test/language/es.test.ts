import {languageSuite} from './helper.js'

languageSuite({
  code: 'es',
  removes: {
    'click-prompt': ['Haz clic en la imagen para ampliarla', 'Pincha en la foto para ver la galería completa'],
    'social-promo': [
      'Síguenos en Telegram, X e Instagram',
      'Únete a nuestro canal de WhatsApp',
      'Suscríbete a nuestro canal de YouTube',
      '¿Te ha gustado? Síguenos en nuestras redes sociales.',
      'Recibe las últimas noticias en tu móvil a través de WhatsApp',
      'Sigue a El Diario en Google Noticias'
    ],
    'cookie-banner': [
      'Aceptar todas',
      'Rechazar todo',
      'Configuración de cookies',
      'Este sitio web utiliza cookies para mejorar su experiencia.',
      'Utilizamos cookies propias y de terceros para fines analíticos.',
      'Si continúa navegando, consideramos que acepta su uso.',
      'Al hacer clic en «Aceptar», usted consiente el uso de cookies.',
      '¿Aceptas las cookies?'
    ],
    'related-content': [
      'Te puede interesar',
      'Noticias relacionadas',
      'Lo más leído',
      'Lee también: La Junta aprueba un decreto de emergencia',
      'LEA TAMBIÉN | El Gobierno sube el salario mínimo',
      'Más información: Así están los embalses esta semana',
      'En este otro artículo te contamos cómo ahorrar agua en casa.'
    ],
    'image-credit': ['Foto: EFE/Román Ríos', 'Imagen de archivo', '(Foto: Europa Press)', 'EFE y Europa Press', 'Fotografía cedida por el Ayuntamiento'],
    'rights-notice': [
      '© Diario del Sur 2025. Todos los derechos reservados.',
      'Todos los derechos reservados.',
      'Queda prohibida la reproducción total o parcial de este contenido.',
      'Prohibida la reproducción sin autorización expresa.'
    ],
    'reader-appeal': [
      'Suscríbete a nuestra newsletter diaria',
      'Recibe nuestro boletín cada mañana en tu correo',
      'Apóyanos: el periodismo de calidad cuesta dinero',
      'Hazte suscriptor desde 1 euro al mes',
      'Este contenido es exclusivo para suscriptores',
      '¿Ya eres suscriptor? Inicia sesión',
      'Has alcanzado el límite de artículos gratuitos este mes.',
      'Suscríbete'
    ],
    'comment-share': [
      'Comentarios',
      '34 comentarios',
      'Compartir en WhatsApp',
      'Copiar enlace',
      'Debes iniciar sesión para comentar.',
      'Tu dirección de correo electrónico no será publicada.',
      'Comentarios cerrados'
    ],
    'ad-label': ['Publicidad', 'PUBLICIDAD', 'Contenido patrocinado', 'Contenido ofrecido por Iberdrola'],
    byline: ['Por Lucía Martín', 'Por Lucía Martín y Javier Ortega', 'Por José María Pérez de la Torre', 'Escrito por Ana Belén Ruiz'],
    'tag-list': ['Archivado en: Sequía, Andalucía, Cádiz', 'Etiquetas: Economía, Vivienda, Alquiler'],
    'source-line': ['Fuente: EFE', 'Con información de EFE', 'Con información de Reuters y agencias'],
    'interface-text': ['Cerrar', 'Foto 1 de 8', 'Volver a la galería', 'Este contenido requiere JavaScript.'],
    'contributor-credit': ['Con la colaboración de Ana García', 'Luis Pérez colaboró en esta información.'],
    timestamp: [
      'Actualizado: 14/03/2025 09:30 h',
      'Publicado el 12 de marzo de 2025',
      'Actualizado el 12/03/2025 a las 14:35',
      'Miércoles, 12 de marzo de 2025',
      '12 mar 2025 - 14:35 CET',
      'Marzo 12, 2025',
      'Tiempo de lectura: 4 min',
      '3 min de lectura',
      'Hace 3 horas',
      'Hoy, 14:35',
      'Tiempo de lectura',
      'Actualizado'
    ],
    breadcrumb: ['Inicio > España > Andalucía', 'Portada / Internacional / Europa']
  },
  keeps: [
    // Reported speech that quotes furniture is article text, even short.
    '«Todos los derechos reservados», dijo el abogado.',
    '«Suscríbete», dijo.',
    'Los comentarios están cerrados, explicó el portavoz.',
    'Haz clic aquí para descargar el informe completo.',
    'Al hacer clic en la foto aparece el nombre del fotógrafo.',
    'En Ubrique y en Grazalema, los vecinos se han organizado en grupos de WhatsApp para avisar a las personas mayores.',
    'La policía investiga a los administradores de un canal de Telegram que difundía bulos sobre la sequía.',
    'La aplicación no instala cookies de seguimiento, aseguraron sus responsables ante las quejas de algunos usuarios.',
    'La editorial se ha reservado todos los derechos de la obra, según el contrato firmado en 2019.',
    'Queda prohibida la reproducción de los vídeos grabados en el juicio, ha ordenado la jueza.',
    'El boletín oficial publicó ayer la convocatoria de ayudas para los regantes.',
    'Apoya el Gobierno la reforma laboral con los votos de sus socios.',
    'Por qué la sequía golpea más a Andalucía',
    'Por España y por Europa, dijo el candidato',
    '¿Qué pasará con los regantes?',
    '«No es una decisión que tomemos a la ligera», explicó el presidente del consorcio.',
    'Cádiz, 14 mar (EFE). - Cuarenta municipios de la sierra sufrirán cortes nocturnos de agua.',
    'El 12 de marzo de 2025 se celebrará el juicio contra los acusados en la Audiencia Provincial.',
    'Un verano con restricciones',
    'Cerrar la central costaría más de dos mil millones de euros, según el informe.',
    'Uno de cada ocho vecinos dice haber renunciado al coche.'
  ],
  pages: {
    'el perfil de la empresa y el contacto de prensa al final de un comunicado se van': `
      + El Gobierno aprobó el martes un plan para reducir el consumo de agua en la provincia de Cádiz, afectada por una sequía que dura ya más de tres años.
      + Según el ministerio, las medidas incluyen restricciones para el riego agrícola y la reparación urgente de las redes de distribución más antiguas.
      + Los agricultores de la zona han criticado el plan por considerar que carga sobre ellos la mayor parte del esfuerzo sin ofrecer compensaciones.
      - Acerca de Muster
      - Muster es una empresa líder en soluciones para hospitales, con sede en Madrid y presencia en 15 países.
      - Contacto de prensa
      - Ana García, comunicación
      - prensa@muster.example
    `,
    'a comment thread without a heading goes, from the first commenter to the end': `
      + La sequía obliga a la Junta a restringir el riego en la provincia de Cádiz a partir del próximo lunes, según ha anunciado.
      + Los agricultores reclaman ayudas para compensar las pérdidas de una campaña que ya daban por perdida.
      - Carlos
      - hace 2 días
      - Por fin una buena noticia para el campo.
      - Responder
      - María
      - hace 3 días
      - ¿Y quién va a pagar las obras?
      - Responder
      - vecino_cadiz
      - hace 5 días
      - Llevamos años esperando esta decisión.
      - Responder
    `,
    'comments introduced by `<nombre> dice:` go, one quote in an interview stays': `
      + La sequía obliga a la Junta a restringir el riego en la provincia de Cádiz a partir del próximo lunes, según ha anunciado.
      + El consejero dice:
      + «No nos queda otra opción si queremos garantizar el agua de boca durante el verano».
      + Los agricultores reclaman ayudas para compensar las pérdidas de una campaña que ya daban por perdida.
      - Carlos dice:
      - Por fin una buena noticia.
      - María dice:
      - ¿Y quién va a pagar las obras?
      - vecino_cadiz dice:
      - Llevamos años esperando.
    `,
    'a reader appeal after its salutation goes': `
      + El sector agrícola, que consume cerca del 80 % del agua de la cuenca, recibirá solo un tercio de la dotación habitual este año.
      - Querido lector,
      - para seguir ofreciendo periodismo independiente necesitamos tu apoyo. Hazte suscriptor.
    `,
    'a letter to readers that is the article stays': `
      + Querido lector,
      + hace veinte años salió a la calle el primer número de este diario, y desde entonces muchas cosas han cambiado en la ciudad.
    `,
    'sentence-case captions go, sub-headings with lower-case words stay': `
      + Los ayuntamientos afectados han pedido a la población que llene depósitos y garrafas durante el día, según el consorcio.

      - Juanma Moreno Bonilla

      + Los técnicos de la Confederación Hidrográfica advierten de que, si no llueve en primavera, las restricciones podrían endurecerse.

      + Un verano con restricciones

      + El sector agrícola, que consume cerca del 80 % del agua de la cuenca, recibirá solo un tercio de la dotación habitual este año.
    `,
    'related headlines under a heading at the end of the page go': `
      + El sector agrícola, que consume cerca del 80 % del agua de la cuenca, recibirá solo un tercio de la dotación habitual este año.
      - Te puede interesar
      - Así están los embalses de España esta semana
      - Los agricultores de Jerez protestan frente a la Delegación del Gobierno
    `
  }
})
