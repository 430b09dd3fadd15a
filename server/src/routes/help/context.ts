import type { FastifyInstance } from 'fastify';
import type { FileStore } from '../../services/file-store';
import { now as helpNow } from '../../clock';
import type { FileLinks } from './file-links';
import type { HelpContext } from './service';

/** What the help routes share: the file store behind attachments and the temporary-link signer. */
export interface HelpDeps {
  store: FileStore;
  links: FileLinks;
}

export const tags = ['困难帮扶与求助'];

/** Runs `work` in one transaction with the messages' templates and the help clock's `now`. */
export const inTransaction =
  (app: FastifyInstance) =>
  <T>(work: (ctx: HelpContext) => Promise<T>): Promise<T> =>
    app.db.transaction((tx) => work({ tx, templates: app.config.wechat.templates, now: helpNow() }));
