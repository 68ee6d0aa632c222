import { describe, expect, it } from 'vitest';
import { askExample, EXAMPLE_QUESTIONS } from './examples.ts';
import { setAllPanels, setPanel, shownColumns } from './panels.ts';
import { ask, selectOrganisation, setTitle, setView } from './transitions.ts';
import { fromSearch, isEmbedPath, toSearch, viewLink } from './url.ts';
import { DEFAULT_STATE, TITLE_MAX, cleanTitle } from './view-state.ts';

describe('side columns in the URL', () => {
  it('keeps a hidden or opened column in the link and leaves the default out', () => {
    const s = setPanel(setPanel(DEFAULT_STATE, 'filters', false), 'answer', true);
    expect(toSearch(s)).toBe('?filterkolom=dicht&antwoordkolom=open');
    expect(fromSearch(toSearch(s))).toEqual(s);
    expect(toSearch(setAllPanels(s, true))).toBe('');
  });

  it('reads an old link without column parameters as the page decides, and ignores unknown words', () => {
    expect(fromSearch('?doelgroep=breed-mkb&regio=PV21').panels).toEqual({ filters: 'auto', answer: 'auto' });
    expect(fromSearch('?filterkolom=weg&antwoordkolom=auto').panels).toEqual(DEFAULT_STATE.panels);
  });

  it('shows the filters, and the answer column only once there is something to answer', () => {
    expect(shownColumns(DEFAULT_STATE)).toEqual({ filters: true, answer: false });
    expect(shownColumns(ask(DEFAULT_STATE, 'breed-mkb', null)).answer).toBe(true);
    expect(shownColumns(selectOrganisation(DEFAULT_STATE, 'kvk')).answer).toBe(true);
    expect(shownColumns(setAllPanels(ask(DEFAULT_STATE, 'breed-mkb', 'PV21'), false))).toEqual({
      filters: false,
      answer: false,
    });
  });

  it('opens a hidden answer column again when an organisation is chosen, for its details', () => {
    const hidden = setPanel(ask(DEFAULT_STATE, 'breed-mkb', 'PV21'), 'answer', false);
    expect(shownColumns(hidden).answer).toBe(false);
    expect(shownColumns(selectOrganisation(hidden, 'ynbusiness')).answer).toBe(true);
    expect(selectOrganisation(hidden, null).panels.answer).toBe('closed');
  });
});

describe('the title of a named view', () => {
  it('round-trips through the URL as text, characters that mean something in HTML included', () => {
    const s = setTitle(DEFAULT_STATE, 'Breed mkb <Fryslân> & "Utrecht"');
    expect(s.title).toBe('Breed mkb <Fryslân> & "Utrecht"');
    expect(fromSearch(toSearch(s))).toEqual(s);
  });

  it('collapses white space, drops control characters and stops at the longest title kept', () => {
    expect(cleanTitle('  Fryslân\n\t breed\u0000mkb ')).toBe('Fryslân breed mkb');
    expect(cleanTitle('   ')).toBeNull();
    expect(fromSearch(`?titel=${'é'.repeat(TITLE_MAX + 50)}`).title).toHaveLength(TITLE_MAX);
    expect(setTitle(setTitle(DEFAULT_STATE, 'x'), '').title).toBeNull();
  });
});

describe('links to a view', () => {
  it('makes the embed link and the explorer link of the same state, both read back to it', () => {
    const s = setTitle(setView(ask(DEFAULT_STATE, 'breed-mkb', 'PV21'), 'tabel'), 'Fryslân');
    const embed = viewLink('https://kaart.example.org', s, 'embed');
    const explorer = viewLink('https://kaart.example.org', s, 'explorer');
    expect(embed).toBe(
      'https://kaart.example.org/embed?doelgroep=breed-mkb&regio=PV21&weergave=tabel&titel=Frysl%C3%A2n',
    );
    expect(explorer).toBe(embed.replace('/embed?', '/?'));
    expect(isEmbedPath(new URL(embed).pathname)).toBe(true);
    expect(isEmbedPath(new URL(explorer).pathname)).toBe(false);
    expect(fromSearch(new URL(embed).search)).toEqual(s);
  });

  it('leaves an open glossary out of a shared link', () => {
    expect(viewLink('http://x.test', { ...DEFAULT_STATE, glossary: 'rom' }, 'explorer')).toBe('http://x.test/');
  });

  it('knows the embed page with and without a trailing slash only', () => {
    expect(['/embed', '/embed/'].map(isEmbedPath)).toEqual([true, true]);
    expect(['/', '/embedded', '/x/embed'].map(isEmbedPath)).toEqual([false, false, false]);
  });
});

describe('example questions', () => {
  it('asks breed mkb in Fryslân, a gap in Utrecht and KVK’s referrals in the graph', () => {
    const asked = EXAMPLE_QUESTIONS.map((q) => toSearch(askExample(DEFAULT_STATE, q)));
    expect(asked).toEqual([
      '?doelgroep=breed-mkb&regio=PV21',
      '?doelgroep=breed-mkb&regio=PV26',
      '?doelgroep=breed-mkb&regio=PV21&modus=pad',
    ]);
    const fromTable = askExample(setView(selectOrganisation(DEFAULT_STATE, 'kvk'), 'tabel'), EXAMPLE_QUESTIONS[0]!);
    expect(fromTable.view).toBe('graaf');
    expect(fromTable.selected).toBeNull();
  });
});
