// Master data rows: schemas and per-row validation shared by server and app.
export * from './rows';
export * from './item-structure';
export * from './answers';
