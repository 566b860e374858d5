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
    response: 'learner_response',
    responseType: 'long-fill-in',
    responseLength: 4000,
  },
} as const;

/** suspend_data may hold this many characters (SCORM 2004 3rd/4th edition: 64,000). */
export const SUSPEND_LIMIT: Record<ScormVersion, number> = { '1.2': 4096, '2004': 64000 };

interface Api12 {
  LMSInitialize(arg: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(arg: ''): string;
  LMSFinish(arg: ''): string;
}
interface Api2004 {
  Initialize(arg: ''): string;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string;
  Commit(arg: ''): string;
  Terminate(arg: ''): string;
}

export class LmsConnection {
  readonly elements;
  private readonly call: {
    initialize(): string;
    get(element: string): string;
    set(element: string, value: string): string;
    commit(): string;
    terminate(): string;
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
          }
        : {
            initialize: () => a04.Initialize(''),
            get: (e) => a04.GetValue(e),
            set: (e, v) => a04.SetValue(e, v),
            commit: () => a04.Commit(''),
            terminate: () => a04.Terminate(''),
          };
  }

  get suspendLimit(): number {
    return SUSPEND_LIMIT[this.version];
  }

  // An LMS answers "true"/"false" as strings; some throw. Either way: did it work?
  private ok(run: () => string): boolean {
    try {
      return String(run()) === 'true';
    } catch {
      return false;
    }
  }

  initialize = () => this.ok(this.call.initialize);
  commit = () => this.ok(this.call.commit);
  terminate = () => this.ok(this.call.terminate);
  set = (element: string, value: string) => this.ok(() => this.call.set(element, value));

  get(element: string): string {
    try {
      return String(this.call.get(element) ?? '');
    } catch {
      return '';
    }
  }
}

/** A window's API, if it has one and we may look (a window of another origin throws). */
function apiOf(win: Window): LmsConnection | null {
  try {
    const w = win as Window & { API_1484_11?: Api2004; API?: Api12 };
    if (w.API_1484_11) return new LmsConnection('2004', w.API_1484_11);
    if (w.API) return new LmsConnection('1.2', w.API);
  } catch {
    // Another origin: not ours to read.
  }
  return null;
}

/** Walks up from a window through its parents, at most `depth` steps. */
function searchUp(start: Window | null, depth: number): LmsConnection | null {
  let win = start;
  for (let step = 0; win && step <= depth; step++) {
    const found = apiOf(win);
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

/** The LMS API: SCORM 2004 before 1.2 at each window, up the frames, then the opener's frames. Bounded. */
export function findApi(win: Window = window, depth = 10): LmsConnection | null {
  let opener: Window | null = null;
  try {
    opener = win.top?.opener ?? null;
  } catch {
    opener = null;
  }
  return searchUp(win, depth) ?? searchUp(opener, depth);
}

/** Session time in the format of each version: 1.2 `HHHH:MM:SS.SS`, 2004 ISO 8601 `PT1H2M3.4S`. */
export function sessionTime(ms: number, version: ScormVersion): string {
  const seconds = Math.max(0, ms) / 1000;
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  if (version === '2004') return `PT${h}H${m}M${s.toFixed(2)}S`;
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(h, 4)}:${pad(m, 2)}:${s.toFixed(2).padStart(5, '0')}`;
}
