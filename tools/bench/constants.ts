/** The API key the bench server is configured with (API_KEYS) and every bench request sends (x-api-key). */
export const BENCH_API_KEY_VALUE = 'bench-key-0123456789abcdef';
