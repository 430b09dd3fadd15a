/**
 * The weapp build in dist/ as WeChat runs it: its own compilers, the syntax it accepts, the package
 * rules, and a boot and walk of dist/app.js in Node. Run after `npm run build:weapp` (see
 * test/weapp/dist.ts for the settings that build needs); `npm test` does not need a weapp build.
 */
module.exports = {
  rootDir: '../..',
  displayName: 'weapp',
  testMatch: ['<rootDir>/test/weapp/**/*.test.ts'],
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' } }],
  },
  // The build is loaded as WeChat would load it: untransformed.
  transformIgnorePatterns: ['/node_modules/', '/dist[^/]*/'],
  testTimeout: 120000,
};
