import { expect } from '@open-wc/testing';
import { findApi, sessionTime } from '../src/lms/scorm-api.js';

/** A stand-in window: its own API (or none), a parent, an opener; `foreign` throws like another origin. */
function fakeWindow(options: { api12?: boolean; api2004?: boolean; parent?: Window; opener?: Window; foreign?: boolean } = {}): Window {
  const win: Record<string, unknown> = {};
  const api = { LMSInitialize: () => 'true', Initialize: () => 'true' };
  const define = (name: string, value: unknown) =>
    Object.defineProperty(win, name, {
      get: () => {
        if (options.foreign) throw new DOMException('Blocked a frame with origin', 'SecurityError');
        return value;
      },
    });
  define('API', options.api12 ? api : undefined);
  define('API_1484_11', options.api2004 ? api : undefined);
  win.parent = options.parent ?? win;
  win.top = options.parent ? (options.parent as unknown as { top: Window }).top : win;
  win.opener = options.opener ?? null;
  return win as unknown as Window;
}

describe('finding the LMS API', () => {
  it('takes SCORM 2004 before 1.2, looking up the frames', () => {
    const lms = fakeWindow({ api12: true, api2004: true });
    const frame = fakeWindow({ parent: fakeWindow({ parent: lms }) });
    expect(findApi(frame)?.version).to.equal('2004');
    expect(findApi(fakeWindow({ parent: fakeWindow({ api12: true }) }))?.version).to.equal('1.2');
  });

  it('looks at the opener when the frames have none (a package opened in a new window)', () => {
    const opener = fakeWindow({ api12: true });
    expect(findApi(fakeWindow({ opener }))?.version).to.equal('1.2');
  });

  it('passes frames of another origin without failing, and gives up after a bounded number of steps', () => {
    const behindForeign = fakeWindow({ parent: fakeWindow({ foreign: true, parent: fakeWindow({ api2004: true }) }) });
    expect(findApi(behindForeign)?.version).to.equal('2004');
    let deep = fakeWindow({ api12: true });
    for (let i = 0; i < 15; i++) deep = fakeWindow({ parent: deep });
    expect(findApi(deep, undefined, 10)).to.equal(null);
    expect(findApi(fakeWindow())).to.equal(null);
  });

  it('writes session time as each version wants it', () => {
    expect(sessionTime(3_723_450, '1.2')).to.equal('0001:02:03.45');
    expect(sessionTime(3_723_450, '2004')).to.equal('PT1H2M3.45S');
  });

  it('never writes 60 seconds: 59.996 s rounds up to the next minute (and hour)', () => {
    expect(sessionTime(59_996, '1.2')).to.equal('0000:01:00.00');
    expect(sessionTime(59_996, '2004')).to.equal('PT0H1M0.00S');
    expect(sessionTime(3_599_996, '1.2')).to.equal('0001:00:00.00');
    expect(sessionTime(59_994, '1.2')).to.equal('0000:00:59.99');
  });

  it('a package looks only for its own version\'s API', () => {
    const both = fakeWindow({ parent: fakeWindow({ api12: true, api2004: true }) });
    expect(findApi(both, '1.2')?.version).to.equal('1.2');
    expect(findApi(both, '2004')?.version).to.equal('2004');
    expect(findApi(fakeWindow({ parent: fakeWindow({ api2004: true }) }), '1.2')).to.equal(null);
    expect(findApi(fakeWindow({ parent: fakeWindow({ api12: true }) }), '2004')).to.equal(null);
  });
});
