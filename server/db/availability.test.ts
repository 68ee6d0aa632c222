import { describe, expect, it, vi } from 'vitest';
import { createAvailability } from './availability.ts';

describe('createAvailability', () => {
  it('starts available and does not probe while the database answers', async () => {
    const probe = vi.fn(async () => undefined);
    const availability = createAvailability({ probe, probeIntervalMs: 5 });
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(availability.isAvailable()).toBe(true);
    expect(probe).not.toHaveBeenCalled();
    availability.stop();
  });

  it('is down after a connection error and up again once a probe succeeds', async () => {
    let answers = false;
    const probe = vi.fn(async () => {
      if (!answers) throw new Error('refused');
    });
    const availability = createAvailability({ probe, probeIntervalMs: 5 });
    const seen: boolean[] = [];
    availability.onChange((s) => seen.push(s.available));

    availability.markDown('ServiceUnavailable');
    expect(availability.isAvailable()).toBe(false);
    expect(availability.status()).toMatchObject({ available: false, outages: 1, lastError: 'ServiceUnavailable' });
    await vi.waitFor(() => expect(probe.mock.calls.length).toBeGreaterThanOrEqual(3));
    expect(availability.isAvailable()).toBe(false);

    answers = true;
    await vi.waitFor(() => expect(availability.isAvailable()).toBe(true));
    expect(seen).toEqual([false, true]);
    availability.stop();
  });

  it('counts an outage once however many requests report it', () => {
    const availability = createAvailability({ probe: () => Promise.reject(new Error('down')), probeIntervalMs: 1000 });
    availability.markDown('ServiceUnavailable');
    availability.markDown('SessionExpired');
    expect(availability.status()).toMatchObject({ outages: 1, lastError: 'SessionExpired' });
    availability.stop();
  });

  it('treats a probe that never answers as failed', async () => {
    const probe = vi.fn(() => new Promise<never>(() => undefined));
    const availability = createAvailability({ probe, probeIntervalMs: 5, probeTimeoutMs: 5 });
    availability.markDown('ServiceUnavailable');
    await vi.waitFor(() => expect(probe.mock.calls.length).toBeGreaterThanOrEqual(2));
    expect(availability.isAvailable()).toBe(false);
    availability.stop();
  });

  it('stops probing when stopped', async () => {
    const probe = vi.fn(async () => {
      throw new Error('down');
    });
    const availability = createAvailability({ probe, probeIntervalMs: 5 });
    availability.markDown('ServiceUnavailable');
    availability.stop();
    const calls = probe.mock.calls.length;
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(probe.mock.calls.length).toBe(calls);
  });
});
