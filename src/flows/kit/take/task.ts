// The take steps read and change the wizard's own store (move's or putaway's)
// through this shape, so one implementation serves both.
import type { TransferTask } from '../transfer-task';

export type TakeTask = TransferTask<string>;
