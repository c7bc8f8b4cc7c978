// A button that mutes or unmutes the scan tones (vibration and flash stay).
import { useState } from 'react';
import { isMuted, setMuted } from './feedback';
import { say } from '../words';

export function MuteToggle() {
  const [muted, setState] = useState(isMuted);
  const toggle = () => {
    setMuted(!muted);
    setState(!muted);
  };
  return (
    <button type="button" className="button subtle" aria-pressed={muted} onClick={toggle}>
      {muted ? say('sound.off') : say('sound.on')}
    </button>
  );
}
