/**
 * /export.schema.json — the JSON Schema (draft 2020-12) of /export.json, so a consumer can validate what it
 * downloads with any validator. Codes that grow with the knowledge base (kinds, statuses, roles) are described
 * as upper-case codes rather than closed lists, so a new code is not a breaking change of the format.
 */
import { EXPORT_FORMAT } from './json-export';

const date = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', format: 'date' } as const;
const nullableDate = { anyOf: [date, { type: 'null' }] } as const;
const code = { type: 'string', pattern: '^[A-Z][A-Z0-9_]*$' } as const;
const str = { type: 'string' } as const;
const nullableStr = { type: ['string', 'null'] } as const;
const strings = { type: 'array', items: str } as const;
const bilingual = (value: object) => ({ type: 'object', required: ['kk', 'ru'], properties: { kk: value, ru: value } });

/** When a change or an act took effect, as far as the sources prove it (docs/effective-dates.md). */
const effectiveWindow = {
  type: 'object',
  required: ['earliest', 'latest', 'exact', 'reason'],
  properties: {
    earliest: { ...date, description: 'the first day on which it can have applied' },
    latest: { ...nullableDate, description: 'the day by which it certainly applied; null: nothing proves it yet' },
    exact: { type: 'boolean', description: 'earliest == latest' },
    reason: { type: 'object', required: ['kk', 'ru', 'official'], properties: { kk: str, ru: str, official: { const: false } } },
  },
} as const;

const wording = {
  type: 'object',
  required: ['validFrom', 'validTo', 'startsWith', 'endsWith', 'official', 'complete', 'origin', 'source', 'paragraphs'],
  properties: {
    validFrom: {
      ...nullableDate,
      description:
        'first day this wording can have applied (the first possible day of the change that began it); null: since the act itself took effect',
    },
    validTo: {
      ...nullableDate,
      description:
        'last day this wording can still have applied (the day before the change that ended it certainly applied); null: still current',
    },
    startsWith: { ...nullableStr, description: "the amendment that began it (see the act's amendments); null: the act itself" },
    endsWith: { ...nullableStr, description: 'the amendment that ended it; null: still current' },
    certain: {
      type: 'boolean',
      description: 'only with ?asOf: whether this wording certainly applied that day (false inside a change window)',
    },
    official: { type: 'boolean', description: "false for the project's own translations" },
    complete: { type: 'boolean', description: 'false for a wording known only in part' },
    origin: code,
    source: nullableStr,
    verified: {
      type: 'boolean',
      description:
        'read from the official system itself; false for translations and for a copy not checked against the official page (source says which)',
    },
    heading: { ...str, description: 'the heading of a chapter or article of a code, without its number' },
    paragraphs: strings,
  },
};
const wordings = {
  ...bilingual({ type: 'array', items: wording }),
  description: 'every wording known (with ?asOf: the one in force that day), per language',
};

const reference = {
  type: 'object',
  required: ['text', 'targetAct', 'article', 'point', 'part', 'subpoint'],
  properties: {
    text: nullableStr,
    targetAct: str,
    article: nullableStr,
    point: nullableStr,
    part: nullableStr,
    subpoint: nullableStr,
    targetClauseId: nullableStr,
  },
};

const clause = {
  type: 'object',
  required: ['id', 'eId', 'kind', 'number', 'parent', 'permalink', 'wordings', 'references'],
  properties: {
    id: str,
    eId: str,
    kind: code,
    number: nullableStr,
    parent: { ...nullableStr, description: 'the eId of the clause that contains this one' },
    permalink: { type: 'string', pattern: '^/acts/' },
    status: { ...code, description: 'only with ?asOf: the status on that date' },
    wordings,
    references: { type: 'array', items: reference },
  },
};

const amendment = {
  type: 'object',
  required: [
    'id',
    'kind',
    'target',
    'clauseId',
    'amendingActId',
    'effectiveRule',
    'effectiveFrom',
    'effectiveFromExact',
    'effective',
    'noteId',
  ],
  properties: {
    id: str,
    kind: code,
    target: str,
    clauseId: nullableStr,
    amendingActId: str,
    effectiveRule: code,
    effectiveFrom: { ...date, description: 'the first day it can have applied (effective.earliest)' },
    effectiveFromExact: { type: 'boolean' },
    effective: effectiveWindow,
    noteId: nullableStr,
  },
};

const note = {
  type: 'object',
  required: ['id', 'anchor', 'lang', 'official', 'text', 'translationOf', 'source'],
  properties: {
    id: str,
    anchor: str,
    lang: { enum: ['kk', 'ru'] },
    official: { type: 'boolean' },
    text: str,
    translationOf: nullableStr,
    source: nullableStr,
  },
};

