// Keyboard-wedge scanners: a scanner "types" its barcode a few milliseconds
// per character and ends it with Enter or Tab (or a configured suffix); a
// person types 100 ms and more apart. WedgeDetector tells the two apart from
// characters and their times alone (wedge-detector.ts); attachWedge feeds it from
// the document's keydown, beforeinput and input events, so scanners that type
// through an input method (DataWedge on Android 10+: keydown key
// 'Unidentified', keyCode 229) are read too, and takes a detected scan back
// out of whatever field it was typed into. Keys are read by their `key` (what
// the device's layout typed), with their US-keyboard reading beside them for a
// scanner set up for another layout (keystrokes.ts, keyboard-layout.ts).
//
// Per key the work is a push onto an array: nothing is parsed until the burst
// ends.
import { readKeydown } from './keystrokes';
import { WedgeDetector, type WedgeOptions } from './wedge-detector';

type TextField = HTMLInputElement | HTMLTextAreaElement;

interface Snapshot {
  field: TextField;
  value: string;
  selectionStart: number | null;
  selectionEnd: number | null;
}

function isTextField(target: EventTarget | null): target is TextField {
  if (typeof HTMLInputElement !== 'undefined' && target instanceof HTMLInputElement) {
    return !['checkbox', 'radio', 'button', 'submit', 'reset', 'file', 'image', 'range', 'color', 'hidden'].includes(target.type);
  }
  return typeof HTMLTextAreaElement !== 'undefined' && target instanceof HTMLTextAreaElement;
}

function selection(field: TextField): [number | null, number | null] {
  try {
    return [field.selectionStart, field.selectionEnd];
  } catch {
    return [null, null]; // type=number/email have no selection API
  }
}

