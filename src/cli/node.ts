/**
 * The real outside world for the bin: `process` streams and `node:fs`. The only module of the
 * CLI (with `bin.ts`) that touches Node built-ins.
 *
 * @module
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { argumentError, type PlanError } from '../errors.js';
import { messages } from '../messages.js';
import type { CliIo } from './io.js';

/** Turn a file-system error into a `PlanError` that names the path and the reason. */
function fileError(path: string, error: unknown, action: 'read' | 'write' | 'create'): PlanError {
  const code = (error as { code?: unknown } | null)?.code;
  if (action === 'read' && code === 'ENOENT') {
    return argumentError('NOT_FOUND', path, messages.cliFileNotFound(path));
  }
  const reason = typeof code === 'string' ? code : error instanceof Error ? error.message : String(error);
  return argumentError('INVALID_ARGUMENT', path, messages.cliFileFailed(path, action, reason), reason);
}

/**
 * Write text to a stream, and stop quietly when the other end has closed (`baotou-plan plan |
 * head`): an `EPIPE` is not an error of the command. Any other stream error is thrown.
 *
 * @param stream - A writable stream (`process.stdout`).
 * @returns A function that writes text to it, and does nothing once the reader has gone.
 * @throws Any error of the stream but `EPIPE`, when the stream reports it.
 *
 * @example
 * ```ts
 * const written: string[] = [];
 * let fail = (error: { code?: string }) => void error;
 * const stream = { write: (text: string) => written.push(text), on: (_event: 'error', listener: typeof fail) => (fail = listener) };
 * const write = writer(stream as never);
 * write('a');
 * fail({ code: 'EPIPE' }); // the reader has gone (`| head`)
 * write('b');
 * written; // → ['a']
 * ```
 *
 * @internal
 */
export function writer(stream: {
  write(text: string): unknown;
  on(event: 'error', listener: (error: NodeJS.ErrnoException) => void): unknown;
}): (text: string) => void {
  let closed = false;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') closed = true;
    else throw error;
  });
  return (text) => {
    if (!closed) stream.write(text);
  };
}

/**
 * The outside world of the `baotou-plan` bin: process streams, the real file system, the
 * process environment. File errors become a `PlanError` that names the path.
 *
 * @returns The outside world, for `main`.
 *
 * @example
 * ```ts
 * await nodeIo().readFile('no-such-file.json'); // throws PlanError NOT_FOUND
 * // → 'no-such-file.json: no such file'
 * ```
 *
 * @internal
 */
export function nodeIo(): CliIo {
  return {
    stdout: writer(process.stdout),
    stderr: writer(process.stderr),
    readFile: async (path) => {
      try {
        return await readFile(path, 'utf8');
      } catch (error) {
        throw fileError(path, error, 'read');
      }
    },
    writeFile: async (path, data) => {
      try {
        await writeFile(path, data, 'utf8');
      } catch (error) {
        throw fileError(path, error, 'write');
      }
    },
    mkdir: async (path) => {
      try {
        await mkdir(path, { recursive: true });
      } catch (error) {
        throw fileError(path, error, 'create');
      }
    },
    joinPath: join,
    env: process.env,
  };
}
