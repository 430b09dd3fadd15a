import type { Queryable } from '../../db';
import { notify } from '../../services/notify';

/** The member's case page, and the handlers' one, as message links. */
export const memberLink = (id: number) => `/packages/help/pages/detail/index?id=${id}`;
export const caseLink = (id: number) => `/packages/help/pages/case/index?id=${id}`;

const quote = (title: string) => `「${title}」`;

/** Messages of the help feature: kind 'help', in the transaction of the change they report. */
export function helpNotices(tx: Queryable, templates: Record<string, string>) {
  const send = (memberId: number, title: string, body: string, link: string) =>
    notify(tx, templates, { memberId, kind: 'help', title, body, link });

  return {
    /** To the member who asked. */
    toMember: (c: { id: number; memberId: number; title: string }, headline: string, detail: string) =>
      send(c.memberId, headline, `${quote(c.title)}${detail}`, memberLink(c.id)),

    /** To a handler (or every handler when nobody holds the case yet). */
    toHandlers: async (c: { id: number; title: string }, handlerIds: number[], headline: string, detail = '') => {
      for (const id of new Set(handlerIds)) await send(id, headline, `${quote(c.title)}${detail}`, caseLink(c.id));
    },
  };
}
