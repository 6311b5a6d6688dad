/**
 * docs/cli.md shows real sessions in ```` ```console ```` blocks: each `$ baotou-plan …` line
 * is run in-process (from the repository root, reading the real files) and what it prints
 * — stdout and stderr, in order — must be the lines that follow it, exactly.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';

const root = resolve(import.meta.dirname, '../..');
const page = readFileSync(join(root, 'docs/cli.md'), 'utf8');

interface Session {
  readonly line: number;
  readonly argv: string[];
  readonly expected: string;
}

function sessions(text: string): Session[] {
  const out: Session[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] !== '```console') continue;
    let j = i + 1;
    let current: { line: number; argv: string[]; output: string[] } | undefined;
    const flush = () => {
      if (current !== undefined) out.push({ line: current.line, argv: current.argv, expected: current.output.join('\n') });
    };
    for (; j < lines.length && lines[j] !== '```'; j++) {
      const line = lines[j] ?? '';
      if (line.startsWith('$ baotou-plan')) {
        flush();
        current = { line: j + 1, argv: line.slice('$ baotou-plan'.length).trim().split(/\s+/).filter(Boolean), output: [] };
      } else current?.output.push(line);
    }
    flush();
    i = j;
  }
  return out;
}

/** The real file system (relative to the repository root), stdout and stderr in one buffer. */
function io(): { io: CliIo; text: () => string } {
  let text = '';
  return {
    io: {
      stdout: (t) => {
        text += t;
      },
      stderr: (t) => {
        text += t;
      },
      readFile: (path) => readFile(join(root, path), 'utf8'),
      writeFile: async () => {
        throw new Error('the docs must not write files');
      },
      mkdir: async () => {
        throw new Error('the docs must not make folders');
      },
      checkFile: async () => {
        throw new Error('the docs must not write files');
      },
      joinPath: (...parts) => parts.join('/'),
      env: {},
    },
    text: () => text,
  };
}

const all = sessions(page);

describe('docs/cli.md', () => {
  it('has sessions for most commands', () => {
    const commands = new Set(all.map((s) => s.argv[0] ?? 'scorecard'));
    for (const name of ['scorecard', 'plan', 'targets', 'project', 'assess', 'validate', 'schema']) expect(commands).toContain(name);
  });

  it.each(all.map((s) => [`line ${s.line}: baotou-plan ${s.argv.join(' ')}`, s] as const))('%s prints what the page shows', async (_name, session) => {
    const world = io();
    await main(session.argv, world.io);
    // CSV lines end in CRLF (RFC 4180); the page shows them as lines
    expect(world.text().replace(/\r\n/g, '\n').replace(/\n$/, '')).toBe(session.expected);
  });
});
