/** Local declaration: @types/graphql-depth-limit pulls in graphql 14, which clashes with graphql 16. */
declare module 'graphql-depth-limit' {
  import type { ValidationContext } from 'graphql';

  interface DepthLimitOptions {
    ignore?: Array<string | RegExp | ((fieldName: string) => boolean)>;
  }
  function depthLimit(maxDepth: number, options?: DepthLimitOptions, callback?: (depths: Record<string, number>) => void): (context: ValidationContext) => ValidationContext;
  export = depthLimit;
}
