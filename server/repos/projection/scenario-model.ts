import { AppError } from '../../errors.ts';
import { AnswerMemory } from './answers.ts';
import { projectionAsIf } from './as-if.ts';
import type { Projection } from './projection.ts';
import type { ReadModel } from './store.ts';

// The read model of a scenario: the live one's current projection as if the scenario's changes were made, built once
// per version of the map and scenario, with answers remembered like the live ones. Questions asked with a scenario
// read it through the same repos as the live questions, so every rule stays where it is.

const asIf = new WeakMap<Projection, Map<string, Projection>>();
const memories = new WeakMap<Projection, AnswerMemory>();

function projectionFor(live: Projection, id: string): Projection {
  const scenario = live.scenarios.get(id);
  if (!scenario) throw new AppError('NOT_FOUND', `No scenario with id "${id}".`, { argument: 'scenario' });
  let byId = asIf.get(live);
  if (!byId) asIf.set(live, (byId = new Map()));
  let p = byId.get(id);
  if (!p) byId.set(id, (p = projectionAsIf(live, scenario)));
  return p;
}

/** The live read model as if scenario `id` were applied; NOT_FOUND (argument `scenario`) when there is none. */
export async function scenarioModel(model: ReadModel, id: string): Promise<ReadModel> {
  projectionFor(await model.current(), id);
  const current = async () => projectionFor(await model.current(), id);
  return {
    ...model,
    current,
    async answer(kind, key, deps, compute) {
      const p = await current();
      let memory = memories.get(p);
      if (!memory) memories.set(p, (memory = new AnswerMemory()));
      return memory.answer(kind, key, deps, compute);
    },
  };
}
