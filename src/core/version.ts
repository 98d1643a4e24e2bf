/** Replaced at bundle time would be nicer; a constant kept in step with package.json by a unit test is simpler. */
export const VERSION = '0.1.0';
