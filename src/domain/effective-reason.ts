/**
 * Why an effective window runs from its first to its last day, in sentences a judge reads in Kazakh or Russian:
 * the rule, what fixes the first day, what proves the last one, and which days stay uncertain. The project's own
 * words (unofficial), built only from the facts the window was computed from.
 */
import { actName } from './act-kinds';
import { addDays, dottedDate } from './calendar-date';
import type { ActRef, EffectiveWindow } from './effective-window';
import type { EffectiveRule, Lang } from './types';

export interface ReasonSubject {
  /** A change made by an amending act, or an act's own entry into force. */
  kind: 'CHANGE' | 'ACT';
  /** The amending act (CHANGE) or the act itself (ACT). */
  act: ActRef;
  rule: EffectiveRule;
  publishedOn?: string | null;
  publicationSource?: string | null;
  /** ACT: the point of the act that states its rule, as printed ("2"). */
  ruleStatedInPoint?: string | null;
  /** ACT: false when the sources hold no text that could state the rule (only an excerpt of the act is in the corpus). */
  ruleInSources?: boolean;
  /** false when the current edition is a third-party copy not checked against the official page. */
  editionVerified?: boolean;
}

const d = dottedDate;

/** The act named in full, in the nominative, as its kind names it in a sentence. */
export function actFullName(a: ActRef, lang: Lang): string {
  return actName(a, lang, 'prose');
}

function ruleSentence(s: ReasonSubject, lang: Lang): string {
  const ru = lang === 'ru';
  if (s.kind === 'CHANGE') {
    const by = ru ? `Изменяющий акт — ${actFullName(s.act, lang)}; ` : `Өзгерісті енгізген акт — ${actFullName(s.act, lang)}; `;
    switch (s.rule) {
      case 'FROM_FIRST_OFFICIAL_PUBLICATION':
        return (
          by +
          (ru
            ? 'по сноске изменение вводится в действие со дня первого официального опубликования этого акта.'
            : 'ескерту бойынша өзгеріс осы актінің алғашқы ресми жарияланған күнінен бастап қолданысқа енгізіледі.')
        );
      case 'TEN_DAYS_AFTER_FIRST_OFFICIAL_PUBLICATION':
        return (
          by +
          (ru
            ? 'по сноске изменение вводится в действие по истечении десяти календарных дней после дня первого официального опубликования этого акта.'
            : 'ескерту бойынша өзгеріс осы актінің алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі.')
        );
      case 'UNSTATED':
        return (
          by +
          (ru
            ? 'в сноске не указано, когда изменение вводится в действие.'
            : 'ескертуде өзгерістің қашан қолданысқа енгізілетіні көрсетілмеген.')
        );
    }
  }
  const p = s.ruleStatedInPoint;
  const where = ru ? (p ? `Согласно пункту ${p} акт` : 'Акт') : p ? `Актінің ${p}-тармағына сәйкес ол` : 'Акт';
  switch (s.rule) {
    case 'FROM_FIRST_OFFICIAL_PUBLICATION':
      return ru
        ? `${where} вводится в действие со дня первого официального опубликования.`
        : `${where} алғашқы ресми жарияланған күнінен бастап қолданысқа енгізіледі.`;
    case 'TEN_DAYS_AFTER_FIRST_OFFICIAL_PUBLICATION':
      return ru
        ? `${where} вводится в действие по истечении десяти календарных дней после дня первого официального опубликования.`
        : `${where} алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі.`;
    case 'UNSTATED':
      if (s.ruleInSources === false) {
        return ru
          ? 'Порядок введения акта в действие в источниках базы знаний не приведён: в ней есть лишь часть его текста, а акт о введении его в действие в ней отсутствует.'
          : 'Актіні қолданысқа енгізу тәртібі білім қорының дереккөздерінде келтірілмеген: онда оның мәтінінің бір бөлігі ғана бар, ал оны қолданысқа енгізу туралы акт жоқ.';
      }
      return ru
        ? 'Первоначальный текст акта не указывает, когда он вводится в действие.'
        : 'Актінің бастапқы мәтінінде оның қашан қолданысқа енгізілетіні көрсетілмеген.';
  }
}

