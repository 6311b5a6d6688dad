/**
 * The real outside world for the bin: `process` streams and `node:fs`. The only module of the
 * CLI (with `bin.ts`) that touches Node built-ins.
 *
 * @module
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PlanError } from '../errors.js';
import { messages } from '../messages.js';
import type { CliIo } from './io.js';

/** Turn a file-system error into a `PlanError` that names the path and the reason. */
function fileError(path: string, error: unknown, action: 'read' | 'write' | 'create'): PlanError {
  const code = (error as { code?: unknown } | null)?.code;
  if (action === 'read' && code === 'ENOENT') {
    return new PlanError('NOT_FOUND', messages.cliFileNotFound(path), { path });
  }
  const reason = typeof code === 'string' ? code : error instanceof Error ? error.message : String(error);
  return new PlanError('INVALID_ARGUMENT', messages.cliFileFailed(path, action, reason), { path, reason });
}

/**
 * Write text to a stream, and stop quietly when the other end has closed (`baotou-plan plan |
 * head`): an `EPIPE` is not an error of the command. Any other stream error is thrown.
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
 * process environment.
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
