import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isRunning, tryLock, waitForLock, type Probe } from '../../scripts/lib/lock.ts';

/** A probe that fails like `process.kill(pid, 0)` does, with the given errno code. */
const failing =
  (code: string): Probe =>
  (pid) => {
    throw Object.assign(new Error(`kill ${code} ${pid}`), { code, errno: code, syscall: 'kill' });
  };
const answering: Probe = () => {};

let dir = '';
let file = '';
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'einblick-lock-'));
  file = path.join(dir, 'test.lock');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('isRunning', () => {
  it('reads ESRCH as gone, EPERM (another user’s process) and an answer as running', () => {
    expect(isRunning(4242, failing('ESRCH'))).toBe(false);
    expect(isRunning(4242, failing('EPERM'))).toBe(true);
    expect(isRunning(4242, answering)).toBe(true);
  });

  it('asks the system by default', () => {
    expect(isRunning(process.pid)).toBe(true);
    const exited = spawnSync(process.execPath, ['-e', '']).pid;
    expect(isRunning(exited)).toBe(false);
  });
});

describe('tryLock', () => {
  it('takes a free lock, writes its pid and removes the file on release', () => {
    const attempt = tryLock(file);
    expect(attempt.acquired).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(`${process.pid}\n`);
    if (attempt.acquired) attempt.release();
    expect(existsSync(file)).toBe(false);
    expect(tryLock(file).acquired).toBe(true);
  });

  it('does not take a lock held by a running process', () => {
    writeFileSync(file, '4242\n');
    expect(tryLock(file, { probe: answering })).toEqual({ acquired: false, holder: 4242 });
    expect(readFileSync(file, 'utf8')).toBe('4242\n');
  });

  it('does not take a lock whose holder belongs to another user (EPERM)', () => {
    writeFileSync(file, '4242\n');
    expect(tryLock(file, { probe: failing('EPERM') })).toEqual({ acquired: false, holder: 4242 });
    expect(readFileSync(file, 'utf8')).toBe('4242\n');
  });

  it('takes over a lock whose holder is gone (ESRCH)', () => {
    writeFileSync(file, '4242\n');
    const attempt = tryLock(file, { probe: failing('ESRCH') });
    expect(attempt.acquired).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(`${process.pid}\n`);
    if (attempt.acquired) attempt.release();
  });

  it('takes over a lock left by a process that has exited, with the real probe', () => {
    const exited = spawnSync(process.execPath, ['-e', '']).pid;
    writeFileSync(file, `${exited}\n`);
    const attempt = tryLock(file);
    expect(attempt.acquired).toBe(true);
    if (attempt.acquired) attempt.release();
  });

  it('takes over a lock without a pid', () => {
    writeFileSync(file, 'garbage');
    const attempt = tryLock(file, { probe: answering });
    expect(attempt.acquired).toBe(true);
    if (attempt.acquired) attempt.release();
  });

  it('tells a lock this process holds from one a dead process with the same pid left', () => {
    const first = tryLock(file);
    expect(tryLock(file)).toEqual({ acquired: false, holder: process.pid });
    if (first.acquired) first.release();
    writeFileSync(file, `${process.pid}\n`);
    const second = tryLock(file);
    expect(second.acquired).toBe(true);
    if (second.acquired) second.release();
  });

  it('leaves a lock alone on release once another process has taken it over', () => {
    const attempt = tryLock(file);
    writeFileSync(file, '4242\n');
    if (attempt.acquired) attempt.release();
    expect(readFileSync(file, 'utf8')).toBe('4242\n');
  });
});

describe('waitForLock', () => {
  it('waits while the holder runs, says so once, then takes the lock', async () => {
    writeFileSync(file, '4242\n');
    const waits: number[] = [];
    setTimeout(() => rmSync(file), 100);
    const release = await waitForLock(file, { probe: failing('EPERM'), pollMs: 10, onWait: (holder) => waits.push(holder) });
    expect(waits).toEqual([4242]);
    expect(readFileSync(file, 'utf8')).toBe(`${process.pid}\n`);
    release();
  });

  it('gives up after the timeout', async () => {
    writeFileSync(file, '4242\n');
    await expect(waitForLock(file, { probe: answering, pollMs: 5, timeoutMs: 30 })).rejects.toThrow(/4242 has held/);
  });
});
