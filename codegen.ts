/**
 * GraphQL Code Generator: typed documents for the tests and for the web app (web/src), and an
 * example of what partners can do with `schema/schema.graphql`. Run `npm run codegen` after
 * changing the schema or a query.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

const scalars = { Date: 'string', DateTime: 'string', EmailAddress: 'string', URL: 'string' };

const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  ignoreNoDocuments: true,
  // ESM (NodeNext) needs explicit .js extensions on relative imports.
  emitLegacyCommonJSImports: false,
  generates: {
    'test/generated/': {
      documents: ['test/**/*.ts', '!test/generated/**'],
      preset: 'client',
      config: { useTypeImports: true, enumsAsTypes: true, scalars },
      presetConfig: { fragmentMasking: false },
    },
    // The web app: documents are strings (no graphql-js in the browser bundle).
    'web/src/gql/': {
      documents: ['web/src/**/*.{ts,tsx}', '!web/src/gql/**'],
      preset: 'client',
      config: { useTypeImports: true, enumsAsTypes: true, scalars, documentMode: 'string' },
      presetConfig: { fragmentMasking: false },
    },
  },
};

export default config;
