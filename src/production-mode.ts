/**
 * Imported first by the entry points: libraries read NODE_ENV when they load (graphql-js runs extra
 * development-mode checks on every type test unless it says production), and unset means production here.
 */
process.env.NODE_ENV ??= 'production';
