/**
 * GraphQL Code Generator: typed documents for the tests (and an example of what partners can
 * do with `schema/schema.graphql`). Run `npm run codegen` after changing the schema or a query.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['test/**/*.ts', '!test/generated/**'],
  ignoreNoDocuments: true,
  // ESM (NodeNext) needs explicit .js extensions on relative imports.
  emitLegacyCommonJSImports: false,
  generates: {
    'test/generated/': {
      preset: 'client',
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { Date: 'string', DateTime: 'string', EmailAddress: 'string', URL: 'string' },
      },
      presetConfig: { fragmentMasking: false },
    },
  },
};

export default config;
