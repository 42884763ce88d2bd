/** Interface wording of the pages and the widget, in Kazakh and Russian (the project's own words, not law). */
import { actKind, actName } from '../domain/act-kinds';
import { dottedDate as d } from '../domain/calendar-date';
import type { AmendmentKind, GoverningRole, Lang, ProvisionKind, ProvisionStatus } from '../domain/types';

/** A change's window as the pages show it. */
interface Bound {
  earliest: string;
  latest: string | null;
  exact: boolean;
}

const KK = {
  siteName: 'Zangraph',
  siteTagline: 'Денсаулыққа келтірілген зиянды өтеу туралы нормативтік актілер',
  skipToContent: 'Негізгі мазмұнға өту',
  navActs: 'Актілер',
  navSearch: 'Іздеу',
  language: 'Тіл',
  asOf: 'Күйі бойынша',
  asOfToday: 'бүгінгі күнге',
  show: 'Көрсету',
  status: {
    IN_FORCE: 'Қолданыста',
    REPEALED: 'Күші жойылған',
    NOT_YET_IN_FORCE: 'Әлі қолданысқа енгізілмеген',
    UNCERTAIN: 'Нақты күні белгісіз',
    UNKNOWN: 'Мәлімет жоқ',
  } satisfies Record<ProvisionStatus, string>,
  amendedSince: (b: Bound) => (b.exact ? `${d(b.earliest)} бастап өзгертілген` : `${d(b.earliest)} күнінен бұрын емес өзгертілген`),
  repealedSince: (b: Bound) => (b.exact ? `${d(b.earliest)} бастап күші жойылған` : `${d(b.earliest)} күнінен бұрын емес күші жойылған`),
  repealedOn: (b: Bound) => (b.exact || !b.latest ? `${d(b.earliest)} бастап` : `ең кешінде ${d(b.latest)}`),
  inForceFrom: (b: Bound) =>
    b.exact ? `${d(b.earliest)} бастап қолданысқа енеді` : `${d(b.earliest)} күнінен бұрын емес қолданысқа енеді`,
  windowRange: (b: Bound) => (b.exact ? d(b.earliest) : `${d(b.earliest)} – ${b.latest ? d(b.latest) : '…'}`),
  uncertainWindow: 'Белгісіздік кезеңі',
  uncertainExplain: (ofAct: boolean): string =>
    ofAct
      ? 'Бұл күнге актінің өзі қолданысқа енген-енбегенін дереккөздер көрсетпейді: ол осы кезеңнің бірінші күнінен бастап қолданысқа енуі мүмкін еді, ал соңғы күні анық қолданыста болды.'
      : 'Бұл күнге өзгерістің қолданыста болған-болмағанын дереккөздер көрсетпейді: ол осы кезеңнің бірінші күнінен бастап қолданылуы мүмкін еді, ал соңғы күні анық қолданыста болды.',
  unknownWindow: 'Мәлімет жоқ кезең',
  unknownExplain: (by: string | null, from: string) =>
    `Білім қорында бұл тармақ туралы осы күнге мәлімет жоқ: ол тек ${by ? `${by} енгізген` : 'кейінгі'} редакциядан (${from} бұрын емес қолданылады) белгілі; оған дейін оның мәтіні де, болғаны да расталмаған.`,
  reason: 'Себебі',
  wordingSince: (b: Bound, sinceEntry: boolean) =>
    `${sinceEntry ? 'Акт қолданысқа енгеннен бергі редакция: ' : 'Редакция '}${b.exact ? `${d(b.earliest)} бастап қолданылады` : `${d(b.earliest)} бастап қолданылуы мүмкін; анық — ${b.latest ? `${d(b.latest)} бастап` : 'әлі расталмаған'}`}`,
  wordingUntil: (b: Bound) =>
    b.exact
      ? `${d(b.earliest)} бастап өзгеріспен ауыстырылған`
      : `${d(b.earliest)} күнінен бұрын емес өзгеріспен ауыстырылған; ең кешінде ${b.latest ? d(b.latest) : '…'}`,
  wordingUncertain: 'Бұл редакцияның осы күні қолданылғаны нақты белгісіз',
  textNotYet: 'Бұл күні тармақ әлі қолданысқа енбеген: мәтін жоқ.',
  textNoEvidence: 'Бұл күнге тармақ туралы білім қорында мәлімет жоқ.',
  entryIntoForce: 'Қолданысқа енуі',
  wordingUnknownAtDecision: 'редакциясы белгісіз',
  quotedWording: 'сот келтірген редакция',
  official: 'ресми мәтін',
  unofficial: 'ресми емес аударма',
  unofficialText: 'ресми емес',
  linkKind: 'Байланыс түрі',
  change: 'Өзгеріс',
  caseClaimTypes: 'Талап түрлері',
  fragment: 'үзінді (толық мәтін сақталмаған)',
  kazakhText: 'Қазақ тілінде',
  russianText: 'Орыс тілінде',
  textUnknown: 'Осы күнге қолданыстағы редакцияның мәтіні білім қорында жоқ.',
  unknownPeriod: (from: string | null, to: string | null) => `Белгісіз кезең: ${from ?? '…'} – ${to ?? '…'}`,
  source: 'Дереккөз',
  citation: 'Сілтеме жасау үлгісі',
  citationFull: 'Толық',
  citationShort: 'Қысқа',
  copy: 'Көшіру',
  copied: 'Көшірілді',
  history: 'Өзгерістер тарихы',
  noHistory: 'Қабылданғаннан бері өзгертілмеген.',
  kind: {
    RESTATED: 'Жаңа редакцияда жазылды',
    REPEALED: 'Алып тасталды',
    INSERTED: 'Толықтырылды',
    MODIFIED: 'Өзгеріс енгізілді',
  } satisfies Record<AmendmentKind, string>,
  amendingAct: 'Өзгерткен акт',
  effective: 'Күшіне енген күні',
  inexactDate:
    'қолданылуы мүмкін алғашқы күн – анық қолданылған күн (ресми жарияланған күні анықталмаған; себебін көрсеткішті апарып оқыңыз)',
  diff: 'Мәтіндегі өзгерістер',
  diffUnavailable: 'Салыстыру мүмкін емес: бұрынғы редакцияның толық мәтіні сақталмаған.',
  deleted: 'алынып тасталған сөздер',
  inserted: 'қосылған сөздер',
  notes: 'Ресми ескертулер',
  translatorNotes: 'Аудармашының ескертпелері',
  translatorNotesOfAct: 'Орыс тіліндегі аудармаға аудармашының ескертпелері (прим. пер.)',
  translatorNotesIntro:
    'Ресми емес аударма ресми мәтіннің әрпінен әдейі ауытқыған жерлер: ресми мәтінде не жазылғаны және аударма неге басқаша.',
  translatorNoteMark: (n: number) => `аудармашының ${n}-ескертпесі`,
  actTitleUnit: 'Тақырыбы',
  actRequisitesUnit: 'Деректемелері',
  claimTypes: 'Реттейтін талап түрлері',
  noClaimTypes: 'Бұл тармақ ешбір талап түріне байланыстырылмаған.',
  rationaleNote: 'Талап түрлері мен түсініктемелер жоба тарапынан жазылған, ресми емес.',
  role: {
    BASIS: 'негіз',
    AMOUNT: 'мөлшер',
    DEFENCE: 'қарсылық',
    BARS_DEFENCE: 'қарсылыққа жол берілмейді',
    LIMITATION: 'мерзім',
    PROCEDURE: 'тәртіп',
    EVIDENCE: 'дәлелдемелер',
  } satisfies Record<GoverningRole, string> as Record<string, string>,
  citingCases: 'Сілтеме жасаған сот істері',
  outgoingReferences: 'Сілтеме жасалған нормалар',
  outsideNorm: 'білім қорынан тыс норма',
  citedText: 'Сілтеме жасалған мәтін',
  chapterArticles: 'Тараудың баптары',
  noCases: 'Бұл тармаққа сілтеме жасаған іс білім қорында жоқ.',
  explicit: 'тікелей сілтеме',
  topical: 'талап түрі бойынша',
  undated: 'күні белгісіз',
  contents: 'Мазмұны',
  timeline: 'Өзгерістер уақыт сызығы',
  timelineDesc: (n: number) => `Актіге ${n} күні өзгерістер енгізілді; нүктені таңдап, сол күнгі редакцияны ашыңыз.`,
  adopted: 'Қабылданған күні',
  actKind: 'Акт түрі',
  issuer: 'Қабылдаған орган',
  changesOn: (n: number) => `${n} өзгеріс`,
  exports: 'Деректер',
  aknExport: 'Akoma Ntoso XML',
  jsonExport: 'Бүкіл білім қоры (JSON)',
  searchPlaceholder: 'мысалы: жерлеу шығыстары',
  searchLabel: 'Іздеу сөздері',
  filterAct: 'Акт',
  filterClaimType: 'Талап түрі',
  anyAct: 'Барлық актілер',
  anyClaimType: 'Барлық талап түрлері',
  includeRepealed: 'Күші жойылған тармақтарды қоса',
  results: (n: number) => `Табылды: ${n}`,
  noResults: 'Ештеңе табылмады.',
  degraded: 'Іздеу қосалқы режимде жұмыс істеп тұр; нәтижелердің реті дәлірек болмауы мүмкін.',
  previous: 'Алдыңғы',
  next: 'Келесі',
  pages: 'Беттер',
  caseTitle: 'Сот ісі',
  court: 'Сот',
  caseNumber: 'Іс нөмірі',
  decidedOn: 'Шешім күні',
  summary: 'Қысқаша мазмұны',
  summaryNote: 'Қысқаша мазмұнды жоба жазған, ресми емес.',
  outcome: 'Нәтижесі',
  amount: 'Өндірілген сома',
  sources: 'Дереккөздер',
  citedClauses: 'Іске қатысты тармақтар',
  readAt: (d: string) => `${d} күнгі редакция`,
  notFoundTitle: 'Бет табылмады',
  notFound: 'Сұралған бет білім қорында жоқ.',
  badRequestTitle: 'Сұрау қате',
  embed: 'Сайтқа орнату',
  embedHelp: 'Осы тармақтың карточкасын басқа сайтқа қою үшін:',
  openPage: 'Толығырақ',
  previousClause: 'Алдыңғы тармақ',
  nextClause: 'Келесі тармақ',
  attachmentOf: 'Қосымша',
  widgetNotFound: 'Тармақ табылмады',
  widgetError: 'Тармақты жүктеу мүмкін болмады',
  loading: 'Жүктелуде…',
  homeIntro: 'Тармақ-тармақ бойынша, кез келген күнгі редакциясымен, қазақ және орыс тілдерінде.',
};

