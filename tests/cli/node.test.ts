/**
 * The real outside world of the bin (`nodeIo`): files through node:fs, with every failure a
 * `PlanError` that names the path; stdout and stderr that stop quietly on a closed pipe.
 */
import { EventEmitter } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { nodeIo, writer } from '../../src/cli/node.js';

const dir = mkdtempSync(join(tmpdir(), 'baotou-plan-node-io-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('nodeIo', () => {
  const io = nodeIo();

  it('makes folders, writes and reads files', async () => {
    const folder = io.joinPath(dir, 'a', 'b');
    await io.mkdir(folder);
    await io.mkdir(folder); // again: no error
    const file = io.joinPath(folder, 'x.txt');
    await io.writeFile(file, '包头 240\n');
    expect(readFileSync(file, 'utf8')).toBe('包头 240\n');
    expect(await io.readFile(file)).toBe('包头 240\n');
  });

  it('a missing file: PlanError NOT_FOUND naming the path', async () => {
    const missing = join(dir, 'missing.csv');
    await expect(io.readFile(missing)).rejects.toMatchObject({ name: 'PlanError', code: 'NOT_FOUND', message: `${missing}: no such file` });
  });

  it('other failures: PlanError naming the path and the reason', async () => {
    await expect(io.readFile(dir)).rejects.toThrow(`${dir}: could not read the file (EISDIR)`);
    await expect(io.writeFile(dir, 'x')).rejects.toThrow(`${dir}: could not write the file (EISDIR)`);
    const file = join(dir, 'plain.txt');
    await io.writeFile(file, 'x');
    await expect(io.mkdir(join(file, 'sub'))).rejects.toThrow(`${join(file, 'sub')}: could not create the folder (ENOTDIR)`);
    await expect(io.mkdir(join(file, 'sub', 'deeper'))).rejects.toThrow(`${join(file, 'sub', 'deeper')}: could not create the folder (ENOTDIR)`);
  });

  it('makes a folder where Node 20 would hang (/proc refuses new entries): an error at once', async () => {
    await expect(io.mkdir('/proc/baotou-plan-nope/a')).rejects.toThrow('/proc/baotou-plan-nope/a: could not create the folder (ENOENT)');
  });

  it('checks a file can be written there, without writing it', async () => {
    const file = join(dir, 'chart.svg');
    await io.checkFile(file);
    expect(() => readFileSync(file)).toThrow(/ENOENT/);
    await expect(io.checkFile(dir)).rejects.toThrow(`${dir}: could not write the file (EISDIR)`);
    await expect(io.checkFile(join(dir, 'none', 'chart.svg'))).rejects.toThrow(`${join(dir, 'none', 'chart.svg')}: could not write the file (ENOENT)`);
    const plain = join(dir, 'plain.txt');
    await io.writeFile(plain, 'x');
    await expect(io.checkFile(join(plain, 'chart.svg'))).rejects.toThrow(`${join(plain, 'chart.svg')}: could not write the file (ENOTDIR)`);
  });

  it('reads the environment', () => {
    expect(io.env).toBe(process.env);
  });
});

describe('writer', () => {
  /** A stream that takes text until it is told to fail, as process.stdout does. */
  function fakeStream(failure?: { code: string; how: 'event' | 'callback' | 'throw' }) {
    const stream = new EventEmitter() as EventEmitter & { written: string[]; write: (text: string, done?: (error?: Error | null) => void) => boolean };
    stream.written = [];
    stream.write = (text, done) => {
      if (failure !== undefined && text !== '') {
        const error = Object.assign(new Error(`write ${failure.code}`), { code: failure.code });
        if (failure.how === 'throw') throw error;
        if (failure.how === 'callback') done?.(error);
        else stream.emit('error', error);
        return false;
      }
      stream.written.push(text);
      done?.(null);
      return true;
    };
    return stream;
  }

  it('writes, and reports no failure', async () => {
    const stream = fakeStream();
    const out = writer(stream);
    out.write('a');
    out.write('b');
    expect(stream.written.filter((t) => t !== '')).toEqual(['a', 'b']);
    expect(await out.done()).toBeUndefined();
  });

  it('stops quietly when the reader closes the pipe (EPIPE is no failure)', async () => {
    const stream = fakeStream();
    const out = writer(stream);
    out.write('a');
    stream.emit('error', Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
    out.write('b');
    expect(stream.written).toEqual(['a']);
    expect(await out.done()).toBeUndefined();
  });

  it.each(['event', 'callback', 'throw'] as const)('keeps any other failure, reported by %s, and never throws', async (how) => {
    const stream = fakeStream({ code: 'ENOSPC', how });
    const out = writer(stream);
    expect(() => out.write('a')).not.toThrow();
    expect(() => out.write('b')).not.toThrow();
    expect(stream.written).toEqual([]);
    expect((await out.done())?.code).toBe('ENOSPC');
  });
});
