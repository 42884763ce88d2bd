/** GraphQL over real HTTP against the server started by the integration globalSetup. */
export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
  extensions?: Record<string, unknown>;
}

export function serverUrl(): string {
  const url = process.env.ZANGRAPH_TEST_URL;
  if (!url) throw new Error('ZANGRAPH_TEST_URL is not set: run through the integration project (globalSetup)');
  return url;
}

export async function gql<T = any>(
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const res = await fetch(`${serverUrl()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as Omit<GraphQLResponse<T>, 'status'>;
  return { status: res.status, ...body };
}

/** Fails with the server's error messages when a query that should succeed does not. */
export async function gqlOk<T = any>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const r = await gql<T>(query, variables);
  if (r.errors?.length || !r.data) throw new Error(`GraphQL errors: ${JSON.stringify(r.errors)}`);
  return r.data;
}
