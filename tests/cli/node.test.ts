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
    await expect(io.mkdir(join(file, 'sub'))).rejects.toThrow(`${join(file, 'sub')}: could not create the file (ENOTDIR)`);
  });

  it('reads the environment', () => {
    expect(io.env).toBe(process.env);
  });
});

describe('writer', () => {
  function fakeStream() {
    const stream = new EventEmitter() as EventEmitter & { written: string[]; write: (text: string) => boolean };
    stream.written = [];
    stream.write = (text: string) => {
      stream.written.push(text);
      return true;
    };
    return stream;
  }

  it('writes until the reader closes the pipe, then stops quietly', () => {
    const stream = fakeStream();
    const write = writer(stream);
    write('a');
    stream.emit('error', Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
    write('b');
    expect(stream.written).toEqual(['a']);
  });

  it('throws any other stream error', () => {
    const stream = fakeStream();
    writer(stream);
    expect(() => stream.emit('error', Object.assign(new Error('disk full'), { code: 'ENOSPC' }))).toThrow('disk full');
  });
});
