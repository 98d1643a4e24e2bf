/** Texts written for the editor's unit tests (no corpus text). */

/** An article of `n` paragraphs with several facts each. */
export function factsArticle(n: number): string {
  const donors = ['Norway', 'The World Bank', 'Canada', 'The European Commission'];
  return Array.from(
    { length: n },
    (_, i) =>
      `${donors[i % 4]} pledged ${i + 2} million euros to Moldova on Tuesday, officials said. ` +
      `The agency paid $${i + 1} million to the hospital trust in ${2000 + (i % 20)}. It will provide a further £${i + 3} million next year.`,
  ).join('\n\n');
}
