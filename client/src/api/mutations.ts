import { request, type RequestOptions } from './client.ts';
import type {
  AddServesMutationVariables,
  ChangeResultFieldsFragment,
  CreateOrganisationMutationVariables,
  CreateReferralMutationVariables,
  CreateServiceMutationVariables,
  DeleteOrganisationMutationVariables,
  DeleteReferralMutationVariables,
  DeleteServiceMutationVariables,
  RemoveCoverageMutationVariables,
  RemoveServesMutationVariables,
  RevertChangeMutationVariables,
  SetCoverageMutationVariables,
  UpdateOrganisationMutationVariables,
  UpdateReferralMutationVariables,
  UpdateServesMutationVariables,
  UpdateServiceMutationVariables,
} from './generated.ts';

/** The variables of each mutation, by the name of its field on `Mutation`. */
export interface MutationVariables {
  createOrganisation: CreateOrganisationMutationVariables;
  updateOrganisation: UpdateOrganisationMutationVariables;
  deleteOrganisation: DeleteOrganisationMutationVariables;
  setCoverage: SetCoverageMutationVariables;
  removeCoverage: RemoveCoverageMutationVariables;
  addServes: AddServesMutationVariables;
  updateServes: UpdateServesMutationVariables;
  removeServes: RemoveServesMutationVariables;
  createService: CreateServiceMutationVariables;
  updateService: UpdateServiceMutationVariables;
  deleteService: DeleteServiceMutationVariables;
  createReferral: CreateReferralMutationVariables;
  updateReferral: UpdateReferralMutationVariables;
  deleteReferral: DeleteReferralMutationVariables;
  revertChange: RevertChangeMutationVariables;
}

export type MutationName = keyof MutationVariables;

/** One mutation ready to send: which, with which variables. */
export type MutationCall = { [K in MutationName]: { name: K; variables: MutationVariables[K] } }[MutationName];

export type ChangeResult = ChangeResultFieldsFragment;

/** The operation in editing.graphql of a mutation field: `updateOrganisation` → `UpdateOrganisation`. */
export const operationOf = (name: MutationName): string => name.charAt(0).toUpperCase() + name.slice(1);

/**
 * Sends a mutation and returns what it did (the audit entry and the organisation as it is now).
 * @example await mutate({ name: 'revertChange', variables: { id } }, { token })
 */
export async function mutate(call: MutationCall, options: RequestOptions = {}): Promise<ChangeResult> {
  const data = await request<Record<string, ChangeResult>, MutationCall['variables']>(
    operationOf(call.name),
    call.variables,
    options,
  );
  return data[call.name]!;
}
