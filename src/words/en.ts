// The English catalogue: every sentence the floor and the supervisor console
// show, keyed by code (area.what[.detail]). A value is a sentence, or a
// function of named parameters. Split by area (./en/*.ts); the keys of the
// areas never overlap (words.test.ts checks). Other languages satisfy its type
// (./say.ts).
import { app } from './en/app';
import { assign } from './en/assign';
import { codes } from './en/codes';
import { count } from './en/count';
import { kit } from './en/kit';
import { move } from './en/move';
import { pack } from './en/pack';
import { pick } from './en/pick';
import { restock } from './en/restock';
import { returns } from './en/return';
import { scan } from './en/scan';
import { language } from './en/language';
import { consoleUsers } from './en/console-users';
import { consoleShell } from './en/console-shell';
import { consoleItems } from './en/console-items';
import { consoleCountTasks } from './en/console-count-tasks';
import { consoleLots } from './en/console-lots';
import { consoleSerials } from './en/console-serials';
import { consoleExceptions } from './en/console-exceptions';
import { consoleRecall } from './en/console-recall';
import { consoleRejected } from './en/console-rejected';
import { consoleDevices } from './en/console-devices';
import { consoleMaster } from './en/console-master';
import { consoleImport } from './en/console-import';
import { consoleReports } from './en/console-reports';
import { consoleSettings } from './en/console-settings';
import { consoleLabels } from './en/console-labels';
import { consoleServer } from './en/console-server';
import { consoleZone } from './en/console-zone';
import { scanner } from './en/scanner';

/** The areas, each its own object (words.test.ts checks that no key is in two). */
export const AREAS = {
  codes, kit, scan, restock, move, pick, count, pack, returns, assign, app, language, consoleUsers,
  consoleShell, consoleItems, consoleCountTasks, consoleLots, consoleSerials, consoleExceptions, consoleRecall, consoleRejected, consoleDevices, consoleMaster, consoleImport, consoleReports, consoleSettings, consoleLabels, consoleServer, scanner, consoleZone,
};

/** The sentences of one area, which a translation of that area must satisfy: `satisfies AreaOf<'scan'>`. */
export type AreaOf<A extends keyof typeof AREAS> = (typeof AREAS)[A];

export const en = {
  ...codes,
  ...kit,
  ...scan,
  ...restock,
  ...move,
  ...pick,
  ...count,
  ...pack,
  ...returns,
  ...assign,
  ...app,
  ...language,
  ...consoleUsers,
  ...consoleShell,
  ...consoleItems,
  ...consoleCountTasks,
  ...consoleLots,
  ...consoleSerials,
  ...consoleExceptions,
  ...consoleRecall,
  ...consoleRejected,
  ...consoleDevices,
  ...consoleMaster,
  ...consoleImport,
  ...consoleReports,
  ...consoleSettings,
  ...consoleLabels,
  ...consoleServer,
  ...scanner,
  ...consoleZone,
};
