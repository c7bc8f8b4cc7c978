// "Something changed" from the server (server-sent events): pull soon. Events
// caused by this device's own push are ignored; bursts are debounced.
export interface LiveEventsOptions {
  EventSource: typeof EventSource;
  url: string;
  ownDeviceId: string;
  onChange: () => void;
  debounceMs?: number;
}

export function listenForChanges(options: LiveEventsOptions): () => void {
  const source = new options.EventSource(options.url);
  let timer: ReturnType<typeof setTimeout> | null = null;
  const onEvent = (event: MessageEvent<unknown>) => {
    if (sentBy(event.data) === options.ownDeviceId) return;
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      options.onChange();
    }, options.debounceMs ?? 250);
  };
  source.addEventListener('change', onEvent as EventListener);
  return () => {
    if (timer !== null) clearTimeout(timer);
    source.removeEventListener('change', onEvent as EventListener);
    source.close();
  };
}

function sentBy(data: unknown): string | null {
  if (typeof data !== 'string') return null;
  try {
    const parsed = JSON.parse(data) as { deviceId?: unknown };
    return typeof parsed.deviceId === 'string' ? parsed.deviceId : null;
  } catch {
    return null;
  }
}
