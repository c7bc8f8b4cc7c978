-- Count tasks a supervisor plans (issue 16): a location, an item or a lot to
-- count. The slots to count are fixed at creation (count_task_lines); what
-- was counted is read from the count operations naming the task
-- (payload.countTask), never stored twice (see counts/count-tasks.ts).
CREATE TABLE count_tasks (
  id text PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('location', 'item', 'lot')),
  location_code text,
  sku text,
  lot text,
  note text NOT NULL DEFAULT '',
  status text NOT NULL CHECK (status IN ('open', 'cancelled')),
  created_by text NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  change_xid xid8 NOT NULL DEFAULT pg_current_xact_id()
);
CREATE INDEX count_tasks_change ON count_tasks (change_xid, id);

CREATE TABLE count_task_lines (
  task_id text NOT NULL REFERENCES count_tasks (id),
  line integer NOT NULL,
  slot_id text NOT NULL REFERENCES slots (id),
  PRIMARY KEY (task_id, line)
);

CREATE INDEX operations_count_task ON operations ((payload ->> 'countTask')) WHERE type = 'count';
CREATE INDEX operations_count_task_change ON operations (change_xid) WHERE type = 'count' AND payload ? 'countTask';
