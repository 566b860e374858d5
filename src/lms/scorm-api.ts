/**
 * The LMS's SCORM API, found the way the standards say (the frame chain, then the opener),
 * behind one small interface for both SCORM 1.2 (`API`) and SCORM 2004 (`API_1484_11`).
 */

export type ScormVersion = '1.2' | '2004';

/** The data model elements this package uses, per version. */
const ELEMENTS = {
  '1.2': {
    suspend: 'cmi.suspend_data',
    status: 'cmi.core.lesson_status',
    exit: 'cmi.core.exit',
    time: 'cmi.core.session_time',
    learner: 'cmi.core.student_id',
    mode: 'cmi.core.lesson_mode',
    response: 'student_response',
    responseType: 'fill-in',
    responseLength: 255,
  },
  '2004': {
    suspend: 'cmi.suspend_data',
    status: 'cmi.completion_status',
    exit: 'cmi.exit',
    time: 'cmi.session_time',
    learner: 'cmi.learner_id',
    mode: 'cmi.mode',
    response: 'learner_response',
    responseType: 'long-fill-in',
    responseLength: 4000,
  },
} as const;

/**
 * suspend_data: SCORM 2004 (3rd/4th edition) guarantees 64,000 characters, SCORM 1.2 only 4,096,
 * but most 1.2 LMSs take more (Moodle: 64,000). So both first try up to `LARGE`, and fall back to
 * `SMALL` only when the LMS refuses or cuts the value short.
 */
export const SUSPEND_LIMIT = { large: 64000, small: 4096 } as const;

/** GetLastError codes that mean "nothing stored yet", not a failure (2004: 403; both: 0). */
const EMPTY_CODES = ['0', '', '403'];

interface Api12 {
  LMSInitialize(arg: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(arg: ''): string;
  LMSFinish(arg: ''): string;
  LMSGetLastError?(): string;
}
interface Api2004 {
  Initialize(arg: ''): string;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string;
  Commit(arg: ''): string;
  Terminate(arg: ''): string;
  GetLastError?(): string;
}

/** A value read from the LMS, or why it could not be read. */
export type Read = { ok: true; value: string } | { ok: false; code: string };

export class LmsConnection {
  readonly elements;
  private readonly call: {
    initialize(): string;
    get(element: string): string;
    set(element: string, value: string): string;
    commit(): string;
    terminate(): string;
    lastError(): string;
  };

  constructor(
    readonly version: ScormVersion,
    api: Api12 | Api2004,
  ) {
    this.elements = ELEMENTS[version];
    const a12 = api as Api12;
    const a04 = api as Api2004;
    this.call =
      version === '1.2'
        ? {
            initialize: () => a12.LMSInitialize(''),
            get: (e) => a12.LMSGetValue(e),
            set: (e, v) => a12.LMSSetValue(e, v),
            commit: () => a12.LMSCommit(''),
            terminate: () => a12.LMSFinish(''),
            lastError: () => a12.LMSGetLastError?.() ?? '',
          }
        : {
            initialize: () => a04.Initialize(''),
            get: (e) => a04.GetValue(e),
            set: (e, v) => a04.SetValue(e, v),
            commit: () => a04.Commit(''),
            terminate: () => a04.Terminate(''),
            lastError: () => a04.GetLastError?.() ?? '',
          };
  }

  /** The LMS's last error code ("0" when none); never throws. */
  lastError(): string {
    try {
      return String(this.call.lastError() ?? '');
    } catch {
      return '';
    }
  }

  // An LMS answers "true"/"false" as strings; some throw. Either way: did it work? A failure is
  // logged with the LMS's error code, so an administrator can see why (101 general, 403, 405 …).
  private ok(name: string, run: () => string): boolean {
    let result: string;
    try {
      result = String(run());
    } catch (error) {
      console.warn(`SCORM ${this.version} ${name} threw`, error);
      return false;
    }
    if (result === 'true') return true;
    console.warn(`SCORM ${this.version} ${name} returned "${result}", error ${this.lastError() || 'unknown'}`);
    return false;
  }

  initialize = () => this.ok('Initialize', this.call.initialize);
  commit = () => this.ok('Commit', this.call.commit);
  terminate = () => this.ok('Terminate', this.call.terminate);
  set = (element: string, value: string) => this.ok(`SetValue(${element})`, () => this.call.set(element, value));

  /**
   * A value, or why not: a GetValue that throws or reports an error is not an empty value
   * ("" with code 0, or 2004's 403 "not initialised", is).
   */
  read(element: string): Read {
    let value: string;
    try {
      value = String(this.call.get(element) ?? '');
    } catch {
      return { ok: false, code: 'threw' };
    }
    if (value) return { ok: true, value };
    const code = this.lastError();
    return EMPTY_CODES.includes(code) ? { ok: true, value } : { ok: false, code };
  }

  /** A value for things that may be missing (the learner's id, the mode): "" when unknown. */
  get(element: string): string {
    const read = this.read(element);
    return read.ok ? read.value : '';
  }
}

const API_NAME = { '1.2': 'API', '2004': 'API_1484_11' } as const;

/** A window's API, if it has one and we may look (a window of another origin throws). */
function apiOf(win: Window, versions: ScormVersion[]): LmsConnection | null {
  try {
    for (const version of versions) {
      const api = (win as unknown as Record<string, Api12 | Api2004 | undefined>)[API_NAME[version]];
      if (api) return new LmsConnection(version, api);
    }
  } catch {
    // Another origin: not ours to read.
  }
  return null;
}

/** Walks up from a window through its parents, at most `depth` steps. */
function searchUp(start: Window | null, depth: number, versions: ScormVersion[]): LmsConnection | null {
  let win = start;
  for (let step = 0; win && step <= depth; step++) {
    const found = apiOf(win, versions);
    if (found) return found;
    let parent: Window | null = null;
    try {
      parent = win.parent && win.parent !== win ? win.parent : null;
    } catch {
      parent = null;
    }
    win = parent;
  }
  return null;
}

/**
 * The LMS API up the frames, then the opener's frames, bounded. A package looks only for its own
 * version's API (a 1.2 package talking to a 2004 API would write elements it does not have);
 * without a version, SCORM 2004 comes before 1.2 at each window.
 */
export function findApi(win: Window = window, version?: ScormVersion, depth = 10): LmsConnection | null {
  const versions: ScormVersion[] = version ? [version] : ['2004', '1.2'];
  let opener: Window | null = null;
  try {
    opener = win.top?.opener ?? null;
  } catch {
    opener = null;
  }
  return searchUp(win, depth, versions) ?? searchUp(opener, depth, versions);
}

/** Session time in the format of each version: 1.2 `HHHH:MM:SS.SS`, 2004 ISO 8601 `PT1H2M3.4S`. */
export function sessionTime(ms: number, version: ScormVersion): string {
  // Round to hundredths first, so 59.996 s becomes 1 minute, never "60.00" seconds.
  const hundredths = Math.round(Math.max(0, ms) / 10);
  const h = Math.floor(hundredths / 360000);
  const m = Math.floor((hundredths % 360000) / 6000);
  const s = ((hundredths % 6000) / 100).toFixed(2);
  if (version === '2004') return `PT${h}H${m}M${s}S`;
  const pad = (n: number | string, width: number) => String(n).padStart(width, '0');
  return `${pad(h, 4)}:${pad(m, 2)}:${pad(s, 5)}`;
}
