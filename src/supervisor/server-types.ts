// What the supervisor endpoints answer: the shapes live in the domain
// (src/domain/supervisor-api.ts), shared with the server that builds them.
export type {
  ExceptionRow, ImportCommitResponse as ImportCommit, ImportPreviewResponse as ImportPreview, ImportRowResponse as ImportRow,
  ImportSummary, Page, Recall as RecallResult, StockReportRow as StockRow, TransactionReportRow as TransactionRow,
} from '../domain';
import type { ImportRowResponse } from '../domain';

export type ImportStatus = ImportRowResponse['status'];
