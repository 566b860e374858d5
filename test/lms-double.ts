/**
 * A test LMS written from the SCORM 1.2 RTE and the SCORM 2004 4th edition RTE, not from our
 * runtime: per learner a list of attempts; one API object per launch with the spec's state
 * machine (not initialised → running → terminated), string returns and GetLastError codes;
 * SetValue goes to the session, Commit (and Terminate) make it stored. The exit of a session
 * decides what the next launch gets, as Moodle does it:
 * - 2004: `suspend` → same attempt, data handed back, entry `resume`; `normal`, `""`, `logout`,
 *   `time-out` → the attempt ends, the next launch is a new, empty attempt (RTE 4.2.8, 4.2.4).
 * - 1.2: `suspend` keeps the attempt (entry `resume`); `""` keeps it too unless configured
 *   otherwise (Moodle keeps it); `logout`/`time-out` end it.
 * Completed attempts can be launched in review mode. Faults can be switched on to test failures.
 */

export type Version = '1.2' | '2004';

/** The spec's error codes that this double uses. */
export const ERRORS = {
  '1.2': { none: '0', general: '101', argument: '201', notInitialized: '301', notImplemented: '401', readOnly: '403', writeOnly: '404', type: '405' },
  '2004': {
    none: '0',
    general: '101',
    alreadyInitialized: '103',
    terminated: '104',
    terminationBeforeInit: '112',
    terminationAfterTermination: '113',
    getBeforeInit: '122',
    getAfterTermination: '123',
    setBeforeInit: '132',
    setAfterTermination: '133',
    commitBeforeInit: '142',
    commitAfterTermination: '143',
    commitFailure: '391',
    undefinedElement: '401',
    notInitializedValue: '403',
    readOnly: '404',
    writeOnly: '405',
    type: '406',
    range: '407',
  },
} as const;

type Access = 'ro' | 'rw' | 'wo';
interface Element {
  access: Access;
  /** A value is valid when this says so; undefined: any string. */
  valid?: (value: string) => boolean;
}

const vocabulary = (...words: string[]) => (value: string) => words.includes(value);
/** CMITimespan: HHHH:MM:SS.SS, minutes and seconds below 60. */
const timespan = (value: string) => {
  const m = /^(\d{2,4}):(\d{2}):(\d{2})(\.\d{1,2})?$/.exec(value);
  return !!m && Number(m[2]) < 60 && Number(m[3]) < 60;
};
/** ISO 8601 duration (timeinterval (second, 10, 2)). */
const duration = (value: string) => /^P(?!$)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?)?$/.test(value);

const MODEL: Record<Version, Record<string, Element>> = {
  '1.2': {
    'cmi.core.student_id': { access: 'ro' },
    'cmi.core.student_name': { access: 'ro' },
    'cmi.core.lesson_status': { access: 'rw', valid: vocabulary('passed', 'completed', 'failed', 'incomplete', 'browsed') },
    'cmi.core.entry': { access: 'ro' },
    'cmi.core.lesson_mode': { access: 'ro' },
    'cmi.core.credit': { access: 'ro' },
    'cmi.core.exit': { access: 'wo', valid: vocabulary('time-out', 'suspend', 'logout', '') },
    'cmi.core.session_time': { access: 'wo', valid: timespan },
    'cmi.core.total_time': { access: 'ro' },
    'cmi.suspend_data': { access: 'rw' },
    'cmi.launch_data': { access: 'ro' },
    'cmi.interactions._count': { access: 'ro' },
  },
  '2004': {
    'cmi.learner_id': { access: 'ro' },
    'cmi.learner_name': { access: 'ro' },
    'cmi.completion_status': { access: 'rw', valid: vocabulary('completed', 'incomplete', 'not attempted', 'unknown') },
    'cmi.success_status': { access: 'rw', valid: vocabulary('passed', 'failed', 'unknown') },
    'cmi.entry': { access: 'ro' },
    'cmi.mode': { access: 'ro' },
    'cmi.credit': { access: 'ro' },
    'cmi.exit': { access: 'wo', valid: vocabulary('time-out', 'suspend', 'logout', 'normal', '') },
    'cmi.session_time': { access: 'wo', valid: duration },
    'cmi.total_time': { access: 'ro' },
    'cmi.suspend_data': { access: 'rw' },
    'cmi.launch_data': { access: 'ro' },
    'cmi.interactions._count': { access: 'ro' },
  },
};

/** cmi.interactions.n.* (1.2: write-only; 2004: read/write). */
function interactionElement(version: Version, element: string): Element | undefined {
  const m = /^cmi\.interactions\.(\d+)\.(id|type|student_response|learner_response)$/.exec(element);
  if (!m) return undefined;
  if (version === '1.2' && m[2] === 'learner_response') return undefined;
  if (version === '2004' && m[2] === 'student_response') return undefined;
  return { access: version === '1.2' ? 'wo' : 'rw' };
}

