// A scan field's keyboard: a hardware scanner types into it, so the soft
// keyboard stays down (inputmode none: it would cover half the step at every
// focus) until the operator asks for it with the keyboard button. From then
// on the field types like any other, for as long as it is on screen.
import { useEffect, useRef, useState, type RefObject } from 'react';

export type TypingMode = 'text' | 'numeric';

export interface ScanInput {
  ref: RefObject<HTMLInputElement | null>;
  inputMode: 'none' | TypingMode;
  typing: boolean;
  /** The keyboard button: the field switches to typing and takes the focus, so the keyboard opens. */
  showKeyboard: () => void;
}

export function useScanInput(typingMode: TypingMode = 'text'): ScanInput {
  const ref = useRef<HTMLInputElement | null>(null);
  const [typing, setTyping] = useState(false);
  const refocus = useRef(false);
  useEffect(() => {
    if (!refocus.current) return;
    refocus.current = false;
    // Browsers open the keyboard on focus, reading inputmode then: focus once the new mode is on the element.
    ref.current?.blur();
    ref.current?.focus();
  }, [typing]);
  const showKeyboard = () => {
    if (typing) {
      ref.current?.focus();
      return;
    }
    refocus.current = true;
    setTyping(true);
  };
  return { ref, inputMode: typing ? typingMode : 'none', typing, showKeyboard };
}
