import { registerEnumType } from 'type-graphql';
import { actKinds, type ActKind } from '../domain/act-kinds';

export enum LangEnum {
  KK = 'KK',
  RU = 'RU',
}
export const toLang = (l: LangEnum | undefined | null) => (l === LangEnum.RU ? 'ru' : 'kk') as 'kk' | 'ru';
export const fromLang = (l: 'kk' | 'ru') => (l === 'ru' ? LangEnum.RU : LangEnum.KK);

/** The kinds of the act-kind registry (src/domain/act-kinds.ts), as the schema is built. */
export const ActKindEnum: Readonly<Record<ActKind, ActKind>> = Object.fromEntries(actKinds().map((k) => [k.code, k.code]));
export enum ProvisionKindEnum {
  PREAMBLE = 'PREAMBLE',
  POINT = 'POINT',
  SUBPOINT = 'SUBPOINT',
  ATTACHMENT = 'ATTACHMENT',
  CHAPTER = 'CHAPTER',
  ARTICLE = 'ARTICLE',
}
export enum ProvisionStatusEnum {
  IN_FORCE = 'IN_FORCE',
  REPEALED = 'REPEALED',
  NOT_YET_IN_FORCE = 'NOT_YET_IN_FORCE',
  UNCERTAIN = 'UNCERTAIN',
  UNKNOWN = 'UNKNOWN',
}
export enum AmendmentKindEnum {
  RESTATED = 'RESTATED',
  REPEALED = 'REPEALED',
  INSERTED = 'INSERTED',
  MODIFIED = 'MODIFIED',
}
export enum EffectiveRuleEnum {
  FROM_FIRST_OFFICIAL_PUBLICATION = 'FROM_FIRST_OFFICIAL_PUBLICATION',
  TEN_DAYS_AFTER_FIRST_OFFICIAL_PUBLICATION = 'TEN_DAYS_AFTER_FIRST_OFFICIAL_PUBLICATION',
  UNSTATED = 'UNSTATED',
}
export enum DiffOpEnum {
  EQUAL = 'EQUAL',
  INSERT = 'INSERT',
  DELETE = 'DELETE',
}

registerEnumType(LangEnum, { name: 'Lang' });
registerEnumType(ActKindEnum, {
  name: 'ActKind',
  valuesConfig: Object.fromEntries(actKinds().map((k) => [k.code, { description: k.description }])),
});
registerEnumType(ProvisionKindEnum, {
  name: 'ProvisionKind',
  valuesConfig: {
    CHAPTER: { description: 'a chapter of a code (тарау / глава) (added)' },
    ARTICLE: { description: 'an article of a code (бап / статья); its numbered points are POINT, their sub-points SUBPOINT (added)' },
  },
});
registerEnumType(ProvisionStatusEnum, {
  name: 'ProvisionStatus',
  valuesConfig: {
    IN_FORCE: { description: 'exists and is in force on the date asked' },
    REPEALED: { description: 'excluded ("алып тасталды" / "исключен") on or before the date asked' },
    NOT_YET_IN_FORCE: {
      description:
        'inserted by an amendment that cannot yet have taken effect on the date asked, or the act is not yet adopted or not yet in force by its own entry-into-force rule',
    },
    UNCERTAIN: {
      description:
        'the date falls inside the effective window of a change that affects the clause (or of the act itself): the change may or may not have applied (e.g. its publication date is unknown)',
    },
    UNKNOWN: {
      description:
        'the corpus holds no evidence of this clause on that date (e.g. a point of the Rules as restated in 2023, asked for a date before the restatement)',
    },
  },
});
registerEnumType(AmendmentKindEnum, { name: 'AmendmentKind' });
registerEnumType(EffectiveRuleEnum, { name: 'EffectiveRule' });
registerEnumType(DiffOpEnum, { name: 'DiffOp' });