export interface Attempt {
  /** What the LMS has stored (committed). */
  stored: Record<string, string>;
  /** The exit of the last session; `ended` when it closed the attempt. */
  exit?: string;
  ended: boolean;
  sessions: number;
}

export interface DoubleOptions {
  version: Version;
  /** suspend_data the LMS takes (SCORM 2004: at least 64,000; 1.2 strict: 4,096; Moodle 1.2: 64,000). */
  suspendLimit?: number;
  /** Over the limit: refuse ("false") or silently cut it short and answer "true". */
  overLimit?: 'refuse' | 'truncate';
  /** SCORM 1.2: does exit "" keep the attempt? (Moodle: yes.) */
  keepOnEmptyExit?: boolean;
}

/** Switchable failures. */
export interface Faults {
  /** SetValue of this element answers "false" with this code. */
  refuseSet?: { element: string; code: string };
  /** Commit (and the commit in Terminate) answer "false" with this code, e.g. 101 for an expired login. */
  commit?: string;
  /** GetValue of this element throws. */
  throwOnGet?: string;
}

export type Call = [name: string, ...args: string[]];

export interface Launch {
  api: Record<string, (...args: string[]) => string>;
  attempt: Attempt;
  mode: string;
}

export class LmsDouble {
  readonly version: Version;
  readonly attempts = new Map<string, Attempt[]>();
  readonly faults: Faults = {};
  /** Every API call of every launch, with its result. */
  readonly calls: Array<{ call: Call; result: string }> = [];
  private readonly limit: number;
  private readonly overLimit: 'refuse' | 'truncate';
  private readonly keepOnEmptyExit: boolean;

  constructor(options: DoubleOptions) {
    this.version = options.version;
    this.limit = options.suspendLimit ?? (options.version === '1.2' ? 4096 : 64000);
    this.overLimit = options.overLimit ?? 'refuse';
    this.keepOnEmptyExit = options.keepOnEmptyExit ?? true;
  }

  /** The attempts of a learner, oldest first. */
  attemptsOf(learner = 'learner-1'): Attempt[] {
    let list = this.attempts.get(learner);
    if (!list) this.attempts.set(learner, (list = []));
    return list;
  }

  /** What the LMS holds for the learner's latest attempt. */
  stored(learner = 'learner-1'): Record<string, string> {
    return this.attemptsOf(learner).at(-1)?.stored ?? {};
  }

  /** The names of the calls made, e.g. to check no SetValue happened. */
  callsOf(name: string): Call[] {
    return this.calls.filter((c) => c.call[0] === name).map((c) => c.call);
  }

