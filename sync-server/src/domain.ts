// The server's one door into the shared rule engine (src/domain at the repo root).
export * from '../../src/domain/index';
