import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, screenshot } from '../helpers/browser.ts';
import { testDb } from '../helpers/db.ts';
import { PHASE_ORDER, SCALE_ORDER } from '../../client/src/graph/appearance.ts';
import { PLATE, phaseColumn, placingPhases, scaleRow } from '../../client/src/graph/systeemplaat.ts';
import { drawnGraph, openExplorer, pageErrors, plateNodes, seriousViolations } from '../helpers/explorer-page.ts';
import '../helpers/env.ts';
import { seedCounts } from '../helpers/seed-counts.ts';

const SHARED_LINK = '/?doelgroep=breed-mkb&regio=PV21&weergave=tabel';

describe('the explorer', () => {
  let browser: Browser;
  const open = (path = '/', width?: number) => openExplorer(browser, path, inject('baseUrl'), width);

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('draws the organisations stored in Neo4j as graph nodes and lists them in the table', async () => {
    const [row] = await testDb().readRaw<{ nodes: number }>(
      'test: count organisations',
      // The municipalities and provinces generated from the CBS list without a statement of their own stay out of
      // the default graph (docs/collectives.md), so fewer are drawn than stored.
      `MATCH (o:Organisation) WHERE NOT coalesce(o.generated, false) OR EXISTS { (o)-[:SERVES]->() }
       RETURN count(o) AS nodes`,
    );
    const storedOrganisations = row?.nodes ?? 0;
    expect(storedOrganisations).toBeGreaterThan(0);

    const page = await open('/');
    const drawn = await drawnGraph(page);
    expect(drawn.nodes).toHaveLength(Math.min(storedOrganisations, 2000));
    expect(drawn.nodes).toContain('kvk');
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    await screenshot(page, 'explorer-graph-nl');

    await page.getByRole('tab', { name: 'Tabel' }).click();
    await expect.poll(() => page.locator('#organisations-table tbody tr').count()).toBe(drawn.nodes.length);
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });

  it('opens the shared link for breed mkb in Fryslân as a table with YnBusiness, and in the graph', async () => {
    const page = await open(SHARED_LINK);
    expect(await page.getByRole('tab', { name: 'Tabel' }).getAttribute('aria-selected')).toBe('true');
    const row = page.locator('#organisations-table tbody tr[data-id="ynbusiness"]');
    await row.waitFor();
    expect(await row.textContent()).toContain('YnBusiness');
    // The answer beside it lists YnBusiness with its role and how it covers Fryslân.
    const answer = page.locator('[data-testid="answer-list"] li[data-id="ynbusiness"]');
    await answer.waitFor();
    expect(await answer.textContent()).toMatch(/hoofddoelgroep/);
    expect(await page.locator('#answer').textContent()).toContain('Fryslân');
    await screenshot(page, 'shared-link-table');

    await page.getByRole('tab', { name: 'Graaf' }).click();
    expect(page.url()).not.toContain('weergave=tabel');
    const drawn = await drawnGraph(page);
    expect(drawn.nodes).toContain('ynbusiness');
    await screenshot(page, 'shared-link-graph');

    // Back returns to the table the link opened.
    await page.goBack();
    await expect.poll(() => page.getByRole('tab', { name: 'Tabel' }).getAttribute('aria-selected')).toBe('true');
    expect(page.url()).toContain('weergave=tabel');
    await page.goForward();
    await expect.poll(() => page.getByRole('tab', { name: 'Graaf' }).getAttribute('aria-selected')).toBe('true');
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });

  it('asks the question with the keyboard through the autocompletes, aliases included', async () => {
    const page = await open('/');
    const group = page.getByRole('combobox', { name: 'Doelgroep' });
    await group.fill('breed');
    await page.waitForSelector('[role="listbox"]:not([hidden]) [role="option"]');
    await group.press('ArrowDown');
    await group.press('Enter');
    const region = page.getByRole('combobox', { name: 'Regio' });
    await region.fill('friesland');
    expect(await region.getAttribute('aria-expanded')).toBe('true');
    await region.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('regio')).toBe('PV21');
    expect(new URL(page.url()).searchParams.get('doelgroep')).toBe('breed-mkb');
    await page.locator('[data-testid="answer-list"] li[data-id="ynbusiness"]').waitFor();
    await screenshot(page, 'question-bar-answer');
    await page.close();
  });

  it('marks breed mkb in Noord-Brabant as developing or a gap in the matrix of provinces', async () => {
    const page = await open('/?weergave=matrix');
    await page.locator('#matrix-level').selectOption('PROVINCE');
    const cell = page.locator('#matrix-grid [data-region="PV30"][data-group="breed-mkb"]');
    await cell.waitFor();
    expect(['DEVELOPING', 'GAP']).toContain(await cell.getAttribute('data-status'));
    // The status is written in the cell, not only coloured.
    expect(await cell.textContent()).toMatch(/in ontwikkeling|gat/);
    expect(await cell.getAttribute('title')).toContain('Noord-Brabant');
    await screenshot(page, 'matrix-provinces');

    // Enter on a cell asks the question for it; arrows move between cells.
    await cell.click();
    await expect.poll(() => new URL(page.url()).searchParams.get('regio')).toBe('PV30');
    await page.locator('#matrix-grid [data-region="PV30"][data-group="breed-mkb"]').focus();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('regio')).not.toBe('PV30');
    expect(await page.locator('#answer').textContent()).toContain('Wie bedient');
    await page.close();
  });

  it('exports the matrix as CSV with the providers and status of each cell', async () => {
    const page = await open('/?weergave=matrix');
    await page.locator('#matrix-grid').waitFor();
    const [file] = await Promise.all([page.waitForEvent('download'), page.locator('#matrix-csv').click()]);
    expect(file.suggestedFilename()).toMatch(/^ecosysteemkaart-matrix.*\.csv$/);
    // Read as the download is written: BOM, CRLF (an LF file would read as one record).
    const text = await readFile((await file.path())!, 'utf8');
    const [header, ...rows] = parse(text, { bom: true, record_delimiter: '\r\n' }) as string[][];
    expect(header!.slice(0, 2)).toEqual(['regio_id', 'regio']);
    expect(header).toContain('breed-mkb_status');
    expect(rows).toHaveLength((await seedCounts()).provinces);
    const brabant = rows.find((r) => r[0] === 'PV30')!;
    expect(['DEVELOPING', 'GAP']).toContain(brabant[header!.indexOf('breed-mkb_status')]);
    await screenshot(page, 'matrix-csv-export');
    await page.close();
  });

  it('draws the map of provinces with gaps marked, selects a region on click and shows the attribution', async () => {
    const page = await open('/?weergave=kaart&doelgroep=breed-mkb');
    await page.locator('svg.map path[data-region="PV21"]').waitFor();
    expect(await page.locator('svg.map path.map__region').count()).toBe((await seedCounts()).provinces);
    expect(await page.locator('#map-attribution').textContent()).toContain('CBS');
    expect(await page.locator('svg.map path[data-status="GAP"]').count()).toBeGreaterThan(0);
    await screenshot(page, 'map-provinces');

    await page.locator('svg.map path[data-region="PV21"]').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('regio')).toBe('PV21');
    await page.locator('[data-testid="answer-list"] li[data-id="ynbusiness"]').waitFor();

    await page.locator('#map-level').selectOption('MUNICIPALITY');
    await expect.poll(() => page.locator('svg.map path.map__region').count(), { timeout: 15_000 }).toBe(342);
    await screenshot(page, 'map-municipalities');
    await page.close();
  });

  it('shows the details of a selected organisation with the sources of its facts', async () => {
    const page = await open(SHARED_LINK);
    await page.locator('#organisations-table').getByRole('button', { name: 'YnBusiness' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('organisatie')).toBe('ynbusiness');
    const details = page.locator('#details');
    await details.getByRole('heading', { name: 'YnBusiness' }).waitFor();
    const sources = details.locator('#details-sources').locator('..');
    expect(await sources.textContent()).toMatch(/kplusv-2023 · Bijlage 7 – Factsheet Friesland/);
    // Facts further down carry their own sources, folded open on demand.
    const firstServing = details.locator('section[aria-labelledby="details-serves"] details').first();
    await firstServing.locator('summary').click();
    expect(await firstServing.locator('cite').count()).toBeGreaterThan(0);
    await screenshot(page, 'details-sources');
    await page.close();
  });

  it('shows AddVentured among the services of KVK when the year slider is moved to 2017', async () => {
    const page = await open('/?organisatie=kvk');
    const services = page.locator('#details-services-list');
    await services.waitFor();
    await page.locator('#year-slider').fill('2020');
    await expect.poll(() => new URL(page.url()).searchParams.get('jaar')).toBe('2020');
    await expect.poll(() => page.locator('#details h3#details-services').textContent()).toContain('2020');
    expect(await services.textContent()).not.toContain('AddVentured');

    await page.locator('#year-slider').fill('2017');
    await expect.poll(() => new URL(page.url()).searchParams.get('jaar')).toBe('2017');
    await expect.poll(() => page.locator('#details-services-list').textContent()).toContain('AddVentured');
    expect(await page.locator('#year-output').textContent()).toBe('2017');
    await screenshot(page, 'year-2017-addventured');
    await page.close();
  });

  it('switches to English and back, in the page and in the link', async () => {
    const page = await open(SHARED_LINK);
    await page.getByRole('button', { name: 'Switch to English' }).click();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await expect.poll(() => page.getByRole('tab', { selected: true }).textContent()).toBe('Table');
    expect(new URL(page.url()).searchParams.get('taal')).toBe('en');
    await expect.poll(() => page.locator('#answer').textContent()).toContain('Who serves');
    await screenshot(page, 'english');

    await page.getByRole('button', { name: 'Schakel naar Nederlands' }).click();
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    await expect.poll(() => page.getByRole('tab', { selected: true }).textContent()).toBe('Tabel');
    expect(new URL(page.url()).searchParams.get('taal')).toBeNull();
    await screenshot(page, 'dutch-again');
    await page.close();
  });

  it('highlights referral gaps and paths in the graph, with their explanations listed', async () => {
    const page = await open('/?doelgroep=breed-mkb&regio=PV21&modus=gaten');
    await drawnGraph(page);
    await page.locator('#graph-mode-panel[data-loaded="true"]').waitFor();
    // YnBusiness refers breed-mkb entrepreneurs to no other provider in Fryslân: a dead end (among others, such as
    // Syntens, which served the breed mkb until 2014: without a year the gaps cover every year).
    await page.locator('#gap-list li[data-kind="DEAD_END"]', { hasText: 'YnBusiness' }).waitFor();
    const marked = await page.evaluate(() =>
      (window as unknown as { __cy: { nodes(s: string): { map(f: (n: { id(): string }) => string): string[] } } }).__cy
        .nodes('.gap')
        .map((n) => n.id()),
    );
    expect(marked).toContain('ynbusiness');
    await screenshot(page, 'graph-gaps');

    await page.locator('button[data-mode="pad"]').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('modus')).toBe('pad');
    await page.locator('#graph-mode-panel[data-loaded="true"] #path-list li').first().waitFor();
    expect(await page.locator('#path-list').textContent()).toContain('YnBusiness');
    await screenshot(page, 'graph-paths');

    await page.locator('button[data-mode="overlap"]').click();
    // FOM finances, YnBusiness advises and KVK informs: no overlap for breed mkb in Fryslân, they complement each
    // other (overlap means the same help; bubbles for real overlaps are checked in answer-once.e2e.test.ts).
    await page.locator('#graph-mode-panel[data-loaded="true"] #complement-list li').first().waitFor();
    expect(await page.locator('#graph-mode-panel').textContent()).toContain('Geen overlap gevonden.');
    expect(await page.locator('#complement-list').textContent()).toContain('YnBusiness');
    await screenshot(page, 'graph-overlap');
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });

  it('lays the graph out as a systeemplaat: phases in columns, scales in bands from local up to national', async () => {
    // The whole default graph, so that local, regional and national organisations are all on the plate.
    const page = await open('/?indeling=systeemplaat');
    const drawn = await drawnGraph(page);
    const { nodes, axes } = await plateNodes(page);
    expect(nodes.map((n) => n.id).sort()).toEqual([...drawn.nodes].sort());
    // Columns: each node stands in the column of its phases (the mean phase order; no phases: the first column),
    // within the half-width of the small grid that shares a cell.
    const off = nodes
      .map((n) => ({ id: n.id, column: phaseColumn(placingPhases(n)), x: n.x }))
      .filter((n) => Math.abs(n.x - n.column * PLATE.column) > ((PLATE.maxPerRow - 1) / 2) * PLATE.node);
    expect(off).toEqual([]);
    // Bands: every node of a higher scale stands above (smaller y) every node of a lower one.
    const bands = [-1, ...SCALE_ORDER.map((_, i) => i)]
      .map((row) => nodes.filter((n) => scaleRow(n.scale) === row).map((n) => n.y))
      .filter((ys) => ys.length > 0)
      .map((ys) => ({ top: Math.min(...ys), bottom: Math.max(...ys) }));
    for (let i = 1; i < bands.length; i++) expect(bands[i]!.bottom).toBeLessThan(bands[i - 1]!.top);
    const scalesDrawn = new Set(nodes.map((n) => n.scale));
    for (const scale of ['local', 'regional', 'national']) expect(scalesDrawn).toContain(scale);
    // The axis labels: the phases left to right, the scales drawn bottom to top.
    const phaseAxis = axes.filter((a) => a.axis === 'phase').sort((a, b) => a.x - b.x);
    expect(phaseAxis.map((a) => a.key)).toEqual(['none', ...PHASE_ORDER]);
    const scaleAxis = axes.filter((a) => a.axis === 'scale').sort((a, b) => b.y - a.y);
    expect(scaleAxis.map((a) => a.key)).toEqual(['unknown', ...SCALE_ORDER].filter((s) => scalesDrawn.has(s)));
    await screenshot(page, 'graph-systeemplaat');
    await page.close();
  });

  it('exports the systeemplaat as PNG, SVG and JSON, the SVG with the labels the graph shows', async () => {
    const page = await open('/?doelgroep=breed-mkb&indeling=systeemplaat');
    const drawn = await drawnGraph(page);
    expect(drawn.nodes.length).toBeGreaterThan(0);
    // The label layer (graph/labels.ts) once it has placed the labels.
    const labelled = () =>
      page.evaluate(() => {
        const cy = (
          window as unknown as {
            __cy: { scratch(k: string): { drawn(): { text: string }[] }; $(s: string): { length: number } };
          }
        ).__cy;
        return {
          texts: cy
            .scratch('labels')
            .drawn()
            .map((l) => l.text),
          classed: cy.$('.label-shown').length,
        };
      });
    await expect.poll(async () => (await labelled()).texts.length).toBeGreaterThan(5);
    const shown = await labelled();
    // On screen no element carries a label: the layer draws them.
    expect(shown.classed).toBe(0);
    for (const [button, pattern] of [
      ['#export-png', /\.png$/],
      ['#export-svg', /\.svg$/],
      ['#export-json', /\.json$/],
    ] as const) {
      const [file] = await Promise.all([page.waitForEvent('download'), page.locator(button).click()]);
      expect(file.suggestedFilename()).toMatch(pattern);
      const content = await readFile((await file.path())!);
      expect(content.length).toBeGreaterThan(100);
      if (button === '#export-svg') {
        const svg = content.toString('utf8');
        expect(svg).toContain('<svg');
        // Cytoscape draws the labels of an export: each line of every label the layer showed is a text of the SVG.
        const escape = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
        const texts = new Set([...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]));
        const lines = shown.texts.flatMap((t) => t.split('\n')).map(escape);
        expect(lines.filter((l) => !texts.has(l))).toEqual([]);
      }
      if (button === '#export-json')
        expect(JSON.parse(content.toString('utf8')).nodes).toHaveLength(drawn.nodes.length);
    }
    // The export's labels are gone from the elements again.
    expect((await labelled()).classed).toBe(0);
    await page.close();
  });

  it('passes an axe-core scan without serious or critical violations in every view', async () => {
    // Each view with what shows that it has rendered: the scan runs on the finished view, not after a guess.
    const views: [string, string | null][] = [
      ['/', null],
      [SHARED_LINK + '&organisatie=ynbusiness', '#details-sources'],
      ['/?weergave=matrix&doelgroep=breed-mkb&regio=PV30', '#matrix-grid [data-region]'],
      ['/?weergave=kaart&doelgroep=breed-mkb', 'svg.map path.map__region'],
      ['/?taal=en&doelgroep=breed-mkb&regio=PV21&modus=gaten', null],
      ['/?begrip=rom', '#glossary[open]'],
    ];
    const found: Record<string, unknown> = {};
    for (const [view, rendered] of views) {
      const page = await open(view);
      if (rendered) await page.locator(rendered).first().waitFor();
      else await drawnGraph(page);
      const violations = await seriousViolations(page);
      if (violations.length > 0) found[view] = violations;
      if (view === '/?begrip=rom') await screenshot(page, 'glossary');
      await page.close();
    }
    expect(found).toEqual({});
    // Six full scans, one of them over the map's 342 municipalities: room for a loaded machine (a hang guard).
  }, 240_000);

  it('explains a failed request in plain language and loads again on retry', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    let fail = true;
    await page.route('**/graphql', async (route) => {
      const body = route.request().postDataJSON() as { operationName?: string };
      if (fail && body.operationName === 'GraphSlice') await route.abort('connectionrefused');
      else await route.continue();
    });
    await page.goto(`${inject('baseUrl')}/`);
    const alert = page.locator('#graph-summary [role="alert"]');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Er is geen verbinding met de server');
    await screenshot(page, 'error-no-connection');

    fail = false;
    await alert.getByRole('button', { name: 'Opnieuw proberen' }).click();
    expect((await drawnGraph(page)).nodes).toContain('kvk');
    expect(await page.locator('#graph-summary [role="alert"]').count()).toBe(0);
    await page.close();
  });

  it('stays usable at tablet width', async () => {
    const page = await open('/?doelgroep=breed-mkb&regio=PV21', 800);
    await drawnGraph(page);
    // The filters fold away behind a button on narrow screens.
    const toggle = page.getByRole('button', { name: 'Filters tonen' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('#filters-body').isVisible()).toBe(false);
    await toggle.click();
    expect(await page.locator('#filters-body').isVisible()).toBe(true);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'tablet');
    await page.close();
  });
});
