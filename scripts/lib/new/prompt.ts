import { createInterface } from 'node:readline/promises';
import type { Readable, Writable } from 'node:stream';
import type { ScaffoldContext } from './context.ts';
import { acceptAnswer, type Answers, type Question } from './questions.ts';

/**
 * Asks questions on a terminal (or on piped input with `--interactive`). Lines are
 * read through the interface's async iterator, so answers piped in all at once are
 * buffered rather than lost between questions.
 */
export class Prompter {
  private readonly lines: AsyncIterator<string>;
  private readonly close: () => void;
  private readonly output: Writable;

  constructor(input: Readable, output: Writable) {
    this.output = output;
    const rl = createInterface({ input, output, terminal: false });
    this.lines = rl[Symbol.asyncIterator]();
    this.close = () => rl.close();
  }

  /** One line of input, or `undefined` at the end of input (Ctrl-D). */
  async line(prompt: string): Promise<string | undefined> {
    this.output.write(prompt);
    const next = await this.lines.next();
    return next.done ? undefined : String(next.value);
  }

  write(text: string): void {
    this.output.write(text);
  }

  done(): void {
    this.close();
  }
}

/** Thrown when the input ends before all questions are answered. */
export class InputEnded extends Error {}

/** Asks one question until the answer is valid; Enter takes the default or skips an optional question. */
export async function askQuestion(
  prompter: Prompter,
  question: Question,
  context: ScaffoldContext,
  answers: Answers,
): Promise<string | undefined> {
  const choices = question.choices?.(context, answers) ?? [];
  const fallback = question.fallback?.(context, answers);
  if (choices.length > 0) {
    const lines = choices.map(
      (choice, index) =>
        `  ${String(index + 1).padStart(2)}) ${choice.label}${choice.label === choice.id ? '' : ` (${choice.id})`}`,
    );
    prompter.write(`\n${question.ask}:\n${lines.join('\n')}\n`);
  } else prompter.write('\n');
  const shownDefault = question.yesNo ? (fallback === 'true' ? 'J/n' : 'j/N') : fallback;
  const suffix = shownDefault ? ` [${shownDefault}]` : question.required ? '' : ' (optional)';
  for (;;) {
    const raw = await prompter.line(`${choices.length > 0 ? 'Auswahl' : question.ask}${suffix}: `);
    if (raw === undefined) throw new InputEnded();
    if (raw.trim() === '') {
      if (fallback !== undefined) return fallback;
      if (!question.required) return undefined;
      prompter.write('  Diese Angabe wird gebraucht.\n');
      continue;
    }
    const accepted = acceptAnswer(question, raw, context, answers);
    if (typeof accepted === 'string') return accepted === '' && !question.required ? undefined : accepted;
    prompter.write(`  ${accepted.error}\n`);
  }
}
