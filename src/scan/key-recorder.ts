// The self-test's ear: every key a scan arrives as, with its time, from the
// document's keydown and input events (a scanner typing through an input
// method sends its text as input events only), until Enter or Tab, or a pause.
// Unlike the wedge it takes keys at any speed: a scanner too slow for the
// wedge is what the self-test must be able to say.
import { readKeydown } from './keystrokes';
import type { Capture, CapturedKey } from './self-test';

/** A pause this long after the last key ends a scan that sent no Enter. */
const IDLE_MS = 1500;

export function attachKeyRecorder(target: Document, onCapture: (capture: Capture) => void, idleMs = IDLE_MS): () => void {
  let keys: CapturedKey[] = [];
  /** The keydown just read typed this keystroke's text: skip its input event. */
  let keyCounted = false;
  /** An input method's keydown: the time of the text its input event brings. */
  let methodAt: number | null = null;
  let composition = '';
  let idle: ReturnType<typeof setTimeout> | undefined;

  const finish = (end: Capture['end'], endAt: number | null): boolean => {
    clearTimeout(idle);
    if (keys.length === 0) return false;
    const capture: Capture = { keys, end, endAt };
    keys = [];
    composition = '';
    onCapture(capture);
    return true;
  };

  const push = (typed: string, us: string | null, at: number) => {
    keys.push({ typed, us, at });
    clearTimeout(idle);
    idle = setTimeout(() => finish(null, null), idleMs);
  };

  const onKeydown = (event: KeyboardEvent) => {
    keyCounted = false;
    const read = readKeydown(event);
    if (read.kind === 'method') methodAt = event.timeStamp;
    // Its Enter must not press whatever button has the focus.
    if (read.kind === 'end' && finish(read.key, event.timeStamp)) event.preventDefault();
    if (read.kind === 'char') {
      push(read.typed, read.us, event.timeStamp);
      keyCounted = true;
    }
  };

  const onInput = (event: Event) => {
    if (typeof InputEvent === 'undefined' || !(event instanceof InputEvent)) return;
    if (keyCounted) {
      keyCounted = false;
      return;
    }
    const at = methodAt ?? event.timeStamp;
    methodAt = null;
    if (event.inputType === 'insertLineBreak' || event.inputType === 'insertParagraph') {
      finish('Enter', at);
      return;
    }
    let text = event.data ?? '';
    if (event.inputType === 'insertCompositionText') {
      // Input methods resend the whole composition each time.
      const added = text.startsWith(composition) ? text.slice(composition.length) : text;
      composition = text;
      text = added;
    } else if (event.inputType !== 'insertText' && event.inputType !== 'insertReplacementText') {
      return;
    }
    for (const char of text) {
      if (char === '\n' || char === '\r') finish('Enter', at);
      else if (char === '\t') finish('Tab', at);
      else push(char, null, at);
    }
  };

  const onComposition = () => {
    composition = '';
  };

  target.addEventListener('keydown', onKeydown, true);
  target.addEventListener('input', onInput, true);
  target.addEventListener('compositionstart', onComposition, true);
  return () => {
    clearTimeout(idle);
    target.removeEventListener('keydown', onKeydown, true);
    target.removeEventListener('input', onInput, true);
    target.removeEventListener('compositionstart', onComposition, true);
  };
}
