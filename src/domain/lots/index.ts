// Lots: expiry dates, first expired first out, holds. Pure rules.
export * from './expiry';
export * from './fefo';
export * from './receive';
export * from './flag';
export * from './schema';
export * from './receipt-expiry';
