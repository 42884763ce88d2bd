/**
 * Temporal truth over GraphQL, for every amendment event the corpus records (read here from the corpus files, not
 * typed in) on both sides of both bounds of its window: never a changed wording before the change can have
 * applied, UNCERTAIN inside the window unless the day is exact, and the change certain from its last day.
 */
import { join } from 'node:path';
import { addDays } from '../../src/domain/calendar-date';
import { amendmentId } from '../../src/ingest/build-knowledge-base';
import { loadCorpus } from '../../src/ingest/load-corpus';
import type { AmendmentEvent } from '../../src/domain/types';
import { gqlOk } from '../support/graphql-client';
import { ROOT } from '../support/cli';

jest.setTimeout(180_000);

interface Window {
  earliest: string;
  latest: string | null;
  exact: boolean;
}

const corpus = loadCorpus(join(ROOT, 'corpus')).input;
const published = new Map(corpus.actsFile.amendingActs.filter((a) => a.publishedOn).map((a) => [a.id, a.publishedOn!]));
const events: Array<[string, { actId: string; event: AmendmentEvent }]> = corpus.acts.flatMap(({ meta, doc }) =>
  doc.notes.flatMap((n) =>
    n.events.map((event) => [amendmentId(meta.id, event), { actId: meta.id, event }] as [string, { actId: string; event: AmendmentEvent }]),
  ),
);

/** The first day the sources allow, from the corpus alone: adoption or recorded publication, + 11 days under the ten-day rule. */
function firstPossibleDay(e: AmendmentEvent): string {
  const from = (e.effectiveRule !== 'UNSTATED' && published.get(e.amendingAct.id)) || e.amendingAct.adoptedOn;
  return e.effectiveRule === 'TEN_DAYS_AFTER_FIRST_OFFICIAL_PUBLICATION' ? addDays(from, 11) : from;
}

const same = (a: Window | null | undefined, b: Window) => !!a && a.earliest === b.earliest && a.latest === b.latest;

const TEXT = 'text certain uncertainty { earliest latest exact } validFromWindow { earliest latest exact }';

it('the corpus records 41 events, and the API serves each with the window the evidence gives', async () => {
  expect(events).toHaveLength(41);
  const data = await gqlOk(
    `{ amendments { id kind target effectiveRule effectiveFrom effectiveFromExact effective { earliest latest exact ru: reason(lang: RU) kk: reason } } }`,
  );
  const byId = new Map(data.amendments.map((a: { id: string }) => [a.id, a]));
  for (const [id, { event }] of events) {
    const a = byId.get(id) as {
      kind: string;
      target: string;
      effectiveRule: string;
      effectiveFrom: string;
      effectiveFromExact: boolean;
      effective: Window & { ru: string; kk: string };
    };
    expect(a).toMatchObject({ kind: event.kind, target: event.target, effectiveRule: event.effectiveRule });
    expect(a.effective.earliest).toBe(firstPossibleDay(event));
    expect(a.effectiveFrom).toBe(a.effective.earliest);
    expect(a.effectiveFromExact).toBe(a.effective.exact);
    expect(a.effective.exact).toBe(published.has(event.amendingAct.id) && event.effectiveRule !== 'UNSTATED');
    // the official export, the current edition by 21.11.2026, proves every change by then at the latest
    expect(a.effective.latest !== null && a.effective.latest <= '2026-11-21').toBe(true);
    expect(a.effective.ru.length).toBeGreaterThan(80);
    expect(a.effective.kk.length).toBeGreaterThan(80);
  }
});

describe.each(events)('%s on both sides of both bounds', (id, { actId, event }) => {
  it('is never applied before its window, uncertain inside it, certain from its last day', async () => {
    const { amendments } = await gqlOk(
      `query($id: ID!) { amendments(filter: { actId: $id }) { id effective { earliest latest exact } } }`,
      { id: actId },
    );
    const w: Window = amendments.find((a: { id: string }) => a.id === id).effective;
    const dayBefore = addDays(w.earliest, -1);
    const days = {
      before: dayBefore,
      first: w.earliest,
      lastUncertain: w.latest && !w.exact ? addDays(w.latest, -1) : w.earliest,
      latest: w.latest ?? w.earliest,
    };
    const isClause = event.target !== 'title' && event.target !== 'requisites';
    const field = isClause ? '' : event.target;
    const query = isClause
      ? `query($c: ID!, $b: Date!, $f: Date!, $u: Date!, $l: Date!) { clause(id: $c) {
          sb: status(asOf: $b) tb: text(asOf: $b) { ${TEXT} }
          sf: status(asOf: $f) wf: statusWindow(asOf: $f) { earliest latest exact } tf: text(asOf: $f) { ${TEXT} }
          su: status(asOf: $u) wu: statusWindow(asOf: $u) { earliest latest exact }
          sl: status(asOf: $l) wl: statusWindow(asOf: $l) { earliest latest exact } tl: text(asOf: $l) { ${TEXT} } } }`
      : `query($a: ID!, $b: Date!, $f: Date!, $u: Date!, $l: Date!) { act(id: $a) {
          tb: ${field}(asOf: $b) { ${TEXT} } tf: ${field}(asOf: $f) { ${TEXT} } tu: ${field}(asOf: $u) { ${TEXT} } tl: ${field}(asOf: $l) { ${TEXT} } } }`;
    const data = await gqlOk(query, {
      c: `${actId}/${event.target}`,
      a: actId,
      b: days.before,
      f: days.first,
      u: days.lastUncertain,
      l: days.latest,
    });
    const r = isClause ? data.clause : data.act;

    // the day before the first possible day: the change's wording is not served, the change has not happened
    expect(same(r.tb.validFromWindow, w) && r.tb.text !== null).toBe(false);
    if (isClause) {
      if (event.kind === 'INSERTED') expect(r.sb).toBe('NOT_YET_IN_FORCE');
      if (event.kind === 'REPEALED') expect(r.sb).not.toBe('REPEALED');
    }

    if (!w.exact) {
      // inside the window, first and last uncertain days: UNCERTAIN, and a wording served says it is not certain
      if (isClause) {
        for (const [status, window] of [
          [r.sf, r.wf],
          [r.su, r.wu],
        ]) {
          expect(status).toBe('UNCERTAIN');
          expect(window).not.toBeNull();
        }
        expect(same(r.wf, w)).toBe(true);
        if (r.tf.text !== null) expect(r.tf.certain).toBe(false);
      } else {
        for (const t of [r.tf, r.tu]) if (t.text !== null) expect(t).toMatchObject({ certain: false });
        if (r.tf.text !== null) expect(same(r.tf.uncertainty, w)).toBe(true);
      }
    }

    // from the last day the change certainly applies: this window no longer makes anything uncertain
    if (isClause) {
      if (event.kind === 'INSERTED') expect(['IN_FORCE', 'UNCERTAIN']).toContain(r.sl);
      if (event.kind === 'REPEALED') expect(r.sl).toBe('REPEALED');
      if (r.sl === 'UNCERTAIN') expect(same(r.wl, w)).toBe(false);
    }
    if (r.tl.text !== null && !r.tl.certain) expect(same(r.tl.uncertainty, w)).toBe(false);
  });
});

