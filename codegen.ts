import type { CodegenConfig } from '@graphql-codegen/cli';

// Types for the server's resolvers and the client's operations, both from server/graphql/schema.graphql.
// `npm run codegen:check` regenerates and fails when the committed files differ.
const ENUMS_AS_CONSTANTS = { onlyEnums: true, enumsAsConst: true } as const;

const config: CodegenConfig = {
  schema: 'server/graphql/schema.graphql',
  documents: ['client/src/api/**/*.graphql'],
  generates: {
    'server/graphql/generated/resolvers.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useIndexSignature: true,
        contextType: '../context.ts#GraphQLContext',
        // Parent types of the resolvers: what the API holds while resolving, not the wire shape.
        mappers: {
          Region: '../../domain/region-index.ts#RegionRef',
          TargetGroup: '../../repos/catalog.ts#TargetGroupRow',
          Organisation: '../models.ts#OrganisationModel',
          ChangeResult: '../models.ts#ChangeResultModel',
          Change: '../../repos/changes.ts#ChangeRecord',
          Scenario: '../../repos/projection/scenarios.ts#StoredScenario',
          ScenarioChange: '../../repos/projection/scenarios.ts#StoredScenarioChange',
        },
        enumsAsTypes: true,
        useTypeImports: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
      },
    },
    // Every enum of the schema as a constant list, for the rules that need its values at run time: the server's
    // rules module (server/domain/rules.ts) and the client's filters and forms. The schema stays their one source.
    'server/domain/generated/enums.ts': { plugins: ['typescript'], config: ENUMS_AS_CONSTANTS },
    'client/src/api/generated-enums.ts': { plugins: ['typescript'], config: ENUMS_AS_CONSTANTS },
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