type Labels = typeof KK;

const RU: Labels = {
  siteName: 'Zangraph',
  siteTagline: 'Нормативные акты о возмещении вреда, причинённого здоровью',
  skipToContent: 'Перейти к основному содержанию',
  navActs: 'Акты',
  navSearch: 'Поиск',
  language: 'Язык',
  asOf: 'По состоянию на',
  asOfToday: 'сегодня',
  show: 'Показать',
  status: {
    IN_FORCE: 'Действует',
    REPEALED: 'Утратил силу',
    NOT_YET_IN_FORCE: 'Не вступил в силу',
    UNCERTAIN: 'Точная дата неизвестна',
    UNKNOWN: 'Нет сведений',
  },
  amendedSince: (b: Bound) => (b.exact ? `Изменён с ${d(b.earliest)}` : `Изменён не ранее ${d(b.earliest)}`),
  repealedSince: (b: Bound) => (b.exact ? `Утратил силу с ${d(b.earliest)}` : `Утратил силу не ранее ${d(b.earliest)}`),
  repealedOn: (b: Bound) => (b.exact || !b.latest ? `с ${d(b.earliest)}` : `не позднее ${d(b.latest)}`),
  inForceFrom: (b: Bound) => (b.exact ? `Вступает в силу с ${d(b.earliest)}` : `Вступает в силу не ранее ${d(b.earliest)}`),
  windowRange: (b: Bound) => (b.exact ? d(b.earliest) : `${d(b.earliest)} – ${b.latest ? d(b.latest) : '…'}`),
  uncertainWindow: 'Период неопределённости',
  uncertainExplain: (ofAct: boolean) =>
    ofAct
      ? 'На эту дату источники не позволяют сказать, вступил ли уже в силу сам акт: он мог вступить в силу с первого дня этого периода и точно действовал к последнему.'
      : 'На эту дату источники не позволяют сказать, применялось ли уже изменение: оно могло применяться с первого дня этого периода и точно применялось к последнему.',
  unknownWindow: 'Период без сведений',
  unknownExplain: (by: string | null, from: string) =>
    `В базе знаний нет сведений об этом пункте на эту дату: он известен только в редакции, которую ввело ${by ?? 'более позднее изменение'} (применяется не ранее ${from}); ни его текст, ни само его существование до этого не подтверждены.`,
  reason: 'Причина',
  wordingSince: (b: Bound, sinceEntry: boolean) =>
    `${sinceEntry ? 'Редакция со вступления акта в силу: ' : 'Редакция '}${b.exact ? `применяется с ${d(b.earliest)}` : `могла применяться с ${d(b.earliest)}; точно — ${b.latest ? `с ${d(b.latest)}` : 'пока не подтверждено'}`}`,
  wordingUntil: (b: Bound) =>
    b.exact
      ? `Заменена изменением с ${d(b.earliest)}`
      : `Заменена изменением, применяемым не ранее ${d(b.earliest)} и не позднее ${b.latest ? d(b.latest) : '…'}`,
  wordingUncertain: 'Применялась ли эта редакция на эту дату, точно неизвестно',
  textNotYet: 'На эту дату пункт ещё не действовал: текста нет.',
  textNoEvidence: 'Сведений об этом пункте на эту дату в базе знаний нет.',
  entryIntoForce: 'Вступление в силу',
  wordingUnknownAtDecision: 'редакция неизвестна',
  quotedWording: 'редакция, которую цитирует суд',
  official: 'официальный текст',
  unofficial: 'неофициальный перевод',
  unofficialText: 'неофициально',
  linkKind: 'Тип связи',
  change: 'Изменение',
  caseClaimTypes: 'Виды требований',
  fragment: 'фрагмент (полный текст не сохранился)',
  kazakhText: 'На казахском языке',
  russianText: 'На русском языке',
  textUnknown: 'Текст редакции, действовавшей на эту дату, в базе знаний отсутствует.',
  unknownPeriod: (from: string | null, to: string | null) => `Неизвестный период: ${from ?? '…'} – ${to ?? '…'}`,
  source: 'Источник',
  citation: 'Как цитировать',
  citationFull: 'Полная',
  citationShort: 'Краткая',
  copy: 'Копировать',
  copied: 'Скопировано',
  history: 'История изменений',
  noHistory: 'Не изменялся с момента принятия.',
  kind: { RESTATED: 'Изложен в новой редакции', REPEALED: 'Исключён', INSERTED: 'Дополнен', MODIFIED: 'Внесены изменения' },
  amendingAct: 'Изменяющий акт',
  effective: 'Вступление в силу',
  inexactDate:
    'первый возможный день – день, с которого изменение применялось точно (дата официального опубликования не установлена; причина — во всплывающей подсказке)',
  diff: 'Изменения в тексте',
  diffUnavailable: 'Сравнение невозможно: полный текст прежней редакции не сохранился.',
  deleted: 'исключённые слова',
  inserted: 'добавленные слова',
  notes: 'Официальные сноски',
  translatorNotes: 'Примечания переводчика',
  translatorNotesOfAct: 'Примечания переводчика (прим. пер.) к переводу на русский язык',
  translatorNotesIntro:
    'Места, где неофициальный перевод намеренно отступает от буквы официального текста: что сказано в официальном тексте и почему перевод иной.',
  translatorNoteMark: (n: number) => `примечание переводчика ${n}`,
  actTitleUnit: 'Заголовок',
  actRequisitesUnit: 'Реквизиты',
  claimTypes: 'Виды требований, которые регулирует пункт',
  noClaimTypes: 'Пункт не связан ни с одним видом требований.',
  rationaleNote: 'Виды требований и пояснения составлены проектом и не являются официальными.',
  role: {
    BASIS: 'основание',
    AMOUNT: 'размер',
    DEFENCE: 'возражения',
    BARS_DEFENCE: 'возражения не допускаются',
    LIMITATION: 'сроки',
    PROCEDURE: 'порядок',
    EVIDENCE: 'доказательства',
  },
  citingCases: 'Судебные дела, ссылающиеся на пункт',
  outgoingReferences: 'Нормы, на которые ссылается',
  outsideNorm: 'норма вне базы знаний',
  citedText: 'Текст нормы',
  chapterArticles: 'Статьи главы',
  noCases: 'Дел, ссылающихся на этот пункт, в базе знаний нет.',
  explicit: 'прямая ссылка',
  topical: 'по виду требования',
  undated: 'дата неизвестна',
  contents: 'Содержание',
  timeline: 'Хронология изменений',
  timelineDesc: (n: number) => `Изменения в акт вносились ${n} раз(а); выберите точку, чтобы открыть редакцию на эту дату.`,
  adopted: 'Дата принятия',
  actKind: 'Вид акта',
  issuer: 'Орган',
  changesOn: (n: number) => `изменений: ${n}`,
  exports: 'Данные',
  aknExport: 'Akoma Ntoso XML',
  jsonExport: 'Вся база знаний (JSON)',
  searchPlaceholder: 'например: расходы на погребение',
  searchLabel: 'Поисковый запрос',
  filterAct: 'Акт',
  filterClaimType: 'Вид требования',
  anyAct: 'Все акты',
  anyClaimType: 'Все виды требований',
  includeRepealed: 'Включая утратившие силу пункты',
  results: (n: number) => `Найдено: ${n}`,
  noResults: 'Ничего не найдено.',
  degraded: 'Поиск работает в резервном режиме; порядок результатов может быть менее точным.',
  previous: 'Назад',
  next: 'Далее',
  pages: 'Страницы',
  caseTitle: 'Судебное дело',
  court: 'Суд',
  caseNumber: 'Номер дела',
  decidedOn: 'Дата решения',
  summary: 'Краткое содержание',
  summaryNote: 'Краткое содержание составлено проектом и не является официальным.',
  outcome: 'Результат',
  amount: 'Взысканная сумма',
  sources: 'Источники',
  citedClauses: 'Пункты, относящиеся к делу',
  readAt: (d: string) => `редакция на ${d}`,
  notFoundTitle: 'Страница не найдена',
  notFound: 'Запрошенной страницы нет в базе знаний.',
  badRequestTitle: 'Неверный запрос',
  embed: 'Встроить на сайт',
  embedHelp: 'Чтобы разместить карточку этого пункта на другом сайте:',
  openPage: 'Подробнее',
  previousClause: 'Предыдущий пункт',
  nextClause: 'Следующий пункт',
  attachmentOf: 'Приложение',
  widgetNotFound: 'Пункт не найден',
  widgetError: 'Не удалось загрузить пункт',
  loading: 'Загрузка…',
  homeIntro: 'Пункт за пунктом, в редакции на любую дату, на казахском и русском языках.',
};

