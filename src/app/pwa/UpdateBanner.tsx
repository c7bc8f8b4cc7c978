import { useEffect, useState } from 'react';
import { usePwaUpdate } from './use-pwa-update';
import './update-banner.css';
import { say } from '../../words';

/** How long after the task ends a deferred update is applied. */
const APPLY_AFTER_TASK_MS = 500;

export interface UpdateBannerProps {
  /**
   * The operator is in the middle of a task (a wizard step): updating now would
   * reload the page under them. The banner then offers to update when the task
   * is done, and does so as soon as `busy` turns false.
   */
  busy: boolean;
}

/**
 * Tells the operator that a new version of Lotline is ready and lets them
 * switch to it. Updating reloads the app shell only: queued operations and
 * the local replica live in IndexedDB and are never touched by an update.
 */
export function UpdateBanner({ busy }: UpdateBannerProps) {
  const { updateReady, applyUpdate } = usePwaUpdate();
  // The operator chose "Update when this task is done".
  const [deferred, setDeferred] = useState(false);
  const [clicked, setClicked] = useState(false);
  // The safe moment: the task the operator was in is finished.
  const safeNow = updateReady && deferred && !busy;
  const applying = clicked || safeNow;

  useEffect(() => {
    if (!safeNow) return;
    // Not in the commit that ends the task: the screen that closes it is still
    // letting go of what it held. Run there, the waiting version stayed waiting
    // (the banner said "Updating…" for ever) in 2 of 4 loaded e2e runs: the
    // SKIP_WAITING message arrives (sent again, no change), but Chromium holds
    // activation while the old service worker has unfinished work; stopping the
    // old worker through DevTools activated the new one at once, closing the
    // live-events stream did not. Which work it is, is not known yet.
    // applyUpdate() runs once however often this fires; the page then reloads.
    const timer = setTimeout(() => void applyUpdate(), APPLY_AFTER_TASK_MS);
    return () => clearTimeout(timer);
  }, [safeNow, applyUpdate]);

  const onClick = () => {
    if (busy) {
      setDeferred(true);
      return;
    }
    setClicked(true);
    void applyUpdate();
  };

  let label = say('update.now');
  if (applying) label = say('update.applying');
  else if (busy && deferred) label = say('update.deferred');
  else if (busy) label = say('update.after-task');

  // The live region is always in the DOM so that screen readers announce the message when it appears.
  return (
    <div role="status" aria-label={say('update.label')} className={updateReady ? 'update-banner' : 'update-banner-idle'}>
      {updateReady && (
        <>
          <p className="update-banner-text">{say('update.ready')}</p>
          <button type="button" className="update-banner-button" onClick={onClick} disabled={applying || (busy && deferred)}>
            {label}
          </button>
        </>
      )}
    </div>
  );
}