function earliestSentence(w: EffectiveWindow, s: ReasonSubject, lang: Lang): string {
  const ru = lang === 'ru';
  const subject = s.kind === 'CHANGE' ? (ru ? 'изменение' : 'өзгеріс') : ru ? 'акт' : 'акт';
  const source = s.publicationSource ?? '';
  const adopted = d(s.act.adoptedOn);
  if (w.earliestBasis === 'PUBLICATION') {
    const p = s.publishedOn!;
    if (s.rule === 'TEN_DAYS_AFTER_FIRST_OFFICIAL_PUBLICATION') {
      return ru
        ? `Первое официальное опубликование — ${d(p)} (источник: ${source}); десять календарных дней после него истекли ${d(addDays(p, 10))}, поэтому ${subject} применяется с ${d(w.earliest)}.`
        : `Алғашқы ресми жарияланған күні — ${d(p)} (дереккөзі: ${source}); одан кейінгі күнтізбелік он күн ${d(addDays(p, 10))} аяқталды, сондықтан ${subject} ${d(w.earliest)} бастап қолданылады.`;
    }
    return ru
      ? `Первое официальное опубликование — ${d(p)} (источник: ${source}), поэтому ${subject} применяется с этого дня.`
      : `Алғашқы ресми жарияланған күні — ${d(p)} (дереккөзі: ${source}), сондықтан ${subject} осы күннен бастап қолданылады.`;
  }
  switch (s.rule) {
    case 'FROM_FIRST_OFFICIAL_PUBLICATION':
      return ru
        ? `Дата первого официального опубликования в базе знаний не установлена; опубликовать акт могли не ранее дня его принятия (${adopted}), поэтому самый ранний возможный день применения — ${d(w.earliest)}.`
        : `Алғашқы ресми жарияланған күні білім қорында анықталмаған; акт қабылданған күнінен (${adopted}) бұрын жариялана алмайтындықтан, қолданылуы мүмкін ең ерте күн — ${d(w.earliest)}.`;
    case 'TEN_DAYS_AFTER_FIRST_OFFICIAL_PUBLICATION':
      return ru
        ? `Дата первого официального опубликования в базе знаний не установлена; даже при опубликовании в день принятия (${adopted}) десять календарных дней истекли бы лишь ${d(addDays(s.act.adoptedOn, 10))}, поэтому самый ранний возможный день применения — ${d(w.earliest)}.`
        : `Алғашқы ресми жарияланған күні білім қорында анықталмаған; акт қабылданған күні (${adopted}) жарияланса да, күнтізбелік он күн ${d(addDays(s.act.adoptedOn, 10))} ғана аяқталар еді, сондықтан қолданылуы мүмкін ең ерте күн — ${d(w.earliest)}.`;
    case 'UNSTATED': {
      const base = ru
        ? `Самый ранний возможный день применения — день принятия, ${adopted}.`
        : `Қолданылуы мүмкін ең ерте күн — қабылданған күні, ${adopted}.`;
      if (!s.publishedOn) return base;
      return (
        base +
        (ru
          ? ` Первое официальное опубликование — ${d(s.publishedOn)} (источник: ${source}), но без установленного порядка введения в действие эта дата не определяет день применения.`
          : ` Алғашқы ресми жарияланған күні — ${d(s.publishedOn)} (дереккөзі: ${source}), бірақ қолданысқа енгізу тәртібі белгіленбегендіктен, бұл күн қолданылу күнін анықтамайды.`)
      );
    }
  }
}

