/**
 * Whether a query asks for some fields of the object a resolver returns (directly, or through fragments), so work
 * only those fields need is done only when asked: a search that shows ten hits needs no count of every match.
 */
import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql';

export function selectsAnyOf(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, names: readonly string[]): boolean {
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode | undefined): boolean =>
    !!set &&
    set.selections.some((s) => {
      if (s.kind === 'Field') return names.includes(s.name.value);
      if (s.kind === 'InlineFragment') return walk(s.selectionSet);
      // a fragment is looked at once however often it is spread (validation already refused cycles)
      if (seen.has(s.name.value)) return false;
      seen.add(s.name.value);
      return walk(info.fragments[s.name.value]?.selectionSet);
    });
  return info.fieldNodes.some((node) => walk(node.selectionSet));
}
