import { afterAll } from 'vitest';
import { resetSharedClock } from './harness.ts';

// Test files share one app per worker (isolate: false), and with it one test clock. A file that
// sets the clock and forgets to put it back would run the next file in the past or the future: its
// sessions expire, its deadlines shift. Every file ends with the real clock, whatever it did.
afterAll(() => {
  resetSharedClock();
});
