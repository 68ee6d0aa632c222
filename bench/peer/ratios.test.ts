import { describe, expect, it } from 'vitest';
import { medianRates, peerRatios, toRatioTable, type MeasuredCase } from './ratios.ts';

const CASES: MeasuredCase[] = [
  { name: 'whoServes ours', target: 'ours', question: 'whoServes', reqPerSec: 900 },
  { name: 'whoServes peer nested filters', target: 'peer-nested', question: 'whoServes', reqPerSec: 500 },
  { name: 'whoServes peer @cypher', target: 'peer-cypher', question: 'whoServes', reqPerSec: 600 },
  { name: 'whoServes raw driver', target: 'raw', question: 'whoServes', reqPerSec: 1200 },
  { name: 'coverage ours', target: 'ours', question: 'coverage', reqPerSec: 30 },
  { name: 'coverage peer @cypher', target: 'peer-cypher', question: 'coverage', reqPerSec: 12 },
];

describe('peerRatios', () => {
  it("compares ours with the peer's faster variant, with the raw driver and on coverage", () => {
    expect(peerRatios(CASES)).toEqual({
      peerBest: { name: 'whoServes peer @cypher', reqPerSec: 600 },
      oursOverPeerBest: 1.5,
      oursOverRaw: 0.75,
      coverageOursOverPeer: 2.5,
    });
  });

  it('takes the nested filters as the best when they are faster', () => {
    const faster = CASES.map((c) =>
      c.target === 'peer-nested' && c.question === 'whoServes' ? { ...c, reqPerSec: 700 } : c,
    );
    expect(peerRatios(faster).peerBest?.name).toBe('whoServes peer nested filters');
  });

  it('leaves a ratio empty when a side was not measured or measured nothing', () => {
    const r = peerRatios(
      CASES.filter((c) => c.target !== 'raw').map((c) =>
        c.question === 'coverage' && c.target !== 'ours' ? { ...c, reqPerSec: 0 } : c,
      ),
    );
    expect(r.oursOverRaw).toBeNull();
    expect(r.coverageOursOverPeer).toBeNull();
    expect(toRatioTable(r)).toContain('| whoServes: ours ÷ the resolver without the API | – | ≥ 0.80× |');
  });
});

describe('medianRates', () => {
  it('takes the median rate of a case measured in several rounds', () => {
    const ours = CASES[0]!;
    const runs = [800, 600, 900].map((reqPerSec) => ({ ...ours, reqPerSec }));
    expect(medianRates([...runs, CASES[1]!])).toEqual([{ ...ours, reqPerSec: 800 }, CASES[1]]);
    expect(medianRates(runs.slice(0, 2))).toEqual([{ ...ours, reqPerSec: 700 }]);
  });

  it('lets the median, not the best round, decide the ratios', () => {
    const runs = [...CASES, { ...CASES[0]!, reqPerSec: 2000 }, { ...CASES[0]!, reqPerSec: 300 }];
    expect(peerRatios(runs).oursOverPeerBest).toBe(1.5);
  });
});
