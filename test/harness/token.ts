/** The editor's token every test server is started with, as PUBLISH_TOKEN. */
export const TEST_TOKEN = 'test-publish-token-that-is-long-enough';
