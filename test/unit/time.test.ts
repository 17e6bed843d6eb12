import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { humanDuration, parseTime } from '../../server/src/service/semantics/time';

const secs = (t: string, v: string) => {
  const r = parseTime(t, v);
  return r.ok ? r.seconds : null;
};

describe('time format, per OpenSSH generation', () => {
  it('9.2 (verified with sshd -T, FACTS.md §5)', () => {
    const ok: [string, number][] = [
      ['90', 90], ['10m', 600], ['1h30m', 5400], ['1H30M', 5400], ['1w', 604800], ['2W3D', 1468800], ['1h30', 3630],
      ['30s1m', 90], ['10s5s', 15], ['+5', 5], ['0', 0], ['2147483647', 2147483647], ['35791394m', 2147483640],
    ];
    for (const [t, n] of ok) assert.equal(secs(t, '9.2'), n, t);
    for (const t of ['1.5', '1m-1', '2147483648', '35791395m', '1y', 'm', '', '-5']) assert.equal(secs(t, '9.2'), null, t);
  });

  it('9.8 – 10.2: no sign, seconds may still repeat, no fractions', () => {
    assert.equal(secs('+5', '9.8'), null);
    assert.equal(secs(' 5', '10.2'), null);
    assert.equal(secs('10s5s', '10.2'), 15);
    assert.equal(secs('1.5', '10.2'), null);
    assert.equal(secs('1h30m', '9.8'), 5400);
  });

  it('10.3+: fractions for seconds only, seconds at most once', () => {
    assert.equal(secs('1.5', '10.3'), 1.5);
    assert.equal(secs('1.5s', '10.6'), 1.5);
    assert.equal(secs('.5', '10.3'), 0.5);
    assert.equal(secs('1.5m', '10.3'), null);
    assert.equal(secs('1.', '10.3'), null);
    assert.equal(secs('10s5s', '10.3'), null);
    assert.equal(secs('10s5', '10.3'), null);
    assert.equal(secs('1h1h', '10.3'), 7200);
    const r = parseTime('0.5', '10.5');
    assert.ok(r.ok && r.fractional);
  });

  it('renders durations for people', () => {
    assert.equal(humanDuration(5400), '1 h 30 min');
    assert.equal(humanDuration(3660), '1 h 1 min');
    assert.equal(humanDuration(45), '45 s');
    assert.equal(humanDuration(1468800), '2 w 3 d');
    assert.equal(humanDuration(1.5), '1.5 s');
    assert.equal(humanDuration(0), '0 s');
  });
});
