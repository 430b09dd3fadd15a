// The booking API's schemas, split by topic; routes import them all from here.
export * from './room-schemas';
export * from './booking-schemas';
export * from './standing-schemas';
