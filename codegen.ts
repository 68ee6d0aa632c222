import type { CodegenConfig } from '@graphql-codegen/cli';

// Types for the server's resolvers and the client's operations, both from server/graphql/schema.graphql.
// `npm run codegen:check` regenerates and fails when the committed files differ.
const config: CodegenConfig = {
  schema: 'server/graphql/schema.graphql',
  documents: ['client/src/api/**/*.graphql'],
  generates: {
    'server/graphql/generated/resolvers.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useIndexSignature: true,
        contextType: '../context.ts#GraphQLContext',
        enumsAsTypes: true,
        useTypeImports: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
      },
    },
    // typescript-operations emits the input and enum types the operations use, nothing more.
    'client/src/api/generated.ts': {
      plugins: ['typescript-operations'],
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
      },
    },
  },
};

export default config;