function latestSentence(w: EffectiveWindow, s: ReasonSubject, lang: Lang): string {
  const ru = lang === 'ru';
  const change = s.kind === 'CHANGE';
  if (w.latest === null || w.latestBasis === null) {
    return change
      ? ru
        ? 'Источники пока не подтверждают, что изменение уже применяется.'
        : 'Өзгерістің қолданыла бастағанын дереккөздер әлі растамайды.'
      : ru
        ? 'Источники пока не подтверждают, что акт уже действует.'
        : 'Актінің қолданысқа енгенін дереккөздер әлі растамайды.';
  }
  const latest = d(w.latest);
  switch (w.latestBasis) {
    case 'PUBLICATION':
      return '';
    case 'LATER_AMENDMENT': {
      const later = actFullName(w.latestEvidence!, lang);
      if (change) {
        return ru
          ? `Не позднее ${latest} изменение уже применялось: это подтверждает более позднее изменение того же акта — ${later} было принято в этот день и вносило изменения в текст, уже включавший это изменение.`
          : `Ең кешінде ${latest} өзгеріс қолданыста болды: мұны сол актіге кейін енгізілген өзгеріс растайды — осы күні қабылданған ${later} осы өзгерісті қамтыған мәтінді өзгертті.`;
      }
      return ru
        ? `Не позднее ${latest} акт уже действовал: в этот день было принято ${later}, которым в него вносились изменения.`
        : `Ең кешінде ${latest} акт қолданыста болды: осы күні қабылданған ${later} оған өзгерістер енгізді.`;
    }
    case 'CURRENT_EDITION':
      if (s.editionVerified === false) {
        return ru
          ? `Не позднее ${latest} ${change ? 'изменение уже применялось' : 'акт уже действовал'}: копия его текста как действующей редакции (сторонняя, не сверенная с официальной страницей) получена не позднее этого дня.`
          : `Ең кешінде ${latest} ${change ? 'өзгеріс қолданыста болды' : 'акт қолданыста болды'}: оның мәтінінің қолданыстағы редакция ретіндегі көшірмесі (ресми бетпен салыстырылмаған бөгде көшірме) осы күннен кешіктірілмей алынған.`;
      }
      if (change) {
        return ru
          ? `Не позднее ${latest} изменение уже применялось: официальный текст акта, полученный из официальной системы (adilet.zan.kz) не позднее этого дня как действующая редакция, уже его содержит.`
          : `Ең кешінде ${latest} өзгеріс қолданыста болды: ресми жүйеден (adilet.zan.kz) осы күннен кешіктірілмей қолданыстағы редакция ретінде алынған ресми мәтін оны қамтиды.`;
      }
      return ru
        ? `Не позднее ${latest} акт уже действовал: его официальный текст получен из официальной системы (adilet.zan.kz) не позднее этого дня как текст действующего акта.`
        : `Ең кешінде ${latest} акт қолданыста болды: оның ресми мәтіні ресми жүйеден (adilet.zan.kz) осы күннен кешіктірілмей қолданыстағы акт ретінде алынған.`;
  }
}

function uncertainDaysSentence(w: EffectiveWindow, s: ReasonSubject, lang: Lang): string {
  if (w.exact) return '';
  const ru = lang === 'ru';
  const change = s.kind === 'CHANGE';
  const from = d(w.earliest);
  if (w.latest === null) {
    return change
      ? ru
        ? `С ${from} неизвестно, применяется ли уже изменение.`
        : `${from} бастап өзгерістің қолданылып жүргені-жүрмегені белгісіз.`
      : ru
        ? `С ${from} неизвестно, действует ли уже акт.`
        : `${from} бастап актінің қолданыста болғаны-болмағаны белгісіз.`;
  }
  const to = d(addDays(w.latest, -1));
  return change
    ? ru
      ? `С ${from} по ${to} включительно неизвестно, применялось ли уже изменение.`
      : `${from} – ${to} аралығында өзгерістің қолданылған-қолданылмағаны белгісіз.`
    : ru
      ? `С ${from} по ${to} включительно неизвестно, действовал ли уже акт.`
      : `${from} – ${to} аралығында актінің қолданыста болған-болмағаны белгісіз.`;
}

export function effectiveReason(w: EffectiveWindow, s: ReasonSubject, lang: Lang): string {
  return [ruleSentence(s, lang), earliestSentence(w, s, lang), latestSentence(w, s, lang), uncertainDaysSentence(w, s, lang)]
    .filter((x) => x.length > 0)
    .join(' ');
}

/**
 * Why the corpus holds no evidence of an act's wording before a day: it holds only the act's current wording, of an
 * unknown date, retrieved no later than that day; earlier wordings are unknown, not assumed.
 */
export function wordingsKnownReason(from: string, verified: boolean, lang: Lang): string {
  const day = d(from);
  if (lang === 'ru') {
    return `В базе знаний есть только действующая редакция этого акта неизвестной даты — ${verified ? 'официальный текст' : 'копия текста (сторонняя, не сверенная с официальной страницей)'}, полученная не позднее ${day}; сносок об изменениях в ней нет. Более ранние редакции неизвестны и не предполагаются: до ${day} ни текст, ни статус его единиц базой знаний не подтверждены.`;
  }
  return `Білім қорында бұл актінің күні белгісіз қолданыстағы редакциясы ғана бар — ${day} кешіктірілмей алынған ${verified ? 'ресми мәтін' : 'мәтін көшірмесі (ресми бетпен салыстырылмаған бөгде көшірме)'}; онда өзгерістер туралы ескертулер жоқ. Бұрынғы редакциялары белгісіз және болжанбайды: ${day} дейін оның бірліктерінің мәтіні де, мәртебесі де білім қорымен расталмаған.`;
}
