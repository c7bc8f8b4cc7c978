// The last scan's caution or refusal in words, above the step (never over its
// buttons): read out (an alert for a refusal, a status for a caution) and kept
// until the next good scan, a step change, or the operator's dismissal.
import { clearScanAnswer, useScanAnswer } from './scan-bus';
import { say } from '../words';

export function ScanAnswer() {
  const answer = useScanAnswer();
  if (!answer) return null;
  return (
    <div className={`scan-answer ${answer.tone}`}>
      <p className="scan-toast" role={answer.tone === 'error' ? 'alert' : 'status'}>{answer.message}</p>
      <button type="button" aria-label={say('scan.answer.dismiss')} onClick={clearScanAnswer}>✕</button>
    </div>
  );
}
