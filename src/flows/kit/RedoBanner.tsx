// Shown above a wizard while the operator redoes an operation the server
// rejected (C3): what it was, why it was refused, and that saving replaces it.
import { describeCode } from '../../words';
import { useRedoStore } from './save';

export function RedoBanner({ flowId }: { flowId: string }) {
  const { redo, clear } = useRedoStore();
  if (redo?.type !== flowId) return null;
  return (
    <aside className="redo-banner" role="note" aria-label="Redoing a rejected operation">
      <p>
        <strong>Redoing a rejected operation</strong>{redo.summary ? `: ${redo.summary}` : ''}.
      </p>
      <p>Refused because: {describeCode(redo.code)} Saving replaces it; nothing is sent twice.</p>
      <button type="button" className="button subtle" onClick={clear}>Stop redoing (keep it in the inbox)</button>
    </aside>
  );
}
