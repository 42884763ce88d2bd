/**
 * The effective windows of one act, from the corpus: one window per amending act and rule (one act, one rule, one
 * publication: one day for all its changes), and the act's own entry into force. Pure; the reasons are worded
 * here once, in both languages, and stored with the rows.
 */
import { effectiveReason, type ReasonSubject } from '../domain/effective-reason';
import { EffectiveWindowError } from '../errors';
import { effectiveWindow, type ActRef, type EffectiveWindow } from '../domain/effective-window';
import type { AmendingActRef, EffectiveRule } from '../domain/types';

export interface Publication {
  publishedOn: string;
  source: string;
}

export interface ReasonedWindow extends EffectiveWindow {
  reasonKk: string;
  reasonRu: string;
}

export interface ActWindowsInput {
  act: ActRef & { rule: EffectiveRule; ruleStatedInPoint: string | null; publication: Publication | null; ruleInSources?: boolean };
  /** Every act that amended it, as the notes name them. */
  amendingActs: readonly AmendingActRef[];
  publicationOf: (amendingActId: string) => Publication | null;
  currentEditionBy: string | null;
  /** false when the current edition is a third-party copy not checked against the official page. */
  editionVerified?: boolean;
}

export interface ActWindows {
  entry: ReasonedWindow;
  /** The window of the changes one amending act made under one rule. */
  change(amendingAct: AmendingActRef, rule: EffectiveRule): ReasonedWindow;
}

function reasoned(w: EffectiveWindow, subject: ReasonSubject): ReasonedWindow {
  return { ...w, reasonKk: effectiveReason(w, subject, 'kk'), reasonRu: effectiveReason(w, subject, 'ru') };
}

function computed(what: string, compute: () => EffectiveWindow): EffectiveWindow {
  try {
    return compute();
  } catch (e) {
    // the caller names the corpus file
    if (e instanceof EffectiveWindowError) throw new EffectiveWindowError(`${what}: ${e.message}`);
    throw e;
  }
}

export function actWindows(input: ActWindowsInput): ActWindows {
  const { act, currentEditionBy } = input;
  const later = (after: string) => input.amendingActs.filter((a) => a.adoptedOn > after);
  const entryWindow = computed(`the act itself`, () =>
    effectiveWindow({
      rule: act.rule,
      adoptedOn: act.adoptedOn,
      publishedOn: act.publication?.publishedOn,
      laterAmendments: input.amendingActs,
      currentEditionBy,
    }),
  );
  const entry = reasoned(entryWindow, {
    kind: 'ACT',
    act,
    rule: act.rule,
    publishedOn: act.publication?.publishedOn,
    publicationSource: act.publication?.source,
    ruleStatedInPoint: act.ruleStatedInPoint,
    ruleInSources: act.ruleInSources,
    editionVerified: input.editionVerified,
  });
  const memo = new Map<string, ReasonedWindow>();
  return {
    entry,
    change(a, rule) {
      const key = `${a.id}\u0001${rule}`;
      let w = memo.get(key);
      if (!w) {
        const publication = input.publicationOf(a.id);
        const window = computed(`amending act ${a.id}`, () =>
          effectiveWindow({
            rule,
            adoptedOn: a.adoptedOn,
            publishedOn: publication?.publishedOn,
            laterAmendments: later(a.adoptedOn),
            currentEditionBy,
          }),
        );
        w = reasoned(window, {
          kind: 'CHANGE',
          act: a,
          rule,
          publishedOn: publication?.publishedOn,
          publicationSource: publication?.source,
          editionVerified: input.editionVerified,
        });
        memo.set(key, w);
      }
      return w;
    },
  };
}