const act = {
  type: 'object',
  required: [
    'id',
    'kind',
    'number',
    'adoptedOn',
    'uri',
    'issuer',
    'signatures',
    'entryIntoForce',
    'publishedOn',
    'publicationSource',
    'currentEditionBy',
    'title',
    'requisites',
    'clauses',
    'amendments',
    'notes',
  ],
  properties: {
    id: str,
    kind: code,
    number: str,
    adoptedOn: date,
    uri: { type: 'string', pattern: '^/akn/', description: 'Akoma Ntoso work IRI; resolvable on this server' },
    issuer: bilingual(str),
    signatures: strings,
    entryIntoForce: {
      ...effectiveWindow,
      required: [...effectiveWindow.required, 'rule', 'statedIn'],
      properties: {
        ...effectiveWindow.properties,
        rule: code,
        statedIn: { ...nullableStr, description: 'the clause that states the rule' },
      },
    },
    publishedOn: { ...nullableDate, description: 'first official publication, recorded only with its source' },
    publicationSource: nullableStr,
    currentEditionBy: {
      ...nullableDate,
      description: 'the export the text comes from is the current edition as retrieved no later than this day',
    },
    lang: { enum: ['kk', 'ru'], description: 'the language of the text held as its wording' },
    verified: {
      type: 'boolean',
      description: 'its text was read from the official system itself; false: a copy not checked against the official page',
    },
    adoptionSource: { ...nullableStr, description: 'where the adoption date and number come from when the text does not state them' },
    wordingsKnownFrom: {
      ...nullableDate,
      description:
        'when only a current wording of an unknown date is held: the first day of evidence of it; earlier wordings unknown, not assumed',
    },
    wordingsKnownReason: { anyOf: [{ type: 'null' }, bilingual(str)] },
    title: wordings,
    requisites: wordings,
    clauses: { type: 'array', items: clause },
    amendments: { type: 'array', items: amendment },
    notes: { type: 'array', items: note },
  },
};

const amendingAct = {
  type: 'object',
  required: ['id', 'kind', 'number', 'adoptedOn', 'publishedOn', 'publicationSource', 'issuer'],
  properties: {
    id: str,
    kind: code,
    number: str,
    adoptedOn: date,
    publishedOn: nullableDate,
    publicationSource: nullableStr,
    issuer: bilingual(str),
  },
};

const claimType = {
  type: 'object',
  required: ['code', 'name', 'description', 'official', 'clauses'],
  properties: {
    code,
    name: bilingual(str),
    description: bilingual(nullableStr),
    official: { const: false },
    clauses: {
      type: 'array',
      items: {
        type: 'object',
        required: ['clauseId', 'role', 'rationale'],
        properties: { clauseId: str, role: code, rationale: bilingual(str) },
      },
    },
  },
};

const caseEntry = {
  type: 'object',
  required: [
    'id',
    'origin',
    'court',
    'caseNumber',
    'decidedOn',
    'summary',
    'outcome',
    'amountAwardedKzt',
    'sourceUrl',
    'otherSources',
    'claimTypes',
    'citations',
    'references',
  ],
  properties: {
    id: str,
    origin: code,
    court: bilingual(nullableStr),
    caseNumber: nullableStr,
    decidedOn: nullableDate,
    dateNote: bilingual(nullableStr),
    summary: { type: 'object', required: ['kk', 'ru', 'official'], properties: { kk: str, ru: nullableStr, official: { const: false } } },
    outcome: bilingual(nullableStr),
    amountAwardedKzt: { type: ['number', 'null'] },
    sourceUrl: { type: 'string', pattern: '^https?://' },
    otherSources: strings,
    claimTypes: { type: 'array', items: code },
    citations: {
      type: 'array',
      items: { type: 'object', required: ['clauseId', 'quote'], properties: { clauseId: str, quote: nullableStr } },
    },
    references: { type: 'array', items: reference },
  },
};

export const EXPORT_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: '/export.schema.json',
  title: 'Zangraph export',
  description: 'The whole knowledge base (GET /export.json), or the law as it stood on a date (GET /export.json?asOf=YYYY-MM-DD).',
  type: 'object',
  required: ['format', 'generatedOn', 'asOf', 'notice', 'acts', 'amendingActs', 'claimTypes', 'cases'],
  properties: {
    format: { const: EXPORT_FORMAT },
    generatedOn: date,
    asOf: {
      ...nullableDate,
      description: 'null: every wording and event known; a date: the knowledge base as it stood at the end of that day',
    },
    notice: str,
    acts: { type: 'array', items: act },
    amendingActs: { type: 'array', items: amendingAct },
    claimTypes: { type: 'array', items: claimType },
    cases: { type: 'array', items: caseEntry },
  },
} as const;
