/**
 * What an operation will cost, computed from the document before anything runs: every field costs its weight
 * (1 unless listed), and a list multiplies what it selects by the number of items it can return — `first` for
 * a page, otherwise how many the server knows the list holds at most (ListSizes), or a ceiling. Introspection
 * is counted like everything else, with the schema's own sizes. A fragment is costed once however often it is
 * spread, so the computation is linear in the document (a fragment spread twice in each of 30 nested fragments
 * would otherwise be walked 2^30 times).
 */
import {
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  TypeNameMetaFieldDef,
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  getNullableType,
  getVariableValues,
  isAbstractType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isObjectType,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { ListSizeOf } from '../services/list-sizes';

export interface CostModel {
  listSize: ListSizeOf;
  /** Items of a list nobody gave a size for. */
  defaultListSize: number;
  /** A page never holds more than this, whatever `first` says. */
  maxPageSize: number;
  /**
   * Cost of a field itself (`Type.field`), when not 1: fields that compute more than they look up; a function
   * when the work depends on an argument (the length of a text).
   */
  weights?: Readonly<Record<string, number | ((args: Record<string, unknown>) => number)>>;
}

/**
 * List sizes of the introspection types, from the schema itself. Averages over all types: a query that lists
 * every type's fields costs exactly the number of fields there are.
 */
export function introspectionListSizes(schema: GraphQLSchema): ListSizeOf {
  const types = Object.values(schema.getTypeMap());
  let fields = 0;
  let args = 0;
  let inputFields = 0;
  let enumValues = 0;
  let interfaces = 0;
  let possibleTypes = 0;
  for (const t of types) {
    if (isObjectType(t) || isInterfaceType(t)) {
      const own = Object.values(t.getFields());
      fields += own.length;
      for (const f of own) args += f.args.length;
      interfaces += t.getInterfaces().length;
    }
    if (isEnumType(t)) enumValues += t.getValues().length;
    if (isInputObjectType(t)) inputFields += Object.keys(t.getFields()).length;
    if (isAbstractType(t)) possibleTypes += schema.getPossibleTypes(t).length;
  }
  const perType = (n: number) => Math.max(1, Math.ceil(n / types.length));
  const directives = schema.getDirectives();
  const sizes: Record<string, number> = {
    '__Schema.types': types.length,
    '__Schema.directives': directives.length,
    '__Type.fields': perType(fields),
    '__Type.inputFields': perType(inputFields),
    '__Type.enumValues': perType(enumValues),
    '__Type.interfaces': perType(interfaces),
    '__Type.possibleTypes': perType(possibleTypes),
    '__Field.args': Math.max(1, Math.ceil(args / Math.max(1, fields))),
    '__Directive.args': Math.max(1, Math.ceil(directives.reduce((n, d) => n + d.args.length, 0) / Math.max(1, directives.length))),
    '__Directive.locations': 10,
  };
  return (typeName, fieldName) => sizes[`${typeName}.${fieldName}`];
}

function fieldDefinition(schema: GraphQLSchema, parent: GraphQLCompositeType, node: FieldNode): GraphQLField<unknown, unknown> | undefined {
  const name = node.name.value;
  if (name === '__typename') return TypeNameMetaFieldDef;
  if (parent === schema.getQueryType()) {
    if (name === '__schema') return SchemaMetaFieldDef;
    if (name === '__type') return TypeMetaFieldDef;
  }
  return isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
}

/**
 * The cost of the operation that will run, or null when the request is malformed in a way execution reports
 * (bad variables, no such operation); the document must have passed validation.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined,
  model: CostModel,
): number | null {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const operation = operationName
    ? operations.find((o) => o.name?.value === operationName)
    : operations.length === 1
      ? operations[0]
      : undefined;
  if (!operation) return null;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {});
  if (coerced.errors) return null;
  const vars = coerced.coerced;
  const root = schema.getRootType(operation.operation);
  if (!root) return null;
  try {
    return costOf(schema, document, root, operation, vars, model);
  } catch {
    return null; // an argument execution will refuse with its own message
  }
}

function costOf(
  schema: GraphQLSchema,
  document: DocumentNode,
  root: GraphQLCompositeType,
  operation: OperationDefinitionNode,
  vars: Record<string, unknown>,
  model: CostModel,
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const fragmentCosts = new Map<string, number>();
  const inProgress = new Set<string>();

  const included = (node: { directives?: readonly unknown[] }) => {
    if (!node.directives?.length) return true;
    const skip = getDirectiveValues(GraphQLSkipDirective, node as FieldNode, vars);
    if (skip?.if === true) return false;
    const include = getDirectiveValues(GraphQLIncludeDirective, node as FieldNode, vars);
    return include?.if !== false;
  };

  const fieldCost = (parent: GraphQLCompositeType, node: FieldNode): number => {
    const def = fieldDefinition(schema, parent, node);
    if (!def) return 0;
    const args = def.args.length ? getArgumentValues(def, node, vars) : {};
    const weighed = model.weights?.[`${parent.name}.${def.name}`] ?? 1;
    const weight = typeof weighed === 'function' ? weighed(args) : weighed;
    if (!node.selectionSet) return weight;
    const child = getNamedType(def.type);
    const inner = isCompositeType(child) ? selectionCost(child, node.selectionSet) : 0;
    const first = args.first;
    if (typeof first === 'number') return weight + inner * Math.max(1, Math.min(first, model.maxPageSize));
    if (!isListType(getNullableType(def.type))) return weight + inner;
    // a connection's edges are the page `first` already counted
    if (def.name === 'edges' && parent.name.endsWith('Connection')) return weight + inner;
    return weight + inner * (model.listSize(parent.name, def.name) ?? model.defaultListSize);
  };

  const fragmentCost = (name: string): number => {
    const known = fragmentCosts.get(name);
    if (known !== undefined) return known;
    const fragment = fragments.get(name);
    if (!fragment || inProgress.has(name)) return 0; // validation reports unknown fragments and cycles
    const type = schema.getType(fragment.typeCondition.name.value);
    if (!isCompositeType(type)) return 0;
    inProgress.add(name);
    const cost = selectionCost(type, fragment.selectionSet);
    inProgress.delete(name);
    fragmentCosts.set(name, cost);
    return cost;
  };

  /**
   * Fields of the type itself add up; fragments on one possible type of an abstract type are alternatives, so
   * the dearest alternative counts.
   */
  function selectionCost(parent: GraphQLCompositeType, set: SelectionSetNode): number {
    let common = 0;
    const alternatives = new Map<string, number>();
    const add = (typeName: string | undefined, cost: number) => {
      if (!typeName || typeName === parent.name || !isAbstractType(parent) || isAbstractType(schema.getType(typeName) as GraphQLNamedType))
        common += cost;
      else alternatives.set(typeName, (alternatives.get(typeName) ?? 0) + cost);
    };
    for (const s of set.selections) {
      if (!included(s)) continue;
      if (s.kind === Kind.FIELD) common += fieldCost(parent, s);
      else if (s.kind === Kind.INLINE_FRAGMENT) {
        const type = s.typeCondition ? schema.getType(s.typeCondition.name.value) : parent;
        if (isCompositeType(type)) add(type.name, selectionCost(type, s.selectionSet));
      } else {
        const fragment = fragments.get(s.name.value);
        add(fragment?.typeCondition.name.value, fragmentCost(s.name.value));
      }
    }
    return common + Math.max(0, ...alternatives.values());
  }

  return selectionCost(root, operation.selectionSet);
}