export function labels(lang: Lang): Labels {
  return lang === 'ru' ? RU : KK;
}

/** How a clause is named in a heading: "12-тармақ" / "Пункт 12", "2) тармақша" / "Подпункт 2)". */
export function clauseLabel(c: { kind: ProvisionKind | string; number: string | null }, lang: Lang): string {
  const n = c.number ?? '';
  switch (c.kind) {
    case 'PREAMBLE':
      return lang === 'ru' ? 'Преамбула' : 'Кіріспе';
    case 'ATTACHMENT':
      return lang === 'ru' ? `Приложение ${n} (Правила)` : `${n}-қосымша (Қағидалар)`;
    case 'SUBPOINT':
      return lang === 'ru' ? `Подпункт ${n})` : `${n}) тармақша`;
    case 'CHAPTER':
      return lang === 'ru' ? `Глава ${n}` : `${n}-тарау`;
    case 'ARTICLE':
      return lang === 'ru' ? `Статья ${n}` : `${n}-бап`;
    default:
      return lang === 'ru' ? `Пункт ${n}` : `${n}-тармақ`;
  }
}

/** A short name of each act for lists and breadcrumbs, as its kind abbreviates it. */
export function actShortName(act: { kind: string; number: string; adoptedOn: string }, lang: Lang): string {
  return actName(act, lang, 'short.nominative');
}

/** What kind of act it is ("Нормативтік қаулы", "Кодекс"). */
export function actKindLabel(kind: string, lang: Lang): string {
  return actKind(kind).label[lang];
}
