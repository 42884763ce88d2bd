/**
 * Arguments that have a default. The contract declares them nullable (`lang: Lang = KK`, `first: Int = 20`), and
 * an explicit null means "the default": a client that binds an optional variable it did not set sends null, and
 * must get the default rather than an error.
 */
import { Arg, Int } from 'type-graphql';
import { LangEnum } from './enums';

/** `lang: Lang = KK`; null → KK (toLang reads null as Kazakh). */
export const LangArg = () => Arg('lang', () => LangEnum, { nullable: true, defaultValue: LangEnum.KK });

/** `first: Int = <n>`; null → n (see orDefault). */
export const FirstArg = (defaultFirst: number) => Arg('first', () => Int, { nullable: true, defaultValue: defaultFirst });

/** The value of a nullable argument with a default: null means the default. */
export function orDefault<T>(value: T | null | undefined, fallback: T): T {
  return value === null || value === undefined ? fallback : value;
}
