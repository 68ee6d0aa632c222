import { providersIn, type ProviderEvidence, type ProviderQuery } from './projection/providers.ts';
import type { ReadModel } from './projection/store.ts';

export type { ProviderEvidence, ProviderQuery } from './projection/providers.ts';

/**
 * Finds who serves the target groups, with their coverage among the given regions, and the mappings of those
 * groups (where sources looked): from the read model, without a round trip once it is current.
 */
export async function findProviders(model: ReadModel, q: ProviderQuery): Promise<ProviderEvidence> {
  return providersIn(await model.current(), q);
}
