// What every outcome must be: a result, issues or findings — or one typed error worded for the clerk. And what no
// text the product shows may contain: a JavaScript value's leaked spelling ("undefined", "NaN", "[object Object]").
import { UnusableInputError } from '../../src/io/errors';

/** A letter only Vietnamese uses (with its tone or its hat): a message written in Vietnamese has some. */
const VIETNAMESE = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;

/** Fails unless `message` is what a clerk can read: non-empty, one line, Vietnamese, no stack trace. */
export function expectClerkMessage(message: string, what: string): void {
  const problem =
    message.trim() === '' ? 'is empty'
      : /[\r\n]/.test(message) ? 'has more than one line'
        : !VIETNAMESE.test(message) ? 'is not Vietnamese'
          : /\bat .+:\d+:\d+|Error:|TypeError|undefined|\[object /.test(message) ? 'leaks a program error' : null;
  if (problem) throw new Error(`${what}: the message ${problem}: ${JSON.stringify(message.slice(0, 300))}`);
}

/** Fails unless `e` is the typed error of unusable input, worded for the clerk in one Vietnamese line. */
export function expectUnusable(e: unknown, what: string): UnusableInputError {
  if (!(e instanceof UnusableInputError)) {
    const detail = e instanceof Error ? `${e.name}: ${e.message}\n${e.stack ?? ''}` : String(e);
    throw new Error(`${what}: an untyped exception escaped: ${detail.slice(0, 2000)}`);
  }
  expectClerkMessage(e.messageVi, what);
  if (e.messageEn.trim() === '' || /[\r\n]/.test(e.messageEn)) throw new Error(`${what}: the English message is not one line: ${JSON.stringify(e.messageEn)}`);
  return e;
}

const LEAKS = ['undefined', 'NaN', '[object Object]', 'Infinity', 'null'];

/** Fails when `text` spells a JavaScript value that the input did not hold as text. */
export function expectNoLeak(text: string, input: string, what: string): void {
  for (const leak of LEAKS) {
    if (text.includes(leak) && !input.includes(leak)) {
      const at = text.indexOf(leak);
      throw new Error(`${what}: "${leak}" leaked into the text: …${text.slice(Math.max(0, at - 80), at + 80)}…`);
    }
  }
}

/** The text of every string an input holds (cell values, names), for expectNoLeak. */
export function inputText(value: unknown): string {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v instanceof Map) [...v.entries()].forEach(walk);
    else if (typeof v === 'object' && v !== null && !(v instanceof Date)) Object.entries(v).forEach(walk);
  };
  walk(value);
  return out.join('\n');
}
