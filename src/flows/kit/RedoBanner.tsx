// Shown above a wizard while the operator redoes an operation the server
// rejected (C3): what it was, why it was refused, and that saving replaces it.
import { describeCode, say, sayRich } from '../../words';
import { useRedoStore } from './save';

export function RedoBanner({ flowId }: { flowId: string }) {
  const { redo, clear } = useRedoStore();
  if (redo?.type !== flowId) return null;
  return (
    <aside className="redo-banner" role="note" aria-label={say('kit.redo.label')}>
      <p>{sayRich('kit.redo.title', { title: <strong>{say('kit.redo.label')}</strong>, summary: redo.summary })}</p>
      <p>{say('kit.redo.refused', { why: describeCode(redo.code) })}</p>
      <button type="button" className="button subtle" onClick={clear}>{say('kit.redo.stop')}</button>
    </aside>
  );
}