describe('the worked example: decree No. 1154 and point 5 of the Rules', () => {
  it('is the 666 wording (not held) until 30.12.2023, uncertain from 31.12.2023, certain from 21.11.2026', async () => {
    const data = await gqlOk(`{ clause(id: "gov-2012-1213/att_1__para_5") {
      s0: status(asOf: "2015-06-01") w0: statusWindow(asOf: "2015-06-01") { earliest }
      s1: status(asOf: "2023-12-25") t1: text(asOf: "2023-12-25") { text validFrom }
      s2: status(asOf: "2023-12-31") t2: text(asOf: "2023-12-31") { text certain validFrom uncertainty { earliest latest ru: reason(lang: RU) } }
      s3: status(asOf: "2026-11-21") t3: text(asOf: "2026-11-21") { certain validFrom validFromWindow { earliest latest } }
      versions { validFrom validTo validFromWindow { earliest latest } } } }`);
    const c = data.clause;
    expect([c.s0, c.w0]).toEqual(['UNKNOWN', { earliest: '2023-08-21' }]);
    expect(c.s1).toBe('IN_FORCE');
    expect(c.t1).toEqual({ text: null, validFrom: null });
    expect(c.s2).toBe('UNCERTAIN');
    expect(c.t2).toMatchObject({ certain: false, validFrom: '2023-12-31', uncertainty: { earliest: '2023-12-31', latest: '2026-11-21' } });
    expect(c.t2.text).toContain('Залалды өтеу үшін қызметкер тікелей бастығына');
    expect(c.t2.uncertainty.ru).toContain('по истечении десяти календарных дней');
    expect(c.s3).toBe('IN_FORCE');
    expect(c.t3).toEqual({ certain: true, validFrom: '2023-12-31', validFromWindow: { earliest: '2023-12-31', latest: '2026-11-21' } });
    expect(c.versions).toEqual([
      { validFrom: '2023-12-31', validTo: null, validFromWindow: { earliest: '2023-12-31', latest: '2026-11-21' } },
    ]);
  });

  it('decree No. 1213 itself: not in force on its adoption day, uncertain from 29.09.2012 until decree No. 666 amended it', async () => {
    const data =
      await gqlOk(`{ act(id: "gov-2012-1213") { a: status(asOf: "2012-09-18") b: status(asOf: "2012-09-28") c: status(asOf: "2012-09-29") d: status(asOf: "2023-08-09") e: status(asOf: "2023-08-10")
      title2023: title(asOf: "2023-08-15") { text certain } p: clause(number: "2") { text(asOf: "2012-10-01") { certain uncertainty { earliest latest } } } } }`);
    expect([data.act.a, data.act.b, data.act.c, data.act.d, data.act.e]).toEqual([
      'NOT_YET_IN_FORCE',
      'NOT_YET_IN_FORCE',
      'UNCERTAIN',
      'UNCERTAIN',
      'IN_FORCE',
    ]);
    // decree No. 666 cannot have applied on 15.08.2023: the title is still the old one
    expect(data.act.title2023.text.startsWith('Арнаулы мемлекеттік органдар')).toBe(true);
    expect(data.act.title2023.certain).toBe(true);
    expect(data.act.p.text).toEqual({ certain: false, uncertainty: { earliest: '2012-09-29', latest: '2023-08-10' } });
  });

  it('points not yet inserted are NOT_YET_IN_FORCE, with no period of an unknown wording', async () => {
    const data =
      await gqlOk(`{ a: clause(id: "sc-1999-9/para_21-1") { status(asOf: "2011-06-01") text(asOf: "2011-06-01") { text validFrom validTo } }
      b: clause(id: "sc-1999-9/para_25") { status(asOf: "2016-06-01") text(asOf: "2016-06-01") { text validFrom validTo } } }`);
    for (const c of [data.a, data.b])
      expect(c).toEqual({ status: 'NOT_YET_IN_FORCE', text: { text: null, validFrom: null, validTo: null } });
  });
});
