/**
 * Names for the generated API types (api-schema.ts, written by `npm run api:types`), so a call is
 * typed by the server's operationId: `request<ApiResponse<'listNotices'>>(…)`. A change to a route's
 * schema then shows up as a type error in the client instead of a blank field at run time.
 */
import type { components, operations } from './api-schema';

export type OperationId = keyof operations;

type Responses<Op extends OperationId> = operations[Op]['responses'];
type JsonContent<R> = R extends { content: { 'application/json': infer Body } } ? Body : never;
// 204 has no body; a call answered that way resolves to undefined.
type SuccessBody<R> = R extends { content: { 'application/json': infer Body } } ? Body : void;

/** The body of the operation's successful answer (200, 201 or 204). */
export type ApiResponse<Op extends OperationId> = {
  [Code in keyof Responses<Op>]: Code extends 200 | 201 | 204 ? SuccessBody<Responses<Op>[Code]> : never;
}[keyof Responses<Op>];

/** The JSON body the operation accepts. */
export type ApiRequestBody<Op extends OperationId> = operations[Op] extends { requestBody?: infer Body }
  ? JsonContent<NonNullable<Body>>
  : never;

/** The operation's query string parameters. */
export type ApiQuery<Op extends OperationId> = NonNullable<operations[Op]['parameters']['query']>;

/** A schema the server shares by name (registered with addSchema: Me, Session, Notice, ErrorResponse …). */
export type ApiSchema<Name extends keyof components['schemas']> = components['schemas'][Name];

/** One element of an array type (e.g. an item of a page of results). */
export type ItemOf<List> = List extends ReadonlyArray<infer Item> ? Item : never;
