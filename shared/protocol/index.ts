export * from './requests.js';
export * from './messages.js';