  /**
   * A launch: the API object an LMS puts in the frame above the SCO. `review` opens the latest
   * completed attempt to look at, as Moodle offers.
   */
  launch(learner = 'learner-1', options: { review?: boolean } = {}): Launch {
    const v = this.version;
    const E = ERRORS[v] as Record<string, string>;
    const list = this.attemptsOf(learner);
    const statusKey = v === '1.2' ? 'cmi.core.lesson_status' : 'cmi.completion_status';
    let attempt = list.at(-1);
    let mode = 'normal';
    if (options.review) {
      attempt = [...list].reverse().find((a) => ['completed', 'passed'].includes(a.stored[statusKey] ?? ''));
      if (!attempt) throw new Error('review needs a completed attempt');
      mode = 'review';
    } else if (!attempt || attempt.ended) {
      attempt = { stored: {}, ended: false, sessions: 0 };
      list.push(attempt);
    }
    const entry = mode === 'review' ? '' : attempt.sessions === 0 ? 'ab-initio' : attempt.exit === 'suspend' ? 'resume' : '';
    const current = attempt;
    const fixed: Record<string, string> =
      v === '1.2'
        ? { 'cmi.core.student_id': learner, 'cmi.core.student_name': 'Leerling', 'cmi.core.entry': entry, 'cmi.core.lesson_mode': mode, 'cmi.core.credit': mode === 'review' ? 'no-credit' : 'credit', 'cmi.core.total_time': '0000:00:00' }
        : { 'cmi.learner_id': learner, 'cmi.learner_name': 'Leerling', 'cmi.entry': entry, 'cmi.mode': mode, 'cmi.credit': mode === 'review' ? 'no-credit' : 'credit', 'cmi.total_time': 'PT0S' };
    /** This session's view of the data model: stored values plus what was set since. */
    const session: Record<string, string> = { ...attempt.stored };
    let state: 'new' | 'running' | 'terminated' = 'new';
    let lastError: string = E.none;
    let interactions = Number(attempt.stored['cmi.interactions._count'] ?? 0);

    const log = (call: Call, result: string) => {
      this.calls.push({ call, result });
      return result;
    };
    const fail = (call: Call, code: string, result = 'false') => {
      lastError = code;
      return log(call, result);
    };
    const succeed = (call: Call, result = 'true') => {
      lastError = E.none;
      return log(call, result);
    };
    const elementOf = (name: string) => MODEL[v][name] ?? interactionElement(v, name);

    /** Commit's work: the session's values become stored. */
    const persist = (): boolean => {
      if (this.faults.commit) return false;
      if (mode === 'review') return true;
      const { ...values } = session;
      delete values['cmi.core.exit'];
      delete values['cmi.exit'];
      delete values['cmi.core.session_time'];
      delete values['cmi.session_time'];
      current.stored = values;
      return true;
    };

    const n = (name: string) => (v === '1.2' ? `LMS${name}` : name);
    const initialize = (arg: string) => {
      const call: Call = [n('Initialize'), arg];
      if (arg !== '') return fail(call, v === '1.2' ? E.argument : '201');
      if (v === '2004') {
        if (state === 'running') return fail(call, E.alreadyInitialized);
        if (state === 'terminated') return fail(call, E.terminated);
      } else if (state !== 'new') return fail(call, E.general);
      state = 'running';
      current.sessions++;
      return succeed(call);
    };
    const getValue = (name: string) => {
      const call: Call = [n('GetValue'), name];
      if (state !== 'running') return fail(call, v === '1.2' ? E.notInitialized : state === 'new' ? E.getBeforeInit : E.getAfterTermination, '');
      if (this.faults.throwOnGet === name) {
        log(call, 'threw');
        throw new Error('LMS GetValue failed');
      }
      if (name === 'cmi.interactions._count') return succeed(call, String(interactions));
      const element = elementOf(name);
      if (!element) return fail(call, v === '1.2' ? E.notImplemented : E.undefinedElement, '');
      if (element.access === 'wo') return fail(call, E.writeOnly, '');
      if (name in fixed) return succeed(call, fixed[name]);
      if (name in session) return succeed(call, session[name]);
      // Never set: 2004 says so with 403; 1.2 hands back "" (status: "not attempted").
      if (v === '2004') return fail(call, name === 'cmi.completion_status' ? E.none : E.notInitializedValue, name === 'cmi.completion_status' ? 'unknown' : '');
      return succeed(call, name === 'cmi.core.lesson_status' ? 'not attempted' : '');
    };
    const setValue = (name: string, value: string) => {
      const call: Call = [n('SetValue'), name, value];
      if (state !== 'running') return fail(call, v === '1.2' ? E.notInitialized : state === 'new' ? E.setBeforeInit : E.setAfterTermination);
      const element = elementOf(name);
      if (!element) return fail(call, v === '1.2' ? E.notImplemented : E.undefinedElement);
      if (element.access === 'ro') return fail(call, E.readOnly);
      if (element.valid && !element.valid(String(value))) return fail(call, E.type);
      if (this.faults.refuseSet?.element === name) return fail(call, this.faults.refuseSet.code);
      let stored = String(value);
      if (name === 'cmi.suspend_data' && stored.length > this.limit) {
        if (this.overLimit === 'refuse') return fail(call, v === '1.2' ? E.type : E.range);
        stored = stored.slice(0, this.limit);
      }
      const m = /^cmi\.interactions\.(\d+)\./.exec(name);
      if (m) interactions = Math.max(interactions, Number(m[1]) + 1);
      session[name] = stored;
      return succeed(call);
    };
    const commit = (arg: string) => {
      const call: Call = [n('Commit'), arg];
      if (state !== 'running') return fail(call, v === '1.2' ? E.notInitialized : state === 'new' ? E.commitBeforeInit : E.commitAfterTermination);
      if (!persist()) return fail(call, this.faults.commit ?? E.general);
      return succeed(call);
    };
    const terminate = (arg: string) => {
      const call: Call = [n(v === '1.2' ? 'Finish' : 'Terminate'), arg];
      if (state !== 'running') return fail(call, v === '1.2' ? E.notInitialized : state === 'new' ? E.terminationBeforeInit : E.terminationAfterTermination);
      const saved = persist();
      state = 'terminated';
      if (mode !== 'review') {
        const exit = session[v === '1.2' ? 'cmi.core.exit' : 'cmi.exit'] ?? '';
        current.exit = exit;
        current.ended = exit === 'suspend' ? false : v === '1.2' ? !(exit === '' && this.keepOnEmptyExit) : true;
      }
      if (!saved) return fail(call, this.faults.commit ?? E.general);
      return succeed(call);
    };
    const errorString = (code: string) => `error ${code}`;
    const api: Record<string, (...args: string[]) => string> =
      v === '1.2'
        ? {
            LMSInitialize: initialize,
            LMSGetValue: getValue,
            LMSSetValue: setValue,
            LMSCommit: commit,
            LMSFinish: terminate,
            LMSGetLastError: () => lastError,
            LMSGetErrorString: errorString,
            LMSGetDiagnostic: errorString,
          }
        : {
            Initialize: initialize,
            GetValue: getValue,
            SetValue: setValue,
            Commit: commit,
            Terminate: terminate,
            GetLastError: () => lastError,
            GetErrorString: errorString,
            GetDiagnostic: errorString,
          };
    return { api, attempt, mode };
  }
}
