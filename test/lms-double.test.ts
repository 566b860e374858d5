/**
 * The test LMS against the SCORM specs themselves (SCORM 1.2 RTE §3.3, SCORM 2004 4th ed. RTE
 * §3.1.7 error codes and §4.2 data model), so it cannot simply mirror our runtime.
 */
import { expect } from '@open-wc/testing';
import { LmsDouble } from './lms-double.js';

describe('the test LMS follows the SCORM specs', () => {
  it('2004: the API state machine and its error codes', () => {
    const lms = new LmsDouble({ version: '2004' });
    const { api } = lms.launch();
    expect(api.GetValue('cmi.suspend_data')).to.equal('');
    expect(api.GetLastError()).to.equal('122');
    expect(api.SetValue('cmi.suspend_data', 'x')).to.equal('false');
    expect(api.GetLastError()).to.equal('132');
    expect(api.Commit('')).to.equal('false');
    expect(api.GetLastError()).to.equal('142');
    expect(api.Initialize('')).to.equal('true');
    expect(api.GetLastError()).to.equal('0');
    expect(api.Initialize('')).to.equal('false');
    expect(api.GetLastError()).to.equal('103');
    // Never set: "" and 403, not an error-free empty value.
    expect(api.GetValue('cmi.suspend_data')).to.equal('');
    expect(api.GetLastError()).to.equal('403');
    expect(api.GetValue('cmi.entry')).to.equal('ab-initio');
    expect(api.GetValue('cmi.mode')).to.equal('normal');
    expect(api.GetValue('cmi.exit')).to.equal('');
    expect(api.GetLastError()).to.equal('405');
    expect(api.SetValue('cmi.learner_id', 'x')).to.equal('false');
    expect(api.GetLastError()).to.equal('404');
    expect(api.SetValue('cmi.exit', 'weg')).to.equal('false');
    expect(api.GetLastError()).to.equal('406');
    expect(api.SetValue('cmi.session_time', 'PT1M0.5S')).to.equal('true');
    expect(api.Terminate('')).to.equal('true');
    expect(api.GetValue('cmi.suspend_data')).to.equal('');
    expect(api.GetLastError()).to.equal('123');
    expect(api.SetValue('cmi.suspend_data', 'x')).to.equal('false');
    expect(api.GetLastError()).to.equal('133');
    expect(api.Commit('')).to.equal('false');
    expect(api.GetLastError()).to.equal('143');
    expect(api.Terminate('')).to.equal('false');
    expect(api.GetLastError()).to.equal('113');
    expect(api.Initialize('')).to.equal('false');
    expect(api.GetLastError()).to.equal('104');
  });

  it('2004: exit "suspend" resumes the attempt with its data; "normal" or "" starts a new, empty one', () => {
    for (const exit of ['normal', '', 'logout']) {
      const lms = new LmsDouble({ version: '2004' });
      const first = lms.launch().api;
      first.Initialize('');
      first.SetValue('cmi.suspend_data', 'werk');
      first.SetValue('cmi.exit', 'suspend');
      first.Terminate('');
      const second = lms.launch().api;
      second.Initialize('');
      expect(second.GetValue('cmi.entry')).to.equal('resume');
      expect(second.GetValue('cmi.suspend_data')).to.equal('werk');
      second.SetValue('cmi.completion_status', 'completed');
      if (exit) second.SetValue('cmi.exit', exit);
      second.Terminate('');
      const third = lms.launch().api;
      third.Initialize('');
      expect(third.GetValue('cmi.suspend_data'), exit).to.equal('');
      expect(third.GetLastError(), exit).to.equal('403');
      expect(third.GetValue('cmi.entry')).to.equal('ab-initio');
      expect(lms.attemptsOf()).to.have.length(2);
      // The completed attempt can still be looked at.
      const review = lms.launch('learner-1', { review: true });
      expect(review.attempt).to.equal(lms.attemptsOf()[0]);
    }
  });

  it('1.2: error codes, the CMITimespan format, and what exit keeps', () => {
    const lms = new LmsDouble({ version: '1.2' });
    const { api } = lms.launch();
    expect(api.LMSGetValue('cmi.core.student_id')).to.equal('');
    expect(api.LMSGetLastError()).to.equal('301');
    expect(api.LMSInitialize('')).to.equal('true');
    expect(api.LMSGetValue('cmi.core.lesson_status')).to.equal('not attempted');
    expect(api.LMSSetValue('cmi.core.student_id', 'x')).to.equal('false');
    expect(api.LMSGetLastError()).to.equal('403');
    expect(api.LMSGetValue('cmi.core.exit')).to.equal('');
    expect(api.LMSGetLastError()).to.equal('404');
    expect(api.LMSSetValue('cmi.core.session_time', '0000:00:60.00')).to.equal('false');
    expect(api.LMSGetLastError()).to.equal('405');
    expect(api.LMSSetValue('cmi.core.session_time', '0000:01:00.00')).to.equal('true');
    expect(api.LMSSetValue('cmi.suspend_data', 'werk')).to.equal('true');
    // Set, never committed nor finished (the browser crashed): not stored.
    expect(lms.stored()['cmi.suspend_data']).to.equal(undefined);
    expect(api.LMSCommit('')).to.equal('true');
    expect(lms.stored()['cmi.suspend_data']).to.equal('werk');
    api.LMSSetValue('cmi.core.lesson_status', 'completed');
    api.LMSFinish('');
    // exit "" keeps the attempt, as in Moodle.
    const again = lms.launch().api;
    again.LMSInitialize('');
    expect(again.LMSGetValue('cmi.suspend_data')).to.equal('werk');
    expect(again.LMSGetValue('cmi.core.lesson_status')).to.equal('completed');

    const strict = new LmsDouble({ version: '1.2', keepOnEmptyExit: false });
    const s = strict.launch().api;
    s.LMSInitialize('');
    s.LMSSetValue('cmi.suspend_data', 'werk');
    s.LMSFinish('');
    const s2 = strict.launch().api;
    s2.LMSInitialize('');
    expect(s2.LMSGetValue('cmi.suspend_data')).to.equal('');
  });

  it('suspend_data over the limit is refused or silently cut short; faults answer "false" with a code', () => {
    const strict = new LmsDouble({ version: '1.2', suspendLimit: 4096 }).launch().api;
    strict.LMSInitialize('');
    expect(strict.LMSSetValue('cmi.suspend_data', 'x'.repeat(4097))).to.equal('false');
    expect(strict.LMSGetLastError()).to.equal('405');
    const cutting = new LmsDouble({ version: '1.2', suspendLimit: 4096, overLimit: 'truncate' }).launch().api;
    cutting.LMSInitialize('');
    expect(cutting.LMSSetValue('cmi.suspend_data', 'x'.repeat(5000))).to.equal('true');
    expect(cutting.LMSGetValue('cmi.suspend_data')).to.have.length(4096);

    const lms = new LmsDouble({ version: '2004' });
    const { api } = lms.launch();
    api.Initialize('');
    lms.faults.commit = '101';
    api.SetValue('cmi.suspend_data', 'werk');
    expect(api.Commit('')).to.equal('false');
    expect(api.GetLastError()).to.equal('101');
    expect(lms.stored()['cmi.suspend_data']).to.equal(undefined);
    lms.faults.refuseSet = { element: 'cmi.suspend_data', code: '351' };
    expect(api.SetValue('cmi.suspend_data', 'meer')).to.equal('false');
    expect(api.GetLastError()).to.equal('351');
    lms.faults.throwOnGet = 'cmi.suspend_data';
    expect(() => api.GetValue('cmi.suspend_data')).to.throw();
  });
});
