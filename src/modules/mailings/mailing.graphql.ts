/** GraphQL types, queries and mutations of mailings (filled in by the mail engine). */
export {};