/** Sets a field's value so React's change tracking sees it, and tells React. */
function restore(snapshot: Snapshot): void {
  const { field } = snapshot;
  if (!field.isConnected || field.value === snapshot.value) return;
  const proto = field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  const descriptor = Object.getOwnPropertyDescriptor(proto, 'value');
  if (descriptor?.set) descriptor.set.call(field, snapshot.value);
  else field.value = snapshot.value;
  if (snapshot.selectionStart !== null && snapshot.selectionEnd !== null) {
    try {
      field.setSelectionRange(snapshot.selectionStart, snapshot.selectionEnd);
    } catch {
      // no selection API on this input type
    }
  }
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

/**
 * Listens on `target` (capture phase) for keydown, beforeinput and input. A
 * detected scan is taken out of the field it was typed into (its value from
 * before the burst comes back, with an input event so React sees it), its
 * Enter/Tab does not reach the page, and `onScan` gets the text. `onScan` may
 * return false to decline a scan (nothing is waiting for one): the keys then
 * stay what they were, typing. Returns the function that detaches.
 */
export function attachWedge(target: Document, options: () => WedgeOptions, onScan: (raw: string) => void | boolean): () => void {
  const detector = new WedgeDetector(options());
  const clock = () => (options().now ?? (() => performance.now()))();
  let snapshot: Snapshot | null = null;
  /** Where the characters of the burst under way were typed. */
  let burstField: EventTarget | null = null;
  /** The current keystroke's text was counted at keydown: skip its beforeinput/input. */
  let keyCounted = false;
  /** The current insertion was counted at beforeinput: skip its input. */
  let beforeInputCounted = false;
  /** Text of the composition under way (input methods resend all of it each time). */
  let composition = '';
  /** Our own input event from restore(): not typing. */
  let restoring = false;
  /**
   * When an input method's keydown (keyCode 229) came: the time of the text its
   * input events insert. Their own times are when the page got round to them,
   * which a busy main thread stretches.
   */
  let methodKeyAt: number | null = null;

  /** Event times are when the browser received the input, so a busy main thread does not stretch the gaps. */
  const timeOf = (event: Event) => (event.timeStamp > 0 && options().now === undefined ? event.timeStamp : clock());

  const snapshotFor = (field: EventTarget | null, at: number, inserted = ''): void => {
    if (!detector.startsBurst(at)) return;
    if (!isTextField(field)) {
      snapshot = null;
      return;
    }
    let value = field.value;
    let [start, end] = selection(field);
    // From an input event the text is already in: take it back out.
    if (inserted !== '' && end !== null && value.slice(end - inserted.length, end) === inserted) {
      value = value.slice(0, end - inserted.length) + value.slice(end);
      start = end = end - inserted.length;
    }
    snapshot = { field, value, selectionStart: start, selectionEnd: end };
  };

  /** Hands a detected scan over; true when it was taken (the caller then stops the key). */
  const deliver = (raw: string): boolean => {
    const taken = onScan(raw) !== false;
    if (taken && snapshot) {
      restoring = true;
      try {
        restore(snapshot);
      } finally {
        restoring = false;
      }
    }
    snapshot = null;
    return taken;
  };

  /**
   * Characters typed at `at` into `field`. `us`: what the one key that typed
   * `text` types on a US keyboard (keydown only); `text` may then be '' (a
   * dead key: nothing readable yet).
   */
  const type = (text: string, at: number, field: EventTarget | null, alreadyInserted: boolean, us?: string | null): boolean => {
    if (text === '' && us === undefined) return false;
    // A scanner types into one place. Text landing somewhere else than the burst
    // under way (a field was just filled or pasted into, and focus moved on
    // within the gap) begins a burst of its own; read together, the field's text
    // became the front of the scanned code and the field was emptied.
    if (field !== burstField && !detector.startsBurst(at)) detector.reset();
    burstField = field;
    snapshotFor(field, at, alreadyInserted ? text : '');
    detector.setOptions(options());
    if (us !== undefined) {
      const scan = detector.key(text, at, us);
      return scan !== null && deliver(scan);
    }
    for (const char of text) {
      if (char === '\n' || char === '\r' || char === '\t') {
        const scan = detector.end(at);
        return scan !== null && deliver(scan);
      }
      const scan = detector.key(char, at);
      if (scan !== null) return deliver(scan);
    }
    return false;
  };

  const onKeydown = (event: KeyboardEvent): void => {
    keyCounted = false;
    beforeInputCounted = false;
    methodKeyAt = null;
    const at = timeOf(event);
    const read = readKeydown(event);
    switch (read.kind) {
      case 'method':
        methodKeyAt = at; // the input events carry the text
        return;
      case 'end': {
        detector.setOptions(options());
        if (detector.isTrailingTerminator(at)) {
          event.preventDefault();
          event.stopPropagation();
          return;
        }
        const scan = detector.end(at);
        if (scan !== null && deliver(scan)) {
          event.preventDefault();
          event.stopPropagation();
        }
        snapshot = null;
        return;
      }
      case 'person':
        detector.reset();
        return;
      case 'neutral':
        return;
      case 'char':
        // Its beforeinput/input (a dead key's composition too) is this same keystroke.
        keyCounted = true;
        if (type(read.typed, at, event.target, false, read.us)) {
          // The last character of a suffix-ended scan: keep it out of the field.
          event.preventDefault();
          event.stopPropagation();
        }
    }
  };

  const onKeyup = (): void => {
    keyCounted = false;
  };

  /** The time of an inserted text: its input method keydown's when there was one. */
  const insertedAt = (event: Event): number => {
    const at = methodKeyAt ?? timeOf(event);
    methodKeyAt = null;
    return at;
  };

  /** What an input event inserts, or null when it is not an insertion. */
  const insertedText = (event: InputEvent): string | null => {
    const { inputType, data } = event;
    if (inputType === 'insertLineBreak' || inputType === 'insertParagraph') return '\n';
    if (data === null || data === '') return null;
    if (inputType === 'insertCompositionText') {
      const added = data.startsWith(composition) ? data.slice(composition.length) : data;
      composition = data;
      return added;
    }
    if (inputType === 'insertText' || inputType === 'insertReplacementText') return data;
    return null;
  };

  const onBeforeInput = (event: Event): void => {
    if (restoring || keyCounted || !(event instanceof InputEvent)) return;
    const text = insertedText(event);
    if (text === null) {
      if (event.inputType.startsWith('delete')) detector.reset();
      return;
    }
    beforeInputCounted = true;
    if (type(text, insertedAt(event), event.target, false) && event.cancelable) event.preventDefault();
  };

  const onInput = (event: Event): void => {
    if (restoring) return;
    if (keyCounted) {
      keyCounted = false;
      return;
    }
    if (beforeInputCounted) {
      beforeInputCounted = false;
      return;
    }
    if (!(event instanceof InputEvent)) return;
    // No beforeinput came (or it was not counted): read the insertion here.
    const text = insertedText(event);
    if (text !== null) type(text, insertedAt(event), event.target, true);
  };

  const onComposition = (): void => {
    composition = '';
  };

  target.addEventListener('keydown', onKeydown, true);
  target.addEventListener('keyup', onKeyup, true);
  target.addEventListener('beforeinput', onBeforeInput, true);
  target.addEventListener('input', onInput, true);
  target.addEventListener('compositionstart', onComposition, true);
  target.addEventListener('compositionend', onComposition, true);
  return () => {
    target.removeEventListener('keydown', onKeydown, true);
    target.removeEventListener('keyup', onKeyup, true);
    target.removeEventListener('beforeinput', onBeforeInput, true);
    target.removeEventListener('input', onInput, true);
    target.removeEventListener('compositionstart', onComposition, true);
    target.removeEventListener('compositionend', onComposition, true);
  };
}
